//! What follows a title without naming a person, known by the title and the word together:
//! a text, the title and the first word found after it → whether the words are a product
//! named after someone ("Captain Morgan rum", "Dr Martens boots"), a colour after "Lt"
//! for light ("Lt Gray finish"), or a German role ("Herr Ober", the waiter). Tells; the
//! words found are `title.rs`'s.

use super::super::words::word_after;
use super::lower;

/// Products named after a title and a name, with the words that say the product follows:
/// ("Captain Morgan rum", "a Captain Morgan and coke", "Dr Martens boots"). Before any
/// other word the name is a person's ("Captain Morgan will be your pilot").
const PRODUCTS: &[(&str, &str, &[&str])] = &[
    (
        "captain",
        "morgan",
        &["and", "coke", "cola", "rum", "spiced", "&"],
    ),
    (
        "capt",
        "morgan",
        &["and", "coke", "cola", "rum", "spiced", "&"],
    ),
    ("dr", "martens", &["boots", "shoes", "sandals"]),
    ("dr", "marten", &["boots", "shoes", "sandals"]),
];

/// Colours after "Lt" written without its full stop, for light ("Lt Gray finish", "LT
/// BLUE"): no lieutenant, who is written "Lt." as often as not. Sorted.
const COLOURS: &[&str] = &[
    "beige", "blue", "brown", "cream", "gold", "gray", "green", "grey", "khaki", "lilac", "olive",
    "orange", "pink", "purple", "rose", "silver", "tan", "teal", "yellow",
];

/// Words after "Herr" that are a role, no surname: the waiter ("Herr Ober"), a doctor, a
/// professor, God ("Herr Gott"). Sorted.
const GERMAN_ROLES: &[&str] = &[
    "direktor",
    "doktor",
    "gott",
    "kollege",
    "minister",
    "nachbar",
    "ober",
    "pfarrer",
    "professor",
    "präsident",
];

/// Whether the word `text[start..end]` after the title `title` (as written, its full
/// stop not included) names no one for the title it follows: one of [`PRODUCTS`] before
/// a word that says the product, one of [`COLOURS`] after "Lt" without its full stop
/// (`dotted`: with it), one of [`GERMAN_ROLES`] after "Herr".
pub(super) fn names_a_product_or_role(
    text: &str,
    title: &str,
    dotted: bool,
    start: usize,
    end: usize,
) -> bool {
    let title = lower(title);
    let word = lower(&text[start..end]);
    let next = word_after(text, end).map(|(s, e)| lower(&text[s..e]));
    let next = next.or_else(|| {
        // "Captain Morgan & coke": a sign between.
        text[end..]
            .strip_prefix(" &")
            .filter(|rest| rest.is_empty() || rest.starts_with(' '))
            .map(|_| "&".to_owned())
    });
    let product = PRODUCTS.iter().any(|&(t, name, then)| {
        t == title && name == word && next.as_deref().is_some_and(|next| then.contains(&next))
    });
    product
        || (title == "lt" && !dotted && COLOURS.binary_search(&word.as_str()).is_ok())
        || (title == "herr" && GERMAN_ROLES.binary_search(&word.as_str()).is_ok())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_sorted() {
        assert!(super::COLOURS.is_sorted());
        assert!(super::GERMAN_ROLES.is_sorted());
    }
}
