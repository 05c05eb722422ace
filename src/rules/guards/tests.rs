//! Which reads the guard analysis takes as guarded; the engine's property test
//! (`engine::bridge::direct::tests`) checks that what it takes as guarded renders.

use super::unguarded;

fn guarded(source: &str, path: &str) -> bool {
    let unguarded = unguarded(source).expect("parses");
    !unguarded.contains_key(path)
}

#[test]
fn default_and_defined_guard_their_value() {
    for source in [
        "Hi {{ customer.name | default('there') }}",
        "Hi {{ customer.name | d('there') | title }}",
        "{% if customer.name is defined %}Hi {{ customer.name }}{% endif %}",
        "{% if customer.name is not defined %}Hi{% else %}Hi {{ customer.name }}{% endif %}",
        "{% if customer.name is undefined %}Hi{% else %}Hi {{ customer.name }}{% endif %}",
        "{% if not customer.name is defined %}Hi{% else %}Hi {{ customer.name }}{% endif %}",
    ] {
        assert!(guarded(source, "customer.name"), "{source}");
    }
}

#[test]
fn truth_tests_guard_their_value() {
    for source in [
        "{% if customer.name %}Hi {{ customer.name }}{% else %}Hi{% endif %}",
        "{{ customer.name or \"there\" }}",
        "{{ customer.name if customer.name else 'there' }}",
        "{{ 'there' if not customer.name else customer.name }}",
        "{% if customer.plan %}x{% elif customer.name %}Hi {{ customer.name }}{% endif %}",
        "{% if customer.name and customer.plan %}{{ customer.name }} {{ customer.plan }}{% endif %}",
        "{% if customer.name %}{% if x %}{{ customer.name }}{% endif %}{% endif %}",
        "{% if not customer.name %}Hi{% else %}Hi {{ customer.name }}{% endif %}",
    ] {
        assert!(guarded(source, "customer.name"), "{source}");
    }
    let both = "{% if customer.name and customer.plan %}{{ customer.plan }}{% endif %}";
    assert!(guarded(both, "customer.plan"));
}

#[test]
fn reads_outside_a_guard_are_unguarded() {
    for source in [
        "Hi {{ customer.name }}",
        // The guard covers its own block only.
        "{% if customer.name %}Hi {{ customer.name }}{% endif %} {{ customer.name }}",
        // The other branch: there, the value is not there.
        "{% if customer.name %}Hi{% else %}Hi {{ customer.name }}{% endif %}",
        "{% if customer.name is defined %}Hi{% else %}{{ customer.name }}{% endif %}",
        // Another value's guard.
        "{% if customer.plan is defined %}{{ customer.name }}{% endif %}",
        // `or` of two: neither is known to be there.
        "{% if customer.name or customer.plan %}{{ customer.name }}{% endif %}",
        // An `elif` is reached when its `if` was false.
        "{% if customer.name %}x{% elif customer.plan %}{{ customer.name }}{% endif %}",
        // A filter before the default is given the undefined value, and fails.
        "{{ customer.name | upper | default('x') }}",
        // `x and y` is `x` when `x` is false.
        "{{ customer.name and 'y' }}",
        // The alternative of `or`, and of a test of another value.
        "{{ customer.plan or customer.name }}",
        "{{ customer.name if customer.plan else 'x' }}",
    ] {
        assert!(!guarded(source, "customer.name"), "{source}");
    }
}

#[test]
fn reading_an_attribute_of_a_value_reads_it() {
    let source = "{{ customer.name.first | default('x') }}";
    assert!(!guarded(source, "customer.name"));
    assert!(guarded(source, "customer.name.first"));
    assert!(guarded(
        "{% if customer.name is defined %}{{ customer.name.first | default('x') }}{% endif %}",
        "customer.name"
    ));
    // A value not read is not read unguarded.
    assert!(guarded("{{ summary.goal }}", "summary.fact"));
    assert!(unguarded("{{ summary.goal }}").is_some_and(|u| u.contains_key("summary.goal")));
}

#[test]
fn a_template_that_does_not_parse_has_no_answer() {
    assert_eq!(unguarded("{% if %}"), None);
    assert!(!crate::rules::guarded_path(
        "{% if %}{{ customer.name }}",
        "customer.name"
    ));
}

#[test]
fn the_first_unguarded_read_is_located() {
    let source = "{% if summary.goal %}{{ summary.goal }}{% endif %} {{ summary.goal }}";
    let unguarded = unguarded(source).unwrap();
    assert_eq!(
        unguarded.get("summary.goal"),
        source.rfind("summary.goal").as_ref()
    );
}

/// A variable the template sets to a value stands for it: a guarded value set is
/// guarded, and a value set unguarded is read unguarded where the variable is written,
/// unless that read is guarded.
#[test]
fn a_set_variable_stands_for_its_value() {
    for source in [
        "{% set name = customer.name | default(\"there\") %}Hi {{ name }}",
        "{% set name = customer.name or 'there' %}Hi {{ name }}",
        "{% set n = customer.name %}Hi {{ n | default('there') }}",
        "{% set n = customer.name %}{% if n %}Hi {{ n }}{% endif %}",
        "{% set n = customer.name %}{% if n is defined %}Hi {{ n }}{% endif %}",
        "{% set n = customer.name %}{% if customer.name %}Hi {{ n }}{% endif %}",
        "{% set n = customer.name %}{% if n %}Hi {{ customer.name }}{% endif %}",
        "{% set n = customer.name %}Hi {{ n or 'there' }}",
        "{% set n = customer.name %}{% set m = n %}{{ m | d('x') }}",
        // Set but never written: keeping an undefined value fails nothing.
        "{% set n = customer.name %}Hi",
        // Set again to a value of the template's own.
        "{% set n = customer.name %}{% set n = 'you' %}Hi {{ n }}",
        // A loop's variable is the loop's.
        "{% set n = customer.name %}{% for n in [1] %}{{ n }}{% endfor %}",
        "{% with n = customer.name %}{{ n | default('x') }}{% endwith %}",
    ] {
        assert!(guarded(source, "customer.name"), "{source}");
    }
    for source in [
        "{% set n = customer.name %}Hi {{ n }}",
        "{% set n = customer.name %}{% if n %}{% endif %}Hi {{ n }}",
        "{% set n = customer.name %}{% set m = n %}Hi {{ m }}",
        "{% set n = customer.name | upper %}Hi",
        "{% with n = customer.name %}{{ n }}{% endwith %}",
        "{% if x %}{% set n = customer.name %}{% else %}{% set n = 'you' %}{% endif %}{{ n }}",
        // Out of the loop, the variable is the one set before it.
        "{% set n = customer.name %}{% for n in [1] %}{% endfor %}{{ n }}",
    ] {
        assert!(!guarded(source, "customer.name"), "{source}");
    }
    // Reported where the value is named, for the caret to be under it.
    let source = "{% set n = customer.name %}Hi {{ n }}";
    assert_eq!(
        unguarded(source).unwrap().get("customer.name"),
        source.find("customer.name").as_ref()
    );
}

/// A variable set in one branch of an `{% if %}` and read in it, or set in every branch
/// (or before the `if`) and read after it, is there; set in one branch and read after
/// the `if`, it is not when the other branch is taken (T011). A value known to be there
/// where it is set (`{% if summary.goal %}{% set g = summary.goal %}`) is the
/// template's own: its reads after the `if` do not read `summary.goal` unguarded.
#[test]
fn a_variable_set_in_the_branches_of_an_if() {
    let analysis = |source: &str| super::analyse(source).expect("parses");
    for source in [
        "{% if route == 'x' %}{% set g = 'a' %}{{ g }}{% endif %}",
        "{% if summary.goal %}{% set g = summary.goal %}{{ g }}{% endif %}",
        "{% if route == 'x' %}{% set g = 'a' %}{% else %}{% set g = 'b' %}{% endif %}{{ g }}",
        "{% if summary.goal %}{% set g = summary.goal %}{% else %}{% set g = 'your question' %}{% endif %}{{ g }}",
        "{% if summary.goal is defined %}{% set g = summary.goal %}{% else %}{% set g = 'b' %}{% endif %}{{ g }}",
        "{% if summary.goal is not defined %}{% set g = 'b' %}{% else %}{% set g = summary.goal %}{% endif %}{{ g }}",
        "{% if route == 'x' %}{% set g = 'a' %}{% elif route == 'y' %}{% set g = 'b' %}{% else %}{% set g = 'c' %}{% endif %}{{ g }}",
        "{% set g = 'a' %}{% if route == 'x' %}{% set g = 'b' %}{% endif %}{{ g }}",
        // Guarded reads of one that may be unset.
        "{% if route == 'x' %}{% set g = 'a' %}{% endif %}{% if g %}{{ g }}{% endif %}{{ g | default('z') }}{% if g is defined %}{{ g | upper }}{% endif %}",
        // Read under the condition it was set under (a false T011).
        "{% if route == 'x' %}{% set g = 'a' %}{% endif %}Hi {% if route  ==  'x' %}{{ g }}{% endif %}",
        "{% if summary.goal %}{% set g = 1 %}{% endif %}…{% if summary.goal %}{{ g }}{% endif %}",
        "{% if route == 'x' %}{% if team.id %}{% set g = 1 %}{% endif %}{% endif %}{% if team.id %}{% if route == 'x' %}{{ g }}{% endif %}{% endif %}",
        "{% if route == 'x' %}{% else %}{% set g = 1 %}{% endif %}{% if route == 'x' %}{% else %}{{ g }}{% endif %}",
    ] {
        let a = analysis(source);
        assert!(a.unset.is_empty(), "{source}: {:?}", a.unset);
        assert!(a.unguarded.is_empty(), "{source}: {:?}", a.unguarded);
        assert!(a.set_before_read.contains("g"), "{source}");
    }
    for source in [
        "{% if route == 'x' %}{% set g = 'a' %}{% endif %}{{ g }}",
        "{% if summary.goal %}{% set g = summary.goal %}{% endif %}Hi {{ g }}",
        "{% if route == 'x' %}{% set g = 'a' %}{% elif route == 'y' %}{% set g = 'b' %}{% endif %}{{ g }}",
        "{% if route == 'x' %}{% else %}{% set g = 'a' %}{% endif %}{{ g | upper }}",
        // The same condition's `if`, read after it; another condition; one of two.
        "{% if route == 'x' %}{% set g = 'a' %}{% endif %}{% if route == 'x' %}{% endif %}{{ g }}",
        "{% if route == 'x' %}{% set g = 'a' %}{% endif %}{% if route == 'y' %}{{ g }}{% endif %}",
        "{% if route == 'x' %}{% set g = 'a' %}{% endif %}{% if route != 'x' %}{{ g }}{% endif %}",
        "{% if route == 'x' %}{% if team.id %}{% set g = 1 %}{% endif %}{% endif %}{% if route == 'x' %}{{ g }}{% endif %}",
        "{% if route == 'x' %}{% elif route == 'y' %}{% set g = 'a' %}{% endif %}{% if route == 'y' %}{{ g }}{% endif %}",
        // What the condition tests was set again in between.
        "{% set r = route %}{% if r %}{% set g = 'a' %}{% endif %}{% set r = '' %}{% if r %}{{ g }}{% endif %}",
    ] {
        let a = analysis(source);
        let &(at, set) = a
            .unset
            .get("g")
            .unwrap_or_else(|| panic!("{source}: {a:?}"));
        // At the read after the `if`, and the `set`.
        assert_eq!(at, source.rfind("{{ g").unwrap() + 3, "{source}");
        assert!(source[..set].ends_with("{% set "), "{source}: {set}");
    }
    // Read before it is set: minijinja's undefined variable (T002), not one set here.
    let a = analysis("{{ g }}{% if route == 'x' %}{% set g = 'a' %}{% endif %}");
    assert!(!a.set_before_read.contains("g"));
    // Set to an unguarded value in one branch: the value is read unguarded through it.
    let a = analysis(
        "{% if route == 'x' %}{% set g = summary.goal %}{% else %}{% set g = 'b' %}{% endif %}{{ g }}",
    );
    assert!(a.unguarded.contains_key("summary.goal"), "{a:?}");
}

/// A field read by a quoted key (`customer['order id']`) was no read at all to the walk
/// (only dotted names were), so the engine's error said "undefined value" and `C003`
/// said nothing. It is the read of the field the key names (`order id` → `order_id`, as
/// the engine looks it up), guarded as a dotted read is, by either spelling.
#[test]
fn a_quoted_key_is_read_as_its_field() {
    let source = "Order {{ customer['order id'] }} for {{ customer[\"Plan\"] }}";
    let reads = unguarded(source).unwrap();
    assert_eq!(
        reads.keys().collect::<Vec<_>>(),
        ["customer.order_id", "customer.plan"]
    );
    assert_eq!(reads["customer.order_id"], source.find("customer").unwrap());
    for source in [
        "Order {{ customer['order id'] | default('') }}",
        "{% if customer['order id'] is defined %}{{ customer['order id'] }}{% endif %}",
        "{% if customer.order_id %}{{ customer['order id'] }}{% endif %}",
        "{% if customer['Order ID'] %}{{ customer.order_id }}{% endif %}",
        "{{ customer['order id'] or 'none' }}",
        "{% set o = customer['order id'] %}{{ o | d('') }}",
    ] {
        assert!(guarded(source, "customer.order_id"), "{source}");
    }
    for source in [
        "{% if customer.plan %}{% endif %}{{ customer['order id'] }}",
        "{% set o = customer['order id'] %}{{ o }}",
        "{{ customer['order id'] | upper }}",
    ] {
        assert!(!guarded(source, "customer.order_id"), "{source}");
    }
    // A computed key is no field: T004 refuses it.
    assert!(unguarded("{{ customer[k] }}").unwrap().is_empty());
}

/// A variable set to a bare variable of the context is the template's own, not followed:
/// a group set so does not load (T004 refuses `{% set c = customer %}`), and text or a
/// list has no field to read. Only fields are followed (`a_set_variable_stands_for_its_value`).
#[test]
fn a_variable_set_to_a_bare_context_variable_is_the_templates_own() {
    for source in [
        "{% set r = route %}{{ r }} {{ r.x }}",
        "{% with t = triggers %}{{ t }}{% endwith %}",
    ] {
        let analysis = super::analyse(source).expect("parses");
        assert!(
            analysis.unguarded.is_empty(),
            "{source}: {:?}",
            analysis.unguarded
        );
        assert!(
            analysis
                .suspects
                .iter()
                .all(|s| !matches!(s.reads, super::suspects::Reads::Value { .. })),
            "{source}: {:?}",
            analysis.suspects
        );
    }
}
