//! A header's cells as errors list them under `--redact`: a cell of the first row of a
//! CSV file (a transcript's, a contacts file's, a labels file's) → the cell as the
//! error may show it. In a file without a header that row is data, a customer's name
//! among it ("the columns are: `c1`, `Tyler Jones`, `customer`, …"): what a pattern finds is
//! masked as in any text, and so is each word that looks like a name and not like a
//! column's (a capitalised word that is no common English word: `[name]`), and the words
//! of a cell of two or more that are none of them common English words ("tyler
//! jones"). Column names stay as written ("Customer Tier", `conversation_id`, `c1`): the
//! error is there to say which columns a file has. Masks; what a name is to the rest of
//! `--redact` is `names.rs`'s.
//!
//! The same row read as a header without an error (a file without one, mapped with
//! `--map` to cells of its first row) names the metadata fields: a packet's `fields`
//! then keys the customer's data by another customer's (`"tyler_jones": "Ann Lee"`).
//! Such keys, normalised as they are, go through the same check ([`mask_data_keys`]), and
//! so does a column a diagnostic names (`D005`: [`shown_column`]).

use std::borrow::Cow;

use super::memo::{Memo, remembered};
use super::names::{Names, fold, is_common_english, is_word_char};
use super::{NAME_MASK, is_mask, masked};
use crate::summary::may_be_name;
use crate::transcript::Metadata;

/// `cell`, a header's cell that an error lists, masked: its personal data and the
/// customer's names (`names`), then each word that looks like a name, not a column's
/// ([`looks_like_a_name`]); borrowed when nothing was.
pub(crate) fn masked_header_cell<'t>(cell: &'t str, names: &Names) -> Cow<'t, str> {
    let text = masked(cell, names);
    let words = words(&text);
    let lower_case_name = words.len() >= 2
        && words.iter().all(|&(s, e)| {
            let word = &text[s..e];
            word.chars().all(char::is_alphabetic) && word.chars().count() >= 2 && !common(word)
        });
    let masked_words: Vec<(usize, usize)> = words
        .into_iter()
        .filter(|&(s, e)| {
            !is_mask(&text, s, e) && (lower_case_name || looks_like_a_name(&text[s..e]))
        })
        .collect();
    if masked_words.is_empty() {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in masked_words {
        out.push_str(&text[at..start]);
        out.push_str(NAME_MASK);
        at = end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}

/// Masks the keys of metadata `fields` (normalised names, each with its value) that show
/// their header row was data, and their values as such a row's cells: when one key is a
/// cell of data ([`is_data_key`]: its own value's name, a pattern's or a name's, an email
/// address's name), each key is shown as its cell masks, a word of it that is no common
/// English word as `[name]` (the capitals that told a name are gone: `tyler` may be
/// "Tyler"), and each value as a header's cell is masked (`Ann Lee` → `[name] [name]`).
/// Keys masked alike get a number after the first (`[name] [name] 2`): a packet's
/// `fields` is a JSON object. A file with a header keeps its keys: none is data.
pub(crate) fn mask_data_keys(fields: &mut [(String, String)], names: &Names) {
    if !fields
        .iter()
        .any(|(key, value)| is_data_key(key, value, names))
    {
        return;
    }
    let mut shown: Vec<String> = Vec::with_capacity(fields.len());
    for (key, value) in fields.iter_mut() {
        let mut masked_key = data_key_masked(key, value, names);
        let base = masked_key.clone();
        let mut n = 1;
        while shown.contains(&masked_key) {
            n += 1;
            masked_key = format!("{base} {n}");
        }
        shown.push(masked_key.clone());
        *key = masked_key;
        if let Cow::Owned(masked) = masked_header_cell(value, names) {
            *value = masked;
        }
    }
}

/// Metadata column `field` as a diagnostic names it under `--redact`: as a packet's
/// `fields` keys it, when the conversation's `metadata` holds it ([`mask_data_keys`]: a
/// header row of data gave the columns a customer's data for names, `tyler_jones` →
/// `[name] [name]`), else as it is. Asked once a column (`D005`), not once a row.
pub(crate) fn shown_column(field: &str, metadata: &Metadata) -> String {
    let mut fields: Vec<(String, String)> = metadata
        .iter()
        .map(|(key, value)| (key.to_owned(), value.to_owned()))
        .collect();
    let Some(at) = fields.iter().position(|(key, _)| key == field) else {
        return field.to_owned();
    };
    mask_data_keys(&mut fields, &Names::of(metadata));
    fields.swap_remove(at).0
}

/// Whether metadata key `key` (normalised) with `value` is a cell of data, not a column's
/// name: its own value's name, and that value masks as a header's cell does ("Tyler
/// Jones" keyed `tyler_jones`, "ana@example.com" keyed `ana_example_com`); or its words
/// hold a pattern's data (`07700900123`); or it is an email address's name
/// ([`email_key`]).
fn is_data_key(key: &str, value: &str, names: &Names) -> bool {
    // What a key is by itself is kept (`memo.rs`: every packet of a file has the same
    // keys); the names are looked for only in a key that is its value's name.
    key_is_data(key) || (is_name_of(value, key) && masked_header_cell(value, names) != value)
}

/// Whether metadata key `key` (normalised) is data by itself: an email address's name
/// ([`email_key`]), or its words hold a pattern's data (`07700900123`). Kept for the next
/// time the same key comes (`memo.rs`).
fn key_is_data(key: &str) -> bool {
    thread_local! {
        static DATA: Memo<bool> = Memo::default();
    }
    remembered(&DATA, key, |key| {
        email_key(key) || !super::kinds::pattern_spans(&key.replace('_', " ")).is_empty()
    })
}

/// Whether `key` is `value`'s normalised name ("Tyler Jones" → `tyler_jones`), told first
/// by its first letter without normalising (most values start otherwise than their key).
fn is_name_of(value: &str, key: &str) -> bool {
    let first = value
        .chars()
        .find(|c| c.is_alphanumeric())
        .and_then(|c| c.to_lowercase().next());
    first == key.chars().next() && crate::transcript::normalize_field(value) == key
}

/// `key` as a header row of data shows it: its value's cell masked when the key is its
/// value's name, else its words masked as a header's cell's, each that is no common
/// English word as `[name]`; an email address's name as `[email]`.
fn data_key_masked(key: &str, value: &str, names: &Names) -> String {
    if email_key(key) {
        return "[email]".to_owned();
    }
    if is_name_of(value, key) {
        return masked_header_cell(value, names).into_owned();
    }
    let spaced = key.replace('_', " ");
    let text = masked_header_cell(&spaced, names);
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end) in words(&text) {
        let word = &text[start..end];
        if !is_mask(&text, start, end) && word.chars().all(char::is_alphabetic) && !common(word) {
            out.push_str(&text[at..start]);
            out.push_str(NAME_MASK);
            at = end;
        }
    }
    out.push_str(&text[at..]);
    out
}

/// The top-level domains [`email_key`] knows. Sorted.
const DOMAINS: &[&str] = &[
    "au", "biz", "ca", "co", "com", "de", "edu", "es", "fr", "gov", "info", "io", "it", "net",
    "nl", "org", "uk", "us",
];

/// Whether `key`, a normalised name, is an email address's or a domain's
/// (`ana_example_com`): three parts or more, the last a common top-level domain.
fn email_key(key: &str) -> bool {
    let parts: Vec<&str> = key.split('_').collect();
    parts.len() >= 3
        && parts
            .last()
            .is_some_and(|last| DOMAINS.binary_search(last).is_ok())
}

/// The words of `text`: runs of letters, digits and combining marks, with an apostrophe
/// inside one ("O'Brien").
fn words(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inside = is_word_char(c)
            || (matches!(c, '\'' | '’')
                && start.is_some()
                && chars.peek().is_some_and(|&(_, next)| is_word_char(next)));
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

/// Whether `word` is a common English word, as names are told from words.
fn common(word: &str) -> bool {
    is_common_english(&fold(word).replace('’', "'"))
}

/// Whether `word` looks like a name, not a column's word: a capital, then lower case
/// letters only ("Tyler", "O'Brien"; not `ID`, `CSAT`, `c1`, `Q3`), and no common English
/// word ("Customer", "Tier", "Plan" are column names).
fn looks_like_a_name(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest: Vec<char> = chars.collect();
    first.is_uppercase()
        && rest.iter().any(|c| c.is_lowercase())
        && rest
            .iter()
            .all(|&c| c.is_lowercase() || matches!(c, '\'' | '’'))
        && !common(word)
        && may_be_name(word)
}

#[cfg(test)]
mod tests;
