//! An initial alone after a title where the conversation named someone after the same
//! title with that letter: a text → the titles and initials of the names after titles in
//! it ("Dr. Patel agreed" → `dr`, `P`), and the initials alone after a title in it, with
//! their title ("Dr. P. said so" → `P`, `dr`). An initial alone names no one
//! (`parts.rs`: "Dr. B's office", "Mr. T"), but "Dr. P." after "Dr. Patel" is Dr. Patel
//! again, shortened. Finds; which are masked is `names/find.rs`'s choice, by the pairs
//! the conversation gave (`names/in_chat.rs`).

use super::super::capitalised;
use super::super::words::word_after;
use super::super::{Cue, TITLE};
use super::streets::is_street_word;
use super::{lower, may_name, start_of_word_before, word_before};

/// A title and the initial of a name after it: the title as [`title_key`] writes it, the
/// letter in capitals.
pub(in crate::redact) type TitledInitial = (String, char);

/// A title and a word of a brand's name said to be someone after it ("Mr. Clean is my
/// landlord": `mr`, `clean`): the title as [`title_key`] writes it, the word in lower case.
pub(in crate::redact) type TitledWord = (String, String);

/// The title that begins `text` (its letters: "Dr" of "Dr.", "Nurse" of "Nurse-Joy"),
/// in lower case, its long form as its short one ("doctor" as "dr", "Captain" as "capt"):
/// "Doctor Patel" and "Dr. P." name the same person.
fn title_key(text: &str) -> String {
    let end = text
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(text.len(), |(i, _)| i);
    let title = lower(&text[..end]);
    let short = match title.as_str() {
        "doctor" | "doc" => "dr",
        "mister" => "mr",
        "professor" => "prof",
        "captain" => "capt",
        "sergeant" => "sgt",
        "reverend" => "rev",
        "detective" => "det",
        "major" => "maj",
        "señor" => "sr",
        "señora" => "sra",
        "señorita" => "srta",
        _ => return title,
    };
    short.to_owned()
}

/// The title and the initial of each word of a name found after a title in `text`
/// ("Dr. Patel" → `dr`, `P`; "Dr. Jane Patel" → `J` and `P`), in order, from `found`,
/// the introductions found in it (`introduced`'s, in order): the words after a title
/// that run on from it, a full stop or a space apart, its initials and particles passed.
pub(in crate::redact) fn titled_initials(
    text: &str,
    found: &[(usize, usize, Cue)],
) -> Vec<TitledInitial> {
    let mut pairs = Vec::new();
    let titles: Vec<(usize, usize)> = TITLE
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .collect();
    for (n, &(title, mut at)) in titles.iter().enumerate() {
        let until = titles.get(n + 1).map_or(text.len(), |&(next, _)| next);
        let key = title_key(&text[title..]);
        let after = found.partition_point(|&(s, _, _)| s < at);
        for &(start, end, cue) in &found[after..] {
            // The same words found after another cue too ("I'm Dr. Smith") are passed.
            if start < until && !matches!(cue, Cue::Title | Cue::Part) {
                continue;
            }
            let apart = &text[at..start.max(at)];
            if start >= until || apart.len() > 2 || !apart.chars().all(|c| c == '.' || c == ' ') {
                break;
            }
            let mut letters = text[start..end].chars();
            if let (Cue::Title, Some(first), Some(_)) = (cue, letters.next(), letters.next()) {
                pairs.extend(first.to_uppercase().map(|letter| (key.clone(), letter)));
            }
            at = end;
        }
    }
    pairs
}

/// Where an initial stands alone after a title in `text`, with that title and letter:
/// one capital letter right after the title ("Dr. P. said", "ask Dr P", "Dr. P's
/// office"), not before more letters; "A" and "I" only with their full stop ("ask Dr A
/// question", "the Dr I saw" are words). In order.
pub(in crate::redact) fn initials_after_titles(text: &str) -> Vec<(usize, usize, TitledInitial)> {
    let mut found = Vec::new();
    if !may_name(text.as_bytes()) {
        return found;
    }
    for m in TITLE.find_iter(text) {
        let at = m.end();
        let mut chars = text[at..].chars();
        // "dr p said so": in lower case too, the pair's letter in capitals.
        let Some(written) = chars
            .next()
            .filter(|c| c.is_uppercase() || c.is_ascii_lowercase())
        else {
            continue;
        };
        let letter = written.to_ascii_uppercase();
        let end = at + written.len_utf8();
        let rest = &text[end..];
        let dotted = rest.starts_with('.');
        // "Dr. P's office", not "Dr. P'smith".
        let possessive = ["'s", "\u{2019}s"].iter().any(|tail| {
            rest.strip_prefix(tail)
                .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
        });
        let word_after_it = chars.next().is_some_and(char::is_alphanumeric);
        let alone = !word_after_it && (dotted || possessive || !matches!(letter, 'A' | 'I'));
        if alone && !names_no_one(text, m.start(), end) {
            found.push((at, end, (title_key(&text[m.start()..]), letter)));
        }
    }
    found
}

/// Words before "Dr" and a letter that make them a thing ("vitamin Dr P sale"). Sorted.
const THINGS_BEFORE: &[&str] = &["vitamin", "vitamins"];

/// Whether the title at `title_start` in `text` and the letter after it, ending at `end`,
/// name no one: "Dr" for "Drive" after a street's capitalised name within a sentence, or
/// before a word for a street ("Sunset Dr P street", "on Elm Dr P"), or after one of
/// [`THINGS_BEFORE`] ("vitamin Dr P sale").
fn names_no_one(text: &str, title_start: usize, end: usize) -> bool {
    let before = word_before(text, title_start);
    if THINGS_BEFORE.binary_search(&before.as_str()).is_ok() {
        return true;
    }
    if !text[title_start..].starts_with(['D', 'd']) {
        return false;
    }
    let word_start = start_of_word_before(text, title_start);
    let written = &text[word_start..title_start];
    let within = text[..word_start]
        .trim_end_matches([' ', '\t'])
        .ends_with(char::is_alphanumeric);
    let street_after =
        word_after(text, end.min(text.len())).is_some_and(|(s, e)| is_street_word(&text[s..e]));
    street_after || (within && capitalised(written.trim_end()))
}

/// The title right before the word at `start` in `text` ("Mr" of "Mr. Clean"), as
/// [`title_key`] writes it; empty if none stands there.
pub(in crate::redact) fn title_before(text: &str, start: usize) -> String {
    let before = text[..start].trim_end_matches([' ', '.', '"', '\u{201c}', '(', '\'', '\u{2019}']);
    let from = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    title_key(&before[from..])
}

/// Where a word follows a title in `text`, with that title and the word in lower case
/// ("Mr. Clean called" → `mr`, `clean`), in order.
pub(in crate::redact) fn words_after_titles(text: &str) -> Vec<(usize, usize, TitledWord)> {
    let mut found = Vec::new();
    for m in TITLE.find_iter(text) {
        let at = m.end();
        let end = text[at..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(text.len(), |i| at + i);
        if end > at {
            found.push((
                at,
                end,
                (title_key(&text[m.start()..]), lower(&text[at..end])),
            ));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::super::introduced;
    use super::{initials_after_titles, title_before, titled_initials, words_after_titles};

    #[test]
    fn the_title_before_a_word_and_the_words_after_titles() {
        assert_eq!(title_before("Mr. Clean", 4), "mr");
        assert_eq!(title_before("ask Captain Crunch", 12), "capt");
        assert_eq!(title_before("Clean", 0), "");
        let words: Vec<_> = words_after_titles("Mr. Clean and Dr Patel, Mr. 5")
            .into_iter()
            .map(|(s, e, (title, word))| {
                format!("{title} {word} {}", &"Mr. Clean and Dr Patel, Mr. 5"[s..e])
            })
            .collect();
        assert_eq!(words, ["mr clean Clean", "dr patel Patel"]);
    }

    #[test]
    fn the_titles_and_initials_of_names_after_titles() {
        let pairs = |text: &str| {
            titled_initials(text, &introduced(text, true))
                .into_iter()
                .map(|(title, letter)| format!("{title} {letter}"))
                .collect::<Vec<_>>()
        };
        assert_eq!(pairs("Dr. Patel agreed"), ["dr P"]);
        assert_eq!(pairs("ask Doctor Jane Patel"), ["dr J", "dr P"]);
        assert_eq!(pairs("dr morgan called, then Mr. Smith"), ["dr M", "mr S"]);
        assert_eq!(pairs("I'm Dr. J. Smith"), ["dr S"]);
        assert_eq!(pairs("Dr. van der Berg"), ["dr B"]);
        // No name, no pair: a thing, a brand, an initial alone.
        for text in [
            "a Dr Pepper please",
            "I used Mr. Clean",
            "Dr. P. said so",
            "hello",
        ] {
            assert!(pairs(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn initials_alone_after_titles() {
        let letters = |text: &str| {
            initials_after_titles(text)
                .into_iter()
                .map(|(s, e, (title, _))| format!("{title} {}", &text[s..e]))
                .collect::<Vec<_>>()
        };
        assert_eq!(letters("Dr. P. said so"), ["dr P"]);
        assert_eq!(letters("ask Dr P"), ["dr P"]);
        assert_eq!(letters("Dr. P's office"), ["dr P"]);
        assert_eq!(letters("Doctor P. agreed"), ["dr P"]);
        assert_eq!(letters("Dr. I. Khan"), ["dr I"]);
        for text in [
            "Dr. Patel agreed",
            "ask Dr A question",
            "the Dr I saw",
            "Dr. PhD",
        ] {
            assert!(letters(text).is_empty(), "{text:?}: {:?}", letters(text));
        }
    }
}
