//! The direct path renders as minijinja does, or steps aside. Values a conversation
//! lacks are in `tests/undefined.rs`.

use std::path::Path as FsPath;

use proptest::prelude::*;

use super::super::{
    BridgeContext, Bridges, ConversationValues, Scope, TriggerValues, compile, environment,
};
use super::*;
use crate::redact::Names;
use crate::rules::{TeamId, load_rule_set};
use crate::summary::{Fact, FactKind, Summary};
use crate::transcript::Metadata;

/// Pieces templates are made of: the subset, its edges, and what is outside it.
const FRAGMENTS: &[&str] = &[
    "Hi ",
    ", I'm ",
    ".\n",
    "\r",
    " \r\n",
    "{",
    "}",
    "%}",
    "{{ agent }}",
    "{{agent}}",
    "{{ customer.first_name | default(\"there\") }}",
    "{{ customer.first_name|default('there') }}",
    "{{ customer.company }}",
    "{{ customer.plan | default(\" x \") }}",
    "{{ customer.first_name }}",
    "{{ conversation.id }}",
    "{{ summary.last_customer_message | default(\"\") }}",
    "{{ team.name }}",
    "{{ reason }}",
    "{{ route }}",
    "{{ trigger.severity }}",
    "{{ trigger.description }}",
    "{{ conversation.turn }}",
    "{{ conversation.messages }}",
    "{{ conversation.time }}",
    "{{ summary.goal | default(\"-\") }}",
    "{{ summary.fact }}",
    "{{ summary.mood }}",
    "{% if customer.company is defined %}",
    "{% if customer.plan is not defined %}",
    "{% if summary.goal is defined %}",
    "{% if trigger.description is defined %}",
    "{% if conversation.time is not defined %}",
    "{{ trigger.description | default(\"-\") }}",
    "{{ conversation.time | default(\"now\") }}",
    "{{ summary.last_customer_message }}",
    "{% if customer.company %}",
    "{% if conversation.time %}",
    "{% elif customer.plan %}",
    "{% elif summary.goal is defined %}",
    "{{ customer.company or \"there\" }}",
    "{{ customer.company or '' }}",
    "{{ summary.goal if summary.goal else 'help' }}",
    "{{ customer.company if customer.plan else 'x' }}",
    "{% else %}",
    "{% endif %}",
    // Outside the subset: the engine renders these.
    "{{ customer.company | upper | default('x') }}",
    "{{ customer.company | default('x') | upper }}",
    "{{ customer.company and 'y' }}",
    "{% if not customer.company %}",
    "{% if customer.company and customer.plan %}",
    "{{ triggers }}",
    "{{ customer }}",
    "{{ agent | upper }}",
    "{{- agent }}",
    "{# note #}",
    "{{ customer.company | default(\"a|b\") }}",
    "{{ conversation }}",
    "{{ summary.topics }}",
    // Variables the template sets stand for their values (a `{{ c }}` alone would be an
    // undefined variable of no conversation's: each is written right after its `set`).
    "{% set c = customer.company %}",
    "{% set c = customer.company %}{{ c }}",
    "{% set c = customer.company | default('x') %}{{ c }}",
    "{% set c = customer.company %}{% if c is defined %}{{ c }}{% endif %}",
    "{% set t = conversation.time %}{{ t or 'now' }}",
    "{{ c | default('-') }}",
    "{% if c %}",
    // The goal inside a sentence and where one starts (`goal_case`).
    "{{ summary.goal }}",
    " you want to {{ summary.goal | default('x') }}",
    "“{{ summary.goal }}",
    "{% set x %}so {{ summary.goal }}{% endset %}{{ x }}",
    // Set in the branches of an `if`, which has no scope: in both, `c` is there after
    // it; in one, it is not when the other is taken.
    "{% if customer.company %}{% set c = customer.company %}{% else %}{% set c = 'you' %}{% endif %}{{ c }}",
    "{% if customer.plan %}{% set c = 'x' %}{% endif %}{{ c }}",
];

pub(super) fn metadata(fields: &[(&str, &str)]) -> Metadata {
    let mut m = Metadata::default();
    for (k, v) in fields {
        m.insert(k, v);
    }
    m
}

fn summary(goal: bool) -> Summary {
    Summary {
        // Capitalised, as the summary writes it: lower-cased inside a sentence.
        goal: goal.then(|| "Move to the annual plan".to_owned()),
        facts: vec![Fact {
            kind: FactKind::Amount,
            text: "$120".to_owned(),
            turn: 2,
            key: None,
            value: None,
        }],
        ..Summary::default()
    }
}

/// The direct rendering and the engine's of `source`, `None` when one of them does
/// not apply (the template is outside the subset, or does not compile).
pub(super) fn both(
    source: &str,
    metadata: &Metadata,
    summary: Option<&Summary>,
    masking: Option<&Names>,
) -> (Option<Direct>, Result<String, String>, Option<String>) {
    let given = Given {
        description: Some("Billing disputes"),
        time: Some("2024-03-01T09:15:00Z"),
    };
    both_given(source, metadata, summary, masking, &given)
}

/// The values a conversation or trigger may lack.
struct Given {
    description: Option<&'static str>,
    time: Option<&'static str>,
}

/// [`both`], with or without a trigger description and a time.
fn both_given(
    source: &str,
    metadata: &Metadata,
    summary: Option<&Summary>,
    masking: Option<&Names>,
    given: &Given,
) -> (Option<Direct>, Result<String, String>, Option<String>) {
    let mut env = environment();
    let compiled = compile(&mut env, "t".to_owned(), source);
    let Ok(compiled) = compiled else {
        return (
            Direct::parse(source),
            Err("does not compile".to_owned()),
            None,
        );
    };
    let bridges = Bridges {
        env,
        teams: Vec::new(),
    };
    let ctx = BridgeContext {
        team: TeamId(0),
        metadata,
        reason: "look into your invoice",
        trigger: TriggerValues {
            id: "billing-issue",
            description: given.description,
            severity: "high",
            reason: "look into your invoice",
        },
        triggers: vec!["billing-issue", "frustration"],
        route: "billing",
        conversation: ConversationValues {
            id: "c-1",
            turn: 3,
            time: given.time,
            messages: 7,
        },
        summary,
        masking,
    };
    let scope = Scope {
        ctx: &ctx,
        agent: "Sam",
        team_id: "finance",
        team_name: "Billing & Finance",
    };
    let engine = bridges.render_with_engine(&compiled, &scope);
    let direct = compiled.direct.as_ref().and_then(|d| d.render(&scope));
    (compiled.direct, engine, direct)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Whatever the direct path takes on, it renders as the engine does; where a
    /// value is undefined it steps aside and the engine reports the error.
    #[test]
    fn renders_exactly_as_the_engine(
        parts in proptest::collection::vec(0..FRAGMENTS.len(), 0..10),
        company: bool,
        first_name: bool,
        with_summary: Option<bool>,
        description: bool,
        time: bool,
    ) {
        let source: String = parts.iter().map(|&i| FRAGMENTS[i]).collect();
        let mut fields = vec![("name", "Ana Lima")];
        if company {
            fields.push(("company", "Acme"));
        }
        if first_name {
            fields.push(("first_name", "Annie"));
        }
        let metadata = metadata(&fields);
        let summary = with_summary.map(summary);
        let given = Given {
            description: description.then_some("Billing disputes"),
            time: time.then_some("2024-03-01T09:15:00Z"),
        };
        let (plan, engine, direct) = both_given(&source, &metadata, summary.as_ref(), None, &given);
        match (&engine, plan.is_some(), direct) {
            (Err(e), true, _) if e == "does not compile" => {
                prop_assert!(false, "direct plan for a template that does not compile: {source:?}");
            }
            (_, _, Some(text)) => prop_assert_eq!(Ok(text), engine.clone(), "{:?}", source),
            (Ok(text), true, None) => {
                prop_assert!(false, "direct path stepped aside but the engine rendered {text:?}: {source:?}");
            }
            _ => {}
        }
        // What lint takes as guarded renders: a render that fails on an undefined value
        // read, unguarded, a value this conversation lacks.
        if let Err(e) = &engine && e.starts_with("undefined ") {
            // And the error names it (minijinja's says "undefined value" only).
            prop_assert!(e.starts_with("undefined variable `"), "{e}: {source:?}");
            let analysis = crate::rules::guards::analyse(&source).unwrap_or_default();
            let unguarded = analysis.unguarded;
            let mut absent = vec!["customer.plan"];
            absent.extend((!company).then_some("customer.company"));
            absent.extend((!description).then_some("trigger.description"));
            absent.extend((!time).then_some("conversation.time"));
            absent.extend(with_summary.map(|_| "summary.last_customer_message"));
            absent.extend((with_summary == Some(false)).then_some("summary.goal"));
            let no_summary = with_summary.is_none() && source.contains("summary");
            // Or a variable set in some branches of an `if` only is read unguarded.
            let unset = !analysis.unset.is_empty();
            prop_assert!(
                no_summary || unset || absent.iter().any(|p| unguarded.contains_key(*p)),
                "{e}, but every value it lacks ({absent:?}) is guarded: {source:?}"
            );
        }
    }
}

#[test]
fn the_subset_takes_the_common_forms() {
    let metadata = metadata(&[("name", "Ana Lima"), ("company", "Acme")]);
    let summary = summary(true);
    let (plan, engine, direct) = both(
        "Hi {{ customer.first_name | default(\"there\") }}, I'm {{ agent }} ({{ team.name }}), \
         turn {{ conversation.turn }}: {{ summary.goal }}.{% if customer.company is defined %} \
         {{ customer.company }}{% else %} -{% endif %}{% if customer.plan is not defined %} \
         no plan{% endif %}\n",
        &metadata,
        Some(&summary),
        None,
    );
    assert!(plan.is_some());
    let expected =
        "Hi Ana, I'm Sam (Billing & Finance), turn 3: Move to the annual plan. Acme no plan";
    assert_eq!(direct.as_deref(), Some(expected));
    assert_eq!(engine.as_deref(), Ok(expected));
}

/// Under `--redact` a template reads masked values: no filter or slice can turn a
/// value into something masking the message afterwards would not find (`lower` on a
/// name masked only where capitalised, the first characters of an address or a card).
#[test]
fn under_redact_templates_read_masked_values() {
    let metadata = metadata(&[
        ("name", "Grace Kowalczyk"),
        ("email", "grace.k@kowal.example"),
        ("card", "4111 1111 1111 1111"),
        ("tier", "gold"),
    ]);
    // A slice reads its field (minijinja's list of the fields a template reads misses
    // it: the field was undefined).
    let (_, engine, _) = both("{{ customer.email[:7] }}", &metadata, None, None);
    assert_eq!(engine.as_deref(), Ok("grace.k"));
    let names = Names::of(&metadata);
    let (plan, engine, direct) = both(
        "{{ customer.name | lower }} {{ customer.email[:7] }} {{ customer.card[:9] }} \
         {{ customer.email | replace(\"@\", \" at \") }} {{ customer.tier }}",
        &metadata,
        None,
        Some(&names),
    );
    assert!(plan.is_none());
    assert_eq!(direct, None);
    // A name field is the name whole, as in packets: one mask for "Grace Kowalczyk".
    assert_eq!(engine.as_deref(), Ok("[name] [email] [card] [email] gold"));
    // The direct path masks the same values, glued to text or not.
    let (plan, engine, direct) = both(
        "Hi {{ customer.first_name }}, ref{{ customer.card }} ({{ customer.tier }})",
        &metadata,
        None,
        Some(&names),
    );
    assert!(plan.is_some());
    let expected = "Hi [name], ref[card] (gold)";
    assert_eq!(direct.as_deref(), Some(expected));
    assert_eq!(engine.as_deref(), Ok(expected));
}

#[test]
fn every_starter_template_renders_directly() {
    let root = FsPath::new(env!("CARGO_MANIFEST_DIR"));
    let rules = load_rule_set(&root.join("rules")).unwrap();
    let bridges = Bridges::compile(&rules).unwrap();
    let templates: Vec<_> = bridges
        .teams
        .iter()
        .flat_map(|t| t.default.iter().chain(t.by_trigger.iter().map(|(_, c)| c)))
        .collect();
    assert!(templates.len() >= 6);
    for compiled in templates {
        assert!(
            compiled.direct.is_some(),
            "{} needs the engine",
            compiled.name
        );
    }
}

mod undefined;
