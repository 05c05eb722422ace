//! Engine semantics, one behaviour per test.

mod hours;
mod late_meta;
mod roles;

use std::path::PathBuf;
use std::sync::Arc;

use super::*;
use crate::outcome::Evidence;
use crate::rules::parse_rule_set;
use crate::transcript::{Message, Metadata};

fn engine(yaml: &str) -> Engine {
    engine_with(yaml, EngineOptions::default())
}

fn engine_with(yaml: &str, options: EngineOptions) -> Engine {
    let rules = match parse_rule_set(vec![(PathBuf::from("rules.yaml"), yaml.to_owned())]) {
        Ok(rules) => rules,
        Err(crate::rules::RuleSetError::Invalid {
            diagnostics,
            sources,
        }) => {
            let text: Vec<String> = diagnostics
                .iter()
                .map(|d| d.render(&sources, false))
                .collect();
            panic!("invalid test rules:\n{}", text.join("\n"));
        }
        Err(e) => panic!("{e}"),
    };
    Engine::compile_with(rules, options).unwrap()
}

fn role(name: &str) -> Role {
    match name {
        "customer" => Role::Customer,
        "bot" => Role::Bot,
        "agent" => Role::Agent,
        _ => Role::Other,
    }
}

fn conversation(messages: &[(&str, &str)], metadata: &[(&str, &str)]) -> Conversation {
    let mut meta = Metadata::default();
    for (k, v) in metadata {
        meta.insert(k, v);
    }
    Conversation {
        id: "t1".into(),
        messages: messages
            .iter()
            .enumerate()
            .map(|(i, (r, text))| Message {
                role: role(r),
                text: (*text).to_owned(),
                time: String::new(),
                timestamp: None,
                clock: crate::transcript::Clock::Written,
                line: i as u64 + 2,
            })
            .collect(),
        metadata: meta,
        file: Arc::new(PathBuf::from("t.csv")),
    }
}

fn run(engine: &Engine, messages: &[(&str, &str)]) -> Outcome {
    run_meta(engine, messages, &[])
}

fn run_meta(engine: &Engine, messages: &[(&str, &str)], metadata: &[(&str, &str)]) -> Outcome {
    engine.evaluate(&conversation(messages, metadata), &mut Scratch::default())
}

fn ids(o: &Outcome) -> Vec<&str> {
    o.triggers.iter().map(|t| t.id.as_str()).collect()
}

const BASIC: &str = r#"
version: 1
signals:
  - { id: pricing, phrases: [discount, too expensive] }
  - { id: angry, phrases: [ridiculous] }
triggers:
  - id: pricing
    when: { message: { role: customer, signal: pricing } }
  - id: angry
    severity: high
    when: { message: { role: customer, signal: angry } }
teams:
  - { id: sales, name: Sales, agent: Maya, bridge: 'Hi {{ customer.first_name | default("there") }}, I am {{ agent }}, here to {{ reason }}.' }
  - { id: support, name: Support }
routes:
  - { id: deals, when: { trigger: pricing }, team: sales }
default_route: { team: support }
"#;

#[test]
fn escalation_point_is_the_first_message_after_which_a_trigger_holds() {
    let e = engine(BASIC);
    let o = run(
        &e,
        &[
            ("customer", "hello"),
            ("bot", "hi, how can I help?"),
            ("customer", "is there a discount?"),
            ("customer", "this is ridiculous"),
        ],
    );
    assert!(o.escalated);
    assert_eq!(o.escalation_turn, Some(3));
    assert_eq!(ids(&o), ["pricing"]);
    assert_eq!(o.messages, 4);
}

#[test]
fn later_messages_do_not_change_the_outcome() {
    let e = engine(BASIC);
    let short = [("customer", "too expensive!")];
    let long = [
        ("customer", "too expensive!"),
        ("customer", "this is ridiculous"),
        ("agent", "hello"),
    ];
    let a = run(&e, &short);
    let mut b = run(&e, &long);
    assert_eq!(b.messages, 3);
    b.messages = a.messages;
    b.actual_handoff_turn = None;
    b.actual_handoff_time = None;
    b.versus_actual = None;
    assert_eq!(a, b);
}

#[test]
fn not_escalated_has_no_route_team_or_bridge() {
    let e = engine(BASIC);
    let o = run(&e, &[("customer", "thanks, all good")]);
    assert!(!o.escalated);
    assert_eq!(
        (o.escalation_turn, o.route, o.team, o.bridge_message),
        (None, None, None, None)
    );
    assert!(o.triggers.is_empty());
}

#[test]
fn triggers_holding_together_are_listed_most_severe_first() {
    let e = engine(BASIC);
    let o = run(&e, &[("customer", "a discount? ridiculous")]);
    assert_eq!(ids(&o), ["angry", "pricing"]);
    assert_eq!(
        o.reason.as_deref(),
        Some("angry"),
        "reason defaults to the id"
    );
    // Routing sees both: the pricing route still wins.
    assert_eq!(o.route.as_deref(), Some("deals"));
}

#[test]
fn role_filters_keep_the_bot_from_triggering() {
    let e = engine(BASIC);
    let o = run(
        &e,
        &[
            ("bot", "Discounts are available annually."),
            ("customer", "ok"),
        ],
    );
    assert!(!o.escalated);
}

#[test]
fn routes_first_match_wins_else_default() {
    let e = engine(BASIC);
    let o = run(&e, &[("customer", "this is ridiculous")]);
    assert_eq!(o.route.as_deref(), Some("default"));
    assert_eq!(o.team.as_deref(), Some("support"));
    assert_eq!(o.team_name.as_deref(), Some("Support"));
    assert_eq!(o.bridge_message, None, "support has no bridge message");
}

#[test]
fn without_a_default_route_an_unmatched_escalation_is_unrouted() {
    let e = engine(&BASIC.replace("default_route: { team: support }", ""));
    let o = run(&e, &[("customer", "this is ridiculous")]);
    assert!(o.escalated);
    assert_eq!((o.route, o.team), (None, None));
}

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
    // Review: `{{ summary.facts }}` wrote a Python-style list to the customer, and
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
fn actual_handoff_is_compared_with_the_escalation_point() {
    let e = engine(BASIC);
    let earlier = run(
        &e,
        &[
            ("customer", "discount?"),
            ("bot", "one moment"),
            ("agent", "hi"),
        ],
    );
    assert_eq!(earlier.actual_handoff_turn, Some(3));
    assert_eq!(earlier.versus_actual, Some(VersusActual::Earlier));
    let same = run(&e, &[("customer", "discount?"), ("agent", "hi")]);
    assert_eq!(same.versus_actual, Some(VersusActual::Same));
    let later = run(
        &e,
        &[
            ("customer", "hello"),
            ("agent", "hi"),
            ("customer", "discount?"),
        ],
    );
    assert_eq!(later.versus_actual, Some(VersusActual::Later));
    let missed = run(&e, &[("customer", "hello"), ("agent", "hi")]);
    assert_eq!(missed.versus_actual, Some(VersusActual::Missed));
    let none = run(&e, &[("customer", "discount?")]);
    assert_eq!(none.versus_actual, None);
}

#[test]
fn evidence_quotes_the_customers_own_words() {
    let e = engine(BASIC);
    let o = run(&e, &[("customer", "Honestly, it’s TOO EXPENSIVE for us.")]);
    assert_eq!(
        o.triggers[0].evidence,
        [Evidence::Match {
            turn: 1,
            role: Role::Customer,
            signal: "pricing".into(),
            text: "TOO EXPENSIVE".into(),
        }]
    );
}

/// Review 14, item 8: a phrase written composed matches the same word typed decomposed
/// or in full-width letters, and the evidence quotes the text as it was typed.
#[test]
fn phrases_match_text_in_any_unicode_form() {
    let e = engine(
        r"
version: 1
signals:
  - { id: place, phrases: [café open] }
triggers:
  - id: place
    when: { message: { role: customer, signal: place } }
",
    );
    for typed in [
        "Is the cafe\u{301} open?",
        "Is the ＣＡＦＥ́ open?",
        "Is the CAFÉ OPEN?",
    ] {
        let o = run(&e, &[("customer", typed)]);
        let quoted = typed["Is the ".len()..typed.len() - 1].to_owned();
        assert_eq!(
            o.triggers[0].evidence,
            [Evidence::Match {
                turn: 1,
                role: Role::Customer,
                signal: "place".into(),
                text: quoted,
            }],
            "{typed:?}"
        );
    }
}

const SEEN: &str = r"
version: 1
signals:
  - { id: angry, phrases: [annoying, ugh] }
triggers:
  - id: twice-annoyed
    when: { seen: { signal: angry, role: customer, at_least: 2 } }
";

#[test]
fn seen_counts_matching_messages_so_far() {
    let e = engine(SEEN);
    let o = run(
        &e,
        &[
            ("customer", "ugh, ugh"),
            ("bot", "annoying"),
            ("customer", "so annoying"),
        ],
    );
    assert_eq!(
        o.escalation_turn,
        Some(3),
        "bot messages do not count; one message counts once"
    );
    let turns: Vec<usize> = o.triggers[0]
        .evidence
        .iter()
        .map(|e| match e {
            Evidence::Match { turn, .. } => *turn,
            _ => 0,
        })
        .collect();
    assert_eq!(turns, [1, 3]);
}

#[test]
fn counters_turn_and_messages_by_role() {
    let e = engine(
        r"
version: 1
triggers:
  - id: long
    when:
      all:
        - counter: { name: customer_messages, at_least: 3 }
        - counter: { name: turn, at_most: 5 }
",
    );
    let msgs = [
        ("customer", "a"),
        ("bot", "b"),
        ("customer", "c"),
        ("customer", "d"),
    ];
    let o = run(&e, &msgs);
    assert_eq!(o.escalation_turn, Some(4));
    assert_eq!(
        o.triggers[0].evidence,
        [
            Evidence::Counter {
                name: "customer_messages",
                value: 3.0
            },
            Evidence::Counter {
                name: "turn",
                value: 4.0
            },
        ]
    );
    let too_late = [
        ("bot", "a"),
        ("bot", "b"),
        ("bot", "c"),
        ("customer", "d"),
        ("customer", "e"),
        ("customer", "f"),
    ];
    assert!(!run(&e, &too_late).escalated);
}

#[test]
fn bot_fallbacks_count_only_bot_messages() {
    let e = engine(
        r"
version: 1
triggers:
  - id: loop
    when: { counter: { name: bot_fallbacks, at_least: 2 } }
",
    );
    let o = run(
        &e,
        &[
            ("customer", "I didn't understand your answer"),
            ("bot", "Sorry, I didn't understand that."),
            ("customer", "the widget"),
            ("bot", "I’m not sure what you mean. Could you rephrase?"),
        ],
    );
    assert_eq!(o.escalation_turn, Some(4));
}

#[test]
fn customer_repeats_need_a_near_identical_message_of_three_words() {
    let e = engine(
        r"
version: 1
triggers:
  - id: loop
    when: { counter: { name: customer_repeats, at_least: 1 } }
",
    );
    let o = run(
        &e,
        &[
            ("customer", "yes"),
            ("customer", "yes"),
            ("customer", "I need to change my address"),
            ("bot", "Here is your tracking link."),
            ("customer", "i need to change my address!!"),
        ],
    );
    assert_eq!(o.escalation_turn, Some(5));
}

#[test]
fn pleasantries_sent_again_are_not_repeats() {
    let e = engine(
        r"
version: 1
triggers:
  - id: loop
    when: { counter: { name: customer_repeats, at_least: 1 } }
",
    );
    let pleasantries = [
        ("customer", "Okay, thanks so much!"),
        ("bot", "Anything else?"),
        ("customer", "okay thanks so much"),
        ("customer", "Thank you very much."),
        ("customer", "thank you very much"),
    ];
    assert!(!run(&e, &pleasantries).escalated);
}

const REPEAT_SETTINGS: &str = r"
version: 1
signals:
  - id: loop
    builtin: repeat
    min_words: 3
    min_content_words: 2
    times: 3
triggers:
  - { id: loop, when: { message: { role: customer, signal: loop } } }
";

#[test]
fn repeat_settings_tune_length_content_and_times() {
    let e = engine(REPEAT_SETTINGS);
    // Two words: short (below min_words 3), counts on its third sending.
    let o = run(
        &e,
        &[
            ("customer", "Forbes Murray"),
            ("bot", "Where would you like to be picked up?"),
            ("customer", "Forbes Murray."),
            ("bot", "Where would you like to be picked up?"),
            ("customer", "forbes murray"),
        ],
    );
    assert_eq!(o.escalation_turn, Some(5));
    assert_eq!(
        o.triggers[0].evidence,
        [Evidence::Match {
            turn: 5,
            role: Role::Customer,
            signal: "loop".into(),
            text: "forbes murray".into(),
        }]
    );
    // Three words (min_words): the second sending counts.
    let o = run(
        &e,
        &[
            ("customer", "Forbes and Murray"),
            ("customer", "forbes and murray!"),
        ],
    );
    assert_eq!(o.escalation_turn, Some(2));
    // One content word ("idea") of the two needed: never.
    let formula = [("customer", "I have no idea."); 4];
    assert!(!run(&e, &formula).escalated);
}

#[test]
fn repeat_defaults_ignore_short_messages_and_keep_the_counter_apart() {
    let e = engine(
        r"
version: 1
signals:
  - { id: loop, builtin: repeat }
  - { id: short, builtin: repeat, min_words: 1, times: 2 }
triggers:
  - { id: loop, when: { message: { role: customer, signal: loop } } }
  - { id: short, when: { message: { role: customer, signal: short } } }
  - { id: counter, when: { counter: { name: customer_repeats, at_least: 1 } } }
",
    );
    let o = run(&e, &[("customer", "Forbes and Murray"); 3]);
    assert_eq!(o.escalation_turn, Some(2));
    assert_eq!(
        ids(&o),
        ["short"],
        "the default and the counter wait for 4 words"
    );
    let o = run(&e, &[("customer", "I need to change my address"); 2]);
    assert_eq!(ids(&o), ["loop", "short", "counter"]);
}

#[test]
fn shouting_settings_tune_length_and_share() {
    let e = engine(
        r"
version: 1
signals:
  - { id: caps, builtin: shouting, min_letters: 6, min_share: 0.5 }
  - { id: default-caps, builtin: shouting }
triggers:
  - { id: caps, when: { message: { role: customer, signal: caps } } }
  - { id: default-caps, when: { message: { role: customer, signal: default-caps } } }
",
    );
    assert_eq!(ids(&run(&e, &[("customer", "WHERE IS IT")])), ["caps"]);
    assert_eq!(
        ids(&run(&e, &[("customer", "WHY IS this STILL broken")])),
        ["caps"],
        "10 capitals of 20 letters: half, under 70%"
    );
    assert_eq!(
        ids(&run(
            &e,
            &[("customer", "WHERE IS MY REFUND, I WAITED A WEEK")]
        )),
        ["caps", "default-caps"]
    );
    assert!(!run(&e, &[("customer", "NO")]).escalated);
}

const OVERRIDES: &str = r"
version: 1
signals:
  - id: frustration
    builtin: frustration
    phrases:
      - { phrase: Ridiculous, weight: 0.5 }
      - { phrase: i give up, weight: 0 }
    exclude: [stupid, Are you serious?]
triggers:
  - { id: f, when: { message: { role: customer, signal: frustration } } }
";

#[test]
fn built_in_phrases_can_be_reweighted_disabled_and_excluded() {
    let e = engine(OVERRIDES);
    assert!(
        !run(&e, &[("customer", "that is ridiculous")]).escalated,
        "the author's weight replaces the built-in 2"
    );
    assert!(
        run(&e, &[("customer", "ridiculous, and so annoying, ugh")]).escalated,
        "0.5 + 1 + 1"
    );
    assert!(!run(&e, &[("customer", "ok I give up, see you")]).escalated);
    assert!(!run(&e, &[("customer", "stupid printer, are you serious")]).escalated);
    assert!(
        run(&e, &[("customer", "this is ridiculous")]).escalated,
        "a longer built-in phrase is untouched"
    );
    assert!(run(&e, &[("customer", "what a waste of time")]).escalated);
    let rules = e.rules();
    let f = &rules.signals[0];
    assert!(!f.phrases.iter().any(|p| p.normalized == " i give up "));
    assert!(!f.phrases.iter().any(|p| p.normalized == " stupid "));
    let ridiculous: Vec<_> = f
        .phrases
        .iter()
        .filter(|p| p.normalized == " ridiculous ")
        .collect();
    assert_eq!(ridiculous.len(), 1, "replaced, not added");
    assert!((ridiculous[0].weight - 0.5).abs() < f64::EPSILON);
    assert_eq!(ridiculous[0].replaces_builtin, Some(2.0));
}

#[test]
fn explain_shows_the_effective_weight() {
    let e = engine(OVERRIDES);
    let trace = e.trace(&conversation(&[("customer", "that is ridiculous")], &[]));
    let score = &trace.steps[0].signals[0];
    assert!((score.score - 0.5).abs() < f64::EPSILON, "{score:?}");
    assert!(!score.matched);
}

#[test]
fn minutes_elapsed_uses_timestamps() {
    let e = engine(
        r"
version: 1
triggers:
  - id: slow
    when: { counter: { name: minutes_elapsed, at_least: 30 } }
",
    );
    let mut c = conversation(&[("customer", "a"), ("bot", "b"), ("customer", "c")], &[]);
    for (m, t) in c
        .messages
        .iter_mut()
        .zip(["2024-01-01T10:00:00Z", "", "2024-01-01T10:31:00Z"])
    {
        m.time = t.to_owned();
        m.timestamp = t.parse().ok();
    }
    let o = e.evaluate(&c, &mut Scratch::default());
    assert_eq!(o.escalation_turn, Some(3));
    assert_eq!(o.escalation_time.as_deref(), Some("2024-01-01T10:31:00Z"));
}

#[test]
fn metadata_conditions_in_triggers_and_routes() {
    let e = engine(
        r"
version: 1
signals:
  - { id: help, phrases: [help] }
triggers:
  - id: vip-help
    when:
      all:
        - message: { signal: help }
        - meta: { field: tier, in: [enterprise, strategic] }
        - not: { meta: { field: churned, exists: true } }
teams:
  - { id: ae, name: AE }
routes:
  - id: big
    when: { meta: { field: company size, gte: 1000 } }
    team: ae
",
    );
    let meta = [("Tier", "Enterprise"), ("Company Size", "1,200")];
    let o = run_meta(&e, &[("customer", "help")], &meta);
    assert_eq!(o.route.as_deref(), Some("big"));
    assert!(o.triggers[0].evidence.contains(&Evidence::Metadata {
        field: "tier".into(),
        value: Some("Enterprise".into())
    }));
    let churned = [("tier", "enterprise"), ("churned", "2024-01-01")];
    assert!(!run_meta(&e, &[("customer", "help")], &churned).escalated);
    assert!(!run_meta(&e, &[("customer", "help")], &[]).escalated);
}

#[test]
fn negation_cancels_a_phrase_only_when_the_signal_asks() {
    let e = engine(
        r"
version: 1
signals:
  - { id: human, builtin: human_request }
  - { id: api, phrases: [api] }
triggers:
  - { id: human, when: { message: { role: customer, signal: human } } }
  - { id: api, when: { message: { role: customer, signal: api } } }
",
    );
    assert!(!run(&e, &[("customer", "I don't want to talk to a human")]).escalated);
    assert!(run(&e, &[("customer", "Why can't I talk to a human?")]).escalated);
    assert!(run(&e, &[("customer", "No. Talk to a human, now")]).escalated);
    assert_eq!(
        ids(&run(&e, &[("customer", "I can't get the API to work")])),
        ["api"]
    );
}

/// QA on the STAR chats: "Hi, is anyone there?" opens chats; the built-in lexicon took
/// it for a request for a person.
#[test]
fn a_greeting_is_not_a_request_for_a_person() {
    let e = engine(
        r"
version: 1
signals:
  - { id: human, builtin: human_request }
triggers:
  - { id: human, when: { message: { role: customer, signal: human } } }
",
    );
    assert!(
        !run(
            &e,
            &[("customer", "Hi, is anyone there? I need to book a table")]
        )
        .escalated
    );
    assert!(run(&e, &[("customer", "Is there a human I can talk to?")]).escalated);
}

/// User review on the STAR chats the assistant judged aggressive: sarcasm and insults at
/// the assistant were not frustration; swearing at oneself must stay a mild cue.
#[test]
fn sarcasm_and_insults_at_the_assistant_are_frustration() {
    let e = engine(
        r"
version: 1
signals:
  - { id: frustration, builtin: frustration }
triggers:
  - { id: frustration, when: { message: { role: customer, signal: frustration } } }
",
    );
    for said in [
        "Thanks for nothing, goodbye",
        "Wow!! Thanks for absolutely nothing! Cya..",
        "Worst bot ever.",
        "I am NOT happy",
        "321 is the correct ID do your job",
        "What is wrong with you???",
        "Ugg, whatever. fine. big help you are",
        "Damn you, hurry up",
    ] {
        assert!(run(&e, &[("customer", said)]).escalated, "{said}");
    }
    for said in [
        "I feel like an idiot, I took the wrong bus.",
        "Hot damn! Book it.",
        "How do I not get lost at the airport?",
    ] {
        assert!(!run(&e, &[("customer", said)]).escalated, "{said}");
    }
}

#[test]
fn an_intensifier_does_not_cancel_a_phrase() {
    let e = engine(
        r"
version: 1
signals:
  - { id: human, builtin: human_request }
  - { id: rude, phrases: [ridiculous], negation: true }
triggers:
  - { id: human, when: { message: { role: customer, signal: human } } }
  - { id: rude, when: { message: { role: customer, signal: rude } } }
",
    );
    assert!(run(&e, &[("customer", "Is there no way to talk to a human?")]).escalated);
    assert!(
        run(
            &e,
            &[("customer", "I can't believe how ridiculous this is")]
        )
        .escalated
    );
    assert!(!run(&e, &[("customer", "It is not ridiculous")]).escalated);
}

#[test]
fn a_trace_says_which_negation_cancelled_a_phrase() {
    let e = engine(
        r"
version: 1
signals:
  - { id: rude, phrases: [ridiculous, absurd], negation: true, threshold: 1 }
triggers:
  - { id: rude, when: { message: { role: customer, signal: rude } } }
",
    );
    let c = conversation(
        &[("customer", "Honestly, NOT ridiculous. Never absurd")],
        &[],
    );
    let trace = e.trace(&c);
    assert_eq!(
        trace.steps[0].triggers[0].condition.detail,
        "no match; “ridiculous” cancelled by “NOT”; “absurd” cancelled by “Never”"
    );
    let c = conversation(&[("customer", "so ridiculous")], &[]);
    assert_eq!(
        e.trace(&c).steps[0].triggers[0].condition.detail,
        "matched “ridiculous”"
    );
}

#[test]
fn weights_add_up_to_the_threshold_without_double_counting() {
    let e = engine(
        r"
version: 1
signals:
  - id: frustration
    builtin: frustration
triggers:
  - { id: f, when: { message: { signal: frustration } } }
",
    );
    assert!(
        !run(&e, &[("customer", "that is a bit annoying")]).escalated,
        "one mild cue"
    );
    assert!(
        run(&e, &[("customer", "ugh, so annoying")]).escalated,
        "two mild cues"
    );
    assert!(
        run(&e, &[("customer", "this is ridiculous")]).escalated,
        "one strong cue"
    );
    assert!(
        !run(&e, &[("customer", "it still doesn't work")]).escalated,
        "a phrase inside a longer one counts once"
    );
    assert!(!run(&e, &[("customer", "I'm not frustrated at all")]).escalated);
}

#[test]
fn inline_phrases_and_regexes_in_message_conditions() {
    let e = engine(
        r#"
version: 1
triggers:
  - id: code
    when:
      any:
        - message: { role: customer, regex: ['\berr-\d{3}\b'] }
        - message: { role: customer, phrases: ["stack trace"] }
"#,
    );
    let o = run(&e, &[("customer", "I get ERR-503 when saving")]);
    assert_eq!(
        o.triggers[0].evidence,
        [Evidence::Match {
            turn: 1,
            role: Role::Customer,
            signal: "code/inline".into(),
            text: "ERR-503".into(),
        }]
    );
    let o = run(&e, &[("customer", "here is the stack-trace")]);
    assert!(o.escalated);
    // A second inline signal of the same trigger is numbered (review: ids were the
    // rule set's internal `code#1`).
    assert_eq!(
        o.triggers[0].evidence,
        [Evidence::Match {
            turn: 1,
            role: Role::Customer,
            signal: "code/inline-2".into(),
            text: "stack-trace".into(),
        }]
    );
}

/// A regex of common words with a rare one runs only where the phrase walk finds the
/// rare word (`engine::words`): alone, and among more regexes than run one by one.
#[test]
fn regexes_gated_by_their_words_still_match() {
    for extra in [0, 20] {
        let mut regexes = vec![r"'\b(?:my|our)\s+(?:lawyers?|attorneys?)\s+will\b'".to_owned()];
        regexes.extend((0..extra).map(|i| format!("'\\bcase-{i}-\\d+\\b'")));
        let e = engine(&format!(
            "
version: 1
signals:
  - {{ id: threat, regex: [{}] }}
  - {{ id: fee, phrases: [late fee] }}
triggers:
  - {{ id: threat, when: {{ message: {{ role: customer, signal: threat }} }} }}
",
            regexes.join(", ")
        ));
        let o = run(
            &e,
            &[(
                "customer",
                "Fine. MY LAWYER WILL call you, and our Attorneys will too",
            )],
        );
        assert_eq!(
            o.triggers[0].evidence,
            [Evidence::Match {
                turn: 1,
                role: Role::Customer,
                signal: "threat".into(),
                text: "MY LAWYER WILL".into(),
            }],
            "{extra} more regexes"
        );
        assert!(!run(&e, &[("customer", "my lawyer is on holiday")]).escalated);
        assert!(!run(&e, &[("customer", "my late fee will go")]).escalated);
        assert!(!run(&e, &[("customer", "")]).escalated);
    }
    // Without phrases there is no walk: the regex runs as it is.
    let e = engine(
        r"
version: 1
triggers:
  - { id: threat, when: { message: { role: customer, regex: ['\bmy lawyer will\b'] } } }
",
    );
    assert!(run(&e, &[("customer", "My lawyer will call")]).escalated);
}

#[test]
fn shouting_is_detected_on_mostly_capital_messages() {
    let e = engine(
        r"
version: 1
signals:
  - { id: caps, builtin: shouting }
triggers:
  - { id: caps, when: { message: { role: customer, signal: caps } } }
",
    );
    assert!(run(&e, &[("customer", "WHERE IS MY REFUND, I WAITED A WEEK")]).escalated);
    assert!(!run(&e, &[("customer", "My SSO and API keys are fine")]).escalated);
}

#[test]
fn agent_messages_count_as_turns() {
    let e = engine(BASIC);
    let o = run(&e, &[("agent", "Hi, I'm Dana"), ("customer", "discount?")]);
    assert_eq!(o.escalation_turn, Some(2));
    assert_eq!(o.actual_handoff_turn, Some(1));
    assert_eq!(o.versus_actual, Some(VersusActual::Later));
}

#[test]
fn scratch_is_reset_between_conversations() {
    let e = engine(SEEN);
    let mut scratch = Scratch::default();
    let first = conversation(&[("customer", "ugh")], &[]);
    let second = conversation(&[("customer", "ugh")], &[]);
    assert!(!e.evaluate(&first, &mut scratch).escalated);
    assert!(
        !e.evaluate(&second, &mut scratch).escalated,
        "seen counts must not leak from the previous conversation"
    );
}

/// Evaluating only the triggers a message can have changed (replay) gives the same
/// outcome as evaluating all of them after every message (trace).
mod gating {
    use proptest::prelude::*;

    use super::*;
    use crate::engine::coverage::Counter;
    use crate::engine::eval::Cx;
    use crate::engine::trace::Observer;

    /// Coverage counting with every trigger evaluated after every message.
    #[derive(Default)]
    struct Exhaustive(Counter);

    impl Observer for Exhaustive {
        const EVALUATE_ALL: bool = true;

        fn after_message(
            &mut self,
            engine: &Engine,
            c: &Conversation,
            cx: &Cx<'_>,
            fired: &[bool],
            escalating: bool,
        ) {
            self.0.after_message(engine, c, cx, fired, escalating);
        }

        fn at_routing(&mut self, e: &Engine, c: &Conversation, cx: &Cx<'_>, r: Option<usize>) {
            self.0.at_routing(e, c, cx, r);
        }
    }

    const RULES: &str = r#"
version: 1
signals:
  - { id: a, phrases: [apple] }
  - { id: b, phrases: [banana] }
  - { id: c, phrases: [cherry], threshold: 2 }
triggers:
  - id: seen-twice
    when: { seen: { signal: a, at_least: 2 } }
  - id: a-then-b
    when: { all: [ { seen: { signal: a } }, { message: { role: customer, signal: b } } ] }
  - id: late
    when: { all: [ { counter: { name: turn, at_least: 4 } }, { seen: { signal: b, role: bot } } ] }
  - id: not-a
    when: { all: [ { not: { seen: { signal: a } } }, { counter: { name: customer_messages, at_least: 3 } } ] }
  - id: vip-cherry
    when: { any: [ { message: { signal: c } }, { all: [ { meta: { field: tier, equals: vip } }, { message: { signal: b } } ] } ] }
  - id: short
    when: { all: [ { counter: { name: turn, at_most: 2 } }, { message: { role: bot, signal: a } } ] }
  - id: vip-after-banana
    when: { all: [ { meta: { field: tier, equals: vip } }, { seen: { signal: b, role: customer } } ] }
teams:
  - { id: t, name: T, bridge: "hi" }
routes:
  - { id: r, when: { trigger: a-then-b }, team: t }
default_route: { team: t }
"#;

    fn message() -> impl Strategy<Value = (&'static str, &'static str)> {
        (
            prop::sample::select(vec!["customer", "bot", "agent"]),
            prop::sample::select(vec![
                "apple",
                "banana",
                "cherry",
                "cherry cherry",
                "hello",
                "apple banana",
            ]),
        )
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn gated_replay_equals_full_evaluation(
            messages in prop::collection::vec(message(), 1..12),
            vip in prop::option::of(0..12usize),
        ) {
            let e = engine(RULES);
            // A tier known from the start, or from a later message's row.
            let mut c = conversation(&messages, &[]);
            if let Some(at) = vip {
                c.metadata.offer_at(&Arc::from("tier"), "vip", at.min(messages.len() - 1));
            }
            prop_assert_eq!(e.evaluate(&c, &mut Scratch::default()), e.trace(&c).outcome);
            let (covered, tally) = e.evaluate_coverage(&c, &mut Scratch::default());
            prop_assert_eq!(covered, e.trace(&c).outcome);
            // Coverage runs past the escalation: every trigger that ever holds is seen.
            let mut scratch = Scratch::default();
            let mut exhaustive = Exhaustive::default();
            e.run(&c, &mut scratch, &mut exhaustive, true, Scan::Fresh, None);
            prop_assert_eq!(tally, exhaustive.0.finish(&scratch.state));
        }

        /// A packet's summary taken from the evaluation's own scan is the summary of a
        /// second, separate scan.
        #[test]
        fn evaluating_and_summarising_in_one_scan_equals_doing_each(
            conversations in prop::collection::vec(prop::collection::vec(message(), 1..8), 1..6),
        ) {
            let e = engine_with(RULES, EngineOptions { notes: true, ..EngineOptions::default() });
            let mut scratch = Scratch::default();
            for messages in &conversations {
                let c = conversation(messages, &[]);
                let outcome = e.evaluate(&c, &mut Scratch::default());
                let summary = outcome.escalation_turn.map(|turn| e.summarize(&c, turn));
                prop_assert_eq!(e.evaluate_and_summarize(&c, &mut scratch), (outcome, summary));
            }
        }

        /// A scratch reused across conversations (a reset clears only the signals the
        /// previous conversation matched) gives what a fresh one gives.
        #[test]
        fn a_reused_scratch_equals_a_fresh_one(
            conversations in prop::collection::vec(prop::collection::vec(message(), 1..8), 1..6),
        ) {
            let e = engine(RULES);
            let mut scratch = Scratch::default();
            for messages in &conversations {
                let c = conversation(messages, &[]);
                prop_assert_eq!(e.evaluate(&c, &mut scratch), e.evaluate(&c, &mut Scratch::default()));
                prop_assert_eq!(
                    e.evaluate_coverage(&c, &mut scratch),
                    e.evaluate_coverage(&c, &mut Scratch::default())
                );
            }
        }
    }

    #[test]
    fn on_the_fixtures_with_the_starter_rules() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let e = Engine::compile(crate::rules::load_rule_set(&root.join("rules")).unwrap()).unwrap();
        let conversations = crate::transcript::ReaderBuilder::new()
            .build(vec![crate::transcript::Input::Path(
                root.join("fixtures/transcripts.csv"),
            )])
            .collect::<Result<Vec<_>, _>>()
            .unwrap();
        let mut scratch = Scratch::default();
        for c in &conversations {
            assert_eq!(e.evaluate(c, &mut scratch), e.trace(c).outcome, "{}", c.id);
        }
        // Packets: the summary from the evaluation's scan, on real fallbacks and repeats.
        let rules = crate::rules::load_rule_set(&root.join("rules")).unwrap();
        let options = EngineOptions {
            notes: true,
            ..EngineOptions::default()
        };
        let e = Engine::compile_with(rules, options).unwrap();
        let mut summaries = 0;
        for c in &conversations {
            let outcome = e.evaluate(c, &mut Scratch::default());
            let summary = outcome.escalation_turn.map(|turn| e.summarize(c, turn));
            summaries += usize::from(summary.is_some());
            assert_eq!(
                e.evaluate_and_summarize(c, &mut scratch),
                (outcome, summary),
                "{}",
                c.id
            );
        }
        assert!(summaries > 10, "{summaries} summaries");
    }
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
    let s = e.summarize(&c, 4);
    assert_eq!(
        s.bot_fallbacks, 2,
        "the engine's notes found both fallbacks"
    );
    let facts: Vec<&str> = s.facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(facts, ["$49.99", "invoice #20931"]);
}

/// Regression: `diff` evaluates each conversation with two engines and one scratch. The
/// head engine quoted the base engine's spans as its own evidence when the two had a
/// different number of signals (the base's last message left spans behind).
#[test]
fn one_scratch_serves_engines_of_different_sizes() {
    let base = engine(BASIC);
    let head = engine(
        &BASIC
            .replace(
                "signals:\n",
                "signals:\n  - { id: churn, phrases: [cancel] }\n",
            )
            .replace(
                "triggers:\n",
                "triggers:\n  - id: churn\n    when: { message: { role: customer, signal: churn } }\n",
            ),
    );
    // Not escalated by the base rules: the bot's "discount" is its last scanned message.
    let chat = conversation(
        &[
            (
                "customer",
                "please cancel my plan, we would like to stop at renewal",
            ),
            ("bot", "we could offer you a discount instead"),
        ],
        &[],
    );
    let mut scratch = Scratch::default();
    for _ in 0..2 {
        for engine in [&base, &head] {
            let shared = engine.evaluate(&chat, &mut scratch);
            let fresh = engine.evaluate(&chat, &mut Scratch::default());
            assert_eq!(shared, fresh);
        }
    }
}

mod pair {
    //! `Pair` (diff's two engines) gives exactly what each engine gives alone, whether it
    //! shares scans or not, with one scratch across conversations.

    use proptest::prelude::*;

    use super::*;

    const SIGNALS: &str = r"
version: 1
signals:
  - { id: pricing, phrases: [discount, too expensive], regex: ['\b\d+ seats\b'] }
  - { id: angry, builtin: frustration }
  - { id: shouting, builtin: shouting }
  - { id: person, builtin: human_request }
teams:
  - { id: sales, name: Sales, agent: Maya, bridge: 'Hi, {{ reason }}.' }
  - { id: support, name: Support, agent: Chris, bridge: 'Hello, {{ reason }}.' }
default_route: { team: support }
";

    /// Escalates early: the base rules.
    const BASE: &str = "
triggers:
  - { id: pricing, reason: price, when: { message: { role: customer, signal: pricing } } }
  - { id: loop, reason: loop, when: { counter: { name: bot_fallbacks, at_least: 2 } } }
  - { id: repeat, reason: repeat, when: { counter: { name: customer_repeats, at_least: 1 } } }
routes:
  - { id: deals, when: { trigger: pricing }, team: sales }
";

    /// Escalates later, on other things: the head rules, same signals.
    const HEAD: &str = "
triggers:
  - { id: angry, reason: angry, when: { any: [ { message: { role: customer, signal: angry } }, { message: { role: customer, signal: shouting } } ] } }
  - { id: loop, reason: loop, when: { counter: { name: bot_fallbacks, at_least: 3 } } }
  - { id: repeat, reason: repeat, when: { counter: { name: customer_repeats, at_least: 2 } } }
  - { id: person, reason: person, when: { seen: { signal: person, role: customer, at_least: 2 } } }
routes:
  - { id: upset, when: { trigger: angry }, team: sales }
";

    const TEXTS: &[&str] = &[
        "hello there",
        "is there a discount for 40 seats?",
        "this is ridiculous and useless",
        "WHY IS MY ACCOUNT LOCKED AGAIN TODAY",
        "Sorry, I didn't understand that.",
        "I want to talk to a human",
        "my calendar events disappear after the sync runs",
        "calendar events disappear after the sync runs again",
        "ok thanks",
    ];

    fn chat(turns: &[(bool, usize)]) -> Conversation {
        let messages: Vec<(&str, &str)> = turns
            .iter()
            .map(|&(customer, t)| (if customer { "customer" } else { "bot" }, TEXTS[t]))
            .collect();
        conversation(&messages, &[])
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(128))]

        #[test]
        fn a_pair_gives_what_each_engine_gives_alone(
            chats in prop::collection::vec(
                prop::collection::vec((any::<bool>(), 0..TEXTS.len()), 1..12),
                1..8,
            ),
        ) {
            let base = engine(&format!("{SIGNALS}{BASE}"));
            let head = engine(&format!("{SIGNALS}{HEAD}"));
            let other = engine(&format!(
                "{}{HEAD}",
                SIGNALS.replace("too expensive", "too pricey")
            ));
            let shared = Pair::new(&base, &head).unwrap();
            let apart = Pair::new(&base, &other).unwrap();
            prop_assert!(shared.shares_scans());
            prop_assert!(!apart.shares_scans());
            let mut scratch = Scratch::default();
            for turns in &chats {
                let c = chat(turns);
                for (pair, head) in [(&shared, &head), (&apart, &other)] {
                    let alone = (
                        base.evaluate(&c, &mut Scratch::default()),
                        head.evaluate(&c, &mut Scratch::default()),
                    );
                    prop_assert_eq!(pair.evaluate(&c, &mut scratch), alone);
                }
            }
        }
    }
}

/// Past `DFA_MAX_PATTERNS` phrases the automaton is another kind; matching is the same.
#[test]
fn a_large_phrase_set_matches_like_a_small_one() {
    let phrases: Vec<String> = (0..2_500).map(|i| format!("code {i} failed")).collect();
    let yaml = format!(
        "version: 1
signals:
  - {{ id: codes, phrases: [{}] }}
triggers:
  - {{ id: codes, when: {{ message: {{ role: customer, signal: codes }} }} }}
teams:
  - {{ id: support, name: Support }}
default_route: {{ team: support }}
",
        phrases.join(", ")
    );
    let engine = engine(&yaml);
    let outcome = run(
        &engine,
        &[("customer", "Hi, CODE 2499 FAILED again, and code 7 failed")],
    );
    assert_eq!(outcome.escalation_turn, Some(1));
    let quoted: Vec<&str> = outcome.triggers[0]
        .evidence
        .iter()
        .filter_map(|e| match e {
            Evidence::Match { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(quoted, ["CODE 2499 FAILED", "code 7 failed"]);
    assert!(!run(&engine, &[("customer", "code 2500 failed")]).escalated);
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
    let summary = e.summarize(&c, c.messages.len());
    assert_eq!(
        summary.last_customer_message.as_deref(),
        Some("ssn [ssn] [ssn], card [card] [card], my PIN is [secret] [phone]")
    );
    let mut again = summary.clone();
    again.redact_with(&Names::of_conversation(&c));
    assert_eq!(again, summary);
}
