//! The words that stand where a name would without being one: a word → whether it is one
//! that follows "my name is" without being the name ("not", "misspelled"), a word of a
//! support chat ("Billing", "Hello"), a service ("Netflix") or the end of a place's or a
//! business's name ("Club", "Venue"). Tells; where they stand is `words.rs`'s to read.

use crate::redact::names::EVERYDAY;

/// Words that follow "my name is" without being the name ("my name is not important",
/// "my name is on the account"), and the chat abbreviations said after a name ("my son
/// is called tom fyi", "… jan lmk": a review found them masked and remembered).
pub(in crate::redact::intro) const NOT_A_NAME: &[&str] = &[
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

/// The chat abbreviations said after a name ("my son is called tom fyi", "… jan lmk": a
/// review found them masked and remembered), in lower case: no word of a name written
/// so; capitalised, each is a name as well ("My name is Imo Udoh", "I am Lol Coxhill":
/// a second review found them shown). Sorted.
pub(in crate::redact::intro) const CHAT_ABBREVIATIONS: &[&str] = &[
    "aka", "asap", "btw", "coz", "cuz", "fyi", "idk", "imo", "lmk", "lol", "nvm", "omg", "pls",
    "plz", "tbh", "thx",
];

/// Whether `word` (any case) is one that stands where a name would after "my name is"
/// but is none ([`NOT_A_NAME`]: "my name is misspelled", "… is on the account"), or a
/// chat abbreviation in lower case ([`CHAT_ABBREVIATIONS`]: "fyi", not "Imo"): the
/// packet summary's introductions read the same lists as redaction's.
pub(crate) fn is_not_a_name(word: &str) -> bool {
    let lower = folded(word);
    NOT_A_NAME.contains(&lower.as_str())
        || (!word.chars().any(char::is_uppercase)
            && CHAT_ABBREVIATIONS.binary_search(&lower.as_str()).is_ok())
}

/// Whether `word` is one of [`EVERYDAY`] (in any case).
pub(in crate::redact::intro) fn everyday(word: &str) -> bool {
    one_of(EVERYDAY, word)
}

/// Things of technology written as two capitalised words ("Thanks, Wi Fi." masked "Wi
/// Fi": a review found it read as a given name and a surname; "Thanks, Air Pods.", "I am
/// Wi Fi" a later one), in lower case, a space between: "Air Pods", "Blu Ray", "Ear
/// Buds", "Hi Fi", "Sat Nav", "Wi Fi". Sorted.
const TECH_PAIRS: &[&str] = &[
    "air pods", "blu ray", "ear buds", "hi fi", "sat nav", "wi fi",
];

/// Whether `words`, the words of a name read after a weak cue or before a sign-off's end,
/// are two and one of [`TECH_PAIRS`] (in any case, a space between them): the whole name
/// only ("Thanks, Wi Fi Smith." is a name). One test for every reading of a weak cue.
pub(in crate::redact::intro) fn is_tech_pair<C>(text: &str, words: &[(usize, usize, C)]) -> bool {
    let [(start, _, _), (_, end, _)] = words else {
        return false;
    };
    one_of(TECH_PAIRS, &text[*start..*end])
}

/// Things named by a capital letter and a word ("D Day here", "X Ray here", "E Coli
/// here": a review found them masked as an initial and a surname), in lower case, a
/// space between. Sorted.
const LETTERED_TERMS: &[&str] = &["d day", "e coli", "h pylori", "t rowe", "x ray"];

/// Whether `phrase`, a capital letter, a space and a word, is one of [`LETTERED_TERMS`]
/// (in any case): no initial and a surname.
pub(in crate::redact::intro) fn is_lettered_term(phrase: &str) -> bool {
    one_of(LETTERED_TERMS, phrase)
}

/// Nouns a letter names one of ("Plan B. Tyler here", "Vitamin C. Tyler here": a review
/// found "Plan" and "B" masked as a given name and an initial), in lower case. A list,
/// not every common word: many given names are words too ("Grant B. Tyler here"). Sorted.
const LETTERED_NOUNS: &[&str] = &[
    "block",
    "building",
    "class",
    "gate",
    "grade",
    "group",
    "hepatitis",
    "level",
    "option",
    "part",
    "phase",
    "plan",
    "platform",
    "room",
    "row",
    "section",
    "terminal",
    "type",
    "vitamin",
    "wing",
    "zone",
];

/// Whether `word` (in any case) is one of [`LETTERED_NOUNS`].
pub(in crate::redact::intro) fn is_lettered_noun(word: &str) -> bool {
    one_of(LETTERED_NOUNS, word)
}

/// Services chats name where a name could stand ("my friend Netflix account", "someone
/// called Comcast", "it's Spotify"): no one's name. Sorted, lower case.
const SERVICES: &[&str] = &[
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
pub(in crate::redact::intro) fn is_service(word: &str) -> bool {
    one_of(SERVICES, word)
}

/// Words that end the name of a place or a business, not a person's: "Cactus Club",
/// "Southside Venue". Not those that are surnames too ("Hall", "Park", "Church"). Sorted.
const PLACE_ENDS: &[&str] = &[
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
pub(crate) fn is_place_end(word: &str) -> bool {
    one_of(PLACE_ENDS, word)
}

/// Whether `phrase`, in any case and with a curly apostrophe for a straight one, is one
/// of `list` (sorted, in lower case): the one lookup of the word lists of `intro/`.
pub(in crate::redact::intro) fn one_of(list: &[&str], phrase: &str) -> bool {
    list.binary_search(&folded(phrase).as_str()).is_ok()
}

/// `word` in lower case, a curly apostrophe made straight ("O’Brien" → "o'brien"): how
/// the word lists of `intro/` are looked up.
pub(in crate::redact::intro) fn folded(word: &str) -> String {
    word.to_lowercase().replace('\u{2019}', "'")
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_services_and_the_ends_of_places_are_sorted_and_lower_case() {
        for list in [
            super::SERVICES,
            super::PLACE_ENDS,
            super::CHAT_ABBREVIATIONS,
            super::TECH_PAIRS,
            super::LETTERED_TERMS,
            super::LETTERED_NOUNS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list.iter().all(|w| *w == w.to_lowercase()), "{list:?}");
        }
    }
}
