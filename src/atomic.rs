//! Files written whole or not at all: takes a path and bytes, writes them under a hidden
//! temporary name beside the path and renames it into place, so a failed run never
//! leaves half a file; tells a temporary file a killed run left (its process gone) from
//! one a live run is writing, and removes the former.

use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// A hidden name next to `path`, unique to this process.
pub(crate) fn temp_name(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    path.with_file_name(format!(".{name}.{}.tmp", std::process::id()))
}

/// The process id in `name` when it is a temporary name [`temp_name`] gives for a file
/// named `file`: `.FILE.PID.tmp`.
pub(crate) fn temp_pid(name: &str, file: &str) -> Option<u32> {
    let pid = name
        .strip_prefix('.')?
        .strip_suffix(".tmp")?
        .strip_prefix(file)?
        .strip_prefix('.')?;
    if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    pid.parse().ok()
}

/// Whether process `pid`, another than this one, may still be running, so that the
/// files it writes are in use. Where it cannot be told, every process may, so a live
/// run's files are never removed. This process's id names files a killed run left when
/// the system gives ids again (in a container, each run may get the same small id): this
/// process has made none yet when it looks. (An id the system gave to an unrelated
/// process since is taken as running: its files stay.)
pub(crate) fn another_run_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return false;
    }
    #[cfg(target_os = "linux")]
    {
        Path::new("/proc").join(pid.to_string()).exists()
    }
    #[cfg(all(unix, not(target_os = "linux")))]
    {
        std::process::Command::new("kill")
            .args(["-0", &pid.to_string()])
            .stderr(std::process::Stdio::null())
            .status()
            .map_or(true, |s| s.success())
    }
    #[cfg(not(unix))]
    {
        true
    }
}

/// Removes the temporary files of `path` (`.NAME.PID.tmp` beside it) whose process is
/// gone: what a run killed before it renamed its file into place left. Files of a
/// running process are left alone. Best effort: an unreadable directory or a file that
/// cannot be removed is left for the write itself to report or for a later run.
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
        let stale = temp_pid(&name.to_string_lossy(), &file).is_some_and(|p| !another_run_alive(p));
        if stale && entry.file_type().is_ok_and(|t| t.is_file()) {
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

    /// A killed run's temporary file (its process gone) is removed; a live run's, another
    /// file's and anything merely like one stay.
    #[test]
    fn stale_temporary_files_are_removed_live_ones_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.jsonl");
        // Above the largest process id Linux gives (2^22): never a running process.
        let dead = dir.path().join(".p.jsonl.99999999.tmp");
        let live = dir.path().join(".p.jsonl.1.tmp");
        let ours = super::temp_name(&path);
        let other = dir.path().join(".q.jsonl.99999999.tmp");
        let unlike = dir.path().join(".p.jsonl.x9.tmp");
        for file in [&dead, &ours, &live, &other, &unlike] {
            std::fs::write(file, "{").unwrap();
        }
        assert_eq!(super::temp_pid(".p.jsonl.12.tmp", "p.jsonl"), Some(12));
        assert_eq!(super::temp_pid(".p.jsonl..tmp", "p.jsonl"), None);
        assert!(super::another_run_alive(1), "init runs");
        assert!(!super::another_run_alive(99_999_999));
        assert!(
            !super::another_run_alive(std::process::id()),
            "ours are stale"
        );
        super::remove_stale_temps(&path);
        assert!(!dead.exists(), "the dead run's file is removed");
        assert!(
            !ours.exists(),
            "a killed run with this process's id is dead too"
        );
        assert!(live.exists() && other.exists() && unlike.exists());
    }
}
