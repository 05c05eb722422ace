//! Where packets go: a `.jsonl` file (one packet per line) or a directory (one `.json`
//! and one `.md` per conversation), written whole or not at all. The file is written
//! under a temporary name and renamed when complete; a directory's packets are written
//! into a hidden staging directory inside it and moved into place when the run
//! completes, so a run that fails (a full disk, invalid input) leaves the directory as
//! it was, with the earlier run's packets. (The files are not synced one by one: that
//! made writing ten thousand packets take a minute, for durability against power loss
//! that a rerun gives.)
//!
//! A directory keeps a manifest, [`MANIFEST`], naming every file the last run wrote.
//! A completed run replaces those files, so the directory never mixes packets of two
//! runs; a directory holding anything else (files this tool did not write) is refused
//! rather than cleared. Whatever a crash (not an error: a kill or a power cut) leaves
//! in the directory is listed in the manifest or in a staging directory the next run
//! removes. So is what an error while moving files into place leaves (part of one run),
//! and the error says so.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, BufWriter};
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
        /// Where this run's files wait until it completes; removed if it does not.
        staging: PathBuf,
        /// The files of this run, in the order written (lower-cased names in `names`).
        files: Vec<String>,
        names: HashSet<String>,
        /// What the last completed run wrote, replaced when this one completes.
        previous: Vec<String>,
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
            let previous = previous_run(path).map_err(err)?;
            let staging = path.join(format!(
                "{STAGING_PREFIX}{}{STAGING_SUFFIX}",
                std::process::id()
            ));
            fs::create_dir(&staging).map_err(|source| WriteError {
                path: staging.clone(),
                source,
            })?;
            Ok(PacketSink::Dir {
                dir: path.to_owned(),
                staging,
                files: Vec::new(),
                names: HashSet::new(),
                previous,
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
                staging,
                files,
                names,
                count,
                ..
            } => {
                let name = unique(&file_stem(&packet.conversation_id), names);
                let mut json = serde_json::to_vec_pretty(packet).map_err(|e| WriteError {
                    path: dir.clone(),
                    source: e.into(),
                })?;
                json.push(b'\n');
                for (file, bytes) in [
                    (format!("{name}.json"), json),
                    (format!("{name}.md"), markdown::render(packet).into_bytes()),
                ] {
                    fs::write(staging.join(&file), bytes).map_err(|source| WriteError {
                        path: dir.join(&file),
                        source,
                    })?;
                    files.push(file);
                }
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
            PacketSink::Dir {
                dir,
                staging,
                files,
                previous,
                count,
                finished,
                ..
            } => {
                publish(dir, staging, previous, files).map_err(|source| WriteError {
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
    /// file, or the directory's staging directory (once finished, there is nothing to
    /// remove: the temporary file has become the output, the staging directory is gone).
    fn drop(&mut self) {
        match self {
            PacketSink::Jsonl { temp, out, .. } => {
                drop(out.take());
                let _ = fs::remove_file(temp);
            }
            PacketSink::Dir {
                staging, finished, ..
            } => {
                if !*finished {
                    let _ = fs::remove_dir_all(staging);
                }
            }
        }
    }
}

/// Moves a completed run's files from `staging` into `dir` in place of the `previous`
/// run's, keeping every file the directory holds listed in the manifest at every step:
/// first both runs' files, then this run's alone.
///
/// The earlier run's files are all removed before any of this run's is moved, so an
/// error part-way leaves the directory holding part of one run, never files of both:
/// the error says which, and that the manifest, still listing both runs' files, lets the
/// next run clear them.
fn publish(dir: &Path, staging: &Path, previous: &[String], files: &[String]) -> io::Result<()> {
    let manifest = dir.join(MANIFEST);
    crate::atomic::write(&manifest, listing(previous.iter().chain(files)).as_bytes())?;
    for (done, name) in previous.iter().enumerate() {
        match fs::remove_file(dir.join(name)) {
            Err(source) if source.kind() != io::ErrorKind::NotFound => {
                return Err(part_way(PartWay::Removing {
                    dir: dir.to_owned(),
                    name: name.clone(),
                    done,
                    total: previous.len(),
                    source,
                }));
            }
            _ => {}
        }
    }
    for (done, name) in files.iter().enumerate() {
        fs::rename(staging.join(name), dir.join(name)).map_err(|source| {
            part_way(PartWay::Moving {
                dir: dir.to_owned(),
                name: name.clone(),
                done,
                total: files.len(),
                source,
            })
        })?;
    }
    crate::atomic::write(&manifest, listing(files).as_bytes()).map_err(|source| {
        part_way(PartWay::Manifest {
            dir: dir.to_owned(),
            files: files.len(),
            source,
        })
    })?;
    fs::remove_dir(staging)
}

/// An I/O error saying what the directory holds after it (the original error is its
/// source, its kind kept).
fn part_way(what: PartWay) -> io::Error {
    let kind = match &what {
        PartWay::Removing { source, .. }
        | PartWay::Moving { source, .. }
        | PartWay::Manifest { source, .. } => source.kind(),
    };
    io::Error::new(kind, what)
}

/// A directory left changed by a run that failed while moving its files into place:
/// what it holds now, and why the next run can clear it.
#[derive(Debug, thiserror::Error)]
enum PartWay {
    #[error(
        "removing the earlier run's files failed at `{name}`, {done} of {total} removed: {} now holds the rest of the earlier run's files and none of this run's; its manifest ({MANIFEST}) lists both runs' files, so the next run clears them once what stopped this one is fixed",
        .dir.display()
    )]
    Removing {
        dir: PathBuf,
        name: String,
        done: usize,
        total: usize,
        #[source]
        source: io::Error,
    },
    #[error(
        "moving this run's files into place failed at `{name}`, {done} of {total} moved: {} now holds part of this run's packets and none of the earlier run's (removed first), not one complete run; its manifest ({MANIFEST}) lists both runs' files, so the next run clears them once what stopped this one is fixed",
        .dir.display()
    )]
    Moving {
        dir: PathBuf,
        name: String,
        done: usize,
        total: usize,
        #[source]
        source: io::Error,
    },
    #[error(
        "this run's {files} files are all in place in {}, but its manifest ({MANIFEST}) could not be rewritten to list them alone: it still lists the earlier run's files too, which the next run clears with them",
        .dir.display()
    )]
    Manifest {
        dir: PathBuf,
        files: usize,
        #[source]
        source: io::Error,
    },
}

/// A manifest's text: one name a line.
fn listing<'a>(names: impl IntoIterator<Item = &'a String>) -> String {
    names.into_iter().flat_map(|n| [n.as_str(), "\n"]).collect()
}

/// The files the last run listed in the manifest, after checking that the directory
/// holds nothing else; removes what a crashed run left: its temporary files and
/// staging directories.
fn previous_run(dir: &Path) -> io::Result<Vec<String>> {
    let listed: Vec<String> = match fs::read_to_string(dir.join(MANIFEST)) {
        Ok(text) => text.lines().map(str::to_owned).collect(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e),
    };
    // A set: a directory of ten thousand packets lists twenty thousand files.
    let set: HashSet<&str> = listed.iter().map(String::as_str).collect();
    let is_listed = |name: &str| set.contains(name);
    let pid = |n: &str| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit());
    // A crashed run's staging directory (`.handoff-packets.PID.tmp`) or temporary file
    // (`.NAME.PID.tmp`, also what an earlier version left).
    let leftover = |name: &str| {
        name.strip_prefix(STAGING_PREFIX)
            .and_then(|n| n.strip_suffix(STAGING_SUFFIX))
            .is_some_and(pid)
            || name
                .strip_prefix('.')
                .and_then(|n| n.strip_suffix(STAGING_SUFFIX))
                .and_then(|n| n.rsplit_once('.'))
                .is_some_and(|(file, p)| (is_listed(file) || file == MANIFEST) && pid(p))
    };
    let mut entries = Vec::new();
    let mut foreign = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let kind = entry.file_type()?;
        if kind.is_file() && (name == MANIFEST || is_listed(&name)) {
            continue;
        }
        if leftover(&name) && (kind.is_file() || kind.is_dir()) {
            entries.push((entry.path(), kind.is_dir()));
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
    for (path, is_dir) in entries {
        if is_dir {
            fs::remove_dir_all(path)?;
        } else {
            fs::remove_file(path)?;
        }
    }
    Ok(listed)
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
mod tests;
