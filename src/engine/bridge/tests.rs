//! The context templates are rendered with is the one [`crate::rules::context`] lists.

use std::collections::{BTreeMap, BTreeSet};

use super::{BridgeContext, ConversationValues, Scope, TriggerValues, direct};
use crate::rules::TeamId;
use crate::rules::context::{Presence, TEMPLATE_VARIABLES};
use crate::summary::{Fact, FactKind, Summary};
use crate::transcript::Metadata;

/// A summary with every part (`full`) or none of the optional ones.
fn summary(full: bool) -> Summary {
    Summary {
        goal: full.then(|| "move to the annual plan".to_owned()),
        facts: if full {
            vec![Fact {
                kind: FactKind::Amount,
                text: "$120".to_owned(),
                turn: 2,
            }]
        } else {
            Vec::new()
        },
        last_customer_message: full.then(|| "can I pay yearly?".to_owned()),
        ..Summary::default()
    }
}

/// Every variable of the serialised context has the attributes the table lists: all
/// of them when the escalation has every value, the `Always` ones when it lacks every
/// optional one. A value added to the context without the table saying whether it may
/// be undefined, or made optional in one and not the other, fails here.
#[test]
fn the_context_is_the_table() {
    let metadata = Metadata::default();
    for full in [true, false] {
        let summary = summary(full);
        let ctx = BridgeContext {
            team: TeamId(0),
            metadata: &metadata,
            reason: "look into your invoice",
            trigger: TriggerValues {
                id: "billing-issue",
                description: full.then_some("Billing disputes"),
                severity: "high",
                reason: "look into your invoice",
            },
            triggers: vec!["billing-issue"],
            route: "billing",
            conversation: ConversationValues {
                id: "c-1",
                turn: 3,
                time: full.then_some("2024-03-01T09:15:00Z"),
                messages: 7,
            },
            summary: Some(&summary),
            masking: None,
        };
        let scope = Scope {
            ctx: &ctx,
            agent: "Sam",
            team_id: "finance",
            team_name: "Billing & Finance",
        };
        let values = serde_json::to_value(scope.values(BTreeMap::new())).unwrap();
        let values = values.as_object().unwrap();
        let names: BTreeSet<&str> = values.keys().map(String::as_str).collect();
        let listed: BTreeSet<&str> = TEMPLATE_VARIABLES.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, listed, "the variables of the context");
        for (name, attrs) in TEMPLATE_VARIABLES {
            let value = &values[*name];
            let Some(attrs) = attrs else {
                assert!(value.is_object(), "{name}");
                continue;
            };
            if attrs.is_empty() {
                assert!(!value.is_object(), "{name} has no attributes");
                continue;
            }
            let keys: BTreeSet<&str> = value
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            let expected: BTreeSet<&str> = attrs
                .iter()
                .filter(|(_, presence)| full || *presence == Presence::Always)
                .map(|(a, _)| *a)
                .collect();
            assert_eq!(
                keys, expected,
                "the attributes of `{name}` (every value: {full})"
            );
            // The direct path finds the same values undefined.
            for (attr, _) in *attrs {
                let path = format!("{name}.{attr}");
                assert_eq!(
                    direct::absent(&path, &scope),
                    !keys.contains(attr),
                    "{path}"
                );
            }
        }
    }
}
