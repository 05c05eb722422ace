//! Reading YAML: spans at the value, syntax errors with byte ranges, YAML 1.1 booleans
//! kept as strings, duplicate and unknown keys located, alias bombs and deep nesting
//! refused.

use super::*;

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Doc {
    name: Spanned<String>,
    #[serde(default)]
    flag: Option<String>,
}

#[test]
fn spans_point_at_the_value() {
    let doc: Doc = from_str("name: pricing\n").unwrap();
    let s = span(&doc.name, FileId(0));
    assert_eq!((s.line, s.column, s.start, s.end), (1, 7, 6, 13));
}

#[test]
fn syntax_errors_have_byte_ranges_at_their_line() {
    let text = "a: 1\nb: 'x' y\n";
    let err = from_str::<serde_json::Value>(text).unwrap_err();
    assert_eq!(err.line, 2);
    assert_eq!(
        &text[err.start..=err.start],
        &text[5 + err.column as usize - 1..][..1]
    );
}

#[test]
fn yaml_1_1_booleans_stay_strings() {
    let doc: Doc = from_str("name: x\nflag: no\n").unwrap();
    assert_eq!(doc.flag.as_deref(), Some("no"));
}

#[test]
fn duplicate_keys_are_errors_with_location() {
    let err = from_str::<Doc>("name: a\nname: b\n").unwrap_err();
    assert_eq!(err.message, "duplicate mapping key: name");
    assert_eq!((err.line, err.column), (2, 1));
}

#[test]
fn unknown_fields_are_errors_with_location() {
    let err = from_str::<Doc>("name: a\nflg: b\n").unwrap_err();
    assert!(
        err.message.contains("unknown field `flg`"),
        "{}",
        err.message
    );
    assert_eq!((err.line, err.column), (2, 1));
}

#[test]
fn alias_bombs_are_refused() {
    use std::fmt::Write as _;
    let mut yaml = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let p = i - 1;
        let refs = vec![format!("*a{p}"); 10].join(", ");
        writeln!(yaml, "a{i}: &a{i} [{refs}]").unwrap();
    }
    yaml.push_str("name: x\n");
    assert!(from_str::<serde_json::Value>(&yaml).is_err());
}

#[test]
fn deep_nesting_is_refused() {
    let yaml = format!("{}x{}", "[".repeat(200), "]".repeat(200));
    assert!(from_str::<serde_json::Value>(&yaml).is_err());
}

/// A collection where one text belongs said a bare "expected text": it says what the
/// key takes and what was found, or, for an item of a list, what was found.
#[test]
fn a_collection_where_text_belongs_says_what_was_found() {
    for (text, message, at) in [
        (
            "name: [a]\n",
            "`name` takes one name, written as text; found a list",
            (1, 7),
        ),
        (
            "name:\n  k: v\n",
            "`name` takes one name, written as text; found a mapping",
            (2, 3),
        ),
    ] {
        let err = from_str::<Doc>(text).unwrap_err();
        assert_eq!(err.message, message, "{text}");
        assert_eq!((err.line, err.column), at, "{text}");
    }
    let err = from_str::<Vec<String>>("[a, [b]]\n").unwrap_err();
    assert_eq!(err.message, "expected text, found a list");
    assert_eq!((err.line, err.column), (1, 5));
}
