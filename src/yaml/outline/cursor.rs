//! The events of a YAML document, walked for its [outline](super::outline): text → its
//! parser events (comments and anchors left out), taken one node or list item at a time
//! with the extent of text each spans ([`Piece`]), each anchor remembered with the piece
//! it was defined in so that an alias to another piece ends the outline.

use std::collections::HashMap;

use serde_saphyr::granit_parser::{Event, Parser, Span};

use super::{Item, Piece};

/// A piece that starts where `span` does and ends at byte `end`.
pub(super) fn piece_at(span: &Span, end: usize) -> Option<Piece> {
    Some(Piece {
        start: span.start.byte_offset()?,
        end,
        line: u32::try_from(span.start.line()).ok()?,
        column: u32::try_from(span.start.col() + 1).ok()?,
        in_flow: false,
        list: None,
    })
}

/// Where a piece that ends at byte `end` of `text` ends with the `:` after it, if there is
/// one: an empty value (`columns:` with nothing after it, `- id: x` then `when:`) has an
/// empty span before its key's `:`, and a piece cut there would read as the text
/// `columns`, not as a key with an empty value. A tag after the `:` is the value's (an
/// empty value tagged, `name: !!null`, has its empty span before the `:` too): a piece
/// cut before it would read as the key with nothing, not as the tag the value is.
pub(in crate::yaml) fn past_colon(text: &str, end: usize) -> usize {
    let rest = text.get(end..).unwrap_or_default();
    let after = rest.trim_start_matches([' ', '\t']);
    let Some(value) = after.strip_prefix(':') else {
        return end;
    };
    let colon_end = end + (rest.len() - value.len());
    let tag = value.trim_start_matches([' ', '\t']);
    if !tag.starts_with('!') || tag.len() == value.len() {
        return colon_end;
    }
    let tag_len = tag
        .find(|c: char| c.is_whitespace() || matches!(c, ',' | '}' | ']'))
        .unwrap_or(tag.len());
    colon_end + (value.len() - tag.len()) + tag_len
}

/// Where the text of an event ends: block collections end where the next token starts
/// (an empty span), so they add nothing.
pub(in crate::yaml) fn content_end(span: &Span) -> Option<usize> {
    let (start, end) = (span.start.byte_offset()?, span.end.byte_offset()?);
    Some(if end > start { end } else { 0 })
}

pub(super) struct Cursor<'a> {
    text: &'a str,
    events: Vec<(Event<'a>, Span)>,
    at: usize,
    /// The piece each anchor was defined in.
    anchors: HashMap<usize, usize>,
    pieces: usize,
}

impl<'a> Cursor<'a> {
    /// The events of `text` but its comments and anchors; `None` at a syntax error.
    pub(super) fn new(text: &'a str) -> Option<Self> {
        let mut events = Vec::new();
        for event in Parser::new_from_str(text) {
            let (event, span) = event.ok()?;
            if !matches!(event, Event::Comment(..) | Event::Anchor(..)) {
                events.push((event, span));
            }
        }
        Some(Cursor {
            text,
            events,
            at: 0,
            anchors: HashMap::new(),
            pieces: 0,
        })
    }

    pub(super) fn peek(&self) -> Option<&(Event<'a>, Span)> {
        self.events.get(self.at)
    }

    pub(super) fn next(&mut self) -> Option<(Event<'a>, Span)> {
        let event = self.events.get(self.at).cloned();
        self.at += 1;
        event
    }

    pub(super) fn expect(
        &mut self,
        what: impl Fn(&Event<'a>) -> bool,
    ) -> Option<(Event<'a>, Span)> {
        self.next().filter(|(e, _)| what(e))
    }

    pub(super) fn new_piece(&mut self) -> usize {
        self.pieces += 1;
        self.pieces
    }

    pub(super) fn define(&mut self, anchor: usize, piece: usize) {
        if anchor != 0 {
            self.anchors.insert(anchor, piece);
        }
    }

    /// One list item; its `id` when it is a mapping that has one.
    pub(super) fn item(&mut self, piece: usize) -> Option<Item> {
        let Some((Event::MappingStart(_, anchor, _), _)) = self.peek() else {
            return Some(Item {
                piece: self.node(piece)?,
                id: None,
            });
        };
        let anchor = *anchor;
        let (_, open) = self.next()?;
        self.define(anchor, piece);
        let mut extent = piece_at(&open, content_end(&open)?)?;
        let mut id = None;
        loop {
            if let Some((Event::MappingEnd, _)) = self.peek() {
                let (_, close) = self.next()?;
                extent.end = past_colon(self.text, extent.end.max(content_end(&close)?));
                return Some(Item { piece: extent, id });
            }
            let is_id = matches!(self.peek(), Some((Event::Scalar(k, ..), _)) if k == "id");
            extent.end = extent.end.max(self.node(piece)?.end);
            let value = match self.peek() {
                Some((Event::Scalar(v, ..), _)) => Some(v.to_string()),
                _ => None,
            };
            extent.end = extent.end.max(self.node(piece)?.end);
            if is_id && id.is_none() {
                id = value;
            }
        }
    }

    /// Skips one node (a scalar, an alias, or a whole collection); gives its extent.
    pub(super) fn node(&mut self, piece: usize) -> Option<Piece> {
        let mut depth = 0usize;
        let mut extent: Option<Piece> = None;
        loop {
            let (event, span) = self.next()?;
            match event {
                Event::MappingStart(_, anchor, _) | Event::SequenceStart(_, anchor, _) => {
                    self.define(anchor, piece);
                    depth += 1;
                }
                Event::MappingEnd | Event::SequenceEnd => depth = depth.checked_sub(1)?,
                Event::Scalar(_, _, anchor, _) => self.define(anchor, piece),
                Event::Alias(anchor) if self.anchors.get(&anchor) == Some(&piece) => {}
                _ => return None,
            }
            let end = content_end(&span)?;
            match &mut extent {
                None => extent = Some(piece_at(&span, end)?),
                Some(e) => e.end = e.end.max(end),
            }
            if depth == 0 {
                return extent;
            }
        }
    }
}
