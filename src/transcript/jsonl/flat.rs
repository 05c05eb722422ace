//! Flattening a JSON object into a row's entries: [`Node`]s → one [`Entry`] per key (nested
//! keys joined with `_`), each with its normalised name, interned ([`Names`]), and what it
//! held ([`Kind`]); and, off the common path, the keys as written that a name came from
//! and a value of a line that is not UTF-8. Parses nothing itself ([`super::node`] does).

use std::collections::HashMap;
use std::sync::Arc;

use super::super::normalize_field;
use super::node::{Node, parse_object};

/// What a flattened key held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    /// A string, number, boolean or null: its text.
    Value,
    /// An array, as JSON text.
    Array,
    /// An object: no value of its own (its keys follow, flattened).
    Object,
    /// A string, number, boolean, null or array of an ignored column: not read.
    Ignored,
}

pub(super) struct Entry {
    /// The normalised name; one `Arc` per name, so equal names are the same pointer.
    pub(super) name: Arc<str>,
    pub(super) value: String,
    pub(super) kind: Kind,
}

/// Normalised names, interned: raw key → name, and one `Arc` for each distinct name, so
/// that keys normalising alike (`Tier`, `tier`) share it. A file uses a handful of keys:
/// after its first lines, a key costs one lookup and no allocation.
#[derive(Default)]
pub(super) struct Names {
    keys: HashMap<String, Arc<str>>,
    interned: HashMap<String, Arc<str>>,
}

impl Names {
    pub(super) fn of(&mut self, key: &str) -> Arc<str> {
        if let Some(name) = self.keys.get(key) {
            return Arc::clone(name);
        }
        let normal = normalize_field(key);
        let name = Arc::clone(
            self.interned
                .entry(normal)
                .or_insert_with_key(|n| Arc::from(n.as_str())),
        );
        self.keys.insert(key.to_owned(), Arc::clone(&name));
        name
    }

    /// Every name so far (the file's keys, and the mapping's names looked up before its
    /// first line), each with the first key written for it (by key, for the same answer
    /// whatever the hash order).
    pub(super) fn written(&self) -> std::collections::BTreeMap<String, String> {
        let mut keys: Vec<(&String, &Arc<str>)> = self.keys.iter().collect();
        keys.sort();
        let mut out = std::collections::BTreeMap::new();
        for (key, name) in keys {
            out.entry(name.to_string()).or_insert_with(|| key.clone());
        }
        out
    }
}

pub(super) fn flatten(names: &mut Names, key: &str, node: Node, out: &mut Vec<Entry>) {
    let (value, kind) = match node {
        Node::Value(text) | Node::Inexact(text) => (text, Kind::Value),
        Node::Array(text) => (text, Kind::Array),
        Node::Object(entries) => {
            // The object's own name is kept, valueless, so that a mapped field holding
            // an object is told apart from a missing one, and `"a": {}` beside `"A": 1`
            // is a duplicate.
            push(out, names.of(key), String::new(), Kind::Object);
            for (inner, node) in entries {
                flatten(names, &format!("{key}_{inner}"), node, out);
            }
            return;
        }
    };
    push(out, names.of(key), value, kind);
}

fn push(out: &mut Vec<Entry>, name: Arc<str>, value: String, kind: Kind) {
    if !name.is_empty() {
        out.push(Entry { name, value, kind });
    }
}

/// The keys of the object on `line` whose normalised name is `name`, as written (nested
/// ones as `outer.inner`): for the message about a duplicate, so off the common path.
pub(super) fn raw_keys(line: &str, name: &str) -> Vec<String> {
    fn walk(
        prefix: Option<(&str, &str)>,
        entries: Vec<(String, Node)>,
        name: &str,
        out: &mut Vec<String>,
    ) {
        for (key, node) in entries {
            let (flat, shown) = match prefix {
                Some((flat, shown)) => (format!("{flat}_{key}"), format!("{shown}.{key}")),
                None => (key.clone(), key),
            };
            if normalize_field(&flat) == name {
                out.push(shown.clone());
            }
            if let Node::Object(inner) = node {
                walk(Some((&flat, &shown)), inner, name, out);
            }
        }
    }
    let mut out = Vec::new();
    if let Ok(Node::Object(entries)) = parse_object(line) {
        walk(None, entries, name, &mut out);
    }
    out
}

/// Entry `at` of the object on a line that is not UTF-8 (`bytes`), with each invalid
/// byte written `\xNN`, as a conversation id keeps it (read lossily, `caf\xE9` and
/// `caf\xE8` would both be `caf�`). `None` if the line reads otherwise escaped (an
/// invalid byte outside a string).
pub(super) fn escaped_value(names: &mut Names, bytes: &[u8], at: usize) -> Option<String> {
    let escaped = super::super::escape_invalid_utf8(bytes, "\\\\");
    let Ok(Node::Object(object)) = parse_object(escaped.trim()) else {
        return None;
    };
    let mut fields = Vec::new();
    for (key, node) in object {
        flatten(names, &key, node, &mut fields);
    }
    fields.into_iter().nth(at).map(|entry| entry.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn flat(text: &str) -> Vec<(String, String, Kind)> {
        let Node::Object(entries) = parse_object(text).unwrap() else {
            panic!("not an object")
        };
        let mut names = Names::default();
        let mut out = Vec::new();
        for (key, node) in entries {
            flatten(&mut names, &key, node, &mut out);
        }
        out.into_iter()
            .map(|e| (e.name.to_string(), e.value, e.kind))
            .collect()
    }

    #[test]
    fn numbers_in_objects_keep_the_text_written() {
        // Two ids past a float's precision stay two ids (they were one conversation).
        let got = flat(
            r#"{"id": 98765432109876543210, "id2": 98765432109876543211, "a": 1.50,
                "b": 1e20, "c": 0.1e1, "d": -0.0, "e": {"f": 2.50}, "g": [1.50], "h": "1.50"}"#,
        );
        let values: Vec<&str> = got.iter().map(|(_, v, _)| v.as_str()).collect();
        assert_eq!(
            values,
            [
                "98765432109876543210",
                "98765432109876543211",
                "1.50",
                "1e20",
                "0.1e1",
                "-0.0",
                "",
                "2.50",
                "[1.5]",
                "1.50"
            ]
        );
    }

    #[test]
    fn objects_keep_every_key_in_order_and_flatten() {
        assert_eq!(
            flat(r#"{"text": "b", "Tier": 1, "text": "a", "c": {"y": 2, "x": null}, "d": []}"#),
            [
                ("text".to_owned(), "b".to_owned(), Kind::Value),
                ("tier".to_owned(), "1".to_owned(), Kind::Value),
                ("text".to_owned(), "a".to_owned(), Kind::Value),
                ("c".to_owned(), String::new(), Kind::Object),
                ("c_y".to_owned(), "2".to_owned(), Kind::Value),
                ("c_x".to_owned(), String::new(), Kind::Value),
                ("d".to_owned(), "[]".to_owned(), Kind::Array),
            ]
        );
    }
}
