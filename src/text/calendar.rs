//! Weekday and month names, in English and lower case: the one list of them. Takes a
//! word; gives which weekday (Monday 0 … Sunday 6) or month (January 0 … December 11)
//! it names, whole (`monday`) or in three letters (`mon`), in any ASCII case. Decides
//! nothing about what a word means where it is written (`may` the month or the modal,
//! `sun` the day or the star, `mar` a month or a verb): each caller does.
//!
//! `hours:` rules read their `days` here (`rules::hours`), and the summaries their
//! weekdays and months, whole (`detail()` in `summary/goal/correction.rs`, which leaves
//! out `may`; `is_weekday` in `summary/facts/names.rs`, capitalised). Other lists of
//! these names, with words of their own beside them, are kept by redaction
//! (`NOT_CITIES` in `redact/kinds/address.rs`, `CALENDAR` in
//! `redact/intro/title/miss.rs`).

/// Monday first, as ISO 8601 counts them and as `jiff`'s `to_monday_zero_offset` does:
/// the index is the bit of a day in an `hours:` condition's mask.
pub(crate) const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// The weekdays in three letters, as `hours:` rules write them (`mon-fri`), in the
/// order of [`WEEKDAYS`].
pub(crate) const WEEKDAYS_SHORT: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// January first.
pub(crate) const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The months in three letters (`may` whole), in the order of [`MONTHS`].
pub(crate) const MONTHS_SHORT: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// The weekday `word` names, whole or in three letters, in any ASCII case (`Mon`,
/// `SUNDAY`): Monday 0 … Sunday 6. Nothing else: no `tues`, no spaces around.
pub(crate) fn weekday(word: &str) -> Option<usize> {
    named(word, &WEEKDAYS, &WEEKDAYS_SHORT)
}

/// The month `word` names, whole or in three letters, in any ASCII case (`Jan`,
/// `SEPTEMBER`): January 0 … December 11. Nothing else: no `sept`.
#[cfg_attr(
    not(test),
    expect(
        dead_code,
        reason = "the months in three letters are for redaction's lists to switch to; hours: reads only days, the summaries only whole names"
    )
)]
pub(crate) fn month(word: &str) -> Option<usize> {
    named(word, &MONTHS, &MONTHS_SHORT)
}

fn named(word: &str, long: &[&str], short: &[&str]) -> Option<usize> {
    let is = |name: &&str| name.eq_ignore_ascii_case(word);
    long.iter()
        .position(is)
        .or_else(|| short.iter().position(is))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// The names are those `jiff` gives the days and months, in its order: a weekday's
    /// index is its `to_monday_zero_offset`, a month's its number less one.
    #[test]
    fn the_names_are_the_calendars() {
        for offset in 0..7 {
            // 2024-01-01 was a Monday.
            let day = date(2024, 1, 1 + offset);
            let i = usize::from(day.weekday().to_monday_zero_offset().unsigned_abs());
            assert_eq!(i, usize::try_from(offset).unwrap());
            let name = day.strftime("%A").to_string().to_ascii_lowercase();
            let short = day.strftime("%a").to_string().to_ascii_lowercase();
            assert_eq!((WEEKDAYS[i], WEEKDAYS_SHORT[i]), (&*name, &*short));
        }
        for month_number in 1..=12 {
            let day = date(2024, month_number, 1);
            let i = usize::try_from(month_number - 1).unwrap();
            let name = day.strftime("%B").to_string().to_ascii_lowercase();
            let short = day.strftime("%b").to_string().to_ascii_lowercase();
            assert_eq!((MONTHS[i], MONTHS_SHORT[i]), (&*name, &*short));
        }
    }

    #[test]
    fn a_name_is_read_whole_or_short_in_any_case() {
        assert_eq!(weekday("mon"), Some(0));
        assert_eq!(weekday("Monday"), Some(0));
        assert_eq!(weekday("SUN"), Some(6));
        assert_eq!(weekday("sUnDaY"), Some(6));
        assert_eq!(month("jan"), Some(0));
        assert_eq!(month("May"), Some(4));
        assert_eq!(month("DECEMBER"), Some(11));
        for not in [
            "", "mo", "mond", "tues", " mon", "mon ", "funday", "sept", "jan.", "mañana",
        ] {
            assert_eq!((weekday(not), month(not)), (None, None), "{not:?}");
        }
        // A weekday is no month, nor the reverse.
        assert_eq!((weekday("mar"), month("mon")), (None, None));
    }
}
