//! Where packets go: a `.jsonl` file (one packet per line) or a directory (one `.json`
//! and one `.md` per conversation). Every file is written under a temporary name and
//! renamed when complete, so a failed run never leaves half a file where a packet
//! should be. (The directory's files are not synced one by one: that made writing ten
//! thousand packets take a minute, for durability against power loss that a rerun gives.)
//!
//! A directory keeps a manifest, [`MANIFEST`], naming every file a run wrote, each
//! listed before it is written. A later run into the same directory removes those files
//! first, so the directory never mixes packets of two runs; a directory holding anything
//! else (files this tool did not write) is refused rather than cleared.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, BufWriter, Write as _};
use std::path::{Path, PathBuf};

use super::line::PacketLine;
use super::{ContactHistory, Packet, markdown};

/// Why packets could not be written.
#[derive(Debug, thiserror::Error)]
#[error("cannot write packets to {}", .path.display())]
pub struct WriteError {
    pub path: PathBuf,
    #[source]
    pub source: io::Error,
}

pub enum PacketSink {
    Jsonl {
        path: PathBuf,
        temp: PathBuf,
        out: Option<BufWriter<File>>,
        count: u64,
    },
    Dir {
        dir: PathBuf,
        names: HashSet<String>,
        /// The manifest, open for appending.
        manifest: File,
        count: u64,
    },
}

/// The file in a packets directory that names the files the last run wrote, one a line.
pub const MANIFEST: &str = ".handoff-packets";

impl PacketSink {
    /// `path` ending in `.jsonl`: one file; anything else: a directory (created if needed).
    pub fn create(path: &Path) -> Result<PacketSink, WriteError> {
        let err = |source| WriteError {
            path: path.to_owned(),
            source,
        };
        if path.extension().is_some_and(|e| e == "jsonl") {
            if path.is_dir() {
                return Err(err(io::Error::new(
                    io::ErrorKind::IsADirectory,
                    "is a directory; a path ending in .jsonl names a file",
                )));
            }
            let temp = crate::atomic::temp_name(path);
            let file = File::create(&temp).map_err(err)?;
            Ok(PacketSink::Jsonl {
                path: path.to_owned(),
                temp,
                out: Some(BufWriter::new(file)),
                count: 0,
            })
        } else {
            fs::create_dir_all(path).map_err(err)?;
            clear_previous_run(path).map_err(err)?;
            let manifest = File::create(path.join(MANIFEST)).map_err(err)?;
            Ok(PacketSink::Dir {
                dir: path.to_owned(),
                names: HashSet::new(),
                manifest,
                count: 0,
            })
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
            PacketSink::Jsonl {
                temp, out, count, ..
            } => {
                let err = |source| WriteError {
                    path: temp.clone(),
                    source,
                };
                let out = out
                    .as_mut()
                    .ok_or_else(|| err(io::Error::other("already finished")))?;
                line.write_to(history, out).map_err(err)?;
                *count += 1;
                Ok(())
            }
            PacketSink::Dir { dir, .. } => Err(WriteError {
                path: dir.clone(),
                source: io::Error::other("a directory takes whole packets, not JSON lines"),
            }),
        }
    }

    pub fn write(&mut self, packet: &Packet) -> Result<(), WriteError> {
        match self {
            PacketSink::Jsonl { .. } => {
                let line = PacketLine::new(packet).map_err(|source| WriteError {
                    path: self.location().to_owned(),
                    source,
                })?;
                self.write_line(&line, &packet.contact_history)?;
            }
            PacketSink::Dir {
                dir,
                names,
                manifest,
                count,
            } => {
                let name = unique(&file_stem(&packet.conversation_id), names);
                // Listed before written: whatever is in the directory after a crash is
                // in the manifest, and the next run clears it.
                manifest
                    .write_all(format!("{name}.json\n{name}.md\n").as_bytes())
                    .map_err(|source| WriteError {
                        path: dir.join(MANIFEST),
                        source,
                    })?;
                let mut json = serde_json::to_vec_pretty(packet).map_err(|e| WriteError {
                    path: dir.clone(),
                    source: e.into(),
                })?;
                json.push(b'\n');
                write_atomically(&dir.join(format!("{name}.json")), &json)?;
                write_atomically(
                    &dir.join(format!("{name}.md")),
                    markdown::render(packet).as_bytes(),
                )?;
                *count += 1;
            }
        }
        Ok(())
    }

    /// Completes the output; returns how many packets were written.
    pub fn finish(mut self) -> Result<u64, WriteError> {
        match &mut self {
            PacketSink::Jsonl {
                path,
                temp,
                out,
                count,
            } => {
                let err = |source| WriteError {
                    path: path.clone(),
                    source,
                };
                if let Some(out) = out.take() {
                    let file = out.into_inner().map_err(|e| err(e.into_error()))?;
                    file.sync_all().map_err(err)?;
                }
                fs::rename(&*temp, &*path).map_err(err)?;
                Ok(*count)
            }
            PacketSink::Dir { count, .. } => Ok(*count),
        }
    }

    pub fn location(&self) -> &Path {
        match self {
            PacketSink::Jsonl { path, .. } => path,
            PacketSink::Dir { dir, .. } => dir,
        }
    }
}

impl Drop for PacketSink {
    /// An unfinished JSONL file is removed, not left half-written (once finished, the
    /// temporary file has become the output and there is nothing to remove).
    fn drop(&mut self) {
        if let PacketSink::Jsonl { temp, out, .. } = self {
            drop(out.take());
            let _ = fs::remove_file(temp);
        }
    }
}

/// Removes the files an earlier run listed in the manifest (and its leftover temporary
/// files), after checking that the directory holds nothing else.
fn clear_previous_run(dir: &Path) -> io::Result<()> {
    let listed: HashSet<String> = match fs::read_to_string(dir.join(MANIFEST)) {
        Ok(text) => text.lines().map(str::to_owned).collect(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => HashSet::new(),
        Err(e) => return Err(e),
    };
    let ours = |name: &str| {
        name == MANIFEST
            || listed.contains(name)
            || name
                .strip_prefix('.')
                .and_then(|n| n.strip_suffix(".tmp"))
                .and_then(|n| n.rsplit_once('.'))
                .is_some_and(|(file, pid)| {
                    listed.contains(file) && pid.bytes().all(|b| b.is_ascii_digit())
                })
    };
    let mut entries = Vec::new();
    let mut foreign = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if ours(&name) && entry.file_type()?.is_file() {
            entries.push(entry.path());
        } else {
            foreign.push(name);
        }
    }
    if !foreign.is_empty() {
        foreign.sort();
        let more = match foreign.len() {
            1 => String::new(),
            2 => " and 1 other".to_owned(),
            n => format!(" and {} others", n - 1),
        };
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!(
                "the directory holds `{}`{more}, which an earlier `replay --packets` did not write; \
                 give a new or empty directory (packets of two runs are never mixed)",
                foreign[0]
            ),
        ));
    }
    for path in entries {
        fs::remove_file(path)?;
    }
    Ok(())
}

fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), WriteError> {
    crate::atomic::write(path, bytes).map_err(|source| WriteError {
        path: path.to_owned(),
        source,
    })
}

/// A file name for a conversation id: letters, digits, `-`, `_` and `.` kept, the rest
/// `_`, at most 100 bytes; a short hash of the id is added when anything changed, so
/// two ids never share a file.
pub fn file_stem(id: &str) -> String {
    let mut stem: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    if stem.starts_with('.') {
        stem.replace_range(..1, "_");
    }
    if stem != id || stem.is_empty() {
        stem = format!("{stem}-{:08x}", fnv32(id));
    }
    stem
}

fn unique(stem: &str, names: &mut HashSet<String>) -> String {
    let mut name = stem.to_owned();
    let mut n = 2;
    while !names.insert(name.to_ascii_lowercase()) {
        name = format!("{stem}-{n}");
        n += 1;
    }
    name
}

fn fnv32(s: &str) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    for b in s.bytes() {
        hash ^= u32::from(b);
        hash = hash.wrapping_mul(0x0100_0193);
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stems_are_safe_and_distinct() {
        assert_eq!(
            file_stem("c01-enterprise_discount.2"),
            "c01-enterprise_discount.2"
        );
        let slash = file_stem("../../etc/passwd");
        assert!(!slash.contains('/') && !slash.starts_with('.'), "{slash}");
        assert_ne!(
            file_stem("a/b"),
            file_stem("a:b"),
            "both become a_b, the hash tells them apart"
        );
        assert_eq!(file_stem("").len(), 9, "an empty id still gets a name");
        assert!(file_stem(&"x".repeat(500)).len() <= 109);
        let mut names = HashSet::new();
        assert_eq!(unique("C1", &mut names), "C1");
        assert_eq!(
            unique("c1", &mut names),
            "c1-2",
            "case-insensitive file systems"
        );
    }
}
