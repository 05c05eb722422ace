//! Weekday and month names, in English and lower case: the one list of them. Takes a
//! word; gives which weekday (Monday 0 … Sunday 6) or month (January 0 … December 11)
//! it names, in any ASCII case, in two ways a caller picks between: whole only
//! ([`weekday`], [`month`]: `monday`, never `mon`) or whole or in three letters too
//! ([`weekday_or_short`], [`month_or_short`]: `mon`, `sat`, `mar`). Decides nothing
//! about what a word means where it is written (`may` the month or the modal, `sun` the
//! day or the star, `mar` a month or a verb): each caller does.
//!
//! `hours:` rules read their `days` whole or short (`rules::hours`: `mon-fri`); the
//! summaries their weekdays and months whole only (`detail()` in
//! `summary/goal/correction.rs`, which leaves out `may`; `is_weekday` in
//! `summary/facts/names.rs`, capitalised): "sat", "mar", "sun" are words first there.
//! Redaction reads both: a capitalised word before five digits is no city when it is a
//! day or a month, whole or short (`NOT_CITIES` in `redact/kinds/address.rs`: "Mon
//! 12345"); "miss" and a title are followed by a day whole only (`in_calendar` in
//! `redact/intro/title/miss.rs`, `weekday` in `redact/intro/title/either_case.rs`:
//! "miss friday", "see dr friday"; "dr sat" is no day).

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

/// The weekday `word` names whole, in any ASCII case (`Monday`, `SUNDAY`): Monday 0 …
/// Sunday 6. Not in three letters (`mon`, `sat`: [`weekday_or_short`]), no `tues`, no
/// spaces around.
pub(crate) fn weekday(word: &str) -> Option<usize> {
    named(word, &WEEKDAYS)
}

/// The weekday `word` names, whole or in three letters, in any ASCII case (`Mon`,
/// `SUNDAY`): Monday 0 … Sunday 6. Nothing else: no `tues`, no spaces around.
pub(crate) fn weekday_or_short(word: &str) -> Option<usize> {
    named(word, &WEEKDAYS).or_else(|| named(word, &WEEKDAYS_SHORT))
}

/// The month `word` names whole, in any ASCII case (`May`, `SEPTEMBER`): January 0 …
/// December 11. Not in three letters (`jan`, `mar`: [`month_or_short`]), no `sept`.
pub(crate) fn month(word: &str) -> Option<usize> {
    named(word, &MONTHS)
}

/// The month `word` names, whole or in three letters, in any ASCII case (`Jan`,
/// `SEPTEMBER`): January 0 … December 11. Nothing else: no `sept`.
pub(crate) fn month_or_short(word: &str) -> Option<usize> {
    named(word, &MONTHS).or_else(|| named(word, &MONTHS_SHORT))
}

fn named(word: &str, names: &[&str]) -> Option<usize> {
    names
        .iter()
        .position(|name| name.eq_ignore_ascii_case(word))
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
        assert_eq!(weekday_or_short("mon"), Some(0));
        assert_eq!(weekday_or_short("Monday"), Some(0));
        assert_eq!(weekday_or_short("SUN"), Some(6));
        assert_eq!(weekday_or_short("sUnDaY"), Some(6));
        assert_eq!(month_or_short("jan"), Some(0));
        assert_eq!(month_or_short("May"), Some(4));
        assert_eq!(month_or_short("DECEMBER"), Some(11));
        for not in [
            "", "mo", "mond", "tues", " mon", "mon ", "funday", "sept", "jan.", "mañana",
        ] {
            assert_eq!(
                (weekday_or_short(not), month_or_short(not)),
                (None, None),
                "{not:?}"
            );
        }
        // A weekday is no month, nor the reverse.
        assert_eq!(
            (weekday_or_short("mar"), month_or_short("mon")),
            (None, None)
        );
    }

    /// The whole names only: "sat", "sun", "mar", "jan" are words first where a
    /// sentence is read (the summaries), and are taken only where asked for.
    #[test]
    fn whole_names_take_no_three_letters() {
        assert_eq!(weekday("Monday"), Some(0));
        assert_eq!(weekday("SUNDAY"), Some(6));
        assert_eq!(month("may"), Some(4));
        assert_eq!(month("March"), Some(2));
        for short in WEEKDAYS_SHORT {
            assert_eq!(weekday(short), None, "{short}");
        }
        for short in MONTHS_SHORT.iter().filter(|&&m| m != "may") {
            assert_eq!(month(short), None, "{short}");
        }
        for (i, (whole, short)) in WEEKDAYS.iter().zip(WEEKDAYS_SHORT).enumerate() {
            assert_eq!(
                (weekday(whole), weekday_or_short(short)),
                (Some(i), Some(i))
            );
        }
        for (i, (whole, short)) in MONTHS.iter().zip(MONTHS_SHORT).enumerate() {
            assert_eq!((month(whole), month_or_short(short)), (Some(i), Some(i)));
        }
    }
}
