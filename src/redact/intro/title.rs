//! Titles before a name: a word → whether it is a title ("Dr", "mrs", "PROF", never a
//! word of a name), and a text and where a title ends → the words of the name after it:
//! a capitalised one as after "I'm" ("Dr. Lee", "Miss Baker"), and after a title written
//! in lower case and its full stop ("dr. Morgan") only one that is no common English
//! word or a name that is one ("my dr. Great news" names no one, "dr. Brown" does); or
//! one in lower case or in capitals, a surname even when it is an everyday word ("with
//! Dr johnson", "dr brown", "DR WHITE", "mr bird"), unless it is a word chats put after a
//! title ("the dr will call", "dr said", "ms teams") or the title is a noun and the word
//! common ("the dr great"); never a thing chats put after a title ("Mr. Robot", "dr
//! pepper", "Dr appt"), where a slip of typing of one is a name ("Dr appointmnet"); and
//! the quick look for a title or "name" before the patterns. Tells; the title's pattern
//! is `intro.rs`'s.

use super::words::{NOT_A_NAME, everyday, follows_names, is_service, name_after, word_at};
use super::{Cue, capitalised, is_common_english, is_name_word};

/// Whether `word` (in any case, without its full stop) is a title: "Dr", "mr", "Mrs",
/// "MS", "Mx", "prof".
pub(in crate::redact) fn is_title_word(word: &str) -> bool {
    ["dr", "mr", "mrs", "ms", "mx", "prof"]
        .iter()
        .any(|title| title.eq_ignore_ascii_case(word))
}

/// Words that follow a title in lower case without being a name, and are no common
/// English word either: "a dr appt", "my dr tmrw".
const AFTER_A_TITLE: &[&str] = &["appt", "appts", "apt", "apts", "tmr", "tmrw", "tonite"];

/// What chats put after a title that is no one, in any case: the visit and the place ("a
/// Dr Appointment", "the Dr. Office"), and a bot addressed as one ("Mr. Robot", "Mrs
/// Assistant", STAR). No surname either; a slip of typing of one is masked as a name
/// ([`names_a_thing`]).
const THINGS_AFTER_A_TITLE: &[&str] = &[
    "appointment",
    "appointments",
    "assistant",
    "bot",
    "chatbot",
    "clinic",
    "office",
    "prescription",
    "note",
    "notes",
    "pepper",
    "referral",
    "robot",
    "roboto",
    "visit",
    "visits",
];

/// Whether `word` (in any case) names a thing after a title: one of
/// [`THINGS_AFTER_A_TITLE`] or [`AFTER_A_TITLE`], as written. Not a slip of one: a
/// surname is often one letter from a thing ("Chabot" from "chatbot", "Ribot" from
/// "robot"), and a slip masked (`Dr [name]` for "Dr appointmnet") costs a word where a
/// surname shown is a leak.
pub(super) fn names_a_thing(word: &str) -> bool {
    let lower = lower(word);
    THINGS_AFTER_A_TITLE.contains(&lower.as_str()) || AFTER_A_TITLE.contains(&lower.as_str())
}

/// The words of the name after the title `text[title_start..at]` (its full stop and the
/// spaces after it included), into `out`, each [`Cue::Title`].
pub(super) fn name_after_title(
    text: &str,
    title_start: usize,
    at: usize,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    let Some((start, end)) = word_at(text, title_start) else {
        return;
    };
    let title = &text[start..end];
    let written = capitalised(title);
    // "dr.", and "Dr'" typed for it.
    let dotted = text[end..].starts_with(['.', '\'', '\u{2019}']);
    let from = out.len();
    name_after(text, at, Cue::Title, out);
    // "my dr. Great news": after a title in lower case and its full stop, a capitalised
    // word may open the next sentence; it is a name only if no common English word, or
    // a name that is one too ("dr. Brown").
    if !written
        && dotted
        && out[from..].first().is_some_and(|&(s, e, _)| {
            let word = lower(&text[s..e]);
            is_common_english(&word) && !is_name_word(&word)
        })
    {
        out.truncate(from);
    }
    // "Mr. Robot", "a Dr Appointment": a thing, no one.
    if out[from..]
        .first()
        .is_some_and(|&(s, e, _)| names_a_thing(&text[s..e]))
    {
        out.truncate(from);
    }
    // "ms teams", "ms dos", "200 ms long": "ms" and "mx" in lower case or capitals
    // without their full stop take no common English word but a name that is one ("ms
    // brown", "ms johnson", "MS SMITH"), no product of Microsoft's, and none after a
    // number; "Miss" takes only a capitalised one ("Miss Baker").
    let after = match title.to_ascii_lowercase().as_str() {
        "ms" | "mx" if !(written || dotted) => {
            let number = text[..start]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit());
            (!number).then_some(After::NameWord)
        }
        "miss" => None,
        _ if a_noun(text, start) => Some(After::Noun),
        _ => Some(After::Name),
    };
    if out.len() == from
        && let Some(after) = after
    {
        uncapitalised_name(text, at, after, out);
    }
}

/// What a word in lower case or in capitals after a title may be to be a name
/// ([`uncapitalised_name`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum After {
    /// Any word but a few: the title is one ("dr brown", "mr bird").
    Name,
    /// No common English word but a name that is one: the title is a noun ("my dr
    /// brown", not "the dr great").
    Noun,
    /// No common English word but a name that is one, and none of Microsoft's products
    /// ([`MS_PRODUCTS`]): "ms" in lower case may be Microsoft's ("ms teams") or
    /// milliseconds' ("a few ms longer").
    NameWord,
}

/// Microsoft's products that "ms" names and that are no common English word, or are
/// names ("ms dos", "ms excel", "ms sql"): after "ms" in lower case or in capitals they
/// are no surname. Common words after it are none either ("ms teams", "ms word").
const MS_PRODUCTS: &[&str] = &[
    "access",
    "azure",
    "bing",
    "defender",
    "dos",
    "dynamics",
    "edge",
    "excel",
    "exchange",
    "intune",
    "msn",
    "office",
    "onedrive",
    "onenote",
    "outlook",
    "paint",
    "powerpoint",
    "project",
    "publisher",
    "sharepoint",
    "skype",
    "sql",
    "teams",
    "visio",
    "windows",
    "word",
    "xbox",
];

/// Words that make a title after them a noun, "doctor" ("my dr will call", "the dr.
/// says", "a dr appt"): a word after it is a name only if no common English word, or a
/// name that is one too ("my dr brown").
const BEFORE_A_NOUN: &[&str] = &[
    "a", "an", "another", "any", "each", "every", "her", "his", "my", "new", "no", "old", "other",
    "our", "own", "same", "that", "the", "their", "these", "this", "those", "what", "which",
    "whose", "your",
];

/// Whether the title starting at `title_start` in `text` is a noun: the word before it
/// is one of [`BEFORE_A_NOUN`] ("the dr", "my Dr.").
fn a_noun(text: &str, title_start: usize) -> bool {
    let before = text[..title_start].trim_end_matches([' ', '\t']);
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = before[word_start..].to_ascii_lowercase();
    BEFORE_A_NOUN.contains(&word.as_str())
}

/// Words chats put after a title that say what someone did, beyond those after a name
/// ([`follows_names`]: "said", "will", "told"): "the dr gave me", "mr green sent it".
const DID: &[&str] = &[
    "asks",
    "gave",
    "gives",
    "kept",
    "keeps",
    "knew",
    "knows",
    "made",
    "makes",
    "might",
    "prescribes",
    "recommends",
    "sends",
    "sent",
    "shall",
    "suggests",
    "takes",
    "tells",
    "thinks",
    "thought",
    "took",
    "wrote",
    "writes",
];

/// The name in lower case or in capitals at `at`, after a title ("dr morgan", "DR
/// MORGAN", "dr brown", "mr green", "DR WHITE"): one or two words, each of three letters
/// or more, none a service, a word chats put after a name or a title, a thing
/// ([`names_a_thing`]), nor a contraction. The first may be a common English word, a
/// surname that is an everyday word ("mr bird"), unless it says what someone did ("dr
/// gave", "dr ordered": [`DID`], a common word in "-ed") or the title is a noun
/// ([`After::Noun`]: "the dr great"); but one that is a name too ("my dr brown"). The
/// second, after a single space, is no common English word but such a name ("dr alexis
/// smith", not "dr brown hospital").
fn uncapitalised_name(text: &str, at: usize, after: After, out: &mut Vec<(usize, usize, Cue)>) {
    let mut at = at;
    for n in 0..2 {
        let Some((start, end)) = word_at(text, at) else {
            return;
        };
        let word = &text[start..end];
        let lower = lower(word);
        // Capitalised words are `name_after`'s: only one with no letter in lower case, or
        // none in capitals, is looked at here.
        let one_case =
            !word.chars().any(char::is_uppercase) || !word.chars().any(char::is_lowercase);
        let common = is_common_english(&lower) && !is_name_word(&lower);
        let did = DID.contains(&lower.as_str()) || (lower.len() > 4 && lower.ends_with("ed"));
        let name = one_case
            && lower.chars().filter(|c| c.is_alphabetic()).count() >= 3
            && !lower.contains('\'')
            && !(common && (n > 0 || after == After::Noun || did))
            && (after != After::NameWord
                || n > 0
                || (!common && !MS_PRODUCTS.contains(&lower.as_str())))
            && !follows_names(&lower)
            && !NOT_A_NAME.contains(&lower.as_str())
            && !everyday(&lower)
            && !is_service(&lower)
            && !is_title_word(&lower)
            && !names_a_thing(&lower);
        if !name {
            return;
        }
        out.push((start, end, Cue::Title));
        if text[end..].starts_with(' ') && !text[end + 1..].starts_with(' ') {
            at = end + 1;
        } else {
            return;
        }
    }
}

/// Whether `text` has what `intro.rs`'s `NAMED` or `TITLE` needs: "name" in any case, or
/// a title in any case at a word's start ("Dr", "mr", "MS", "Mx", "prof", and "Miss"
/// capitalised). One pass over
/// the few `m` and `M` of a text and one over its `r` and `R` instead of two searches
/// (most texts have neither).
pub(super) fn may_name(text: &[u8]) -> bool {
    let lowered = |i: usize| text.get(i).map_or(0, u8::to_ascii_lowercase);
    // No ASCII letter, digit or `_` at `i`, as before a word's start (`\b`).
    let apart =
        |i: Option<usize>| i.is_none_or(|i| !(text[i].is_ascii_alphanumeric() || text[i] == b'_'));
    memchr::memchr2_iter(b'm', b'M', text).any(|i| {
        let next = lowered(i + 1);
        let named = i > 0 && lowered(i - 1) == b'a' && next == b'e';
        // "Miss", capitalised only.
        let miss = text[i] == b'M' && text.get(i + 1..i + 4) == Some(b"iss");
        named || ((matches!(next, b'r' | b's' | b'x') || miss) && apart(i.checked_sub(1)))
    }) || memchr::memchr2_iter(b'r', b'R', text).any(|i| {
        // "dr", "prof": the letter before the `r` starts the word.
        i > 0
            && match lowered(i - 1) {
                b'd' => true,
                b'p' => lowered(i + 1) == b'o' && lowered(i + 2) == b'f',
                _ => false,
            }
            && apart(i.checked_sub(2))
    })
}

/// `word` in lower case, its curly apostrophe straight.
fn lower(word: &str) -> String {
    word.to_lowercase().replace('\u{2019}', "'")
}

#[cfg(test)]
mod tests {
    use super::super::introduced;

    fn found(text: &str) -> Vec<&str> {
        introduced(text, false)
            .into_iter()
            .map(|(s, e, _)| &text[s..e])
            .collect()
    }

    #[test]
    fn titles_in_any_case_are_titles() {
        for word in ["Dr", "dr", "DR", "mrs", "Ms", "MX", "prof", "Prof"] {
            assert!(super::is_title_word(word), "{word}");
        }
        for word in ["Drew", "d", "Miss", "professor", ""] {
            assert!(!super::is_title_word(word), "{word}");
        }
    }

    /// A name in lower case after a title, or after a title written in
    /// lower case, was shown ("with Dr johnson", "dr morgan": STAR star-661, star-703).
    #[test]
    fn a_name_after_a_title_in_any_case() {
        for (text, name) in [
            ("I need an appointment with Dr johnson", "johnson"),
            ("I have an apt with dr morgan, thanks", "morgan"),
            ("I went to dr. morgan NOT dr. alexis", "morgan alexis"),
            ("My new dr is dr. Morgan", "Morgan"),
            ("I need a followup with DR morgan", "morgan"),
            ("Dr. Alexis Smith, please", "Alexis Smith"),
            ("see Ms. lopez today", "lopez"),
            ("ask prof okafor", "okafor"),
        ] {
            assert_eq!(found(text).join(" "), name, "{text:?}");
        }
        // Not names: what follows a title without naming anyone.
        for text in [
            "I need to make a dr appointment",
            "Hopefully the dr. will share more stories",
            "I need to book a Dr appt please",
            "the Dr. today, ASAP!",
            "I saw my dr. Great news though",
            "Yeah what did the dr say about my pills",
            "we use ms teams and ms excel",
            "latency is 200 ms everywhere",
            "my dr tmrw",
            "dr pepper please",
        ] {
            assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
        }
    }
}
