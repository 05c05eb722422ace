//! The `hours:` condition's value: a local time-of-day range, weekdays and a time zone,
//! parsed from the text a rule writes (`"09:00-17:30"`, `[mon-fri]`, `Europe/London`)
//! and tested against a message's timestamp. Parsing says what was expected; where it was
//! written is `validate`'s to add.

use std::fmt::Write as _;

use jiff::Timestamp;
use jiff::civil::{DateTime, Weekday};
use jiff::tz::{Offset, TimeZone};

use crate::text::calendar;

/// Minutes in a day: the end of a range written `24:00`.
const DAY: u16 = 24 * 60;

/// Weekday names as rules write them, Monday first (bit 0).
pub const DAYS: [&str; 7] = calendar::WEEKDAYS_SHORT;
/// The same days, whole, which rules may write too (`monday`).
pub(crate) const LONG_DAYS: [&str; 7] = calendar::WEEKDAYS;
/// Every day of the week, as a mask.
pub const EVERY_DAY: u8 = 0b111_1111;

/// When an `hours:` condition holds: the local time of the message, in `tz`, is in
/// `start..end` (minutes after midnight; past midnight when `end <= start`, as in
/// `22:00-06:00`) of one of `days`. A range past midnight is one shift, counted for the
/// day it starts, as rota tools count them (the weekly restrictions of `PagerDuty`, the
/// time restrictions of `Opsgenie`): Saturday 02:00 is in Friday's `22:00-06:00`, and
/// Monday 02:00 in Sunday's.
#[derive(Debug, Clone)]
pub struct Hours {
    pub start: u16,
    pub end: u16,
    /// Bit `n` for the day `DAYS[n]`.
    pub days: u8,
    pub tz: TimeZone,
    /// The zone as written (`UTC` when not), for descriptions.
    pub tz_name: String,
}

impl PartialEq for Hours {
    fn eq(&self, other: &Self) -> bool {
        (self.start, self.end, self.days) == (other.start, other.end, other.days)
            && self.tz_name == other.tz_name
    }
}

/// Where a moment falls for an `hours:` condition: its local date and time in the
/// condition's zone, and the day whose range it is in, if any.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    /// The local date and time, to the second.
    pub local: DateTime,
    /// The day (Monday 0 … Sunday 6) whose `between` range holds this time: the local
    /// date's own, or, before the end of a range past midnight, the day before (the
    /// shift's start); `None` outside the range.
    pub shift: Option<usize>,
}

impl Placed {
    /// The local date's weekday, Monday 0 … Sunday 6.
    pub fn weekday(&self) -> usize {
        day_index(self.local.weekday())
    }

    /// `Mon`, `Tue` …: the local date's weekday.
    pub fn day_name(&self) -> String {
        capitalised(DAYS[self.weekday()])
    }
}

impl Hours {
    /// Where the message written at `time` falls in these hours.
    pub fn place(&self, time: Timestamp) -> Placed {
        let local = self.tz.to_datetime(time);
        let minute = u16::try_from(i32::from(local.hour()) * 60 + i32::from(local.minute()))
            .unwrap_or_default();
        let today = day_index(local.weekday());
        let shift = if self.start < self.end {
            (self.start..self.end).contains(&minute).then_some(today)
        } else if minute >= self.start {
            Some(today)
        } else if minute < self.end {
            // The early hours of a shift that started the evening before.
            Some((today + 6) % 7)
        } else {
            None
        };
        Placed { local, shift }
    }

    /// Whether the message written at `time` is within these hours: in the range, in a
    /// shift that starts on one of the days.
    pub fn holds(&self, time: Timestamp) -> bool {
        self.place(time)
            .shift
            .is_some_and(|day| self.days & (1 << day) != 0)
    }

    /// The local time `explain` shows: `Mon 2026-03-30 09:30 (Europe/London)`; in the
    /// early hours of a range past midnight, under `days`, the shift they are in: `Sat
    /// 2026-03-07 02:00 (Europe/London), in Fri's 22:00–06:00 shift`.
    pub fn local(&self, time: Timestamp) -> String {
        let placed = self.place(time);
        let local = placed.local;
        let mut out = format!(
            "{} {} {:02}:{:02} ({})",
            placed.day_name(),
            local.date(),
            local.hour(),
            local.minute(),
            self.tz_name
        );
        // Only where it decides: the early hours of a shift, under `days`.
        if let Some(day) = placed
            .shift
            .filter(|&day| day != placed.weekday() && self.days != EVERY_DAY)
        {
            let _ = write!(
                out,
                ", in {}'s {}–{} shift",
                capitalised(DAYS[day]),
                clock(self.start),
                clock(self.end)
            );
        }
        out
    }

    /// `09:00–17:30 mon–fri (Europe/London)`; days left out when every day.
    pub fn describe(&self) -> String {
        let mut out = if self.start == 0 && self.end == DAY {
            "any time".to_owned()
        } else {
            format!("{}–{}", clock(self.start), clock(self.end))
        };
        if self.days != EVERY_DAY {
            out.push(' ');
            out.push_str(&describe_days(self.days));
        }
        out + " (" + &self.tz_name + ")"
    }
}

/// `sat` → `Sat`.
pub(crate) fn capitalised(day: &str) -> String {
    let mut chars = day.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// Monday 0 … Sunday 6.
fn day_index(day: Weekday) -> usize {
    usize::from(day.to_monday_zero_offset().unsigned_abs())
}

fn clock(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// `mon–fri`, `sat, sun`, `mon, wed–fri`: runs of three days or more as ranges.
fn describe_days(days: u8) -> String {
    let mut parts = Vec::new();
    let mut d = 0;
    while d < 7 {
        if days & (1 << d) == 0 {
            d += 1;
            continue;
        }
        let start = d;
        while d + 1 < 7 && days & (1 << (d + 1)) != 0 {
            d += 1;
        }
        match d - start {
            0 => parts.push(DAYS[start].to_owned()),
            1 => parts.extend([DAYS[start].to_owned(), DAYS[d].to_owned()]),
            _ => parts.push(format!("{}–{}", DAYS[start], DAYS[d])),
        }
        d += 1;
    }
    parts.join(", ")
}

/// `"09:00-17:30"` → minutes after midnight of its start and end. The end may be `24:00`;
/// an end before the start crosses midnight; equal ends say nothing and are refused.
pub fn parse_range(text: &str) -> Result<(u16, u16), String> {
    let expected = "expected a range of local times `HH:MM-HH:MM`, such as `09:00-17:30` (or `22:00-06:00` past midnight)";
    let Some((start, end)) = text.split_once(['-', '\u{2013}', '\u{2014}']) else {
        return Err(format!("`{text}` is not a range: {expected}"));
    };
    let (Some(start), Some(end)) = (time_of_day(start.trim()), time_of_day(end.trim())) else {
        return Err(format!("`{text}`: {expected}"));
    };
    if start == DAY {
        return Err(format!(
            "`{text}` starts at 24:00: a range starts before 24:00"
        ));
    }
    if start == end {
        return Err(format!(
            "`{text}` starts where it ends: write `00:00-24:00` for the whole day, or leave `between` out"
        ));
    }
    Ok((start, end))
}

/// `09:00` or `9:00` → 540; `24:00` → 1440.
fn time_of_day(text: &str) -> Option<u16> {
    let (h, m) = text.split_once(':')?;
    let digits = |s: &str, max: usize| {
        (!s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u16>().ok())
            .flatten()
    };
    let (h, m) = (digits(h, 2)?, digits(m, 2).filter(|_| m.len() == 2)?);
    match (h, m) {
        (24, 0) => Some(DAY),
        (0..=23, 0..=59) => Some(h * 60 + m),
        _ => None,
    }
}

/// `mon`, `Monday` or a range `mon-fri` (wrapping: `fri-mon`) → its days as a mask.
pub fn parse_days(text: &str) -> Result<u8, String> {
    let day = |s: &str| calendar::weekday_or_short(s.trim());
    let unknown = |s: &str| {
        format!(
            "unknown day `{}`: expected one of {}, or a range such as `mon-fri`",
            s.trim(),
            DAYS.join(", ")
        )
    };
    match text.split_once(['-', '\u{2013}', '\u{2014}']) {
        None => day(text).map(|d| 1 << d).ok_or_else(|| unknown(text)),
        Some((a, b)) => {
            let first = day(a).ok_or_else(|| unknown(a))?;
            let last = day(b).ok_or_else(|| unknown(b))?;
            let mut mask = 0u8;
            let mut d = first;
            loop {
                mask |= 1 << d;
                if d == last {
                    break;
                }
                d = (d + 1) % 7;
            }
            Ok(mask)
        }
    }
}

/// An IANA name (`Europe/London`: the system's time zone database, or the copy built in
/// where it has none), `UTC`, or a fixed offset (`+01:00`, `-05:30`, `Z`). Not the names
/// that mean the machine's own zone (`localtime`): the same rules would mean other hours
/// on a laptop and in CI; and not the POSIX `Etc/GMT+N`, whose sign is the reverse of
/// what it reads as (`Etc/GMT-1` is UTC+1).
pub fn parse_tz(text: &str) -> Result<TimeZone, String> {
    let text = text.trim();
    if ["localtime", "posixrules", "factory"]
        .iter()
        .any(|name| text.eq_ignore_ascii_case(name))
    {
        return Err(format!(
            "`{text}` is the zone of the machine that runs handoff, not of the rules: write an IANA name, such as `Europe/London`, or an offset such as `+01:00`"
        ));
    }
    if let Some(rest) = text
        .strip_prefix("Etc/GMT")
        .filter(|rest| rest.starts_with(['+', '-']))
    {
        let flipped = if rest.starts_with('-') { '+' } else { '-' };
        return Err(format!(
            "`{text}` counts hours the POSIX way, the sign reversed (`Etc/GMT-1` is UTC+1): write the offset `{flipped}{:0>2}:00` instead",
            rest[1..].trim()
        ));
    }
    if text.eq_ignore_ascii_case("utc") || text == "Z" {
        return Ok(TimeZone::UTC);
    }
    if let Some(sign) = text.chars().next().filter(|c| matches!(c, '+' | '-')) {
        let minutes = time_of_day(&text[1..])
            .filter(|m| *m < DAY)
            .ok_or_else(|| {
                format!(
                    "`{text}` is not an offset: expected `+HH:MM` or `-HH:MM`, such as `+01:00`"
                )
            })?;
        let seconds = i32::from(minutes) * 60 * if sign == '-' { -1 } else { 1 };
        return Offset::from_seconds(seconds)
            .map(TimeZone::fixed)
            .map_err(|e| format!("`{text}`: {e}"));
    }
    TimeZone::get(text).map_err(|_| match zone_meant(text) {
        Some(meant) => format!(
            "unknown time zone `{text}`: did you mean `{meant}`? (an IANA name, such as `Europe/London`, `UTC`, or an offset such as `+01:00`)"
        ),
        None => format!(
            "unknown time zone `{text}`: expected an IANA name, such as `Europe/London`, `UTC`, or an offset such as `+01:00`"
        ),
    })
}

/// The IANA name `text` was likely meant to be: one a typo away (`Europe/Berln`), or
/// one whose city it names alone (`Berlin`). Only looked for once a name is unknown.
fn zone_meant(text: &str) -> Option<String> {
    let names: Vec<String> = jiff::tz::db()
        .available()
        .map(|name| name.as_str().to_owned())
        .collect();
    if let Some(meant) = crate::diag::did_you_mean(text, names.iter().map(String::as_str)) {
        return Some(meant.to_owned());
    }
    let city = text.replace(' ', "_");
    names.into_iter().find(|name| {
        name.rsplit_once('/')
            .is_some_and(|(_, last)| last.eq_ignore_ascii_case(&city))
    })
}

#[cfg(test)]
mod tests;
