//! JSON values as transcript rows need them: a line's text → a [`Node`], whose objects
//! keep every key (`serde_json`'s `Value` keeps the last of two) and whose numbers keep
//! the text written. Flattening them into a row's entries is [`super::flat`]'s.

use std::fmt;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;
use serde_json::value::RawValue;

/// A JSON value as a row needs it. Unlike `serde_json::Value`, whose objects keep the
/// last of two equal keys and silently drop the first, an object keeps every entry, so a
/// key written twice is found. Entries are in the order written, so metadata keeps the
/// file's key order (CSV metadata keeps its column order). A number in an object is its
/// text as written (`1.50`, `1e20`, digits past any float's precision).
pub(super) enum Node {
    /// A string, number, boolean (as text) or null (empty).
    Value(String),
    /// A number read as a float, whose text may not be the one written (`1.50` is
    /// `1.5`; `98765432109876543210` and `…211` are both `9.876543210987654e19`):
    /// [`parse_object`] reads its line again for the text written.
    Inexact(String),
    /// An array, as JSON text.
    Array(String),
    Object(Vec<(String, Node)>),
}

impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Node, E> {
        Ok(Node::Value(v.to_string()))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Value(v.to_string()))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Value(v.to_string()))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        // As `Value` writes it (`1.5`, `1e20`).
        Ok(Node::Inexact(
            serde_json::Number::from_f64(v).map_or_else(|| v.to_string(), |n| n.to_string()),
        ))
    }

    fn visit_str<E>(self, v: &str) -> Result<Node, E> {
        Ok(Node::Value(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Node, E> {
        Ok(Node::Value(v))
    }

    fn visit_unit<E>(self) -> Result<Node, E> {
        Ok(Node::Value(String::new()))
    }

    fn visit_none<E>(self) -> Result<Node, E> {
        Ok(Node::Value(String::new()))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Value>()? {
            items.push(item);
        }
        Ok(Node::Array(Value::Array(items).to_string()))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Node, A::Error> {
        let mut entries: Vec<(String, Node)> = Vec::with_capacity(map.size_hint().unwrap_or(8));
        while let Some(entry) = map.next_entry::<String, Node>()? {
            entries.push(entry);
        }
        Ok(Node::Object(entries))
    }
}

/// A JSON text (a line) as a [`Node`], every number in its objects as written
/// (`98765432109876543210` and `…211` stay two conversation ids, `1.50` stays `1.50`).
/// An object is read once, each value taken as its JSON text ([`Exact`]): a number is
/// that text, a string without escapes a slice of it, so that no value is parsed twice.
/// What that reading refuses (or cannot place on the line: a number out of range, an
/// escape that is no character) is read as before, whole and then again for its
/// numbers, which says the error where it is.
pub(super) fn parse_object(text: &str) -> serde_json::Result<Node> {
    if text.starts_with('{')
        && let Ok(exact) = serde_json::from_str::<Exact>(text)
    {
        return Ok(exact.0);
    }
    let node = serde_json::from_str::<Node>(text)?;
    if node.inexact() {
        serde_json::from_str::<Exact>(text).map(|exact| exact.0)
    } else {
        Ok(node)
    }
}

impl Node {
    fn inexact(&self) -> bool {
        match self {
            Node::Inexact(_) => true,
            Node::Object(entries) => entries.iter().any(|(_, node)| node.inexact()),
            Node::Value(_) | Node::Array(_) => false,
        }
    }
}

/// An object read with each value taken as its JSON text first: a number keeps the
/// digits written.
struct Exact(Node);

impl<'de> Deserialize<'de> for Exact {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(ExactVisitor)
    }
}

struct ExactVisitor;

impl<'de> Visitor<'de> for ExactVisitor {
    type Value = Exact;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Exact, A::Error> {
        let mut entries: Vec<(String, Node)> = Vec::with_capacity(map.size_hint().unwrap_or(8));
        while let Some((key, raw)) = map.next_entry::<String, &'de RawValue>()? {
            entries.push((key, from_raw(raw).map_err(serde::de::Error::custom)?));
        }
        Ok(Exact(Node::Object(entries)))
    }
}

/// A value from its JSON text (already checked to be JSON): a number as written (one
/// out of a float's range is refused, as a whole reading refuses it), a string without
/// escapes or control characters as it stands, `true`, `false` and `null` as [`Node`]
/// reads them, an object as [`Exact`] reads it, the rest (arrays, escaped strings) as
/// [`Node`] does.
fn from_raw(raw: &RawValue) -> serde_json::Result<Node> {
    let text = raw.get();
    match text.as_bytes().first() {
        Some(b'-' | b'0'..=b'9') => {
            let float = text.len() > 19 || text.bytes().any(|b| matches!(b, b'.' | b'e' | b'E'));
            if float && !text.parse::<f64>().is_ok_and(f64::is_finite) {
                return Err(serde::de::Error::custom("number out of range"));
            }
            Ok(Node::Value(text.to_owned()))
        }
        Some(b'"') => {
            let inner = &text[1..text.len() - 1];
            if inner.bytes().any(|b| b == b'\\' || b < 0x20) {
                serde_json::from_str(text)
            } else {
                Ok(Node::Value(inner.to_owned()))
            }
        }
        Some(b't') if text == "true" => Ok(Node::Value(text.to_owned())),
        Some(b'f') if text == "false" => Ok(Node::Value(text.to_owned())),
        Some(b'n') if text == "null" => Ok(Node::Value(String::new())),
        Some(b'{') => serde_json::from_str::<Exact>(text).map(|exact| exact.0),
        _ => serde_json::from_str(text),
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn node(text: &str) -> Node {
        serde_json::from_str(text).unwrap()
    }

    #[test]
    fn values_read_as_serde_json_writes_them() {
        for (json, text) in [
            ("1.5", "1.5"),
            ("1e20", "1e+20"),
            ("-3", "-3"),
            ("18446744073709551615", "18446744073709551615"),
            ("123456789012345678901234567890", "1.2345678901234568e+29"),
            ("true", "true"),
            ("null", ""),
            ("\"a\\\"b\"", "a\"b"),
        ] {
            let (Node::Value(got) | Node::Inexact(got)) = node(json) else {
                panic!("{json}: not a value")
            };
            let expected = serde_json::from_str::<Value>(json).unwrap();
            let expected = match expected {
                Value::String(s) => s,
                Value::Null => String::new(),
                other => other.to_string(),
            };
            assert_eq!(got, expected, "{json}");
            assert_eq!(got, text, "{json}");
        }
        let Node::Array(array) = node("[1, {\"b\": 2, \"a\": [null]}]") else {
            panic!("not an array")
        };
        assert_eq!(array, r#"[1,{"a":[null],"b":2}]"#);
    }

    /// How lines were read before they were read once: whole, then again for their
    /// numbers when one was a float.
    fn read_twice(text: &str) -> serde_json::Result<Node> {
        let node = serde_json::from_str::<Node>(text)?;
        if node.inexact() {
            serde_json::from_str::<Exact>(text).map(|exact| exact.0)
        } else {
            Ok(node)
        }
    }

    fn shown(node: serde_json::Result<Node>) -> String {
        fn walk(node: &Node) -> String {
            match node {
                Node::Value(v) => format!("V({v})"),
                Node::Inexact(v) => format!("I({v})"),
                Node::Array(v) => format!("A({v})"),
                Node::Object(entries) => entries
                    .iter()
                    .map(|(k, n)| format!("{k}={}", walk(n)))
                    .collect::<Vec<_>>()
                    .join(";"),
            }
        }
        match node {
            Ok(node) => walk(&node),
            Err(e) => format!("error: {e}"),
        }
    }

    /// A line holding a decimal number was parsed twice (and its values once
    /// more). It is read once now, with the same values, and the same errors at the
    /// same places as before.
    #[test]
    fn a_line_read_once_reads_as_it_did_twice() {
        for line in [
            r#"{"conversation_id": "c1", "role": "customer", "text": "hi", "tier": "pro"}"#,
            r#"{"id": 1, "score": 87.50, "big": 98765432109876543210, "neg": -0, "e": 1E5}"#,
            r#"{"s": "a\"b\u00e9\n", "t": true, "f": false, "n": null, "u": "café 你"}"#,
            r#"{"a": [1.50, {"x": 2}], "o": {"p": 1.0, "q": {"r": "s"}}, "empty": {}, "arr": []}"#,
            r#"{"id": 1, "id": 2.5, "ID": "x"}"#,
            "{\"ws\" :  1.25 , \"k\":\t\"v\" }",
            // Errors: each said as it was, where it was.
            r#"{"big": 1e400, "id": "a"}"#,
            r#"{"id": "a", "big": -1e999}"#,
            "{\"ctl\": \"a\u{1}b\"}",
            r#"{"bad": "\q"}"#,
            r#"{"lone": "\ud800", "n": 1.5}"#,
            r#"{"id": "a", "n": 1.5} trailing"#,
            r#"{"id": "a", "n": 1.5,}"#,
            r#"{"id": "a""#,
            r#"{"n": 01}"#,
            r#"["not", "an", "object"]"#,
            r#""text""#,
        ] {
            assert_eq!(shown(parse_object(line)), shown(read_twice(line)), "{line}");
        }
    }
}
