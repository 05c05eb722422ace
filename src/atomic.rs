//! Files written whole or not at all: takes a path and bytes, writes them under a hidden
//! temporary name beside the path and renames it into place, so a failed run never
//! leaves half a file.

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
}
