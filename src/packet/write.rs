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
//! putting a completed run in its place) live in `write/dir.rs`.

mod dir;
mod jsonl;
mod stem;
mod target;

use std::collections::HashSet;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use super::files::PacketFiles;
use super::line::PacketLine;
use super::{ContactHistory, Packet};
pub use dir::DirLock;
use dir::{previous_run, publish};
pub use jsonl::JsonlOut;
pub use stem::file_stem;
use stem::unique;
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

pub enum PacketSink {
    Jsonl {
        path: PathBuf,
        temp: PathBuf,
        out: Option<JsonlOut>,
        /// The directories made for the file: removed, if empty, when it is not written.
        created: Created,
        count: u64,
    },
    Dir {
        dir: PathBuf,
        /// Where this run's files wait until it completes; removed if it does not.
        staging: PathBuf,
        /// The directory to this run alone, until the sink is dropped (after the
        /// staging directory is gone: fields drop after [`Drop::drop`]).
        lock: Option<Box<DirLock>>,
        /// The directories made for the packets, `dir` too: removed, if empty, when the
        /// run does not complete.
        created: Created,
        /// The files of this run, in the order written (lower-cased names in `names`).
        files: Vec<String>,
        names: HashSet<String>,
        /// What the last completed run wrote, replaced when this one completes.
        previous: Vec<String>,
        /// The same names, to look up.
        earlier: HashSet<String>,
        /// The files of `previous` that hold what this run writes under their name: left
        /// in place, not staged (nor removed when the run completes).
        kept: HashSet<String>,
        /// A file of `previous` read into this, to compare it with what this run writes.
        old: Vec<u8>,
        count: u64,
        finished: bool,
    },
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
        if let Target::Jsonl { gzip } = target(path).map_err(err)? {
            if path.is_dir() {
                return Err(err(io::Error::new(
                    io::ErrorKind::IsADirectory,
                    "is a directory; a path ending in .jsonl or .ndjson (with .gz or not) names a file",
                )));
            }
            // As a directory of packets is created with its parents, so is a file's
            // directory: `--packets out/today/p.jsonl` works as `--packets out/today/p`.
            let created = match path.parent().filter(|p| !p.as_os_str().is_empty()) {
                Some(parent) => Created::dirs(parent).map_err(err)?,
                None => Created::default(),
            };
            // What runs killed before they completed left (`.p.jsonl.PID.tmp`, their
            // process gone) is removed, as a directory's staging directories are.
            crate::atomic::remove_stale_temps(path);
            let (temp, file) = match crate::atomic::locked_temp(path) {
                Ok(temp) => temp,
                Err(e) => {
                    created.remove_if_empty();
                    return Err(err(e));
                }
            };
            Ok(PacketSink::Jsonl {
                path: path.to_owned(),
                temp,
                out: Some(JsonlOut::new(file, gzip)),
                created,
                count: 0,
            })
        } else {
            if path.exists() && !path.is_dir() {
                return Err(err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    "exists and is not a directory; a path that does not end in .jsonl or .ndjson (with .gz or not) names a directory of packets",
                )));
            }
            let created = Created::dirs(path).map_err(err)?;
            // The lock is let go (its file removed) before what was created is removed.
            let taken = (|| {
                let lock = DirLock::take(path).map_err(err)?;
                let previous = previous_run(path, &lock).map_err(err)?;
                let staging = path.join(format!(
                    "{STAGING_PREFIX}{}{STAGING_SUFFIX}",
                    std::process::id()
                ));
                fs::create_dir(&staging).map_err(|source| WriteError {
                    path: staging.clone(),
                    source,
                })?;
                Ok((lock, previous, staging))
            })();
            let (lock, previous, staging) = match taken {
                Ok(taken) => taken,
                Err(e) => {
                    created.remove_if_empty();
                    return Err(e);
                }
            };
            Ok(PacketSink::Dir {
                dir: path.to_owned(),
                staging,
                lock: Some(Box::new(lock)),
                created,
                files: Vec::new(),
                names: HashSet::new(),
                earlier: previous.iter().cloned().collect(),
                previous,
                kept: HashSet::new(),
                old: Vec::new(),
                count: 0,
                finished: false,
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
            PacketSink::Jsonl { path, .. } => Err(WriteError {
                path: path.clone(),
                source: io::Error::other("a JSONL file takes JSON lines, not a packet's files"),
            }),
            PacketSink::Dir {
                dir,
                staging,
                files,
                names,
                earlier,
                kept,
                old,
                count,
                ..
            } => {
                let name = unique(&packet.stem, names);
                let json = packet.json(history).map_err(|source| WriteError {
                    path: dir.clone(),
                    source,
                })?;
                for (file, bytes) in [
                    (format!("{name}.json"), json),
                    (format!("{name}.md"), packet.markdown(history).into_bytes()),
                ] {
                    let err = |source| WriteError {
                        path: dir.join(&file),
                        source,
                    };
                    // The earlier run wrote the same bytes: its file stays as it is
                    // (its time too), and the file system makes no new one.
                    if earlier.contains(&file)
                        && holds(&dir.join(&file), &bytes, old).map_err(err)?
                    {
                        kept.insert(file.clone());
                    } else {
                        fs::write(staging.join(&file), bytes).map_err(err)?;
                    }
                    files.push(file);
                }
                *count += 1;
                Ok(())
            }
        }
    }

    /// Completes the output; returns how many packets were written.
    pub fn finish(mut self) -> Result<u64, WriteError> {
        match &mut self {
            PacketSink::Jsonl {
                path,
                temp,
                out,
                count,
                ..
            } => {
                let err = |source| WriteError {
                    path: path.clone(),
                    source,
                };
                // The file stays open, and locked, until it is renamed into place: let
                // go before, another run could take it for a killed run's and remove it.
                let file = out
                    .take()
                    .map(|out| out.into_file().map_err(err))
                    .transpose()?;
                if let Some(file) = &file {
                    file.sync_all().map_err(err)?;
                }
                fs::rename(&*temp, &*path).map_err(err)?;
                drop(file);
                Ok(*count)
            }
            PacketSink::Dir {
                dir,
                staging,
                files,
                previous,
                kept,
                count,
                finished,
                ..
            } => {
                publish(dir, staging, previous, files, kept).map_err(|source| WriteError {
                    path: dir.clone(),
                    source,
                })?;
                *finished = true;
                Ok(*count)
            }
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
    /// An unfinished output is removed, not left half-written: the JSONL file's temporary
    /// file, or the directory's staging directory, then the directories the run created
    /// if they are empty (once finished, there is nothing to remove: the temporary file
    /// has become the output, the staging directory is gone).
    fn drop(&mut self) {
        match self {
            PacketSink::Jsonl {
                temp, out, created, ..
            } => {
                drop(out.take());
                let _ = fs::remove_file(temp);
                // Once renamed into place, the file keeps its directory.
                created.remove_if_empty();
            }
            PacketSink::Dir {
                staging,
                finished,
                lock,
                created,
                ..
            } => {
                if !*finished {
                    let _ = fs::remove_dir_all(staging);
                    // Its file removed, the directory can be empty.
                    drop(lock.take());
                    created.remove_if_empty();
                }
            }
        }
    }
}

/// Whether the file at `path` holds exactly `bytes` (read into `buf`); false when it is
/// gone.
fn holds(path: &Path, bytes: &[u8], buf: &mut Vec<u8>) -> io::Result<bool> {
    use std::io::Read as _;
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e),
    };
    if file.metadata()?.len() != bytes.len() as u64 {
        return Ok(false);
    }
    buf.clear();
    // One byte more than expected tells a file that grew since.
    file.take(bytes.len() as u64 + 1).read_to_end(buf)?;
    Ok(buf == bytes)
}

#[cfg(test)]
mod tests;
