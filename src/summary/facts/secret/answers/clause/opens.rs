//! Words a reply opens with that are no answer, read where a reply to a password's or a
//! secret word's question types one word before it goes on ("Sunshine I want a human"
//! gives the answer, "Honestly I don't know" none), and the words a reply says alone as
//! a sentence before its answer ("Look. It's Rex"): a word → whether it is one. Lists
//! of other modules read, none of its own but the few hedges they lack.

use super::super::hold_on::holds_on;
use super::CLAUSE_MARKS;
use crate::summary::facts::{is_opening_verb, may_be_name};
use crate::summary::goal::addresses;
use crate::text::english::is_common_english;

/// Hedges, links and oaths a reply opens with that no other list holds ("Frankly I want
/// a human", "Plus I forgot", "Besides I want a human", "Damn I want a human", "Shoot I
/// want a human", "Madam I want a human"), and a time or a notice said first
/// ("Weekend", "Update"); "Honestly", "Anyway", "Actually" are in the lists
/// [`opens_a_sentence`] reads, an interjection or chat slang ("Sigh", "Lmao", "Tbh") is
/// no answer at all (`nothing::says_nothing`), the bot addressed ("Robot", "Pal") is
/// `goal::addresses`', and an adverb of "-ly" is told by its stem ([`is_adverb_of`]).
/// Sorted.
const HEDGES: &[&str] = &[
    "alas",
    "anyhow",
    "argh",
    "asap",
    "attention",
    "basically",
    "besides",
    "bloody",
    "christ",
    "crap",
    "crikey",
    "dammit",
    "damn",
    "dang",
    "darn",
    "excuse",
    "frankly",
    "fuck",
    "furthermore",
    "fyi",
    "gee",
    "geez",
    "genuinely",
    "god",
    "golly",
    "goodness",
    "gosh",
    "heavens",
    "heck",
    "hell",
    "holy",
    "however",
    "jeez",
    "jesus",
    "literally",
    "lord",
    "ma'am",
    "maam",
    "madam",
    "man",
    "meanwhile",
    "moreover",
    "note",
    "otherwise",
    "personally",
    "phew",
    "plus",
    "respectfully",
    "screw",
    "seriously",
    "shit",
    "shoot",
    "shucks",
    "sir",
    "therefore",
    "truly",
    "update",
    "weekend",
    "whew",
    "wow",
    "yikes",
];

/// Adjectives of "-ly" made of a common noun ("heavenly" of "heaven", "lovely" of
/// "love"), which [`is_adverb_of`] would take for adverbs: a password may be one
/// ("Heavenly I want a human", a review found it shown). Sorted.
const NOT_ADVERBS: &[&str] = &[
    "beastly",
    "bodily",
    "brotherly",
    "chilly",
    "costly",
    "cowardly",
    "curly",
    "daily",
    "deadly",
    "early",
    "earthly",
    "elderly",
    "fatherly",
    "friendly",
    "ghostly",
    "godly",
    "heavenly",
    "hilly",
    "homely",
    "kingly",
    "leisurely",
    "lively",
    "lonely",
    "lordly",
    "lovely",
    "manly",
    "motherly",
    "orderly",
    "princely",
    "queenly",
    "saintly",
    "scholarly",
    "shapely",
    "sickly",
    "sisterly",
    "smelly",
    "sparkly",
    "stately",
    "timely",
    "womanly",
    "worldly",
];

/// Whether `lower` (a word in lower case) is an adverb of "-ly" made of a common English
/// word ("sadly" of "sad", "finally" of "final", "luckily" of "lucky"): a sentence opens
/// with it ("Sadly I want a human"); "family", "butterfly", "holly" are none, nor an
/// adjective made of a noun ([`NOT_ADVERBS`]: "heavenly", "sparkly", "lovely").
fn is_adverb_of(lower: &str) -> bool {
    let Some(stem) = lower.strip_suffix("ly") else {
        return false;
    };
    let of_y = stem.strip_suffix('i').map(|s| format!("{s}y"));
    stem.len() >= 3
        && (is_common_english(stem) || of_y.is_some_and(|s| is_common_english(&s)))
        && NOT_ADVERBS.binary_search(&lower).is_err()
}

/// Words a customer says alone as a sentence before going on, to call for attention or
/// to turn to what they say next ("Look. It's huge", "Listen, I want a human", "See, it
/// is Rex"), beside the lead-ins ([`LEAD_IN`](super::LEAD_IN): "Well.", "Okay.",
/// "Hmm."): no answer, and the answer, if any, is in the next clause.
const DISCOURSE: &[&str] = &["look", "listen", "see", "anyway", "anyways"];

/// Words a customer says alone as a sentence, giving in, sighing or reacting, before
/// the answer ("Fine. Sunshine.", "Sigh. Sunshine.", "Got it. Sunshine.", "Honestly.
/// Sunshine."): no answer, when a short answer follows ([`reacts_alone`]).
const REACTIONS: &[&str] = &[
    "fine",
    "ugh",
    "seriously",
    "geez",
    "jeez",
    "wow",
    "really",
    "sigh",
    "honestly",
    "sorry",
    "thanks",
    "got",
    "it",
    "hold",
    "on",
    "one",
    "sec",
    "up",
    "here",
    "then",
    "whoa",
];

/// Whether `words` (a clause's, in lower case) are a reaction said alone, of a word or
/// two ([`REACTIONS`], lead-ins and [`DISCOURSE`] words beside them: "Ok fine", "Listen
/// up", "Alright then"), and `next`, the text after the clause, opens with a short
/// clause, the answer (a word to three up to a mark or the end: "Sunshine" of "Fine.
/// Sunshine. I want a human"; not "Fine. I want a human").
pub(in super::super) fn reacts_alone(words: &[String], next: &str) -> bool {
    let cut = next.find(CLAUSE_MARKS).unwrap_or(next.len());
    let short = (1..=super::WHOLE_ANSWER_WORDS).contains(&next[..cut].split_whitespace().count());
    short
        && words.len() <= 2
        && words.iter().any(|w| REACTIONS.contains(&w.as_str()))
        && (words.iter()).all(|w| {
            REACTIONS.contains(&w.as_str())
                || is_discourse_word(w)
                || super::LEAD_IN.contains(&w.as_str())
        })
}

/// Whether `lower` (a word in lower case, its marks left off) is one a customer says
/// alone as a sentence before going on ([`DISCOURSE`]: "Look.", "Listen,").
pub(in super::super) fn is_discourse_word(lower: &str) -> bool {
    DISCOURSE.contains(&lower)
}

/// Whether `word` (as written, in any case) opens a sentence without being a word the
/// customer chose, so that a reply that types it first and goes on ("Honestly I don't
/// know", "Please I want a human", "Today I want a human") gives no answer: a pronoun or
/// a function word, a courtesy or a weekday (no name's first word: `names::may_be_name`
/// of it capitalised, "He", "Please", "Sorry", "Monday"), an adverb or a verb a sentence
/// opens with (`names::is_opening_verb`: "Actually", "Hopefully", "Call"), a word that
/// puts the question off (`hold_on::holds_on`: "Wait", "Still", "Lemme"), one said alone
/// before going on ([`DISCOURSE`]), a hedge ([`HEDGES`]) or the bot addressed
/// (`goal::addresses`: "Robot", "Pal"). The greetings, fillers and
/// words that say no answer are `may_be_a_chosen_word`'s.
pub(in super::super) fn opens_a_sentence(word: &str) -> bool {
    let lower = word.to_lowercase().replace('’', "'");
    let mut capitalised: String = lower.chars().take(1).flat_map(char::to_uppercase).collect();
    capitalised.extend(lower.chars().skip(1));
    !may_be_name(&capitalised)
        || is_opening_verb(&lower)
        || holds_on(&lower)
        || is_discourse_word(&lower)
        || HEDGES.binary_search(&lower.as_str()).is_ok()
        || addresses(&lower)
        || is_adverb_of(&lower)
}

/// Whether `word` (as written) is a laugh, a smiley or a dash typed after an answer:
/// "lol", "haha", ":)", "🙂", "-".
pub(in super::super) fn is_chat_tail(word: &str) -> bool {
    let lower = word.to_lowercase();
    matches!(
        lower.as_str(),
        "lol" | "lmao" | "haha" | "hahaha" | "hehe" | "xd" | "jk" | "pls" | "plz"
    ) || !word.chars().any(char::is_alphanumeric)
}

#[cfg(test)]
mod tests {
    use super::{HEDGES, NOT_ADVERBS, is_discourse_word, opens_a_sentence};

    #[test]
    fn the_hedges_are_sorted_and_lower_case() {
        for list in [HEDGES, NOT_ADVERBS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]));
            assert!(list.iter().all(|w| *w == w.to_lowercase()));
        }
    }

    #[test]
    fn a_word_a_sentence_opens_with_is_none_a_customer_chose() {
        for word in [
            "He",
            "they",
            "Please",
            "Sorry",
            "Monday",
            "Actually",
            "Frankly",
            "basically",
            "Hopefully",
            "Wait",
            "Still",
            "Look",
            "Listen",
            "Anyway",
            "What",
            "There",
            "Sadly",
            "Finally",
            "Luckily",
            "Kindly",
            "Damn",
            "Plus",
            "Madam",
            // Session 52's second review: masked as a password typed first.
            "Robot",
            "computer",
            "Pal",
            "Boss",
            "Chief",
            "Champ",
            "Folks",
            "Besides",
            "Shoot",
            "Bloody",
            "Lord",
            "Screw",
            "Update",
            "Weekend",
        ] {
            assert!(opens_a_sentence(word), "{word}");
        }
        for word in [
            "Sunshine",
            "sunshine",
            "Tiger123",
            "Dragon",
            "Pepper",
            "Lowenthal",
            "Family",
            "Butterfly",
            "Holly",
            // Adjectives of "-ly", no adverbs (a review found "Heavenly" shown).
            "Heavenly",
            "Sparkly",
            "Lovely",
            "Friendly",
        ] {
            assert!(!opens_a_sentence(word), "{word}");
        }
    }

    #[test]
    fn a_discourse_word_is_lower_case_and_no_lead_in() {
        assert!(is_discourse_word("look") && is_discourse_word("listen"));
        assert!(!is_discourse_word("Look") && !is_discourse_word("rex"));
    }
}
