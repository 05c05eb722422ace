//! The name in lower case or in capitals after a title: a text and where the title ends →
//! the words there that are a surname ("dr brown", "DR SPEED", "dr li", "miss okafor"),
//! not what chats put after a title ("dr ordered", "dr will call", "ms teams", "dr rn");
//! and whether a title is a noun by the word before it ("my dr", "the doctor").
//! Tells; which title and what stands before it are `title.rs`'s.

use super::super::slips::{glued_end, possessive_stem};
use super::super::words::{everyday, is_not_a_name, is_service, word_at};
use super::super::{Cue, courtesy, is_common_english, is_only_a_word};
use super::either_case::{
    SURNAMES_AFTER_A_TITLE, greets, reads_as_surname, surname_that_is_a_word, third_person, weekday,
};
use super::{is_title_word, lower, names_a_thing, word_before};
use crate::redact::names::NOT_SURNAMES;

/// What a word in lower case or in capitals after a title may be to be a name
/// ([`uncapitalised_name`]).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum After {
    /// Any word but a few: the title is one ("dr brown", "mr bird").
    Name,
    /// No common English word but a name that is one: the title is a noun ("my dr
    /// brown", not "the dr great").
    Noun,
    /// No common English word but a name that is one, and none of Microsoft's products
    /// ([`MS_PRODUCTS`]): "ms" in lower case may be Microsoft's ("ms teams") or
    /// milliseconds' ("a few ms longer"), and "miss" in lower case the verb ("miss the
    /// train").
    NameWord,
    /// No common English word at all: "miss" after "to" may be the verb ("going to miss
    /// brown rice") or the title ("talk to miss johnson").
    Rare,
}

/// Microsoft's products that "ms" names and that are no common English word, or are
/// names ("ms dos", "ms excel", "ms sql"): after "ms" in lower case or in capitals they
/// are no surname. Common words after it are none either ("ms teams", "ms word").
const MS_PRODUCTS: &[&str] = &[
    "access",
    "azure",
    "bing",
    "defender",
    "dos",
    "dynamics",
    "edge",
    "excel",
    "exchange",
    "intune",
    "msn",
    "office",
    "onedrive",
    "onenote",
    "outlook",
    "paint",
    "powerpoint",
    "project",
    "publisher",
    "sharepoint",
    "skype",
    "sql",
    "teams",
    "visio",
    "windows",
    "word",
    "xbox",
];

/// Whether `word` (in any case) is one of [`MS_PRODUCTS`]: after "ms" in lower case or in
/// capitals ("MS Excel", "MS.Word"), Microsoft's, no surname.
pub(super) fn ms_product(word: &str) -> bool {
    MS_PRODUCTS.contains(&lower(word).as_str())
}

/// Words chats put after a title that say what someone did, beyond those after a name
/// ([`NOT_SURNAMES`]: "said", "will", "told"): "the dr gave me", "mr green sent it".
const DID: &[&str] = &[
    "asks",
    "gave",
    "gives",
    "kept",
    "keeps",
    "knew",
    "knows",
    "made",
    "makes",
    "might",
    "prescribes",
    "recommends",
    "sends",
    "sent",
    "shall",
    "suggests",
    "takes",
    "tells",
    "thinks",
    "thought",
    "took",
    "wrote",
    "writes",
];

/// Words of two letters that chats put after a title and are no common English word:
/// abbreviations ("dr rn", "dr rx", "dr gp", "dr md", "Mr. AI" for the bot). Any other, after a title, is a surname
/// ("dr li", "dr ng", "prof wu").
const ABBREVIATIONS: &[&str] = &[
    "ai", "al", "am", "bc", "bf", "bp", "dc", "dm", "dx", "eg", "er", "et", "fb", "gf", "gi", "gn",
    "gp", "hm", "hx", "ie", "ig", "ik", "jk", "la", "md", "nd", "nw", "ny", "ob", "ok", "ot", "pc",
    "pm", "ps", "rd", "rn", "rx", "st", "sx", "th", "tm", "tv", "tx", "uk", "us", "uv", "wb", "wk",
];

/// Whether `lower` (a word in lower case) is a past tense: a common English word once
/// "-ed" or "-d" is cut ("agreed", "freed", "signed"), with its doubled consonant
/// ("stopped") or its "-ied" for "-y" ("tried"); not "speed", "reed" or "sneed", whose
/// "-ed" is no ending. Only asked of words in "-eed": a common word in "-ed" of a verb
/// the list lacks ("prescribed") is a past tense too; after a name, any word in "-ed"
/// (`words.rs`: "Dr. Ted phoned").
pub(in crate::redact::intro) fn past_tense(lower: &str) -> bool {
    let Some(stem) = lower.strip_suffix("ed") else {
        return false;
    };
    let undoubled = stem
        .char_indices()
        .next_back()
        .filter(|&(i, last)| stem[..i].ends_with(last))
        .map(|(i, _)| &stem[..i]);
    let tried = lower.strip_suffix("ied").map(|stem| format!("{stem}y"));
    [
        Some(stem),
        Some(&lower[..lower.len() - 1]),
        undoubled,
        tried.as_deref(),
    ]
    .into_iter()
    .flatten()
    .any(|stem| stem.chars().count() >= 3 && is_common_english(stem))
}

/// Whether `lower` (a word in lower case) is a contraction ("can't", "won't", "she'll"):
/// its part after its last apostrophe is a verb's. A name's apostrophe is inside the
/// name ("o'brien", "d'angelo").
fn contraction(lower: &str) -> bool {
    lower
        .rsplit_once('\'')
        .is_some_and(|(_, tail)| matches!(tail, "t" | "s" | "m" | "d" | "ll" | "re" | "ve"))
}

/// Whether `lower` (a word in lower case), the `n`th after a title, is a word chats put
/// there without naming anyone: one of [`NOT_SURNAMES`] (but first after a title that is
/// no noun, one of [`SURNAMES_AFTER_A_TITLE`], and a modal or an adjective that is a
/// surname where it reads as one: `read_as_surname`), or a common English word in "-ing"
/// or "-ly" ("calling", "really"; not "fleming", "reilly": unlike after a first name, a
/// surname after a title is more likely than a rare verb or adverb).
fn follows_a_title(lower: &str, n: usize, after: After, read_as_surname: bool) -> bool {
    if NOT_SURNAMES.binary_search(&lower).is_ok() {
        let first = n == 0 && after != After::Noun;
        return !(first && (SURNAMES_AFTER_A_TITLE.contains(&lower) || read_as_surname));
    }
    let suffixed = |suffix: &str| lower.chars().count() >= 6 && lower.ends_with(suffix);
    (suffixed("ing") || suffixed("ly")) && is_only_a_word(lower)
}

/// The name in lower case or in capitals at `at`, after a title ("dr morgan", "DR
/// MORGAN", "dr brown", "mr green", "DR WHITE"): one or two words, each of three letters
/// or more or of two that are no common English word nor an abbreviation ("dr li", not
/// "dr rn": [`ABBREVIATIONS`]), none a service, a word chats put after a title
/// ([`follows_a_title`]), a title, a thing ([`names_a_thing`]), nor a [`contraction`]
/// ("dr o'brien" is a name). The
/// first may be a common English word, a surname that is an everyday word ("mr bird",
/// "dr speed"), unless it says what someone did ("dr gave", "dr ordered": [`DID`], a
/// common word in "-ed" but one in "-eed" that is no [`past_tense`]) or the title is a noun ([`After::Noun`]: "the dr great"); but one that
/// is a name too ("my dr brown"), nor "hope", "love" or "best" in a greeting
/// (`either_case.rs`: "thanks dr hope to see you"). The second, after a single
/// space and a first of three letters or more, is no common English word but such a name
/// ("dr alexis smith", not "dr brown hospital" nor "dr bp meds").
pub(super) fn uncapitalised_name(
    text: &str,
    title_start: usize,
    at: usize,
    after: After,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    let mut at = at;
    for n in 0..2 {
        let Some((start, end)) = word_at(text, at) else {
            return;
        };
        // A possessive is its stem's ("dr brown's office"): the stem is masked, its "'s"
        // stays, and no second word follows.
        // In either case: "DR O'BRIEN'S clinic" is no contraction.
        let (word, possessive) = match possessive_stem(&text[start..end]) {
            Some(stem) => (stem, true),
            None => (&text[start..end], false),
        };
        let end = start + word.len();
        let lower = lower(word);
        // Capitalised words are `name_after`'s: only one with no letter in lower case, or
        // none in capitals, is looked at here.
        let one_case =
            !word.chars().any(char::is_uppercase) || !word.chars().any(char::is_lowercase);
        let common = is_only_a_word(&lower);
        // A common word in "-ed" says what someone did ("dr ordered", "dr prescribed"),
        // but one in "-eed" only as a past tense ("dr agreed", not "dr speed").
        let did = DID.contains(&lower.as_str())
            || (lower.len() > 4
                && lower.ends_with("ed")
                && (!lower.ends_with("eed") || past_tense(&lower)));
        let letters = lower.chars().filter(|c| c.is_alphabetic()).count();
        // "dr al;exis": a word a slip of punctuation goes on from is a name's start.
        let glued = glued_end(text, end) > end;
        let long_enough = letters >= 3
            || glued
            || (letters == 2
                && !is_common_english(&lower)
                && !ABBREVIATIONS.contains(&lower.as_str()));
        let name = one_case
            && long_enough
            && !contraction(&lower)
            && !(common && (n > 0 || after == After::Noun || did))
            && (after != After::NameWord
                || n > 0
                || (!common && !MS_PRODUCTS.contains(&lower.as_str())))
            && (after != After::Rare || n > 0 || !is_common_english(&lower))
            && !follows_a_title(&lower, n, after, {
                // "dr will is great", "with dr good"; not "dr will see you", "is dr
                // free": what stands around it decides, as capitalised.
                surname_that_is_a_word(&lower)
                    && (possessive || reads_as_surname(text, title_start, end, &lower, false))
            })
            // "see dr friday", "dr feels fine", "dr refuses to": a day or a verb.
            && !(n == 0 && (weekday(&lower) || third_person(text, title_start, end, &lower)))
            && !is_not_a_name(&lower)
            && !everyday(&lower)
            && !is_service(&lower)
            && !is_title_word(&lower)
            && !names_a_thing(&lower);
        // "thanks dr hope to see you", "thank you dr best wishes": a greeting.
        let greeting =
            n == 0 && (greets(text, title_start, end, &lower) || courtesy(text, start, end));
        if !name || greeting {
            return;
        }
        out.push((start, end, Cue::Title));
        // "dr li": a surname of two letters takes no second word ("dr bp meds"), but
        // one a slip of punctuation goes on from ("dr al;exis jo;nes").
        if (letters == 2 && !glued) || possessive {
            return;
        }
        // Past what a slip of punctuation glued to it ("dr al;exis jo;nes").
        let end = glued_end(text, end);
        if text[end..].starts_with(' ') && !text[end + 1..].starts_with(' ') {
            at = end + 1;
        } else {
            return;
        }
    }
}

/// Words that make a title after them a noun, "doctor" ("my dr will call", "the dr.
/// says", "a dr appt"): a word after it is a name only if no common English word, or a
/// name that is one too ("my dr brown").
const BEFORE_A_NOUN: &[&str] = &[
    "a", "an", "another", "any", "each", "every", "her", "his", "my", "new", "no", "old", "other",
    "our", "own", "same", "that", "the", "their", "these", "this", "those", "what", "which",
    "whose", "your",
];

/// Whether the title starting at `title_start` in `text` is a noun: the word before it
/// is one of [`BEFORE_A_NOUN`] ("the dr", "my Dr.").
pub(super) fn a_noun(text: &str, title_start: usize) -> bool {
    BEFORE_A_NOUN.contains(&word_before(text, title_start).as_str())
}
