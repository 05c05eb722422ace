//! Checking a case's `customer:` and `messages:`: each customer field named once (names
//! compared normalised, as a transcript's columns are), each message one role with its
//! text, and its `time:` a date and time. Takes the raw fields, gives the [`Metadata`]
//! and [`Message`]s (each with its line) or the errors; see `load.rs`.

use crate::diag::Annotate;
use crate::transcript::{Clock, Message, Metadata, Role, normalize_field};
use crate::yaml::Spanned;

use super::super::schema::{Customer, RawMessage};
use super::Checker;

impl Checker<'_> {
    /// The metadata of a case's `customer:`; an error for each field named again (`tier`
    /// after `Tier`: field names are normalised, as a transcript's columns are), which
    /// would otherwise be merged, the first value kept.
    pub(super) fn customer(&mut self, raw: &Customer) -> Metadata {
        let mut metadata = Metadata::default();
        let mut named: Vec<(String, &Spanned<String>)> = Vec::new();
        for (field, value) in &raw.0 {
            let normal = normalize_field(&field.value);
            if normal.is_empty() {
                // As a column named so is refused: it would be the field `` (`"---"`).
                self.error(
                    "S008",
                    format!(
                        "customer field `{}` names no field: a field name needs a letter or digit",
                        field.value
                    ),
                    self.span(field),
                );
                continue;
            }
            if let Some((_, first)) = named.iter().find(|(n, _)| *n == normal) {
                let (span, at) = (self.span(field), self.sources.location(self.span(first)));
                self.error(
                    "S006",
                    format!(
                        "customer field `{}` is `{}` written again: both name the field `{normal}`",
                        field.value, first.value
                    ),
                    span,
                )
                .with_related(at, "first named here")
                .with_help("field names are compared in lower case with `_` for spaces and punctuation (`Lead Score` = `lead_score`): give each field once");
                continue;
            }
            named.push((normal, field));
            metadata.insert(&field.value, &value.to_text());
        }
        metadata
    }

    /// The messages of a case; an error for each that is not one. `partial`: the places
    /// of those read only in part, whose role may be the key that did not read (an
    /// error already): their lack of one is none.
    pub(super) fn messages(
        &mut self,
        raw: &[Spanned<RawMessage>],
        partial: &[usize],
    ) -> Vec<Message> {
        let mut messages = Vec::new();
        for (i, m) in raw.iter().enumerate() {
            let given: Vec<(Role, &Option<String>)> = [
                (Role::Customer, &m.value.customer),
                (Role::Bot, &m.value.bot),
                (Role::Agent, &m.value.agent),
            ]
            .into_iter()
            .filter_map(|(r, t)| t.as_ref().map(|t| (r, t)))
            .collect();
            // Its time is checked whatever its role says.
            let time = self.time(m);
            let mspan = self.span(m);
            let [(role, text)] = given[..] else {
                if !(given.is_empty() && partial.contains(&i)) {
                    self.error(
                        "S008",
                        format!(
                            "a message has exactly one of `customer:`, `bot:` or `agent:`, not {}",
                            if given.is_empty() { "none" } else { "several" }
                        ),
                        mspan,
                    );
                }
                continue;
            };
            // `- customer:` with nothing after it: text left out, not an empty message.
            let Some(text) = text else {
                self.error(
                    "S008",
                    format!("the message has no text: `{role}:` is empty"),
                    mspan,
                )
                .with_help(format!(
                    "write the message after `{role}:`; `{role}: \"\"` for a message that is empty on purpose"
                ));
                continue;
            };
            let Some((timestamp, clock)) = time else {
                continue;
            };
            let time = m
                .value
                .time
                .as_ref()
                .map(|t| t.value.clone())
                .unwrap_or_default();
            messages.push(Message {
                role,
                text: text.clone(),
                timestamp,
                clock,
                time,
                line: u64::from(self.span(m).line),
            });
        }
        messages
    }

    /// A message's `time:`, read; `None` (and an error) when it is not a date and time.
    fn time(&mut self, m: &Spanned<RawMessage>) -> Option<(Option<jiff::Timestamp>, Clock)> {
        let Some(time) = &m.value.time else {
            return Some((None, Clock::Written));
        };
        // A rule test's times are the author's, not an export's: without an offset,
        // UTC, whatever a mapping's `timestamp_tz` says.
        let Some((parsed, local)) =
            crate::transcript::parse_timestamp_in(&time.value, &jiff::tz::TimeZone::UTC)
        else {
            let span = self.span(time);
            self.error(
                "S008",
                format!("time `{}` is not a date and time", time.value),
                span,
            )
            .with_help(format!("use {}", super::super::TIME_FORMS));
            return None;
        };
        let clock = if local {
            Clock::RuleTestUtc
        } else {
            Clock::Written
        };
        Some((Some(parsed), clock))
    }
}
