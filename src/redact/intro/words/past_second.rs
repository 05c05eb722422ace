//! A name's words past its second: a text and where the word before ends → the word
//! there when it is shaped as a name's ("Ana Garcia Lopez", "ANA GARCIA LOPEZ"), not a
//! brand's, a place's, a service's or a business's, and whether such a word may be
//! remembered. Tells; who reads on is `rest.rs` (after "my name is"), `kin.rs` (between
//! commas or brackets after a relative) and `named_before.rs` (before "here", after a
//! sign-off).

use super::super::title::shaped_as_third_word;
use super::one_of;
use super::stand_ins::is_service;
use super::word_after;
use crate::redact::names::is_common_english;
use crate::text::calendar;
use crate::text::places::is_known_place_word;

/// Nouns a brand's, a place's or a month's name stands before ("Hilton booking",
/// "London office", "January booking"), in lower case: the word before one is no word
/// of a name after its first two. Sorted.
const A_THINGS_NOUNS: &[&str] = &[
    "account",
    "app",
    "booking",
    "branch",
    "card",
    "flight",
    "hotel",
    "membership",
    "office",
    "order",
    "plan",
    "points",
    "reservation",
    "rewards",
    "store",
    "subscription",
];

/// Whether a number or a code follows `text[..end]` and spaces ("Acct 5551234",
/// "Postcode SW1A 1AA"): the word before it labels it, no name's.
fn before_a_code(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(' ')
        .and_then(|rest| rest.split_whitespace().next())
        .is_some_and(|next| next.chars().any(|c| c.is_ascii_digit()))
}

/// The capitalised word after `text[..end]` (`last` the name's word before it) when it is
/// shaped as a name's third word or later: one a title's third word may be
/// (`title/parts.rs`), and no month nor day, no word of a known place's name ("London",
/// "San" of "San Francisco"), no common English word, no service ("Netflix"), no word
/// that opens a business's name ([`BUSINESS_OPENERS`]: "Banco Santander"), none before a
/// noun a brand's name stands before ([`A_THINGS_NOUNS`]: "Hilton booking") nor before a
/// number or a code ("Acct 5551234"). After a name in `capitals`, a word in capitals is
/// read as in Title Case ("MY NAME IS ANA GARCIA LOPEZ": a review found "LOPEZ" shown),
/// but a thing's name written with a capital inside ([`CAPITAL_INSIDE`]: "IPHONE").
pub(in crate::redact::intro) fn shaped_past_the_second(
    text: &str,
    (last, end): (&str, usize),
    capitals: bool,
) -> Option<(usize, usize)> {
    let (start, word_end) = word_after(text, end)?;
    // A word in capitals after a name in `capitals` ("ANA GARCIA LOPEZ") is judged as
    // in Title Case ("Lopez"): the lists hold words so or in lower case. After a name in
    // Title Case it is none ("Sarah Connor Samsung TV").
    let written = &text[start..word_end];
    let title_cased = (capitals && in_capitals(written)).then(|| title_case(written));
    let word = title_cased.as_deref().unwrap_or(written);
    if !shaped_as_third_word(text, last, start, word_end, word)
        || (title_cased.is_some() && one_of(CAPITAL_INSIDE, word))
    {
        return None;
    }
    let before_a_things_noun = word_after(text, word_end).is_some_and(|(s, e)| {
        A_THINGS_NOUNS
            .binary_search(&text[s..e].to_lowercase().as_str())
            .is_ok()
    });
    (may_be_remembered(word) && !before_a_things_noun && !before_a_code(text, word_end))
        .then_some((start, word_end))
}

/// Whether `word`, a name's third word or later, may be remembered and masked wherever
/// it is said later: no month nor day, no word of a known place's name, no common
/// English word, no service, no word that opens a business's name. Past a relative and a
/// comma, or before "here", such a word is masked where it stands only (`My wife, Jose
/// Luis Baker McKenzie London, booked`: a review found every "London" after masked).
pub(in crate::redact::intro) fn may_be_remembered(word: &str) -> bool {
    calendar::month(word).is_none()
        && calendar::weekday(word).is_none()
        && !is_known_place_word(word)
        && !is_common_english(&word.to_lowercase())
        && !is_service(word)
        && !one_of(BUSINESS_OPENERS, word)
}

/// Words that open a business's name in Spanish, Portuguese, Italian, French and German
/// ("Banco Santander", "Caixa Geral", "Banque Populaire", "Sparkasse Köln"), in lower
/// case: no word of a name ("My name is Jose Luis Banco Santander": a review found
/// "Banco Santander" masked and remembered). Sorted.
const BUSINESS_OPENERS: &[&str] = &[
    "banca",
    "banco",
    "banque",
    "caixa",
    "caja",
    "clinica",
    "clínica",
    "farmacia",
    "grupo",
    "hostal",
    "restaurante",
    "ristorante",
    "seguros",
    "sparkasse",
];

/// Things' names written with a capital inside ("iPhone", "eBay", `WiFi`), in lower
/// case: never a name's third word in Title Case, as they are not written so, but in
/// capitals they read as one ("MY NAME IS JANE DOE IPHONE"). Sorted.
const CAPITAL_INSIDE: &[&str] = &[
    "airpods", "ebay", "imac", "ios", "ipad", "iphone", "ipod", "itunes", "linkedin", "macbook",
    "macos", "whatsapp", "wifi", "youtube",
];

/// Whether `word` is written in capitals, two letters or more ("LOPEZ"; not "A").
pub(in crate::redact::intro) fn in_capitals(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2 && !word.chars().any(char::is_lowercase)
}

/// `word` in Title Case: its first letter as written, the rest in lower case ("LOPEZ"
/// → "Lopez").
fn title_case(word: &str) -> String {
    let mut chars = word.chars();
    chars
        .next()
        .map(|first| first.to_string() + &chars.as_str().to_lowercase())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_sorted() {
        assert!(super::A_THINGS_NOUNS.is_sorted());
        assert!(super::CAPITAL_INSIDE.is_sorted());
        assert!(super::BUSINESS_OPENERS.is_sorted());
    }
}
