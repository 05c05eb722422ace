//! Numeric dates with separators, as exports and spreadsheets write them: takes a value
//! such as `13.05.2020 15:14` or `5/6/20 2:03 PM`; gives its date and wall-clock time
//! (no zone), or none when it is not one or names no real date.

use super::order::{DateOrder, ReadIn, Unread};
use jiff::civil::{Date, DateTime, Time};

/// A dotted numeric date, `DD.MM.YYYY` with an optional clock (see [`clock`]): the form of
/// German, Austrian, Swiss, Russian, Polish, Nordic and Czech exports (`13.05.2020
/// 15:14`, `3.5.2020 9:05`). Wherever dots separate a numeric date, the day comes first,
/// so it is read as day.month.year; a date that does not exist (`31.02.2020`) is none.
pub(super) fn parse_dotted(value: &str) -> Option<DateTime> {
    let (day, rest) = number(value, 2)?;
    let (month, rest) = number(rest.strip_prefix('.')?, 2)?;
    let rest = rest.strip_prefix('.')?;
    let (year, rest) = number(rest, 4).filter(|(_, after)| rest.len() - after.len() == 4)?;
    let date = Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
    Some(date.to_datetime(clock(rest)?))
}

/// A slashed numeric date with an optional clock: `YYYY/MM/DD` (year first, one
/// reading; also `YYYY-MM-DD` with what ISO 8601 has not, a 12-hour clock,
/// `2024-03-01 02:03 PM`), or `A/B/YYYY` and `A/B/YY` (`05/06/2020`, `5/6/20 2:03 PM`),
/// where `A` is the day or the month as `read` says ([`ReadIn::order`]): the one order
/// that makes a real date, or the order set or learned. `05/05/2020` is the same date
/// either way.
pub(super) fn parse_slashed(value: &str, read: &impl ReadIn) -> Option<DateTime> {
    if let Some((year, rest)) = number(value, 4).filter(|(_, rest)| value.len() - rest.len() == 4) {
        let separator = rest.chars().next().filter(|c| matches!(c, '/' | '-'))?;
        let (month, rest) = number(rest.strip_prefix(separator)?, 2)?;
        let (day, rest) = number(rest.strip_prefix(separator)?, 2)?;
        let date = Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()?;
        return Some(date.to_datetime(clock(rest)?));
    }
    let (a, b, year, rest) = slashed_parts(value)?;
    // The clock first: a value that is no date and time teaches no order.
    let time = clock(rest)?;
    let day_first = real(year, b, a);
    let month_first = real(year, a, b);
    let date = match (a == b, day_first, month_first) {
        (true, Some(date), _) => date,
        _ => match read.order(value, day_first.is_some(), month_first.is_some())? {
            DateOrder::DayFirst => day_first?,
            DateOrder::MonthFirst => month_first?,
        },
    };
    Some(date.to_datetime(time))
}

/// Why the slashed date `value` (`A/B/YEAR` and a clock) was not read, with its `A` and
/// `B`: both orders make a real date (ambiguous), or only one does (so the order in
/// force was the other). None when it is not such a value, or no order makes it real.
pub(super) fn unread_slashed(value: &str) -> Option<(Unread, (i16, i16))> {
    let value = crate::text::trim(value);
    let (a, b, year, rest) = slashed_parts(value)?;
    clock(rest)?;
    let day_first = real(year, b, a).is_some();
    let month_first = real(year, a, b).is_some();
    let why = match super::order::alone(day_first, month_first) {
        Some(only) => Unread::Against(only),
        None if day_first && a != b => Unread::Ambiguous,
        None => return None,
    };
    Some((why, (a, b)))
}

/// `A/B/YYYY` or `A/B/YY` at the start of `value`: A, B, the year (two digits: 1969 to
/// 2068, as POSIX `strptime`'s `%y` reads them) and the rest.
fn slashed_parts(value: &str) -> Option<(i16, i16, i16, &str)> {
    let (a, rest) = number(value, 2)?;
    let (b, rest) = number(rest.strip_prefix('/')?, 2)?;
    let rest = rest.strip_prefix('/')?;
    let (year, after) = number(rest, 4)?;
    let year = match rest.len() - after.len() {
        4 => year,
        2 if year < 69 => 2000 + year,
        2 => 1900 + year,
        _ => return None,
    };
    Some((a, b, year, after))
}

/// The date `year`-`month`-`day`, if it exists.
fn real(year: i16, month: i16, day: i16) -> Option<Date> {
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// What follows a date: nothing (midnight), or one or more spaces (a comma before them
/// allowed) and `H:MM` or `HH:MM`, with `:SS` and a fraction (`.` or `,`), then an
/// optional `AM` / `PM` (any case, a space before it or not; the hour then 1 to 12).
pub(super) fn clock(rest: &str) -> Option<Time> {
    if rest.is_empty() {
        return Some(Time::midnight());
    }
    let after_comma = rest.strip_prefix(',').unwrap_or(rest);
    let clock = after_comma.trim_start_matches(' ');
    if clock.len() == after_comma.len() {
        return None;
    }
    let (mut hour, rest) = number(clock, 2)?;
    let (minute, rest) = two_digits(rest.strip_prefix(':')?)?;
    let (second, rest) = match rest.strip_prefix(':') {
        Some(rest) => two_digits(rest)?,
        None => (0, rest),
    };
    let (fraction, rest) = match rest.strip_prefix(['.', ',']) {
        None => ("", rest),
        Some(after) => {
            let len = after.bytes().take_while(u8::is_ascii_digit).count();
            if len == 0 || len > 9 {
                return None;
            }
            after.split_at(len)
        }
    };
    // `.5` is half a second: padded to nine digits.
    let nanos = if fraction.is_empty() {
        0
    } else {
        format!("{fraction:0<9}").parse().ok()?
    };
    if !rest.is_empty() {
        let half = rest.strip_prefix(' ').unwrap_or(rest);
        let pm = if half.eq_ignore_ascii_case("pm") {
            true
        } else if half.eq_ignore_ascii_case("am") {
            false
        } else {
            return None;
        };
        if !(1..=12).contains(&hour) {
            return None;
        }
        hour = hour % 12 + if pm { 12 } else { 0 };
    }
    Time::new(
        i8::try_from(hour).ok()?,
        i8::try_from(minute).ok()?,
        i8::try_from(second).ok()?,
        nanos,
    )
    .ok()
}

/// 1 to `most` ASCII digits at the start of `s` (`most` at most 4), as a number, and
/// the rest.
pub(super) fn number(s: &str, most: usize) -> Option<(i16, &str)> {
    let len = s.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > most {
        return None;
    }
    Some((s[..len].parse().ok()?, &s[len..]))
}

/// Exactly two ASCII digits at the start of `s` (minutes, seconds), and the rest.
fn two_digits(s: &str) -> Option<(i16, &str)> {
    let digits = s.get(..2)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((digits.parse().ok()?, &s[2..]))
}
