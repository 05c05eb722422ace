//! Initials before a surname: a text, where a name may start and how the cue before it
//! lets initials be written → where the surname after them starts ("Dr J Smith", "Mr. A.
//! B. C. Smith", "I am J. Smith", "DR J SMITH", "I am Peter K Jones"), and the initials
//! between two words of a name read → their spans, masked with it ("John A. Smith").
//! Tells; which word there is a name is `words.rs`'s and `title.rs`'s.

use super::Cue;
use super::words::{rare_or_name, word_at};

/// How the initials before a surname are written, by the cue before them
/// ([`past_initials`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Initials {
    /// After a title: a capital letter and its full stop, a space or both, before a
    /// capitalised word ("Dr J Smith", "Mr. A. Smith", "J.R.Smith").
    Title,
    /// After a title, before a surname in lower case or in capitals: as after a title, or
    /// a letter in lower case and its full stop ("Dr J smith", "DR J SMITH", "dr j.
    /// morgan"); what may follow is the title's to tell.
    AnyCase,
    /// After "I'm", "this is" …: a capital letter and its full stop only ("I am J. Smith";
    /// "I am A Student" has none).
    Dotted,
    /// After a given name's first word, a middle initial: a capital letter and its full
    /// stop, or a capital letter but "I" without it before a capitalised word that is no
    /// common English word but a name ("I am Peter K Jones", "Maria J Garcia"; not "I'm
    /// Ben I need help", "I'm Sarah A Big fan").
    Middle,
}

/// The most initials read before a surname or between two words of a name: five ("I am
/// A. B. C. D. E. Smith" showed "Smith" when four were), and one more; each read once, so
/// the limit bounds no cost but how far a run of capitals is taken for initials.
const MOST_INITIALS: usize = 6;

/// Where the name at `at` goes on past up to [`MOST_INITIALS`] initials before it, written as
/// `initials` says ("J Smith", "A. B. C. Smith"; "I" only with its full stop: "Dr I Will"
/// is no initial): the surname after them is the name's; the initial is no word of the
/// names (remembered, every "J" would be masked), masked after a title where it stands
/// only (`title/parts.rs`). `at` if none.
pub(super) fn past_initials(text: &str, at: usize, initials: Initials) -> usize {
    let mut at = at;
    for _ in 0..MOST_INITIALS {
        let Some((start, end)) = word_at(text, at) else {
            return at;
        };
        let mut letters = text[start..end].chars();
        let (Some(initial), None) = (letters.next(), letters.next()) else {
            return at;
        };
        let rest = &text[end..];
        let dot = usize::from(rest.starts_with('.'));
        let space = usize::from(rest[dot..].starts_with(' '));
        let next = end + dot + space;
        let written = match initials {
            Initials::Title | Initials::Middle => initial.is_uppercase() && dot + space > 0,
            Initials::AnyCase => {
                (initial.is_uppercase() && dot + space > 0) || (initial.is_lowercase() && dot == 1)
            }
            Initials::Dotted => initial.is_uppercase() && dot == 1,
        };
        let after = text[next..].chars().next().filter(|c| c.is_alphabetic());
        let word_next = match initials {
            Initials::AnyCase => after.is_some(),
            Initials::Title | Initials::Dotted => after.is_some_and(char::is_uppercase),
            // Without its full stop, a letter is as often a word or a grade ("Sarah A Big
            // fan"): only before a word that reads as a surname.
            Initials::Middle => {
                after.is_some_and(char::is_uppercase)
                    && (dot == 1
                        || word_at(text, next).is_some_and(|(s, e)| rare_or_name(&text[s..e])))
            }
        };
        if !written || (initial.eq_ignore_ascii_case(&'i') && dot == 0) || !word_next {
            return at;
        }
        at = next;
    }
    at
}

/// Where the surname after the middle initials at `at` starts, when `text[first..at]` is
/// a given name and a space ("Maria J. Garcia Lopez", "Peter K Jones" in reply to a
/// question for the name, where a review found the initial's full stop ending the
/// name): the initials are read past, no word of the name.
pub(super) fn past_middle_initials(text: &str, first: usize, at: usize) -> Option<usize> {
    let given = text.get(first..at)?.strip_suffix(' ')?;
    let past = past_initials(text, at, Initials::Middle);
    (past > at && super::is_given_name(given)).then_some(past)
}

/// The initials between the words of a name read (`spans`, in order of their start):
/// [`with_initials_between`]'s, as spans of their letters.
pub(in crate::redact) fn initials_among(
    text: &str,
    spans: &[(usize, usize)],
) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    for pair in spans.windows(2) {
        let (end, next) = (pair[0].1, pair[1].0);
        if let Some(letters) = text.get(end..next).and_then(initials_between) {
            found.extend(letters.into_iter().map(|(s, e)| (end + s, end + e)));
        }
    }
    found
}

/// `spans` (in order of their start) with the initials between two of them added, each a
/// [`Cue::Part`]: one to [`MOST_INITIALS`] capital letters, each with its full stop, a space or both
/// after it, that are all that stands between two words of a name ("Thanks, John A.
/// Smith", "My name is Maria J. Garcia Lopez", "Dr. John A. B. Smith"). A review found
/// the initial shown: with the words beside it masked it is the one letter of the name
/// left. The letter only, masked where it stands (remembered, every "J" would be); its
/// full stop stays, as after a title (`Mr. [name]. [name]`).
pub(super) fn with_initials_between(text: &str, spans: &mut Vec<(usize, usize, Cue)>) {
    let words: Vec<(usize, usize)> = spans.iter().map(|&(s, e, _)| (s, e)).collect();
    let found = initials_among(text, &words);
    if !found.is_empty() {
        spans.extend(found.into_iter().map(|(s, e)| (s, e, Cue::Part)));
        spans.sort_unstable_by_key(|&(start, _, _)| start);
    }
}

/// `spans` with the initials that open a name read after a cue added, each a
/// [`Cue::Part`]: at each of `cues` (where a cue ends, and how initials may be written
/// after it), the initials [`past_initials`] reads past when a word of a name read
/// starts right after them ("J. Smith here", "Name is J. Smith", "I am J. Smith",
/// "Thanks, J. Smith"). A review found the initial shown beside its masked surname:
/// it goes with the name it stands before. The letter only, masked where it stands, its
/// full stop shown, as between a name's words ([`with_initials_between`]); only after a
/// cue, so "I chose plan B. Maria de la Cruz said it" keeps its "B".
pub(super) fn with_initials_before(
    text: &str,
    cues: &[(usize, Initials)],
    spans: &mut Vec<(usize, usize, Cue)>,
) {
    // In order of their start, each looked up by a binary search: a long message may
    // hold many cues and many names.
    spans.sort_unstable_by_key(|&(start, _, _)| start);
    let mut found = Vec::new();
    for &(at, initials) in cues {
        let past = past_initials(text, at, initials);
        let first = spans.partition_point(|&(s, _, _)| s < past);
        // Not where a span before already reaches (an initial a title's reading masked).
        let taken = spans[..first].last().is_some_and(|&(_, end, _)| end > at);
        let named = spans[first..]
            .iter()
            .take_while(|&&(s, _, _)| s == past)
            .any(|&(_, _, cue)| cue != Cue::Part);
        if past == at || taken || !named {
            continue;
        }
        found.extend(
            text[at..past]
                .char_indices()
                .filter(|&(_, c)| c.is_alphabetic())
                .map(|(i, c)| (at + i, at + i + c.len_utf8(), Cue::Part)),
        );
    }
    if !found.is_empty() {
        found.sort_unstable_by_key(|&(start, _, _)| start);
        found.dedup();
        spans.extend(found);
        spans.sort_unstable_by_key(|&(start, _, _)| start);
    }
}

/// The spans in `between` of the initials it is made of, a space before each: `" A. "`,
/// `" K "`, `" J. R. "`; "I" only with its full stop. None if anything else stands there.
pub(super) fn initials_between(between: &str) -> Option<Vec<(usize, usize)>> {
    let mut out = Vec::new();
    let mut rest = between.strip_prefix(' ')?;
    while !rest.is_empty() {
        let at = between.len() - rest.len();
        let mut chars = rest.chars();
        let initial = chars.next().filter(|c| c.is_uppercase())?;
        let after = chars.as_str();
        let dot = after.starts_with('.');
        let after = after.strip_prefix('.').unwrap_or(after);
        if out.len() == MOST_INITIALS || (initial == 'I' && !dot) {
            return None;
        }
        out.push((at, at + initial.len_utf8()));
        rest = after.strip_prefix(' ').or_else(|| dot.then_some(after))?;
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_between_two_words_of_a_name() {
        fn letters(between: &str) -> Option<Vec<&str>> {
            initials_between(between)
                .map(|spans| spans.into_iter().map(|(s, e)| &between[s..e]).collect())
        }
        assert_eq!(letters(" A. "), Some(vec!["A"]));
        assert_eq!(letters(" K "), Some(vec!["K"]));
        assert_eq!(letters(" J. R. "), Some(vec!["J", "R"]));
        assert_eq!(letters(" I. "), Some(vec!["I"]));
        assert_eq!(letters(" A. B. C. D. E. ").map(|l| l.len()), Some(5));
        for none in [
            " ",
            " I ",
            " a. ",
            " AB ",
            ", A. ",
            " A, ",
            " 1 ",
            " A. B. C. D. E. F. G. ",
        ] {
            assert_eq!(letters(none), None, "{none:?}");
        }
    }
}
