//! References: a team, signal or trigger a condition, route or team names by id,
//! resolved to its index against the ids registered (`ids.rs`); an id defined nowhere is
//! an error (R001, R002, R003) with the id likely meant, or what the name is instead (a
//! built-in detector's, a trigger's for a signal, a signal's for a trigger). Resolves
//! nothing else: `conditions.rs` makes the conditions.

use crate::diag::{Annotate, FileId, Span};
use crate::yaml::{self, Spanned};

use super::super::schema::Builtin;
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
            ),
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

    /// `name`, a route's `trigger:` at `span` (or a team's `bridges:` key) that no
    /// trigger's id is: [`TriggerId`]`(usize::MAX)`, and R002 said (`label` under it),
    /// unless a definition that did not load may be it. A signal's id is said to be
    /// one (cli41: "unknown trigger `mad`" where `mad` is the signal a trigger reads).
    pub(super) fn trigger_ref(
        &mut self,
        name: &Spanned<String>,
        span: Span,
        label: &str,
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
        // The signal a trigger reads, named where a trigger is: said to be one (a
        // likely trigger's id after it).
        let help = if self.signal_ids.contains_key(&name.value) {
            Some(format!(
                "`{}` is a signal, not a trigger: routes look at the triggers that fired, which read signals; {}",
                name.value,
                suggestion.unwrap_or_else(|| {
                    "name a trigger defined under `triggers:` (one that reads the signal)"
                        .to_owned()
                })
            ))
        } else {
            suggestion
        };
        self.error("R002", format!("unknown trigger `{}`", name.value), span)
            .with_label(label)
            .with_help_opt(help);
        TriggerId(usize::MAX)
    }
}
