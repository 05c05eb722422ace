//! What "my doctor is" is followed by that is no name: a word of where one is from or
//! what one believes ("my doctor is French", "Jewish"), of a drug, an illness, an
//! insurer or a maker of medicines ("Covid", "Ozempic", "Kaiser", "Pfizer"), or one
//! read with the word after it ("Covid positive", "Pfizer trained"). Takes a text and a
//! word found after "is"; gives whether it describes the doctor rather than naming them.

use super::super::{is_common_english, is_name_word, word_after};

/// Nationalities, peoples and faiths, in lower case, that the common English words
/// lack. Sorted.
const WHERE_FROM_OR_BELIEF: &[&str] = &[
    "african",
    "albanian",
    "american",
    "amish",
    "arab",
    "argentinian",
    "armenian",
    "asian",
    "australian",
    "austrian",
    "bangladeshi",
    "bosnian",
    "brazilian",
    "british",
    "buddhist",
    "bulgarian",
    "canadian",
    "catholic",
    "chilean",
    "chinese",
    "colombian",
    "croatian",
    "cuban",
    "czech",
    "danish",
    "dutch",
    "egyptian",
    "english",
    "eritrean",
    "ethiopian",
    "european",
    "filipina",
    "filipino",
    "finnish",
    "french",
    "german",
    "ghanaian",
    "greek",
    "haitian",
    "hindu",
    "hispanic",
    "hungarian",
    "indian",
    "indonesian",
    "iranian",
    "iraqi",
    "irish",
    "israeli",
    "italian",
    "jamaican",
    "japanese",
    "jewish",
    "kenyan",
    "korean",
    "latina",
    "latino",
    "lebanese",
    "mexican",
    "mormon",
    "moroccan",
    "muslim",
    "nepali",
    "nigerian",
    "norwegian",
    "pakistani",
    "palestinian",
    "persian",
    "peruvian",
    "polish",
    "portuguese",
    "protestant",
    "romanian",
    "russian",
    "scottish",
    "serbian",
    "sikh",
    "somali",
    "spanish",
    "sudanese",
    "swedish",
    "swiss",
    "syrian",
    "taiwanese",
    "thai",
    "turkish",
    "ugandan",
    "ukrainian",
    "venezuelan",
    "vietnamese",
    "welsh",
];

/// Drugs, illnesses, insurers, health services and makers of medicines written
/// capitalised after "my doctor is" ("my doctor is Kaiser", "Ozempic"). Sorted.
const HEALTH_WORDS: &[&str] = &[
    "adderall",
    "aetna",
    "astrazeneca",
    "bupa",
    "cigna",
    "covid",
    "cvs",
    "humana",
    "kaiser",
    "lexapro",
    "medicaid",
    "medicare",
    "merck",
    "moderna",
    "mounjaro",
    "nhs",
    "novavax",
    "ozempic",
    "pfizer",
    "prozac",
    "tylenol",
    "walgreens",
    "wegovy",
    "xanax",
    "zoloft",
];

/// Words after the word found that make it describe the doctor: "Covid positive",
/// "Pfizer trained", "Kaiser based". Sorted.
const DESCRIBING: &[&str] = &[
    "affiliated",
    "approved",
    "based",
    "born",
    "certified",
    "educated",
    "friendly",
    "negative",
    "positive",
    "qualified",
    "registered",
    "speaking",
    "trained",
];

/// Whether the word at `text[start..end]`, found after "my doctor is", says what the
/// doctor is, not who: a common English word that is no name ("Great"), one of
/// [`WHERE_FROM_OR_BELIEF`] or [`HEALTH_WORDS`], or a word before one of
/// [`DESCRIBING`]. A review found each masked, and masked through the chat ("I speak
/// `[name]`", "a `[name]` test").
pub(super) fn describes(text: &str, start: usize, end: usize) -> bool {
    let lower = text[start..end].to_lowercase();
    let describing = word_after(text, end).is_some_and(|(s, e)| {
        DESCRIBING
            .binary_search(&text[s..e].to_lowercase().as_str())
            .is_ok()
    });
    (is_common_english(&lower) && !is_name_word(&lower))
        || WHERE_FROM_OR_BELIEF.binary_search(&lower.as_str()).is_ok()
        || HEALTH_WORDS.binary_search(&lower.as_str()).is_ok()
        || describing
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_sorted() {
        assert!(super::WHERE_FROM_OR_BELIEF.is_sorted());
        assert!(super::HEALTH_WORDS.is_sorted());
        assert!(super::DESCRIBING.is_sorted());
    }
}
