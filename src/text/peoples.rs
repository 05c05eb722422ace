//! Words for where someone is from, what they believe and what they speak or eat, in
//! lower case: one lexicon for every reader that must not take such a word for a name
//! (redaction's "my doctor is French", the summary's "I'm Canadian", "I want Thai").
//! Takes a word in lower case; gives whether it is one. Lists only, no case folding.

/// Nationalities and peoples ("canadian", "nigerian", "latina"). Sorted.
const NATIONALITIES: &[&str] = &[
    "african",
    "albanian",
    "american",
    "arab",
    "argentinian",
    "armenian",
    "asian",
    "australian",
    "austrian",
    "bangladeshi",
    "belgian",
    "bosnian",
    "brazilian",
    "british",
    "bulgarian",
    "canadian",
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
    "kenyan",
    "korean",
    "latina",
    "latino",
    "lebanese",
    "malaysian",
    "mexican",
    "moroccan",
    "nepali",
    "nigerian",
    "norwegian",
    "pakistani",
    "palestinian",
    "persian",
    "peruvian",
    "polish",
    "portuguese",
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
    "thai",
    "turkish",
    "ugandan",
    "ukrainian",
    "venezuelan",
    "vietnamese",
    "welsh",
];

/// Faiths ("catholic", "jewish"). Sorted.
const FAITHS: &[&str] = &[
    "amish",
    "buddhist",
    "catholic",
    "hindu",
    "jewish",
    "mormon",
    "muslim",
    "protestant",
    "sikh",
];

/// Languages and cuisines that are no nationality ("mandarin", "cajun", "szechuan").
/// Sorted.
const TONGUES_AND_CUISINES: &[&str] = &[
    "arabic",
    "cajun",
    "cantonese",
    "caribbean",
    "creole",
    "hebrew",
    "hindi",
    "latin",
    "mandarin",
    "mediterranean",
    "szechuan",
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

    #[test]
    fn reads_each_kind_in_lower_case_only() {
        for word in ["french", "nigerian", "jewish", "mandarin", "szechuan"] {
            assert!(is_people_faith_or_tongue(word), "{word}");
        }
        for word in ["French", "smith", "france", ""] {
            assert!(!is_people_faith_or_tongue(word), "{word}");
        }
    }
}
