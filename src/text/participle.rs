//! Participles: a word → whether it is a common English verb's participle, a word that
//! tells how a thing is or what happened to it ("Hacked", "locked", "stolen", "not
//! working"), no name nor a security answer where it stands alone after "It is" or
//! before the rest of a reply.

use super::english::is_common_english;

/// Participles that take no "-ed", as a complaint says them of an account, a card or a
/// parcel ("Stolen I want a human", "it is frozen"): the few a regular ending misses.
/// Sorted, for a binary search.
const IRREGULAR: &[&str] = &[
    "broken",
    "done",
    "forgotten",
    "frozen",
    "gone",
    "hidden",
    "lost",
    "shut",
    "stolen",
    "stuck",
    "taken",
    "torn",
    "undone",
    "written",
];

/// Whether `word` (in any case) is a common English verb's participle: one of
/// [`IRREGULAR`]; a common English word that ends in "-ed" after three letters or more
/// ("hacked", "locked", "compromised"; not "Red", "Ted", "Speed", "Seed": "-eed" is no
/// ending); or, where `ing` is set, one that ends in "-ing" whose verb is common
/// English too ("working", "loading", "shopping"; not "darling", "spring", "pudding",
/// which passwords and pets are named). Pets are named with everyday words ("Buddy",
/// "Pepper", "Shadow"), passwords too ("sunshine"): those are no participles.
pub(crate) fn is_participle(word: &str, ing: bool) -> bool {
    let lower = word.to_lowercase();
    if IRREGULAR.binary_search(&lower.as_str()).is_ok() {
        return true;
    }
    if !is_common_english(&lower) {
        return false;
    }
    if let Some(stem) = lower.strip_suffix("ed") {
        return stem.chars().count() >= 3 && !stem.ends_with('e');
    }
    if ing && let Some(stem) = lower.strip_suffix("ing") {
        return stem.chars().count() >= 3 && verb_of(stem);
    }
    false
}

/// Whether the `stem` a participle's ending was taken from is a common English verb,
/// as written ("work" of "working"), with its "e" ("share" of "sharing"), or with its
/// last letter once where doubled ("shop" of "shopping").
fn verb_of(stem: &str) -> bool {
    let undoubled = {
        let mut chars = stem.chars().rev();
        match (chars.next(), chars.next()) {
            (Some(a), Some(b)) if a == b => Some(&stem[..stem.len() - a.len_utf8()]),
            _ => None,
        }
    };
    is_common_english(stem)
        || is_common_english(&format!("{stem}e"))
        || undoubled.is_some_and(is_common_english)
}

#[cfg(test)]
mod tests {
    use super::{IRREGULAR, is_participle};

    #[test]
    fn the_irregular_participles_are_sorted() {
        assert!(IRREGULAR.windows(2).all(|pair| pair[0] < pair[1]));
    }

    /// Words of a complaint are participles; pets' names and passwords of common
    /// English are none, nor are words that only end like one.
    #[test]
    fn participles_are_told_from_everyday_words() {
        for word in [
            "Hacked",
            "Locked",
            "Blocked",
            "Stolen",
            "compromised",
            "Frozen",
            "charged",
            "expired",
            "suspended",
        ] {
            assert!(is_participle(word, false), "{word}");
        }
        for word in ["working", "loading", "shopping"] {
            assert!(is_participle(word, true), "{word}");
            assert!(!is_participle(word, false), "{word}");
        }
        for word in [
            "Buddy", "Pepper", "Shadow", "Ginger", "Red", "Ted", "Speed", "Seed", "sunshine",
            "darling", "spring", "Pudding", "dragon", "Urgent",
        ] {
            assert!(!is_participle(word, true), "{word}");
        }
    }
}
