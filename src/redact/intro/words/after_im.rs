//! What a capitalised word right after "I'm" or "I am" is when it is no name: a text and
//! the word's span → whether the customer says how they are or what they are ("I'm
//! Happy with it", "I am Premium member", "I'm Gold member": [`is_state_after_im`]), and
//! whether a modal verb that is a given name too ends its clause there, as only a name
//! would ("I'm Will and I want a human": [`is_modal_name_ending_a_clause`]). Tells; the
//! cue is `intro.rs`'s, the other words a name may not start with `words.rs`'s.

use super::past_second::in_capitals;
use super::word_after;
use crate::redact::intro::is_given_name;
use crate::redact::names::is_name_word;
use crate::text::capitalised;

/// How a customer is or what they are, in lower case, after "I'm" or "I am" ("I'm Happy
/// with it", "I am Premium member", "I'm Frustrated"): capitalised there, no name. A
/// list, not every common English word that is no known name: the names that are words
/// too are not all known (`names/everyday.rs`, `text/english.rs` hold no "crystal",
/// "pearl", "autumn", "patience"), and "I'm Crystal." would be shown. None of them is a
/// given name or a name that is a word too (a test holds it: "Hope", "Grace", "Joy",
/// "Frank", "Young", "Free" stay names), so a word of a name after a given name is
/// never read here ("I'm Tom Brown"). Sorted.
const STATES: &[&str] = &[
    "able",
    "afraid",
    "alone",
    "angry",
    "annoyed",
    "anxious",
    "appalled",
    "available",
    "awake",
    "aware",
    "away",
    "back",
    "basic",
    "blocked",
    "bored",
    "busy",
    "calling",
    "calm",
    "certain",
    "charged",
    "concerned",
    "confident",
    "confused",
    "curious",
    "delighted",
    "desperate",
    "devastated",
    "disappointed",
    "disgusted",
    "displeased",
    "dissatisfied",
    "done",
    "eager",
    "eligible",
    "elite",
    "embarrassed",
    "enrolled",
    "excited",
    "exhausted",
    "existing",
    "fine",
    "finished",
    "former",
    "frustrated",
    "fuming",
    "furious",
    "glad",
    "grateful",
    "gutted",
    "happy",
    "helpless",
    "honest",
    "hungry",
    "ill",
    "impatient",
    "impressed",
    "interested",
    "irritated",
    "late",
    "livid",
    "locked",
    "looking",
    "lost",
    "loyal",
    "mad",
    "married",
    "nervous",
    "outraged",
    "overcharged",
    "patient",
    "platinum",
    "pleased",
    "premier",
    "premium",
    "prime",
    "puzzled",
    "ready",
    "registered",
    "regular",
    "relieved",
    "retired",
    "returning",
    "sad",
    "satisfied",
    "scared",
    "serious",
    "shocked",
    "sick",
    "standard",
    "stressed",
    "subscribed",
    "surprised",
    "thankful",
    "tired",
    "trying",
    "unable",
    "unhappy",
    "unimpressed",
    "unsatisfied",
    "unsure",
    "upset",
    "verified",
    "vip",
    "waiting",
    "willing",
    "worried",
    "writing",
    "wrong",
];

/// Tiers of a loyalty scheme that are names too ("Gold", "Silver", "Diamond"), in lower
/// case: a status only before a word that says so ([`TIER_NOUNS`]: "I'm Gold member",
/// not "I'm Gold."). Sorted.
const TIERS: &[&str] = &["bronze", "diamond", "gold", "plus", "silver"];

/// The words after a tier that make it one ("member", "tier", "status"), in lower case.
/// Sorted.
const TIER_NOUNS: &[&str] = &[
    "card",
    "cardholder",
    "client",
    "customer",
    "level",
    "member",
    "plan",
    "status",
    "subscriber",
    "tier",
];

/// The modal verbs that are given names too ("Will", "May"), in lower case.
pub(in crate::redact::intro) const MODAL_NAMES: &[&str] = &["may", "will"];

/// Words that open another clause after a name ends one ("my doctor is Will and he is
/// nice", "I'm Will and I want a human"); in lower case, as written. Sorted.
const JOINS_A_CLAUSE: &[&str] = &[
    "although", "and", "because", "but", "he", "or", "she", "so", "though", "who",
];

/// Whether the text before `start` ends with "I'm", "I’m", "Im" or "I am" (any case) and
/// the spaces after it, the cue a word at the start of a word. Reads back from `start`
/// only: each word a cue takes is asked once, in time of the cue's length.
pub(in crate::redact::intro) fn after_im(text: &str, start: usize) -> bool {
    after_one_of(text, start, &["i'm", "i\u{2019}m", "im", "i am"])
}

/// Whether the text before `start` ends with one of `cues` (in lower case, matched in
/// any case) and the spaces after it, the cue a word at the start of a word.
fn after_one_of(text: &str, start: usize, cues: &[&str]) -> bool {
    let before = text[..start].trim_end_matches([' ', '\t']);
    cues.iter().any(|cue| {
        before.len() >= cue.len()
            && before.is_char_boundary(before.len() - cue.len())
            && before[before.len() - cue.len()..].eq_ignore_ascii_case(cue)
            && !before[..before.len() - cue.len()]
                .ends_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '\u{2019}')
    })
}

/// Whether the capitalised `text[start..end]`, right after "I'm" or "I am", says how or
/// what the customer is ([`STATES`]: "I'm Happy with it", "I am Premium member"; a
/// tier before a word for one, [`TIERS`]: "I'm Gold member"), not who.
pub(in crate::redact::intro) fn is_state_after_im(text: &str, start: usize, end: usize) -> bool {
    let lower = text[start..end].to_lowercase();
    let tier = || is_tier_before_its_noun(text, start, end);
    // A participle's shape before a capitalised word may be a given name no list holds
    // before its surname ("I'm Winfred Smith"): the name, as the summary reads it too.
    let before_a_surname = || word_after(text, end).is_some_and(|(s, e)| capitalised(&text[s..e]));
    let state = STATES.binary_search(&lower.as_str()).is_ok()
        || (participle_shaped(&lower) && !before_a_surname());
    (state || tier()) && after_im(text, start)
}

/// Whether `text[start..end]` is a tier of a loyalty scheme that is a name too
/// ([`TIERS`]) before a word that makes it one ([`TIER_NOUNS`]): "I'm Gold member",
/// "Soy Gold member" (a review found `Soy [name] member`), not "I'm Gold.".
pub(crate) fn is_tier_before_its_noun(text: &str, start: usize, end: usize) -> bool {
    TIERS
        .binary_search(&text[start..end].to_lowercase().as_str())
        .is_ok()
        && word_after(text, end).is_some_and(|(s, e)| {
            TIER_NOUNS
                .binary_search(&text[s..e].to_lowercase().as_str())
                .is_ok()
        })
}

/// Whether `word` (any case), capitalised right after "I'm" or "I am", says how the
/// customer is, not who: one of [`STATES`], or a past participle that is no name the
/// code knows, common English or slang ([`participle_shaped`]: "I'm Exhausted", "I'm
/// Knackered", "I'm Chuffed", "I'm Stoked"). Read by redaction and by the summary's name
/// facts alike ("I'm Knackered" was masked and given as a `name` fact).
pub(crate) fn is_state_word(word: &str) -> bool {
    let lower = word.to_lowercase();
    STATES.binary_search(&lower.as_str()).is_ok() || participle_shaped(&lower)
}

/// Slang for how a customer is, in lower case, that no list of common English holds
/// ("I'm Knackered", "I'm Chuffed", "I'm Gobsmacked"): states after "I'm", no names.
/// Sorted.
const SLANG_STATES: &[&str] = &[
    "bummed",
    "cheesed",
    "chuffed",
    "flabbergasted",
    "frazzled",
    "gobsmacked",
    "gutted",
    "knackered",
    "miffed",
    "narked",
    "peeved",
    "pissed",
    "stoked",
    "stumped",
    "zonked",
];

/// Whether `lower` is a past participle that says how a customer is and no given name
/// or name the code knows: a common English verb's participle
/// ([`crate::text::participle::is_participle`]: "I'm Exhausted", "I'm Frustrated",
/// "I'm Confused") or slang no list of English holds ([`SLANG_STATES`]: "I'm
/// Knackered", "I'm Chuffed"). Not any word that ends in "-ed": given names do, and no
/// list holds them all ("I'm Muhammed", "I'm Mehmed", "I am Shahed", "I'm Ethelred"
/// were shown, read as states); a name is masked where a state no list holds is masked
/// too, the lesser harm. Not "-ing": "I'm Banning, my card…", "I'm Darling Smith" gave
/// surnames (`doing_after_im` in `words.rs`).
fn participle_shaped(lower: &str) -> bool {
    (crate::text::participle::is_participle(lower, false)
        || SLANG_STATES.binary_search(&lower).is_ok())
        && !is_given_name(lower)
        && !is_name_word(lower)
}

/// Whether what follows a name's word, `rest` (spaces trimmed), ends its clause: the end,
/// a mark of punctuation, or a word that opens another clause ([`JOINS_A_CLAUSE`]). A
/// modal verb is followed by its verb; a modal that is a given name too ("Will", "May")
/// before one of these is the name.
pub(in crate::redact::intro) fn ends_a_clause(rest: &str) -> bool {
    let next = rest.split([' ', '\t', ',']).next().unwrap_or_default();
    rest.is_empty()
        || rest.starts_with(['.', ',', '!', '?', ';', ':', ')'])
        || JOINS_A_CLAUSE.contains(&next.to_lowercase().as_str())
}

/// Whether the capitalised `text[start..end]`, right after "I'm", "I am", "this is" or
/// "call me", is a modal verb that is a given name too ([`MODAL_NAMES`]) and the name:
/// before the end of its clause ([`ends_a_clause`]: "I'm Will and I want a human", "I am
/// May.", "This is Will and…", "call me Will.") or a capitalised word that may be a
/// surname ("I'm Will Smith", "This is Will Smith": a review found them shown). A modal
/// there has no verb to go with ("I'm will be late" is a slip, in lower case, and
/// stays); "Will this work?" opens a question, after no cue. In capitals, the same
/// ("I'M WILL AND I WANT A HUMAN", "I'M WILL SMITH"; "I'M WILL BE LATE" stays).
pub(in crate::redact::intro) fn is_modal_name_ending_a_clause(
    text: &str,
    start: usize,
    end: usize,
) -> bool {
    let word = &text[start..end];
    let shouted = in_capitals(word);
    if !(capitalised(word) || shouted) || !MODAL_NAMES.contains(&word.to_lowercase().as_str()) {
        return false;
    }
    let rest = text[end..].trim_start_matches([' ', '\t']);
    let surname = || {
        word_after(text, end).is_some_and(|(s, e)| {
            let next = &text[s..e];
            (capitalised(next) || shouted && in_capitals(next))
                && !crate::redact::names::is_only_a_word(&next.to_lowercase())
        })
    };
    (ends_a_clause(rest) || surname())
        && (after_im(text, start) || after_one_of(text, start, &["this is", "call me"]))
}

#[cfg(test)]
mod tests {
    use super::{MODAL_NAMES, STATES, TIER_NOUNS, TIERS, after_im, is_state_after_im};
    use crate::redact::intro::is_given_name;
    use crate::redact::names::is_name_word;

    #[test]
    fn the_lists_are_sorted_and_lower_case() {
        for list in [
            STATES,
            TIERS,
            TIER_NOUNS,
            super::JOINS_A_CLAUSE,
            super::SLANG_STATES,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            assert!(list.iter().all(|w| *w == w.to_lowercase()), "{list:?}");
        }
    }

    /// A state read after "I'm" is never a name the code knows: "I'm Hope", "I'm Grace",
    /// "I'm Young" stay names.
    #[test]
    fn no_state_is_a_known_name() {
        for word in STATES.iter().chain(super::SLANG_STATES) {
            assert!(!is_name_word(word), "{word}");
            assert!(!is_given_name(word), "{word}");
            assert!(!MODAL_NAMES.contains(word), "{word}");
        }
    }

    /// "I'm Knackered" was masked and given as a `name` fact: a common English
    /// participle or slang for a state is a state; any other word that ends in "-ed" may
    /// be a given name no list holds ("Muhammed", "Mehmed", "Shahed" were shown).
    #[test]
    fn a_participle_or_slang_is_a_state_but_another_ed_word_is_not() {
        for word in [
            "Knackered",
            "Chuffed",
            "Stoked",
            "Miffed",
            "Gutted",
            "Gobsmacked",
            "Happy",
            "Exhausted",
            "Frustrated",
            "Confused",
        ] {
            assert!(super::is_state_word(word), "{word}");
        }
        for word in [
            "Ted", "Fred", "Mohammed", "Ahmed", "Reed", "Sterling", "Alfred", "Mildred", "Rasheed",
            "Manning", "Xiomara", "Ed", "Muhammed", "Mehmed", "Shahed", "Walied", "Murshed",
            "Sajjed", "Hammed", "Tawhed", "Towhed", "Mahmed", "Ethelred",
        ] {
            assert!(!super::is_state_word(word), "{word}");
        }
    }

    #[test]
    fn the_cue_is_i_m_or_i_am_right_before_the_word() {
        for text in [
            "I'm Happy",
            "i am Happy",
            "Im Happy",
            "I’m  Happy",
            "so I'M Happy",
        ] {
            let start = text.len() - "Happy".len();
            assert!(after_im(text, start), "{text:?}");
        }
        for text in [
            "Tim Happy",
            "This is Happy",
            "Happy",
            "I'mm Happy",
            "aim Happy",
        ] {
            let start = text.len() - "Happy".len();
            assert!(!after_im(text, start), "{text:?}");
        }
    }

    #[test]
    fn a_tier_that_is_a_name_is_a_state_only_before_a_word_for_one() {
        let state = |text: &str, word: &str| {
            let start = text.find(word).unwrap();
            is_state_after_im(text, start, start + word.len())
        };
        assert!(state("I'm Gold member", "Gold"));
        assert!(state("I am Silver Tier", "Silver"));
        assert!(!state("I'm Gold.", "Gold"));
        assert!(!state("I'm Gold and I want a human", "Gold"));
        assert!(state("I'm Premium", "Premium"));
        assert!(!state("This is Premium", "Premium"));
    }
}
