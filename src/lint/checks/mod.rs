//! The lint checks, one per file, and the registry that lists each once.
//!
//! Adding a check: write `checks/<problem>.rs` with a unit struct implementing
//! [`super::Check`], add it to [`CHECKS`], register its code in `code.rs` with a
//! doc in `docs/<ID>.md`, add `tests/fixtures/lint/<ID>.yaml` (fires) and
//! `<ID>.ok.yaml` (does not), and a CHANGELOG line. See CONTRIBUTING.md.

mod agent_placeholder;
mod always_true_trigger;
mod ambiguous_phrase;
mod customer_language_from_bot;
mod duplicate_phrase;
mod field_not_in_export;
mod lossy_phrase;
mod missing_default_route;
mod never_fires_on_export;
mod no_triggers;
mod optional_value_unguarded;
mod phrase_looks_like_a_list;
mod pointless_bound;
mod team_without_bridge;
mod template_field_not_in_export;
mod timestamp_not_in_export;
mod unreachable_route;
mod unreachable_threshold;
mod unreachable_window_count;
mod unsatisfiable_condition;
mod unused_signal;
mod unused_team;
mod unused_template;

use crate::diag::Span;
use crate::rules::{Condition, RuleSet};

use super::Check;

/// Every lint check, in code order.
pub static CHECKS: &[&dyn Check] = &[
    &unused_signal::UnusedSignal,
    &unused_team::UnusedTeam,
    &team_without_bridge::TeamWithoutBridge,
    &duplicate_phrase::DuplicatePhrase,
    &lossy_phrase::LossyPhrase,
    &ambiguous_phrase::AmbiguousPhrase,
    &customer_language_from_bot::CustomerLanguageFromBot,
    &phrase_looks_like_a_list::PhraseLooksLikeAList,
    &unreachable_route::UnreachableRoute,
    &missing_default_route::MissingDefaultRoute,
    &unsatisfiable_condition::UnsatisfiableCondition,
    &always_true_trigger::AlwaysTrueTrigger,
    &pointless_bound::PointlessBound,
    &no_triggers::NoTriggers,
    &unreachable_threshold::UnreachableThreshold,
    &unreachable_window_count::UnreachableWindowCount,
    &unused_template::UnusedTemplate,
    &optional_value_unguarded::OptionalValueUnguarded,
    &agent_placeholder::AgentPlaceholder,
    &field_not_in_export::FieldNotInExport,
    &never_fires_on_export::NeverFiresOnExport,
    &template_field_not_in_export::TemplateFieldNotInExport,
    &timestamp_not_in_export::TimestampNotInExport,
];

/// Calls `f` on `c` and every condition inside it.
pub(super) fn walk<'a>(c: &'a Condition, f: &mut dyn FnMut(&'a Condition)) {
    f(c);
    match c {
        Condition::All(items) | Condition::Any(items) => {
            for item in items {
                walk(item, f);
            }
        }
        Condition::Not(inner, _) => walk(inner, f),
        _ => {}
    }
}

/// Every condition of the rule set with the span of its owner (trigger or route id).
pub(super) fn conditions(rules: &RuleSet) -> impl Iterator<Item = (&Condition, Owner<'_>)> {
    rules
        .triggers
        .iter()
        .map(|t| (&t.when, Owner::Trigger(&t.id, t.span)))
        .chain(
            rules
                .routes
                .iter()
                .map(|r| (&r.when, Owner::Route(&r.id, r.span))),
        )
}

/// The trigger or route a condition belongs to.
#[derive(Debug, Clone, Copy)]
pub(super) enum Owner<'a> {
    Trigger(&'a str, Span),
    Route(&'a str, Span),
}

impl Owner<'_> {
    pub(super) fn span(self) -> Span {
        match self {
            Owner::Trigger(_, s) | Owner::Route(_, s) => s,
        }
    }

    pub(super) fn describe(self) -> String {
        match self {
            Owner::Trigger(id, _) => format!("trigger `{id}`"),
            Owner::Route(id, _) => format!("route `{id}`"),
        }
    }
}

/// Where an alternative of an `any` is, to point at it: a `not`'s key (the `not` of
/// `not: X`, which alone says the alternative is a negation; `X` is the condition it
/// negates), else [`span_of`].
pub(super) fn alternative_at(c: &Condition) -> Option<Span> {
    match c {
        Condition::Not(_, key) => Some(*key),
        _ => span_of(c),
    }
}

/// The span of a condition: its own for leaves, its first leaf's for `all`/`any`/`not`.
pub(super) fn span_of(c: &Condition) -> Option<Span> {
    match c {
        Condition::All(items) | Condition::Any(items) => items.iter().find_map(span_of),
        Condition::Not(inner, _) => span_of(inner),
        Condition::Message { span, .. }
        | Condition::Seen { span, .. }
        | Condition::Counter { span, .. }
        | Condition::Meta { span, .. }
        | Condition::Hours { span, .. }
        | Condition::Trigger { span, .. } => Some(*span),
    }
}
