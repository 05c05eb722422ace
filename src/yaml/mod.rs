//! The one module that talks to the YAML crate.
//!
//! Takes YAML text, gives a typed value or a [`YamlError`] with the line, column and
//! byte range of the offending token. We use serde-saphyr, not the archived `serde_yaml`:
//! it gives every value a span (so diagnostics can point at the field), rejects duplicate
//! keys instead of silently keeping the last one, and bounds alias expansion and
//! nesting (rule files arrive in pull requests: they are untrusted input). Strict
//! booleans keep YAML 1.1 surprises out: `no`, `on` and `yes` stay strings. Errors are
//! put in a rule author's words (`a whole number ≥ 0`, not `invalid u32`), and placed at
//! the wrong value, or at the start of a mapping that lacks a field, rather than at the
//! last key the parser read. A file's `version` is a number, as the JSON Schemas say:
//! `version: "1"` is a wrong type ([`Version`]), not quietly read as `1`.

use serde::de::DeserializeOwned;
use serde_saphyr::MessageFormatter;

mod outline;
mod spanned;

pub(crate) use outline::{Item, Outline, outline};
pub(crate) use spanned::Location;
pub(crate) use spanned::Origin;
pub use spanned::Spanned;

use crate::diag::{FileId, Span};

/// serde-saphyr's own spanned values, in the coordinates of the text it was given: what
/// this module's error placement searches.
type Node<T> = serde_saphyr::Spanned<T>;

/// What kind of mistake a YAML error is, for choosing a diagnostic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum YamlErrorKind {
    /// Not YAML at all: brackets, quotes, indentation.
    Syntax,
    /// A field or enum variant the format does not have.
    UnknownField,
    /// A value of the wrong type or shape.
    WrongType,
    MissingField,
    DuplicateKey,
    /// Over the parser's budget: nesting, nodes, aliases (a "billion laughs").
    OverLimit,
}

/// A YAML parse or shape error, located in the source.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct YamlError {
    pub(crate) kind: YamlErrorKind,
    pub(crate) message: String,
    /// 1-based line and column; 0 when the parser could not tell.
    pub(crate) line: u32,
    pub(crate) column: u32,
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// Nesting deeper than this is refused before it can exhaust the stack.
const MAX_DEPTH: usize = 64;

/// Parses `text` as `T`, with the project's safety settings.
pub(crate) fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    from_str_at(text, Origin::default())
}

/// Parses `text`, a piece of a file that starts at `origin`, as `T`: spans and errors are
/// in the file's coordinates.
pub(crate) fn from_str_at<T: DeserializeOwned>(text: &str, origin: Origin) -> Result<T, YamlError> {
    spanned::with_origin(origin, || parse(text)).map_err(|mut error| {
        if error.line == 1 {
            error.column = error.column.saturating_add(to_u32(origin.columns));
        }
        if error.line > 0 {
            error.line = error.line.saturating_add(to_u32(origin.lines));
        }
        error.start += to_usize(origin.bytes);
        error.end += to_usize(origin.bytes);
        error
    })
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_saphyr::from_str_with_options(text, options()).map_err(|err| {
        let err = err.without_snippet();
        let message = over_limit(err)
            .or_else(|| in_words(err))
            .unwrap_or_else(|| {
                clean_message(&serde_saphyr::DefaultMessageFormatter.format_message(err))
            });
        let (line, column, start, len) = err.location().map_or((0, 0, 0, 0), |loc| {
            let span = loc.span();
            let (line, column) = (to_u32(loc.line()), to_u32(loc.column()));
            // Parse errors do not always carry byte offsets: derive them from line/column.
            let start = span
                .byte_offset()
                .map(to_usize)
                .filter(|&s| s > 0 || (line <= 1 && column <= 1))
                .unwrap_or_else(|| byte_offset(text, line, column));
            (line, column, start, span.byte_len().map_or(0, to_usize))
        });
        let mut error = YamlError {
            kind: kind(err),
            message,
            line,
            column,
            start,
            end: start + len.max(1).min(text.len().saturating_sub(start)),
        };
        if let Some(at) = value_location(err, text, line, column) {
            relocate(&mut error, at);
        }
        if error.kind == YamlErrorKind::MissingField
            && let Some(at) = mapping_with_key_at(text, line, column)
        {
            // serde-saphyr points at the last key it read; the field is missing from the
            // whole mapping, so point at where the mapping starts.
            relocate(&mut error, at);
        }
        error
    })
}

/// The error in words a rule author uses, where serde-saphyr's would name Rust types or
/// its own API (`invalid u32`, `use from_str_multiple`).
fn in_words(err: &serde_saphyr::Error) -> Option<String> {
    use serde_saphyr::Error as E;
    Some(match original(err) {
        E::InvalidScalar { ty, .. } => format!("expected {}", scalar_in_words(ty)),
        E::MultipleDocuments { .. } => {
            "expected one YAML document per file, found a second one after `---`".to_owned()
        }
        E::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | E::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => format!(
            "expected {}, found {}",
            scalar_in_words(expected),
            found_in_words(unexpected)
        ),
        E::Unexpected { expected, .. } => format!("expected {}", scalar_in_words(expected)),
        E::NullIntoString { .. } => {
            "expected text, found nothing (`~` or an empty value)".to_owned()
        }
        _ => return None,
    })
}

/// A Rust scalar type as the value a rule author would write.
fn scalar_in_words(ty: &str) -> &str {
    match ty {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "a whole number ≥ 0",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "a whole number",
        "floating point" | "f32" | "f64" => "a number",
        "boolean" | "a boolean" => "true or false",
        "a string" | "string scalar" => "text",
        other => other,
    }
}

/// serde's name for what it found (`unit value`, `map`) as a rule author would say it.
fn found_in_words(unexpected: &str) -> String {
    match unexpected {
        "unit value" | "Option value" => "nothing (`~` or an empty value)".to_owned(),
        "sequence" => "a list".to_owned(),
        "map" => "a mapping".to_owned(),
        "boolean `true`" | "boolean `false`" => unexpected.replacen("boolean ", "", 1),
        _ => ["integer ", "floating point "]
            .iter()
            .find_map(|p| unexpected.strip_prefix(p))
            .map_or_else(
                || unexpected.to_owned(),
                |n| format!("the number {}", n.trim_matches('`')),
            ),
    }
}

/// Where a wrong value is, when serde-saphyr reported it at its key (`severity: {}` at
/// `severity`): errors raised by a visitor carry the location of the last key read.
fn value_location(
    err: &serde_saphyr::Error,
    text: &str,
    line: u32,
    column: u32,
) -> Option<serde_saphyr::Location> {
    use serde_saphyr::Error as E;
    let variant = match original(err) {
        E::SerdeInvalidType { .. } => None,
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

fn relocate(error: &mut YamlError, at: serde_saphyr::Location) {
    let span = at.span();
    error.line = to_u32(at.line());
    error.column = to_u32(at.column());
    error.start = span.byte_offset().map_or(error.start, to_usize);
    error.end = error.start + 1;
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
fn mapping_with_key_at(text: &str, line: u32, column: u32) -> Option<serde_saphyr::Location> {
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

/// The project's safety settings.
/// A file's format `version`: a whole number written as one. serde-saphyr reads a
/// quoted `"1"` as a number where a number is asked for; this asks for any value and
/// refuses text, so the file agrees with its schema (`"type": "integer"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Version(pub u32);

impl PartialEq<u32> for Version {
    fn eq(&self, other: &u32) -> bool {
        self.0 == *other
    }
}

impl std::fmt::Display for Version {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl<'de> serde::Deserialize<'de> for Version {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = Version;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a whole number, unquoted (`version: 1`)")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Version, E> {
                u32::try_from(v)
                    .map(Version)
                    .map_err(|_| E::invalid_type(serde::de::Unexpected::Unsigned(v), &self))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Version, E> {
                u64::try_from(v)
                    .map_err(|_| E::invalid_type(serde::de::Unexpected::Signed(v), &self))
                    .and_then(|v| self.visit_u64(v))
            }
        }
        d.deserialize_any(Visit)
    }
}

fn options() -> serde_saphyr::Options {
    let mut budget = serde_saphyr::Budget::default();
    budget.max_depth = MAX_DEPTH;
    serde_saphyr::options! {
        strict_booleans: true,
        with_snippet: false,
        budget: Some(budget),
    }
}

/// The source span of a spanned value in file `file`.
pub(crate) fn span<T>(value: &Spanned<T>, file: FileId) -> Span {
    let loc = value.referenced;
    let start = loc.byte_offset().map_or(0, to_usize);
    let len = loc.byte_len().map_or(0, to_usize);
    Span {
        file,
        line: to_u32(loc.line()),
        column: to_u32(loc.column()),
        start,
        end: start + len.max(1),
    }
}

fn kind(err: &serde_saphyr::Error) -> YamlErrorKind {
    use serde_saphyr::Error as E;
    match original(err) {
        E::Budget { .. } => YamlErrorKind::OverLimit,
        E::SerdeUnknownField { .. } | E::SerdeUnknownVariant { .. } => YamlErrorKind::UnknownField,
        E::SerdeMissingField { .. } => YamlErrorKind::MissingField,
        E::DuplicateMappingKey { .. } => YamlErrorKind::DuplicateKey,
        E::SerdeInvalidType { .. }
        | E::SerdeInvalidValue { .. }
        | E::SerdeInvalidLength { .. }
        | E::Unexpected { .. }
        | E::InvalidScalar { .. }
        | E::InvalidBooleanStrict { .. }
        | E::NullIntoString { .. }
        | E::NonFiniteFloat { .. }
        | E::UnexpectedSequenceEnd { .. }
        | E::UnexpectedMappingEnd { .. }
        | E::UnexpectedValueForUnit { .. }
        | E::ExpectedStringKeyForExternallyTaggedEnum { .. }
        | E::ExternallyTaggedEnumExpectedScalarOrMapping { .. }
        | E::ExpectedMappingEndAfterEnumVariantValue { .. } => YamlErrorKind::WrongType,
        _ => YamlErrorKind::Syntax,
    }
}

/// The error inside alias and snippet wrappers.
fn original(mut err: &serde_saphyr::Error) -> &serde_saphyr::Error {
    use serde_saphyr::Error as E;
    while let E::AliasError { error, .. } | E::WithSnippet { error, .. } = err {
        err = error;
    }
    err
}

/// What a budget breach means for a rule author.
fn over_limit(err: &serde_saphyr::Error) -> Option<String> {
    use serde_saphyr::budget::BudgetBreach as B;
    let serde_saphyr::Error::Budget { breach, .. } = original(err) else {
        return None;
    };
    Some(match breach {
        B::Depth { .. } => format!("nested more than {MAX_DEPTH} levels deep"),
        B::Nodes { nodes } => format!(
            "more than {} YAML nodes, counting what aliases expand to",
            nodes.saturating_sub(1)
        ),
        B::Events { events } => format!(
            "more than {} YAML events, counting what aliases expand to",
            events.saturating_sub(1)
        ),
        B::Aliases { aliases } => format!("more than {} aliases", aliases.saturating_sub(1)),
        B::Anchors { anchors } => format!("more than {} anchors", anchors.saturating_sub(1)),
        other => format!("over the YAML parser's limits ({other:?})"),
    })
}

/// Byte offset of 1-based `line` and character `column` in `text` (clamped to the text).
fn byte_offset(text: &str, line: u32, column: u32) -> usize {
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

fn to_u32(n: u64) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn to_usize(n: u64) -> usize {
    usize::try_from(n).unwrap_or(usize::MAX)
}

/// One line, no control characters, no "set `DuplicateKeyPolicy`" advice meant for
/// programmers rather than rule authors.
fn clean_message(message: &str) -> String {
    let message: String = message
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    match message.split_once(", set DuplicateKeyPolicy") {
        Some((head, _)) => head.to_owned(),
        None => message,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// QA: `version: "1"` was read as 1 although the schema says integer.
    #[test]
    fn a_version_is_a_number_not_text() {
        #[derive(Debug, serde::Deserialize)]
        struct File {
            version: Spanned<Version>,
        }
        assert_eq!(from_str::<File>("version: 1\n").unwrap().version.value, 1);
        for text in ["version: \"1\"\n", "version: '1'\n", "version: -1\n"] {
            let err = from_str::<File>(text).unwrap_err();
            assert_eq!(err.kind, YamlErrorKind::WrongType, "{text}");
            assert!(
                err.message
                    .starts_with("expected a whole number, unquoted (`version: 1`)"),
                "{text}: {}",
                err.message
            );
            assert_eq!((err.line, err.column), (1, 10), "{text}");
        }
    }

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
}
