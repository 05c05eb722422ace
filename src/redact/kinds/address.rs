//! Postal addresses and postcodes: a text → the spans of the street addresses in it (a
//! house number, a street's name and a word for a street: "221B Baker Street", "1600
//! Pennsylvania Ave", "12 rue de la Paix": `[address]`), of the UK postcodes as they are
//! written ("SW1A 1AA") and of the US ZIP codes after a state or a city and its state
//! ("Springfield, IL 62704", "Texas 75001") or their label ("zip code 90210", "postcode
//! sw1a 1aa": `[postcode]`). A bare block of five digits stays: an order's number looks
//! the same. Beside the spans taken before; the city and the state stay.

use std::sync::LazyLock;

use regex::Regex;

use super::Kind;
use super::taken::Taken;
use crate::redact::is_common_english;

/// A house number, one to three words of a street's name, and a word for a street. The
/// number, the name and the street's word are the groups; whether the name is one is
/// [`street_name`]'s.
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)([0-9]{1,5}[A-Za-z]?(?:-[0-9]{1,5})?),?[ \t]+((?:[A-Za-z][A-Za-z'’-]*[ \t]+){1,3})((?i:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|terrace|close|crescent|square|sq|highway|hwy|parkway|pkwy|circle|grove|gardens|mews|row|way|walk|trail|plaza))(?-u:\b)\.?",
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
            .is_some_and(|kind| is_title(kind.as_str(), &text[whole.end()..]));
        if street_name(name.as_str()) && !title && !taken.overlaps(whole.start(), whole.end()) {
            taken.push((whole.start(), whole.end(), address));
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
        .collect::<Vec<_>>();
    for (start, end) in codes {
        if !taken.overlaps(start, end) {
            taken.push((start, end, postcode));
            taken.settle();
        }
    }
}

/// Whether `name`, the words between a house number and a word for a street, may be a
/// street's name: each word capitalised ("Baker", "Pennsylvania", "Old Kent") or, of
/// three letters or more, no common English word ("221b bakr st"): "waited 2 hours on
/// the way", "3 items to the court", "at 6 pm Dr Alexis" name no street.
fn street_name(name: &str) -> bool {
    name.split_whitespace().all(|word| {
        let letters = word.trim_matches(|c: char| !c.is_alphabetic());
        letters.starts_with(|c: char| c.is_uppercase())
            || (letters.chars().count() >= 3 && !is_common_english(&letters.to_lowercase()))
    })
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

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&str, &str)> {
        let mut taken = Taken::default();
        spans(text, &mut taken);
        taken
            .into_sorted()
            .into_iter()
            .map(|(start, end, mask)| (&text[start..end], mask))
            .collect()
    }

    #[test]
    fn street_addresses_and_postcodes_are_found() {
        for (text, expected) in [
            (
                "I live at 221B Baker Street, London",
                &[("221B Baker Street", "[address]")][..],
            ),
            (
                "ship to 1600 Pennsylvania Ave. NW",
                &[("1600 Pennsylvania Ave.", "[address]")],
            ),
            (
                "12 rue de la Paix, Paris",
                &[("12 rue de la Paix", "[address]")],
            ),
            (
                "10 Downing St, London SW1A 2AA",
                &[("10 Downing St", "[address]"), ("SW1A 2AA", "[postcode]")],
            ),
            ("Springfield, IL 62704", &[("62704", "[postcode]")]),
            ("Austin Texas 78701-1234", &[("78701-1234", "[postcode]")]),
            ("my zip code is 90210", &[("90210", "[postcode]")]),
            ("postcode: sw1a 1aa", &[("sw1a 1aa", "[postcode]")]),
        ] {
            assert_eq!(found(text), expected, "{text:?}");
        }
    }

    #[test]
    fn numbers_that_are_no_address_stay() {
        for text in [
            "order 62704 is late",
            "I waited 2 hours on the way",
            "3 items to the court",
            "OK 12345 is my order",
            "ride ID 66231",
            "I have 12345 points",
            "flight BA123 at gate 4",
            "a 55 inch TV",
            // STAR star-2381: a time, then a doctor.
            "Hopefully today, Wednesday, at 6 pm. Dr Alexis is the best",
            "see you at 6 Pm Dr Alexis",
        ] {
            assert_eq!(found(text), [], "{text:?}");
        }
    }
}
