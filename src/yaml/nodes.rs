//! The nodes of a piece of YAML text with the bytes each spans: text → a [`Node`] tree
//! (mappings' entries, key and value together, and lists' items), for cutting a mistake
//! out of a piece so that the rest of it can be read (`rules::recover::salvage`).
//!
//! Takes the text a [`super::Piece`] parses alone and where it starts in the file; gives
//! each node's extent in the file's bytes, whether it sits in a flow collection
//! (`[…]`, `{…}`, where cutting it out takes a comma with it) and, for an entry, its key.
//! Reads granit-parser's events, as the outline does; `None` at anything it cannot read
//! (a syntax error, a key that is not a scalar). Deserializes nothing.

use super::outline::{content_end, past_colon};
use serde_saphyr::granit_parser::{Event, Parser, Span, StructureStyle};

/// A mapping's entry (key and value) or a list's item.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Node {
    /// The first byte: the key's, an item's value's (a block item's `-` is before it).
    pub(crate) start: usize,
    /// Past the last byte of the value (past the `:` of a key with no value).
    pub(crate) end: usize,
    /// In a flow collection.
    pub(crate) flow: bool,
    /// The key, for a mapping's entry.
    pub(crate) key: Option<String>,
    pub(crate) value: Tree,
}

/// What a value holds.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Tree {
    Map(Vec<Node>),
    List(Vec<Node>),
    Leaf,
}

impl Tree {
    /// The entries or items.
    pub(crate) fn children(&self) -> &[Node] {
        match self {
            Tree::Map(nodes) | Tree::List(nodes) => nodes,
            Tree::Leaf => &[],
        }
    }
}

/// The tree of `piece` (text a piece parses alone, whose byte 0 is byte `offset` of the
/// file; see [`super::Piece`]), or `None` when it cannot be read.
pub(super) fn read(piece: &str, offset: usize) -> Option<Tree> {
    let mut events = Vec::new();
    for event in Parser::new_from_str(piece) {
        let (event, span) = event.ok()?;
        if !matches!(event, Event::Comment(..) | Event::Anchor(..)) {
            events.push((event, span));
        }
    }
    let mut reader = Reader {
        piece,
        offset,
        events,
        at: 0,
    };
    reader.expect(|e| matches!(e, Event::StreamStart))?;
    reader.expect(|e| matches!(e, Event::DocumentStart(..)))?;
    let (tree, _, _) = reader.value()?;
    Some(tree)
}

struct Reader<'a> {
    piece: &'a str,
    offset: usize,
    events: Vec<(Event<'a>, Span)>,
    at: usize,
}

impl<'a> Reader<'a> {
    fn next(&mut self) -> Option<(Event<'a>, Span)> {
        let event = self.events.get(self.at).cloned();
        self.at += 1;
        event
    }

    fn expect(&mut self, what: impl Fn(&Event<'a>) -> bool) -> Option<()> {
        self.next().filter(|(e, _)| what(e)).map(|_| ())
    }

    fn closes(&self) -> bool {
        matches!(
            self.events.get(self.at),
            Some((Event::MappingEnd | Event::SequenceEnd, _))
        )
    }

    /// One value: its tree, its first byte and the byte past its last (in the piece).
    fn value(&mut self) -> Option<(Tree, usize, usize)> {
        let (event, span) = self.next()?;
        let start = span.start.byte_offset()?;
        let mut end = content_end(&span)?.max(start);
        let (flow, map) = match event {
            Event::Scalar(..) | Event::Alias(_) => return Some((Tree::Leaf, start, end)),
            Event::MappingStart(style, ..) => (style == StructureStyle::Flow, true),
            Event::SequenceStart(style, ..) => (style == StructureStyle::Flow, false),
            _ => return None,
        };
        let mut nodes = Vec::new();
        while !self.closes() {
            let key = if map {
                let Some((Event::Scalar(key, ..), _)) = self.events.get(self.at) else {
                    return None;
                };
                let key = key.to_string();
                let (_, key_start, key_end) = self.value()?;
                Some((key, key_start, key_end))
            } else {
                None
            };
            let (value, value_start, value_end) = self.value()?;
            let (start, last) = match &key {
                Some((_, key_start, key_end)) => (*key_start, past_colon(self.piece, *key_end)),
                None => (value_start, value_start),
            };
            let node_end = last.max(value_end);
            end = end.max(node_end);
            nodes.push(Node {
                start: start + self.offset,
                end: node_end + self.offset,
                flow,
                key: key.map(|(k, _, _)| k),
                value,
            });
        }
        let (_, close) = self.next()?;
        end = end.max(content_end(&close)?);
        Some((
            if map {
                Tree::Map(nodes)
            } else {
                Tree::List(nodes)
            },
            start,
            end,
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'t>(text: &'t str, nodes: &[Node]) -> Vec<&'t str> {
        nodes.iter().map(|n| &text[n.start..n.end]).collect()
    }

    #[test]
    fn entries_and_items_span_their_text_block_and_flow() {
        let text = "id: s\nthreshold: \"2\"\nphrases:\n  - a\n  - { phrase: b, weight: 0 }\nregex: [\"(\", x]\nwhen:\n";
        let Some(Tree::Map(entries)) = read(text, 0) else {
            panic!("a mapping");
        };
        assert_eq!(
            texts(text, &entries),
            [
                "id: s",
                "threshold: \"2\"",
                "phrases:\n  - a\n  - { phrase: b, weight: 0 }",
                "regex: [\"(\", x]",
                "when:",
            ]
        );
        assert_eq!(entries[1].key.as_deref(), Some("threshold"));
        let phrases = entries[2].value.children();
        assert_eq!(texts(text, phrases), ["a", "{ phrase: b, weight: 0 }"]);
        assert!(!phrases[1].flow);
        let weighted = phrases[1].value.children();
        assert_eq!(texts(text, weighted), ["phrase: b", "weight: 0"]);
        assert!(weighted[1].flow);
        let regex = entries[3].value.children();
        assert_eq!(texts(text, regex), ["\"(\"", "x"]);
        assert!(regex[0].flow);
    }

    #[test]
    fn extents_are_in_the_file_s_bytes_and_unreadable_text_has_none() {
        let Some(Tree::Map(entries)) = read("a: 1", 10) else {
            panic!("a mapping");
        };
        assert_eq!((entries[0].start, entries[0].end), (10, 14));
        assert_eq!(read("a: [1", 0), None);
        assert_eq!(read("? [x]\n: 1\n", 0), None);
    }
}
