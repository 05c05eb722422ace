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
                key: None,
                value: None,
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

/// `{% for k in customer %}{{ k }}={{ customer[k] }}` wrote every
/// field of the customer's (`password=hunter2`). Such a template no longer loads
/// (T004); were one compiled all the same, a template is given only the customer's
/// fields it names (a quoted key too): here none, and a group written whole is still the
/// render's error, never the customer's values.
#[test]
fn a_template_is_given_only_the_customer_fields_it_names() {
    let mut metadata = Metadata::default();
    for (field, value) in [
        ("name", "Alex Chen"),
        ("password", "hunter2"),
        ("plan", "gold"),
    ] {
        metadata.insert(field, value);
    }
    let render =
        |bridge: Option<&str>| rendered(bridge.unwrap_or("Hi {{ customer['plan'] }}"), &metadata);
    assert_eq!(render(None), Ok(Some("Hi gold".to_owned())));
    let looped = render(Some(
        "Hi {% for k in customer %}{{ k }}={{ customer[k] }};{% endfor %}",
    ));
    assert_eq!(looped, Ok(Some("Hi".to_owned())));
    let written = render(Some("Hi {{ [customer] | first }}")).unwrap_err();
    assert!(
        written.contains(&format!(
            "{}; {}",
            super::GROUP_WRITTEN_WHOLE,
            super::NAME_A_FIELD
        )),
        "{written}"
    );
    assert!(
        !written.contains("hunter2") && !written.contains("Alex"),
        "{written}"
    );
    // Given only the fields it names, `{% if customer %}` was false whenever the
    // template named none (or none the conversation has): it asks whether anything is
    // known of the customer. What it is stays out of reach.
    let tested = "{% if customer %}We have your details{% else %}Your email?{% endif %}";
    assert_eq!(
        render(Some(tested)),
        Ok(Some("We have your details".to_owned()))
    );
    let tested = "{% if customer %}Hi {{ customer.company | default('') }}{% endif %}!";
    assert_eq!(render(Some(tested)), Ok(Some("Hi !".to_owned())));
    // The help's `customer['order id']` names the field as the export's column
    // did; its value is the normalised field's (`order_id`).
    assert_eq!(
        render(Some("Plan {{ customer['Plan'] }}, {{ customer['plan'] }}")),
        Ok(Some("Plan gold, gold".to_owned()))
    );
}

/// A field read by a quoted key and missing failed with "undefined value" alone: the
/// compiled template knew only dotted fields unguarded (`customer.plan`). Both are
/// found, each by the field it reads and as the template names it, and the error names
/// the one the conversation lacks as written.
#[test]
fn an_unguarded_quoted_key_is_named_as_written() {
    let mut env = super::environment();
    let source = "Order {{ customer['order id'] }}, {{ customer.Plan }}{{ customer.x | d('') }}";
    let compiled = super::compile(&mut env, "t".to_owned(), source).unwrap();
    assert_eq!(
        compiled.unguarded_fields,
        [
            ("order_id".to_owned(), "customer['order id']".to_owned()),
            ("plan".to_owned(), "customer.Plan".to_owned()),
        ]
    );
    let mut metadata = Metadata::default();
    metadata.insert("plan", "gold");
    assert_eq!(
        rendered(source, &metadata),
        Err("undefined variable `customer['order id']` (team `a`'s bridge, template line 1); this conversation has no `customer['order id']`".to_owned())
    );
    metadata.insert("order_id", "A-1");
    assert_eq!(
        rendered(source, &metadata),
        Ok(Some("Order A-1, gold".to_owned()))
    );
}

/// A truth test of `customer` in a conversation with no metadata at all is false.
#[test]
fn a_customer_with_no_fields_tests_false() {
    assert_eq!(
        rendered(
            "{% if customer %}known{% else %}unknown{% endif %}",
            &Metadata::default()
        ),
        Ok(Some("unknown".to_owned()))
    );
}

/// `bridge` (compiled as written, unvalidated) rendered for an escalation of trigger `t`
/// to team `a`, whose customer is `metadata`.
fn rendered(bridge: &str, metadata: &Metadata) -> Result<Option<String>, String> {
    use crate::rules::{TriggerId, parse_rule_set};
    let yaml = "version: 1\ntriggers: [ { id: t, when: { message: { phrases: [refund] } } } ]\n\
                teams: [ { id: a, name: A, bridge: hi } ]\n\
                default_route: { team: a }\n";
    let mut rules = parse_rule_set(vec![("r.yaml".into(), yaml.to_owned())]).unwrap();
    rules.teams[0].bridge.as_mut().unwrap().source = bridge.to_owned();
    let bridges = super::Bridges::compile(&rules).unwrap();
    let ctx = BridgeContext {
        team: TeamId(0),
        metadata,
        reason: "help",
        trigger: TriggerValues {
            id: "t",
            description: None,
            severity: "medium",
            reason: "help",
        },
        triggers: vec!["t"],
        route: "default",
        conversation: ConversationValues {
            id: "c-1",
            turn: 1,
            time: None,
            messages: 1,
        },
        summary: None,
        masking: None,
    };
    bridges.render(&rules, TriggerId(0), &ctx)
}
