//! The outline of a YAML document: its top-level keys and the items of its top-level
//! lists, each with the text it spans, so that each can be parsed on its own.
//!
//! Takes YAML text; gives an [`Outline`], or `None` when the document cannot be cut into
//! independent pieces: a syntax error, more than one document, a top level that is not a
//! block mapping, a key that is not a scalar, or an alias to an anchor in another piece
//! (a piece parsed alone would not know it). Reads the events of granit-parser, the
//! parser under serde-saphyr; deserializes nothing and enforces no budget: callers parse
//! the whole document with serde-saphyr's limits first. Walking the events node by node,
//! and keeping track of anchors, is `cursor`'s.

mod cursor;

use serde::de::DeserializeOwned;
use serde_saphyr::granit_parser::{Event, StructureStyle};

use self::cursor::{Cursor, piece_at};
pub(super) use self::cursor::{content_end, past_colon};
use super::one_key::{Step, read_key};
use super::{Origin, Shape, YamlError, YamlErrorKind, from_str_at, shape_at};

/// The top level of a document that is a block mapping.
#[derive(Debug)]
pub(crate) struct Outline {
    /// Where the mapping starts (its first key).
    pub(crate) start: Piece,
    pub(crate) entries: Vec<Entry>,
}

/// One top-level `key: value`.
#[derive(Debug)]
pub(crate) struct Entry {
    pub(crate) key: String,
    /// The key alone.
    pub(crate) key_piece: Piece,
    /// The key and its value, to be parsed as a mapping of one entry.
    pub(crate) piece: Piece,
    /// The items, when the value is a list.
    pub(crate) items: Option<Vec<Item>>,
}

impl Entry {
    /// The error for this entry when its key came before in the same mapping.
    pub(crate) fn duplicate(&self) -> YamlError {
        self.key_piece.error(
            YamlErrorKind::DuplicateKey,
            format!("duplicate mapping key: {}", self.key),
        )
    }
}

/// One item of a top-level list.
#[derive(Debug)]
pub(crate) struct Item {
    pub(crate) piece: Piece,
    /// Its `id:`, when it is a mapping with a scalar `id`.
    pub(crate) id: Option<String>,
}

/// A stretch of the document: byte range, and the 1-based line and column it starts at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Piece {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) line: u32,
    pub(crate) column: u32,
    /// An item of a flow list (`[a, b]`): it may share its line with many others.
    in_flow: bool,
    /// For an item of a top-level list, where the list's key is written: a message read
    /// of the item alone says which list it is in ([`super::takes`]).
    list: Option<(usize, usize)>,
}

impl Piece {
    /// Parses this piece of `text` alone, as `T`, with spans and errors in `text`'s
    /// coordinates. A block piece is padded with spaces up to its column, so that its
    /// indentation reads as it does in place; a piece of a flow list is not (indentation
    /// means nothing there, and padding each of a long line's items would make the
    /// pieces together quadratic in the line's length): its first line's columns are
    /// shifted instead.
    pub(crate) fn parse<T: DeserializeOwned>(&self, text: &str) -> Result<T, YamlError> {
        let (piece, origin) = self.alone(text);
        self.in_list(text, || from_str_at(&piece, origin))
    }

    /// Parses this piece of `text` with `tail` written after it, as [`Piece::parse`]
    /// does: what the piece holds keeps its spans, what `tail` holds is read past its
    /// end (an entry written again after the item, `rules::recover::salvage`).
    pub(crate) fn parse_with<T: DeserializeOwned>(
        &self,
        text: &str,
        tail: &str,
    ) -> Result<T, YamlError> {
        let (mut piece, origin) = self.alone(text);
        piece.push_str(tail);
        self.in_list(text, || from_str_at(&piece, origin))
    }

    /// This piece of `text` read as a [`Shape`], as [`Piece::parse`] reads it (see
    /// [`shape_at`]: a key written twice is kept twice).
    pub(crate) fn shape(&self, text: &str) -> Result<Shape, YamlError> {
        let (piece, origin) = self.alone(text);
        shape_at(&piece, origin)
    }

    /// The tags written in this piece of `text`, each as its error (`S003`), where they
    /// are: every one, for a piece that does not parse ([`shape_at`] reads past them).
    pub(crate) fn tags(&self, text: &str) -> Vec<YamlError> {
        let (piece, origin) = self.alone(text);
        super::tags::scan(&piece).at(origin)
    }

    /// The mapping at `path` in this piece of `text` read as `T` with only its key `key`
    /// (see [`super::one_key`]): `None` when the path leads nowhere.
    pub(crate) fn parse_key<T: DeserializeOwned>(
        &self,
        text: &str,
        path: &[Step<'_>],
        key: &str,
    ) -> Result<Option<T>, YamlError> {
        let (piece, origin) = self.alone(text);
        self.in_list(text, || read_key(&piece, origin, path, key))
    }

    /// Runs `read`, a read of this piece of `text` alone, knowing the top-level list it
    /// is an item of, if it is one.
    fn in_list<R>(&self, text: &str, read: impl FnOnce() -> R) -> R {
        let list = self
            .list
            .and_then(|(start, end)| text.get(start..end))
            .map(|key| key.trim_matches(['"', '\'']));
        super::takes::in_list(list, read)
    }

    /// The entries and items of this piece of `text`, as [`Piece::parse`] reads it, with
    /// their extents in `text` ([`super::nodes`]); `None` when it cannot be read so.
    pub(crate) fn nodes(&self, text: &str) -> Option<super::Tree> {
        let (piece, origin) = self.alone(text);
        super::nodes::read(&piece, usize::try_from(origin.bytes).ok()?)
    }

    /// The text to parse this piece of `text` alone, and where it starts in `text`.
    fn alone(&self, text: &str) -> (String, Origin) {
        let before = self.column.saturating_sub(1) as usize;
        let pad = if self.in_flow { 0 } else { before };
        let body = text.get(self.start..self.end).unwrap_or_default();
        let mut piece = String::with_capacity(pad + body.len());
        piece.extend(std::iter::repeat_n(' ', pad));
        piece.push_str(body);
        let origin = Origin {
            lines: u64::from(self.line.saturating_sub(1)),
            columns: (before - pad) as u64,
            bytes: self.start.saturating_sub(pad) as u64,
        };
        (piece, origin)
    }

    /// The text of this piece of `text`.
    pub(crate) fn text<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or_default()
    }

    /// An error found by looking at the outline rather than by parsing, at this piece.
    pub(crate) fn error(&self, kind: YamlErrorKind, message: String) -> YamlError {
        YamlError {
            kind,
            message,
            line: self.line,
            column: self.column,
            start: self.start,
            end: self.end.max(self.start + 1),
            help: Vec::new(),
        }
    }
}

/// The outline of `text`, if it can be cut into pieces (see the module docs). A tag of
/// an undeclared handle is read past ([`super::tags::Scan::readable`]), at its place:
/// each piece's reads find it.
pub(crate) fn outline(text: &str) -> Option<Outline> {
    let scanned = super::tags::scan(text);
    let text: &str = &scanned.readable;
    let mut cursor = Cursor::new(text)?;
    cursor.expect(|e| matches!(e, Event::StreamStart))?;
    cursor.expect(|e| matches!(e, Event::DocumentStart(..)))?;
    let (_, start) =
        cursor.expect(|e| matches!(e, Event::MappingStart(StructureStyle::Block, ..)))?;
    let mut outline = Outline {
        start: piece_at(&start, start.start.byte_offset()?)?,
        entries: Vec::new(),
    };
    loop {
        let (event, span) = cursor.next()?;
        let key = match event {
            Event::MappingEnd => break,
            Event::Scalar(key, ..) => key.into_owned(),
            _ => return None,
        };
        let key_piece = piece_at(&span, span.end.byte_offset()?)?;
        let piece_no = cursor.new_piece();
        let (items, end) = if let Some((Event::SequenceStart(style, anchor, _), _)) = cursor.peek()
        {
            let (in_flow, anchor) = (*style == StructureStyle::Flow, *anchor);
            let (_, seq) = cursor.next()?;
            cursor.define(anchor, piece_no);
            let mut items = Vec::new();
            let mut end = content_end(&seq)?.max(key_piece.end);
            loop {
                if let Some((Event::SequenceEnd, _)) = cursor.peek() {
                    let (_, close) = cursor.next()?;
                    end = end.max(content_end(&close)?);
                    break;
                }
                let no = cursor.new_piece();
                let mut item = cursor.item(no)?;
                item.piece.in_flow = in_flow;
                item.piece.list = Some((key_piece.start, key_piece.end));
                end = end.max(item.piece.end);
                items.push(item);
            }
            (Some(items), end)
        } else {
            (None, cursor.node(piece_no)?.end.max(key_piece.end))
        };
        outline.entries.push(Entry {
            key,
            key_piece,
            piece: Piece {
                end: past_colon(text, end),
                ..key_piece
            },
            items,
        });
    }
    cursor.expect(|e| matches!(e, Event::DocumentEnd))?;
    cursor.expect(|e| matches!(e, Event::StreamEnd))?;
    Some(outline)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<(String, Vec<&str>)> {
        outline(text)
            .unwrap()
            .entries
            .iter()
            .map(|e| {
                let items = e.items.iter().flatten();
                let items = items.map(|i| &text[i.piece.start..i.piece.end]).collect();
                (text[e.piece.start..e.piece.end].to_owned(), items)
            })
            .collect()
    }

    #[test]
    fn entries_and_items_span_their_text() {
        let text = "version: 1\ntriggers:\n  - id: one\n    when: { a: 1 }\n    # note\n  - &x plain\n    scalar\nroutes: [{id: a}, {id: b},\n  x]\nteams:\n- id: é\n  name: x\n\n";
        assert_eq!(
            texts(text),
            [
                ("version: 1".to_owned(), vec![]),
                (
                    "triggers:\n  - id: one\n    when: { a: 1 }\n    # note\n  - &x plain\n    scalar".to_owned(),
                    vec!["id: one\n    when: { a: 1 }", "plain\n    scalar"]
                ),
                (
                    "routes: [{id: a}, {id: b},\n  x]".to_owned(),
                    vec!["{id: a}", "{id: b}", "x"]
                ),
                ("teams:\n- id: é\n  name: x".to_owned(), vec!["id: é\n  name: x"]),
            ]
        );
        let outline = outline(text).unwrap();
        let ids: Vec<_> = outline.entries[1]
            .items
            .iter()
            .flatten()
            .map(|i| i.id.clone())
            .collect();
        assert_eq!(ids, [Some("one".to_owned()), None]);
        let item = &outline.entries[3].items.as_ref().unwrap()[0].piece;
        assert_eq!((item.line, item.column), (11, 3));
    }

    /// An empty value last in a piece (`columns:` with nothing after it) has an
    /// empty span before its key's `:`; the piece was cut there, read as the text
    /// `columns`, and said "expected mapping start" at the key.
    #[test]
    fn a_piece_ending_in_an_empty_value_keeps_its_colon() {
        let text = "columns:\nroles:\n  bot:\nlist:\n  - id: x\n    when:\n";
        assert_eq!(
            texts(text),
            [
                ("columns:".to_owned(), vec![]),
                ("roles:\n  bot:".to_owned(), vec![]),
                (
                    "list:\n  - id: x\n    when:".to_owned(),
                    vec!["id: x\n    when:"]
                ),
            ]
        );
    }

    /// An empty value tagged (`name: !!null`) has its empty span before the `:` too: the
    /// piece was cut before the tag, which went unsaid, and the value said as nothing.
    #[test]
    fn a_piece_ending_in_a_tagged_empty_value_keeps_its_tag() {
        let text = "list:\n  - id: x\n    name: !!null\nmap: !!null\n";
        assert_eq!(
            texts(text),
            [
                (
                    "list:\n  - id: x\n    name: !!null".to_owned(),
                    vec!["id: x\n    name: !!null"]
                ),
                ("map: !!null".to_owned(), vec![]),
            ]
        );
    }

    #[derive(serde::Deserialize)]
    struct Named {
        name: crate::yaml::Spanned<String>,
        n: crate::yaml::Spanned<u32>,
    }

    #[test]
    fn a_piece_parses_alone_with_the_file_s_locations() {
        let text = "a: 1\nlist:\n  - name: é\n    n: 2\n";
        let outline = outline(text).unwrap();
        let item = &outline.entries[1].items.as_ref().unwrap()[0];
        let named: Named = item.piece.parse(text).unwrap();
        let at = |l: &super::super::Location| (l.line(), l.column(), l.byte_offset());
        assert_eq!(at(&named.name.referenced), (3, 11, Some(21)));
        assert_eq!(at(&named.n.referenced), (4, 8, Some(31)));
        let err = item.piece.parse::<Vec<u32>>(text).unwrap_err();
        assert_eq!((err.line, err.column, err.start), (3, 5, 15));
    }

    #[test]
    fn documents_that_cannot_be_cut_have_no_outline() {
        for text in [
            "[1, 2]\n",
            "{a: 1}\n",
            "a: [1\n",
            "a: 1\n---\nb: 2\n",
            "? [x]\n: 1\n",
            "a: &x [1]\nb: *x\n",
            "a:\n  - &x 1\n  - *x\n",
        ] {
            assert!(outline(text).is_none(), "{text}");
        }
        assert!(outline("a:\n  - [&x 1, *x]\n").is_some());
    }
}
