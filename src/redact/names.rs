//! The customer's names: the words of a conversation's name fields (`name`,
//! `first_name`, `surname`, `username`, … including those of a joined CRM record the
//! transcript's own values hid), and text → the same text with those words masked as
//! `[name]`. What else a conversation tells of a message goes with them: the codes said
//! loosely after one given in an earlier message ("And 5678 is my old one"), masked as
//! `[secret]` in that message (`mod.rs`).

use super::intro::{Cue, asks_for_name, introduced, named_here, reply_name, word_after};
use crate::summary::capitalised;
use crate::transcript::{Conversation, Metadata, Role};

mod codes;
mod fields;
mod fold;
mod tables;
mod words;

use codes::Codes;
pub use fields::is_name_field;
pub(super) use fields::names_someone_else;
use fields::{PLACEHOLDERS, is_user_field};
pub(super) use fold::{fold, is_mark, is_word_char};
use fold::{fold_mapped, is_glued};
use words::COMMON_WORDS;
pub(super) use words::{EVERYDAY, NOT_SURNAMES, is_common_english, is_name_word};

/// A customer's names, to be masked as `[name]`.
#[derive(Debug, Clone, Default)]
pub struct Names {
    /// Folded words (lower case, accents off), each with whether it is masked only where
    /// capitalised.
    words: Vec<(String, bool)>,
    /// The words of `words` in a script written without spaces ("王伟", "김민준"), found
    /// inside a run of letters too ("我是王伟", "김민준입니다").
    glued: Vec<String>,
    /// Values masked whole wherever they stand apart, in any ASCII case: usernames that
    /// are more than letters ("tyler.jones92"), which no word of them would cover.
    whole: Vec<String>,
    /// Folded words the customer gave in lower case after a name ("I'm Brian white",
    /// "Sarah brown" in reply): masked in any case right after a word of the names,
    /// where one that is also an everyday word ("white") is not masked alone.
    surnames: Vec<String>,
    /// The words of a name the customer gave in lower case in reply to a question for it,
    /// by the reply's text ("mark" in "it's mark"): masked in that reply whatever they
    /// are, where a name that is also an everyday word is masked elsewhere only where
    /// capitalised.
    given: Vec<(String, usize, usize)>,
    /// Codes said loosely in a message after one that gave a code ("My PIN is 1234" …
    /// "And 5678 is my old one"): each such message's text once, with where its codes
    /// are, masked as secrets there.
    codes: Vec<(String, Vec<(usize, usize)>)>,
}

impl Names {
    /// The words of the name fields of `metadata` (initials and one-letter words aside).
    pub fn of(metadata: &Metadata) -> Names {
        let mut names = Names::fields(metadata);
        names.settle();
        names
    }

    /// The words of the name fields of `metadata`, and of the values of a joined contact
    /// record that the transcript's own values hid ([`Metadata::aside`]: the CRM's
    /// "Alexandra" where the transcript says "Al"), not yet settled.
    fn fields(metadata: &Metadata) -> Names {
        let mut names = Names::default();
        for (field, value) in metadata.iter().chain(metadata.aside()) {
            if is_name_field(field) {
                names.add_value(field, value);
            }
        }
        names
    }

    /// Adds the words of the value of name field `field`.
    fn add_value(&mut self, field: &str, value: &str) {
        let value = value.trim();
        if is_user_field(field) {
            return self.add_user(value);
        }
        // An address in a name field ("ana@example.com" for a visitor who gave no name):
        // its local part may be the name, its domain is none.
        let value = value.split_once('@').map_or(value, |(local, _)| local);
        for word in value.split(|c: char| !is_word_char(c) && c != '\'' && c != '\u{2019}') {
            self.add(word, false);
        }
    }

    /// Adds a username ("tyler.jones92", "@TylerJ"): whole wherever it stands apart when
    /// it is more than letters, and the words it is made of ("tyler", "jones"; "Tyler",
    /// "J"), those only where capitalised: a username's parts may be no name at all
    /// ("`cool_guy`").
    fn add_user(&mut self, value: &str) {
        let value = value.trim_start_matches('@');
        let value = value.split_once('@').map_or(value, |(local, _)| local);
        let folded = fold(value);
        if value.chars().all(|c| c.is_alphabetic() || is_mark(c)) {
            self.add(value, false);
        } else if value.chars().count() >= 3
            && !value.contains(char::is_whitespace)
            && PLACEHOLDERS.binary_search(&folded.as_str()).is_err()
        {
            self.whole.push(value.to_ascii_lowercase());
        }
        for part in value.split(|c: char| !c.is_alphabetic() && !is_mark(c)) {
            // Its humps: "TylerJones" is "Tyler" and "Jones".
            let mut start = 0;
            let mut previous_lower = false;
            for (i, c) in part.char_indices() {
                if c.is_uppercase() && previous_lower {
                    self.add(&part[start..i], true);
                    start = i;
                }
                previous_lower = c.is_lowercase();
            }
            self.add(&part[start..], true);
        }
    }

    /// The customer's names: those of the conversation's metadata (and its contact
    /// record's, as `Names::fields` reads them), and those the customer gives in the chat ("my name is
    /// Tyler Jones", "I'm Ben", "Tyler here", "Regards, Tyler", and the people they name
    /// after a title: "Dr. Lee"), or gives in reply to a question for their name ("Could
    /// I get your name?" "Tyler Jones"). A name given only after "I'm" or a title, in a
    /// reply, or in a greeting or sign-off, is masked only where capitalised.
    pub fn of_conversation(conversation: &Conversation) -> Names {
        let mut names = Names::fields(&conversation.metadata);
        let mut asked = false;
        let mut opening = true;
        let mut codes = Codes::default();
        for (i, message) in conversation.messages.iter().enumerate() {
            if message.role != Role::Customer {
                asked = asked || asks_for_name(&message.text);
                continue;
            }
            let text = &message.text;
            codes.said_loosely(conversation, i, &mut names.codes);
            let replying = std::mem::take(&mut asked);
            if replying {
                // Only where capitalised: a reply is a weaker cue than "my name is"; a
                // surname given in lower case ("Sarah brown") as it is given.
                for (start, end) in reply_name(text) {
                    let word = &text[start..end];
                    names.add(word, capitalised(word));
                    names.add_surname(word);
                    if !capitalised(word) {
                        names.given.push((text.clone(), start, end));
                    }
                }
            }
            // "Tyler here" opens a conversation or answers the question.
            let first = std::mem::take(&mut opening);
            let here = if replying || first {
                named_here(text)
            } else {
                Vec::new()
            };
            for (start, end, cue) in introduced(text, true).into_iter().chain(here) {
                let word = &text[start..end];
                names.add(word, !matches!(cue, Cue::Named));
                names.add_surname(word);
            }
        }
        names.settle();
        names
    }

    /// Adds the words of a name; one-letter words and initials are not worth hunting,
    /// nor words that stand for no name ("Guest"). A word of a script without case
    /// ("王伟", "محمد") is masked whatever its length: only cased words can be told from
    /// everyday words by a capital.
    fn add(&mut self, word: &str, only_capitalised: bool) {
        if word.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return;
        }
        let folded = fold(word);
        if PLACEHOLDERS.binary_search(&folded.as_str()).is_ok() {
            return;
        }
        let cased = folded.chars().any(char::is_lowercase);
        let only_capitalised = cased
            && (only_capitalised
                || folded.chars().count() <= 2
                || COMMON_WORDS.binary_search(&folded.as_str()).is_ok());
        if !cased && folded.chars().all(is_glued) {
            self.glued.push(folded.clone());
        }
        self.words.push((folded, only_capitalised));
    }

    /// Adds `word` to the surnames masked right after a word of the names when it was
    /// given in lower case ("white" in "I'm Brian white"), cased and of two letters or
    /// more.
    fn add_surname(&mut self, word: &str) {
        let cased = word.chars().any(char::is_lowercase);
        if cased && !capitalised(word) && word.chars().filter(|c| c.is_alphabetic()).count() >= 2 {
            self.surnames.push(fold(word));
        }
    }

    /// Sorted, each word once; a word masked everywhere wins over the same word masked
    /// only where capitalised.
    fn settle(&mut self) {
        self.words.sort();
        self.words.dedup_by(|later, earlier| later.0 == earlier.0);
        self.glued.sort();
        self.glued.dedup();
        self.whole.sort();
        self.whole.dedup();
        self.surnames.sort();
        self.surnames.dedup();
        self.given.sort();
        self.given.dedup();
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.whole.is_empty()
    }

    /// `text` with every word of these names masked; borrowed when there was none.
    #[cfg(test)]
    pub(super) fn mask<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        let spans: Vec<(usize, usize, &str)> = self
            .spans(text)
            .into_iter()
            .map(|(s, e)| (s, e, super::NAME_MASK))
            .collect();
        super::apply(text, &spans)
    }

    /// Where the words of these names are in `text`, in order and apart. A word runs
    /// over letters, digits, combining marks and inner apostrophes ("O'Brien"); a
    /// possessive keeps its tail ("Chen's" → "\[name\]'s").
    pub(super) fn spans(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out = self.whole_spans(text);
        let wholes = out.len();
        let apart = |out: &[(usize, usize)], (start, end): (usize, usize)| {
            !out[..wholes].iter().any(|&(a, b)| start < b && a < end)
                && out[wholes..].last().is_none_or(|&(_, b)| b <= start)
        };
        for span in self.word_spans(text) {
            if apart(&out, span) {
                out.push(span);
                // "Brian white": a surname given in lower case, after a word of the name.
                if let Some(surname) = self.surname_after(text, span.1)
                    && apart(&out, surname)
                {
                    out.push(surname);
                }
            }
        }
        // A name given in this very text is masked there whatever its case ("my name is
        // will"), as is one after a title in anyone's words ("Dr. Lee has no slot").
        let found = out.len();
        // A name given in lower case in this very reply ("it's mark"): comparing the
        // texts stops at their lengths but for the reply itself.
        for (reply, start, end) in &self.given {
            if reply == text && !out.iter().any(|&(a, b)| *start < b && a < *end) {
                out.push((*start, *end));
            }
        }
        // Introductions can overlap each other too ("my name is Ms Carter" names "Ms
        // Carter", and its title "Carter" again): each span is kept once. The spans so
        // far stand apart, so sorted their ends rise too: one binary search tells whether
        // an introduction overlaps any (a scan of them all for each made a text of
        // thousands of "my name is Tyler" quadratic).
        let mut introductions = introduced(text, false);
        let mut before = if introductions.is_empty() {
            Vec::new()
        } else {
            out.clone()
        };
        before.sort_unstable();
        let overlaps_before = |start: usize, end: usize| {
            let i = before.partition_point(|&(a, _)| a < end);
            i > 0 && before[i - 1].1 > start
        };
        introductions.sort_by_key(|&(start, _, _)| start);
        let mut kept_end = 0;
        for (start, end, _) in introductions {
            if start >= kept_end && !overlaps_before(start, end) {
                out.push((start, end));
                kept_end = end;
            }
        }
        if out.len() > found || wholes > 0 {
            out.sort_unstable();
        }
        out
    }

    /// Where a surname the customer gave in lower case is in `text` right after a word of
    /// the names ending at `end` ("white" in "Brian white"), if it is.
    fn surname_after(&self, text: &str, end: usize) -> Option<(usize, usize)> {
        if self.surnames.is_empty() {
            return None;
        }
        let (start, end) = word_after(text, end)?;
        let word = &text[start..end];
        let folded = if word.is_ascii() {
            word.to_ascii_lowercase()
        } else {
            fold(word)
        };
        self.surnames
            .binary_search(&folded)
            .is_ok()
            .then_some((start, end))
    }

    /// Where the values masked whole are in `text`, where they stand apart (no letter or
    /// digit on either side but of a script without spaces), in order and apart.
    fn whole_spans(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize)> = Vec::new();
        for value in &self.whole {
            let mut from = 0;
            while let Some(start) = find_ascii_caseless(text, value, from) {
                let end = start + value.len();
                // A letter of a script without spaces is no part of a username's word.
                let joins = |c: char| is_word_char(c) && (c.is_ascii() || !is_glued(c));
                // A mark before is its letter's: that letter decides.
                let before = text[..start].chars().rev().find(|&c| !is_mark(c));
                let apart =
                    !before.is_some_and(joins) && !text[end..].chars().next().is_some_and(joins);
                if apart && !out.iter().any(|&(a, b)| start < b && a < end) {
                    out.push((start, end));
                    from = end;
                } else {
                    from = start + text[start..].chars().next().map_or(1, char::len_utf8);
                }
            }
        }
        out.sort_unstable();
        out
    }

    /// Where the words of these names are in `text`, in order.
    fn word_spans(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if self.words.is_empty() {
            return out;
        }
        let is_apostrophe = |c: char| c == '\'' || c == '\u{2019}';
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if !is_word_char(c) {
                continue;
            }
            let mut end = start + c.len_utf8();
            // A run of a script without spaces is a word of its own beside letters of
            // another ("Álvaro王伟"); its marks are its own.
            let glued = !c.is_ascii() && is_glued(c);
            while let Some(&(i, c)) = chars.peek() {
                let inner_apostrophe = is_apostrophe(c)
                    && text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(is_word_char);
                let other_script = if c.is_ascii() {
                    glued
                } else {
                    glued != is_glued(c) && !is_mark(c)
                };
                if !(is_word_char(c) || inner_apostrophe) || other_script {
                    break;
                }
                end = i + c.len_utf8();
                chars.next();
            }
            let word = &text[start..end];
            let name_end = if self.matches(word) {
                Some(end)
            } else {
                word.rfind(is_apostrophe)
                    .filter(|&a| self.matches(&word[..a]))
                    .map(|a| start + a)
            };
            if let Some(name_end) = name_end {
                out.push((start, name_end));
            } else if glued && !self.glued.is_empty() {
                self.glued_spans(word, start, &mut out);
            }
        }
        out
    }

    /// Where the names of scripts without spaces are inside `word` (at `offset` in its
    /// text), into `out`: the earliest first, the longest of those starting together.
    fn glued_spans(&self, word: &str, offset: usize, out: &mut Vec<(usize, usize)>) {
        let (folded, map) = fold_mapped(word);
        let mut found: Vec<(usize, usize)> = self
            .glued
            .iter()
            .flat_map(|name| {
                folded
                    .match_indices(name.as_str())
                    .map(|(i, name)| (i, i + name.len()))
            })
            .collect();
        found.sort_unstable_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
        let mut taken = 0;
        for (start, end) in found {
            if start < taken {
                continue;
            }
            taken = end;
            // Where in the word the first folded character comes from, and where the
            // character after the last one starts (the marks between are the name's).
            let Ok(first) = map.binary_search_by_key(&start, |&(f, _)| f) else {
                continue;
            };
            let last = map.partition_point(|&(f, _)| f < end).saturating_sub(1);
            let last_at = map[last].1;
            let word_end = map[last..]
                .iter()
                .map(|&(_, at)| at)
                .find(|&at| at > last_at)
                .unwrap_or(word.len());
            out.push((offset + map[first].1, offset + word_end));
        }
    }

    fn matches(&self, word: &str) -> bool {
        // Most words are ASCII: folded, they are their ASCII lower case, compared in
        // place (folding every word of every text into a new string was three quarters
        // of `--redact`'s cost).
        let found = if word.is_ascii() {
            self.words
                .iter()
                .find(|(name, _)| name.as_bytes().eq_ignore_ascii_case(word.as_bytes()))
        } else {
            let folded = fold(word);
            self.words.iter().find(|(name, _)| *name == folded)
        };
        found.is_some_and(|&(_, only_capitalised)| {
            !only_capitalised || word.chars().next().is_some_and(char::is_uppercase)
        })
    }
}

/// Where `value` is in `text` from byte `from`: in any ASCII case when it is ASCII, else
/// as written.
fn find_ascii_caseless(text: &str, value: &str, from: usize) -> Option<usize> {
    let needle = value.as_bytes();
    let &first = needle.first()?;
    if !value.is_ascii() {
        return text.get(from..)?.find(value).map(|i| from + i);
    }
    let bytes = text.as_bytes();
    memchr::memchr2_iter(
        first.to_ascii_lowercase(),
        first.to_ascii_uppercase(),
        bytes.get(from..)?,
    )
    .map(|i| from + i)
    .find(|&i| {
        bytes
            .get(i..i + needle.len())
            .is_some_and(|candidate| candidate.eq_ignore_ascii_case(needle))
    })
}

/// The names in metadata of `(field, value)` pairs.
#[cfg(test)]
pub(super) fn names_of(pairs: &[(&str, &str)]) -> Names {
    let mut metadata = Metadata::default();
    for (k, v) in pairs {
        metadata.insert(k, v);
    }
    Names::of(&metadata)
}

#[cfg(test)]
pub(super) mod tests;
