//! Postal addresses and postcodes: a text → the spans of the street addresses in it (a
//! house number, a street's name and a word for a street: "221B Baker Street", "1600
//! Pennsylvania Ave", "12 rue de la Paix", "42 baker street", "12 oak ave": `[address]`),
//! of the UK postcodes as they are written ("SW1A 1AA") and of the US ZIP codes after a
//! state, a city and its state, or a city alone ("Springfield, IL 62704", "Texas 75001",
//! "Springfield 62704") or their label ("zip code 90210", "postcode sw1a 1aa":
//! `[postcode]`). A bare block of five digits stays, and so does one after a thing's
//! word ("order 12345", "Order 12345"): an order's number looks the same. Beside the
//! spans taken before; the city and the state stay. A flat's number, a PO box and a ZIP
//! code after a street without a comma: `units.rs`.

use std::sync::LazyLock;

use regex::Regex;

use super::Kind;
use super::taken::Taken;
use crate::text::calendar;
use crate::text::english::is_common_english;

/// A house number, one to three words of a street's name (after a saint's, a mount's or a
/// fort's abbreviation with its full stop right after the number: "12 St. Louis Ave.",
/// "5 Mt. Vernon Rd", a review found them shown; not "Pt.", "I have 3 Pt. Court dates" is
/// none; not after the name's first word, "I'm at 22 Elm St. Court date is Monday" ends
/// at "St."), a word for a street and the direction after it in capitals ("1600 Pennsylvania Avenue NW", "12 Main St. N.W.":
/// the span ends past the direction's last full stop, a review found "`[address]W.`"). The
/// number, the name and the street's word are the groups; whether the name is one is
/// [`street_name`]'s.
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)([0-9]{1,5}[A-Za-z]?(?:-[0-9]{1,5})?),?[ \t]+((?:(?:St|Ste|Mt|Ft)\.[ \t]+)?(?:[A-Za-z][A-Za-z'’-]*[ \t]+){1,3})((?i:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|terrace|close|crescent|square|sq|highway|hwy|parkway|pkwy|circle|grove|gardens|mews|row|way|walk|trail|plaza))(?-u:\b)\.?(?:[ \t]+(?:N\.?W|N\.?E|S\.?W|S\.?E|N|S|E|W)(?-u:\b)\.?)?",
    )
    .expect("the street pattern is valid")
});

/// A French street ("12 rue de la Paix", "3 bis, avenue Victor Hugo"): the house number,
/// the word for a street in lower case or capitalised, its articles, a capitalised name.
static RUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)[0-9]{1,4}(?:[ ]?(?:bis|ter))?,?[ ]+(?:[Rr]ue|[Aa]venue|[Bb]oulevard|[Bb]d|[Pp]lace|[Cc]hemin|[Aa]ll[ée]e|[Ii]mpasse|[Qq]uai)[ ]+(?:(?:de|du|des|la|le|les)[ ]+|[dl]['’]){0,3}\p{Lu}[\p{L}'’-]+(?:[ ]+\p{Lu}[\p{L}'’-]+)?",
    )
    .expect("the rue pattern is valid")
});

/// A UK postcode as it is written, in capitals ("SW1A 1AA", "M1 1AE", "EC1A1BB"); the
/// inward code's letters are those Royal Mail uses (no C, I, K, M, O or V).
static UK_POSTCODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[A-Z]{1,2}[0-9][A-Z0-9]?[ ]?[0-9][ABD-HJLNP-UW-Z]{2}(?-u:\b)")
        .expect("the postcode pattern is valid")
});

/// A postcode after its label, in any case ("zip code 90210", "ZIP: 62704-1234",
/// "postcode sw1a 1aa", "post code is M1 1AE"). The code is the group.
static LABELLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:zip(?:[ ]?code)?|post(?:al)?[ ]?code)(?:[ ]+(?:is|was))?[ ]*[:=#-]?[ ]*([0-9]{5}(?:-[0-9]{4})?|[A-Z]{1,2}[0-9][A-Z0-9]?[ ]?[0-9][A-Z]{2})(?-u:\b)",
    )
    .expect("the labelled postcode pattern is valid")
});

/// A US ZIP code after a state: its two capitals after a city and a comma ("Springfield,
/// IL 62704": "OK 12345" alone is no state), or its name ("Texas 75001", "New York,
/// 10001"). The ZIP code is the group.
static ZIP: LazyLock<Regex> = LazyLock::new(|| {
    const STATES: &str = "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming";
    const CODES: &str = "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY";
    Regex::new(&format!(
        r"(?-u:\b)(?:[A-Z][a-z]+(?:[ ][A-Z][a-z]+)*,[ ]*(?:{CODES})|(?:{STATES}))\.?,?[ ]+([0-9]{{5}}(?:-[0-9]{{4}})?)(?-u:\b)"
    ))
    .expect("the zip pattern is valid")
});

/// A US ZIP code after a city with no state ("Springfield 62704", "Boston, 02110"): a
/// capitalised word, then five digits (and four more). The city is the first group, the
/// ZIP code the second; whether the word is a city's is [`city`]'s.
static CITY_ZIP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)([A-Z][a-z]+),?[ ]+([0-9]{5}(?:-[0-9]{4})?)(?-u:\b)")
        .expect("the city zip pattern is valid")
});

/// Takes the spans of the street addresses, then of the postcodes, that no span taken
/// overlaps.
pub(super) fn spans(text: &str, taken: &mut Taken) {
    let address = Kind::Address.mask();
    for found in STREET.captures_iter(text) {
        let (Some(whole), Some(name)) = (found.get(0), found.get(2)) else {
            continue;
        };
        let title = found
            .get(3)
            .is_some_and(|kind| is_title(kind.as_str(), &text[kind.end()..]));
        let named = street_name(name.as_str())
            || (found.get(3).is_some_and(|kind| plain_street(kind.as_str()))
                && lower_case_street(name.as_str())
                && !after_a_time_or_price(text, whole.start()));
        // The full stop after a street's full word ends the sentence and stays out of
        // the mask ("I live at 12 Main Street. Let me…" read "[address] Let me…"); after
        // an abbreviation ("St.", "N.W.") it is the abbreviation's ("12 Main St., Apt 4").
        let end = whole.end() - usize::from(ends_a_sentence(whole.as_str()));
        if named && !title && !taken.overlaps(whole.start(), end) {
            taken.push((whole.start(), end, address));
        }
    }
    taken.settle();
    for found in RUE.find_iter(text) {
        if !taken.overlaps(found.start(), found.end()) {
            taken.push((found.start(), found.end(), address));
        }
    }
    taken.settle();
    let postcode = Kind::Postcode.mask();
    let codes = UK_POSTCODE
        .find_iter(text)
        .map(|m| (m.start(), m.end()))
        .chain(
            LABELLED
                .captures_iter(text)
                .chain(ZIP.captures_iter(text))
                .filter_map(|c| c.get(1))
                .map(|m| (m.start(), m.end())),
        )
        .chain(
            CITY_ZIP
                .captures_iter(text)
                .filter(|c| c.get(1).is_some_and(|word| city(word.as_str())))
                .filter_map(|c| c.get(2))
                .filter(|m| !more_of_a_number(text, m.end()))
                .map(|m| (m.start(), m.end())),
        )
        .collect::<Vec<_>>();
    for (start, end) in codes {
        if !taken.overlaps(start, end) {
            taken.push((start, end, postcode));
            taken.settle();
        }
    }
    units::spans(text, taken);
}

/// Whether the street `found` ends with a full stop after a word for a street written
/// whole ("Street.", "Road."): one no abbreviation takes ("St.", "Rd.", "N.W.").
fn ends_a_sentence(found: &str) -> bool {
    let Some(before) = found.strip_suffix('.') else {
        return false;
    };
    let word = &before[before
        .rfind(|c: char| !c.is_ascii_alphabetic())
        .map_or(0, |i| i + 1)..];
    word.len() > 3 && STREET_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Whether `name`, the words between a house number and a word for a street, may be a
/// street's name: each word capitalised ("Baker", "Pennsylvania", "Old Kent") or, of
/// three letters or more, no common English word ("221b bakr st"): "waited 2 hours on
/// the way", "3 items to the court", "at 6 pm Dr Alexis" name no street. After "St.",
/// "Mt.", "Ft.", a common word is a measure's or a sentence's, no saint's ("a 10 Ft.
/// Wide Drive": a review found it masked).
fn street_name(name: &str) -> bool {
    let mut words = name.split_whitespace();
    if let Some(first) = words.next()
        && first.ends_with('.')
        && words
            .next()
            .is_none_or(|word| is_common_english(&word.to_lowercase()))
    {
        return false;
    }
    name.split_whitespace().all(|word| {
        let letters = word.trim_matches(|c: char| !c.is_alphabetic());
        letters.starts_with(|c: char| c.is_uppercase())
            || (letters.chars().count() >= 3 && !is_common_english(&letters.to_lowercase()))
    })
}

/// Whether `kind`, the word for a street, says a street and nothing else, written out
/// or cut short ("street", "ave", "rd"): before it, a street's name may be everyday
/// words in lower case ("12 oak ave"). "Drive", "court", "way", "place" and the like are
/// other words as often ("a 2 hour drive", "3 items to the court").
fn plain_street(kind: &str) -> bool {
    const PLAIN: &[&str] = &[
        "ave",
        "avenue",
        "blvd",
        "boulevard",
        "crescent",
        "highway",
        "hwy",
        "lane",
        "ln",
        "parkway",
        "pkwy",
        "rd",
        "road",
        "st",
        "street",
        "terrace",
    ];
    PLAIN.iter().any(|word| word.eq_ignore_ascii_case(kind))
}

/// Whether `name`, the words between a house number and a plain word for a street
/// ([`plain_street`]), may be a street's name in lower case ("oak", "old mill", "baker"):
/// each word letters only, two or more, and none a word that goes between a number and a
/// road in a sentence: a small word ("2 hours on the road"), a measure or a count ("5
/// miles down the road", "3 lanes road"), a time ("6 pm"), or a word for a street ("a 2
/// lane road").
fn lower_case_street(name: &str) -> bool {
    name.split_whitespace().all(|word| {
        let lower = word.to_ascii_lowercase();
        lower.len() >= 2
            && lower.bytes().all(|b| b.is_ascii_lowercase())
            && NOT_STREET_NAMES.binary_search(&lower.as_str()).is_err()
            && !STREET_WORDS.contains(&lower.as_str())
    })
}

/// The words that go between a number and a road in a sentence ([`lower_case_street`]).
/// Sorted.
const NOT_STREET_NAMES: &[&str] = &[
    "a", "about", "across", "after", "along", "am", "an", "and", "around", "at", "before",
    "blocks", "by", "cars", "days", "dollars", "down", "each", "euros", "feet", "for", "from",
    "hours", "in", "into", "items", "its", "km", "kms", "lanes", "left", "miles", "mins",
    "minutes", "mph", "my", "near", "of", "off", "on", "onto", "or", "our", "past", "people", "pm",
    "pounds", "right", "seconds", "stops", "that", "the", "their", "this", "times", "to",
    "towards", "up", "way", "weeks", "with", "years", "your",
];

/// The capitalised words before five digits that are no city ([`city`]) beside the days
/// and months (`text::calendar`'s, whole or short: "Mon 12345", "Sept" too): the labels
/// of things' numbers the common words leave out. Sorted.
const NOT_CITIES: &[&str] = &["acct", "apt", "ext", "invoice", "sept", "sku"];

/// The words for a street [`STREET`] takes, in lower case.
const STREET_WORDS: &[&str] = &[
    "street",
    "st",
    "road",
    "rd",
    "avenue",
    "ave",
    "lane",
    "ln",
    "drive",
    "dr",
    "boulevard",
    "blvd",
    "court",
    "ct",
    "place",
    "pl",
    "terrace",
    "close",
    "crescent",
    "square",
    "sq",
    "highway",
    "hwy",
    "parkway",
    "pkwy",
    "circle",
    "grove",
    "gardens",
    "mews",
    "row",
    "way",
    "walk",
    "trail",
    "plaza",
];

/// Whether the house number at `start` of `text` is the end of a time, a price, a date
/// or a longer number ("10:30 main st", "$12 oak ave", "1.5 mile road"): a `:`, a
/// currency's sign, a `.`, `,` or `/` with a digit before it, or a currency's sign
/// right before it.
fn after_a_time_or_price(text: &str, start: usize) -> bool {
    let before = text[..start].chars().next_back();
    let glued = text[..start]
        .strip_suffix(|c: char| matches!(c, ':' | '.' | ',' | '/'))
        .is_some_and(|rest| rest.ends_with(|c: char| c.is_ascii_digit()));
    glued || before.is_some_and(|c| matches!(c, ':' | '$' | '£' | '€' | '#'))
}

/// Whether `word`, capitalised before five digits, may be a city's name: no common
/// English word ("Order", "Flight", "Room" 12345), nor a day's or a month's, nor a label
/// of a thing's number ("Invoice", "Acct").
fn city(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    !is_common_english(&lower)
        && NOT_CITIES.binary_search(&lower.as_str()).is_err()
        && calendar::weekday_or_short(&lower).is_none()
        && calendar::month_or_short(&lower).is_none()
        && !super::labels::is_label(&lower, &[])
}

/// Whether the digits that end at `end` of `text` go on as a number does: a `.`, `,` or
/// `/` and a digit after them ("Springfield 62704.50").
fn more_of_a_number(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(|c: char| matches!(c, '.' | ',' | '/'))
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether the street's word `kind` is a title before a name (`after` is what follows
/// it): "Dr" or "Dr." before a capitalised word ("6 Pm Dr Alexis") is a doctor, not a
/// drive.
fn is_title(kind: &str, after: &str) -> bool {
    kind.eq_ignore_ascii_case("dr")
        && after
            .trim_start_matches('.')
            .strip_prefix(' ')
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_uppercase()))
}

mod units;

#[cfg(test)]
mod tests;
