//! Bridge messages and the summary they may cite: metadata and defaults, errors for
//! undefined variables, a message per primary trigger, and the summary under `--redact`.

use super::*;

#[test]
fn bridge_message_uses_metadata_and_defaults() {
    let e = engine(BASIC);
    let o = run_meta(
        &e,
        &[("customer", "discount please")],
        &[("Name", "Alex Chen")],
    );
    assert_eq!(
        o.bridge_message.as_deref(),
        Some("Hi Alex, I am Maya, here to pricing.")
    );
    let o = run(&e, &[("customer", "discount please")]);
    assert_eq!(
        o.bridge_message.as_deref(),
        Some("Hi there, I am Maya, here to pricing.")
    );
}

#[test]
fn an_undefined_template_variable_is_an_error_not_an_empty_string() {
    let e = engine(&BASIC.replace(
        r#"{{ customer.first_name | default("there") }}"#,
        "{{ customer.company }}",
    ));
    let o = run(&e, &[("customer", "discount please")]);
    assert_eq!(o.bridge_message, None);
    let err = o.bridge_error.unwrap();
    assert_eq!(
        err,
        "undefined variable `customer.company` (team `sales`'s bridge, template line 1); this conversation has no `customer.company`"
    );
}

#[test]
fn a_bridge_error_names_no_field_the_template_guards() {
    let e = engine(&BASIC.replace(
        r#"{{ customer.first_name | default("there") }}"#,
        r#"{{ customer.first_name | default("there") }}{% if customer.plan is defined %} ({{ customer.plan }}){% endif %} from {{ customer.company }}"#,
    ));
    let o = run_meta(&e, &[("customer", "discount please")], &[("Tier", "pro")]);
    assert_eq!(
        o.bridge_error.as_deref(),
        Some(
            "undefined variable `customer.company` (team `sales`'s bridge, template line 1); this conversation has no `customer.company`"
        )
    );
}

#[test]
fn a_bridge_error_names_the_fields_the_conversation_lacks_not_those_it_has() {
    let e = engine(&BASIC.replace(
        r#"{{ customer.first_name | default("there") }}"#,
        "{{ customer.name }} of {{ customer.company }} ({{ customer.tier }})",
    ));
    let o = run_meta(
        &e,
        &[("customer", "discount please")],
        &[("Name", "Alex Chen")],
    );
    assert_eq!(
        o.bridge_error.as_deref(),
        Some(
            "undefined variable `customer.company` (team `sales`'s bridge, template line 1); this conversation has no `customer.company` or `customer.tier`"
        )
    );
}

#[test]
fn lists_are_written_as_their_items_and_groups_of_values_not_at_all() {
    // `{{ summary.facts }}` wrote a Python-style list to the customer, and
    // `{{ customer }}` every field of theirs.
    let with = |template: &str| {
        engine(&BASIC.replace(r#"{{ customer.first_name | default("there") }}"#, template))
    };
    let o = run(
        &with("{{ triggers }}: {{ summary.topics | default([]) }}"),
        &[("customer", "discount please")],
    );
    let message = o.bridge_message.unwrap();
    assert!(message.starts_with("Hi pricing: "), "{message}");
    assert!(!message.contains('['), "{message}");
    let o = run(
        &with("{{ [\"$40\", \"order 12345\"] }}"),
        &[("customer", "discount please")],
    );
    assert_eq!(
        o.bridge_message.as_deref(),
        Some("Hi $40, order 12345, I am Maya, here to pricing.")
    );
    // `{{ customer }}` itself no longer loads (T004, in the same words), nor any other
    // read of the group whole (`[customer] | first`): the render's own refusal is
    // `bridge::tests`'.
}

#[test]
fn a_bridge_error_names_the_summary_field_the_conversation_lacks() {
    let e = engine(&BASIC.replace(
        r#"{{ customer.first_name | default("there") }}"#,
        "{{ summary.fact }}",
    ));
    let o = run(&e, &[("customer", "discount please")]);
    assert_eq!(
        o.bridge_error.as_deref(),
        Some(
            "undefined variable `summary.fact` (team `sales`'s bridge, template line 1); this conversation has no `summary.fact`"
        )
    );
}

#[test]
fn agent_name_defaults_to_a_placeholder() {
    let e = engine(&BASIC.replace(", agent: Maya", ""));
    let o = run(&e, &[("customer", "discount please")]);
    assert!(o.bridge_message.unwrap().contains("I am [agent name]"));
}

#[test]
fn a_team_can_have_a_bridge_message_per_primary_trigger() {
    let e = engine(
        r#"
version: 1
triggers:
  - { id: angry, severity: high, when: { message: { role: customer, phrases: [useless] } } }
  - { id: price, when: { message: { role: customer, phrases: [discount] } } }
teams:
  - id: t
    name: T
    agent: Sam
    bridge: "Hi, I'm {{ agent }}, here to {{ reason }}."
    bridges:
      angry: "I'm so sorry, {{ customer.first_name | default('there') }}. I'm {{ agent }} and I'll make this right."
default_route: { team: t }
"#,
    );
    let mut scratch = Scratch::default();
    let angry = e.evaluate(
        &conversation(&[("customer", "this is useless")], &[("name", "Ana Lima")]),
        &mut scratch,
    );
    assert_eq!(
        angry.bridge_message.as_deref(),
        Some("I'm so sorry, Ana. I'm Sam and I'll make this right.")
    );
    let price = e.evaluate(
        &conversation(&[("customer", "any discount?")], &[]),
        &mut scratch,
    );
    assert_eq!(
        price.bridge_message.as_deref(),
        Some("Hi, I'm Sam, here to price.")
    );
    // Both fire: the primary (most severe) trigger picks the message.
    let both = e.evaluate(
        &conversation(&[("customer", "useless, give me a discount")], &[]),
        &mut scratch,
    );
    assert_eq!(both.primary_trigger(), Some("angry"));
    assert!(
        both.bridge_message
            .unwrap()
            .starts_with("I'm so sorry, there.")
    );
}

#[test]
fn a_bridge_message_can_cite_the_summary() {
    let e = engine(
        r#"
version: 1
triggers:
  - { id: stuck, when: { counter: { name: bot_fallbacks, at_least: 2 } } }
teams:
  - id: t
    name: T
    bridge: >-
      I see you're asking about {{ summary.fact | default("your request") }} and that
      our assistant could not help (mood: {{ summary.mood }}).
default_route: { team: t }
"#,
    );
    let c = conversation(
        &[
            ("customer", "I was charged $49.99 twice on invoice #20931"),
            ("bot", "Sorry, I didn't understand that."),
            ("customer", "charged twice!"),
            ("bot", "Sorry, I didn't get that."),
        ],
        &[],
    );
    let o = e.evaluate(&c, &mut Scratch::default());
    assert_eq!(o.bridge_error, None);
    assert_eq!(
        o.bridge_message.as_deref(),
        Some(
            "I see you're asking about $49.99 and that our assistant could not help (mood: calm)."
        )
    );
    let s = e.summarize(&c, 4, &[]);
    assert_eq!(
        s.bot_fallbacks, 2,
        "the engine's notes found both fallbacks"
    );
    let facts: Vec<&str> = s.facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(facts, ["$49.99", "invoice #20931"]);
}

/// Under `--redact` the summary is made from the messages masked whole, once: masking
/// it again changes nothing, numbers right after others included (the second masking
/// pass it had is gone).
#[test]
fn a_redacted_summary_is_masked_once_and_whole() {
    use crate::redact::{Names, Redact as _};
    let options = EngineOptions {
        notes: true,
        redact: true,
        ..EngineOptions::default()
    };
    let e = engine_with(
        r"
version: 1
triggers:
  - { id: details, when: { message: { role: customer, phrases: [details] } } }
",
        options,
    );
    let c = conversation(
        &[
            ("customer", "I need to update my details, Ana Lima here"),
            ("bot", "Sure, what are they?"),
            (
                "customer",
                "ssn 123-45-6789 078–05–1120, card 4222222222222 4111 1111 1111 1111, my PIN is 1234 1-555-123-4567",
            ),
        ],
        &[("name", "Ana Lima")],
    );
    let summary = e.summarize(&c, c.messages.len(), &[]);
    assert_eq!(
        summary.last_customer_message.as_deref(),
        Some("ssn [ssn] [ssn], card [card] [card], my PIN is [secret] [phone]")
    );
    let mut again = summary.clone();
    again.redact_with(&Names::of_conversation(&c));
    assert_eq!(again, summary);
}
