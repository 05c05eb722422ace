//! The allow-list of group reads, form by form: each way a template can reach a group
//! whole is found, with how; named fields, `is defined` and tests of truth are not.

use super::{How, reach};

/// The groups `source` reads whole, each with how and the text pointed at.
fn whole(source: &str) -> Vec<(&'static str, How, String)> {
    reach(source)
        .expect("parses")
        .groups
        .into_iter()
        .map(|g| (g.group, g.how, source[g.range].to_owned()))
        .collect()
}

fn filtered(name: &str) -> How {
    How::Filtered(name.to_owned())
}

/// `{% for k in customer %}{{ k }}={{ customer[k] }}` wrote every
/// field of the customer's (`password=hunter2; ssn=…`) and passed T004. Both the loop
/// and the key worked out while rendering are found, each where it is written.
#[test]
fn a_loop_over_the_customer_and_a_computed_key_are_found() {
    assert_eq!(
        whole("Hi {% for k in customer %}{{ k }}={{ customer[k] }}; {% endfor %}"),
        [
            ("customer", How::Iterated, "customer".to_owned()),
            ("customer", How::Keyed, "customer[k]".to_owned()),
        ]
    );
    assert_eq!(
        whole("{{ customer[x ~ 'y'] }}{{ customer[0] }}"),
        [
            ("customer", How::Keyed, "customer[x ~ 'y']".to_owned()),
            ("customer", How::Keyed, "customer[0]".to_owned()),
        ]
    );
}

#[test]
fn a_group_handed_to_a_filter_is_found_whatever_the_filter() {
    for (source, filter) in [
        (
            "{% for k, v in customer|items %}{{ v }}{% endfor %}",
            "items",
        ),
        ("{{ customer | dictsort }}", "dictsort"),
        ("{{ customer|list }}", "list"),
        ("{{ customer | length }}", "length"),
        ("{{ customer | default({}) }}", "default"),
        ("{{ summary | tojson }}", "tojson"),
        ("{{ agent | replace('a', customer) }}", "replace"),
    ] {
        let found = whole(source);
        assert_eq!(found.len(), 1, "{source}: {found:?}");
        assert_eq!(found[0].1, filtered(filter), "{source}");
    }
}

#[test]
fn a_group_put_in_a_list_or_map_or_renamed_is_found() {
    let cases: [(&str, How); 8] = [
        ("{{ [customer][0].password }}", How::Collected),
        ("{{ {'a': customer}.a.password }}", How::Collected),
        ("{% for c in (customer, 1) %}{% endfor %}", How::Collected),
        ("{% set x = customer %}{{ x.password }}", How::Named),
        (
            "{% with x = summary %}{{ x.goal }}{% endwith %}",
            How::Named,
        ),
        ("{{ 'password' in customer }}", How::Compared),
        ("{{ customer ~ '' }}", How::Computed),
        ("{{ customer[1:] }}", How::Sliced),
    ];
    for (source, how) in cases {
        let found = whole(source);
        assert_eq!(found.len(), 1, "{source}: {found:?}");
        assert_eq!(found[0].1, how, "{source}");
    }
    assert_eq!(
        whole(
            "{{ (customer if agent else team).name }} {{ f(trigger) }} {{ customer is mapping }}"
        ),
        [
            ("customer", How::Other, "customer".to_owned()),
            ("team", How::Other, "team".to_owned()),
            ("trigger", How::Called, "trigger".to_owned()),
            (
                "customer",
                How::Tested("mapping".to_owned()),
                "customer".to_owned()
            ),
        ]
    );
}

/// The forms the allow-list lets through: a named field (dotted or a quoted key), a
/// test of whether the group is there or of its truth; and a name the template set
/// itself, which hides the context's.
#[test]
fn named_fields_tests_and_the_templates_own_names_are_not_found() {
    let fine = "{{ customer.first_name }} {{ customer['order id'] }} {{ summary.goal | default('') }}\
        {% if customer is defined and summary %}{{ agent if not team else team.name }}{% endif %}\
        {{ customer and agent }}{% for x in summary.facts if customer %}{{ x }}{% endfor %}\
        {% set customer = 'x' %}{{ customer }}{% for team in [1] %}{{ team }}{% endfor %}";
    assert_eq!(whole(fine), []);
    let found = reach(fine).unwrap();
    assert!(found.customer_tested);
    assert_eq!(
        found.customer_fields.into_iter().collect::<Vec<_>>(),
        ["first_name", "order id"]
    );
    // Tested for truth only where a test of truth reads it.
    assert!(
        !reach("{{ customer.name }}{% if customer is defined %}{% endif %}")
            .unwrap()
            .customer_tested
    );
    assert!(reach("{{ 'x' if not customer }}").unwrap().customer_tested);
    // Set in one branch of an `if` only, it may still be the context's after it.
    assert_eq!(
        whole("{% if agent %}{% set customer = 'x' %}{% endif %}{{ customer | list }}"),
        [("customer", filtered("list"), "customer".to_owned())]
    );
}

/// `{{ customer.items() }}` loaded and failed every render ("unknown method:
/// map has no method named items"): no value of a bridge template has methods. Each
/// call is found at the method's name; the loop's own methods are not.
#[test]
fn method_calls_are_found_at_the_methods_name() {
    let source = "{{ customer.items() }}{{ customer.name.upper() }}{{ 'x'.upper() }}{{ agent() }}\
        {% for f in summary.facts %}{{ loop.cycle('a', 'b') }}{% endfor %}{{ range(3) }}";
    let calls = reach(source).unwrap().calls;
    let seen: Vec<_> = calls
        .iter()
        .map(|c| {
            (
                c.method.as_deref(),
                c.callee.as_str(),
                c.path.as_deref(),
                c.on_group,
                &source[c.range.clone()],
            )
        })
        .collect();
    assert_eq!(
        seen,
        [
            (
                Some("items"),
                "customer.items",
                Some("customer.items"),
                Some("customer"),
                "items"
            ),
            (
                Some("upper"),
                "customer.name.upper",
                Some("customer.name.upper"),
                None,
                "upper"
            ),
            (Some("upper"), "'x'.upper", None, None, "upper"),
            (None, "agent", Some("agent"), None, "agent"),
        ]
    );
    // `customer.items()` is the call's to report, not a group read.
    assert_eq!(whole("{{ customer.items() }}"), []);
}

#[test]
fn a_template_that_does_not_parse_gives_none() {
    assert!(reach("{{ customer").is_none());
}
