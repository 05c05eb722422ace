//! A header's cells as errors list them under `--redact`: a cell of the first row of a
//! CSV file (a transcript's, a contacts file's, a labels file's) → the cell as the
//! error may show it. In a file without a header that row is data, a customer's name
//! among it ("the columns are: c1, Tyler Jones, customer, …"): what a pattern finds is
//! masked as in any text, and so is each word that looks like a name and not like a
//! column's (a capitalised word that is no common English word: `[name]`), and the words
//! of a cell of two or more that are none of them common English words ("tyler
//! jones"). Column names stay as written ("Customer Tier", `conversation_id`, `c1`): the
//! error is there to say which columns a file has. Masks; what a name is to the rest of
//! `--redact` is `names.rs`'s.

use std::borrow::Cow;

use super::names::{Names, fold, is_common_english, is_word_char};
use super::{NAME_MASK, is_mask, masked};
use crate::summary::may_be_name;

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
mod tests {
    use super::*;

    fn shown(cell: &str) -> String {
        masked_header_cell(cell, &Names::default()).into_owned()
    }

    #[test]
    fn data_in_a_header_is_masked() {
        for (cell, expected) in [
            ("Tyler Jones", "[name] [name]"),
            ("tyler jones", "[name] [name]"),
            (
                "Hi I am Tyler my card is 4111 1111 1111 1111",
                "Hi I am [name] my card is [card]",
            ),
            ("ana@example.com", "[email]"),
            ("Priya", "[name]"),
        ] {
            assert_eq!(shown(cell), expected, "{cell:?}");
        }
    }

    #[test]
    fn column_names_stay() {
        for cell in [
            "conversation_id",
            "Customer Tier",
            "timestamp",
            "c1",
            "ID",
            "CSAT score",
            "2026-03-01T09:00:00Z",
            "customer",
            "Hello there",
            "utm_source",
            "first_name",
            "",
        ] {
            assert_eq!(shown(cell), cell, "{cell:?}");
        }
    }
}
