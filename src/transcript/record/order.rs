//! The order of a slashed date's day and month (`05/06/2020`): takes the order the
//! mapping sets (`date_order:`) or, without one, learns it from each file's first date
//! that fixes it (a day above 12), with that date's line; gives the order each slashed
//! date is read in, and the words of D003 for one left unread (naming where the order
//! came from). Forgetting what a file taught is the reader's, as the next file starts.

use std::sync::OnceLock;

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
}

/// The order learned from a file's first slashed date that only one order reads, and
/// where: what D003 names when a later date of the file is against it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Learned {
    pub order: DateOrder,
    /// The date's line in its file (1-based; 0 when it was read from no file's row).
    pub line: u64,
    /// The date, as written.
    pub value: String,
}

/// The date order of a mapping: the one it sets, and the one learned while reading a
/// file. What is learned is the file's (the reader forgets it as the next file starts):
/// another export, from another system, may write the other order.
#[derive(Debug, Clone, Default)]
pub struct DateOrderSetting {
    set: Option<DateOrder>,
    /// Set once, by the first date that fixes the order (should two ever race: a
    /// mapping stays `Sync`, though reading is serial).
    learned: OnceLock<Learned>,
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
        self.learned.get().map(|learned| learned.order)
    }

    /// The order learned, with the line and the date it was learned from.
    pub fn learned_from(&self) -> Option<&Learned> {
        self.learned.get()
    }

    /// Forgets the order learned: a new file starts, which learns its own.
    pub(crate) fn forget(&mut self) {
        self.learned = OnceLock::new();
    }

    /// The order to read `value` (on `line`) in, given which orders make it a real date:
    /// the one set, else the one learned, else the only one that fits (then learned,
    /// with `line` and `value`). None when the order in force does not fit it, or when
    /// both fit and nothing says which.
    pub(super) fn choose(
        &self,
        value: &str,
        line: u64,
        day_first: bool,
        month_first: bool,
    ) -> Option<DateOrder> {
        let fits = |order: DateOrder| match order {
            DateOrder::DayFirst => day_first,
            DateOrder::MonthFirst => month_first,
        };
        if let Some(order) = self.set.or_else(|| self.learned()) {
            return fits(order).then_some(order);
        }
        let order = alone(day_first, month_first)?;
        // The first date that fixes the order sets it, should two ever race.
        let learned = self.learned.get_or_init(|| Learned {
            order,
            line,
            value: value.to_owned(),
        });
        fits(learned.order).then_some(learned.order)
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

    /// The order to read the slashed date `value` in, given which orders make it a real
    /// date. Without a setting, the only one that fits: `05/06/2020` is not read.
    fn order(&self, value: &str, day_first: bool, month_first: bool) -> Option<DateOrder> {
        let _ = value;
        alone(day_first, month_first)
    }
}

impl ReadIn for &jiff::tz::TimeZone {
    fn zone(&self) -> &jiff::tz::TimeZone {
        self
    }
}

/// A mapping's zone and date order, as its reader reads timestamps; `line`: the row's,
/// which an order learned from it names (0: none, [`Reading::at`] gives it).
#[derive(Debug, Clone, Copy)]
pub struct Reading<'a> {
    pub zone: &'a jiff::tz::TimeZone,
    pub order: &'a DateOrderSetting,
    pub line: u64,
}

impl Reading<'_> {
    /// Reading the row on `line` of its file.
    #[must_use]
    pub fn at(self, line: u64) -> Self {
        Reading { line, ..self }
    }
}

impl ReadIn for Reading<'_> {
    fn zone(&self) -> &jiff::tz::TimeZone {
        self.zone
    }

    fn order(&self, value: &str, day_first: bool, month_first: bool) -> Option<DateOrder> {
        self.order.choose(value, self.line, day_first, month_first)
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
/// against the order of the input, naming where `order` came from: the setting, or the
/// line of the file it was learned from), with the setting that reads it; another value,
/// the forms that are read. The flag: the value is against the input's order (a file
/// that mixes orders), listed at its line whatever came before.
pub(crate) fn unread_words(value: &str, order: &DateOrderSetting) -> (String, &'static str, bool) {
    let unread = super::numeric::unread_slashed(value);
    words_of(value, unread, order)
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

/// How this input's slashed dates are read (`read`), and where that order came from:
/// `date_order:`, or the line of this file (and the date) it was learned from.
fn read_as(read: DateOrder, order: &DateOrderSetting) -> String {
    let read = read.name();
    match (order.get(), order.learned_from()) {
        (Some(_), _) => format!("this input's slashed dates are read {read} (`date_order:`)"),
        (None, Some(learned)) if learned.line > 0 => format!(
            "this file's slashed dates are read {read}, the order learned from line {} (`{}`)",
            learned.line, learned.value
        ),
        _ => format!("this file's slashed dates are read {read} (learned from an earlier date)"),
    }
}

fn words_of(
    value: &str,
    unread: Option<(Unread, (i16, i16))>,
    order: &DateOrderSetting,
) -> (String, &'static str, bool) {
    const HOW: &str = "set `date_order: day-first` or `date_order: month-first` in the mapping file or under `input:` in .handoff.yaml (or --map date_order=day-first); without it, each file's order is learned from its first slashed date with a day above 12, and dates read before it stay unread";
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
            let read = read_as(only.other(), order);
            (
                format!(
                    "timestamp `{value}` can only be {} ({no_month} is no month), but {read}; the message has no time",
                    only.name(),
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
