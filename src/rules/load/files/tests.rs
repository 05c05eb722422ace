//! Tests of finding and reading rule files: directories, symlinks, FIFOs, UTF-16 and
//! binary files.

use super::*;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn directory_files_are_sorted_and_filtered() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "b.yaml", "version: 1\n");
    write(dir.path(), "a.yml", "version: 1\n");
    write(dir.path(), "notes.txt", "not rules");
    write(dir.path(), ".hidden.yaml", "version: 1\n");
    // `teams.YAML` was left out silently, where transcripts read `B.CSV`.
    write(dir.path(), "teams.YAML", "version: 1\n");
    write(dir.path(), "C.Yml", "version: 1\n");
    write(dir.path(), "yaml", "not rules");
    let files = rule_files(dir.path()).unwrap();
    let names: Vec<_> = files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["C.Yml", "a.yml", "b.yaml", "teams.YAML"]);
}

/// A dangling symlink in a rules directory was skipped silently (a symlink
/// to a rule file too): the set then lacked, say, its teams.
#[cfg(unix)]
#[test]
fn a_dangling_symlink_is_an_error_naming_it_and_a_symlink_to_a_file_is_read() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.yaml", "version: 1\n");
    let link = dir.path().join("teams.yaml");
    std::os::unix::fs::symlink("/nonexistent/teams.yaml", &link).unwrap();
    let err = rule_files(dir.path()).unwrap_err();
    assert!(
        matches!(&err, LoadError::Io { path, .. } if *path == link),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        format!("cannot read rules from {}", link.display())
    );
    std::fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(dir.path().join("a.yaml"), &link).unwrap();
    assert_eq!(
        rule_files(dir.path()).unwrap(),
        [dir.path().join("a.yaml"), link]
    );
}

/// A rule file saved as UTF-16 without a byte order mark failed at its first
/// NUL ("unexpected character"), and with one was "not valid UTF-8 text".
#[test]
fn a_utf16_rule_file_is_said_to_be_utf16() {
    let dir = tempfile::tempdir().unwrap();
    for (name, bom) in [("le.yaml", ""), ("bom.yaml", "\u{feff}")] {
        let path = dir.path().join(name);
        let bytes: Vec<u8> = format!("{bom}version: 1\n")
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        std::fs::write(&path, bytes).unwrap();
        let Ok(Err(bad)) = SizeLimits::default().read(&path).map(decode_yaml) else {
            panic!("{name}: not refused as UTF-16");
        };
        let d = bad.diagnostic(&path, "rule file");
        assert_eq!(d.message, "the file is UTF-16, not UTF-8 text");
        let at = d.location.unwrap();
        assert_eq!((at.line, at.column), (1, Some(1)), "{name}");
    }
}

/// A binary file was "not valid UTF-8 text", to be saved as UTF-8; text in Latin-1
/// still is.
#[test]
fn a_binary_file_is_said_to_be_binary_and_latin1_text_not_utf8() {
    let Err(bad) = decode_yaml(b"\x7fELF\x02\x01\x01\0\0\0\0\0\xff\0\0".to_vec()) else {
        panic!("binary read as text");
    };
    let d = bad.diagnostic(Path::new("rules"), "rule file");
    assert_eq!(
        d.message,
        "rules is not a text file (YAML): its first bytes are binary"
    );
    assert!(
        d.help[0].starts_with("give the rule file itself"),
        "{:?}",
        d.help
    );
    let Err(bad) = decode_yaml(b"version: 1\n# caf\xe9\n".to_vec()) else {
        panic!("Latin-1 read as UTF-8");
    };
    let d = bad.diagnostic(Path::new("a.yaml"), "rule file");
    assert_eq!(d.message, "the file is not valid UTF-8 text");
    assert_eq!(d.help, ["save the rule file as UTF-8"]);
}

/// A directory or a FIFO named `*.yaml` in a rules directory was left out
/// without a word (transcript directories say D016). It is said, as there; a
/// directory with nothing else is an error naming it.
#[cfg(unix)]
#[test]
fn a_directory_or_fifo_named_like_a_rule_file_is_said_and_left_out() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "a.yaml", "version: 1\n");
    std::fs::create_dir(dir.path().join("more.yaml")).unwrap();
    let fifo = dir.path().join("pipe.yml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    let fifo = made.is_ok_and(|s| s.success()).then_some(fifo);
    let mut notes = Vec::new();
    let files = rule_files_noting(dir.path(), YamlDir::Rules, &mut notes).unwrap();
    assert_eq!(files, [dir.path().join("a.yaml")]);
    let said: Vec<String> = notes
        .iter()
        .map(|d| {
            format!("{} {}", d.code.unwrap_or_default(), d.message)
                .replace(&format!("{}/", dir.path().display()), "")
        })
        .collect();
    let mut expected = vec!["D016 more.yaml is a directory, not a file: left out"];
    if fifo.is_some() {
        expected.push("D016 pipe.yml is a FIFO (named pipe), not a file: left out");
    }
    assert_eq!(said, expected);
    assert!(
        notes
            .iter()
            .all(|d| d.severity == crate::diag::Severity::Warning)
    );
    // Loading carries them to the rule set, for the commands to print.
    let rules = crate::rules::load_rule_set(dir.path()).unwrap();
    assert_eq!(rules.notes.len(), expected.len());
    // Nothing but such entries: an error naming one.
    std::fs::remove_file(dir.path().join("a.yaml")).unwrap();
    let err = rule_files(dir.path()).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "no rule files in directory {}: {} is a directory, not a file",
            dir.path().display(),
            dir.path().join("more.yaml").display()
        )
    );
}

/// A directory of only hidden rule files was "no rule files", as if empty.
#[test]
fn a_directory_of_only_hidden_rule_files_says_so() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".teams.yaml", "version: 1\n");
    let err = rule_files(dir.path()).unwrap_err();
    assert!(matches!(&err, LoadError::OnlyHidden { hidden, .. } if hidden.len() == 1));
    assert_eq!(
        err.to_string(),
        format!(
            "no rule files in directory {}: only hidden ones ({}), which are not read\n  hint: rename a file without the leading `.` to read it",
            dir.path().display(),
            dir.path().join(".teams.yaml").display()
        )
    );
}

#[test]
fn empty_directory_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    assert!(matches!(
        rule_files(dir.path()),
        Err(LoadError::EmptyDirectory(_))
    ));
}

#[test]
fn missing_path_is_not_found() {
    assert!(matches!(
        rule_files(Path::new("/no/such/rules")),
        Err(LoadError::NotFound(_))
    ));
}

/// Rule files and rule-test files share one reader of their limits (the rule tests'
/// copy named the last path when the files together were over): each file at most
/// 4 MiB, the files read together at most 16 MiB, counted as they are read.
#[test]
fn the_size_limits_bound_each_file_and_the_files_together() {
    let dir = tempfile::tempdir().unwrap();
    let mb = |n: u64| usize::try_from(n * 1024 * 1024).unwrap();
    write(dir.path(), "big.yaml", &"#".repeat(mb(4) + 1));
    write(dir.path(), "four.yaml", &"#".repeat(mb(4)));
    write(dir.path(), "one.yaml", "#");
    let mut limits = SizeLimits::default();
    assert!(matches!(
        limits.read(&dir.path().join("big.yaml")),
        Err(Unread::TooLarge(size)) if size == MAX_RULE_FILE_BYTES + 1
    ));
    for _ in 0..4 {
        assert_eq!(
            limits.read(&dir.path().join("four.yaml")).unwrap().len(),
            mb(4)
        );
    }
    assert!(matches!(
        limits.read(&dir.path().join("one.yaml")),
        Err(Unread::SetTooLarge { files: 5, size }) if size == MAX_RULE_SET_BYTES + 1
    ));
    assert!(matches!(
        SizeLimits::default().read(&dir.path().join("none.yaml")),
        Err(Unread::Io(_))
    ));
}

/// A FIFO (`handoff lint <(cat rules.yaml)`) says it has no bytes: it was read whole
/// whatever it held, past both limits. It is read up to one byte past a file's limit,
/// then refused; one within the limit is read, and counted toward the total.
#[cfg(unix)]
#[test]
fn a_fifo_is_read_no_further_than_the_limit() {
    use std::io::Write;
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("r.yaml");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(
        made.as_ref().is_ok_and(std::process::ExitStatus::success),
        "mkfifo failed: {made:?}"
    );
    let feed = |bytes: usize| {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            let mut w = std::fs::OpenOptions::new().write(true).open(fifo).unwrap();
            // The reader stops past the limit: the rest is refused (a broken pipe).
            let chunk = vec![b'#'; 64 * 1024];
            let mut left = bytes;
            while left > 0 {
                let n = left.min(chunk.len());
                if w.write_all(&chunk[..n]).is_err() {
                    return left;
                }
                left -= n;
            }
            0
        })
    };
    let limit = usize::try_from(MAX_RULE_FILE_BYTES).unwrap();
    // Far over the limit: one byte past it is read, no more.
    let writer = feed(4 * limit);
    let mut limits = SizeLimits::default();
    assert!(matches!(
        limits.read(&fifo),
        Err(Unread::TooLarge(size)) if size == MAX_RULE_FILE_BYTES + 1
    ));
    assert!(writer.join().unwrap() > 0, "the FIFO was read whole");
    assert_eq!(
        said_size(MAX_RULE_FILE_BYTES + 1),
        format!("is over the limit of 4 MiB ({MAX_RULE_FILE_BYTES} bytes)")
    );
    // Within it: read whole, and counted toward the set's limit.
    let writer = feed(limit);
    let mut limits = SizeLimits::default();
    assert_eq!(limits.read(&fifo).unwrap().len(), limit);
    assert_eq!(writer.join().unwrap(), 0);
    for _ in 0..3 {
        let writer = feed(limit);
        assert_eq!(limits.read(&fifo).unwrap().len(), limit);
        writer.join().unwrap();
    }
    let writer = feed(1);
    assert!(matches!(
        limits.read(&fifo),
        Err(Unread::SetTooLarge { files: 5, size }) if size == MAX_RULE_SET_BYTES + 1
    ));
    writer.join().unwrap();
}

/// A review found limits said in bytes alone ("over the limit of 4194304 bytes"): a
/// whole number of MiB is said so, the bytes beside it.
#[test]
fn a_limit_is_said_in_mib_with_its_bytes() {
    assert_eq!(limit_in_words(4 * 1024 * 1024), "4 MiB (4194304 bytes)");
    assert_eq!(
        limit_in_words(256 * 1024 * 1024),
        "256 MiB (268435456 bytes)"
    );
    assert_eq!(limit_in_words(1000), "1000 bytes");
    // The in-memory limits (a template's) were said as a bare number.
    assert_eq!(limit_in_words(16 * 1024), "16 KiB (16384 bytes)");
    assert_eq!(limit_in_words(16 * 1024 + 1), "16385 bytes");
    assert_eq!(limit_in_words(1024 * 1024 + 1), "1048577 bytes");
    assert_eq!(
        said_size(5_000_000),
        "is 5000000 bytes; the limit is 4 MiB (4194304 bytes)"
    );
}

/// Carriage returns alone become line feeds, a byte for a byte; `\r\n` and the text's
/// other bytes stay.
#[test]
fn lone_carriage_returns_end_lines_as_line_feeds_do() {
    let Ok(text) = decode_yaml(b"version: 1\rteams:\r\n  - id: caf\xc3\xa9\r".to_vec()) else {
        panic!("valid UTF-8");
    };
    assert_eq!(text, "version: 1\nteams:\r\n  - id: café\n");
    // Where the bytes stop being UTF-8 is where it was.
    let Err(bad) = decode_yaml(b"a\rb\xe9\r".to_vec()) else {
        panic!("not UTF-8");
    };
    assert_eq!((bad.at, bad.text.as_str()), (3, "a\nb\u{fffd}\n"));
}
