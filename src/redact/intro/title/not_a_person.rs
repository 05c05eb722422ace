//! What follows a title without naming a person, known by the title and the word together:
//! a text, the title and the first word found after it → whether the words are a product
//! or a brand ("Captain Morgan rum", "Mr. Clean spray", "Dr Martens boots", "my Dr
//! Martens"), a colour after "Lt"
//! for light ("Lt Gray finish"), or a German role ("Herr Ober", the waiter). Tells; the
//! words found are `title.rs`'s.

use super::super::words::word_after;
use super::lower;

/// A drink named after a title and a name, with the words that say the drink follows
/// ("a Captain Morgan and coke", "Captain Morgan & coke"): "and" and "&" say it only
/// after this name.
const DRINKS: &[(&str, &str, &[&str])] = &[
    ("captain", "morgan", &["and", "&"]),
    ("capt", "morgan", &["and", "&"]),
];

/// Nouns of goods: after a title and one word, the two are a brand, no one ("Mr. Clean
/// spray", "Dr Martens boots", "Captain Morgan rum", "Captain Crunch cereal", "Dr Scholl
/// insoles"). A person's name is not followed by what is sold; a name followed by such
/// a word elsewhere ("Dr Lee spray" for the spray Dr Lee gave) is rarer than a brand.
/// Sorted.
const GOODS: &[&str] = &[
    "boots", "cereal", "cleaner", "coke", "cola", "eraser", "insoles", "rum", "sandals", "sauce",
    "shampoo", "shoes", "soap", "soda", "spiced", "spray", "wipes",
];

/// Brands that are a title and a name whatever follows, written so by the brand itself
/// and chats naming it alone ("my Dr Martens", "I used Mr. Clean"): no one, but where
/// what follows says a person did something ([`PERSON_DID`]: "Dr. Martens said").
const BRANDS: &[(&str, &str)] = &[("dr", "martens"), ("mr", "clean")];

/// Words after a name that say a person did something, and so make a brand's name
/// ([`BRANDS`]) a person's: "Dr. Martens said my results are fine". Sorted.
const PERSON_DID: &[&str] = &[
    "asked", "called", "said", "says", "tells", "told", "wants", "will", "wrote",
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
/// stop not included) names no one for the title it follows: a brand before one of
/// [`GOODS`] or one of [`DRINKS`]' words, one of [`BRANDS`], one of [`COLOURS`] after
/// "Lt" without its full stop (`dotted`: with it), one of [`GERMAN_ROLES`] after "Herr".
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
    let drink = DRINKS.iter().any(|&(t, name, then)| {
        t == title && name == word && next.as_deref().is_some_and(|next| then.contains(&next))
    });
    let goods = next
        .as_deref()
        .is_some_and(|next| GOODS.binary_search(&next).is_ok());
    let brand = BRANDS.contains(&(title.as_str(), word.as_str()))
        && next
            .as_deref()
            .is_none_or(|next| PERSON_DID.binary_search(&next).is_err());
    drink
        || goods
        || brand
        || (title == "lt" && !dotted && COLOURS.binary_search(&word.as_str()).is_ok())
        || (title == "herr" && GERMAN_ROLES.binary_search(&word.as_str()).is_ok())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_sorted() {
        assert!(super::COLOURS.is_sorted());
        assert!(super::GOODS.is_sorted());
        assert!(super::PERSON_DID.is_sorted());
        assert!(super::GERMAN_ROLES.is_sorted());
    }
}
