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
