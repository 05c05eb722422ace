//! Error placement: a serde-saphyr error's line and column, and the text it came from →
//! where a rule author should look: the wrong value rather than its key, the start of a
//! mapping that lacks a field, a byte offset for an error that carries none.

use super::words::original;
use super::{YamlError, options, to_u32, to_usize};

/// serde-saphyr's own spanned values, in the coordinates of the text it was given: what
/// this module's error placement searches.
type Node<T> = serde_saphyr::Spanned<T>;

/// Where a wrong value is, when serde-saphyr reported it at its key (`severity: {}` at
/// `severity`): errors raised by a visitor carry the location of the last key read.
pub(super) fn value_location(
    err: &serde_saphyr::Error,
    text: &str,
    line: u32,
    column: u32,
) -> Option<serde_saphyr::Location> {
    use serde_saphyr::Error as E;
    let variant = match original(err) {
        E::SerdeInvalidType { .. } => None,
        // A scalar out of range (`turn: 0`) is the value's mistake; others (`message`
        // and `meta` in one condition) are the key's.
        E::SerdeInvalidValue { unexpected, .. }
            if ["integer ", "floating point ", "string ", "boolean "]
                .iter()
                .any(|p| unexpected.starts_with(p)) =>
        {
            None
        }
        // `when: { foo: 1 }` names the key itself: it stays there.
        E::SerdeUnknownVariant { variant, .. } => Some(variant.as_str()),
        _ => return None,
    };
    let tree: Node<Tree> = serde_saphyr::from_str_with_options(text, options()).ok()?;
    let (key, value) = find_entry(&tree, line, column)?;
    if variant.is_some() && matches!(&key.value, Tree::Leaf(Some(k)) if Some(k.as_str()) == variant)
    {
        return None;
    }
    Some(value.referenced)
}

pub(super) fn relocate(error: &mut YamlError, at: serde_saphyr::Location) {
    let span = at.span();
    error.line = to_u32(at.line());
    error.column = to_u32(at.column());
    error.start = span.byte_offset().map_or(error.start, to_usize);
    error.end = error.start + 1;
}

/// Moves `error` to where `needle` is last written before it (a tag before the value it
/// tags), if it is.
pub(super) fn at_text_before(error: &mut YamlError, text: &str, needle: &str) {
    let Some(start) = text.get(..error.start).and_then(|t| t.rfind(needle)) else {
        return;
    };
    let line_start = text[..start].rfind('\n').map_or(0, |n| n + 1);
    error.line = to_u32(text[..start].matches('\n').count() as u64 + 1);
    error.column = to_u32(text[line_start..start].chars().count() as u64 + 1);
    error.start = start;
    error.end = start + needle.len();
}

/// Moves a syntax error about a tab to the tab: the parser places
/// "found a tab" in a plain scalar at the scalar's start, on the line above the tab
/// that broke it, and "tabs disallowed" in block indentation after the blanks. The tab
/// is the first one in the indentation of a line, from the error's line on, that has
/// something after its blanks (a line of blanks alone, or of a comment, may hold
/// tabs). An error already at a tab stays; one with no such tab after it, too.
pub(super) fn at_tab(error: &mut YamlError, text: &str) {
    if text.as_bytes().get(error.start) == Some(&b'\t') {
        return;
    }
    let first = error.line.max(1) as usize - 1;
    let mut offset: usize = text.split_inclusive('\n').take(first).map(str::len).sum();
    for (n, line) in text.split_inclusive('\n').enumerate().skip(first) {
        let blanks = line.len() - line.trim_start_matches([' ', '\t']).len();
        let rest = line[blanks..].trim_end();
        if let Some(tab) = line[..blanks].find('\t')
            && !rest.is_empty()
            && !rest.starts_with('#')
        {
            error.line = to_u32(n as u64 + 1);
            // Blanks are one byte and one character each.
            error.column = to_u32(tab as u64 + 1);
            error.start = offset + tab;
            error.end = error.start + 1;
            return;
        }
        offset += line.len();
    }
}

/// The value at `line`:`column` when it is a collection: the keys down to it, from the
/// top of `text` (`None` for an item of a list: `teams`, `None`, `agent` for a team's
/// `agent:`), and what it is, `a list` or `a mapping`.
pub(super) fn collection_at(
    text: &str,
    line: u32,
    column: u32,
) -> Option<(Vec<Option<String>>, &'static str)> {
    fn find(
        node: &Node<Tree>,
        path: &mut Vec<Option<String>>,
        at: (u32, u32),
    ) -> Option<&'static str> {
        let here = (
            to_u32(node.referenced.line()),
            to_u32(node.referenced.column()),
        ) == at;
        match &node.value {
            Tree::Map(_) if here => Some("a mapping"),
            Tree::Seq(_) if here => Some("a list"),
            Tree::Map(entries) => entries.iter().find_map(|(k, value)| {
                path.push(match &k.value {
                    Tree::Leaf(Some(name)) => Some(name.clone()),
                    _ => None,
                });
                let found = find(value, path, at);
                if found.is_none() {
                    path.pop();
                }
                found
            }),
            Tree::Seq(items) => items.iter().find_map(|item| {
                path.push(None);
                let found = find(item, path, at);
                if found.is_none() {
                    path.pop();
                }
                found
            }),
            Tree::Leaf(_) => None,
        }
    }
    let tree: Node<Tree> = serde_saphyr::from_str_with_options(text, options()).ok()?;
    let mut path = Vec::new();
    let found = find(&tree, &mut path, (line, column))?;
    Some((path, found))
}

/// The mapping entry whose key is at `line`:`column`.
fn find_entry(node: &Node<Tree>, line: u32, column: u32) -> Option<(&Node<Tree>, &Node<Tree>)> {
    match &node.value {
        Tree::Map(entries) => entries.iter().find_map(|(key, value)| {
            if (
                to_u32(key.referenced.line()),
                to_u32(key.referenced.column()),
            ) == (line, column)
            {
                Some((key, value))
            } else {
                find_entry(value, line, column)
            }
        }),
        Tree::Seq(items) => items.iter().find_map(|item| find_entry(item, line, column)),
        Tree::Leaf(_) => None,
    }
}

/// Where the mapping whose key is at `line`:`column` starts.
pub(super) fn mapping_with_key_at(
    text: &str,
    line: u32,
    column: u32,
) -> Option<serde_saphyr::Location> {
    let tree: Node<Tree> = serde_saphyr::from_str_with_options(text, options()).ok()?;
    find_mapping(&tree, line, column)
}

/// Any YAML value with the location of every node: enough to find a mapping by one of
/// its keys.
enum Tree {
    Map(Vec<(Node<Tree>, Node<Tree>)>),
    Seq(Vec<Node<Tree>>),
    /// A scalar, with its text when it is a string.
    Leaf(Option<String>),
}

fn find_mapping(node: &Node<Tree>, line: u32, column: u32) -> Option<serde_saphyr::Location> {
    let at = |node: &Node<Tree>| {
        (
            to_u32(node.referenced.line()),
            to_u32(node.referenced.column()),
        ) == (line, column)
    };
    match &node.value {
        Tree::Map(entries) => {
            if entries.iter().any(|(key, _)| at(key)) {
                return Some(node.referenced);
            }
            entries
                .iter()
                .find_map(|(_, value)| find_mapping(value, line, column))
        }
        Tree::Seq(items) => items
            .iter()
            .find_map(|item| find_mapping(item, line, column)),
        Tree::Leaf(_) => None,
    }
}

impl<'de> serde::Deserialize<'de> for Tree {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TreeVisitor)
    }
}

struct TreeVisitor;

impl<'de> serde::de::Visitor<'de> for TreeVisitor {
    type Value = Tree;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("any YAML value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<Tree, E> {
        Ok(Tree::Leaf(None))
    }
    fn visit_i64<E>(self, _: i64) -> Result<Tree, E> {
        Ok(Tree::Leaf(None))
    }
    fn visit_u64<E>(self, _: u64) -> Result<Tree, E> {
        Ok(Tree::Leaf(None))
    }
    fn visit_i128<E>(self, _: i128) -> Result<Tree, E> {
        Ok(Tree::Leaf(None))
    }
    fn visit_u128<E>(self, _: u128) -> Result<Tree, E> {
        Ok(Tree::Leaf(None))
    }
    fn visit_f64<E>(self, _: f64) -> Result<Tree, E> {
        Ok(Tree::Leaf(None))
    }
    fn visit_str<E>(self, v: &str) -> Result<Tree, E> {
        Ok(Tree::Leaf(Some(v.to_owned())))
    }
    fn visit_bytes<E>(self, _: &[u8]) -> Result<Tree, E> {
        Ok(Tree::Leaf(None))
    }
    fn visit_unit<E>(self) -> Result<Tree, E> {
        Ok(Tree::Leaf(None))
    }
    fn visit_none<E>(self) -> Result<Tree, E> {
        Ok(Tree::Leaf(None))
    }
    fn visit_some<D: serde::Deserializer<'de>>(self, d: D) -> Result<Tree, D::Error> {
        serde::Deserialize::deserialize(d)
    }
    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Tree, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element()? {
            items.push(item);
        }
        Ok(Tree::Seq(items))
    }
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Tree, A::Error> {
        let mut entries = Vec::new();
        while let Some(entry) = map.next_entry()? {
            entries.push(entry);
        }
        Ok(Tree::Map(entries))
    }
}

/// Byte offset of 1-based `line` and character `column` in `text` (clamped to the text).
pub(super) fn byte_offset(text: &str, line: u32, column: u32) -> usize {
    let line_start: usize = text
        .split_inclusive('\n')
        .take(line.saturating_sub(1) as usize)
        .map(str::len)
        .sum();
    let rest = &text[line_start.min(text.len())..];
    let within = rest
        .char_indices()
        .nth(column.saturating_sub(1) as usize)
        .map_or(rest.len(), |(i, _)| i);
    (line_start + within).min(text.len())
}
