use std::path::PathBuf;

use crate::diag::Diagnostic;
use crate::rules::load::parse;
use crate::rules::{Condition, RuleSet};

use super::validate;

fn files(files: &[(&str, &str)]) -> Result<RuleSet, Vec<Diagnostic>> {
    let texts = files
        .iter()
        .map(|(p, t)| (PathBuf::from(p), (*t).to_owned()))
        .collect();
    validate(parse(texts)).map_err(|(d, _)| d)
}

fn errors(yaml: &str) -> Vec<Diagnostic> {
    match files(&[("r.yaml", yaml)]) {
        Ok(_) => panic!("expected errors"),
        Err(d) => d,
    }
}

fn codes(d: &[Diagnostic]) -> Vec<&str> {
    d.iter().map(|d| d.code.unwrap_or("-")).collect()
}

fn at(d: &Diagnostic) -> (u32, Option<u32>) {
    let loc = d.location.as_ref().expect("located");
    (loc.line, loc.column)
}

#[test]
fn a_valid_rule_set_resolves_references() {
    let rules = files(&[(
        "r.yaml",
        r"
version: 1
signals:
  - { id: angry, builtin: frustration, phrases: [grr] }
triggers:
  - id: t
    when:
      all:
        - message: { role: customer, signal: angry }
        - message: { phrases: [refund] }
teams:
  - { id: s, name: Support, bridge: 'Hi {{ customer.name }}' }
routes:
  - { id: r, when: { trigger: t }, team: s }
default_route: { team: s }
",
    )])
    .unwrap();
    assert_eq!(rules.signals.len(), 2, "one named, one inline");
    let angry = &rules.signals[0];
    assert!(angry.phrases.len() > 50, "built-in lexicon expanded");
    assert!(
        (angry.threshold - 2.0).abs() < f64::EPSILON,
        "the built-in's threshold"
    );
    assert!(angry.negation);
    assert_eq!(angry.phrases.last().unwrap().normalized, " grr ");
    assert!(rules.signals[1].inline);
    assert_eq!(rules.signals[1].id, "t/inline");
    let Condition::All(items) = &rules.triggers[0].when else {
        panic!("all")
    };
    assert!(matches!(items[1], Condition::Message { signal: Some(s), .. } if s.0 == 1));
    assert_eq!(rules.routes[0].team.0, 0);
    assert_eq!(rules.default_route.as_ref().unwrap().team.0, 0);
}

#[test]
fn duplicate_ids_across_files_show_both_places() {
    let d = files(&[
        ("a.yaml", "version: 1\nteams:\n  - { id: sales, name: A }\n"),
        ("b.yaml", "version: 1\nteams:\n  - { id: sales, name: B }\n"),
    ])
    .unwrap_err();
    assert_eq!(codes(&d), ["S007"]);
    assert_eq!(d[0].message, "duplicate team id `sales`");
    assert_eq!(
        d[0].location.as_ref().unwrap().path,
        PathBuf::from("b.yaml")
    );
    assert_eq!(d[0].related[0].0.path, PathBuf::from("a.yaml"));
    assert_eq!(d[0].related[0].0.line, 3);
}

#[test]
fn every_error_is_reported_not_just_the_first() {
    let d = errors(
        r"
version: 1
triggers:
  - id: a
    when: { message: { signal: angyr } }
  - id: b
    when: { trigger: a }
teams:
  - { id: sales, name: Sales, bridge_template: welcom }
templates:
  - { id: welcome, text: hi }
routes:
  - { id: r, when: { trigger: bb }, team: sale }
",
    );
    assert_eq!(codes(&d), ["R001", "R005", "R004", "R002", "R003"]);
    assert_eq!(at(&d[0]), (5, Some(32)));
    assert_eq!(d[2].help, ["did you mean `welcome`?"]);
    assert_eq!(d[3].help, ["did you mean `b`?"]);
    assert_eq!(d[4].help, ["did you mean `sales`?"]);
}

#[test]
fn invalid_regex_points_inside_the_pattern() {
    let d = errors("version: 1\nsignals:\n  - id: x\n    regex: ['ab(c']\n");
    assert_eq!(codes(&d), ["M001"]);
    assert!(
        d[0].message.starts_with("invalid regex: unclosed group"),
        "{}",
        d[0].message
    );
    assert_eq!(at(&d[0]), (4, Some(16)), "the `(` inside 'ab(c'");
}

#[test]
fn patterns_that_match_everything_or_nothing_are_errors() {
    let d = errors(
        "version: 1\nsignals:\n  - id: x\n    phrases: ['!!!']\n    regex: ['a*', '\\b(refund|)', '\\b(refund|chargeback)\\b']\n",
    );
    assert_eq!(codes(&d), ["M002", "M002", "M002"]);
    assert!(d[0].message.contains("would match every message"));
    assert!(d[1].message.contains("matches the empty string"));
    assert!(d[2].message.contains("matches any text with a word in it"));
    // Review: `\w` was told its help about empty alternatives, which it has none of.
    assert!(
        d[1].help[0].contains("optional-only pattern"),
        "{:?}",
        d[1].help
    );
    assert!(d[2].help[0].contains("`\\b(a|)`"), "{:?}", d[2].help);
    let d = errors("version: 1\nsignals:\n  - id: x\n    regex: ['\\w', '.']\n");
    assert_eq!(codes(&d), ["M002", "M002"]);
    for d in &d {
        assert!(d.message.contains("matches any text with a word in it"));
        assert!(
            d.help[0].contains("a class or a wildcard alone"),
            "{:?}",
            d.help
        );
    }
}

#[test]
fn huge_regexes_are_refused() {
    let pattern = format!("({})", vec!["\\w{50}"; 200].join("|"));
    let d = errors(&format!(
        "version: 1\nsignals:\n  - id: x\n    regex: ['{pattern}']\n"
    ));
    assert_eq!(codes(&d), ["M001"]);
    assert!(d[0].message.contains("too large"), "{}", d[0].message);
}

#[test]
fn templates_are_parsed_and_their_variables_checked() {
    let d = errors(
        r"
version: 1
teams:
  - { id: a, name: A, bridge: 'Hi {{ customer.name' }
  - { id: b, name: B, bridge: 'Hi {{ custmer.name }}, {{ team.nme }}' }
",
    );
    assert_eq!(codes(&d), ["T001", "T002", "T002"]);
    assert!(d[1].message.contains("`custmer`"));
    assert_eq!(d[1].help[0], "did you mean `customer`?");
    assert!(d[2].message.contains("`team.nme`"));
    assert_eq!(d[2].help[0], "did you mean `team.name`?");
}

/// T002 behind a T001 in the same template was never reported: one `lint` run shows
/// both, from the tags that parse alone (a loop's own variable is not taken for one).
#[test]
fn a_template_that_does_not_parse_still_has_its_variables_checked() {
    let d = errors(
        r"
version: 1
teams:
  - id: a
    name: A
    bridge: 'Hi {{ customer.name }, {{ agnt }}{% for f in summary.facts %}{{ f }}{% endfor %}{% if x %}{% elif trigger.nme %}{% endif %}'
",
    );
    assert_eq!(codes(&d), ["T001", "T002", "T002", "T002"]);
    let messages: Vec<&str> = d[1..].iter().map(|d| d.message.as_str()).collect();
    assert!(
        messages.iter().any(|m| m.contains("`agnt`")),
        "{messages:?}"
    );
    assert!(
        messages.iter().any(|m| m.contains("`trigger.nme`")),
        "{messages:?}"
    );
    assert!(messages.iter().any(|m| m.contains("`x`")), "{messages:?}");
}

/// Regression: beside a T001, names the template binds itself were T002 "undefined
/// variable": a loop's `loop`, a macro and its parameters (a macro is always a T001: the
/// engine has none), `with` names after the first, tuple targets in parentheses.
#[test]
fn names_a_template_binds_are_not_unknown_beside_a_syntax_error() {
    let d = errors(
        r#"
version: 1
teams:
  - id: a
    name: A
    bridge: '{% macro greet(who, punct="!") %}Hi {{ who }}{{ punct }}{{ caller() }}{% endmacro %}{{ greet(customer.name) }}{% for f in summary.facts %}{{ loop.index }}{{ f }}{% endfor %}{% for (k, v) in [(1, 2)] %}{{ k }}{{ v }}{% endfor %}{% with p = 1, q = 2 %}{{ p }}{{ q }}{% endwith %}{% set n = agent %}{% set whole %}x{% endset %}{{ n }}{{ whole }}{{ self }}{{ agnt }}'
"#,
    );
    assert_eq!(codes(&d), ["T001", "T002"], "{d:#?}");
    assert_eq!(d[1].message, "template uses undefined variable `agnt`");
}

/// QA: unknown filters and tests, and attributes of text, parsed fine but failed every
/// render (`bridge_error` on every escalation) while lint said "no problems".
#[test]
fn templates_that_fail_every_render_are_errors() {
    let d = errors(
        r#"
version: 1
teams:
  - id: a
    name: A
    bridge: "Hi {{ agent | uper }}{% if agent is defind %}!{% endif %}{{ agent is nosuchtest }}"
  - { id: b, name: B, bridge: '{{ trigger.id.x }} {{ customer.tier.x }}' }
  - { id: c, name: C, bridge: '{{ agent | default("x") | upper }}{{ summary.facts.0 }}' }
"#,
    );
    assert_eq!(codes(&d), ["T001", "T001", "T001", "T002", "T002"]);
    assert_eq!(d[0].message, "template uses unknown filter `uper`");
    assert_eq!(d[0].help[0], "did you mean `upper`?");
    assert_eq!(at(&d[0]), (6, Some(13)));
    assert_eq!(d[1].message, "template uses unknown test `defind`");
    assert_eq!(d[1].help[0], "did you mean `defined`?");
    assert_eq!(d[2].message, "template uses unknown test `nosuchtest`");
    // Each at the variable itself, so in the order written.
    assert!(d[3].message.contains("`trigger.id.x`"), "{}", d[3].message);
    assert_eq!(
        d[3].help[0],
        "`trigger.id` is a value and has no attributes"
    );
    assert_eq!(at(&d[3]), (7, Some(35)));
    assert!(
        d[4].message.contains("`customer.tier.x`"),
        "{}",
        d[4].message
    );
    assert_eq!(at(&d[4]), (7, Some(54)));
}

/// Review: `{{ customer }}` in a bridge template was only a `bridge_error` at replay
/// time, on every escalation. It is T004 when the rules load, at the variable, in the
/// words the render gives; through `default` too; not a `set` variable of that name.
#[test]
fn a_group_of_values_written_whole_does_not_load() {
    let d = errors(
        r#"
version: 1
teams:
  - { id: a, name: A, bridge: "Hi {{ customer.first_name }} of {{ customer }}" }
  - id: b
    name: B
    bridge: "Hi {{- team | default('us') -}}, {{ team.name }}"
  - { id: c, name: C, bridge: "{% set team = 'x' %}{{ team }} {{ summary.facts }} {{ triggers }}" }
"#,
    );
    assert_eq!(codes(&d), ["T004", "T004"]);
    let words = format!(
        "{}; {}",
        crate::engine::GROUP_WRITTEN_WHOLE,
        crate::engine::NAME_A_FIELD
    );
    assert_eq!(d[0].message, words);
    assert_eq!(
        d[0].message,
        "a group of values cannot be written whole into a message; name one of its fields (`customer.first_name`, `team.name`)"
    );
    assert_eq!(at(&d[0]), (4, Some(67)));
    assert_eq!(
        d[0].help[0],
        "write one of its fields: `customer.first_name`, or any column of the export"
    );
    assert_eq!(at(&d[1]), (7, Some(21)));
    assert_eq!(
        d[1].help[0],
        "write one of its fields: `team.id`, `team.name`"
    );
}

/// Review: T004 missed a group that reaches the output through `or`, `default`, `if …
/// else` or a variable the template sets (`{% set c = customer %}{{ c }}`): every render
/// then failed instead. The template's expressions are walked: each is T004 at the
/// place the group is read (the right one of several), and a field (`customer.name or
/// "x"`), a loop over a group and a name the template set to text itself still load.
#[test]
fn a_group_written_through_or_default_or_a_set_variable_does_not_load() {
    let d = errors(
        r#"
version: 1
teams:
  - { id: a, name: A, bridge: '{{ customer.name or "x" }} {{ customer or "x" }}' }
  - { id: b, name: B, bridge: "{{ team.name }}{{ team | default('us') }}" }
  - { id: c, name: C, bridge: "{% for k in trigger %}{{ k }}{% endfor %}{% set t = trigger %}{{ t }}" }
  - { id: d, name: D, bridge: "{% with s = summary %}{{ agent if s.goal else s }}{% endwith %}" }
  - { id: e, name: E, bridge: "{% if agent %}{% set conversation = 'x' %}{% endif %}{{ conversation }}" }
"#,
    );
    assert_eq!(codes(&d), ["T004", "T004", "T004", "T004", "T004"]);
    assert_eq!(at(&d[0]), (4, Some(62)));
    assert_eq!(at(&d[1]), (5, Some(50)));
    // The `trigger` the `set` reads, not the loop's.
    assert_eq!(at(&d[2]), (6, Some(84)));
    assert_eq!(
        d[2].label.as_deref().unwrap(),
        "`trigger` is a group of values: a render that writes it fails, and `{{ t }}` in line 1 of the template writes it"
    );
    assert_eq!(at(&d[3]), (7, Some(44)));
    // Set in one branch only: the other writes the context's.
    assert_eq!(at(&d[4]), (8, Some(88)));
    let fine = files(&[(
        "r.yaml",
        r#"
version: 1
teams:
  - { id: a, name: A, bridge: '{{ customer.name or "x" }} {{ customer.name | default(agent) }}' }
  - { id: b, name: B, bridge: "{% for k in customer %}{{ k }}{% endfor %}{% set team = 'x' %}{{ team or agent }}" }
  - { id: c, name: C, bridge: "{% if customer %}{{ agent }}{% endif %}{{ summary.facts and agent }}" }
"#,
    )]);
    assert!(fine.is_ok(), "{:?}", fine.err());
}

/// Review 14 follow-up: a filter that turns a group into text (`| string`, `| lower`,
/// `| pprint`), into its `(field, value)` pairs (`| items`, `| dictsort`), a list or a
/// `~` holding it, and `format`'s arguments slipped past T004 and past the render's
/// refusal (which sees only text or a list): every field went into the message. Each is
/// T004 now; filters that give only the fields' names or a count still load.
#[test]
fn a_group_turned_into_text_or_a_list_does_not_load() {
    let d = errors(
        r#"
version: 1
teams:
  - { id: a, name: A, bridge: "{{ customer | string }}" }
  - { id: b, name: B, bridge: "{{ team | lower }}" }
  - { id: c, name: C, bridge: "{{ customer | items }}" }
  - { id: d, name: D, bridge: "{{ [customer] }}" }
  - { id: e, name: E, bridge: "{{ customer ~ agent }}" }
  - { id: f, name: F, bridge: "{{ '%s' | format(customer) }}" }
  - { id: g, name: G, bridge: "{% set c = (customer, 1) %}{{ c }}" }
"#,
    );
    assert_eq!(codes(&d), ["T004"; 7]);
    assert_eq!(at(&d[0]), (4, Some(35)));
    assert_eq!(at(&d[3]), (7, Some(36)));
    assert_eq!(at(&d[5]), (9, Some(49)));
    let fine = files(&[(
        "r.yaml",
        r#"
version: 1
teams:
  - { id: a, name: A, bridge: "{{ customer | length }} {{ customer.first_name | lower }}" }
  - { id: b, name: B, bridge: "{{ [customer.name, agent] }} {{ team.name ~ agent }}" }
"#,
    )]);
    assert!(fine.is_ok(), "{:?}", fine.err());
}

/// Regression (review): T002 underlined the whole template, not the variable it names.
#[test]
fn an_undefined_template_variable_is_underlined_where_it_is_written() {
    let d = errors(
        r"
version: 1
teams:
  - { id: a, name: A, bridge: 'Hi agnt, {{ agnt }}' }
  - id: b
    name: B
    bridge: >-
      Hi {{ customer.first_name | default('there') }},
      I'm {{ agent }} from {{ team . nme }}.
",
    );
    assert_eq!(codes(&d), ["T002", "T002"]);
    // Inside the tag, not the same word in the text before it.
    let first = d[0].location.as_ref().unwrap();
    assert_eq!((first.line, first.column), (4, Some(44)));
    assert_eq!(first.range.as_ref().map(ExactSizeIterator::len), Some(4));
    // On its own line of a folded scalar, the whole path as written.
    let second = d[1].location.as_ref().unwrap();
    assert_eq!((second.line, second.column), (9, Some(31)));
    assert_eq!(second.range.as_ref().map(ExactSizeIterator::len), Some(10));
}

/// Regression (review): T002's caret went to a string literal that spells the variable.
#[test]
fn an_undefined_template_variable_is_not_found_in_a_string() {
    let d = errors(
        r#"
version: 1
teams:
  - { id: a, name: A, bridge: "{{ \"nme\" }} {{ nme }}" }
  - { id: b, name: B, bridge: '{{ ''nme'' }} {{ nme }}' }
  - { id: c, name: C, bridge: "{{ 'nme' ~ nme }}" }
"#,
    );
    assert_eq!(codes(&d), ["T002", "T002", "T002"]);
    let at = |d: &Diagnostic| {
        let l = d.location.as_ref().unwrap();
        (
            l.line,
            l.column,
            l.range.as_ref().map(ExactSizeIterator::len),
        )
    };
    assert_eq!(at(&d[0]), (4, Some(49), Some(3)));
    assert_eq!(at(&d[1]), (5, Some(49), Some(3)));
    assert_eq!(at(&d[2]), (6, Some(43), Some(3)));
}

#[test]
fn shapes_that_cannot_mean_anything_are_errors() {
    let d = errors(
        r"
version: 2
signals:
  - { id: empty }
  - { id: 'bad id' , phrases: [x] }
triggers:
  - { id: a, when: { all: [] } }
  - { id: b, when: { meta: { field: tier } } }
  - { id: c, when: { counter: { name: turn } } }
routes:
  - { id: default, when: { trigger: a }, team: t }
teams:
  - { id: t, name: T, bridge: x, bridge_template: y }
templates:
  - { id: y, text: z }
",
    );
    assert_eq!(
        codes(&d),
        [
            "S005", "S008", "S008", "S008", "S008", "S008", "S008", "S008"
        ]
    );
}

#[test]
fn a_second_default_route_is_a_duplicate() {
    let d = files(&[
        (
            "a.yaml",
            "version: 1\nteams: [{ id: t, name: T }]\ndefault_route: { team: t }\n",
        ),
        ("b.yaml", "version: 1\ndefault_route: { team: t }\n"),
    ])
    .unwrap_err();
    assert_eq!(codes(&d), ["S007"]);
    assert_eq!(d[0].related.len(), 1);
}

#[test]
fn parse_errors_stop_validation_but_keep_their_codes() {
    let d = files(&[
        (
            "a.yaml",
            "version: 1\nsignals:\n  - id: x\n    phrazes: [a]\n",
        ),
        ("b.yaml", "version: 1\n"),
    ])
    .unwrap_err();
    assert_eq!(codes(&d), ["S002"]);
    assert!(
        d[0].message.contains("unknown field `phrazes`"),
        "{}",
        d[0].message
    );
}

#[test]
fn bridges_by_trigger_name_real_triggers_and_valid_templates() {
    let d = errors(
        r"
version: 1
triggers:
  - { id: angry, when: { message: { phrases: [grr] } } }
teams:
  - id: t
    name: T
    bridge: hi
    bridges:
      angyr: sorry
      angry: 'Sorry {{ summary.gaol }}'
",
    );
    assert_eq!(codes(&d), ["R002", "T002"]);
    assert_eq!(at(&d[0]), (10, Some(7)), "the key that names no trigger");
    assert_eq!(d[0].help, ["did you mean `angry`?"]);
    assert!(d[1].message.contains("summary.gaol"), "{}", d[1].message);
    assert_eq!(d[1].help[0], "did you mean `summary.goal`?");
}

#[test]
fn rule_sets_over_the_limits_are_refused_where_the_limit_is_crossed() {
    use std::fmt::Write as _;
    let mut yaml = String::from("version: 1\ntriggers:\n");
    for i in 0..=super::MAX_DEFINITIONS {
        writeln!(
            yaml,
            "  - {{ id: t{i}, when: {{ message: {{ phrases: [x{i}] }} }} }}"
        )
        .unwrap();
    }
    let d = errors(&yaml);
    assert_eq!(codes(&d), ["S009"]);
    assert_eq!(
        d[0].message,
        "more than 10000 triggers: the rule set is refused"
    );
    assert_eq!(at(&d[0]).0, 3 + 10_000, "the line of the 10,001st");

    let mut yaml = String::from("version: 1\nsignals:\n  - id: s\n    phrases: [");
    for i in 0..=super::MAX_SIGNAL_ENTRIES {
        write!(yaml, "p{i},").unwrap();
    }
    yaml.push_str("]\n");
    let d = errors(&yaml);
    assert!(codes(&d).contains(&"S009"), "{:?}", codes(&d));
}

#[test]
fn templates_are_bounded_and_stand_alone() {
    let big = "x".repeat(super::templates::MAX_TEMPLATE_BYTES + 1);
    let d = errors(&format!(
        "version: 1\nteams:\n  - {{ id: t, name: T, bridge: '{big}' }}\n"
    ));
    assert_eq!(codes(&d), ["S009"]);
    for statement in [
        "{% include 'x.txt' %}",
        "{%- import 'm' as m %}",
        "{% from 'm' import f %}",
        "{% extends 'base' %}",
    ] {
        let d = errors(&format!(
            "version: 1\nteams:\n  - {{ id: t, name: T, bridge: \"hi {statement}\" }}\n"
        ));
        assert_eq!(codes(&d), ["T003"], "{statement}");
    }
}

#[test]
fn detector_settings_are_checked_where_they_are_written() {
    let d = errors(
        r"
version: 1
signals:
  - { id: a, builtin: repeat, min_words: many }
",
    );
    assert_eq!(codes(&d), ["S003"]);
    assert_eq!(at(&d[0]), (4, Some(42)));
    assert!(d[0].message.contains("a whole number"), "{}", d[0].message);

    let d = errors(
        r"
version: 1
signals:
  - { id: a, builtin: shouting, min_words: 2, min_share: 0.5 }
  - { id: b, phrases: [x], min_letters: 3 }
  - { id: c, builtin: repeat, times: 1, min_words: 0, min_share: 1.5 }
  - { id: d, builtin: shouting, min_share: 0, min_letters: 0 }
  - { id: e, builtin: shouting, min_share: 1.5 }
",
    );
    let found: Vec<_> = d
        .iter()
        .map(|d| (d.code.unwrap(), at(d), d.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "S008",
                (4, Some(44)),
                "`min_words` is a setting of `builtin: repeat`, and signal `a` has `builtin: shouting`"
            ),
            (
                "S008",
                (5, Some(41)),
                "`min_letters` is a setting of `builtin: shouting`, and signal `b` has no `builtin:`"
            ),
            ("S008", (6, Some(38)), "`times` must be at least 2"),
            ("S008", (6, Some(52)), "`min_words` must be at least 1"),
            (
                "S008",
                (6, Some(66)),
                "`min_share` is a setting of `builtin: shouting`, and signal `c` has `builtin: repeat`"
            ),
            (
                "S008",
                (7, Some(44)),
                "`min_share` must be a number above 0 and at most 1"
            ),
            ("S008", (7, Some(60)), "`min_letters` must be at least 1"),
            (
                "S008",
                (8, Some(44)),
                "`min_share` must be a number above 0 and at most 1"
            ),
        ]
    );
    assert_eq!(
        d[0].help,
        ["move it to a signal with `builtin: repeat`, or delete it"]
    );
}

#[test]
fn exclude_names_phrases_of_the_lexicon() {
    let d = errors(
        r"
version: 1
signals:
  - id: a
    builtin: frustration
    exclude: [I gave up, ridiculous, xyzzy plugh]
  - { id: b, builtin: shouting, exclude: [loud] }
  - { id: c, phrases: [x], exclude: [x] }
  - id: d
    builtin: frustration
    phrases: [{ phrase: stupid, weight: 1 }]
    exclude: [Stupid!]
",
    );
    let found: Vec<(&str, (u32, Option<u32>))> =
        d.iter().map(|d| (d.code.unwrap(), at(d))).collect();
    assert_eq!(
        found,
        [
            ("R007", (6, Some(15))),
            ("R007", (6, Some(38))),
            ("S008", (7, Some(43))),
            ("S008", (8, Some(38))),
            ("S008", (12, Some(15))),
        ]
    );
    assert_eq!(
        d[0].message,
        "\"I gave up\" is not a phrase of the built-in `frustration` lexicon"
    );
    assert_eq!(d[0].help, ["did you mean `i give up`?"]);
    assert!(d[2].message.contains("`builtin: shouting` has no phrases"));
    assert!(d[3].message.contains("signal `c` has no `builtin:`"));
    assert!(d[4].message.contains("both excluded and listed"));
}

/// Review 14, item 19: the README's `bot_fallback` example, a message the lexicon
/// matches, was R007 with "did you mean `sorry i didn't catch that`?" (an entry that
/// does not match it); the help now names the entries inside it.
#[test]
fn excluding_a_message_names_the_lexicon_entries_inside_it() {
    let d = errors(
        r#"
version: 1
signals:
  - id: f
    builtin: bot_fallback
    exclude: ["Sorry, I didn't understand that", "I'm not sure what you mean, could you rephrase?"]
"#,
    );
    assert_eq!(codes(&d), ["R007", "R007"]);
    assert_eq!(
        d[0].help,
        [
            "the lexicon's entries in this text: `i didn't understand`; exclude those (each stops matching every message it is in)"
        ]
    );
    // "not sure what you mean" is inside "i'm not sure what you mean": named once.
    assert_eq!(
        d[1].help,
        [
            "the lexicon's entries in this text: `i'm not sure what you mean`, `could you rephrase`; exclude those (each stops matching every message it is in)"
        ]
    );
}

#[test]
fn weight_zero_only_disables_a_built_in_phrase() {
    let d = errors(
        r"
version: 1
signals:
  - { id: a, phrases: [{ phrase: refund, weight: 0 }] }
",
    );
    assert_eq!(codes(&d), ["S008"]);
    assert!(d[0].help[0].contains("weight 0 only disables"));
    let rules = files(&[(
        "r.yaml",
        r"
version: 1
signals:
  - id: a
    builtin: human_request
    phrases: [{ phrase: Is there a human?, weight: 0 }, { phrase: live agent, weight: 3 }]
    exclude: [agent please]
",
    )])
    .unwrap();
    let lexicon = crate::rules::builtin::lexicon(crate::rules::Builtin::HumanRequest).unwrap();
    let a = &rules.signals[0];
    assert_eq!(a.phrases.len(), lexicon.phrases.len() - 2);
    let live = a.phrases.iter().find(|p| p.text == "live agent").unwrap();
    assert!(live.span.is_some() && (live.weight - 3.0).abs() < f64::EPSILON);
}

/// Each part of an `hours:` condition is checked at its own value, and says what was
/// expected; a range past midnight is valid.
#[test]
fn hours_errors_are_at_the_value_and_say_what_was_expected() {
    let d = errors(
        r#"version: 1
triggers:
  - id: a
    when: { hours: { between: "9-17", days: [mon, fry], tz: Europe/Lodnon } }
  - id: b
    when: { hours: { between: "22:00-06:00", days: [], tz: "+25:00" } }
  - id: c
    when: { hours: { tz: UTC } }
  - id: d
    when: { hours: { between: "09:00-17:00", bogus: 1 } }
"#,
    );
    let found: Vec<_> = d
        .iter()
        .map(|d| (d.code.unwrap_or("-"), at(d), d.message.as_str()))
        .collect();
    let expect = [
        (
            "S008",
            (4, Some(31)),
            "`9-17`: expected a range of local times",
        ),
        ("S008", (4, Some(51)), "unknown day `fry`"),
        ("S008", (4, Some(61)), "unknown time zone `Europe/Lodnon`"),
        ("S008", (6, Some(52)), "`days` needs at least one day"),
        ("S008", (6, Some(60)), "`+25:00` is not an offset"),
        ("S008", (8, Some(11)), "needs `between` or `days`"),
        ("S002", (10, Some(46)), "bogus"),
    ];
    assert_eq!(found.len(), expect.len(), "{found:#?}");
    for ((code, place, message), (want_code, want_place, want)) in found.iter().zip(expect) {
        assert_eq!((*code, *place), (want_code, want_place), "{message}");
        assert!(message.contains(want), "{message} lacks {want}");
    }
}

/// minijinja's list of undeclared variables takes an `{% if %}` for a scope: a variable
/// set in its branches and read after it was "undefined variable" (`T002`, an error),
/// though the template engine sets it there. Read before any `set`, it still is one.
#[test]
fn a_variable_set_in_the_branches_of_an_if_is_not_undefined() {
    let d = errors(
        r#"
version: 1
teams:
  - id: a
    name: A
    bridge: '{% if summary.goal %}{% set g = summary.goal %}{% else %}{% set g = "your question" %}{% endif %}About {{ g }}.'
  - id: b
    name: B
    bridge: '{% if route == "x" %}{% set g = "a" %}{% endif %}{{ g }}{% if route == "y" %}{% set h = "b" %}{{ h }}{% endif %}'
  - id: c
    name: C
    bridge: '{{ g }}{% if route == "x" %}{% set g = "a" %}{% endif %}'
"#,
    );
    assert_eq!(codes(&d), ["T002"], "{d:#?}");
    assert_eq!(d[0].message, "template uses undefined variable `g`");
    assert_eq!(at(&d[0]), (12, Some(17)));
}
