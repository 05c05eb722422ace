//! The packets directory from one run to the next: takes the directory, its manifest
//! and a completed run's staged files; gives the run the directory to itself (its lock,
//! [`DirLock`]), the files the earlier run wrote (after refusing files it did not write
//! and removing what a crashed run left), and puts the new run's files in their place.
//! Writes no packet; `write.rs` does.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};

use super::{MANIFEST, STAGING_PREFIX, STAGING_SUFFIX};

/// The file in a packets directory that a run holds locked while it writes there.
pub(super) const LOCK: &str = ".handoff-packets.lock";

/// A packets directory to one run: the system's lock on its `.handoff-packets.lock`
/// file, taken before the run reads what the directory holds and let go when the run
/// ends (the file removed first). Two runs started at the same instant cannot both have it; a killed
/// run's lock is let go by the system with its process, so what it left is cleared by
/// the next run, whatever process ids the system gives since.
pub struct DirLock {
    path: PathBuf,
    _file: File,
}

impl DirLock {
    /// Locks `dir`, or says that another run is writing there (`ResourceBusy`).
    pub(super) fn take(dir: &Path) -> io::Result<DirLock> {
        let path = dir.join(LOCK);
        let Some(mut file) = crate::atomic::lock(&path, true)? else {
            // The holder wrote its process id in the file, for this message.
            let pid = fs::read_to_string(&path).unwrap_or_default();
            let pid = pid.trim();
            let who = if crate::atomic::is_pid(pid) {
                format!(" (process {pid})")
            } else {
                String::new()
            };
            return Err(io::Error::new(
                io::ErrorKind::ResourceBusy,
                format!(
                    "another `replay --packets` run{who} is writing into this directory; \
                     wait for it to finish or give another directory"
                ),
            ));
        };
        file.set_len(0)?;
        writeln!(file, "{}", std::process::id())?;
        Ok(DirLock { path, _file: file })
    }
}

impl Drop for DirLock {
    /// The file is removed while still locked, then let go (the handle closes after
    /// this): a run that opened it just before takes its lock on a file no path names,
    /// sees so, and makes a new one (`atomic::lock`).
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.path);
    }
}

/// Moves a completed run's `files` from `staging` into `dir` in place of the `previous`
/// run's, keeping every file the directory holds listed in the manifest at every step:
/// first both runs' files, then this run's alone. The `kept` files, which the earlier
/// run wrote with the same bytes, were not staged: they stay where they are.
///
/// The earlier run's other files are all removed before any of this run's is moved, so
/// an error part-way leaves the directory holding part of one run, never files of both
/// (a kept file is either run's): the error says which, and that the manifest, still
/// listing both runs' files, lets the next run clear them.
pub(super) fn publish(
    dir: &Path,
    staging: &Path,
    previous: &[String],
    files: &[String],
    kept: &HashSet<String>,
) -> io::Result<()> {
    let manifest = dir.join(MANIFEST);
    let replaced: Vec<&String> = previous.iter().filter(|n| !kept.contains(*n)).collect();
    let moved: Vec<&String> = files.iter().filter(|n| !kept.contains(*n)).collect();
    crate::atomic::write(
        &manifest,
        listing(replaced.iter().copied().chain(files)).as_bytes(),
    )?;
    for (done, name) in replaced.iter().enumerate() {
        match fs::remove_file(dir.join(name)) {
            Err(source) if source.kind() != io::ErrorKind::NotFound => {
                return Err(part_way(PartWay::Removing {
                    dir: dir.to_owned(),
                    name: (*name).clone(),
                    done,
                    total: replaced.len(),
                    source,
                }));
            }
            _ => {}
        }
    }
    for (done, name) in moved.iter().enumerate() {
        fs::rename(staging.join(name), dir.join(name)).map_err(|source| {
            part_way(PartWay::Moving {
                dir: dir.to_owned(),
                name: (*name).clone(),
                done,
                total: moved.len(),
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
pub(super) fn part_way(what: PartWay) -> io::Error {
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
pub(super) enum PartWay {
    #[error(
        "removing the earlier run's files failed at `{name}`, {done} of {total} removed: {} now holds the rest of the earlier run's files and none of this run's new or changed ones; its manifest ({MANIFEST}) lists both runs' files, so the next run clears them once what stopped this one is fixed",
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
        "moving this run's files into place failed at `{name}`, {done} of {total} moved: {} now holds part of this run's packets and none of the earlier run's that they replace (removed first), not one complete run; its manifest ({MANIFEST}) lists both runs' files, so the next run clears them once what stopped this one is fixed",
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

/// The files the last run listed in the manifest that the directory holds, after
/// checking that it holds nothing else; removes what a crashed run left: its temporary
/// files and staging directories. Asked by the run that holds the directory's lock
/// ([`DirLock`]): no other run is writing there, so whatever staging directory it holds
/// is a crashed run's, whatever process id its name gives. Only names the directory
/// lists are returned, so a manifest naming `../x` or `/x` makes nothing outside the
/// directory removed.
pub(super) fn previous_run(dir: &Path, _locked: &DirLock) -> io::Result<Vec<String>> {
    let listed: Vec<String> = match fs::read_to_string(dir.join(MANIFEST)) {
        Ok(text) => text.lines().map(str::to_owned).collect(),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e),
    };
    // A set: a directory of ten thousand packets lists twenty thousand files.
    let set: HashSet<&str> = listed.iter().map(String::as_str).collect();
    let is_listed = |name: &str| set.contains(name);
    // A crashed run's staging directory (`.handoff-packets.PID.tmp`) or temporary file
    // (`.NAME.PID.tmp`, also what an earlier version left).
    let leftover = |name: &str| {
        let staging = name
            .strip_prefix(STAGING_PREFIX)
            .and_then(|n| n.strip_suffix(STAGING_SUFFIX))
            .is_some_and(crate::atomic::is_pid);
        staging
            || name
                .strip_prefix('.')
                .and_then(|n| n.strip_suffix(STAGING_SUFFIX))
                .and_then(|n| n.rsplit_once('.'))
                .is_some_and(|(file, _)| {
                    (is_listed(file) || file == MANIFEST)
                        && crate::atomic::temp_pid(name, file).is_some()
                })
    };
    let mut entries = Vec::new();
    let mut foreign = Vec::new();
    let mut present = HashSet::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let kind = entry.file_type()?;
        if kind.is_file() && (name == MANIFEST || name == LOCK) {
            continue;
        }
        if kind.is_file() && is_listed(&name) {
            present.insert(name);
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
    Ok(listed.into_iter().filter(|n| present.contains(n)).collect())
}
