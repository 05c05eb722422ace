//! Negation in normalised text: a match's position → the negation word before it in
//! its clause, if one cancels it ("not frustrated"), and not when the word is part of an
//! intensifier ("I can't believe how ridiculous") or a question ("why can't I talk to a
//! human", "can I not speak to a person?"). Reads [`Normalized`]'s words and clause
//! breaks; matches nothing itself.

use super::Normalized;

impl Normalized {
    /// True when a negation word stands within `window` words before position `start`
    /// (the leading space of a match), in the same clause. "not frustrated" is negated;
    /// "why can't I talk to a human" is a question, not a negation (a negation word
    /// followed by a pronoun), as is "can I not speak to a person" (`not` after a modal
    /// and `I` or `we`), "I can't believe how ridiculous" an intensifier, and
    /// "Not great. This is ridiculous" crosses a clause.
    pub fn negated_before(&self, start: usize, window: usize) -> bool {
        self.negation_before(start, window).is_some()
    }

    /// The negation word that cancels a match at `start`, as a range of the normalised
    /// text (without its spaces): see [`Normalized::negated_before`].
    pub fn negation_before(&self, start: usize, window: usize) -> Option<(usize, usize)> {
        let bytes = &self.text[..];
        let mut end = start; // position of the space after the word we look at
        let mut next_word: Option<&[u8]> = None;
        for _ in 0..window {
            if end == 0 || self.is_break(end) {
                return None;
            }
            let word_start = bytes[..end].iter().rposition(|&b| b == b' ')? + 1;
            let word = &bytes[word_start..end];
            if NEGATIONS.iter().any(|n| n.as_bytes() == word)
                && !next_word.is_some_and(|w| PRONOUNS.iter().any(|p| p.as_bytes() == w))
                && !INTENSIFIERS
                    .iter()
                    .any(|i| bytes[word_start..].starts_with(i.as_bytes()))
                && !self.asked_not(word, word_start)
            {
                return Some((word_start, end));
            }
            next_word = Some(word);
            end = word_start - 1;
        }
        None
    }

    /// Whether `word`, starting at `start`, is the `not` of a question in modal order.
    fn asked_not(&self, word: &[u8], start: usize) -> bool {
        word == b"not" && self.asks_after(start - 1)
    }

    /// Whether the words before the space at `end` are a modal and `I` in question order
    /// ("can I", "could I"), or "why", a modal and `we`: "can I not speak to a person?"
    /// asks for one. Not "should" ("should I not hear back" is a condition), not "can we
    /// not" alone ("let's not"), and not in statement order ("I can not talk to a person
    /// right now").
    fn asks_after(&self, end: usize) -> bool {
        self.word_before(end).is_some_and(|(start, subject)| {
            let modal = self
                .word_before(start - 1)
                .filter(|(_, modal)| MODALS.iter().any(|m| m.as_bytes() == *modal));
            match (subject, modal) {
                (b"i", Some(_)) => true,
                // "can we not …" is mostly "let's not …" ("can we not involve a person"):
                // a request only after "why" ("why can we not talk to a human").
                (b"we", Some((at, _))) => {
                    at > 0 && self.word_before(at - 1).is_some_and(|(_, w)| w == b"why")
                }
                _ => false,
            }
        })
    }

    /// The word before the space at `end`, and where it starts; none across a clause
    /// break or before the text's first word.
    fn word_before(&self, end: usize) -> Option<(usize, &[u8])> {
        if end == 0 || self.is_break(end) {
            return None;
        }
        let start = self.text[..end].iter().rposition(|&b| b == b' ')? + 1;
        (start < end).then(|| (start, &self.text[start..end]))
    }

    /// Whether no clause break lies between positions `from` and `to` (both included):
    /// a negation ending at `from` still reaches a match starting at `to`.
    pub fn same_clause(&self, from: usize, to: usize) -> bool {
        let first = self.breaks.partition_point(|&b| (b as usize) < from);
        self.breaks.get(first).is_none_or(|&b| b as usize > to)
    }

    fn is_break(&self, pos: usize) -> bool {
        u32::try_from(pos).is_ok_and(|p| self.breaks.binary_search(&p).is_ok())
    }
}

const NEGATIONS: &[&str] = &[
    "not", "no", "never", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "cant",
    "cannot", "couldnt", "wont", "wouldnt", "shouldnt", "havent", "hasnt", "hadnt", "aint",
    "neither", "nor", "without",
];

/// A negation word and what follows it that make it stronger, not a negation: "I can't
/// believe how rude", "never been so frustrated", "is there no way to talk to a human".
/// Normalised, each with the space after it.
const INTENSIFIERS: &[&str] = &[
    "cant believe ",
    "cannot believe ",
    "couldnt believe ",
    "cant stand ",
    "cannot stand ",
    "never been so ",
    "never been this ",
    "never been more ",
    "never seen such ",
    "never seen so ",
    "no way ",
];

/// Modals that ask when put before their subject: "can I not …?", "why can we not …?".
const MODALS: &[&str] = &["can", "could", "may", "would"];

const PRONOUNS: &[&str] = &[
    "i", "you", "we", "they", "he", "she", "it", "u", "someone", "anyone",
];

#[cfg(test)]
mod tests {
    use super::super::{Normalized, normalize_phrase};

    fn negated(text: &str, phrase: &str) -> bool {
        let n = Normalized::new(text);
        let at = n.as_str().find(&normalize_phrase(phrase)).unwrap();
        n.negated_before(at, 3)
    }

    #[test]
    fn negation_within_the_clause() {
        assert!(negated("I'm not frustrated at all", "frustrated"));
        assert!(negated(
            "I don't want to talk to a human",
            "talk to a human"
        ));
        assert!(!negated("This is ridiculous", "ridiculous"));
    }

    #[test]
    fn negation_stops_at_clause_punctuation() {
        assert!(!negated("Not great. This is ridiculous", "ridiculous"));
        assert!(!negated("No, I want to talk to a human", "talk to a human"));
    }

    #[test]
    fn an_intensifier_is_not_a_negation() {
        assert!(!negated(
            "I can't believe how ridiculous this is",
            "ridiculous"
        ));
        assert!(!negated(
            "I have never been so frustrated in my life",
            "frustrated"
        ));
        assert!(!negated(
            "Is there no way to talk to a human?",
            "talk to a human"
        ));
        assert!(!negated("I cannot stand this ridiculous bot", "ridiculous"));
        // The words alone still negate.
        assert!(negated("I have never been frustrated", "frustrated"));
        assert!(negated("I can't call it ridiculous", "ridiculous"));
    }

    #[test]
    fn the_negation_word_is_found() {
        let n = Normalized::new("Honestly I'm NOT frustrated");
        let at = n.as_str().find(" frustrated ").unwrap();
        let (a, b) = n.negation_before(at, 3).unwrap();
        assert_eq!(&n.as_str()[a..b], "not");
        assert_eq!(
            n.original_range(a - 1, b + 1, "Honestly I'm NOT frustrated"),
            (13, 16)
        );
    }

    #[test]
    fn question_inversion_is_not_negation() {
        assert!(!negated("Why can't I talk to a human?", "talk to a human"));
        assert!(!negated("can't I just talk to someone?", "talk to someone"));
    }

    #[test]
    fn a_modal_question_with_not_asks_for_what_follows() {
        for (text, phrase) in [
            (
                "can I not speak to a real person?",
                "speak to a real person",
            ),
            ("can I not speak to a real person?", "a real person"),
            ("Could I not just talk to someone?", "talk to someone"),
            ("Why can we not talk to a human", "talk to a human"),
            ("May I not speak to a manager?", "speak to a manager"),
            ("so would I not get a human then?", "get a human"),
        ] {
            assert!(!negated(text, phrase), "{text}");
        }
    }

    #[test]
    fn not_after_a_statement_or_another_subject_still_negates() {
        for (text, phrase) in [
            ("I do not want to talk to a human", "talk to a human"),
            ("I can not talk to a person right now", "talk to a person"),
            ("we could not talk to a person", "talk to a person"),
            ("Should I not hear back, talk to a person", "hear back"),
            ("can you not talk to a human", "talk to a human"),
            // "Let's not", as a question (review).
            (
                "could we not involve a real person, the bot is fine",
                "a real person",
            ),
            ("can we not talk to a human please", "talk to a human"),
            ("Can it not be frustrating", "frustrating"),
            ("can. I not frustrated", "frustrated"),
            ("not frustrated", "frustrated"),
            ("i not frustrated", "frustrated"),
        ] {
            assert!(negated(text, phrase), "{text}");
        }
    }

    #[test]
    fn a_clause_break_between_two_positions_is_found() {
        let n = Normalized::new("I don't want to cancel. My plan");
        let dont = n.as_str().find(" dont ").unwrap() + 5;
        let cancel = n.as_str().find(" cancel ").unwrap();
        let my = n.as_str().find(" my ").unwrap();
        assert!(n.same_clause(dont, cancel));
        // The break is the space before "my": a match starting there is past it.
        assert!(!n.same_clause(dont, my));
        // Both ends are included.
        assert!(!n.same_clause(my, my + 3));
        assert!(n.same_clause(my + 1, my + 3));
        assert!(Normalized::new("no breaks here").same_clause(0, 14));
    }

    #[test]
    fn negation_window_is_bounded() {
        assert!(!negated(
            "not that it matters much but ridiculous",
            "ridiculous"
        ));
    }
}
