//! A key's value written at the key's indentation: one error, with help, not two.

use std::path::PathBuf;

use crate::rules::load;
use crate::rules::validate::validate;

fn diagnostics(text: &str) -> Vec<crate::diag::Diagnostic> {
    let loaded = load::parse(vec![(PathBuf::from("r.yaml"), text.to_owned())]);
    match validate(loaded) {
        Ok(_) => panic!("expected errors for {text}"),
        Err((diagnostics, _)) => diagnostics,
    }
}

/// `when:` followed by `message:` at `when:`'s indentation gave "expected a condition
/// …, found nothing" and "unknown field `message`", unrelated as they read.
#[test]
fn a_condition_at_the_indentation_of_when_is_one_error() {
    let d = diagnostics(
        "version: 1
signals:
  - { id: s, phrases: [help] }
triggers:
  - id: t
    when:
    message: { role: customer, signal: s }
default_route:
team: x
",
    );
    let codes: Vec<_> = d.iter().map(|d| d.code.unwrap_or("-")).collect();
    assert_eq!(codes, ["S003", "S003"], "{d:?}");
    assert_eq!(d[0].location.as_ref().map(|l| l.line), Some(6));
    assert!(d[0].message.contains("found nothing"), "{}", d[0].message);
    assert_eq!(
        d[0].help,
        [
            "`message:` is at the indentation of `when:` above it, so YAML reads `when` as holding nothing and `message:` as a key beside it: indent `message:` further than `when:` to make it the value of `when`"
        ]
    );
    assert_eq!(d[1].location.as_ref().map(|l| l.line), Some(8));
    assert!(
        d[1].help
            .iter()
            .any(|h| h.starts_with("`team:` is at the indentation of `default_route:`")),
        "{:?}",
        d[1].help
    );
    // A known key below stays a key of its own.
    let d = diagnostics(
        "version: 1
signals:
  - id: s
    regex:
    phrases: [help]
",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].help.iter().all(|h| !h.contains("indentation of")),
        "{:?}",
        d[0].help
    );
}

/// `colour:` below `when: ~` or an empty `when:` is no condition, and a key of its own:
/// each gave the help to indent the key below, and lost its unknown field (`S002`).
#[test]
fn a_key_the_value_cannot_hold_is_no_indentation_mistake() {
    for (when, below) in [
        ("when: ~", "colour: red"),
        ("when:", "colour: red"),
        ("when:", "severty: high"),
    ] {
        let text = format!(
            "version: 1\nsignals:\n  - {{ id: s, phrases: [help] }}\ntriggers:\n  - id: t\n    {when}\n    {below}\n"
        );
        let d = diagnostics(&text);
        let codes: Vec<_> = d.iter().map(|d| d.code.unwrap_or("-")).collect();
        assert_eq!(codes, ["S003", "S002"], "{text}: {d:?}");
        assert_eq!(d[1].location.as_ref().map(|l| l.line), Some(7), "{text}");
        assert!(
            d.iter()
                .flat_map(|d| &d.help)
                .all(|h| !h.contains("indentation of")),
            "{text}: {d:?}"
        );
    }
    // A key the value may hold (a team's `bridges`, by trigger) is still one mistake.
    let d = diagnostics("version: 1\nteams:\n  - id: a\n    name: A\n    bridges:\n    t1: hi\n");
    let codes: Vec<_> = d.iter().map(|d| d.code.unwrap_or("-")).collect();
    assert_eq!(codes, ["S003"], "{d:?}");
    assert!(
        d[0].help
            .iter()
            .any(|h| h.starts_with("`t1:` is at the indentation of `bridges:`")),
        "{d:?}"
    );
}

/// A review found a misspelt condition below an empty `when:` (`mesage:`, `al:`) said as
/// the trigger's own unknown field, "expected one of id, description, …", where it had
/// the help to indent it: a condition meant, misspelt, is still one mistake with that
/// help.
#[test]
fn a_misspelt_condition_below_an_empty_when_keeps_the_help_to_indent_it() {
    for below in ["mesage: { role: customer, signal: s }", "al: []"] {
        let text = format!(
            "version: 1\nsignals:\n  - {{ id: s, phrases: [help] }}\ntriggers:\n  - id: t\n    when:\n    {below}\n"
        );
        let d = diagnostics(&text);
        let codes: Vec<_> = d.iter().map(|d| d.code.unwrap_or("-")).collect();
        assert_eq!(codes, ["S003"], "{text}: {d:?}");
        let key = below.split(':').next().unwrap();
        assert!(
            d[0].help
                .iter()
                .any(|h| h.starts_with(&format!("`{key}:` is at the indentation of `when:`"))),
            "{text}: {d:?}"
        );
    }
}

/// A review found the misspelling lost with the unknown-field error the help replaces:
/// indented as told, `messages:` was the next error. The help says the spelling too,
/// below `when:` and below `when: ~` alike.
#[test]
fn a_misspelt_key_below_is_said_with_its_spelling() {
    for when in ["when:", "when: ~"] {
        let text = format!(
            "version: 1\nsignals:\n  - {{ id: s, phrases: [help] }}\ntriggers:\n  - id: t\n    {when}\n    messages: {{ role: customer, signal: s }}\n"
        );
        let d = diagnostics(&text);
        let codes: Vec<_> = d.iter().map(|d| d.code.unwrap_or("-")).collect();
        assert_eq!(codes, ["S003"], "{text}: {d:?}");
        assert_eq!(d[0].help.len(), 2, "{d:?}");
        assert_eq!(
            d[0].help[1],
            "`messages:` is not a key of `when`: did you mean `message:`?"
        );
    }
}

/// `when: ~` with a condition below it at its indentation was two unrelated errors
/// (nothing found, and `message` an unknown field of the trigger), with no word of the
/// `~`: the condition is written beside the `~` rather than in its place, one mistake,
/// with help to delete the `~` and indent the condition.
#[test]
fn a_condition_beside_a_null_when_is_one_error_with_help() {
    for (nothing, below, help) in [
        (
            "~",
            "message: { role: customer, signal: s }",
            "`message:` is at the indentation of `when: ~` above it, so YAML reads `when` as holding nothing (`~`) and `message:` as a key beside it: to make it the value of `when`, delete `~` and indent `message:` further than `when:`",
        ),
        (
            "null # none",
            "seen: { signal: s }\n    message: { signal: s }",
            "`seen:` and `message:` are at the indentation of `when: null` above them, so YAML reads `when` as holding nothing (`null`) and `seen:` and `message:` as keys beside it: to make them the value of `when`, delete `null` and indent `seen:` and `message:` further than `when:`",
        ),
    ] {
        let text = format!(
            "version: 1\nsignals:\n  - {{ id: s, phrases: [help] }}\ntriggers:\n  - id: t\n    when: {nothing}\n    {below}\n"
        );
        let d = diagnostics(&text);
        let codes: Vec<_> = d.iter().map(|d| d.code.unwrap_or("-")).collect();
        assert_eq!(codes, ["S003"], "{text}: {d:?}");
        assert_eq!(
            d[0].location.as_ref().map(|l| (l.line, l.column)),
            Some((6, Some(11)))
        );
        assert_eq!(d[0].help, [help], "{text}");
    }
}

/// A review found `- not: ~` in a list of `all:`, with its condition below it at its
/// indentation, given no help, where `when: ~` had it: a condition spelt right beside
/// `not` is a key of the same condition mapping, with no error of its own to merge. The
/// un-nested `not: ~` and an empty `not:` had none either.
#[test]
fn a_condition_beside_a_null_not_is_one_error_with_help() {
    let nested = |not: &str, below: &str| {
        format!(
            "version: 1\nsignals:\n  - {{ id: s, phrases: [help] }}\ntriggers:\n  - id: t\n    when:\n      all:\n        - message: {{ signal: s }}\n        - {not}\n          {below}\n        - message: {{ signal: s }}\n"
        )
    };
    let top = |not: &str, below: &str| {
        format!(
            "version: 1\nsignals:\n  - {{ id: s, phrases: [help] }}\ntriggers:\n  - id: t\n    when:\n      {not}\n      {below}\n"
        )
    };
    for (text, at, help) in [
        (
            nested("not: ~", "message: { role: customer, signal: s }"),
            (9, 16),
            "`message:` is at the indentation of `not: ~` above it, so YAML reads `not` as holding nothing (`~`) and `message:` as a key beside it: to make it the value of `not`, delete `~` and indent `message:` further than `not:`",
        ),
        (
            nested("not: null", "meta: { field: tier, equals: gold }"),
            (9, 16),
            "`meta:` is at the indentation of `not: null` above it, so YAML reads `not` as holding nothing (`null`) and `meta:` as a key beside it: to make it the value of `not`, delete `null` and indent `meta:` further than `not:`",
        ),
        (
            top("not: ~", "message: { role: customer, signal: s }"),
            (7, 12),
            "`message:` is at the indentation of `not: ~` above it, so YAML reads `not` as holding nothing (`~`) and `message:` as a key beside it: to make it the value of `not`, delete `~` and indent `message:` further than `not:`",
        ),
        (
            top("not:", "seen: { signal: s }"),
            (7, 10),
            "`seen:` is at the indentation of `not:` above it, so YAML reads `not` as holding nothing and `seen:` as a key beside it: indent `seen:` further than `not:` to make it the value of `not`",
        ),
    ] {
        let d = diagnostics(&text);
        let codes: Vec<_> = d.iter().map(|d| d.code.unwrap_or("-")).collect();
        assert_eq!(codes, ["S003"], "{text}: {d:?}");
        assert_eq!(
            d[0].location.as_ref().map(|l| (l.line, l.column)),
            Some((at.0, Some(at.1))),
            "{text}"
        );
        assert_eq!(d[0].help, [help], "{text}");
    }
}

/// The next item of the list (`- message:`), a key that is no condition, or a condition
/// indented elsewhere, is not taken for the condition of `not: ~`.
#[test]
fn what_is_not_beside_a_null_not_gets_no_help() {
    for after in [
        "        - message: { signal: s }\n",
        "          colour: red\n",
        "            message: { signal: s }\n",
    ] {
        let text = format!(
            "version: 1\nsignals:\n  - {{ id: s, phrases: [help] }}\ntriggers:\n  - id: t\n    when:\n      all:\n        - not: ~\n{after}"
        );
        let loaded = load::parse(vec![(PathBuf::from("r.yaml"), text.clone())]);
        let d = match validate(loaded) {
            Ok(_) => Vec::new(),
            Err((d, _)) => d,
        };
        assert!(
            d.iter()
                .flat_map(|d| &d.help)
                .all(|h| !h.contains("indentation of `not")),
            "{text}: {d:?}"
        );
        assert!(!d.is_empty(), "{text}");
    }
}
