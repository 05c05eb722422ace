//! "M.", "M", "MM.", "Monsieur", "Mademoiselle", "Madame", "Fräulein", "Signor",
//! "Signora" and "Signorina", titles of other languages that are an initial, a product's
//! word or a word of French chat too: a text, where the title stands and where its name
//! would start → whether no name follows there ("size M. Rose colour", "Plan M. Bill
//! me", "M. Sc.", "BMW M Sport", "Coco Mademoiselle", "Oui Monsieur Merci"); and the other
//! names after "MM." ("MM. Dubois et Martin", "MM. Dubois, Martin et Bernard"). Tells, finds.

use super::super::words::word_at;
use super::lower;
use crate::redact::names::is_a_word_too;
use crate::text::calendar;

/// Words before "M." that make it a size, a plan's or a model's letter, or a letter with
/// an article ("size M. Rose", "Plan M. Bill me monthly", "an M. Sc."). Sorted.
const BEFORE_A_LETTER: &[&str] = &[
    "a", "an", "block", "category", "class", "grade", "level", "model", "option", "plan",
    "platform", "row", "seat", "section", "size", "sizes", "the", "tier", "type", "unit",
    "version",
];

/// The second word of a degree after "M." ("M. Sc.", "M. Ed.", "M. Phil."). Sorted.
const DEGREES: &[&str] = &[
    "arch", "com", "des", "div", "ed", "eng", "litt", "mus", "phil", "res", "sc", "tech", "th",
];

/// Words before "Mademoiselle", "Monsieur" or "Madame" that make it a product's or a
/// thing's word ("Coco Mademoiselle perfume", "the Monsieur cologne"). Sorted.
const BEFORE_A_PRODUCT: &[&str] = &[
    "a", "an", "coco", "her", "his", "my", "our", "that", "the", "their", "this", "your",
];

/// Words of French chat that follow "Monsieur" or "Madame" capitalised without naming
/// anyone ("Oui Monsieur Merci", "Bonjour Madame Je voudrais"), or stand in a list after
/// "MM." ("MM. Dubois, Merci et Bonne journée"). Sorted.
const FRENCH_WORDS: &[&str] = &[
    "amitiés",
    "au",
    "bien",
    "bon",
    "bonjour",
    "bonne",
    "bonsoir",
    "ce",
    "comment",
    "cordialement",
    "excusez",
    "il",
    "je",
    "journee",
    "journée",
    "madame",
    "merci",
    "moi",
    "monsieur",
    "non",
    "nous",
    "oui",
    "pardon",
    "pour",
    "s'il",
    "salutations",
    "soiree",
    "soirée",
    "svp",
    "vous",
];

/// The French weekdays and months, in lower case ("MM. Dubois, Lundi et Mardi"). Sorted.
const FRENCH_CALENDAR: &[&str] = &[
    "aout",
    "août",
    "avril",
    "decembre",
    "dimanche",
    "décembre",
    "fevrier",
    "février",
    "janvier",
    "jeudi",
    "juillet",
    "juin",
    "lundi",
    "mai",
    "mardi",
    "mars",
    "mercredi",
    "novembre",
    "octobre",
    "samedi",
    "septembre",
    "vendredi",
];

/// Whether the title `text[title_start..title_end]` names no one before `at`, where its
/// name would start: "M." after a size's, a plan's or a model's word or an article, in a
/// degree, or before a word that is no name only (a common word, a colour, an order:
/// "size M. Rose colour", "M. Bill me", "M. Black edition", which a review found masked,
/// and the mask then spread through the chat); "Mademoiselle", "Monsieur", "Madame",
/// "Fräulein", "Signor", "Signora", "Signorina" after an article, a possessive or a
/// product's or a place's capitalised word ("Coco Mademoiselle", "the Monsieur
/// cologne", "a Fräulein Maria doll", "Hotel Signora Luna") or before a word of French
/// ("Oui Monsieur Merci").
pub(super) fn names_no_one(text: &str, title_start: usize, title_end: usize, at: usize) -> bool {
    let title = &text[title_start..title_end];
    let french = matches!(
        lower(title).as_str(),
        "mademoiselle" | "monsieur" | "madame" | "fräulein" | "signor" | "signora" | "signorina"
    );
    if title != "M" && title != "MM" && !french {
        return false;
    }
    let before = word_before(text, title_start);
    let after = word_at(text, at).map(|(s, e)| (lower(&text[s..e]), &text[s..e]));
    // "M Dubois" without its full stop: a capitalised name only, no word in capitals
    // ("M DUBOIS" may be a code), nor after a product's capitalised word ("BMW M
    // Sport"); "I'M Going" is no title (`title.rs`).
    if !text[title_end..].starts_with('.')
        && (after_a_capitalised_word(text, title_start)
            || after.as_ref().is_none_or(|(_, written)| {
                !written.chars().skip(1).any(char::is_lowercase)
                    || written.chars().skip(1).any(char::is_uppercase)
            }))
    {
        return true;
    }
    if french {
        return BEFORE_A_PRODUCT.binary_search(&before.as_str()).is_ok()
            || after_a_capitalised_word(text, title_start)
            || after.is_some_and(|(word, _)| FRENCH_WORDS.binary_search(&word.as_str()).is_ok());
    }
    let Some((word, written)) = after else {
        return true;
    };
    BEFORE_A_LETTER.binary_search(&before.as_str()).is_ok()
        || !written.starts_with(char::is_uppercase)
        || is_a_word_too(&word)
        || DEGREES.binary_search(&word.as_str()).is_ok()
}

/// After "MM." ("Messieurs"), the other names joined to the first by "et", "and" or "&"
/// ("MM. Dubois et Martin"), or listed after commas before such a joint ("MM. Dubois,
/// Martin et Bernard"), into `out`, when `out[from..]` holds the first: capitalised
/// words that are no common word.
pub(super) fn second_name(
    text: &str,
    title: &str,
    from: usize,
    out: &mut Vec<(usize, usize, super::Cue)>,
) {
    if title != "MM" {
        return;
    }
    // "Dubois et": the joint taken for a surname in lower case is none.
    if out.len() > from + 1
        && out
            .last()
            .is_some_and(|&(s, e, _)| matches!(&text[s..e], "et" | "and"))
    {
        out.pop();
    }
    let Some(&(_, mut end, _)) = out[from..].last() else {
        return;
    };
    // "MM. Dubois, Martin et Bernard": names after commas, taken only when the list
    // ends with a joint and a name (a review found "Martin" and "Bernard" shown);
    // "MM. Dubois, Paris" names one.
    let mut listed = Vec::new();
    while listed.len() < 8 {
        // ", et " before ", ": the list's end.
        let joints = [
            (", et ", true),
            (", and ", true),
            (", ", false),
            (" et ", true),
            (" and ", true),
            (" & ", true),
        ];
        let Some((rest, last)) = joints
            .iter()
            .find_map(|&(joint, last)| text[end..].strip_prefix(joint).map(|rest| (rest, last)))
        else {
            return;
        };
        let at = text.len() - rest.len();
        let Some((s, e)) = word_at(text, at).filter(|&(s, e)| {
            text[s..e].starts_with(char::is_uppercase) && listed_name(&lower(&text[s..e]))
        }) else {
            return;
        };
        listed.push((s, e, super::Cue::Title));
        if last {
            out.extend(listed);
            return;
        }
        end = e;
    }
}

/// Whether `word` (in lower case) may be a name listed after "MM.": no common word, no
/// French word of chat, weekday or month, nor an English one ("MM. Dubois, Merci et
/// Bonne journée", "MM. Dubois, Lundi et Mardi": a review found them masked).
fn listed_name(word: &str) -> bool {
    !is_a_word_too(word)
        && FRENCH_WORDS.binary_search(&word).is_err()
        && FRENCH_CALENDAR.binary_search(&word).is_err()
        && calendar::weekday_or_short(word).is_none()
        && calendar::month_or_short(word).is_none()
}

/// Whether a capitalised word inside a sentence stands before `at`: a product's or a
/// place's ("Coco Mademoiselle", "Hotel Signora Luna"; "Merci Madame Dubois", "Hi.
/// Madame Dubois" open a sentence).
fn after_a_capitalised_word(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t']);
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let opens = before[..start]
        .trim_end()
        .chars()
        .next_back()
        .is_none_or(|c| matches!(c, '.' | '!' | '?' | ',' | ':' | ';'));
    before[start..].starts_with(char::is_uppercase) && !opens
}

/// The word before `at` in lower case ("size" in "size M."), or nothing.
fn word_before(text: &str, at: usize) -> String {
    let before = text[..at].trim_end_matches([' ', '\t']);
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    lower(&before[start..])
}

#[cfg(test)]
mod tests {
    use super::names_no_one;

    /// The binary searches need the French lists sorted.
    #[test]
    fn the_french_words_and_calendar_are_sorted() {
        assert!(super::FRENCH_WORDS.is_sorted());
        assert!(super::FRENCH_CALENDAR.is_sorted());
    }

    #[test]
    fn the_lists_are_sorted() {
        assert!(super::BEFORE_A_LETTER.is_sorted());
        assert!(super::DEGREES.is_sorted());
        assert!(super::BEFORE_A_PRODUCT.is_sorted());
        assert!(super::FRENCH_WORDS.is_sorted());
    }

    /// Where the title starts and where its name would, in `text`, for its first title.
    fn no_one(text: &str) -> bool {
        let start = [
            "M.",
            "Mademoiselle",
            "Monsieur",
            "Madame",
            "Fräulein",
            "Signora",
        ]
        .iter()
        .filter_map(|title| text.find(title))
        .min()
        .expect("a title");
        let end = start
            + text[start..]
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(text.len() - start);
        let at = end + text[end..].find(|c: char| c.is_alphabetic()).unwrap_or(0);
        names_no_one(text, start, end, at)
    }

    #[test]
    fn a_letter_a_degree_a_product_or_french_names_no_one() {
        for text in [
            "I ordered size M. Rose colour",
            "Plan M. Bill me monthly",
            "size M. Mark it as urgent",
            "The model is M. Black edition",
            "an M. Sc. in physics",
            "M. Ed. and more",
            "M. Phil. too",
            "M. Thanks",
            "Coco Mademoiselle perfume",
            "the Monsieur cologne",
            "Oui Monsieur Merci",
            "I want a Fräulein Maria doll",
            "We stayed at Hotel Signora Luna",
        ] {
            assert!(no_one(text), "{text:?}");
        }
        for text in [
            "M. Dubois called me",
            "I spoke to M. Lefebvre",
            "Bonjour Monsieur Dupont",
            "Madame Dubois called",
            "Merci Madame Dubois",
            "Hi. Madame Dubois called",
        ] {
            assert!(!no_one(text), "{text:?}");
        }
    }
}
