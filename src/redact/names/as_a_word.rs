//! Names that are everyday words too, read as the word where a sentence opens with it
//! ("Will you call me?" after "Dr. Will"), names given after a title read as part of
//! a street's or a place's name ("smith street" after "Mr. Smith"), and names that are
//! months read as the month in a date ("3 May" after "I'm May"): takes a text and a
//! word of these names in it; gives whether it is the word.

use super::{Names, fold, is_a_word_too, is_only_a_word};
use crate::redact::intro::{is_place_end, is_street_word, word_after};
use crate::text::calendar;

impl Names {
    /// Whether the word of these names at `text[start..end]`, one given only after a
    /// title, names a street or a place with the word after it ("smith street", "Smith
    /// Rd", "Morgan Club" after the bot's "Mr. Smith", "Dr. Morgan"): a name from a title
    /// reads as a name where it stands alone (a review found the bot's "Mr. Smith"
    /// masking the customer's "smith street"). Only a name that is a common English word
    /// itself ([`super::is_a_word_too`]: "smith", "baker"): a surname that is none ("Okafor Street" after "Mr.
    /// Okafor") is the person's still, which a review found shown.
    pub(super) fn names_a_street(&self, text: &str, start: usize, end: usize) -> bool {
        if !word_after(text, end).is_some_and(|(s, e)| {
            let next = &text[s..e];
            is_street_word(next) || is_place_end(next)
        }) {
            return false;
        }
        let folded = fold(&text[start..end]);
        is_a_word_too(&folded) && self.titled_only.binary_search(&folded).is_ok()
    }

    /// Whether the word of these names at `text[start..end]`, one that is a common
    /// English word too ("Brown" after "Doc Brown", "My name is Brown", "I spoke to Mrs.
    /// White"), names a thing with the noun after it ([`THINGS`]: "Brown rice", "White
    /// wine", "Green tea"), in any position: a review found "Brown rice" masked after "Doc
    /// Brown", and a later one "White wine" after "I spoke to Mrs. White". A
    /// surname that is no word ("Okafor rice") stays masked, as does the word before any
    /// other noun ("Brown called", "I saw Brown today").
    pub(super) fn names_a_thing(text: &str, start: usize, end: usize) -> bool {
        if !word_after(text, end).is_some_and(|(s, e)| {
            let next = &text[s..e];
            next.chars().all(char::is_lowercase) && THINGS.binary_search(&next).is_ok()
        }) {
            return false;
        }
        is_a_word_too(&fold(&text[start..end]))
    }

    /// Whether the word of these names at `text[start..end]`, a month's name ("May",
    /// "June", "April", "August"), reads as the month of a date: a day's number before
    /// or after it ("3 May", "3rd of May" through "of", "May 3rd", "June 5, 2024"), a
    /// year after it ("May 2024"), or a word that puts a time before it ([`IN_TIME`]:
    /// "in May", "since June", "end of April"). A review found "My order from 3 May
    /// never came" masked `3 [name]` after "I'm May", and the summary's date lost. A
    /// month said so is no person's; "May called me", "thanks May", "from May" stay
    /// masked. So is one a hyphen or a dash joins to another month or to a word of
    /// [`PART_OF_A_MONTH`] ("mid-May", "May-June", "April–May": a review found them
    /// masked `mid-[name]` and `[name]` after "I'm May"). Reads the word on either side
    /// only.
    pub(super) fn reads_as_a_date(text: &str, start: usize, end: usize) -> bool {
        if calendar::month(&text[start..end]).is_none() {
            return false;
        }
        if joined_to_a_date(text, start, end) {
            return true;
        }
        let before = token_before(text, start);
        let after = text[end..]
            .trim_start_matches([' ', '\t'])
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or_default();
        is_day(before)
            || is_day(after)
            || (after.len() == 4 && after.bytes().all(|b| b.is_ascii_digit()))
            || IN_TIME.contains(&before.to_lowercase().as_str())
    }

    /// Whether the word of these names at `text[start..end]` reads as the everyday word
    /// it is too, not as the name: one masked only where capitalised that is a modal or a
    /// wish ([`OPEN_A_SENTENCE_AS_WORDS`]: "Will", "May", "Hope", taken after "Dr." or
    /// from a name field), at the start of a text or of a sentence, before a pronoun, a
    /// determiner or a verb ([`READ_AS_A_WORD_BEFORE`]: "Will you call me?", "May I
    /// ask", "Hope this helps"). A name there is followed by what a subject is ("Will
    /// said hi", "May is in") or by nothing ("Will."): masked. Other names that are
    /// words open a sentence as names ("Grace I need help", "Bill we spoke"): masked;
    /// but a surname given only after a title that is a word that opens a sentence as an
    /// aside ([`ASIDES`]: "Well", "Still", "Sure" after the bot's "Mr. Well"), capitalised,
    /// opens one before a subject pronoun as the word ([`SUBJECTS`]: "Well I tried",
    /// "Still it fails"), which a review found masked. Not another word ("Ready I think is
    /// lying", "Ready she said" after "Mr. Ready": a later review found the surname shown
    /// so; where the word and the name read alike, the name is masked) nor one in
    /// capitals ("READY she said"). Nor a modal or a wish before a subject pronoun and a
    /// verb of saying or calling ("Hope she said it was fine", "Clean he rang" after "Mr.
    /// Hope", "Mr. Clean"; "Hope she says", "Hope she will call" too): the name as the
    /// subject of a report, which a review found shown; "Will you call me?", "Hope you
    /// are well" stay the words.
    pub(super) fn reads_as_word(&self, text: &str, start: usize, end: usize) -> bool {
        let word = &text[start..end];
        let lower = word.to_lowercase();
        let opens = text[..start]
            .trim_end_matches([' ', '\t'])
            .chars()
            .next_back()
            .is_none_or(|c| matches!(c, '.' | '!' | '?' | '\n' | '\r'));
        if !opens {
            return false;
        }
        let before_a_subject = || {
            word_after(text, end)
                .is_some_and(|(s, e)| SUBJECTS.contains(&text[s..e].to_lowercase().as_str()))
        };
        if !self.titled_only.is_empty()
            && ASIDES.contains(&lower.as_str())
            && word.chars().skip(1).all(char::is_lowercase)
            && is_only_a_word(&lower)
            && before_a_subject()
            && self.titled_only.binary_search(&fold(word)).is_ok()
        {
            return true;
        }
        OPEN_A_SENTENCE_AS_WORDS.contains(&lower.as_str())
            && !reports_a_saying(text, end)
            && self
                .words
                .binary_search_by(|(name, _)| name.as_str().cmp(lower.as_str()))
                .is_ok_and(|i| self.words[i].1)
            && word_after(text, end).is_some_and(|(s, e)| {
                READ_AS_A_WORD_BEFORE.contains(&text[s..e].to_lowercase().as_str())
            })
    }
}

/// The word before `at`, past the spaces before it: its letters and digits ("3" of "3
/// May", "of" of "end of May"); empty when punctuation stands there.
fn token_before(text: &str, at: usize) -> &str {
    let before = text[..at].trim_end_matches([' ', '\t']);
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphanumeric())
        .last()
        .map_or(before.len(), |(i, _)| i);
    &before[start..]
}

/// Words a hyphen joins to a month's name to say which part of it ("mid-May",
/// "early-June"), in lower case.
const PART_OF_A_MONTH: &[&str] = &["early", "end", "late", "mid"];

/// Whether the month's name at `text[start..end]` is joined by a hyphen or a dash
/// (`-`, `‐`, `–`) to another month's name or a word of [`PART_OF_A_MONTH`] before it
/// ("April–May", "mid-May"), or by one of those or `—`, with a space or two each side
/// or none, to a month's name after it ("May-June", "May-Jun", "May - June", "May —
/// June": a review found them masked `[name] - June`): a span of time. Reads the words
/// on either side only.
fn joined_to_a_date(text: &str, start: usize, end: usize) -> bool {
    const DASHES: [char; 4] = ['-', '\u{2010}', '\u{2013}', '\u{2014}'];
    const SPACES: [char; 2] = [' ', '\t'];
    fn word_before(head: &str) -> &str {
        &head[head.trim_end_matches(char::is_alphabetic).len()..]
    }
    fn word_after(tail: &str) -> &str {
        let letters = tail
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(tail.len());
        &tail[..letters]
    }
    // Before it, unspaced and not an em dash only: "See you in June — May" signs off
    // as often as it spans (a review found it shown).
    let before = text[..start].strip_suffix(&DASHES[..3]).map(word_before);
    let after = text[end..]
        .trim_start_matches(SPACES)
        .strip_prefix(DASHES)
        .map(|tail| word_after(tail.trim_start_matches(SPACES)));
    before.is_some_and(|word| {
        PART_OF_A_MONTH.contains(&word.to_lowercase().as_str())
            || calendar::month_or_short(word).is_some()
    }) || after.is_some_and(|word| calendar::month_or_short(word).is_some())
}

/// Whether `word` is a day of a month, its number alone or with its ordinal's ending
/// ("3", "03", "21st", "3rd"): 1 to 31.
fn is_day(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    let number = ["st", "nd", "rd", "th"]
        .iter()
        .find_map(|end| lower.strip_suffix(end))
        .unwrap_or(&lower);
    number.len() <= 2
        && number
            .parse::<u8>()
            .is_ok_and(|day| (1..=31).contains(&day))
}

/// Words a month's name stands after as the time of something ("in May", "since
/// June", "the end of April"), in lower case: not "from" nor "by", after which a
/// person stands as often ("a message from May", "signed by June").
const IN_TIME: &[&str] = &[
    "during", "early", "in", "last", "late", "mid", "next", "of", "since", "till", "until",
];

/// Nouns that a colour or another everyday word names a thing with ("Brown rice",
/// "White wine", [`Names::names_a_thing`]): food, drink and goods. Sorted.
const THINGS: &[&str] = &[
    "ale", "bag", "bags", "beans", "beer", "belt", "bread", "butter", "cake", "cheese", "coat",
    "coffee", "eggs", "envelope", "flour", "juice", "leather", "noodles", "paint", "paper",
    "pasta", "pepper", "rice", "salt", "sauce", "shoes", "soup", "sugar", "tea", "toast", "wine",
];

/// Whether a subject pronoun of the third person and a verb of saying or calling in the
/// past follow `text[..end]` ("Hope she said", "Clean he rang"): the word before is who
/// was reported ("Hope I said it right", "Hope we told you" are the wish: a review found
/// them masked).
fn reports_a_saying(text: &str, end: usize) -> bool {
    let Some((s, e)) = word_after(text, end) else {
        return false;
    };
    let pronoun = text[s..e].to_lowercase().replace('\u{2019}', "'");
    // "she'll call": the pronoun and the future glued.
    let (pronoun, future) = pronoun
        .strip_suffix("'ll")
        .map_or((pronoun.as_str(), false), |p| (p, true));
    if !THIRD_PERSON.contains(&pronoun) {
        return false;
    }
    let Some((s, e)) = word_after(text, e) else {
        return false;
    };
    let verb = text[s..e].to_lowercase();
    if future {
        return SAY.contains(&verb.as_str());
    }
    SAID.binary_search(&verb.as_str()).is_ok()
        || (matches!(verb.as_str(), "will" | "would")
            && word_after(text, e)
                .is_some_and(|(s, e)| SAY.contains(&text[s..e].to_lowercase().as_str())))
}

/// The subject pronouns of the third person, after which a name that is a word reports
/// who spoke ("Hope she said"); "Hope I said it right", "Hope you called" are the wish.
const THIRD_PERSON: &[&str] = &["he", "she", "they"];

/// Verbs of saying or calling in the past or the present, after which a name that is a
/// word and its pronoun report what the person did or does ("Hope she said", "Hope she
/// says", [`reports_a_saying`]): a review found "Hope she says" and "Hope she will call"
/// after "Mr. Hope" shown. The wish reads the same ("Hope she calls back"): after a name
/// so given, the name is masked, as a name shown costs more than a word hidden. Sorted.
const SAID: &[&str] = &[
    "asked",
    "asks",
    "called",
    "calls",
    "claimed",
    "claims",
    "emailed",
    "emails",
    "explained",
    "explains",
    "mentioned",
    "mentions",
    "messaged",
    "messages",
    "phoned",
    "phones",
    "rang",
    "replied",
    "replies",
    "rings",
    "said",
    "says",
    "tells",
    "texted",
    "texts",
    "told",
    "writes",
    "wrote",
];

/// The same verbs after "will", "would" or "'ll" ("Hope she will call", "Hope she'll
/// say").
const SAY: &[&str] = &[
    "ask", "call", "claim", "email", "explain", "mention", "message", "phone", "reply", "ring",
    "say", "tell", "text", "write",
];

/// The subject pronouns before which a surname from a title that is only a common word
/// opens a sentence as that word ("Well I tried" after "Mr. Well").
const SUBJECTS: &[&str] = &["he", "i", "it", "she", "they", "we", "you"];

/// The words that open a sentence as an aside before its subject ("Well I tried", "Still
/// it fails", "Sure we can"), read as the word there after a title gave them as a surname
/// only.
const ASIDES: &[&str] = &[
    "actually",
    "anyway",
    "besides",
    "honestly",
    "maybe",
    "now",
    "obviously",
    "otherwise",
    "perhaps",
    "so",
    "still",
    "sure",
    "then",
    "well",
];

/// Names that are words a sentence opens with as such: modals that open a question and
/// "hope" that opens a wish, and "clean" that opens an order ("Clean up the mess" after
/// "Mrs. Clean", a brand's word as her surname) ([`Names::reads_as_word`]).
const OPEN_A_SENTENCE_AS_WORDS: &[&str] = &["will", "may", "hope", "might", "can", "clean"];

/// Words after which a name that is a common English word, opening a sentence, is that
/// word ([`Names::reads_as_word`]): pronouns, determiners, "be", "not", "to", and verbs
/// a modal opens a question or a wish with ("Will you", "May I", "Hope to see you",
/// "Will see you then"), and the particles of an order ("Clean up", "Clean out").
const READ_AS_A_WORD_BEFORE: &[&str] = &[
    "a",
    "all",
    "an",
    "be",
    "call",
    "check",
    "come",
    "do",
    "down",
    "everyone",
    "everything",
    "get",
    "give",
    "go",
    "have",
    "he",
    "help",
    "her",
    "his",
    "i",
    "it",
    "let",
    "make",
    "my",
    "not",
    "off",
    "our",
    "out",
    "see",
    "send",
    "she",
    "take",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "u",
    "up",
    "we",
    "ya",
    "you",
    "your",
];

#[cfg(test)]
mod tests;
