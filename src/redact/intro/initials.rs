//! Initials before a surname: a text, where a name may start and how the cue before it
//! lets initials be written → where the surname after them starts ("Dr J Smith", "Mr. A.
//! B. C. Smith", "I am J. Smith", "DR J SMITH"). Tells; which word there is a name is
//! `words.rs`'s and `title.rs`'s.

use super::words::word_at;

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
}

/// Where the name at `at` goes on past up to four initials before it, written as
/// `initials` says ("J Smith", "A. B. C. Smith"; "I" only with its full stop: "Dr I Will"
/// is no initial): the surname after them is the name's; the initial is no word of the
/// names (remembered, every "J" would be masked), masked after a title where it stands
/// only (`title/parts.rs`). `at` if none.
pub(super) fn past_initials(text: &str, at: usize, initials: Initials) -> usize {
    let mut at = at;
    for _ in 0..4 {
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
            Initials::Title => initial.is_uppercase() && dot + space > 0,
            Initials::AnyCase => {
                (initial.is_uppercase() && dot + space > 0) || (initial.is_lowercase() && dot == 1)
            }
            Initials::Dotted => initial.is_uppercase() && dot == 1,
        };
        let after = text[next..].chars().next().filter(|c| c.is_alphabetic());
        let word_next = match initials {
            Initials::AnyCase => after.is_some(),
            Initials::Title | Initials::Dotted => after.is_some_and(char::is_uppercase),
        };
        if !written || (initial.eq_ignore_ascii_case(&'i') && dot == 0) || !word_next {
            return at;
        }
        at = next;
    }
    at
}
