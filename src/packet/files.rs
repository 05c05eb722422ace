//! A packet as a directory holds it, its `.json` and `.md` files: rendered where the
//! packet is built (a worker thread), without its contact history, which follows the
//! input order and is known only where the packets are written; completed there with
//! it, into exactly the files the whole packet renders to.

use std::io;

use super::line::PacketLine;
use super::markdown::PacketMarkdown;
use super::{ContactHistory, Packet};

/// A packet's files, all but its contact history.
#[derive(Debug)]
pub struct PacketFiles {
    /// The files' name before its extension, as [`super::write::file_stem`] makes it
    /// (the directory makes it unique).
    pub(super) stem: String,
    json: PacketLine,
    markdown: PacketMarkdown,
}

impl PacketFiles {
    /// Renders `packet`'s files, leaving out its history.
    ///
    /// # Errors
    /// Serialisation's, which a packet does not have (its maps have string keys).
    pub fn new(packet: &Packet) -> io::Result<PacketFiles> {
        Ok(PacketFiles {
            stem: super::write::file_stem(&packet.conversation_id),
            json: PacketLine::pretty(packet)?,
            markdown: PacketMarkdown::new(packet),
        })
    }

    /// The `.json` file's bytes, with `history`: `serde_json`'s pretty output and a
    /// newline.
    pub(super) fn json(&self, history: &ContactHistory) -> io::Result<Vec<u8>> {
        let mut out = Vec::new();
        self.json.write_to(history, &mut out)?;
        Ok(out)
    }

    /// The `.md` file's text, with `history`.
    pub(super) fn markdown(&self, history: &ContactHistory) -> String {
        self.markdown.with(history)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::packet::markdown;

    /// The files completed with a history are those of the packet holding it.
    #[test]
    fn the_completed_files_are_the_whole_packet_rendered() {
        let history = ContactHistory {
            key: Some("email".into()),
            previous_conversations: 2,
            previously_escalated: 1,
            last_conversation_id: Some("c0".into()),
            last_conversation_time: Some("2026-03-01T10:00:00Z".into()),
        };
        for history in [ContactHistory::default(), history] {
            let mut whole = Packet::sample("c/1", &[("tier", "gold"), ("contact_history", "x")]);
            let files = PacketFiles::new(&whole).unwrap();
            whole.contact_history = history.clone();
            let mut json = serde_json::to_vec_pretty(&whole).unwrap();
            json.push(b'\n');
            assert_eq!(
                String::from_utf8(files.json(&history).unwrap()).unwrap(),
                String::from_utf8(json).unwrap()
            );
            let md = files.markdown(&history);
            assert_eq!(md, markdown::render(&whole));
            assert_eq!(md.contains("| History |"), history.key.is_some(), "{md}");
            if history.key.is_some() {
                assert!(md.contains("| History | 2 earlier conversations (1 escalated)"));
            }
            assert_eq!(files.stem, super::super::write::file_stem("c/1"));
        }
    }
}
