//! Templates as validation sees them: parsed, their variables checked (T002 where it is
//! written, beside a T001 too), what fails every render refused, and a group of values
//! written whole (T004) found through `or`, `default`, `set` and filters.

use super::*;

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

/// Unknown filters and tests, and attributes of text, parsed fine but failed every
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
    // At the name (it underlined the whole template).
    assert_eq!(at(&d[0]), (6, Some(28)));
    assert_eq!(d[1].message, "template uses unknown test `defind`");
    assert_eq!(d[1].help[0], "did you mean `defined`?");
    assert_eq!(at(&d[1]), (6, Some(50)));
    assert_eq!(d[2].message, "template uses unknown test `nosuchtest`");
    assert_eq!(at(&d[2]), (6, Some(83)));
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

/// `{{ customer }}` in a bridge template was only a `bridge_error` at replay
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

/// T004 missed a group that reaches the output through `or`, `default`, `if …
/// else` or a variable the template sets (`{% set c = customer %}{{ c }}`): every render
/// then failed instead. The template's expressions are walked: each is T004 at the
/// place the group is read (the right one of several), and a field (`customer.name or
/// "x"`), a test of a group's truth and a name the template set to text itself still
/// load. A loop over a group reads it whole too (its own T004, `groups.rs`).
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
    assert_eq!(codes(&d), ["T004"; 6]);
    assert_eq!(at(&d[0]), (4, Some(62)));
    assert_eq!(at(&d[1]), (5, Some(50)));
    // The loop over `trigger`, then the `trigger` the `set` reads and `{{ t }}` writes.
    assert_eq!(at(&d[2]), (6, Some(44)));
    assert!(d[2].message.ends_with("loops over it"), "{}", d[2].message);
    assert_eq!(at(&d[3]), (6, Some(84)));
    assert_eq!(
        d[3].label.as_deref().unwrap(),
        "`trigger` is a group of values: a render that writes it fails, and `{{ t }}` in line 1 of the template writes it"
    );
    assert_eq!(at(&d[4]), (7, Some(44)));
    // Set in one branch only: the other writes the context's.
    assert_eq!(at(&d[5]), (8, Some(88)));
    let fine = files(&[(
        "r.yaml",
        r#"
version: 1
teams:
  - { id: a, name: A, bridge: '{{ customer.name or "x" }} {{ customer.name | default(agent) }}' }
  - { id: b, name: B, bridge: "{% for k in summary.facts %}{{ k }}{% endfor %}{% set team = 'x' %}{{ team or agent }}" }
  - { id: c, name: C, bridge: "{% if customer %}{{ agent }}{% endif %}{{ summary.facts and agent }}" }
"#,
    )]);
    assert!(fine.is_ok(), "{:?}", fine.err());
}

/// A filter that turns a group into text (`| string`, `| lower`,
/// `| pprint`), into its `(field, value)` pairs (`| items`, `| dictsort`), a list or a
/// `~` holding it, and `format`'s arguments slipped past T004 and past the render's
/// refusal (which sees only text or a list): every field went into the message. Each is
/// T004 now; so are filters that give only the fields' names or a count (`groups.rs`):
/// a field named, and filtered, still loads.
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
  - { id: a, name: A, bridge: "{{ customer.first_name | lower }}" }
  - { id: b, name: B, bridge: "{{ [customer.name, agent] }} {{ team.name ~ agent }}" }
"#,
    )]);
    assert!(fine.is_ok(), "{:?}", fine.err());
}

/// Regression: T002 underlined the whole template, not the variable it names.
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

/// Regression: T002's caret went to a string literal that spells the variable.
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
