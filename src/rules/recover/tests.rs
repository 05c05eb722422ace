//! Recovery from rule files that do not parse: every bad item reported, the good ones
//! validated, references to what did not parse held back; unknown keys in
//! `tests/unknown_keys.rs`.

use std::path::PathBuf;

use crate::rules::Parts;
use crate::rules::load;
use crate::rules::validate::validate;

use super::unparsed::Unread;
use super::*;

mod needed_keys;
mod one_run;
mod under_indented;
mod unknown_keys;

/// Every diagnostic for `text` after loading and validating: (code, line, column, message).
fn diagnose(text: &str) -> Vec<(&'static str, u32, u32, String)> {
    let loaded = load::parse(vec![(PathBuf::from("r.yaml"), text.to_owned())]);
    let Err((diagnostics, _)) = validate(loaded) else {
        panic!("expected errors for {text}")
    };
    diagnostics
        .iter()
        .map(|d| {
            let loc = d.location.as_ref().expect("located");
            (
                d.code.unwrap_or("-"),
                loc.line,
                loc.column.unwrap_or(0),
                d.message.clone(),
            )
        })
        .collect()
}

fn at(diagnostics: &[(&'static str, u32, u32, String)]) -> Vec<(&'static str, u32, u32)> {
    diagnostics
        .iter()
        .map(|(c, l, col, _)| (*c, *l, *col))
        .collect()
}

/// The task's example: serde stopped at `bogus`, hiding `priority` and the unknown signal.
/// The items that did not parse are checked beside their errors too: their `signal:
/// frustration` (no signal of that id is defined) is unknown in the same run.
#[test]
fn every_bad_item_is_reported_and_the_good_ones_are_validated() {
    let d = diagnose(
        "version: 1
triggers:
  - id: one
    when: { message: { signal: frustration } }
    bogus: 1
  - id: two
    when: { message: { signal: frustration } }
    priority: banana
  - id: three
    when: { message: { signal: angyr } }
",
    );
    assert_eq!(
        at(&d),
        [
            ("R001", 4, 32),
            ("S002", 5, 5),
            ("R001", 7, 32),
            ("S002", 8, 5),
            ("R001", 10, 32)
        ],
        "{d:#?}"
    );
    assert_eq!(
        d[1].3,
        "unknown field `bogus`, expected one of id, description, reason, severity, when"
    );
}

#[test]
fn errors_in_every_section_are_reported_in_file_order() {
    let d = diagnose(
        r#"version: "1"
signals:
  - id: a
    phrases: [x]
    threshold: two
  - id: b
    phrases: [y]
triggers:
  - id: t
    severity: urgent
    when: { message: { signal: b } }
routes:
  - id: r
    when: { trigger: t }
default_route: { team: front, extra: 1 }
teams:
  - id: front
    nmae: Front
templates:
  - id: tpl
tags: [x]
"#,
    );
    assert_eq!(
        at(&d),
        [
            ("S003", 1, 10),
            ("S003", 5, 16),
            ("S002", 10, 15),
            ("S004", 13, 5),
            ("S002", 15, 31),
            ("S002", 18, 5),
            ("S004", 20, 5),
            ("S002", 21, 1),
        ],
        "{d:#?}"
    );
    assert!(
        d[7].3
            .starts_with("unknown field `tags`, expected one of version, signals")
    );
}

/// A whole-file parse and a piece-by-piece one say the same: the same fields listed, the
/// same words for a duplicate key and a missing version.
#[test]
fn pieces_say_what_the_whole_file_says() {
    let whole = |text: &str| yaml::from_str::<RawRuleFile>(text).unwrap_err();
    let pieces = |text: &str| parse(text).errors;
    for text in [
        "version: 1\nbogus: 1\n",
        "version: 1\nversion: 1\n",
        "signals: []\n",
        "# a comment\n\nsignals: []\n",
        "version: 1\ndefault_route: { team: 1, x: 2 }\n",
    ] {
        let (whole, pieces) = (whole(text), pieces(text));
        assert_eq!(pieces.as_slice(), [whole], "{text}");
    }
}

#[test]
fn references_to_definitions_that_did_not_parse_are_not_unknown_too() {
    let d = diagnose(
        "version: 1
signals:
  - id: s
    phrases: [x]
    wieght: 2
triggers:
  - id: t
    severity: urgent
    when: { message: { signal: s } }
  - id: u
    when: { message: { signal: s } }
routes:
  - { id: r, when: { trigger: t }, team: a }
default_route: { team: a }
teams:
  - id: a
    name: A
    bridge_template: tpl
    bridges: { t: hello }
templates:
  - { id: tpl, txt: x }
",
    );
    assert_eq!(
        at(&d),
        [("S002", 5, 5), ("S002", 8, 15), ("S002", 21, 16)],
        "{d:#?}"
    );
}

#[test]
fn a_syntax_error_anywhere_is_the_file_s_one_error() {
    let d = diagnose("version: 1\nsignals:\n  - id: a\n    bogus: 1\n  - [b\n");
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].0, "S001");
}

#[test]
fn aliases_across_items_give_the_first_error_only() {
    let d = diagnose(
        "version: 1
teams:
  - &a { id: a, name: A, bogus: 1 }
  - { id: b, name: B, bridge: *a, other: 2 }
",
    );
    assert_eq!(at(&d), [("S002", 3, 26)], "{d:#?}");
}

#[test]
fn a_file_that_parses_whole_is_parsed_once_and_kept() {
    let parsed = parse("version: 1\nsignals:\n  - { id: a, phrases: [x] }\n");
    assert!(parsed.errors.is_empty());
    assert_eq!(parsed.file.unwrap().signals.len(), 1);
}

/// Items of a flow list share a line: each is placed by its column, not padded to it.
#[test]
fn items_of_a_flow_list_are_placed_on_their_line() {
    let d = diagnose(
        "version: 1\nteams: [{ id: a, nme: A }, { id: é, name: B, x: 1 },\n  { id: c, name: C, y: 2 }]\n",
    );
    assert_eq!(
        at(&d),
        [("S002", 2, 18), ("S002", 2, 46), ("S002", 3, 21)],
        "{d:#?}"
    );
}

fn unread(text: &str) -> Unread {
    Unread {
        parts: Parts::ALL,
        path: PathBuf::from("b.yaml"),
        text: Some(text.to_owned()),
    }
}

#[test]
fn a_text_may_define_the_names_it_writes_whole() {
    let text =
        unread("teams:\n  - { id: support, name: \"Billing\" }\n  - id: 'sales-eu'\n  - [x.y\n");
    for name in ["support", "Billing", "sales-eu", "x.y", "teams", "id"] {
        assert!(text.may_define(name), "{name}");
    }
    for name in ["suport", "sup", "sales", "eu", "x", "billing"] {
        assert!(!text.may_define(name), "{name}");
    }
    // A name with a space or a quote: where each of its words is written (folded lines,
    // quotes), or the text has a `\`; not where a word is not (`team: 5x y` was never
    // reported while a team's id was unreadable).
    assert!(text.may_define("support Billing"));
    assert!(unread("id: it''s").may_define("it's"));
    assert!(unread("id: \"a\\tb\"").may_define("a b"));
    assert!(!text.may_define("two words"));
    assert!(!text.may_define("5x y"));
    assert!(!text.may_define("it's"));
    assert!(text.may_define("!!"));
    // Spelt another way than it is written: always "may".
    assert!(unread("id: \"sup\\u0070ort\"").may_define("support"));
    assert!(unread("id: \"sup\\\n  port\"").may_define("support"));
    assert!(unread("id: !!binary c3VwcG9ydA==").may_define("support"));
}

/// Regression: while one rule file did not parse at all, a misspelt reference in another
/// was not reported (any unknown name might have been defined in the broken file). It
/// is reported when the broken file does not write the name, and says so; a name it
/// writes is still held back.
#[test]
fn a_name_no_broken_file_writes_is_unknown() {
    let loaded = load::parse(vec![
        (
            PathBuf::from("a.yaml"),
            "version: 1
signals:
  - { id: angry, phrases: [furious] }
triggers:
  - { id: mad, when: { message: { signal: angry } } }
routes:
  - { id: r1, when: { trigger: mad }, team: suport }
  - { id: r2, when: { trigger: mad }, team: billing }
  - { id: r3, when: { trigger: madd }, team: billing }
"
            .to_owned(),
        ),
        (
            PathBuf::from("b.yaml"),
            "version: 1\nteams:\n  - { id: support, name: S }\n  - { id: billing, name: \"B\n"
                .to_owned(),
        ),
    ]);
    let Err((diagnostics, _)) = validate(loaded) else {
        panic!("expected errors")
    };
    let found: Vec<_> = diagnostics
        .iter()
        .map(|d| {
            let at = d.location.as_ref().unwrap();
            (d.code.unwrap(), at.path.display().to_string(), at.line)
        })
        .collect();
    assert_eq!(
        found,
        [
            ("R003", "a.yaml".to_owned(), 7),
            ("R002", "a.yaml".to_owned(), 9),
            ("S001", "b.yaml".to_owned(), 4),
        ],
        "{diagnostics:#?}"
    );
    assert_eq!(
        diagnostics[0].help,
        [
            "`suport` is not written in what did not parse of b.yaml, so it is not defined there either (did you mean `support`, which it writes?)"
        ]
    );
    // A trigger: the broken file may define any kind; a "did you mean" comes first.
    assert_eq!(diagnostics[1].help.len(), 2, "{:?}", diagnostics[1].help);
    assert_eq!(diagnostics[1].help[0], "did you mean `mad`?");
}

/// An item without a readable id may define what it writes, and only that.
#[test]
fn an_item_without_an_id_may_define_only_what_it_writes() {
    let d = diagnose(
        "version: 1
signals:
  - { id: s, phrases: [x] }
triggers:
  - { id: t, when: { message: { signal: s } } }
teams:
  - { name: Support, id: [support] }
routes:
  - { id: a, when: { trigger: t }, team: support }
  - { id: b, when: { trigger: t }, team: sales }
",
    );
    let codes: Vec<_> = d.iter().map(|(c, l, _, _)| (*c, *l)).collect();
    assert_eq!(codes, [("S003", 7), ("R003", 10)], "{d:#?}");
}

/// A route's `trigger: refund-requst` got R002 without the "did you
/// mean `refund-request`?" it got once the trigger's own schema error was fixed.
#[test]
fn did_you_mean_draws_on_ids_that_did_not_parse() {
    let text = "version: 1
signals:
  - { id: refund, phrases: [refund] }
triggers:
  - { id: refund-request, severity: urgent, when: { message: { signal: refund } } }
routes:
  - { id: r, when: { trigger: refund-requst }, team: billing }
teams:
  - { id: billing, name: Billing }
";
    let loaded = load::parse(vec![(PathBuf::from("r.yaml"), text.to_owned())]);
    let Err((diagnostics, _)) = validate(loaded) else {
        panic!("expected errors")
    };
    let r002 = diagnostics
        .iter()
        .find(|d| d.code == Some("R002"))
        .expect("R002");
    assert!(
        r002.help
            .iter()
            .any(|h| h == "did you mean `refund-request`?"),
        "{:?}",
        r002.help
    );
}

/// With `at_least: .nan` an item gave one error, `severity: huge` at
/// its key, and its other wrong values went unreported (the parser refused `.nan` while
/// skipping it, in every read of the item). `.nan`, `.inf` and `1e400` are each one more
/// error at the value, beside the others.
#[test]
fn a_non_finite_number_hides_no_other_error() {
    for number in [".nan", ".inf", "-.inf", "1e400"] {
        let d = diagnose(&format!(
            "version: 1
triggers:
  - id: b
    severity: huge
    when:
      all:
        - counter: {{ name: turn, at_least: {number} }}
        - meta: {{ field: x, gte: \"5\" }}
        - counter: {{ name: turnn, at_least: 1 }}
"
        ));
        assert_eq!(
            at(&d),
            [
                ("S002", 4, 15),
                ("S003", 7, 44),
                ("S003", 8, 34),
                ("S002", 9, 28)
            ],
            "{number}: {d:?}"
        );
        assert_eq!(
            d[1].3,
            format!("expected a finite number, found `{number}`"),
            "{number}"
        );
    }
}
