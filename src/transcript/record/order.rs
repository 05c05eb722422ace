//! The order of a slashed date's day and month (`05/06/2020`): takes the order the
//! mapping sets (`date_order:`) or, without one, learns it from the first date that
//! fixes it (a day above 12); gives the order each slashed date is read in, and the words
//! of D003 for one left unread.

use std::sync::atomic::{AtomicU8, Ordering};

/// Which of a slashed date's first two numbers is the day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// `13/05/2020`: Europe, Latin America, most of the world.
    DayFirst,
    /// `05/13/2020`: the United States.
    MonthFirst,
}

impl DateOrder {
    /// The name `date_order:` takes.
    pub fn name(self) -> &'static str {
        match self {
            DateOrder::DayFirst => "day-first",
            DateOrder::MonthFirst => "month-first",
        }
    }

    /// `day-first` or `month-first` (`_` or a space for the `-`, any case), or none.
    pub fn parse(value: &str) -> Option<Self> {
        let value = value.trim().to_ascii_lowercase().replace(['_', ' '], "-");
        [DateOrder::DayFirst, DateOrder::MonthFirst]
            .into_iter()
            .find(|order| value == order.name())
    }

    fn other(self) -> Self {
        match self {
            DateOrder::DayFirst => DateOrder::MonthFirst,
            DateOrder::MonthFirst => DateOrder::DayFirst,
        }
    }

    fn code(self) -> u8 {
        match self {
            DateOrder::DayFirst => 1,
            DateOrder::MonthFirst => 2,
        }
    }
}

/// The date order of a mapping: the one it sets, and the one learned while reading
/// (kept across the files of one reading, as `timestamp_tz` is).
#[derive(Debug, Default)]
pub struct DateOrderSetting {
    set: Option<DateOrder>,
    /// 0: none yet; else [`DateOrder::code`]. Atomic so that a mapping stays `Sync`.
    learned: AtomicU8,
}

impl Clone for DateOrderSetting {
    fn clone(&self) -> Self {
        DateOrderSetting {
            set: self.set,
            learned: AtomicU8::new(self.learned.load(Ordering::Relaxed)),
        }
    }
}

impl DateOrderSetting {
    /// The export writes its slashed dates in `order`.
    pub fn set(&mut self, order: DateOrder) {
        self.set = Some(order);
    }

    /// The order set (`date_order:`), if any.
    pub fn get(&self) -> Option<DateOrder> {
        self.set
    }

    /// The order learned from a date, if none was set and one fixed it.
    pub fn learned(&self) -> Option<DateOrder> {
        match self.learned.load(Ordering::Relaxed) {
            1 => Some(DateOrder::DayFirst),
            2 => Some(DateOrder::MonthFirst),
            _ => None,
        }
    }

    /// The order to read a date in, given which orders make it a real date: the one set,
    /// else the one learned, else the only one that fits (then learned). None when the
    /// order in force does not fit it, or when both fit and nothing says which.
    pub(super) fn choose(&self, day_first: bool, month_first: bool) -> Option<DateOrder> {
        let fits = |order: DateOrder| match order {
            DateOrder::DayFirst => day_first,
            DateOrder::MonthFirst => month_first,
        };
        if let Some(order) = self.set.or_else(|| self.learned()) {
            return fits(order).then_some(order);
        }
        let order = alone(day_first, month_first)?;
        // The first date that fixes the order sets it, should two ever race.
        match self
            .learned
            .compare_exchange(0, order.code(), Ordering::Relaxed, Ordering::Relaxed)
        {
            Ok(_) => Some(order),
            Err(_) => self.learned().filter(|&learned| fits(learned)),
        }
    }
}

/// The only order that makes a date real, if exactly one does.
pub(super) fn alone(day_first: bool, month_first: bool) -> Option<DateOrder> {
    match (day_first, month_first) {
        (true, false) => Some(DateOrder::DayFirst),
        (false, true) => Some(DateOrder::MonthFirst),
        _ => None,
    }
}

/// What reads a timestamp written without an offset: the zone it is local time in and,
/// for a slashed date, the order of its day and month.
pub trait ReadIn {
    fn zone(&self) -> &jiff::tz::TimeZone;

    /// The order to read a slashed date in, given which orders make it a real date.
    /// Without a setting, the only one that fits: `05/06/2020` is not read.
    fn order(&self, day_first: bool, month_first: bool) -> Option<DateOrder> {
        alone(day_first, month_first)
    }
}

impl ReadIn for &jiff::tz::TimeZone {
    fn zone(&self) -> &jiff::tz::TimeZone {
        self
    }
}

/// A mapping's zone and date order, as its reader reads timestamps.
#[derive(Debug, Clone, Copy)]
pub struct Reading<'a> {
    pub zone: &'a jiff::tz::TimeZone,
    pub order: &'a DateOrderSetting,
}

impl ReadIn for Reading<'_> {
    fn zone(&self) -> &jiff::tz::TimeZone {
        self.zone
    }

    fn order(&self, day_first: bool, month_first: bool) -> Option<DateOrder> {
        self.order.choose(day_first, month_first)
    }
}

/// Why a slashed date went unread, from the value alone: both orders fit it and nothing
/// said which (`Ambiguous`), or only one does and the input's order is the other
/// (`Against`, the order it can only be).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unread {
    Ambiguous,
    Against(DateOrder),
}

/// D003's message and help for `value`, unread: a slashed date says why (ambiguous, or
/// against the order of the input), with the setting that reads it; another value, the
/// forms that are read. The flag: the value is against the input's order (a file that
/// mixes orders), listed at its line whatever came before.
pub(crate) fn unread_words(value: &str) -> (String, &'static str, bool) {
    let unread = super::numeric::unread_slashed(value);
    words_of(value, unread)
}

/// Whether `value` went unread because only the order against the input's reads it
/// ([`unread_words`]'s third answer), without wording it: asked of every unread row,
/// which is worded only when listed.
pub(crate) fn against_the_order(value: &str) -> bool {
    matches!(
        super::numeric::unread_slashed(value),
        Some((Unread::Against(_), _))
    )
}

fn words_of(value: &str, unread: Option<(Unread, (i16, i16))>) -> (String, &'static str, bool) {
    const HOW: &str = "set `date_order: day-first` or `date_order: month-first` in the mapping file or under `input:` in .handoff.yaml (or --map date_order=day-first); without it, the order is learned from the first slashed date with a day above 12, and dates read before it stay unread";
    match unread {
        Some((Unread::Ambiguous, (a, b))) => (
            format!(
                "timestamp `{value}` is ambiguous: day {a} of month {b} (day-first) or day {b} of month {a} (month-first); the message has no time (further ones are counted, not listed)"
            ),
            HOW,
            false,
        ),
        Some((Unread::Against(only), (a, b))) => {
            let no_month = if only == DateOrder::DayFirst { a } else { b };
            (
                format!(
                    "timestamp `{value}` can only be {} ({no_month} is no month), but this input's slashed dates are read {} (`date_order:`, or learned from an earlier date); the message has no time",
                    only.name(),
                    only.other().name()
                ),
                "an export writes one date order: a file that mixes day-first and month-first dates cannot be read right; fix the export, or set `date_order:` to the order it writes (mapping file, `input:` in .handoff.yaml, or --map date_order=...)",
                true,
            )
        }
        None => (
            format!(
                "timestamp `{value}` is not a date and time; the message has no time (further ones are counted, not listed)"
            ),
            "use RFC 3339 (2024-03-01T09:15:00Z), `2024-03-01 09:15:00` (UTC), a dated form such as `13.05.2020 15:14`, `13/05/2020 3:14 PM` (with `date_order:`) or `13. Mai 2020`, or Unix seconds",
            false,
        ),
    }
}
