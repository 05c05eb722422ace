//! The tests of `one_value.rs`: a key given one value, and `equals` given a list.
use crate::yaml::{YamlErrorKind, from_str};

#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)]
struct Doc {
    default_route: Option<Route>,
    other: Option<Route>,
    message: Option<Route>,
}

#[derive(Debug, serde::Deserialize)]
#[allow(dead_code)]
struct Route {
    team: String,
}

fn error(text: &str) -> (String, Vec<String>) {
    let err = from_str::<Doc>(text).unwrap_err();
    assert_eq!(err.kind, YamlErrorKind::WrongType, "{err:?}");
    (err.message, err.help)
}

/// `default_route: sales` said "expected a mapping (`key: value`)", no more.
#[test]
fn one_value_where_a_mapping_belongs_says_what_to_write() {
    for (text, found, help) in [
        (
            "default_route: sales\n",
            "`sales`",
            "`default_route` names its team in a mapping: write `default_route: { team: sales }`",
        ),
        (
            "default_route: \"sales team\" # the default\n",
            "`\"sales team\"`",
            "`default_route` names its team in a mapping: write `default_route: { team: \"sales team\" }`",
        ),
        (
            "message: too expensive\n",
            "`too expensive`",
            "a `message` condition lists its phrases (or names a `signal:`) in a mapping: write `message: { phrases: [too expensive] }`",
        ),
        (
            "{ other: 5, message: { team: a } }\n",
            "`5`",
            "`other` takes a mapping: write its entries as `other: { name: value }`, or below it, each on its own line as `name: value`, indented further than `other:`",
        ),
    ] {
        let (message, helps) = error(text);
        assert_eq!(
            message,
            format!("expected a mapping (`key: value`), found {found}"),
            "{text}"
        );
        assert_eq!(helps, [help], "{text}");
    }
}

/// Review: a value over several lines was quoted by its first line ("found
/// \`front\`"): a plain one is quoted whole, as YAML reads it; a block of text is
/// said to be one, by its first line.
#[test]
fn a_value_over_several_lines_is_quoted_as_what_it_is() {
    let (message, helps) = error("default_route: front\n  line\nother: { team: a }\n");
    assert_eq!(
        message,
        "expected a mapping (`key: value`), found `front line` (a plain value over several lines)"
    );
    assert_eq!(
        helps,
        [
            "`default_route` names its team in a mapping: write `default_route: { team: front line }`"
        ]
    );
    let (message, _) = error("default_route:\n  front\n\n  line # x\nother: { team: a }\n");
    assert!(
        message.ends_with("found `front line` (a plain value over several lines)"),
        "{message}"
    );
    for (indicator, text) in [
        (
            "|",
            "default_route: |\n  front\n  line\n\n\nother: { team: a }\n",
        ),
        (">-", "default_route: >- # folded\n  front\n  line\n"),
    ] {
        let err = from_str::<Doc>(text).unwrap_err();
        assert_eq!(
            err.message,
            format!(
                "expected a mapping (`key: value`), found a block of text (`{indicator}`) starting `front`…"
            ),
            "{text}"
        );
        assert!(
            err.help[0].starts_with(&format!("`{indicator}` starts a block of text")),
            "{text}"
        );
        // The underline stops at `line`, not over the blank lines after it.
        assert_eq!(&text[err.start..err.end], "front\n  line", "{text}");
    }
}

/// A list, nothing, an alias or a tag where a mapping belongs is not one value.
#[test]
fn what_is_not_one_value_is_left_as_it_was() {
    for text in [
        "default_route: [a]\n",
        "default_route: ~\n",
        "default_route:\n",
        "default_route: !!str a\n",
    ] {
        // (Nothing is the key left out, for this `Option`.)
        if let Err(err) = from_str::<Doc>(text) {
            assert!(
                !err.message
                    .starts_with("expected a mapping (`key: value`), found `"),
                "{text}: {}",
                err.message
            );
            assert!(
                err.help.iter().all(|h| !h.contains("takes a mapping")),
                "{text}"
            );
        }
    }
}

/// `equals: [gold, silver]` said "expected a single value …, not a list or mapping,
/// found a list", with no word of `in:`, which takes the list.
#[test]
fn a_list_for_equals_is_told_to_be_in() {
    use crate::rules::schema::RawMetaCondition;
    for (text, help) in [
        (
            "{ field: tier, equals: [gold, silver] }\n",
            "`equals` tests one value; to test for any of several, write `in: [gold, silver]` in its place",
        ),
        (
            "field: tier\nequals:\n  - gold\n  - silver\n",
            "`equals` tests one value; to test for any of several, write `in: [A, B]` in its place",
        ),
    ] {
        let err = from_str::<RawMetaCondition>(text).unwrap_err();
        assert_eq!(
            err.message, "expected a single value (text, a number, true or false), found a list",
            "{text}"
        );
        assert_eq!(err.help, [help], "{text}");
    }
    let err = from_str::<RawMetaCondition>("{ field: tier, equals: { a: 1 } }\n").unwrap_err();
    assert!(err.message.ends_with("found a mapping"), "{}", err.message);
    assert!(err.help.is_empty(), "{:?}", err.help);
}
