//! Words for where someone is from, what they believe and what they speak or eat, in
//! lower case: one lexicon for every reader that must not take such a word for a name
//! (redaction's "my doctor is French", the summary's "I'm Canadian", "I want Thai").
//! Takes a word in lower case; gives whether it is one. Lists only, no case folding.

/// Nationalities and peoples ("canadian", "nigerian", "latina"). Sorted.
const NATIONALITIES: &[&str] = &[
    "afghan",
    "african",
    "afrikaner",
    "albanian",
    "american",
    "arab",
    "argentinian",
    "armenian",
    "asian",
    "aussie",
    "australian",
    "austrian",
    "bangladeshi",
    "basque",
    "belgian",
    "bengali",
    "bosnian",
    "brazilian",
    "brit",
    "british",
    "bulgarian",
    "canadian",
    "catalan",
    "cherokee",
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
    "flemish",
    "french",
    "german",
    "ghanaian",
    "greek",
    "gujarati",
    "haitian",
    "hispanic",
    "hmong",
    "hungarian",
    "igbo",
    "indian",
    "indonesian",
    "inuit",
    "iranian",
    "iraqi",
    "irish",
    "israeli",
    "italian",
    "jamaican",
    "japanese",
    "kenyan",
    "kiwi",
    "korean",
    "kurdish",
    "latina",
    "latino",
    "lebanese",
    "malaysian",
    "maori",
    "mexican",
    "moroccan",
    "māori",
    "navajo",
    "nepali",
    "nigerian",
    "norwegian",
    "pakistani",
    "palestinian",
    "pashtun",
    "persian",
    "peruvian",
    "polish",
    "portuguese",
    "punjabi",
    "quebecois",
    "romani",
    "romanian",
    "russian",
    "scottish",
    "serbian",
    "somali",
    "spanish",
    "sudanese",
    "swedish",
    "swiss",
    "syrian",
    "taiwanese",
    "tamil",
    "texan",
    "thai",
    "turkish",
    "ugandan",
    "ukrainian",
    "venezuelan",
    "vietnamese",
    "walloon",
    "welsh",
    "yoruba",
    "zulu",
];

/// Faiths ("catholic", "jewish"). Sorted.
const FAITHS: &[&str] = &[
    "adventist",
    "agnostic",
    "amish",
    "anglican",
    "atheist",
    "baptist",
    "buddhist",
    "catholic",
    "christian",
    "druze",
    "episcopalian",
    "evangelical",
    "hindu",
    "jain",
    "jewish",
    "lutheran",
    "methodist",
    "mormon",
    "muslim",
    "pagan",
    "pentecostal",
    "presbyterian",
    "protestant",
    "quaker",
    "rastafarian",
    "shia",
    "shiite",
    "shinto",
    "sikh",
    "sunni",
    "taoist",
    "wiccan",
    "zoroastrian",
];

/// Languages and cuisines that are no nationality ("mandarin", "cajun", "szechuan").
/// Sorted.
const TONGUES_AND_CUISINES: &[&str] = &[
    "amharic",
    "arabic",
    "cajun",
    "cantonese",
    "caribbean",
    "creole",
    "farsi",
    "gaelic",
    "hebrew",
    "hindi",
    "latin",
    "mandarin",
    "mediterranean",
    "pashto",
    "swahili",
    "szechuan",
    "tagalog",
    "urdu",
    "yiddish",
];

/// Whether `lower`, a word in lower case, names a nationality or people, a faith, a
/// language or a cuisine: a word that says what someone is, believes, speaks or eats,
/// never who they are.
pub(crate) fn is_people_faith_or_tongue(lower: &str) -> bool {
    NATIONALITIES.binary_search(&lower).is_ok()
        || FAITHS.binary_search(&lower).is_ok()
        || TONGUES_AND_CUISINES.binary_search(&lower).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_are_sorted_and_apart() {
        for list in [NATIONALITIES, FAITHS, TONGUES_AND_CUISINES] {
            assert!(list.is_sorted(), "{list:?}");
        }
        for word in NATIONALITIES {
            assert!(
                !FAITHS.contains(word) && !TONGUES_AND_CUISINES.contains(word),
                "{word}"
            );
        }
        assert!(FAITHS.iter().all(|w| !TONGUES_AND_CUISINES.contains(w)));
    }

    /// The words a review found read as names ("I'm Punjabi." a name, "My doctor is
    /// Tamil" masked), each in the lexicon.
    #[test]
    fn holds_the_words_a_review_found_missing() {
        for word in [
            "punjabi",
            "tamil",
            "kurdish",
            "bengali",
            "gujarati",
            "urdu",
            "tagalog",
            "farsi",
            "pashto",
            "yoruba",
            "igbo",
            "hmong",
            "kiwi",
            "aussie",
            "texan",
            "sunni",
            "shia",
            "christian",
            "anglican",
            "lutheran",
            "methodist",
            "quaker",
            "evangelical",
            "atheist",
            "pagan",
            "druze",
            "zoroastrian",
        ] {
            assert!(is_people_faith_or_tongue(word), "{word}");
        }
    }

    #[test]
    fn reads_each_kind_in_lower_case_only() {
        for word in [
            "french", "nigerian", "jewish", "mandarin", "szechuan", "punjabi", "sunni",
        ] {
            assert!(is_people_faith_or_tongue(word), "{word}");
        }
        for word in ["French", "smith", "france", ""] {
            assert!(!is_people_faith_or_tongue(word), "{word}");
        }
    }
}
