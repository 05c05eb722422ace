//! The word after a name's word and the spaces after it, where the name's next word
//! would be: a text and where a word ends → the next word's span, if it may go on with
//! the name (no field's label before its colon, no place's or everyday word after two
//! spaces). Tells; `words.rs` and the cues read it.

use super::stand_ins::{everyday, is_place_end, is_service};
use super::word_at;
use crate::redact::intro::particles::is_particle;
use crate::redact::intro::title::{is_brand_word, is_title_word};
use crate::redact::names::{is_common_english, is_only_a_word};
use crate::summary::may_be_name;
use crate::text::calendar;

/// The word after `text[..end]` and a space or two ("white" after "Brian" in "Brian
/// white", "Maria  Porto  da  Silva": a review found the name ended at the double
/// space), where a surname would be. Not after a tab or three spaces or more, which part
/// a form's or a table's cells ("Name: Ana     Phone: 555 0100", "I'm Ben   London
/// office": a later review found "Phone", "London" masked), nor across a line; nor a
/// field's label before its colon ("Name: Ana Phone: 555 0100", "Ana Last name:
/// Lopez": [`labels_a_field`]). Any other word before a colon is the name's last ("my
/// name is Ana Lopez: I need help": a later review found "Lopez" shown).
pub(in crate::redact) fn word_after(text: &str, end: usize) -> Option<(usize, usize)> {
    let rest = text[end..].strip_prefix(' ')?;
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    if rest.starts_with([' ', '\t']) {
        return None;
    }
    let spaced = text.len() - rest.len() > end + 1;
    word_at(text, text.len() - rest.len())
        .filter(|&(s, e)| !labels_a_field(text, s, e))
        .filter(|&(s, e)| !spaced || joins_after_two_spaces(text, s, e))
}

/// Whether `text[start..end]`, after two spaces, goes on with the name before them:
/// a particle ("Maria  Porto  da  Silva") or a word that passes the checks a third
/// word of a name passes, one shaped as a name, no common English word, no brand's,
/// month's, weekday's or known place's ("I'm Ben  London office", "I'm Ana  Flight
/// cancelled", "This is Ben  Delta SkyMiles": a second review found "London",
/// "Flight", "Delta" masked and remembered) but before a particle ("Porto  da").
fn joins_after_two_spaces(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    let lower = word.to_lowercase();
    if is_particle(&lower) {
        return true;
    }
    let before_a_particle = word_at(
        text,
        end + text[end..].len() - text[end..].trim_start_matches(' ').len(),
    )
    .is_some_and(|(s, e)| s > end && is_particle(&text[s..e]));
    word.starts_with(char::is_uppercase)
        && may_be_name(word)
        && !is_common_english(&lower)
        && !is_only_a_word(&lower)
        && !everyday(word)
        && !is_service(word)
        && !is_place_end(word)
        && !is_brand_word(&lower)
        && !is_title_word(&lower)
        && calendar::month(word).is_none()
        && calendar::weekday(word).is_none()
        && (before_a_particle || !crate::text::places::is_known_place_word(word))
}

/// The labels of a form's fields a name may stand before ("Name: Ana Phone: 555 0100"),
/// besides those of `kinds/labels.rs` ("Order:", "Ref:"), in lower case. Sorted.
const FIELD_LABELS: &[&str] = &[
    "acc",
    "acct",
    "address",
    "birthday",
    "cell",
    "city",
    "company",
    "country",
    "county",
    "date",
    "dob",
    "e-mail",
    "email",
    "fax",
    "id",
    "mail",
    "mob",
    "mobile",
    "name",
    "no",
    "number",
    "passport",
    "phone",
    "pin",
    "postal",
    "state",
    "street",
    "surname",
    "tel",
    "telephone",
    "town",
    "user",
    "username",
];

/// The words that say which name a field holds before "name:" ("Last name: Lopez").
/// Sorted.
const NAME_FIELDS: &[&str] = &[
    "family", "first", "full", "given", "last", "maiden", "middle", "second", "user",
];

/// Whether `text[start..end]` is a field's label before its colon ("Phone:", "EMAIL:",
/// "Last name:"): no word of the name before it.
fn labels_a_field(text: &str, start: usize, end: usize) -> bool {
    let lower = text[start..end].to_lowercase();
    let after = &text[end..];
    if after.starts_with(':') {
        return crate::redact::kinds::is_label(&lower, FIELD_LABELS);
    }
    let name_colon = after
        .strip_prefix(' ')
        .and_then(|rest| rest.get(..5))
        .is_some_and(|next| next.eq_ignore_ascii_case("name:"));
    name_colon && NAME_FIELDS.binary_search(&lower.as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_field_labels_are_sorted() {
        assert!(super::FIELD_LABELS.is_sorted());
        assert!(super::NAME_FIELDS.is_sorted());
    }
}
