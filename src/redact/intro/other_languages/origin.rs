//! Where the speaker is from after their name ("Soy Xiomara de Bogotá", "Je suis Maëlle
//! de Lyon"): the words read after "soy" or "je suis" → where the name ends before "de"
//! and a known place. Tells; the cue is `other_languages.rs`'s.

use super::Cue;
use crate::text::places::is_known_place;

/// Of the words read after "soy" or "je suis" (`found`), the index of a "de" after the
/// first that a known place follows, whole to the end of the words ("Xiomara de Bogotá",
/// "Maëlle de Lyon"; not "Lucía de la Cruz"): the words before it are the name, the
/// place is where the speaker is from. A place is looked up with its accents off
/// ("Bogotá" is the list's "bogota").
pub(super) fn from_a_place(text: &str, found: &[(usize, usize, Cue)]) -> Option<usize> {
    let at = found
        .iter()
        .skip(1)
        .position(|&(s, e, _)| text[s..e].eq_ignore_ascii_case("de"))?
        + 1;
    let place: Vec<String> = found[at + 1..]
        .iter()
        .map(|&(s, e, _)| crate::redact::names::fold(&text[s..e]))
        .collect();
    let place: Vec<&str> = place.iter().map(String::as_str).collect();
    let capitalised = found
        .get(at + 1)
        .is_some_and(|&(s, e, _)| text[s..e].starts_with(char::is_uppercase));
    (capitalised && is_known_place(&place)).then_some(at)
}
