//! The customer's names: the words of a conversation's name fields (`name`,
//! `first_name`, `last_name`, … including a joined CRM record's), and text → the same
//! text with those words masked as `[name]`.

use super::intro::{Cue, introduced};
use crate::transcript::{Conversation, Metadata, Role};

/// Metadata fields that hold the customer's name.
const NAME_FIELDS: [&str; 8] = [
    "name",
    "first_name",
    "last_name",
    "full_name",
    "customer_name",
    "contact_name",
    "firstname",
    "lastname",
];

/// Names that are also everyday words: masked only where capitalised ("Will", "Long",
/// "Brown"), as are words of two letters ("An", "Le") and particles ("van", "de").
/// Sorted, for a binary search.
const COMMON_WORDS: &[&str] = &[
    "al",
    "art",
    "ash",
    "baker",
    "banks",
    "bay",
    "beck",
    "bell",
    "ben",
    "best",
    "bill",
    "bin",
    "bishop",
    "black",
    "bond",
    "booth",
    "brown",
    "burns",
    "bush",
    "cash",
    "chance",
    "chase",
    "christian",
    "church",
    "clay",
    "coach",
    "cook",
    "cross",
    "da",
    "das",
    "dawn",
    "day",
    "de",
    "dean",
    "del",
    "della",
    "den",
    "der",
    "di",
    "dos",
    "drew",
    "du",
    "duke",
    "early",
    "east",
    "el",
    "fair",
    "faith",
    "field",
    "fields",
    "fisher",
    "ford",
    "fox",
    "frank",
    "free",
    "gates",
    "gay",
    "glass",
    "gold",
    "golden",
    "good",
    "grace",
    "gray",
    "green",
    "grey",
    "gross",
    "guy",
    "hale",
    "hall",
    "hardy",
    "hart",
    "hay",
    "head",
    "hill",
    "holiday",
    "hope",
    "house",
    "hunt",
    "hunter",
    "ivy",
    "jack",
    "joy",
    "june",
    "key",
    "king",
    "la",
    "lake",
    "lamb",
    "lane",
    "law",
    "le",
    "light",
    "lily",
    "little",
    "long",
    "lord",
    "love",
    "low",
    "lucky",
    "major",
    "march",
    "mark",
    "marsh",
    "mason",
    "max",
    "may",
    "miles",
    "miller",
    "mills",
    "moody",
    "moon",
    "moss",
    "nash",
    "noble",
    "north",
    "oak",
    "page",
    "park",
    "parker",
    "pat",
    "penny",
    "pike",
    "pool",
    "port",
    "power",
    "price",
    "ray",
    "reed",
    "rice",
    "rich",
    "ring",
    "rivers",
    "robin",
    "rock",
    "rose",
    "rush",
    "sage",
    "salt",
    "sands",
    "savage",
    "sharp",
    "shaw",
    "shepherd",
    "short",
    "silver",
    "skinner",
    "sky",
    "slater",
    "small",
    "smart",
    "snow",
    "south",
    "sparks",
    "spring",
    "star",
    "steel",
    "sterling",
    "stock",
    "stone",
    "storm",
    "strong",
    "sue",
    "summer",
    "sun",
    "swift",
    "taylor",
    "temple",
    "thorn",
    "tower",
    "true",
    "tucker",
    "turner",
    "van",
    "von",
    "walker",
    "wall",
    "ward",
    "warren",
    "waters",
    "weaver",
    "wells",
    "west",
    "white",
    "will",
    "winter",
    "wise",
    "wolf",
    "wood",
    "woods",
    "worth",
    "young",
];

/// A customer's names, as folded words (lower case, accents off), to be masked as
/// `[name]`; each with whether it is masked only where capitalised.
#[derive(Debug, Clone, Default)]
pub struct Names(Vec<(String, bool)>);

impl Names {
    /// The words of the name fields of `metadata` (initials and one-letter words aside).
    pub fn of(metadata: &Metadata) -> Names {
        let mut names = Names::fields(metadata);
        names.settle();
        names
    }

    /// The words of the name fields of `metadata`, not yet settled.
    fn fields(metadata: &Metadata) -> Names {
        let mut names = Names::default();
        for value in NAME_FIELDS.iter().filter_map(|field| metadata.get(field)) {
            for word in value.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '\u{2019}')
            {
                names.add(word, false);
            }
        }
        names
    }

    /// The customer's names: those of the conversation's metadata, and those the
    /// customer gives in the chat ("my name is Tyler Jones", "I'm Ben", and the people
    /// they name after a title: "Dr. Lee"). A name given only after "I'm" or a title is
    /// masked only where capitalised.
    pub fn of_conversation(conversation: &Conversation) -> Names {
        let mut names = Names::fields(&conversation.metadata);
        for message in &conversation.messages {
            if message.role != Role::Customer {
                continue;
            }
            for (start, end, cue) in introduced(&message.text, true) {
                names.add(&message.text[start..end], cue != Cue::Named);
            }
        }
        names.settle();
        names
    }

    /// Adds the words of a name; one-letter words and initials are not worth hunting.
    fn add(&mut self, word: &str, only_capitalised: bool) {
        if word.chars().filter(|c| c.is_alphabetic()).count() < 2 {
            return;
        }
        let folded = fold(word);
        let only_capitalised = only_capitalised
            || folded.chars().count() <= 2
            || COMMON_WORDS.binary_search(&folded.as_str()).is_ok();
        self.0.push((folded, only_capitalised));
    }

    /// Sorted, each word once; a word masked everywhere wins over the same word masked
    /// only where capitalised.
    fn settle(&mut self) {
        self.0.sort();
        self.0.dedup_by(|later, earlier| later.0 == earlier.0);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
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

    /// Where the words of these names are in `text`, in order. A word runs over
    /// letters, digits and inner apostrophes ("O'Brien"); a possessive keeps its tail
    /// ("Chen's" → "\[name\]'s").
    pub(super) fn spans(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out = self.word_spans(text);
        // A name given in this very text is masked there whatever its case ("my name is
        // will"), as is one after a title in anyone's words ("Dr. Lee has no slot").
        let words = out.len();
        // Introductions can overlap each other too ("my name is Ms Carter" names "Ms
        // Carter", and its title "Carter" again): each span is kept once.
        for (start, end, _) in introduced(text, false) {
            if !out.iter().any(|&(a, b)| start < b && a < end) {
                out.push((start, end));
            }
        }
        if out.len() > words {
            out.sort_unstable();
        }
        out
    }

    /// Where the words of these names are in `text`, in order.
    fn word_spans(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        if self.0.is_empty() {
            return out;
        }
        let is_apostrophe = |c: char| c == '\'' || c == '\u{2019}';
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if !c.is_alphanumeric() {
                continue;
            }
            let mut end = start + c.len_utf8();
            while let Some(&(i, c)) = chars.peek() {
                let inner_apostrophe = is_apostrophe(c)
                    && text[i + c.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                if !(c.is_alphanumeric() || inner_apostrophe) {
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
            }
        }
        out
    }

    fn matches(&self, word: &str) -> bool {
        // Most words are ASCII: folded, they are their ASCII lower case, compared in
        // place (folding every word of every text into a new string was three quarters
        // of `--redact`'s cost).
        let found = if word.is_ascii() {
            self.0
                .iter()
                .find(|(name, _)| name.as_bytes().eq_ignore_ascii_case(word.as_bytes()))
        } else {
            let folded = fold(word);
            self.0.iter().find(|(name, _)| *name == folded)
        };
        found.is_some_and(|&(_, only_capitalised)| {
            !only_capitalised || word.chars().next().is_some_and(char::is_uppercase)
        })
    }
}

/// Lower case, accents off ("Álvarez" → "alvarez"), a curly apostrophe as a straight
/// one: how a name is compared with a word.
fn fold(word: &str) -> String {
    word.to_lowercase()
        .chars()
        .map(|c| match c {
            '\u{2019}' => '\'',
            c => unaccented(c),
        })
        .collect()
}

/// The base letter of a lower-case Latin letter with a diacritic (Latin-1 and Latin
/// Extended-A), else the letter itself.
fn unaccented(c: char) -> char {
    // What each letter decomposes to (Unicode NFD), `?` for none.
    const LATIN_1: &str = "aaaaaa?ceeeeiiii?nooooo??uuuuy?y"; // à..ÿ
    const EXTENDED_A: &str = "aaaaaaccccccccdd??eeeeeeeeeegggggggghh??iiiiiiiii???jjkk?llllll????\
                              nnnnnn???oooooo??rrrrrrsssssssstttt??uuuuuuuuuuuuwwyyyzzzzzz?"; // Ā..ſ
    let code = u32::from(c);
    let base = match code {
        0xE0..=0xFF => LATIN_1.chars().nth((code - 0xE0) as usize),
        0x100..=0x17F => EXTENDED_A.chars().nth((code - 0x100) as usize),
        _ => None,
    };
    match base {
        Some(base) if base.is_ascii_lowercase() => base,
        _ => c,
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
mod tests;
