//! A packet as one JSON line (encoded by `packet/json.rs`; for a directory's `.json`
//! file, pretty JSON by `serde_json`): serialised where the packet is built (a worker
//! thread), without its contact history,
//! which follows the input order and is known only where the packets are written;
//! completed there with it, into exactly the bytes `serde_json` writes for the whole
//! packet.

use std::io::{self, Write};

use serde::Serialize;
use serde_json::ser::{Formatter, PrettyFormatter};

use super::{ContactHistory, Packet};

/// The field completed on the writing thread.
const HISTORY: &str = "contact_history";

/// A packet's JSON line, without the value of its `contact_history`.
#[derive(Debug)]
pub struct PacketLine {
    bytes: Vec<u8>,
    /// Where the history's value goes.
    at: usize,
    /// Whether it is `serde_json`'s pretty output (`to_vec_pretty`), not one line.
    pretty: bool,
}

impl PacketLine {
    /// Serialises `packet` (compact, one line), leaving out its history's value.
    ///
    /// # Errors
    /// Serialisation's, which a packet does not have (its maps have string keys).
    pub fn new(packet: &Packet) -> io::Result<PacketLine> {
        let mut bytes = Vec::with_capacity(4096);
        let at = super::json::encode(packet, &mut bytes);
        Ok(PacketLine {
            bytes,
            at,
            pretty: false,
        })
    }

    /// Serialises `packet` as `serde_json::to_vec_pretty` does, for a packet's `.json`
    /// file, leaving out its history's value.
    ///
    /// # Errors
    /// Serialisation's, which a packet does not have (its maps have string keys).
    pub fn pretty(packet: &Packet) -> io::Result<PacketLine> {
        Self::with(packet, PrettyFormatter::new())
    }

    fn with<F: Formatter>(packet: &Packet, inner: F) -> io::Result<PacketLine> {
        let mut bytes = Vec::with_capacity(4096);
        let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, Marks::new(inner));
        packet.serialize(&mut serializer)?;
        // JSON text never holds a raw NUL (control characters in strings are escaped):
        // the two the formatter wrote are the history's value's bounds.
        let mut marks = memchr::memchr_iter(0, &bytes);
        let (Some(at), Some(end), None) = (marks.next(), marks.next(), marks.next()) else {
            return Err(io::Error::other(
                "a packet's JSON must hold its contact history once",
            ));
        };
        bytes.drain(at..=end);
        Ok(PacketLine {
            bytes,
            at,
            pretty: true,
        })
    }

    /// Writes the line with `history`, and a newline.
    pub fn write_to(&self, history: &ContactHistory, out: &mut impl Write) -> io::Result<()> {
        let (head, tail) = self.bytes.split_at(self.at);
        out.write_all(head)?;
        if self.pretty {
            // A field of the packet's object is one level in: every line of the value
            // but its first indented once more (a string holds no raw line break).
            let value = serde_json::to_string_pretty(history)?;
            out.write_all(value.replace('\n', "\n  ").as_bytes())?;
        } else {
            serde_json::to_writer(&mut *out, history)?;
        }
        out.write_all(tail)?;
        out.write_all(b"\n")
    }
}

/// `serde_json`'s output by the `inner` formatter, with a NUL byte before and after the
/// value of the top-level object's `contact_history` field.
#[derive(Debug)]
struct Marks<F> {
    inner: F,
    /// Objects and arrays open: 1 inside the packet itself.
    depth: usize,
    /// While a top-level key is written: whether it is [`HISTORY`] so far, and how far.
    key: Option<(bool, usize)>,
    /// Whether the value being written is the history's.
    marking: bool,
}

impl<F> Marks<F> {
    fn new(inner: F) -> Self {
        Marks {
            inner,
            depth: 0,
            key: None,
            marking: false,
        }
    }
}

impl<F: Formatter> Formatter for Marks<F> {
    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.inner.begin_object(writer)
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        self.inner.end_object(writer)
    }

    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth += 1;
        self.inner.begin_array(writer)
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.depth = self.depth.saturating_sub(1);
        self.inner.end_array(writer)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.inner.begin_array_value(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.inner.end_array_value(writer)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        if self.depth == 1 {
            self.key = Some((true, 0));
        }
        self.inner.begin_object_key(writer, first)
    }

    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        if let Some((same, at)) = &mut self.key {
            let end = *at + fragment.len();
            *same = *same && HISTORY.as_bytes().get(*at..end) == Some(fragment.as_bytes());
            *at = end;
        }
        self.inner.write_string_fragment(writer, fragment)
    }

    fn end_object_key<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        // Top-level keys are the packet's own field names, written in one fragment.
        if self.depth == 1 {
            self.marking = self
                .key
                .take()
                .is_some_and(|(same, at)| same && at == HISTORY.len());
        }
        self.inner.end_object_key(writer)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.inner.begin_object_value(writer)?;
        if self.depth == 1 && self.marking {
            writer.write_all(b"\0")?;
        }
        Ok(())
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        // Values inside the history's own object end deeper.
        if self.depth == 1 && std::mem::take(&mut self.marking) {
            writer.write_all(b"\0")?;
        }
        self.inner.end_object_value(writer)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::ser::CompactFormatter;

    use super::*;

    fn packet(fields: &[(&str, &str)]) -> Packet {
        Packet {
            reason: Some("a \"quoted\" reason\n".into()),
            bridge_message: Some("\0 not a mark".into()),
            ..Packet::sample("c1", fields)
        }
    }

    /// Only the top-level `contact_history` is marked: not a longer or shorter key, not
    /// one deeper down.
    #[test]
    fn only_the_top_level_history_is_marked() {
        let value = serde_json::json!({
            "contact": {"contact_history": 1},
            "contact_histor": 2,
            "contact_history_": 3,
            "contact_history": {"key": [4]},
            "summary": 5
        });
        let mut bytes = Vec::new();
        let mut serializer =
            serde_json::Serializer::with_formatter(&mut bytes, Marks::new(CompactFormatter));
        value.serialize(&mut serializer).unwrap();
        let text = String::from_utf8(bytes).unwrap();
        assert_eq!(text.matches('\0').count(), 2, "{text:?}");
        assert!(
            text.contains("\"contact_history\":\0{\"key\":[4]}\0,"),
            "{text:?}"
        );
    }

    /// The line completed with a history is what `serde_json` writes for the packet
    /// holding it, even when a metadata column is named `contact_history` and text
    /// holds NUL bytes.
    #[test]
    fn the_completed_line_is_the_whole_packet_serialised() {
        let history = ContactHistory {
            key: Some("email".into()),
            previous_conversations: 3,
            previously_escalated: 1,
            last_conversation_id: Some("c0".into()),
            last_conversation_time: None,
        };
        for fields in [
            &[][..],
            &[("contact_history", "{\"key\":null}"), ("tier", "pro")][..],
        ] {
            let mut whole = packet(fields);
            let line = PacketLine::new(&whole).unwrap();
            whole.contact_history = history.clone();
            let mut expected = serde_json::to_vec(&whole).unwrap();
            expected.push(b'\n');
            let mut out = Vec::new();
            line.write_to(&history, &mut out).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(expected).unwrap()
            );
            // And pretty, as a directory's `.json` file holds it.
            whole.contact_history = ContactHistory::default();
            let pretty = PacketLine::pretty(&whole).unwrap();
            whole.contact_history = history.clone();
            let mut expected = serde_json::to_vec_pretty(&whole).unwrap();
            expected.push(b'\n');
            let mut out = Vec::new();
            pretty.write_to(&history, &mut out).unwrap();
            assert_eq!(
                String::from_utf8(out).unwrap(),
                String::from_utf8(expected).unwrap()
            );
        }
    }
}
