//! Dates with the month's name, day first: takes a value such as `13. Mai 2020 15:14` or
//! `3. Maerz 2020`; gives its date and wall-clock time (no zone), or none. The months
//! are a table per language; a language is one more table in [`LANGUAGES`].

use jiff::civil::{Date, DateTime};

use super::numeric::{clock, number};

/// Each month's names in one language, January first: the full name, then the
/// abbreviations and other spellings, in lower case. A name may be followed by a dot
/// (`Dez.`).
type Months = [&'static [&'static str]; 12];

/// German, Austrian (`Jänner`, `Feber`) and Swiss; with umlauts and without (`März`,
/// `Maerz`, `Marz`, as exports that drop them write it).
const GERMAN: Months = [
    &["januar", "jänner", "jaenner", "janner", "jan", "jän"],
    &["februar", "feber", "feb"],
    &["märz", "maerz", "marz", "mär", "mrz"],
    &["april", "apr"],
    &["mai"],
    &["juni", "jun"],
    &["juli", "jul"],
    &["august", "aug"],
    &["september", "sept", "sep"],
    &["oktober", "okt"],
    &["november", "nov"],
    &["dezember", "dez"],
];

/// The languages whose month names are read.
const LANGUAGES: &[Months] = &[GERMAN];

/// `D. Month YYYY` with an optional clock (`13. Mai 2020 15:14`, `3. März 2020`,
/// `1. Dez. 2020, 09:30`): the day with its dot, the month's name (any case), the year
/// in four digits. A date that does not exist (`31. Februar 2020`) is none.
pub(super) fn parse_named(value: &str) -> Option<DateTime> {
    let (day, rest) = number(value, 2)?;
    let rest = rest.strip_prefix('.')?.trim_start_matches(' ');
    let name_len = rest
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let (name, rest) = rest.split_at(name_len);
    let month = month_of(name)?;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    let after_space = rest.trim_start_matches(' ');
    if after_space.len() == rest.len() {
        return None;
    }
    let (year, rest) = number(after_space, 4)?;
    if after_space.len() - rest.len() != 4 {
        return None;
    }
    let date = Date::new(year, month, i8::try_from(day).ok()?).ok()?;
    Some(date.to_datetime(clock(rest)?))
}

/// The month (1 to 12) `name` is in one of [`LANGUAGES`], compared in lower case.
fn month_of(name: &str) -> Option<i8> {
    if name.is_empty() {
        return None;
    }
    LANGUAGES.iter().find_map(|months| {
        let index = months.iter().position(|names| {
            names
                .iter()
                .any(|n| name.chars().flat_map(char::to_lowercase).eq(n.chars()))
        })?;
        i8::try_from(index + 1).ok()
    })
}
