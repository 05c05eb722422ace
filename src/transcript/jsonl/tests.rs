//! The rows of JSONL objects: what makes one unusable.

use super::*;

fn row(text: &str, mapping: &ColumnMapping) -> JsonRow {
    let Node::Object(entries) = serde_json::from_str(text).unwrap() else {
        panic!("not an object")
    };
    let mut names = Names::default();
    let mut fields = Vec::new();
    for (key, node) in entries {
        flatten(&mut names, &key, node, &mut fields);
    }
    let mut row = JsonRow {
        line: 1,
        fields,
        mapped: [None; 4],
    };
    for (slot, column) in row.mapped.iter_mut().zip(mapped_columns(mapping)) {
        *slot = row.fields.iter().position(|f| &*f.name == column);
    }
    row
}

fn problem(text: &str) -> Option<String> {
    let mapping = ColumnMapping::default();
    let row = row(text, &mapping);
    row.problem(&mapping)
        .or_else(|| row.duplicate().map(|name| duplicate_message(text, name)))
}

#[test]
fn a_row_without_a_usable_field_has_a_problem() {
    assert_eq!(
        problem(r#"{"conversation_id": 1, "role": "user", "text": null, "x": [1]}"#),
        None
    );
    assert_eq!(
        problem(r#"{"conversation_id": "c1", "role": "customer", "body": "hi"}"#).unwrap(),
        "no `text` key"
    );
    assert_eq!(
        problem(r#"{"conversation_id": "c1"}"#).unwrap(),
        "no `role` or `text` key"
    );
    assert_eq!(
        problem(r#"{"conversation_id": "c1", "role": "user", "text": ["hi"]}"#).unwrap(),
        "`text` is an array, not a string, number or boolean"
    );
    assert_eq!(
        problem(r#"{"conversation_id": {"id": 1}, "role": "user", "text": "hi"}"#).unwrap(),
        "`conversation_id` is an object, not a string, number or boolean"
    );
    let mut mapping = ColumnMapping::default();
    mapping.set("text", "body").unwrap();
    mapping.set("timestamp", "at").unwrap();
    let text = r#"{"conversation_id": "c1", "role": "user", "text": "hi"}"#;
    assert_eq!(
        row(text, &mapping).problem(&mapping).unwrap(),
        "no `body` (the text) or `at` (the timestamp) key"
    );
}

#[test]
fn two_keys_for_one_field_are_a_problem() {
    assert_eq!(
        problem(r#"{"conversation_id": 1, "role": "user", "text": "a", "text": "b"}"#).unwrap(),
        "key `text` appears twice"
    );
    assert_eq!(
        problem(r#"{"conversation_id": 1, "role": "user", "text": "a", "Tier": 1, "tier": 2}"#)
            .unwrap(),
        "keys `Tier` and `tier` both name the field `tier`"
    );
    assert_eq!(
        problem(r#"{"conversation_id": 1, "role": "user", "text": "a", "customer": {"tier": 1}, "customer_tier": 2}"#)
            .unwrap(),
        "keys `customer.tier` and `customer_tier` both name the field `customer_tier`"
    );
}

#[test]
fn many_fields_are_checked_for_duplicates_too() {
    use std::fmt::Write as _;
    let mut text = String::from(r#"{"conversation_id": 1, "role": "user", "text": "a""#);
    for i in 0..60 {
        write!(text, r#", "k{i}": {i}"#).unwrap();
    }
    assert_eq!(problem(&format!("{text}}}")), None);
    text.push_str(r#", "K7": 1}"#);
    assert_eq!(
        problem(&text).unwrap(),
        "keys `k7` and `K7` both name the field `k7`"
    );
}
