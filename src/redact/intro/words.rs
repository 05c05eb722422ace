//! The words of a name after a cue: a text and where a cue ends → the words there that
//! may be a name after it (any word after "my name is", a capitalised one that may be a
//! name after "I'm" or a title, and a surname in lower case after a first name that is
//! none of the words chats put after a name), and what a word is. Tells; the cues are
//! `intro.rs`'s.

use super::Cue;
use super::initials::{Initials, past_initials};
use super::slips::{glued_end, possessive_stem};
use super::title::{is_title_word, past_tense};
use crate::redact::names::{
    EVERYDAY, NOT_SURNAMES, is_common_english, is_name_word, is_only_a_word,
};
use crate::summary::{capitalised, may_be_name};
use crate::text::is_combining_mark;

/// Words that follow "my name is" without being the name ("my name is not important",
/// "my name is on the account").
pub(super) const NOT_A_NAME: &[&str] = &[
    "a",
    "an",
    "the",
    "not",
    "and",
    "or",
    "but",
    "is",
    "was",
    "in",
    "on",
    "at",
    "for",
    "to",
    "of",
    "from",
    "with",
    "my",
    "your",
    "his",
    "her",
    "here",
    "there",
    "this",
    "that",
    "it",
    "so",
    "just",
    "also",
    "really",
    "very",
    "i",
    "im",
    "please",
    "thanks",
    "thank",
    "you",
    "under",
    "spelled",
    "spelt",
    "misspelled",
    "mispelled",
    "misspelt",
    "mispelt",
    "incorrect",
    "missing",
    "showing",
    "shown",
    "changed",
    "different",
    "listed",
    "still",
    "already",
    "written",
    "wrong",
    "correct",
    "nevermind",
    "whatever",
    "anyway",
    "anyways",
];

/// Whether `word` (any case) is one that stands where a name would after "my name is"
/// but is none ([`NOT_A_NAME`]: "my name is misspelled", "… is on the account"): the
/// packet summary's introductions read the same list as redaction's.
pub(crate) fn is_not_a_name(word: &str) -> bool {
    NOT_A_NAME.contains(&word.to_lowercase().as_str())
}

/// The word after `text[..end]` and a single space ("white" after "Brian" in "Brian
/// white"), where a surname would be.
pub(in crate::redact) fn word_after(text: &str, end: usize) -> Option<(usize, usize)> {
    let rest = text[end..].strip_prefix(' ')?;
    if rest.starts_with(' ') {
        return None;
    }
    word_at(text, end + 1)
}

/// Whether `word` is one of [`EVERYDAY`] (in any case).
pub(super) fn everyday(word: &str) -> bool {
    EVERYDAY
        .binary_search(&word.to_lowercase().as_str())
        .is_ok()
}

/// Whether a word given in lower case after a name may be its surname by what word it
/// is: no common English word ("ren", "doe"), or a name that is also one ("white",
/// "brown"); not "weather" in "It's Chicago weather".
pub(super) fn rare_or_name(word: &str) -> bool {
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    !is_common_english(&lower) || is_name_word(&lower)
}

/// Services chats name where a name could stand ("my friend Netflix account", "someone
/// called Comcast", "it's Spotify"): no one's name. Sorted, lower case.
pub(super) const SERVICES: &[&str] = &[
    "airbnb",
    "amazon",
    "comcast",
    "doordash",
    "dropbox",
    "ebay",
    "etsy",
    "facebook",
    "gmail",
    "google",
    "grubhub",
    "hulu",
    "icloud",
    "instagram",
    "lyft",
    "netflix",
    "paypal",
    "playstation",
    "skype",
    "snapchat",
    "spotify",
    "tiktok",
    "twitter",
    "uber",
    "venmo",
    "verizon",
    "whatsapp",
    "xbox",
    "youtube",
];

/// Whether `word` (in any case) stands where a name would without being one: a word of
/// a support chat ([`EVERYDAY`]: "Billing", "Refund", "Yes", "Hello") or a service
/// ([`SERVICES`]: "Netflix"). Redaction reads the two lists apart; the packet summary
/// reads them together, for a one-word reply to the bot's question for the customer's
/// name.
pub(crate) fn stands_for_no_name(word: &str) -> bool {
    everyday(word) || is_service(word)
}

/// Whether `word` (in any case) is one of [`SERVICES`].
pub(super) fn is_service(word: &str) -> bool {
    SERVICES
        .binary_search(&word.to_lowercase().as_str())
        .is_ok()
}

/// Words that end the name of a place or a business, not a person's: "Cactus Club",
/// "Southside Venue". Not those that are surnames too ("Hall", "Park", "Church"). Sorted.
pub(super) const PLACE_ENDS: &[&str] = &[
    "bar",
    "bistro",
    "cafe",
    "café",
    "cinema",
    "club",
    "diner",
    "grill",
    "gym",
    "hotel",
    "inc",
    "inn",
    "llc",
    "lounge",
    "ltd",
    "motel",
    "museum",
    "pizzeria",
    "pub",
    "restaurant",
    "salon",
    "stadium",
    "theater",
    "theatre",
    "venue",
];

/// Whether `word` (in any case) is one of [`PLACE_ENDS`]: after another word, it ends a
/// place's or a business's name ("Cactus Club").
pub(super) fn is_place_end(word: &str) -> bool {
    PLACE_ENDS
        .binary_search(&word.to_lowercase().as_str())
        .is_ok()
}

/// The words of a name starting at `at`, if they can be one after `cue`, into `out`; two
/// words the second of which ends a place's or a business's name are none ("Name: Cactus
/// Club", "It's Southside Venue"), but after "my name is" ([`said_name_after`]).
pub(super) fn name_after(text: &str, at: usize, cue: Cue, out: &mut Vec<(usize, usize, Cue)>) {
    let from = out.len();
    said_name_after(text, at, cue, out);
    if let [_, (start, end, _)] = out[from..]
        && is_place_end(&text[start..end])
    {
        out.truncate(from);
    }
}

/// The words of a name starting at `at`, if they can be one after `cue`, into `out`,
/// whatever place's name they could be: after "my name is", what follows is the name.
pub(super) fn said_name_after(text: &str, at: usize, cue: Cue, out: &mut Vec<(usize, usize, Cue)>) {
    let mut at = at;
    // "This is Judge Smith", "I'm Gen Z", "Thanks, Captain Smith": a title that is a word
    // too, capitalised or in capitals, is no word of a name; what follows it is the
    // title's to read (`title.rs`, which the same text goes through: "Judge [name]",
    // "Gen Z" no one).
    if cue != Cue::Title
        && let Some((s, e)) = word_at(text, at)
        && !text[s..e].starts_with(char::is_lowercase)
        && super::is_word_title(&text[s..e].to_lowercase())
    {
        return;
    }
    // "my name is Dr. Jane Smith", "Name: mrs jones": a title is no word of the name,
    // which follows it.
    if let Some((_, end)) = word_at(text, at).filter(|&(s, e)| is_title_word(&text[s..e])) {
        let rest = &text[end..];
        let dot = usize::from(rest.starts_with('.'));
        let spaces = rest[dot..].len() - rest[dot..].trim_start_matches([' ', '\t']).len();
        at = end + dot + spaces;
    }
    // "Dr J Smith", "Mr. A. Smith", "Dr.J.Smith": the surname after initials; after a
    // weak cue, initials with their full stop only, before a word that is no common one
    // ("I am J. Smith", not "I am A Student" nor "this is A. Good thing").
    let (mut at, initialled) = if cue == Cue::Weak {
        let past = past_initials(text, at, Initials::Dotted);
        (past, past > at)
    } else {
        (past_initials(text, at, Initials::Title), false)
    };
    for n in 0..2 {
        let Some((start, end)) = word_at(text, at) else {
            return;
        };
        // After a title, a possessive is its stem's ("Dr Smith's nurse"): the stem is the
        // name, its "'s" stays, and no second word follows. Not after another cue: "Name:
        // Luigi's Bistro" is a business's.
        let possessive = possessive_stem(&text[start..end]).filter(|_| cue == Cue::Title);
        let word = possessive.unwrap_or(&text[start..end]);
        let end = start + word.len();
        let not_a_name = is_not_a_name(word) || is_service(word);
        let accepted = !not_a_name
            && match cue {
                // "my name is Jane doe", "I'm Brian white, account 123", "my name is
                // jane doe"; not "my name is Tyler need help", "I'm Jane and i need help".
                Cue::Named if n == 1 && !capitalised(word) => {
                    surname_in_lower_case(word, &text[end..])
                }
                // "I'm Brian white", not "I'm Ben weather is bad": after a weak cue, no
                // common word but a name; so after a title ("Dr. Alexis smith").
                Cue::Weak | Cue::Title if n == 1 && !capitalised(word) => {
                    surname_in_lower_case(word, &text[end..]) && rare_or_name(word)
                }
                Cue::Named => word.chars().filter(|c| c.is_alphabetic()).count() >= 2,
                // Not a word that a reply or a greeting puts where a name would go ("It's
                // me, Again", "I'm Stuck"), nor, to start a name after a weak cue, a
                // plural of a thing ("Names Dates and Emails are on file", "this is Sales";
                // after a title it may be a surname: "Dr. Sims").
                Cue::Title | Cue::Weak | Cue::Part => {
                    capitalised(word)
                        && may_be_name(word)
                        && !everyday(word)
                        && !(cue == Cue::Weak && n == 0 && plural_of_a_word(word))
                }
            };
        if !accepted || (initialled && n == 0 && is_only_a_word(&word.to_lowercase())) {
            return;
        }
        out.push((start, end, cue));
        // The next word only after a single space, past what a slip of punctuation glued
        // to this one ("my name is Al;exis Jo;nes").
        let end = glued_end(text, end);
        if possessive.is_none() && text[end..].starts_with(' ') && !text[end + 1..].starts_with(' ')
        {
            at = end + 1;
        } else {
            return;
        }
    }
}

/// Whether `word` is the plural of a common English word, and neither it nor its
/// singular a name that is also a word ("Dates", "Emails", "Addresses", "Policies",
/// "Sales"; not "Banks", "Miles", "Marks" or "Hills", nor "Wes" of "we" or "Ines" of
/// "in"): a weak cue's word that says what, not who.
fn plural_of_a_word(word: &str) -> bool {
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    let Some(one) = lower.strip_suffix('s') else {
        return false;
    };
    // "dates" → "date", "addresses" → "address", "policies" → "policy"; a singular of
    // three letters at least.
    let sibilant = |stem: &str| {
        ["s", "x", "z", "ch", "sh"]
            .iter()
            .any(|s| stem.ends_with(s))
    };
    let singulars: Vec<String> = [
        Some(one.to_owned()),
        one.strip_suffix('e')
            .filter(|stem| sibilant(stem))
            .map(str::to_owned),
        lower.strip_suffix("ies").map(|stem| format!("{stem}y")),
    ]
    .into_iter()
    .flatten()
    .filter(|one| one.chars().count() >= 3)
    .collect();
    !is_name_word(&lower)
        && !singulars.iter().any(|one| is_name_word(one))
        && (is_common_english(&lower) || singulars.iter().any(|one| is_common_english(one)))
}

/// Whether `word`, written in lower case after a name's first word, is its surname
/// ("Jane doe", "Brian white"): a word of two letters or more that is none of the words
/// chats put after a name ([`NOT_SURNAMES`]: "I'm Jane and i need help", "it's Mark
/// again", "I'm Ben reserve my flight"), no adverb or verb in "-ly" or "-ing" ("Susan
/// wondering if …", "John calling to follow up"), no contraction ("don't"), and not a
/// verb before its object (`after`, what follows it: "Alexis book me a ride").
pub(super) fn surname_in_lower_case(word: &str, after: &str) -> bool {
    /// Words that open what a verb takes: a word before one is no surname.
    const OBJECTS: &[&str] = &[
        "a", "about", "an", "any", "at", "for", "her", "him", "his", "if", "into", "it", "me",
        "my", "of", "on", "our", "some", "that", "the", "their", "them", "these", "this", "those",
        "to", "up", "us", "with", "you", "your",
    ];
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    let contraction = lower
        .rsplit_once('\'')
        .is_some_and(|(_, tail)| matches!(tail, "t" | "s" | "m" | "d" | "ll" | "re" | "ve"));
    let object = after.strip_prefix(' ').is_some_and(|after| {
        word_at(after, 0)
            .is_some_and(|(s, e)| OBJECTS.contains(&after[s..e].to_lowercase().as_str()))
    });
    lower.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !follows_names(&lower)
        && !said_what_someone_did(&lower)
        && !NOT_A_NAME.contains(&lower.as_str())
        && !everyday(&lower)
        && !contraction
        && !object
}

/// Past tenses the common English words lack, none a name ("Fr. Ted rang", "Jane
/// swore"). Sorted.
const PAST_TENSES: &[&str] = &[
    "arose", "awoke", "bled", "clung", "crept", "dreamt", "flung", "forbade", "forgave", "froze",
    "knelt", "leapt", "rang", "sank", "shone", "shrank", "slid", "slung", "spat", "sped", "sprang",
    "spun", "stank", "strode", "stung", "swam", "swore", "swung", "trod", "wept",
];

/// Whether `lower` (a word in lower case) says what someone did: one of [`PAST_TENSES`],
/// or a common English verb with "-ed" ("phoned"): after a name, no surname ("Dr. Ted
/// rang", "Jane phoned").
fn said_what_someone_did(lower: &str) -> bool {
    PAST_TENSES.binary_search(&lower).is_ok() || (lower.ends_with("ed") && past_tense(lower))
}

/// Whether `lower` (a word in lower case) is one that chats put after a name, or where
/// one would go, without naming anyone: one of [`NOT_SURNAMES`], or an adverb or verb in
/// "-ly" or "-ing" ("really", "calling").
pub(super) fn follows_names(lower: &str) -> bool {
    let suffixed = |suffix: &str| lower.chars().count() >= 6 && lower.ends_with(suffix);
    NOT_SURNAMES.binary_search(&lower).is_ok() || suffixed("ing") || suffixed("ly")
}

/// The word starting at `at`: letters, their combining marks and inner apostrophes or
/// hyphens ("O'Brien", "Smith-Jones").
pub(super) fn word_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    let first = rest.chars().next()?;
    if !first.is_alphabetic() {
        return None;
    }
    let mut end = at;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '\'' | '\u{2019}' | '-')
            && chars.peek().is_some_and(|&(_, next)| next.is_alphabetic());
        if !(c.is_alphabetic() || is_combining_mark(c) || inner) {
            break;
        }
        end = at + i + c.len_utf8();
    }
    Some((at, end))
}
