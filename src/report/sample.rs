//! One shared sample of outcomes that every renderer is snapshot-tested against.

use crate::outcome::{Evidence, FiredTrigger, Outcome, VersusActual};
use crate::transcript::Role;

fn base(id: &str, messages: usize) -> Outcome {
    Outcome::not_escalated(id.to_owned(), messages)
}

/// Escalated with match, counter and metadata evidence; not escalated; a bridge error on
/// an `hours:` route; unrouted; an actual handoff; text with commas, quotes and a newline.
pub(crate) fn outcomes() -> Vec<Outcome> {
    let pricing = Outcome {
        escalated: true,
        escalation_turn: Some(3),
        escalation_time: Some("2026-03-02T09:01:30Z".into()),
        reason: Some("dive deeper into pricing".into()),
        triggers: vec![FiredTrigger {
            id: "pricing-negotiation".into(),
            severity: "medium",
            turn: 3,
            evidence: vec![
                Evidence::Match {
                    turn: 3,
                    role: Role::Customer,
                    signal: "pricing".into(),
                    text: "volume discount".into(),
                },
                Evidence::Metadata {
                    field: "tier".into(),
                    value: Some("enterprise".into()),
                },
            ],
        }],
        route: Some("pricing".into()),
        team: Some("senior-ae".into()),
        team_name: Some("Senior Account Executives".into()),
        bridge_message: Some(
            "Hi Alex, I'm Maya, stepping in to dive deeper into pricing. I've read our chat so far.".into(),
        ),
        ..base("c01", 4)
    };
    let quiet = base("c02", 3);
    let loop_with_error = Outcome {
        escalated: true,
        escalation_turn: Some(4),
        reason: Some("pick this up".into()),
        triggers: vec![
            FiredTrigger {
                id: "frustration".into(),
                severity: "high",
                turn: 4,
                evidence: vec![Evidence::Match {
                    turn: 4,
                    role: Role::Customer,
                    signal: "frustration".into(),
                    text: "\"useless\", honestly".into(),
                }],
            },
            FiredTrigger {
                id: "bot-loop".into(),
                severity: "medium",
                turn: 4,
                evidence: vec![
                    Evidence::Counter {
                        name: "bot_fallbacks",
                        value: 2.0,
                        within: None,
                    },
                    Evidence::Hours {
                        turn: 4,
                        local_time: "2026-03-07T02:00".into(),
                        weekday: "sat",
                        tz: "Europe/London".into(),
                        shift_day: "fri",
                    },
                ],
            },
        ],
        // An `hours:` route: the local time its condition saw (`route_hours`).
        route: Some("after-hours".into()),
        route_hours: vec![Evidence::Hours {
            turn: 4,
            local_time: "2026-03-07T02:00".into(),
            weekday: "sat",
            tz: "Europe/London".into(),
            shift_day: "fri",
        }],
        team: Some("frontline".into()),
        team_name: Some("Customer Support".into()),
        bridge_error: Some(
            "undefined value: `customer.company` is undefined (template line 1)".into(),
        ),
        actual_handoff_turn: Some(6),
        actual_handoff_time: Some("2026-03-02T10:04:00Z".into()),
        versus_actual: Some(VersusActual::Earlier),
        ..base("c03", 7)
    };
    let unrouted = Outcome {
        escalated: true,
        escalation_turn: Some(1),
        reason: Some("help you personally".into()),
        triggers: vec![FiredTrigger {
            id: "human-request".into(),
            severity: "high",
            turn: 1,
            evidence: vec![Evidence::Match {
                turn: 1,
                role: Role::Customer,
                signal: "human-request".into(),
                text: "a real person".into(),
            }],
        }],
        ..base("c04, \"quoted\"\nid", 1)
    };
    let missed = Outcome {
        actual_handoff_turn: Some(2),
        versus_actual: Some(VersusActual::Missed),
        ..base("c05", 2)
    };
    vec![pricing, quiet, loop_with_error, unrouted, missed]
}
