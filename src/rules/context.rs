//! The bridge context as templates see it: every variable, its attributes, and for each
//! attribute whether every escalation has it or some lack it (and when). Takes nothing;
//! gives the one table that loading (`T002`, `T004`), lint (`T011`) and the engine (the
//! error that says what a conversation lacks) all read, so that a value added to the
//! context says once whether it may be undefined. The engine's own test checks its
//! context against this table.

/// Whether an attribute of the context is there in every escalation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Presence {
    /// Every escalation has it.
    Always,
    /// Undefined in some escalations.
    Optional {
        /// When, as lint says it: "undefined when …".
        when: &'static str,
        /// Why, as a failed render says it after the value (`{trigger}` is the primary
        /// trigger's id): "trigger `x` has none"; empty when the value says enough.
        why: &'static str,
    },
}

use Presence::{Always, Optional};

/// An attribute of a variable of the context, and whether it is always there.
pub(crate) type Attribute = (&'static str, Presence);

/// Variables a bridge template may use, with the attributes of each (`None`: any, the
/// export's columns; empty: the variable is a value, text or a list).
pub(crate) const TEMPLATE_VARIABLES: &[(&str, Option<&[Attribute]>)] = &[
    ("customer", None),
    ("agent", Some(&[])),
    ("reason", Some(&[])),
    ("route", Some(&[])),
    ("triggers", Some(&[])),
    ("team", Some(&[("id", Always), ("name", Always)])),
    (
        "trigger",
        Some(&[
            ("id", Always),
            (
                "description",
                Optional {
                    when: "undefined when the trigger has no description",
                    why: "trigger `{trigger}` has none",
                },
            ),
            ("severity", Always),
            ("reason", Always),
        ]),
    ),
    (
        "conversation",
        Some(&[
            ("id", Always),
            ("turn", Always),
            (
                "time",
                Optional {
                    when: "undefined when the escalation message has no timestamp (no timestamp column, an empty cell)",
                    why: "the message has no timestamp",
                },
            ),
            ("messages", Always),
        ]),
    ),
    (
        "summary",
        Some(&[
            (
                "goal",
                Optional {
                    when: "undefined when the summary finds no goal in the conversation",
                    why: "",
                },
            ),
            (
                "fact",
                Optional {
                    when: "undefined when the summary finds no key fact (an amount, an order number, a date)",
                    why: "",
                },
            ),
            ("facts", Always),
            ("topics", Always),
            ("open_questions", Always),
            ("mood", Always),
            (
                "last_customer_message",
                Optional {
                    when: "undefined when the customer has written nothing yet",
                    why: "",
                },
            ),
            ("bullets", Always),
        ]),
    ),
];

/// The values some escalations lack, as `variable.attribute` with when and why.
pub(crate) fn optional_values() -> impl Iterator<Item = (String, &'static str, &'static str)> {
    TEMPLATE_VARIABLES.iter().flat_map(|(name, attrs)| {
        attrs
            .unwrap_or_default()
            .iter()
            .filter_map(move |(attr, p)| match p {
                Optional { when, why } => Some((format!("{name}.{attr}"), *when, *why)),
                Always => None,
            })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_optional_values_are_those_documented() {
        let optional: Vec<String> = optional_values().map(|(p, _, _)| p).collect();
        assert_eq!(
            optional,
            [
                "trigger.description",
                "conversation.time",
                "summary.goal",
                "summary.fact",
                "summary.last_customer_message"
            ]
        );
        for (_, when, _) in optional_values() {
            assert!(when.starts_with("undefined when"), "{when}");
        }
    }
}
