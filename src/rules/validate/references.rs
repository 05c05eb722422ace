//! References: a team, signal or trigger a condition, route or team names by id,
//! resolved to its index against the ids registered (`ids.rs`); an id defined nowhere is
//! an error (R001, R002, R003) with the id likely meant, or what the name is instead (a
//! built-in detector's, a trigger's for a signal, a signal's for a trigger, a signal's
//! phrase for a signal). Resolves
//! nothing else: `conditions.rs` makes the conditions.

use std::collections::HashMap;

use crate::diag::{Annotate, FileId, Span};
use crate::yaml::{self, Spanned};

use super::super::schema::{Builtin, RawCondition, RawRuleFile};
use super::super::{Part, SignalId, TeamId, TriggerId};
use super::{Validator, suggest_id};

impl Validator<'_> {
    pub(super) fn team_ref(&mut self, team: &Spanned<String>, file: FileId) -> TeamId {
        match self.team_ids.get(&team.value).map(|&(idx, _)| idx) {
            Some(idx) => TeamId(idx),
            None if self.empty_ref(Part::Teams, &team.value, yaml::span(team, file)) => {
                TeamId(usize::MAX)
            }
            None if self.may_be_unparsed(Part::Teams, &team.value) => TeamId(usize::MAX),
            None => {
                let suggestion = suggest_id(
                    &team.value,
                    self.team_ids.keys().chain(&self.unparsed.teams),
                );
                self.error(
                    "R003",
                    format!("unknown team `{}`", team.value),
                    yaml::span(team, file),
                )
                .with_label("not defined under `teams:`")
                .with_help_opt(suggestion);
                TeamId(usize::MAX)
            }
        }
    }

    pub(super) fn signal_ref(
        &mut self,
        signal: &Spanned<String>,
        file: FileId,
    ) -> Option<SignalId> {
        if let Some(&(idx, _)) = self.signal_ids.get(&signal.value) {
            return Some(SignalId(idx));
        }
        if self.empty_ref(Part::Signals, &signal.value, yaml::span(signal, file))
            || self.may_be_unparsed(Part::Signals, &signal.value)
        {
            return None;
        }
        // A built-in detector's name, as if it were a signal: the signal that uses it is
        // what is missing, not a typo.
        let suggestion = match Builtin::named(&signal.value) {
            Some(builtin) => Some(format!(
                "`{name}` is a built-in detector: a signal uses it, as `- {{ id: {name}, builtin: {name} }}` under `signals:`",
                name = builtin.as_str()
            )),
            None => suggest_id(
                &signal.value,
                self.signal_ids.keys().chain(&self.unparsed.signals),
            )
            .or_else(|| self.phrase_of(&signal.value)),
        };
        self.error(
            "R001",
            format!("unknown signal `{}`", signal.value),
            yaml::span(signal, file),
        )
        .with_label("not defined under `signals:`")
        .with_help_opt(suggestion);
        None
    }

    /// The help for an unknown signal `name` that is a phrase of defined signals
    /// (`signal: refund` where `billing` lists "refund"): the signals that hold it.
    fn phrase_of(&self, name: &str) -> Option<String> {
        let phrase = crate::text::normalize_phrase(name);
        let holders: Vec<String> = (self.signals.iter())
            .filter(|s| !s.inline && s.phrases.iter().any(|p| p.normalized == phrase))
            .map(|s| format!("`{}`", s.id))
            .collect();
        let (last, rest) = holders.split_last()?;
        let named = if rest.is_empty() {
            format!("signal {last}")
        } else {
            format!("signals {} and {last}", rest.join(", "))
        };
        Some(format!(
            "`{name}` is a phrase of {named}: a condition reads a signal by its id (or define a signal `{name}` under `signals:`)"
        ))
    }

    /// `name`, a route's `trigger:` at `span` (or a team's `bridges:` key, `in_bridges`)
    /// that no trigger's id is: [`TriggerId`]`(usize::MAX)`, and R002 said, unless a
    /// definition that did not load may be it. A signal's id is said to be one, with
    /// what to write instead: in a route, `seen: { signal: … }` or a trigger that reads
    /// it; under `bridges:`, the triggers that read it.
    pub(super) fn trigger_ref(
        &mut self,
        name: &Spanned<String>,
        span: Span,
        in_bridges: bool,
    ) -> TriggerId {
        if self.empty_ref(Part::Triggers, &name.value, span)
            || self.may_be_unparsed(Part::Triggers, &name.value)
        {
            return TriggerId(usize::MAX);
        }
        let suggestion = suggest_id(
            &name.value,
            self.trigger_ids.keys().chain(&self.unparsed.triggers),
        );
        let help = if self.signal_ids.contains_key(&name.value) {
            Some(self.signal_as_trigger(&name.value, in_bridges, suggestion))
        } else {
            suggestion
        };
        let label = if in_bridges {
            "`bridges:` is keyed by trigger id"
        } else {
            "not defined under `triggers:`"
        };
        self.error("R002", format!("unknown trigger `{}`", name.value), span)
            .with_label(label)
            .with_help_opt(help);
        TriggerId(usize::MAX)
    }

    /// The help for the signal `signal` written where a trigger's id goes: a route
    /// reads it with `seen:`; the triggers that read it are named (a "did you mean"
    /// when none does).
    fn signal_as_trigger(
        &self,
        signal: &str,
        in_bridges: bool,
        suggestion: Option<String>,
    ) -> String {
        let readers = self.readers.get(signal).map_or(&[][..], Vec::as_slice);
        let named = readers_named(readers);
        let mut help = format!("`{signal}` is a signal, not a trigger: ");
        let more = match (in_bridges, readers.len()) {
            (true, 0) => "`bridges:` is keyed by trigger id; no trigger reads it".to_owned(),
            (true, 1) => {
                format!("`bridges:` is keyed by trigger id; the trigger that reads it is {named}")
            }
            (true, _) => {
                format!("`bridges:` is keyed by trigger id; the triggers that read it are {named}")
            }
            (false, 0) => format!("a route reads a signal with `seen: {{ signal: {signal} }}`"),
            (false, 1) => format!(
                "a route reads a signal with `seen: {{ signal: {signal} }}`, or names the trigger that reads it, {named}"
            ),
            (false, _) => format!(
                "a route reads a signal with `seen: {{ signal: {signal} }}`, or names a trigger that reads it, {named}"
            ),
        };
        help.push_str(&more);
        if readers.is_empty()
            && let Some(suggestion) = suggestion
        {
            help.push_str("; ");
            help.push_str(&suggestion);
        }
        help
    }
}

/// Trigger ids as a list: `` `a` ``, `` `a` and `b` ``, `` `a`, `b`, `c` and 2 more ``.
pub(crate) fn readers_named(readers: &[String]) -> String {
    const SHOWN: usize = 3;
    let quoted: Vec<String> = readers
        .iter()
        .take(SHOWN)
        .map(|r| format!("`{r}`"))
        .collect();
    match (quoted.split_last(), readers.len()) {
        (None, _) => String::new(),
        (Some((last, [])), _) => last.clone(),
        (Some((last, rest)), n) if n <= SHOWN => format!("{} and {last}", rest.join(", ")),
        (Some(_), n) => format!("{} and {} more", quoted.join(", "), n - SHOWN),
    }
}

/// The triggers each signal is read by (a `message:` or `seen:` condition of theirs,
/// under `not:` too), by signal id, in the order the files list them.
pub(super) fn signal_readers(files: &[(FileId, RawRuleFile)]) -> HashMap<String, Vec<String>> {
    fn walk<'a>(condition: &'a RawCondition, out: &mut Vec<&'a str>) {
        match condition {
            RawCondition::All(items) | RawCondition::Any(items) => {
                for item in items {
                    walk(&item.value, out);
                }
            }
            RawCondition::Not(inner) => walk(&inner.value, out),
            RawCondition::Message(m) => out.extend(m.signal.as_ref().map(|s| s.value.as_str())),
            RawCondition::Seen(s) => out.push(&s.signal.value),
            RawCondition::Counter(_)
            | RawCondition::Meta(_)
            | RawCondition::Hours(_)
            | RawCondition::Trigger(_) => {}
        }
    }
    let mut readers: HashMap<String, Vec<String>> = HashMap::new();
    for (_, raw) in files {
        for trigger in &raw.triggers {
            let mut read = Vec::new();
            walk(&trigger.when.value, &mut read);
            for signal in read {
                let list = readers.entry(signal.to_owned()).or_default();
                if !list.contains(&trigger.id.value) {
                    list.push(trigger.id.value.clone());
                }
            }
        }
    }
    readers
}
