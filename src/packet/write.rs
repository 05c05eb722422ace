//! Where packets go: a `.jsonl` or `.ndjson` file (one packet per line, gzip-compressed
//! when the name ends in `.gz`) or a directory (one `.json` and one `.md` per
//! conversation), written whole or not at all; a run that writes nothing removes the
//! directories it created (`write/target.rs` tells the kinds apart). The file is written
//! under a temporary name and renamed when complete; a directory's packets are written
//! into a hidden staging directory inside it and moved into place when the run
//! completes, so a run that fails (a full disk, invalid input) leaves the directory as
//! it was, with the earlier run's packets. (The files are not synced one by one: that
//! made writing ten thousand packets take a minute, for durability against power loss
//! that a rerun gives.)
//!
//! A directory keeps a manifest, [`MANIFEST`], naming every file the last run wrote.
//! A completed run replaces those files, so the directory never mixes packets of two
//! runs (a file that would hold the same bytes is left in place, not staged: reruns
//! write only what changed); a directory holding anything else (files this tool did
//! not write) is refused rather than cleared. Whatever a crash (not an error: a kill or a power cut) leaves
//! in the directory is listed in the manifest or in a staging directory the next run
//! removes. So is what an error while moving files into place leaves (part of one run),
//! and the error says so. A run holds the directory's lock ([`DirLock`]) while it
//! writes: a second run into it is refused, and whatever a run finds there was left by a
//! run that has ended. The manifest's steps (the lock, what the earlier run left,
//! putting a completed run in its place) live in `write/dir.rs`; the file's writing in
//! `write/into_file.rs`, the directory's in `write/into_dir.rs`.

mod dir;
mod into_dir;
mod into_file;
mod jsonl;
mod stem;
mod target;

use std::io;
use std::path::{Path, PathBuf};

use super::files::PacketFiles;
use super::line::PacketLine;
use super::{ContactHistory, Packet};
pub use dir::DirLock;
pub use into_dir::DirSink;
pub use into_file::JsonlSink;
pub use jsonl::JsonlOut;
pub use stem::file_stem;
pub use target::Created;
use target::{Target, check_ancestors, target};

/// Why packets could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write packets to {}", .path.display())]
pub struct WriteError {
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

/// Where this run's packets go: one JSONL file or a directory of them.
pub enum PacketSink {
    Jsonl(JsonlSink),
    Dir(DirSink),
}

/// The file in a packets directory that names the files the last run wrote, one a line.
pub const MANIFEST: &str = ".handoff-packets";

/// The staging directory's name starts with this; the process id follows.
const STAGING_PREFIX: &str = ".handoff-packets.";
const STAGING_SUFFIX: &str = ".tmp";

impl PacketSink {
    /// `path` ending in `.jsonl` or `.ndjson` (in any case), `.gz` after them to
    /// compress: one file; ending in `.json` or another file's ending: refused, saying
    /// what to write; anything else but `-`: a directory. Either way, missing
    /// directories on the way are created (and removed if the run writes nothing).
    pub fn create(path: &Path) -> Result<PacketSink, WriteError> {
        let err = |source| WriteError {
            path: path.to_owned(),
            source,
        };
        if path.as_os_str() == "-" {
            return Err(err(io::Error::new(
                io::ErrorKind::InvalidInput,
                "packets cannot go to stdout, which the outcomes take; name a .jsonl file or a directory",
            )));
        }
        check_ancestors(path).map_err(err)?;
        match target(path).map_err(err)? {
            Target::Jsonl { gzip } => JsonlSink::create(path, gzip).map(PacketSink::Jsonl),
            Target::Dir => DirSink::create(path).map(PacketSink::Dir),
        }
    }

    /// Whether packets go to one JSONL file: then [`PacketSink::write_line`] takes them
    /// already serialised.
    pub fn is_jsonl(&self) -> bool {
        matches!(self, PacketSink::Jsonl { .. })
    }

    /// Writes a packet serialised elsewhere, with its contact history, to a JSONL file.
    pub fn write_line(
        &mut self,
        line: &PacketLine,
        history: &ContactHistory,
    ) -> Result<(), WriteError> {
        match self {
            PacketSink::Jsonl(sink) => sink.write_line(line, history),
            PacketSink::Dir(sink) => Err(WriteError {
                path: sink.dir().to_owned(),
                source: io::Error::other("a directory takes whole packets, not JSON lines"),
            }),
        }
    }

    pub fn write(&mut self, packet: &Packet) -> Result<(), WriteError> {
        let err = |source| WriteError {
            path: self.location().to_owned(),
            source,
        };
        if self.is_jsonl() {
            let line = PacketLine::new(packet).map_err(err)?;
            self.write_line(&line, &packet.contact_history)
        } else {
            let files = PacketFiles::new(packet).map_err(err)?;
            self.write_files(&files, &packet.contact_history)
        }
    }

    /// Writes a packet's files rendered elsewhere, with its contact history, to a
    /// directory.
    pub fn write_files(
        &mut self,
        packet: &PacketFiles,
        history: &ContactHistory,
    ) -> Result<(), WriteError> {
        match self {
            PacketSink::Jsonl(sink) => Err(WriteError {
                path: sink.path().to_owned(),
                source: io::Error::other("a JSONL file takes JSON lines, not a packet's files"),
            }),
            PacketSink::Dir(sink) => sink.write_files(packet, history),
        }
    }

    /// Completes the output; returns how many packets were written.
    pub fn finish(self) -> Result<u64, WriteError> {
        match self {
            PacketSink::Jsonl(sink) => sink.finish(),
            PacketSink::Dir(sink) => sink.finish(),
        }
    }

    pub fn location(&self) -> &Path {
        match self {
            PacketSink::Jsonl(sink) => sink.path(),
            PacketSink::Dir(sink) => sink.dir(),
        }
    }
}

#[cfg(test)]
mod tests;
