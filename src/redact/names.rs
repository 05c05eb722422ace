//! The customer's names: the words of a conversation's name fields (`name`,
//! `first_name`, `surname`, `username`, … including those of a joined CRM record the
//! transcript's own values hid) and those the customer gives in the chat (`in_chat.rs`),
//! and text → the same text with those words masked as `[name]` (where they are in a
//! text: `find.rs`). What else a conversation tells of a
//! message goes with them: the codes said loosely after one given in an earlier message
//! ("And 5678 is my old one"), masked as `[secret]` in that message and those of the
//! same words after it (`codes.rs`, `mod.rs`); the values of the fields named as secrets
//! (`phone`, `password`), the dates of birth and PINs given in reply to the bot's
//! question for them and the answers to security questions (`answers.rs`), masked
//! wherever they stand.

use std::sync::Arc;

use super::ReadFrom;
use super::intro::is_title_word;
use crate::text::capitalised;
use crate::text::is_combining_mark;
use crate::transcript::Metadata;

mod answers;
mod as_a_word;
mod codes;
mod everyday;
mod fields;
mod find;
mod fold;
mod in_chat;
mod known_place;
mod not_surnames;
mod summary_secrets;

use crate::text::english::COMMON_WORDS;
pub(in crate::redact) use crate::text::english::{
    is_a_word_too, is_common_english, is_name_word, is_only_a_word,
};
use codes::Loose;
pub(super) use everyday::EVERYDAY;
pub(super) use fields::PLACEHOLDERS;
pub use fields::is_name_field;
use fields::is_user_field;
pub(super) use fields::names_someone_else;
pub(super) use find::find_ascii_caseless;
pub(in crate::redact) use fold::is_glued;
pub(super) use fold::{fold, is_hyphen, is_word_char};
pub(super) use not_surnames::NOT_SURNAMES;

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
    /// capitalised; and the particles of a name a weak cue gave ("da" in "this is Jose
    /// da Silva"), masked in that text only.
    /// Each span is `(text, start, end)`, the text an index into [`Names::given_texts`]:
    /// a long reply that gives thousands of them is kept once, not once a span (a copy
    /// each made 200 KB of "Dr. van Berg" take 1.6 GB).
    given: Vec<(usize, usize, usize)>,
    /// The texts of [`Names::given`], one for each message that gave a span, in order.
    given_texts: Vec<String>,
    /// The conversation's message whose text is the last of [`Names::given_texts`]: a
    /// message's spans come together, and comparing its text with the last kept for each
    /// (a reply of thousands of names) was quadratic.
    given_from: Option<usize>,
    /// Codes said loosely in a message after one that gave a code ("My PIN is 1234" …
    /// "And 5678 is my old one"), and the answers a reply to a security question gives
    /// ("It was Sanchez"): each such message's text once, with where its codes are and
    /// the message they are codes from, masked as secrets there.
    codes: Vec<Loose>,
    /// The titles and initials of the names the customer gave after a title ("Dr. Patel":
    /// `dr`, `P`): an initial alone after the same title ("Dr. P. said so") is masked.
    titled: Vec<super::intro::TitledInitial>,
    /// The titles and words of brands' names the customer said are someone ("Mr. Clean is
    /// my landlord": `mr`, `clean`): masked after the same title only, the word alone is
    /// the everyday word ("Clean the kitchen").
    titled_words: Vec<super::intro::TitledWord>,
    /// Folded words given only after a title ("Mr. Smith" in the bot's words): masked
    /// where they read as a name, not before a word for a street or a place ("smith
    /// street", "Morgan Club"), which a name given otherwise is masked before too (the
    /// customer's own name is theirs wherever it stands).
    titled_only: Vec<String>,
    /// Where in `words` the words added after a title are, while reading the
    /// conversation: the others, added otherwise, are what [`Names::settle`] takes out of
    /// `titled_only`. Their places, not a copy of each word added otherwise: a pasted
    /// list of names held one for each (log, fifty-third session).
    titled_at: Vec<usize>,
    /// Whether the words [`Names::add`] takes now are given after a title.
    titling: bool,
    /// The values of the fields whose names mark them as secrets or identifiers
    /// (`phone`, `password`: [`crate::redact::field_mask`]), lower case, each with its
    /// mask: masked wherever they stand apart in a text.
    values: Vec<(String, &'static str)>,
    /// The messages (by index) that answer a question for the date of birth: no `date`
    /// fact is taken from them.
    dob_replies: Vec<usize>,
    /// The columns of other names the metadata's fields were read from (`meta.notes=
    /// password`), as the metadata gave them: a field is masked as its column would be.
    read_from: Option<Arc<ReadFrom>>,
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
        let mut names = Names {
            read_from: metadata.read_from().cloned(),
            ..Names::default()
        };
        for (field, value) in metadata.iter().chain(metadata.aside()) {
            // A field read from a column named as a name or a secret is one.
            let field = &*super::mapped::masked_as(field, names.read_from());
            if is_name_field(field) {
                names.add_value(field, value);
            } else if let Some(mask) = super::field_mask(field) {
                let value = value.trim();
                if super::fields::worth_hunting(value) {
                    names.values.push((value.to_ascii_lowercase(), mask));
                }
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
        if value
            .chars()
            .all(|c| c.is_alphabetic() || is_combining_mark(c))
        {
            self.add(value, false);
        } else if value.chars().count() >= 3
            && !value.contains(char::is_whitespace)
            && PLACEHOLDERS.binary_search(&folded.as_str()).is_err()
        {
            self.whole.push(value.to_ascii_lowercase());
        }
        for part in value.split(|c: char| !c.is_alphabetic() && !is_combining_mark(c)) {
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

    /// Adds the words of a name; one-letter words and initials are not worth hunting,
    /// nor words that stand for no name ("Guest"). A word of a script without case
    /// ("王伟", "محمد") is masked whatever its length: only cased words can be told from
    /// everyday words by a capital. A hyphenated name ("Mary-Jane", "Smith-Jones") is
    /// added a part at a time: a text's words end at a hyphen, and the parts found side
    /// by side are masked as one (`find.rs`).
    fn add(&mut self, word: &str, only_capitalised: bool) {
        if word.contains(is_hyphen) {
            for part in word.split(is_hyphen) {
                self.add(part, only_capitalised);
            }
            return;
        }
        // A title is no word of a name ("Dr. Jane Smith" in a name field): masked, it
        // would mask every "Dr" of the conversation.
        if word.chars().filter(|c| c.is_alphabetic()).count() < 2 || is_title_word(word) {
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
        if self.titling {
            self.titled_at.push(self.words.len());
            self.titled_only.push(folded.clone());
        }
        self.words.push((folded, only_capitalised));
    }

    /// Adds `word` to the surnames masked right after a word of the names when it was
    /// given in lower case ("white" in "I'm Brian white"), cased and of two letters or
    /// more.
    fn add_surname(&mut self, word: &str) {
        let cased = word.chars().any(char::is_lowercase);
        if cased
            && !capitalised(word)
            && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !is_title_word(word)
        {
            self.surnames.push(fold(word));
        }
    }

    /// Masks `start..end` of `text`, the text of the conversation's message `message`,
    /// in that text only ([`Names::given`]); `text` is kept once for all the spans a
    /// message gives, which come together.
    fn give(&mut self, message: usize, text: &str, start: usize, end: usize) {
        if self.given_from != Some(message) {
            self.given_texts.push(text.to_owned());
            self.given_from = Some(message);
        }
        self.given.push((self.given_texts.len() - 1, start, end));
    }

    /// Sorted, each word once; a word masked everywhere wins over the same word masked
    /// only where capitalised.
    fn settle(&mut self) {
        let titled_at = std::mem::take(&mut self.titled_at);
        if !self.titled_only.is_empty() {
            // The words added other than after a title, in the order they came.
            let mut after_a_title = titled_at.iter().peekable();
            let mut untitled: Vec<&str> = Vec::new();
            for (i, (word, _)) in self.words.iter().enumerate() {
                if after_a_title.next_if(|&&at| at == i).is_none() {
                    untitled.push(word);
                }
            }
            untitled.sort_unstable();
            self.titled_only
                .retain(|word| untitled.binary_search(&word.as_str()).is_err());
        }
        self.words.sort();
        self.words.dedup_by(|later, earlier| later.0 == earlier.0);
        self.glued.sort();
        self.glued.dedup();
        self.whole.sort();
        self.whole.dedup();
        self.surnames.sort();
        self.surnames.dedup();
        self.given.sort_unstable();
        self.given.dedup();
        self.titled.sort();
        self.titled.dedup();
        self.titled_words.sort();
        self.titled_words.dedup();
        self.titled_only.sort_unstable();
        self.titled_only.dedup();
        // The longest first: a value inside another is masked with it.
        self.values
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.cmp(b)));
        self.values.dedup();
    }

    /// Where the values of the secret fields stand apart in `text`, with their masks, in
    /// order and apart.
    pub(super) fn value_spans(&self, text: &str) -> Vec<(usize, usize, &'static str)> {
        // Each value's spans in turn, an earlier value's winning where two overlap; kept
        // sorted, so that a span is checked against its one possible neighbour by a binary
        // search, not against every span kept (quadratic: a customer may repeat an answer
        // thousands of times in one message).
        let mut out: Vec<(usize, usize, &'static str)> = Vec::new();
        for (value, mask) in &self.values {
            for (start, end) in super::fields::value_spans(text, value) {
                // Kept spans are apart: the last one starting before `end` is the only one
                // that can overlap.
                let at = out.partition_point(|&(a, _, _)| a < end);
                if out[..at].last().is_none_or(|&(_, b, _)| b <= start) {
                    out.insert(at, (start, end, mask));
                }
            }
        }
        out
    }

    /// Whether message `index` of the conversation answers a question for the date of
    /// birth.
    pub(in crate::redact) fn answers_dob(&self, index: usize) -> bool {
        self.dob_replies.contains(&index)
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty() && self.whole.is_empty()
    }

    /// The mapping's `meta.` pairs the metadata was read through, if any.
    pub(super) fn read_from(&self) -> Option<&ReadFrom> {
        self.read_from.as_deref()
    }
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
