//! Values a conversation lacks, on the direct path: an absent description or time is
//! undefined in both paths, an undefined value is left to the engine, and a variable
//! set from one fails only where it is written unguarded.

use super::*;

/// An absent description or time rendered as an empty string; they
/// are undefined, in both paths, and the error names what the conversation lacks.
#[test]
fn an_absent_description_or_time_is_undefined() {
    let bare = Given {
        description: None,
        time: None,
    };
    let metadata = metadata(&[("name", "Ana Lima")]);
    for source in [
        "About {{ trigger.description }}.",
        "At {{ conversation.time }}.",
    ] {
        let (plan, engine, direct) = both_given(source, &metadata, None, None, &bare);
        assert!(plan.is_some());
        assert_eq!(direct, None, "{source}");
        let err = engine.unwrap_err();
        assert!(err.starts_with("undefined variable `"), "{err}");
        assert!(
            err.contains("`trigger.description` (trigger `billing-issue` has none)")
                || err.contains("`conversation.time` (the message has no timestamp)"),
            "{err}"
        );
    }
    let guarded = "{{ trigger.description | default(\"a billing question\") }}\
                   {% if conversation.time is defined %} at {{ conversation.time }}{% endif %}";
    let (plan, engine, direct) = both_given(guarded, &metadata, None, None, &bare);
    assert!(plan.is_some());
    assert_eq!(direct.as_deref(), Some("a billing question"));
    assert_eq!(engine.as_deref(), Ok("a billing question"));
}

#[test]
fn an_undefined_value_is_left_to_the_engine() {
    let (plan, engine, direct) = both("{{ customer.company }}", &metadata(&[]), None, None);
    assert!(plan.is_some());
    assert_eq!(direct, None);
    assert!(engine.unwrap_err().contains("undefined"));
}

/// What `lint` takes as guarded through a `{% set %}` renders, and what it does not take
/// as guarded fails, for a conversation without the value: keeping an undefined value
/// in a variable fails nothing; writing it does.
#[test]
fn a_set_variable_fails_where_it_is_written_unguarded() {
    let metadata = metadata(&[("name", "Ana Lima")]);
    for (source, renders) in [
        ("{% set c = customer.company %}Hi", true),
        (
            "{% set c = customer.company %}Hi {{ c | default('there') }}",
            true,
        ),
        (
            "{% set c = customer.company %}{% if c %}{{ c }}{% endif %}Hi",
            true,
        ),
        (
            "{% set c = customer.company | default('there') %}Hi {{ c }}",
            true,
        ),
        ("{% set c = customer.company %}Hi {{ c }}", false),
    ] {
        let (_, engine, _) = both(source, &metadata, None, None);
        assert_eq!(engine.is_ok(), renders, "{source}: {engine:?}");
        assert_eq!(
            crate::rules::guarded(source, "company"),
            renders,
            "{source}"
        );
    }
}
