//! Packets into a directory: takes the directory (its path checked by `write.rs`) and
//! each packet's rendered files; gives one `.json` and one `.md` per conversation,
//! staged in a hidden directory inside it and put in place when the run completes
//! (`dir.rs`), or the staging directory removed, with the directories made for it, when
//! the run does not. A file that would hold the bytes the earlier run left there is
//! left as it is.

use std::collections::HashSet;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use super::super::ContactHistory;
use super::super::files::PacketFiles;
use super::dir::{previous_run, publish};
use super::stem::unique;
use super::{Created, DirLock, STAGING_PREFIX, STAGING_SUFFIX, WriteError};

/// A run's packets directory, its files staged until the run completes.
pub struct DirSink {
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
}

impl DirSink {
    /// Takes the directory `path` (creating it and the directories on the way), its
    /// lock and what the earlier run wrote there, and makes this run's staging
    /// directory.
    pub(super) fn create(path: &Path) -> Result<DirSink, WriteError> {
        let err = |source| WriteError {
            path: path.to_owned(),
            source,
        };
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
        Ok(DirSink {
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

    /// Writes a packet's files rendered elsewhere, with its contact history.
    pub(super) fn write_files(
        &mut self,
        packet: &PacketFiles,
        history: &ContactHistory,
    ) -> Result<(), WriteError> {
        let DirSink {
            dir,
            staging,
            files,
            names,
            earlier,
            kept,
            old,
            count,
            ..
        } = self;
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
            if earlier.contains(&file) && holds(&dir.join(&file), &bytes, old).map_err(err)? {
                kept.insert(file.clone());
            } else {
                fs::write(staging.join(&file), bytes).map_err(err)?;
            }
            files.push(file);
        }
        *count += 1;
        Ok(())
    }

    /// Puts this run's files in the place of the earlier run's; returns how many
    /// packets were written.
    pub(super) fn finish(mut self) -> Result<u64, WriteError> {
        publish(
            &self.dir,
            &self.staging,
            &self.previous,
            &self.files,
            &self.kept,
        )
        .map_err(|source| WriteError {
            path: self.dir.clone(),
            source,
        })?;
        self.finished = true;
        Ok(self.count)
    }

    pub(super) fn dir(&self) -> &Path {
        &self.dir
    }
}

impl Drop for DirSink {
    /// An unfinished run's staging directory is removed, then the directories the run
    /// created if they are empty (once finished, the staging directory is gone).
    fn drop(&mut self) {
        if !self.finished {
            let _ = fs::remove_dir_all(&self.staging);
            // Its file removed, the directory can be empty.
            drop(self.lock.take());
            self.created.remove_if_empty();
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
