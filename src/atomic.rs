//! Files written whole or not at all: takes a path and bytes, writes them under a hidden
//! temporary name beside the path and renames it into place, so a failed run never
//! leaves half a file; locks a file for as long as a run uses it ([`lock`]), so that a
//! temporary file a killed run left (its lock gone with it) is told from one a live run
//! is writing, and removes the former.
//!
//! A lock is the system's (`File::try_lock`), not a process id written down: the system
//! lets go of it when the process ends, however it ends, so a killed run's lock is free
//! at once, and no other process that was given the same id since can make it look held.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Opens the file at `path` (created if `create`, else it must exist) and locks it
/// without waiting: the file, locked, or `None` when another process (or another handle
/// of this one) holds its lock. The file is the one `path` names once locked: one whose
/// holder removed it before letting go (as [`remove_stale_temps`] and a packets
/// directory's lock do) is opened again in its place, or, when not `create`, reported
/// `NotFound`. Its contents are left as they are.
pub(crate) fn lock(path: &Path, create: bool) -> io::Result<Option<File>> {
    // Each round lost to a holder that removed the file lets another run take the new
    // one: a few rounds, then the path is as busy as a held lock.
    for _ in 0..8 {
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(create)
            .truncate(false)
            .open(path)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => return Ok(None),
            Err(TryLockError::Error(e)) => return Err(e),
        }
        if names(path, &file)? {
            return Ok(Some(file));
        }
        if !create {
            return Err(io::ErrorKind::NotFound.into());
        }
    }
    Ok(None)
}

/// Whether `path` names `file` still: not removed, nor replaced by another file.
#[cfg(unix)]
fn names(path: &Path, file: &File) -> io::Result<bool> {
    use std::os::unix::fs::MetadataExt as _;
    let held = file.metadata()?;
    match fs::metadata(path) {
        Ok(named) => Ok(named.dev() == held.dev() && named.ino() == held.ino()),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(false),
        Err(e) => Err(e),
    }
}

/// Whether `path` names `file` still. Elsewhere than Unix, a file open in another
/// process cannot be replaced nor opened again once removed (Windows keeps it "delete
/// pending"): the path names it while it is open.
#[cfg(not(unix))]
fn names(path: &Path, _file: &File) -> io::Result<bool> {
    Ok(path.exists())
}

/// A hidden name next to `path`, unique to this process.
pub(crate) fn temp_name(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// A temporary file for `path` ([`temp_name`]), created, locked ([`lock`]) and empty:
/// its name and the file. Held while it is written, so that another run's
/// [`remove_stale_temps`] leaves it; an earlier run with this process id that was killed
/// left its file free, and it is truncated. `ResourceBusy` when another holds it.
pub(crate) fn locked_temp(path: &Path) -> io::Result<(PathBuf, File)> {
    let temp = temp_name(path);
    let file = lock(&temp, true)?
        .ok_or_else(|| io::Error::new(io::ErrorKind::ResourceBusy, "the temporary file is held"))?;
    file.set_len(0)?;
    Ok((temp, file))
}

/// Whether `text` is written as a process id is in the names and files runs leave: one
/// or more ASCII digits.
pub(crate) fn is_pid(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// The process id in `name` when it is a temporary name [`temp_name`] gives for a file
/// named `file`: `.FILE.PID.tmp`.
pub(crate) fn temp_pid(name: &str, file: &str) -> Option<u32> {
    let pid = name
        .strip_prefix('.')?
        .strip_suffix(".tmp")?
        .strip_prefix(file)?
        .strip_prefix('.')?;
    if !is_pid(pid) {
        return None;
    }
    pid.parse().ok()
}

/// Removes the temporary files of `path` (`.NAME.PID.tmp` beside it) that no run holds
/// locked ([`lock`]): what a run killed before it renamed its file into place left.
/// Files a running process holds are left alone; each is removed while locked, so the
/// run that created it and had not yet locked it makes a new one ([`lock`]). Best
/// effort: an unreadable directory or a file that cannot be removed is left for the write
/// itself to report or for a later run.
pub(crate) fn remove_stale_temps(path: &Path) {
    let Some(file) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let temp = temp_pid(&name.to_string_lossy(), &file).is_some();
        if temp
            && entry.file_type().is_ok_and(|t| t.is_file())
            && let Ok(Some(_held)) = lock(&entry.path(), false)
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` to `path` through a temporary file; on error nothing is left behind.
pub(crate) fn write(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let temp = temp_name(path);
    let result = (|| {
        File::create(&temp)?.write_all(bytes)?;
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

#[cfg(test)]
mod tests {
    #[test]
    fn writes_whole_files_and_leaves_nothing_on_error() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        super::write(&path, b"hello").unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"hello");
        let missing = dir.path().join("no-such-dir").join("b.txt");
        assert!(super::write(&missing, b"x").is_err());
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "only a.txt: no temporary file left");
    }

    /// A killed run's temporary file (its lock gone with it) is removed, whatever its
    /// process id (another process may have been given it since); a live run's (locked),
    /// another file's and anything merely like one stay.
    #[test]
    fn stale_temporary_files_are_removed_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.jsonl");
        let dead = dir.path().join(".p.jsonl.99999999.tmp");
        // Process 1 always runs: its id tells nothing.
        let dead_reused = dir.path().join(".p.jsonl.1.tmp");
        let live = dir.path().join(".p.jsonl.12.tmp");
        let ours = super::temp_name(&path);
        let other = dir.path().join(".q.jsonl.99999999.tmp");
        let unlike = dir.path().join(".p.jsonl.x9.tmp");
        for file in [&dead, &dead_reused, &ours, &live, &other, &unlike] {
            std::fs::write(file, "{").unwrap();
        }
        let held = super::lock(&live, false).unwrap().expect("free");
        assert!(super::lock(&live, false).unwrap().is_none(), "held");
        assert_eq!(super::temp_pid(".p.jsonl.12.tmp", "p.jsonl"), Some(12));
        assert_eq!(super::temp_pid(".p.jsonl..tmp", "p.jsonl"), None);
        super::remove_stale_temps(&path);
        assert!(!dead.exists(), "the dead run's file is removed");
        assert!(!dead_reused.exists(), "whatever its process id");
        assert!(
            !ours.exists(),
            "a killed run with this process's id is dead too"
        );
        assert!(live.exists() && other.exists() && unlike.exists());
        drop(held);
        super::remove_stale_temps(&path);
        assert!(!live.exists(), "once its run let go");
    }

    /// A lock whose holder removed the file before letting go is not taken on the
    /// removed file: the path is opened again (created anew), or, not to be created, is
    /// gone.
    #[test]
    fn a_lock_is_on_the_file_the_path_names() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("lock");
        let first = super::lock(&path, true).unwrap().expect("free");
        // Another run opened the file before the holder removed it and let go.
        let opened = std::fs::File::open(&path).unwrap();
        std::fs::remove_file(&path).unwrap();
        drop(first);
        opened.try_lock().expect("the removed file is free");
        let again = super::lock(&path, true).unwrap().expect("a new file");
        assert!(super::names(&path, &again).unwrap());
        assert!(!super::names(&path, &opened).unwrap());
        drop(again);
        std::fs::remove_file(&path).unwrap();
        assert_eq!(
            super::lock(&path, false).unwrap_err().kind(),
            std::io::ErrorKind::NotFound
        );
    }
}
