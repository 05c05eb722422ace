//! What a `--packets` path names: takes the path given; gives the output it names (a
//! JSONL file, gzip-compressed or not, or a directory) or, for a path that looks like a
//! file of another kind, an error saying what to write instead. Also creates the
//! directories on the way, remembering which, so that a run that writes nothing removes
//! them again ([`Created`]), and names an ancestor that is a file rather than letting
//! the system say "File exists".

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// The output a `--packets` path names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Target {
    /// One packet a line, in a file: `.jsonl`, `.ndjson`, gzip-compressed when they are
    /// followed by `.gz`.
    Jsonl { gzip: bool },
    /// A `.json` and a `.md` per conversation.
    Dir,
}

/// Endings that name a file, not a directory, and not one packets are written as.
const FILE_LIKE: &[&str] = &[
    "json", "gz", "csv", "tsv", "md", "txt", "yaml", "yml", "html", "htm", "xml", "zip", "tar",
    "tgz", "bz2", "xz", "zst",
];

/// What `path` names (its ending, in any case; a path ending in `/` is a directory
/// whatever its name), or an `InvalidInput` error saying what to write instead.
pub(crate) fn target(path: &Path) -> io::Result<Target> {
    let raw = path.as_os_str().to_string_lossy();
    if raw.ends_with(std::path::is_separator) {
        return Ok(Target::Dir);
    }
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().to_lowercase()) else {
        return Ok(Target::Dir);
    };
    let (plain, gzip) = match name.strip_suffix(".gz") {
        Some(plain) => (plain, true),
        None => (name.as_str(), false),
    };
    if plain.ends_with(".jsonl") || plain.ends_with(".ndjson") {
        return Ok(Target::Jsonl { gzip });
    }
    let ext = Path::new(&name)
        .extension()
        .map(|e| e.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !FILE_LIKE.contains(&ext.as_str()) {
        return Ok(Target::Dir);
    }
    // The name without its ending (`out.json.gz` → `out`), in the case given.
    let given = path.file_name().unwrap_or_default().to_string_lossy();
    let unzipped = given
        .len()
        .checked_sub(if gzip { 3 } else { 0 })
        .and_then(|end| given.get(..end))
        .unwrap_or(&given);
    let base_len = Path::new(unzipped)
        .file_stem()
        .map_or(unzipped.len(), std::ffi::OsStr::len);
    let (base, ending) = given.split_at(base_len.min(unzipped.len()));
    let base = path.with_file_name(base);
    let base = base.display();
    let choices = format!(
        "write `{base}.jsonl` for one packet a line, `{base}.jsonl.gz` for the same compressed, \
         or `{base}/` for a directory with a `.json` and a `.md` per conversation"
    );
    let why = if plain.ends_with(".json") && !gzip {
        "a `.json` file holds one JSON value, not a packet per conversation".to_owned()
    } else {
        format!("packets are not written as `{ending}` (a file's ending, not a directory's)")
    };
    Err(io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("{why}: {choices}"),
    ))
}

/// An error naming the nearest ancestor of `path` that exists and is not a directory
/// (a file, a device), which no file or directory can be made under; `Ok` when there is
/// none.
pub(crate) fn check_ancestors(path: &Path) -> io::Result<()> {
    for ancestor in path.ancestors().skip(1) {
        if ancestor.as_os_str().is_empty() {
            break;
        }
        match fs::metadata(ancestor) {
            Ok(meta) if meta.is_dir() => break,
            Ok(_) => {
                return Err(io::Error::new(
                    io::ErrorKind::NotADirectory,
                    format!("`{}` is a file, not a directory", ancestor.display()),
                ));
            }
            Err(_) => {}
        }
    }
    Ok(())
}

/// The directories a run created on the way to its output, deepest first: removed, each
/// if empty, when the run writes nothing.
#[derive(Debug, Default)]
pub struct Created {
    dirs: Vec<PathBuf>,
}

impl Created {
    /// Creates `dir` and its missing parents (after [`check_ancestors`]).
    pub(crate) fn dirs(dir: &Path) -> io::Result<Created> {
        check_ancestors(&dir.join("x"))?;
        let created = Created {
            dirs: dir
                .ancestors()
                .take_while(|a| !a.as_os_str().is_empty() && fs::symlink_metadata(a).is_err())
                .map(Path::to_path_buf)
                .collect(),
        };
        if let Err(e) = fs::create_dir_all(dir) {
            created.remove_if_empty();
            return Err(e);
        }
        Ok(created)
    }

    /// Removes the directories created, deepest first, as long as they are empty: one
    /// that holds anything (another run's files) stays, and so do those above it.
    pub(crate) fn remove_if_empty(&self) {
        for dir in &self.dirs {
            if fs::remove_dir(dir).is_err() {
                break;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endings_name_the_output() {
        let of = |p: &str| target(Path::new(p)).map_err(|e| e.to_string());
        assert_eq!(of("out.jsonl"), Ok(Target::Jsonl { gzip: false }));
        assert_eq!(of("out.NDJSON"), Ok(Target::Jsonl { gzip: false }));
        assert_eq!(of("a/out.jsonl.gz"), Ok(Target::Jsonl { gzip: true }));
        assert_eq!(of("out.ndjson.GZ"), Ok(Target::Jsonl { gzip: true }));
        assert_eq!(of("packets"), Ok(Target::Dir));
        assert_eq!(of("build/v1.2"), Ok(Target::Dir));
        assert_eq!(
            of("out.txt/"),
            Ok(Target::Dir),
            "a trailing / says directory"
        );
        let json = of("dir/Out.json").unwrap_err();
        assert!(
            json.starts_with("a `.json` file holds one JSON value"),
            "{json}"
        );
        assert!(
            json.contains("`dir/Out.jsonl`") && json.contains("`dir/Out/`"),
            "{json}"
        );
        let gz = of("out.json.gz").unwrap_err();
        assert!(
            gz.starts_with("packets are not written as `.json.gz`"),
            "{gz}"
        );
        assert!(gz.contains("`out.jsonl.gz`"), "{gz}");
        let odd = of("İstanbul.GZ").unwrap_err();
        assert!(odd.contains("`İstanbul.jsonl.gz`"), "{odd}");
        assert!(of("ß.json").is_err());
        assert_eq!(of(".gz"), Ok(Target::Dir), "a hidden name, no ending");
        for p in ["out.gz", "out.csv", "out.md", "out.TXT"] {
            assert!(of(p).is_err(), "{p}");
        }
    }
}
