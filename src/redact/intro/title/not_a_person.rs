//! What follows a title without naming a person, known by the title and the word together:
//! a text, the title and the first word found after it → whether the words are a brand
//! that carries a title ("Mr. Clean", "Captain Crunch", "Captain Morgan rum", "Dr Martens
//! boots", "my Dr Martens"; a person where what follows says so: "Mr. Clean said", "Mr.
//! Clean is my landlord"), a colour after "Lt" for light ("Lt Gray finish"), a German
//! role ("Herr Ober", the waiter) (a noun of headlines, "Major Outage", is
//! `headlines.rs`'s). Only a brand's fixed name says so: a word of
//! goods after any other surname ("Mr. Smith spray painted my car", "Dr. Kim boots
//! patients", "Dr. Patel soap") is a person still. Tells; the words found are
//! `title.rs`'s.

use super::super::words::word_after;
use super::{lower, start_of_word_before, word_before};

mod someone;
use someone::said_to_be_someone;

/// When a brand's name is the brand and no one ([`BRANDS`]).
#[derive(Clone, Copy)]
enum Brand {
    /// Whatever follows, but a person's verb ([`PERSON_DID`]: "Mr. Clean said") or who
    /// someone is to the writer ("Mr. Clean is my landlord": `said_to_be_someone`).
    Alone,
    /// Only before one of the words given ("Captain Morgan rum", "Dr. Scholl
    /// insoles"; "Captain Morgan will be your pilot" is a person).
    Before(&'static [&'static str]),
    /// As a possessive, the brand's own way ("Dr. Scholl's", "Dr. Scholl's gel"), or
    /// before one of the words given.
    Possessive(&'static [&'static str]),
}

/// What a rum is drunk with, or is: after "Captain Morgan" ("a Captain Morgan and coke",
/// "Captain Morgan & coke", "Captain Morgan spiced").
const RUM: &[&str] = &["&", "and", "rum", "spiced"];

/// What Dr. Scholl's sells.
const SCHOLL: &[&str] = &["gel", "insoles", "inserts", "pads"];

/// What Dr Martens sells: after the name, the brand whether "Dr" has its full stop or
/// not ("Dr. Martens boots"); see [`martens`].
const MARTENS: &[&str] = &["boots", "docs", "sandals", "shoes"];

/// The brands whose name is a title and a name (the title as written without its full
/// stop, the name in lower case, a possessive's stem: "Dr. Scholl's"), each with when it
/// is the brand. A person may bear one of these names too; a surname before a word of
/// goods is no brand ("Dr. Patel shoes": a person still). "Dr Pepper" is a thing after
/// any title (`title.rs`); "Dr Martens" is [`martens`]'s.
const BRANDS: &[(&str, &str, Brand)] = &[
    ("capt", "crunch", Brand::Alone),
    ("capt", "morgan", Brand::Before(RUM)),
    ("captain", "crunch", Brand::Alone),
    ("captain", "morgan", Brand::Before(RUM)),
    ("dr", "scholl", Brand::Possessive(SCHOLL)),
    ("mr", "clean", Brand::Alone),
    ("mr", "coffee", Brand::Alone),
    ("mr", "donut", Brand::Alone),
    ("mr", "muscle", Brand::Alone),
    ("mr", "sandman", Brand::Alone),
    ("mr", "sheen", Brand::Alone),
    ("mr", "softee", Brand::Alone),
];

/// Whether the brand's word at `text[start..end]` after `title` (as `same_initial.rs`'s
/// `title_key` writes it: "mr", "capt") is masked after its title only: a brand's name
/// of [`BRANDS`] under the brand's own title ("Mr. Clean said so"), not said to be
/// someone to the writer. Under another title ("Mrs. Sheen", "Ms. Coffee") the word is a
/// surname, and one said to be someone ("My landlord Mr. Clean") a person's: masked alone
/// too, but where it reads as the everyday word (`as_a_word.rs`: "Clean up the mess").
/// A review found "Mrs. Sheen is my neighbour" … "Sheen said no" shown (alone before a
/// person's verb: [`before_a_persons_verb`]).
pub(in crate::redact) fn is_brand_name(text: &str, title: &str, start: usize, end: usize) -> bool {
    let word = lower(&text[start..end]);
    let own = BRANDS
        .iter()
        .any(|&(t, name, _)| name == word && t == title);
    if !own {
        return false;
    }
    let before = text[..start].trim_end_matches([' ', '.', '"', '\u{201c}', '(', '\'', '\u{2019}']);
    let title_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    let tail = ["'s", "\u{2019}s"]
        .iter()
        .find(|tail| text[end..].starts_with(**tail))
        .map_or(0, |tail| tail.len());
    !said_to_be_someone(text, title_start, end + tail, tail > 0)
}

/// Whether a person's verb ([`PERSON_DID`]) follows the word that ends at `end` of
/// `text`: a brand's word given as a name after its title ("Mr. Clean called me") is the
/// person's alone too there ("Clean rang again": a review found it shown), and the
/// everyday word elsewhere ("Coffee, black.").
pub(in crate::redact) fn before_a_persons_verb(text: &str, end: usize) -> bool {
    word_after(text, end).is_some_and(|(s, e)| {
        PERSON_DID
            .binary_search(&lower(&text[s..e]).as_str())
            .is_ok()
    })
}

/// Whether `lower` (a word in lower case) is the word of one of [`BRANDS`] under "Mr"
/// ("clean", "sheen"): an everyday word or the brand's in lower case, a surname only
/// where capitalised ("Morgan", a surname before a brand's, is not one).
pub(in crate::redact) fn is_brand_word(lower: &str) -> bool {
    BRANDS
        .iter()
        .any(|&(title, name, _)| title == "mr" && name == lower)
}

/// Words after a name that say a person did something, and so make a brand's name
/// ([`BRANDS`]) a person's: "Mr. Clean said my results are fine". Sorted.
const PERSON_DID: &[&str] = &[
    "answered", "arrived", "asked", "called", "came", "comes", "dropped", "e-mailed", "emailed",
    "fixed", "helped", "messaged", "phoned", "rang", "replied", "said", "says", "sent", "stopped",
    "tells", "texted", "told", "visited", "wants", "will", "wrote",
];

/// Words before "Dr Martens" (without its full stop) that make it a pair of boots: a
/// possessive, an article or an adjective ("my Dr Martens", "these Dr Martens", "new Dr
/// Martens", "a pair of Dr Martens"). Sorted.
const MARTENS_BEFORE: &[&str] = &[
    "a", "her", "his", "my", "new", "of", "old", "our", "some", "the", "their", "these", "those",
    "your",
];

/// Words after "my Dr Martens" that make it a person, beside [`PERSON_DID`]: one (boots
/// are several), what a doctor does, or has ("my Dr Martens is a great surgeon", "a new
/// Dr Martens joined the clinic", "my Dr Martens appointment"). Sorted.
const MARTENS_PERSON: &[&str] = &[
    "appointment",
    "diagnosed",
    "examined",
    "explained",
    "gave",
    "has",
    "is",
    "joined",
    "office",
    "prescribed",
    "recommended",
    "referred",
    "sent",
    "suggested",
    "thinks",
    "was",
];

/// Nouns of goods, which a chat may put after a name ("Dr. Patel shampoo", the one Dr.
/// Patel gave): no word of the name, which stops before one (not remembered, "shampoo"
/// would be masked in the whole conversation). Sorted.
const GOODS: &[&str] = &[
    "boots", "cereal", "cleaner", "cola", "eraser", "insoles", "rum", "sandals", "sauce",
    "shampoo", "shoes", "soap", "soda", "spray", "wipes",
];

/// Nouns of things named after a title and a name, a brand's, a show's or a paper's
/// ("Mrs Chanel perfume", "Madame Figaro magazine", "Monsieur Periné concert", "Mr. Bean
/// movie"): after the words found after any title, they make the title and the words a
/// thing's name, no one (a review found "perfume" masked as the name's second word).
/// Sorted.
const NAMED_THINGS: &[&str] = &[
    "album",
    "band",
    "brand",
    "collection",
    "cologne",
    "concert",
    "concerts",
    "episode",
    "fragrance",
    "gig",
    "handbag",
    "magazine",
    "movie",
    "musical",
    "novel",
    "perfume",
    "perfumes",
    "podcast",
    "restaurant",
    "series",
    "song",
    "tickets",
];

/// The names of things that follow a title ("Mrs Chanel perfume", "Madame Figaro
/// magazine", "Monsieur Periné concert", "Mr. Bean movie"): only these make the title
/// and the words before one of [`NAMED_THINGS`] a thing's name. A surname there is a
/// person's ("Mrs Smith perfume order is late", "Mrs Okafor magazine subscription": a
/// review found them shown when any word was taken). Sorted.
const THINGS_NAMES: &[&str] = &[
    "bean", "chanel", "dior", "figaro", "givenchy", "guerlain", "periné", "rochas",
];

/// Whether `word` (in any case) is one of [`THINGS_NAMES`].
pub(super) fn is_things_name(word: &str) -> bool {
    THINGS_NAMES.binary_search(&lower(word).as_str()).is_ok()
}

/// Whether `word` (in any case) is one of [`NAMED_THINGS`].
pub(super) fn is_named_thing(word: &str) -> bool {
    NAMED_THINGS.binary_search(&lower(word).as_str()).is_ok()
}

/// Whether `word` (in any case) is one of [`GOODS`].
pub(super) fn is_goods(word: &str) -> bool {
    GOODS.binary_search(&lower(word).as_str()).is_ok()
}

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

/// Whether the word `text[start..end]` after the title `text[title_start..]` (`title`
/// as written, its full stop not included; `dotted`: with one) names no one for the
/// title it follows: one of [`BRANDS`] where it is the brand, "Dr Martens" where
/// [`martens`] says so, one of [`COLOURS`] after "Lt" without its full stop, one of
/// [`GERMAN_ROLES`] after "Herr".
pub(super) fn names_a_product_or_role(
    text: &str,
    title_start: usize,
    title: &str,
    dotted: bool,
    start: usize,
    end: usize,
) -> bool {
    // "Mister Softee", "Mister Clean": the brand's title written out.
    let title = match lower(title).as_str() {
        "mister" => "mr".to_owned(),
        title => title.to_owned(),
    };
    let word = lower(&text[start..end]);
    // "Dr. Scholl's": the possessive's stem, found with its "'s" or without.
    let stem = word.strip_suffix("'s");
    let tail = ["'s", "\u{2019}s"]
        .iter()
        .find(|tail| text[end..].starts_with(**tail))
        .map_or(0, |tail| tail.len());
    let possessive = stem.is_some() || tail > 0;
    let word = stem.unwrap_or(&word);
    let end = end + tail;
    let next = word_after(text, end).map(|(s, e)| lower(&text[s..e]));
    let next = next.or_else(|| {
        // "Captain Morgan & coke": a sign between.
        text[end..]
            .strip_prefix(" &")
            .filter(|rest| rest.is_empty() || rest.starts_with(' '))
            .map(|_| "&".to_owned())
    });
    let brand = BRANDS.iter().any(|&(t, name, when)| {
        t == title
            && name == word
            && match when {
                // "this is Mr. Clean spray": goods after it are the brand's.
                Brand::Alone => {
                    next.as_deref().is_some_and(is_goods)
                        || (next
                            .as_deref()
                            .is_none_or(|next| PERSON_DID.binary_search(&next).is_err())
                            && !said_to_be_someone(text, title_start, end, possessive))
                }
                Brand::Before(goods) => next.as_deref().is_some_and(|next| goods.contains(&next)),
                Brand::Possessive(goods) => {
                    possessive || next.as_deref().is_some_and(|next| goods.contains(&next))
                }
            }
    });
    brand
        // "Doc Martens": the boots' nickname, never a doctor's.
        || (title == "doc" && word == "martens")
        || (title == "dr"
            && word == "martens"
            && martens(text, title_start, dotted, next.as_deref()))
        || (title == "lt" && !dotted && COLOURS.binary_search(&word).is_ok())
        || (title == "herr" && GERMAN_ROLES.binary_search(&word).is_ok())
}

/// Whether "Dr Martens", its title at `title_start` in `text` (`dotted`: "Dr." with its
/// full stop), before the word `next`, is the boots: before one of [`MARTENS`] ("Dr
/// Martens boots", "Dr. Martens shoes"), or without the full stop after one of
/// [`MARTENS_BEFORE`] ("my Dr Martens", "these Dr Martens"), unless what follows is
/// what a person does or has ([`MARTENS_PERSON`]: "my Dr Martens told me to rest", "my
/// Dr Martens is a great surgeon", "my Dr Martens appointment"). Elsewhere a person,
/// whom the full stop or what is said of them shows ("Dr. Martens is my cardiologist",
/// "an appointment with Dr Martens", "I saw Dr. Martens today").
fn martens(text: &str, title_start: usize, dotted: bool, next: Option<&str>) -> bool {
    if next.is_some_and(|next| MARTENS.contains(&next)) {
        return true;
    }
    if dotted
        || next.is_some_and(|next| {
            MARTENS_PERSON.binary_search(&next).is_ok() || PERSON_DID.binary_search(&next).is_ok()
        })
    {
        return false;
    }
    let word = word_before(text, title_start);
    // "a pair of Dr Martens": "of" after "pair" only ("the office of Dr Martens").
    let pair = || word_before(text, start_of_word_before(text, title_start)) == "pair";
    MARTENS_BEFORE.binary_search(&word.as_str()).is_ok() && (word != "of" || pair())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_sorted() {
        assert!(super::COLOURS.is_sorted());
        assert!(super::MARTENS_BEFORE.is_sorted());
        assert!(super::MARTENS_PERSON.is_sorted());
        assert!(super::GOODS.is_sorted());
        assert!(super::NAMED_THINGS.is_sorted());
        assert!(super::THINGS_NAMES.is_sorted());
        assert!(super::PERSON_DID.is_sorted());
        assert!(super::GERMAN_ROLES.is_sorted());
    }
}
