//! JSONL transcripts: one JSON object per line, one message per object.
//!
//! Keys are mapped like CSV columns. Numbers and booleans become text, `null` is an empty
//! value (an empty CSV cell); a nested object is flattened with `_`
//! (`{"customer": {"tier": "pro"}}` gives `customer_tier`); an array is kept as JSON
//! text. Blank lines are skipped. As in a CSV file, a message needs a conversation id, a
//! role and a text (and a timestamp when one is mapped): a line that is not a JSON
//! object, lacks one of them, holds an array or object in one, or has two keys for one
//! field (`text` twice, or `Tier` and `tier`, which normalise alike) is reported and
//! counted. A file in which no object has one of them is a mapping error, like a CSV
//! header without the column.

use std::collections::HashMap;
use std::fmt;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::de::{Deserialize, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::Value;

use super::group::{Grouper, line_u32};
use super::mapping::ColumnMapping;
use super::normalize_field;
use super::reader::{ReadError, ReadReport};
use super::record::{Field, Row};
use crate::diag::Location;

/// Names of the fields a row needs, for messages, in the order of [`Field`] slots.
const FIELD_NAMES: [&str; 4] = ["conversation_id", "role", "text", "timestamp"];

/// Keys listed in the missing-field error at most.
const MAX_FOUND: usize = 100;

pub(super) struct JsonlSource {
    reader: Box<dyn BufRead + Send>,
    buf: Vec<u8>,
    line: u64,
    path: PathBuf,
    names: Names,
    /// Lines that were JSON objects.
    objects: u64,
    /// Whether some object of the file had each mapped field (conversation id, role,
    /// text, timestamp).
    seen: [bool; 4],
    /// While a needed field has not been seen: the keys of the file's objects, for the
    /// error if it never is.
    found: Vec<Arc<str>>,
}

impl JsonlSource {
    pub(super) fn new(reader: Box<dyn BufRead + Send>, path: &Path) -> Self {
        JsonlSource {
            reader,
            buf: Vec::new(),
            line: 0,
            path: path.to_owned(),
            names: Names::default(),
            objects: 0,
            seen: [false; 4],
            found: Vec::new(),
        }
    }

    /// Reads one line into `grouper`. `false` at the end of the file.
    pub(super) fn next(
        &mut self,
        grouper: &mut Grouper,
        mapping: &ColumnMapping,
        report: &mut ReadReport,
    ) -> Result<bool, ReadError> {
        self.buf.clear();
        let n = self
            .reader
            .read_until(b'\n', &mut self.buf)
            .map_err(|source| ReadError::Io {
                path: self.path.clone(),
                line: self.line + 1,
                source,
            })?;
        if n == 0 {
            if self.line == 0 {
                report.empty_file(&self.path);
            }
            return self.finish(mapping).map(|()| false);
        }
        self.line += 1;
        let location = || Location::line(&self.path, line_u32(self.line));
        let bytes = if self.line == 1 {
            self.buf
                .strip_prefix("\u{feff}".as_bytes())
                .unwrap_or(&self.buf)
        } else {
            &self.buf
        };
        let text = match std::str::from_utf8(bytes) {
            Ok(t) => std::borrow::Cow::Borrowed(t),
            Err(_) => {
                report.invalid_utf8(location());
                String::from_utf8_lossy(bytes)
            }
        };
        let indent = text.len() - text.trim_start().len();
        let text = text.trim();
        if text.is_empty() {
            return Ok(true);
        }
        report.rows += 1;
        let object = match serde_json::from_str::<Node>(text) {
            Ok(Node::Object(entries)) => entries,
            Ok(_) => {
                report.malformed(location(), "line is not a JSON object");
                return Ok(true);
            }
            Err(e) => {
                // serde_json says "… at line 1 column 66" of the one-line text it was
                // given: the row's own line is in the location, with the column.
                let message = e.to_string();
                let message = message
                    .rsplit_once(" at line ")
                    .map_or(message.as_str(), |(m, _)| m);
                let mut at = location();
                if e.line() == 1 && e.column() > 0 {
                    at.column = u32::try_from(e.column() + indent).ok();
                }
                report.malformed(at, &format!("invalid JSON: {message}"));
                return Ok(true);
            }
        };
        self.objects += 1;
        let mut row = JsonRow {
            line: self.line,
            fields: Vec::with_capacity(object.len()),
            mapped: [None; 4],
        };
        for (key, node) in object {
            flatten(&mut self.names, &key, node, &mut row.fields);
        }
        let columns = mapped_columns(mapping);
        for (slot, column) in row.mapped.iter_mut().zip(columns) {
            *slot = row.fields.iter().position(|f| &*f.name == column);
        }
        for (seen, slot) in self.seen.iter_mut().zip(row.mapped) {
            *seen |= slot.is_some();
        }
        if !self.all_seen(mapping) {
            for field in &row.fields {
                if self.found.len() < MAX_FOUND
                    && field.kind != Kind::Object
                    && !self.found.contains(&field.name)
                {
                    self.found.push(Arc::clone(&field.name));
                }
            }
        } else if !self.found.is_empty() {
            self.found = Vec::new();
        }
        if let Some(problem) = row.problem(mapping, text) {
            report.malformed(location(), &problem);
            return Ok(true);
        }
        grouper.push(&row, mapping, report)?;
        Ok(true)
    }

    /// Whether some object had each field a row needs.
    fn all_seen(&self, mapping: &ColumnMapping) -> bool {
        self.seen[..3].iter().all(|&s| s) && (self.seen[3] || !mapping.timestamp_required)
    }

    /// At the end of the file: a needed field no object had is a mapping error.
    fn finish(&mut self, mapping: &ColumnMapping) -> Result<(), ReadError> {
        if self.objects == 0 || self.all_seen(mapping) {
            return Ok(());
        }
        let slot = (0..4)
            .find(|&i| !self.seen[i] && (i < 3 || mapping.timestamp_required))
            .unwrap_or(0);
        let mut found: Vec<String> = self.found.iter().map(ToString::to_string).collect();
        found.sort();
        Err(ReadError::MissingColumn {
            path: self.path.clone(),
            field: FIELD_NAMES[slot],
            column: mapped_columns(mapping)[slot].to_owned(),
            found,
        })
    }
}

/// The columns of conversation id, role, text and timestamp, in [`FIELD_NAMES`] order.
fn mapped_columns(mapping: &ColumnMapping) -> [&str; 4] {
    [
        &mapping.conversation_id,
        &mapping.role,
        &mapping.text,
        &mapping.timestamp,
    ]
}

/// What a flattened key held.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A string, number, boolean or null: its text.
    Value,
    /// An array, as JSON text.
    Array,
    /// An object: no value of its own (its keys follow, flattened).
    Object,
}

struct Entry {
    /// The normalised name; one `Arc` per name, so equal names are the same pointer.
    name: Arc<str>,
    value: String,
    kind: Kind,
}

struct JsonRow {
    line: u64,
    fields: Vec<Entry>,
    /// Index in `fields` of conversation id, role, text, timestamp.
    mapped: [Option<usize>; 4],
}

impl JsonRow {
    /// Why the row cannot be a message, if it cannot: a needed field missing or not a
    /// value, or two keys for one field. `line` is the row's text, read again to name
    /// the keys of a duplicate.
    fn problem(&self, mapping: &ColumnMapping, line: &str) -> Option<String> {
        let columns = mapped_columns(mapping);
        let needed = |slot: usize| slot < 3 || mapping.timestamp_required;
        let missing: Vec<String> = (0..4)
            .filter(|&slot| needed(slot) && self.mapped[slot].is_none())
            .map(|slot| describe(columns[slot], FIELD_NAMES[slot]))
            .collect();
        if !missing.is_empty() {
            return Some(format!("no {} key", missing.join(" or ")));
        }
        for (slot, index) in self.mapped.iter().enumerate() {
            if let Some(field) = index.map(|i| &self.fields[i])
                && field.kind != Kind::Value
            {
                let kind = if field.kind == Kind::Array {
                    "an array"
                } else {
                    "an object"
                };
                return Some(format!(
                    "{} is {kind}, not a string, number or boolean",
                    describe(columns[slot], FIELD_NAMES[slot])
                ));
            }
        }
        let name = self.duplicate()?;
        let keys = raw_keys(line, name);
        Some(match keys.as_slice() {
            [a, b, ..] if a == b => format!("key `{a}` appears twice"),
            [a, b, ..] => format!("keys `{a}` and `{b}` both name the field `{name}`"),
            _ => format!("two keys name the field `{name}`"),
        })
    }

    /// A name two fields share, if any (names are interned: equal names are one `Arc`).
    fn duplicate(&self) -> Option<&str> {
        /// Beyond this many fields, a set instead of comparing every pair.
        const PAIRWISE: usize = 48;
        let mut names = self.fields.iter().map(|f| &f.name);
        if self.fields.len() <= PAIRWISE {
            names
                .enumerate()
                .find(|&(i, a)| self.fields[..i].iter().any(|b| Arc::ptr_eq(a, &b.name)))
                .map(|(_, a)| &**a)
        } else {
            let mut set = std::collections::HashSet::with_capacity(self.fields.len());
            names.find(|n| !set.insert(Arc::as_ptr(n))).map(|n| &**n)
        }
    }
}

/// `` `body` (the text) `` when a field is mapped to another column, else `` `text` ``.
fn describe(column: &str, field: &str) -> String {
    if column == field {
        format!("`{column}`")
    } else {
        format!("`{column}` (the {field})")
    }
}

impl Row for JsonRow {
    fn line(&self) -> u64 {
        self.line
    }

    fn field(&self, field: Field) -> &str {
        let slot = match field {
            Field::ConversationId => 0,
            Field::Role => 1,
            Field::Text => 2,
            Field::Timestamp => 3,
        };
        self.mapped[slot].map_or("", |i| self.fields[i].value.as_str())
    }

    fn for_each_meta(&self, f: &mut dyn FnMut(&Arc<str>, &str)) {
        for (i, field) in self.fields.iter().enumerate() {
            if field.kind != Kind::Object && !self.mapped.contains(&Some(i)) {
                f(&field.name, &field.value);
            }
        }
    }
}

/// Normalised keys of the first `limit` objects, mapped fields excluded, in order of
/// first appearance.
pub(super) fn metadata_fields(
    reader: Box<dyn BufRead + Send>,
    mapping: &ColumnMapping,
    limit: usize,
) -> Option<Vec<String>> {
    let mapped = mapped_columns(mapping);
    let mut names = Names::default();
    let mut fields: Vec<String> = Vec::new();
    let mut objects = 0;
    for line in reader.lines().map_while(Result::ok).take(limit) {
        let Ok(Node::Object(entries)) = serde_json::from_str::<Node>(line.trim()) else {
            continue;
        };
        objects += 1;
        let mut row = Vec::new();
        for (key, node) in entries {
            flatten(&mut names, &key, node, &mut row);
        }
        for field in row {
            let name = &*field.name;
            if field.kind != Kind::Object
                && !mapped.contains(&name)
                && !fields.iter().any(|f| f == name)
            {
                fields.push(name.to_owned());
            }
        }
    }
    (objects > 0).then_some(fields)
}

/// Normalised names, interned: raw key → name, and one `Arc` for each distinct name, so
/// that keys normalising alike (`Tier`, `tier`) share it. A file uses a handful of keys:
/// after its first lines, a key costs one lookup and no allocation.
#[derive(Default)]
struct Names {
    keys: HashMap<String, Arc<str>>,
    interned: HashMap<String, Arc<str>>,
}

impl Names {
    fn of(&mut self, key: &str) -> Arc<str> {
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
}

fn flatten(names: &mut Names, key: &str, node: Node, out: &mut Vec<Entry>) {
    let (value, kind) = match node {
        Node::Value(text) => (text, Kind::Value),
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
fn raw_keys(line: &str, name: &str) -> Vec<String> {
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
    if let Ok(Node::Object(entries)) = serde_json::from_str::<Node>(line) {
        walk(None, entries, name, &mut out);
    }
    out
}

/// A JSON value as a row needs it. Unlike `serde_json::Value`, whose objects keep the
/// last of two equal keys and silently drop the first, an object keeps every entry, so a
/// key written twice is found. Entries are sorted by key (stable), the order `Value`
/// gave before.
enum Node {
    /// A string, number, boolean (as text) or null (empty).
    Value(String),
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
        Ok(Node::Value(
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
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Node::Object(entries))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn node(text: &str) -> Node {
        serde_json::from_str(text).unwrap()
    }

    fn flat(text: &str) -> Vec<(String, String, Kind)> {
        let Node::Object(entries) = node(text) else {
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
            let Node::Value(got) = node(json) else {
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

    #[test]
    fn objects_keep_every_key_sorted_and_flatten() {
        assert_eq!(
            flat(r#"{"text": "b", "Tier": 1, "text": "a", "c": {"x": null}, "d": []}"#),
            [
                ("tier".to_owned(), "1".to_owned(), Kind::Value),
                ("c".to_owned(), String::new(), Kind::Object),
                ("c_x".to_owned(), String::new(), Kind::Value),
                ("d".to_owned(), "[]".to_owned(), Kind::Array),
                ("text".to_owned(), "b".to_owned(), Kind::Value),
                ("text".to_owned(), "a".to_owned(), Kind::Value),
            ]
        );
    }

    fn row(text: &str, mapping: &ColumnMapping) -> JsonRow {
        let Node::Object(entries) = node(text) else {
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
        row(text, &mapping).problem(&mapping, text)
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
            row(text, &mapping).problem(&mapping, text).unwrap(),
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
            "keys `K7` and `k7` both name the field `k7`"
        );
    }
}
