//! Name facts: a message → the runs of capitalised words in it that are not just a
//! sentence's first word (product, company, place and person names), with their byte
//! offsets. Patterns only: no dictionary of names, a list of common words that are no
//! name when alone, and of pet names ("Honey", "Buddy") that name nobody.

use crate::redact::{is_common_english, is_name_word};

/// Words that start with a capital letter mid-sentence without naming anything.
const NOT_NAMES: &[&str] = &[
    "I",
    "I'm",
    "I've",
    "I'd",
    "I'll",
    "Im",
    "Ive",
    "OK",
    "Ok",
    "Okay",
    "Hi",
    "Hello",
    "Hey",
    "Thanks",
    "Thank",
    "Yes",
    "No",
    "Please",
    "Sorry",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "AM",
    "PM",
    "The",
    "A",
    "An",
];

/// Words that often start a sentence (or a sentence without a full stop before it)
/// capitalised, without being a name.
const STARTERS: &[&str] = &[
    "My", "We", "It", "It's", "This", "That", "What", "When", "Where", "How", "Why", "Who", "Can",
    "Could", "Would", "Will", "Do", "Does", "Did", "Is", "Are", "Was", "Our", "Your", "If", "So",
    "But", "And", "Just", "Also", "Then", "There", "They", "You", "He", "She", "Not", "Now",
    "Great", "Good", "Sure", "Maybe", "Well", "Oh", "Wait", "Let", "Me", "Am", "Has", "Have",
    "Had", "That's", "What's", "Pm", "Should", "Shall", "May", "Might", "Must", "Any", "All",
    "One", "Its", "At", "In", "On", "To", "For", "From", "With", "By", "Near", "Of",
];

/// Points of the compass: a name of these words alone is a direction or a part of town
/// ("the North part of town", "on the South or West side", "North-East"), not a person
/// or a place; with another word they name one ("North Carolina", "West Bay Venue").
const COMPASS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "northern",
    "southern",
    "eastern",
    "western",
];

/// Pet names a customer calls the assistant in a role-play or in passing ("Thanks,
/// Honey", "Listen Buddy", "Cheers Mate"): no person's name when alone or after a word
/// that opens a sentence; with a name they may be one ("Buddy Holly", "Mark Love").
const PET_NAMES: &[&str] = &[
    "babe",
    "baby",
    "bro",
    "bud",
    "buddy",
    "champ",
    "cutie",
    "darlin",
    "darling",
    "dear",
    "dearie",
    "deary",
    "doll",
    "dude",
    "hon",
    "honey",
    "hun",
    "kiddo",
    "love",
    "lovey",
    "luv",
    "mate",
    "pal",
    "petal",
    "poppet",
    "pumpkin",
    "sis",
    "sonny",
    "sugar",
    "sunshine",
    "sweetheart",
    "sweetie",
    "sweety",
];

/// Whether `word` is a pet name ([`PET_NAMES`]), in any case.
pub(in crate::summary) fn is_pet_name(word: &str) -> bool {
    PET_NAMES.iter().any(|p| word.eq_ignore_ascii_case(p))
}

/// Runs of capitalised words that are not just a sentence's first word: product,
/// company, place and person names ("Google Sheets", "Salesforce", "Tyler Jones", "Dr.
/// Johnson"). Byte offset and text of each.
pub(super) fn names(text: &str) -> Vec<(usize, &str)> {
    // An ellipsis ends a sentence as a full stop does; same length, so offsets hold.
    let spaced = text.replace("...", ". .");
    let mut out = Vec::new();
    let mut sentence_start = true;
    // The sentence's first word, or a title ("Dr."), when it may be the start of a name.
    let mut opener: Option<(usize, usize)> = None;
    let mut run: Option<(usize, usize)> = None;
    let mut offset = 0;
    // Punctuation that ends a name ends a piece even without a space after it:
    // "Hurry;Assistant:" is two words.
    let pieces = spaced
        .split_inclusive(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')'));
    for piece in pieces {
        let start = offset;
        offset += piece.len();
        let word = piece.trim_end();
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lead = word.len()
            - word
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let (b_start, b_end) = (start + lead, start + lead + bare.len());
        // "Assistant:" (a transcript pasted into a message) is a speaker, and what follows
        // it a new sentence.
        if word.ends_with(':') && is_speaker(bare) {
            if let Some(span) = run.take() {
                push(&mut out, text, span);
            }
            opener = None;
            sentence_start = true;
            continue;
        }
        let title = super::super::sentences::is_title(bare);
        let capitalised = capitalised(bare) && may_be_name(bare);
        if capitalised && !sentence_start {
            let begin = run.map_or_else(|| opener.map_or(b_start, |(s, _)| s), |(s, _)| s);
            run = Some((begin, b_end));
        } else if let Some(span) = run.take() {
            push(&mut out, text, span);
        }
        opener = ((capitalised && sentence_start) || title).then_some((b_start, b_end));
        if !bare.is_empty() && word.ends_with([',', ';', ':', ')', '"']) {
            if let Some(span) = run.take() {
                push(&mut out, text, span);
            }
            opener = None;
        }
        // A title's full stop does not end the sentence; a word's, or a line break, does.
        // A run of spaces, or a dash, leaves things as they were.
        if title {
            sentence_start = false;
        } else if !bare.is_empty() {
            sentence_start = word.ends_with(['.', '!', '?']) || piece.contains('\n');
        } else {
            sentence_start |= word.ends_with(['.', '!', '?']) || piece.contains('\n');
        }
    }
    if let Some(span) = run {
        push(&mut out, text, span);
    }
    out
}

/// Adds the name at `span` of `text` to `out`, unless it is a single everyday word
/// capitalised for emphasis or as a heading ("Hurry", "Flight", "University", "Center"):
/// a common English word that is not also a name ("Mark", "Brown" stay); or points of
/// the compass alone ([`COMPASS`]).
fn push<'a>(out: &mut Vec<(usize, &'a str)>, text: &'a str, (s, e): (usize, usize)) {
    let name = &text[s..e];
    if is_direction(name) || is_pet_name_alone(name) {
        return;
    }
    if !name.contains(char::is_whitespace) {
        let lower = name.to_lowercase().replace('\u{2019}', "'");
        let base = lower.strip_suffix("'s").unwrap_or(&lower);
        if is_common_english(base) && !is_name_word(base) {
            return;
        }
    }
    out.push((s, name));
}

/// Whether `name` is a pet name, alone or with pet names and everyday words that are
/// no names ("Honey", "Listen Buddy", "Sweetie Pie"): not "Buddy Holly" nor "Mark Love",
/// where another word is a name.
fn is_pet_name_alone(name: &str) -> bool {
    let mut pet = false;
    let everyday = name.split_whitespace().all(|w| {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if is_pet_name(w) {
            pet = true;
            return true;
        }
        let lower = w.to_lowercase();
        is_common_english(&lower) && !is_name_word(&lower)
    });
    pet && everyday
}

/// Whether every word of `name` is a point of the compass ("North", "South East",
/// "North-West", "West's"): a direction, not a name.
fn is_direction(name: &str) -> bool {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .all(|w| {
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("\u{2019}s"))
                .unwrap_or(w);
            COMPASS.iter().any(|c| w.eq_ignore_ascii_case(c))
        })
}

/// Who speaks in a transcript pasted into a message ("Assistant: …"), in any case.
fn is_speaker(word: &str) -> bool {
    const SPEAKERS: &[&str] = &[
        "agent",
        "ai",
        "assistant",
        "bot",
        "client",
        "customer",
        "human",
        "me",
        "operator",
        "rep",
        "support",
        "system",
        "user",
        "visitor",
        "you",
    ];
    SPEAKERS.iter().any(|s| word.eq_ignore_ascii_case(s))
}

/// An upper-case letter, then at least one lower-case one: "Ben", "Mcdonald", not "BEN".
pub(crate) fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// Whether a capitalised `word` may be (part of) a name: not a title, a word that opens
/// sentences ("Maybe", "Thanks"), a weekday or a contraction.
pub(crate) fn may_be_name(word: &str) -> bool {
    !word.contains('.')
        && !super::super::sentences::is_title(word)
        && !NOT_NAMES.contains(&word)
        && !STARTERS.contains(&word)
        && !is_contraction(word)
}

/// "Can't", "It'll", "They're", "Let's": a word and a verb, never a name (unlike
/// "O'Brien" or "Macy's").
fn is_contraction(word: &str) -> bool {
    let Some((base, suffix)) = word.rsplit_once(['\'', '\u{2019}']) else {
        return false;
    };
    matches!(suffix, "t" | "ll" | "re" | "ve" | "d" | "m")
        || suffix == "s"
            && [
                "It", "That", "There", "Here", "Let", "What", "Who", "Where", "How", "He", "She",
                "When", "Why",
            ]
            .contains(&base)
}
