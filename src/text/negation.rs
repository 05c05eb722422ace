//! Negation in normalised text: a match's position → the negation word before it in
//! its clause, if one cancels it ("not frustrated"), and not when the word is part of an
//! intensifier ("I can't believe how ridiculous") or a question ("why can't I talk to a
//! human", "can I not speak to a person?"). Reads [`Normalized`]'s words and clause
//! breaks; matches nothing itself.

use super::Normalized;

impl Normalized {
    /// True when a negation word stands within `window` words before position `start`
    /// (the leading space of a match), in the same clause, or heads an opinion the match
    /// is the object of ("I don't think it's a waste of time", up to `FRAME_REACH`
    /// words back). "not frustrated" is negated; "why can't I talk to a human" is a
    /// question, not a negation (a negation word followed by a pronoun), as is "can I not
    /// speak to a person" (`not` after a modal and `I` or `we`), "I can't believe how
    /// ridiculous" an intensifier, "I don't think so" an answer, and "Not great. This is
    /// ridiculous" crosses a clause.
    pub fn negated_before(&self, start: usize, window: usize) -> bool {
        self.negation_before(start, window).is_some()
    }

    /// The negation word that cancels a match at `start`, as a range of the normalised
    /// text (without its spaces): see [`Normalized::negated_before`].
    pub fn negation_before(&self, start: usize, window: usize) -> Option<(usize, usize)> {
        let bytes = &self.text[..];
        let mut end = start; // position of the space after the word we look at
        // The words after the one we look at, nearest first.
        let mut after: [&[u8]; 4] = [b""; 4];
        // What an opinion's object would hold: a subject of its own far into it, or a
        // conjunction, is a second statement ("I don't think the bot gets it I want a
        // human").
        let mut frame = Frame::default();
        for walked in 0..window.max(FRAME_REACH) {
            if end == 0 || self.is_break(end) {
                return None;
            }
            let word_start = bytes[..end].iter().rposition(|&b| b == b' ')? + 1;
            let word = &bytes[word_start..end];
            if is_in(NEGATIONS, word)
                && match opinion_after(&after) {
                    // `after[at]` was the word walked just before this one, less `at`.
                    Opinion::Object(at) => {
                        walked < window
                            || frame.holds_one(walked.checked_sub(at + 1))
                                && (!after[..at].iter().any(|w| is_in(SPEAKING, w))
                                    || frame.says_one(walked.saturating_sub(at + 1), after[at]))
                    }
                    Opinion::Answer => false,
                    Opinion::None => walked < window,
                }
                && !is_in(PRONOUNS, after[0])
                && !INTENSIFIERS
                    .iter()
                    .any(|i| bytes[word_start..].starts_with(i.as_bytes()))
                && !self.asked_not(word, word_start)
                && !self.rebukes(word, word_start, after[0])
            {
                return Some((word_start, end));
            }
            frame.pass(word, walked);
            after = [word, after[0], after[1], after[2]];
            end = word_start - 1;
        }
        None
    }

    /// Whether `word`, starting at `start` and followed by `next`, opens a negative
    /// imperative that rebukes: "Don't be lazy!", "Check again. Do not be so rude", "just
    /// don't be stupid" say what the assistant is, not that it isn't. "Don't" or "do
    /// not", then "be", at the start of a clause (after "please", "just" or "and" too);
    /// not "I don't want to be rude" or "it doesn't need to be urgent".
    fn rebukes(&self, word: &[u8], start: usize, next: &[u8]) -> bool {
        const LEADS: &[&str] = &["please", "just", "and", "now", "so", "oh", "come", "on"];
        let opens = |start: usize| {
            // The words before, at most two of them leads ("come on"), then the clause's
            // start.
            let mut at = start;
            for _ in 0..3 {
                match self.word_before(at.saturating_sub(1)) {
                    None => return true,
                    Some((s, w)) if is_in(LEADS, w) => at = s,
                    Some(_) => return false,
                }
            }
            false
        };
        next == b"be"
            && match word {
                b"dont" => opens(start),
                b"not" => self
                    .word_before(start.saturating_sub(1))
                    .is_some_and(|(s, w)| w == b"do" && opens(s)),
                _ => false,
            }
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

/// Words back from a match that a negated opinion ("I don't think", "I wouldn't say")
/// reaches, in the same clause; a plain negation reaches the caller's window.
const FRAME_REACH: usize = 10;

/// What the words after a negation make of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opinion {
    /// No opinion: the negation reaches the plain window.
    None,
    /// A complete answer ("don't think so", "didn't say so"): it negates nothing after it.
    Answer,
    /// An opinion whose object starts at this index of the words after the negation.
    Object(usize),
}

/// Whether the words after a negation (`after`, nearest first) open an opinion: its
/// verb, maybe after an adverb ("don't really think"), then its object, maybe after
/// "that".
fn opinion_after(after: &[&[u8]; 4]) -> Opinion {
    let object = if is_in(OPINIONS, after[0]) {
        1
    } else if is_in(ADVERBS, after[0]) && is_in(OPINIONS, after[1]) {
        2
    } else {
        return Opinion::None;
    };
    match after[object] {
        b"so" => Opinion::Answer,
        b"that" => Opinion::Object(object + 1),
        _ => Opinion::Object(object),
    }
}

/// What the walk back from a match has passed: the subjects and conjunctions that would
/// lie inside an opinion's object.
#[derive(Debug, Default)]
struct Frame {
    subjects: u8,
    /// The walk's index of the subject farthest from the match.
    farthest: usize,
    joined: bool,
    /// A word that opens a clause of its own inside the object ("until", "when").
    bound: bool,
}

impl Frame {
    /// Takes the word at `walked` words back from the match.
    fn pass(&mut self, word: &[u8], walked: usize) {
        if is_in(SUBJECTS, word) {
            self.subjects = self.subjects.saturating_add(1);
            self.farthest = walked;
        }
        self.joined |= is_in(CONJUNCTIONS, word);
        self.bound |= is_in(SUBORDINATORS, word);
    }

    /// Whether the object of "saying" or "calling", starting at the walk's index `start`
    /// with the word `first`, is what is said or called, so that the match is in it: a
    /// few words, no clause of their own, not an object complete in one word ("not
    /// saying anything else useless company", "not calling it a day until this useless
    /// thing works", "not calling to complain your app is useless").
    fn says_one(&self, start: usize, first: &[u8]) -> bool {
        start < SPEAKING_REACH && !self.bound && !is_in(WHOLE_OBJECTS, first)
    }

    /// Whether an object starting at the walk's index `start` is one statement: no
    /// conjunction, and no subject but its first word ("I don't think I want a human";
    /// not "I don't think the bot gets it I want a human").
    fn holds_one(&self, start: Option<usize>) -> bool {
        !self.joined && (self.subjects == 0 || self.subjects == 1 && Some(self.farthest) == start)
    }
}

fn is_in(list: &[&str], word: &[u8]) -> bool {
    list.iter().any(|w| w.as_bytes() == word)
}

/// Whether `lower`, a word in lower case, is a negation ("not", "won't", "can't",
/// "never"), its apostrophes left out as normalised text has them: the same words that
/// cancel a match, for readers of a message's words (a refusal's "Not telling", "I
/// won't say").
pub(crate) fn is_negation(lower: &str) -> bool {
    if lower.contains(['\'', '’']) {
        let bare = lower.replace(['\'', '’'], "");
        is_in(NEGATIONS, bare.as_bytes())
    } else {
        is_in(NEGATIONS, lower.as_bytes())
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
    // Common misspellings of "believe", which customers in a temper type.
    "cant beleive ",
    "cant belive ",
    "cant beleve ",
    "cant beleave ",
    "cannot beleive ",
    "cannot belive ",
    "couldnt beleive ",
    "couldnt belive ",
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

/// Verbs of opinion that a negation before them carries to their object: "I don't
/// think it's a waste of time", "I wouldn't call it ridiculous", "I never said I wanted a
/// human", "I'm not saying your app is useless" (the `-ing` forms too: "not saying"
/// reached only three words, and "useless" stood five words on).
const OPINIONS: &[&str] = &[
    "think", "thought", "feel", "felt", "believe", "say", "said", "saying", "mean", "meant",
    "find", "found", "call", "calling", "consider", "guess", "reckon", "suppose",
];

/// The `-ing` forms of [`OPINIONS`] that speak: "not saying" and "not calling" are said in
/// passing ("I'm not calling it a day until …", "not saying anything else"), so they
/// reach only an object of a few words ([`Frame::says_one`]).
const SPEAKING: &[&str] = &["saying", "calling"];

/// Words from the object's first to the match that "saying" or "calling" reaches: "Not
/// saying your app is useless" (three), "not calling this whole thing useless" (three).
const SPEAKING_REACH: usize = 5;

/// Objects of "saying" or "calling" complete in their first word, or no object: "not
/// saying anything else", "not calling to complain", "not calling back".
const WHOLE_OBJECTS: &[&str] = &[
    "anything",
    "nothing",
    "something",
    "everything",
    "much",
    "more",
    "to",
    "about",
    "for",
    "back",
    "out",
    "again",
];

/// Words that open a clause of its own inside an opinion's object: "not calling it a day
/// until this useless thing works".
const SUBORDINATORS: &[&str] = &[
    "until", "till", "til", "unless", "when", "while", "if", "before", "after", "since", "once",
    "whenever",
];

/// Adverbs that may stand between a negation and its opinion ("don't really think").
const ADVERBS: &[&str] = &[
    "really",
    "actually",
    "even",
    "honestly",
    "necessarily",
    "personally",
    "exactly",
];

/// Subjects of a clause, normalised: a second one between an opinion and a match starts
/// a sentence of its own.
const SUBJECTS: &[&str] = &[
    "i", "im", "ive", "id", "ill", "you", "youre", "youve", "we", "weve", "they", "theyre", "he",
    "hes", "she", "shes", "it", "its", "u",
];

/// Words that join a second statement to an opinion's object.
const CONJUNCTIONS: &[&str] = &[
    "but", "and", "so", "because", "cause", "cos", "cuz", "though", "although", "or",
];

const PRONOUNS: &[&str] = &[
    "i", "you", "we", "they", "he", "she", "it", "u", "someone", "anyone",
];

#[cfg(test)]
mod tests;
