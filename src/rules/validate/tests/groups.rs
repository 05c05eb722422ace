//! Groups of values read other than by naming a field (T004) and method calls (T001),
//! as loading reports them: where, in what words, with what help.

use super::*;

/// `{% for k in customer %}{{ k }}={{ customer[k] }}` passed T004 and
/// wrote every field of the customer's (`password=hunter2; ssn=…`) into the message.
/// The loop and the computed key are each T004, at the place written, with help to
/// name the fields wanted.
#[test]
fn a_loop_over_the_customer_does_not_load() {
    let d = errors(
        r"
version: 1
teams:
  - id: a
    name: A
    bridge: 'Hi {% for k in customer %}{{ k }}={{ customer[k] }}; {% endfor %}'
",
    );
    assert_eq!(codes(&d), ["T004", "T004"]);
    assert_eq!(
        d[0].message,
        "bridge templates read `customer` only by naming a field: this loops over it"
    );
    assert_eq!(at(&d[0]), (6, Some(29)));
    assert_eq!(
        d[0].location
            .as_ref()
            .unwrap()
            .range
            .as_ref()
            .map(ExactSizeIterator::len),
        Some("customer".len())
    );
    assert_eq!(
        d[0].label.as_deref(),
        Some("this can reach every field the export has for the customer, whichever it is")
    );
    assert_eq!(
        d[0].help,
        [
            "name the fields wanted: `customer.first_name`, `customer['order id']` (any column of the export)"
        ]
    );
    assert_eq!(
        d[1].message,
        "bridge templates read `customer` only by naming a field: this picks a field by a key that is not a quoted name"
    );
    // `customer[k]` whole.
    assert_eq!(at(&d[1]), (6, Some(51)));
    assert_eq!(
        d[1].location
            .as_ref()
            .unwrap()
            .range
            .as_ref()
            .map(ExactSizeIterator::len),
        Some("customer[k]".len())
    );
}

/// Every other way to reach a group whole is T004 too, each in its own words: through
/// a filter (`items`, `dictsort`, `list`, `length`), a list or map literal, a name of
/// the template's (`set`, `with`), a test other than `defined`, a comparison; and for
/// the other groups (`summary`, `team`…), with their fields as help.
#[test]
fn every_other_way_to_reach_a_group_whole_does_not_load() {
    let cases = [
        (
            "{% for k, v in customer|items %}{{ v }}{% endfor %}",
            "hands it whole to the filter `items`",
        ),
        (
            "{{ customer|dictsort|first }}",
            "hands it whole to the filter `dictsort`",
        ),
        ("{{ customer|list }}", "hands it whole to the filter `list`"),
        (
            "{{ customer | length }}",
            "hands it whole to the filter `length`",
        ),
        ("{{ [customer][0].ssn }}", "puts it whole in a list or map"),
        (
            "{{ {'a': customer}.a.ssn }}",
            "puts it whole in a list or map",
        ),
        (
            "{{ customer[agent ~ 'y'] }}",
            "picks a field by a key that is not a quoted name",
        ),
        ("{% set x = customer %}{{ x.ssn }}", "gives it another name"),
        (
            "{% with x = customer %}{{ x.ssn }}{% endwith %}",
            "gives it another name",
        ),
        (
            "{{ customer is mapping }}",
            "hands it whole to the test `mapping`",
        ),
        ("{{ 'ssn' in customer }}", "compares it whole"),
    ];
    for (template, how) in cases {
        let yaml =
            format!("version: 1\nteams:\n  - {{ id: a, name: A, bridge: \"{template}\" }}\n");
        let d = errors(&yaml);
        assert_eq!(codes(&d), ["T004"], "{template}: {d:#?}");
        assert_eq!(
            d[0].message,
            format!("bridge templates read `customer` only by naming a field: this {how}"),
            "{template}"
        );
        // At `customer` in the template, line 3 of the file.
        let column = at(&d[0]).1.unwrap() as usize;
        let line = yaml.lines().nth(2).unwrap();
        assert!(
            line[column - 1..].starts_with("customer"),
            "{template}: {column}"
        );
    }
    let d = errors(
        r#"
version: 1
teams:
  - { id: a, name: A, bridge: "{% for k in summary %}{{ summary[k] }}{% endfor %}" }
"#,
    );
    assert_eq!(codes(&d), ["T004", "T004"]);
    assert!(d[0].message.contains("`summary`"), "{}", d[0].message);
    assert!(d[0].help[0].starts_with("name the fields wanted: `summary.goal`, `summary.fact`"));
}

/// What still loads: named fields (dotted, or a quoted key), `is defined`, a test of a
/// group's truth, a name of the template's own that hides a group's.
#[test]
fn named_fields_and_tests_of_a_group_still_load() {
    let fine = files(&[(
        "r.yaml",
        r#"
version: 1
teams:
  - id: a
    name: A
    bridge: "{% if customer is defined and summary %}{{ customer['order id'] | default('') }}{% endif %}{{ customer.first_name or 'there' }}{% set team = 'x' %}{% for k in [team] %}{{ k }}{% endfor %}"
"#,
    )]);
    assert!(fine.is_ok(), "{:?}", fine.err());
}

/// `{{ customer.items() }}` passed lint and every escalation had `bridge_error:
/// unknown method: map has no method named items`. No value of a bridge template has
/// methods: each call is T001 at the method's name, with what to write instead, and
/// not also a T002 for the method taken for an attribute (`customer.name.upper`).
#[test]
fn method_calls_do_not_load() {
    let d = errors(
        r#"
version: 1
teams:
  - id: a
    name: A
    bridge: "Hi {{ customer.items() }} {{ customer.name.upper() }} {{ summary.keys() }} {{ agent() }}"
"#,
    );
    assert_eq!(codes(&d), ["T001", "T001", "T001", "T001"], "{d:#?}");
    assert_eq!(
        d[0].message,
        "template calls `customer.items()`: values in bridge templates have no methods"
    );
    assert_eq!(at(&d[0]), (6, Some(29)));
    assert_eq!(
        d[0].label.as_deref(),
        Some("fails every render with \"unknown method\" (line 1 of the template)")
    );
    assert!(d[0].help[0].starts_with("name the fields wanted: `customer.first_name`"));
    assert_eq!(at(&d[1]), (6, Some(57)));
    assert_eq!(d[1].help, ["use the filter: `| upper`"]);
    assert!(d[2].help[0].starts_with("name the fields wanted: `summary.goal`"));
    assert_eq!(
        d[3].message,
        "template calls `agent`, which is not a function"
    );
    // A method of a variable that does not exist is the variable's T002, not a T001.
    let d = errors(
        r#"
version: 1
teams:
  - { id: a, name: A, bridge: "{{ custmer.items() }}{{ loop.cycle(1, 2) }}" }
"#,
    );
    assert_eq!(codes(&d), ["T002", "T002"], "{d:#?}");
    assert!(d[0].message.contains("`custmer`"), "{}", d[0].message);
    assert!(d[1].message.contains("`loop`"), "{}", d[1].message);
    // The loop's own methods are the engine's, and load.
    let fine = files(&[(
        "r.yaml",
        r#"
version: 1
teams:
  - { id: a, name: A, bridge: "{% for f in summary.facts %}{{ loop.cycle('a', 'b') }}{{ f }}{% endfor %}" }
"#,
    )]);
    assert!(fine.is_ok(), "{:?}", fine.err());
}
