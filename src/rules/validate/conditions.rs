//! Conditions: each raw condition made a [`Condition`], its references resolved
//! (`references.rs`), inline detectors made signals, tests and bounds checked.

use crate::diag::{Annotate, FileId, Span};
use crate::transcript::{Role, normalize_field};
use crate::yaml::{self, Spanned};

use super::super::hours::{self, Hours};
use super::super::schema::{Counter, RawCondition, RawHoursCondition, RawMetaCondition, RoleName};
use super::super::{Condition, Expected, MetaTest, SignalId, TriggerId};
use super::{Ctx, Validator};

/// The largest bound a `counter` condition takes: as `within:` and `seen`'s `at_least`,
/// the most a `u32` holds (4,294,967,295 messages, or minutes: eight thousand years).
const MAX_COUNTER_BOUND: f64 = u32::MAX as f64;

fn role(name: RoleName) -> Option<Role> {
    match name {
        RoleName::Customer => Some(Role::Customer),
        RoleName::Bot => Some(Role::Bot),
        RoleName::Agent => Some(Role::Agent),
        RoleName::Any => None,
    }
}

impl Validator<'_> {
    pub(super) fn condition(&mut self, raw: &Spanned<RawCondition>, ctx: &Ctx<'_>) -> Condition {
        let span = self.whole_value(yaml::span(raw, ctx.file));
        let file = ctx.file;
        match &raw.value {
            RawCondition::All(items) | RawCondition::Any(items) => {
                let is_all = matches!(raw.value, RawCondition::All(_));
                if items.is_empty() {
                    let which = if is_all { "all" } else { "any" };
                    self.error(
                        "S008",
                        format!("`{which}` needs at least one condition"),
                        span,
                    );
                }
                let items = items.iter().map(|c| self.condition(c, ctx)).collect();
                if is_all {
                    Condition::All(items)
                } else {
                    Condition::Any(items)
                }
            }
            RawCondition::Not(inner) => {
                let key = self
                    .not_key(span)
                    .unwrap_or_else(|| self.whole_value(yaml::span(&**inner, file)));
                Condition::Not(Box::new(self.condition(inner, ctx)), key)
            }
            RawCondition::Message(m) => {
                let role = m.role.as_ref().and_then(|r| role(r.value));
                let mut signal = m.signal.as_ref().and_then(|s| self.signal_ref(s, file));
                let phrases = m.phrases.as_ref().map_or(&[][..], |p| &p.value[..]);
                let regexes = m.regex.as_ref().map_or(&[][..], |r| &r.value[..]);
                if phrases.is_empty() && regexes.is_empty() && m.signal.is_none() {
                    self.nothing_listed(m, file);
                }
                if !phrases.is_empty() || !regexes.is_empty() {
                    if signal.is_some() {
                        self.error(
                            "S008",
                            "a `message` condition has either `signal` or inline `phrases`/`regex`, not both",
                            span,
                        )
                        .with_help("wrap two message conditions in `any:` to match either");
                    }
                    // Named for the trigger or route it is written in, as people read it
                    // (topics, `explain`, coverage): `refund/inline`, then `refund/inline-2`.
                    let prefix = format!("{}/inline", ctx.owner);
                    let earlier = self
                        .signals
                        .iter()
                        .filter(|s| {
                            s.inline
                                && s.id
                                    .strip_prefix(&prefix)
                                    .is_some_and(|rest| rest.is_empty() || rest.starts_with('-'))
                        })
                        .count();
                    let id = match earlier {
                        0 => prefix,
                        n => format!("{prefix}-{}", n + 1),
                    };
                    let faults = self.faults();
                    let mut inline = self.detector(&id, span, None, phrases, regexes, file);
                    inline.inline = true;
                    if self.faults() > faults {
                        self.broken.signals.insert(self.signals.len());
                    }
                    signal = Some(SignalId(self.signals.len()));
                    self.signals.push(inline);
                }
                Condition::Message { role, signal, span }
            }
            RawCondition::Seen(s) => {
                let signal = self
                    .signal_ref(&s.signal, file)
                    .unwrap_or(SignalId(usize::MAX));
                let within = self.within(s.within.as_ref(), file);
                Condition::Seen {
                    signal,
                    role: s.role.as_ref().and_then(|r| role(r.value)),
                    at_least: s.at_least.as_ref().map_or(1, |a| a.value),
                    within: within.map(|w| w.0),
                    span,
                    at_least_span: s.at_least.as_ref().map(|a| yaml::span(a, file)),
                    within_span: within.map(|w| w.1),
                }
            }
            RawCondition::Counter(c) => {
                let at_least = c.at_least.as_ref().map(|a| (a.value, yaml::span(a, file)));
                let at_most = c.at_most.as_ref().map(|a| (a.value, yaml::span(a, file)));
                if at_least.is_none() && at_most.is_none() {
                    self.error(
                        "S008",
                        "a `counter` condition needs `at_least` or `at_most`",
                        span,
                    );
                }
                for (value, vspan) in at_least.iter().chain(at_most.iter()) {
                    if !value.is_finite() {
                        self.error("S008", "counter bounds must be finite numbers", *vspan);
                    } else if *value > MAX_COUNTER_BOUND {
                        // `at_least: 1e30` never held, and said nothing; `seen` and
                        // `within` refuse such counts where they are read.
                        self.error(
                            "S008",
                            format!(
                                "a counter bound is at most {MAX_COUNTER_BOUND}: no conversation counts further"
                            ),
                            *vspan,
                        )
                        .with_help("write the count (or minutes) the condition means");
                    }
                }
                let within = self.within(c.within.as_ref(), file);
                if let Some((_, wspan)) = within
                    && !c.name.value.windowed()
                {
                    let name = c.name.value.as_str();
                    let what = if c.name.value == Counter::Turn {
                        "the number of the latest message"
                    } else {
                        "a time, not a count of messages"
                    };
                    self.error(
                        "S008",
                        format!("`within` counts messages in a window, and `{name}` is {what}"),
                        wspan,
                    )
                    .with_help(format!(
                        "`within` goes with {}; delete it here",
                        Counter::WINDOWED
                    ));
                }
                Condition::Counter {
                    counter: c.name.value,
                    at_least: at_least.map(|a| a.0),
                    at_most: at_most.map(|a| a.0),
                    within: within.map(|w| w.0),
                    span,
                    at_least_span: at_least.map(|a| a.1),
                    within_span: within.map(|w| w.1),
                }
            }
            RawCondition::Meta(m) => self.meta(m, span, file),
            RawCondition::Hours(h) => self.hours(h, span, file),
            RawCondition::Trigger(t) => {
                let tspan = yaml::span(t, file);
                if !ctx.in_route {
                    self.error(
                        "R005",
                        "`trigger` conditions can only be used in routes",
                        tspan,
                    )
                    .with_help(
                        "triggers decide whether to escalate; routes look at which triggers fired",
                    );
                }
                // In a trigger, the condition is the mistake (R005): whether it names a
                // trigger is not asked as well.
                let trigger = match self.trigger_ids.get(&t.value) {
                    Some(&(idx, _)) => TriggerId(idx),
                    None if !ctx.in_route => TriggerId(usize::MAX),
                    None => self.trigger_ref(t, tspan, false),
                };
                Condition::Trigger {
                    trigger,
                    span: tspan,
                }
            }
        }
    }

    /// A `seen` or `counter` condition's `within:`, with where it is written; `within: 0`
    /// is an error (a window of no messages counts nothing).
    fn within(&mut self, within: Option<&Spanned<u32>>, file: FileId) -> Option<(u32, Span)> {
        let within = within?;
        let span = yaml::span(within, file);
        if within.value == 0 {
            self.error("S008", "`within` must be at least 1", span)
                .with_help("`within: N` counts among the last N messages, the latest included; leave it out to count the whole conversation");
            // Reported: the rest of the checks (lint beside load errors) see no window.
            return None;
        }
        Some((within.value, span))
    }

    /// `span`, a condition's start, widened to the whole condition (its first line when it
    /// is a block mapping), so that a caret under it underlines it, not its `{`.
    fn whole_value(&self, span: Span) -> Span {
        match self.sources.get(span.file) {
            Some(file) => Span {
                end: yaml::value_end(&file.text, span.start).max(span.end),
                ..span
            },
            None => span,
        }
    }

    /// The `not` key of the condition written at `span` (`not: X`, `{ not: X }`, and
    /// quoted, `"not": X`, `'not': X`, underlined with its quotes), where a finding
    /// points at the `not` itself: its operand's span would underline `X`, the
    /// condition it negates.
    fn not_key(&self, span: Span) -> Option<Span> {
        let text = &self.sources.get(span.file)?.text;
        let rest = text.get(span.start..)?;
        let skipped = rest.len() - rest.trim_start_matches(['{', ' ', '\t']).len();
        let at = span.start + skipped;
        let key = text.get(at..)?;
        let len = match key.chars().next()? {
            quote @ ('"' | '\'') => {
                key[1..].strip_prefix("not")?.strip_prefix(quote)?;
                "'not'".len()
            }
            _ => {
                let after = key.strip_prefix("not")?;
                if after.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
                    return None;
                }
                "not".len()
            }
        };
        Some(Span {
            column: span.column + u32::try_from(skipped).ok()?,
            start: at,
            end: at + len,
            ..span
        })
    }

    pub(super) fn meta(&mut self, m: &RawMetaCondition, span: Span, file: FileId) -> Condition {
        let field = normalize_field(&m.field.value);
        if field.is_empty() {
            self.error("S008", "`field` is empty", yaml::span(&m.field, file));
        }
        let mut test = MetaTest {
            equals: m.equals.as_ref().map(|e| Expected::from(&e.value)),
            one_of: m
                .in_
                .as_ref()
                .map(|list| list.value.iter().map(Expected::from).collect()),
            gt: m.gt.as_ref().map(|v| v.value),
            gte: m.gte.as_ref().map(|v| v.value),
            lt: m.lt.as_ref().map(|v| v.value),
            lte: m.lte.as_ref().map(|v| v.value),
            exists: m.exists.as_ref().map(|v| v.value),
            matches: None,
        };
        if let Some(list) = &m.in_
            && list.value.is_empty()
        {
            self.error(
                "S008",
                "`in` needs at least one value",
                yaml::span(list, file),
            );
        }
        for bound in [&m.gt, &m.gte, &m.lt, &m.lte].into_iter().flatten() {
            if !bound.value.is_finite() {
                self.error(
                    "S008",
                    "numeric bounds must be finite numbers",
                    yaml::span(bound, file),
                );
            }
        }
        if let Some(pattern) = &m.matches {
            test.matches = self.regex(&pattern.value, yaml::span(pattern, file));
        }
        let has_test = test.equals.is_some()
            || test.one_of.is_some()
            || [test.gt, test.gte, test.lt, test.lte]
                .iter()
                .any(Option::is_some)
            || test.exists.is_some()
            || m.matches.is_some();
        if !has_test {
            self.error("S008", "a `meta` condition needs a test", span)
                .with_help("use one of: equals, in, gt, gte, lt, lte, exists, matches");
        }
        Condition::Meta {
            field,
            test,
            span,
            field_span: yaml::span(&m.field, file),
        }
    }

    /// An `hours:` condition: each part parsed, its error at its own value.
    fn hours(&mut self, h: &RawHoursCondition, span: Span, file: FileId) -> Condition {
        let mut parsed = Hours {
            start: 0,
            end: 24 * 60,
            days: hours::EVERY_DAY,
            tz: jiff::tz::TimeZone::UTC,
            tz_name: "UTC".to_owned(),
        };
        if h.between.is_none() && h.days.is_none() {
            self.error("S008", "an `hours` condition needs `between` or `days`", span)
                .with_help(r#"such as `hours: { between: "09:00-17:30", days: [mon-fri], tz: Europe/London }`"#);
        }
        if let Some(between) = &h.between {
            match hours::parse_range(&between.value) {
                Ok((start, end)) => (parsed.start, parsed.end) = (start, end),
                Err(e) => {
                    self.error("S008", e, yaml::span(between, file));
                }
            }
        }
        if let Some(days) = &h.days {
            if days.value.is_empty() {
                self.error(
                    "S008",
                    "`days` needs at least one day",
                    yaml::span(days, file),
                )
                .with_help("leave `days` out for every day");
            }
            parsed.days = 0;
            for day in &days.value {
                match hours::parse_days(&day.value) {
                    Ok(mask) => parsed.days |= mask,
                    Err(e) => {
                        self.error("S008", e, yaml::span(day, file));
                    }
                }
            }
        }
        if let Some(tz) = &h.tz {
            match hours::parse_tz(&tz.value) {
                Ok(zone) => {
                    parsed.tz = zone;
                    tz.value.trim().clone_into(&mut parsed.tz_name);
                }
                Err(e) => {
                    self.error("S008", e, yaml::span(tz, file));
                }
            }
        }
        Condition::Hours {
            hours: Box::new(parsed),
            span,
        }
    }
}
