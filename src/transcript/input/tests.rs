use super::*;

#[test]
fn formats_come_from_names() {
    assert_eq!(format_from_name(Path::new("a.csv")), Some(InputFormat::Csv));
    assert_eq!(
        format_from_name(Path::new("a.CSV.gz")),
        Some(InputFormat::Csv)
    );
    assert_eq!(
        format_from_name(Path::new("a.ndjson")),
        Some(InputFormat::Jsonl)
    );
    assert_eq!(format_from_name(Path::new("export")), None);
}

#[test]
fn directories_expand_to_sorted_transcripts() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["b.csv", "a.jsonl", "c.csv.gz", "notes.md", ".hidden.csv"] {
        std::fs::write(dir.path().join(name), "").unwrap();
    }
    let inputs = expand_inputs(&[dir.path().to_owned(), PathBuf::from("-")]).unwrap();
    let names: Vec<_> = inputs
        .iter()
        .map(|i| match i {
            Input::Path(p) => p.file_name().unwrap().to_string_lossy().into_owned(),
            other => other.display_path().to_string_lossy().into_owned(),
        })
        .collect();
    assert_eq!(names, ["a.jsonl", "b.csv", "c.csv.gz", "<stdin>"]);
}

/// A UTF-16 file (Excel's "Unicode Text") got an error quoting `c\0o\0n…`.
#[test]
fn utf16_is_recognised_by_its_byte_order_mark_or_its_nuls() {
    let utf16 = |text: &str, big: bool| -> Vec<u8> {
        text.encode_utf16()
            .flat_map(|u| {
                if big {
                    u.to_be_bytes()
                } else {
                    u.to_le_bytes()
                }
            })
            .collect()
    };
    for big in [false, true] {
        assert!(is_utf16(&utf16("\u{feff}conversation_id,role", big)));
        assert!(is_utf16(&utf16("conversation_id,role,text\n", big)));
        assert!(is_utf16(&utf16("{\"conversation_id\": 1}", big)));
    }
    assert!(!is_utf16(b"conversation_id,role,text\n"));
    assert!(!is_utf16("\u{feff}conversation_id".as_bytes()));
    assert!(
        !is_utf16(b"a\0b\0c,role,text\n"),
        "a few NULs in UTF-8 text"
    );
    assert!(!is_utf16(b"a\0"), "too short to tell");
    assert!(!is_utf16(b""));
    let err = open(
        &Input::Memory {
            name: PathBuf::from("u16.csv"),
            bytes: utf16("\u{feff}conversation_id,role,text\n", false).into(),
        },
        None,
        &Arc::new(AtomicU64::new(0)),
    )
    .err()
    .unwrap();
    assert_eq!(
        err.to_string(),
        "u16.csv:1: this file is UTF-16, not UTF-8: save it as UTF-8 (in Excel, \"CSV UTF-8\"), or convert it with `iconv -f UTF-16 -t UTF-8`"
    );
}

/// A dangling symlink in a directory of transcripts was skipped silently.
#[cfg(unix)]
#[test]
fn a_dangling_symlink_in_a_directory_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.csv"), "").unwrap();
    let link = dir.path().join("b.csv");
    std::os::unix::fs::symlink("/nonexistent/b.csv", &link).unwrap();
    let err = expand_inputs(&[dir.path().to_owned()]).unwrap_err();
    assert!(
        matches!(&err, ReadError::Open { path, .. } if *path == link),
        "{err}"
    );
    assert_eq!(
        err.to_string(),
        format!("cannot open transcript {}", link.display())
    );
    // The cause was only "No such file or directory" of a file `ls` lists.
    let source = std::error::Error::source(&err).unwrap().to_string();
    assert_eq!(
        source,
        format!(
            "{} is a symbolic link to /nonexistent/b.csv, which does not exist",
            link.display()
        )
    );
    // Given by itself, the same.
    let err = expand_inputs(std::slice::from_ref(&link)).unwrap_err();
    let source = std::error::Error::source(&err).unwrap().to_string();
    assert!(
        source.ends_with("b.csv is a symbolic link to /nonexistent/b.csv, which does not exist"),
        "{source}"
    );
    // A file that is missing is not said to be a link.
    let err = expand_inputs(&[dir.path().join("c.csv")]).unwrap_err();
    let source = std::error::Error::source(&err).unwrap().to_string();
    assert!(!source.contains("symbolic link"), "{source}");
    // A symlink to a transcript is read, as the file it names.
    let elsewhere = tempfile::tempdir().unwrap();
    std::fs::write(elsewhere.path().join("b.csv"), "").unwrap();
    std::fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(elsewhere.path().join("b.csv"), &link).unwrap();
    assert_eq!(expand_inputs(&[dir.path().to_owned()]).unwrap().len(), 2);
}

/// `- -` read stdin twice, the second time empty, without a word.
#[test]
fn stdin_given_twice_is_an_error() {
    let err = expand_inputs(&[PathBuf::from("-"), PathBuf::from("-")]).unwrap_err();
    assert!(matches!(err, ReadError::StdinTwice), "{err}");
    assert_eq!(
        err.to_string(),
        "`-` (stdin) is given twice: it can be read only once"
    );
}

#[test]
fn missing_paths_are_errors() {
    assert!(matches!(
        expand_inputs(&[PathBuf::from("/no/such/file.csv")]),
        Err(ReadError::Open { .. })
    ));
}

/// A directory or a FIFO named like a transcript inside a directory of them was
/// left out without a word (a directory of shards named `b.csv`). Said now (D016);
/// given by its own path, a FIFO is an input like any file.
#[cfg(unix)]
#[test]
fn what_a_directory_holds_that_is_not_a_file_is_said() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.csv"), "").unwrap();
    std::fs::create_dir(dir.path().join("b.csv")).unwrap();
    let fifo = dir.path().join("c.jsonl");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    let fifo_made = made.is_ok_and(|s| s.success());
    let mut report = ReadReport::default();
    let inputs = expand_inputs_noting(&[dir.path().to_owned()], &mut report).unwrap();
    assert_eq!(inputs, [Input::Path(dir.path().join("a.csv"))]);
    let said: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| {
            d.to_string()
                .replace(&format!("{}/", dir.path().display()), "")
        })
        .collect();
    let mut expected = vec!["warning[D016]: b.csv is a directory, not a file: left out".to_owned()];
    if fifo_made {
        expected
            .push("warning[D016]: c.jsonl is a FIFO (named pipe), not a file: left out".to_owned());
        // Given itself, it is read (not opened here: that would wait for a writer).
        let inputs = expand_inputs(std::slice::from_ref(&fifo)).unwrap();
        assert_eq!(inputs, [Input::Path(fifo.clone())]);
    }
    let mut said = said;
    said.sort();
    assert_eq!(said, expected);
}

/// A file of a directory that could not be opened stopped the run only when
/// reading reached it, after the files before it were replayed. Every file is opened
/// once before. (Root opens any file: then there is nothing to test.)
#[cfg(unix)]
#[test]
fn a_file_that_cannot_be_opened_stops_expanding() {
    use std::os::unix::fs::PermissionsExt as _;
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.csv"), "conversation_id,role,text\n").unwrap();
    let locked = dir.path().join("z.csv");
    std::fs::write(&locked, "conversation_id,role,text\n").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if File::open(&locked).is_ok() {
        return;
    }
    let err = expand_inputs(&[dir.path().to_owned()]).unwrap_err();
    assert!(
        matches!(&err, ReadError::Open { path, .. } if *path == locked),
        "{err}"
    );
}

/// A UTF-16 JSONL file was told to save it from Excel as "CSV UTF-8".
#[test]
fn utf16_advice_is_for_the_format_of_the_file() {
    let utf16 = |text: &str| -> Vec<u8> {
        "\u{feff}"
            .encode_utf16()
            .chain(text.encode_utf16())
            .flat_map(u16::to_le_bytes)
            .collect()
    };
    let error = |name: &str, text: &str, forced: Option<InputFormat>| {
        let input = Input::Memory {
            name: PathBuf::from(name),
            bytes: utf16(text).into(),
        };
        open(&input, forced, &Arc::new(AtomicU64::new(0)))
            .err()
            .unwrap()
            .to_string()
    };
    let jsonl = "this file is UTF-16, not UTF-8: write it as UTF-8, or convert it with `iconv -f UTF-16 -t UTF-8`";
    let object = "{\"conversation_id\": \"a\"}\n";
    assert_eq!(
        error("t.jsonl", object, None),
        format!("t.jsonl:1: {jsonl}")
    );
    assert_eq!(error("export", object, None), format!("export:1: {jsonl}"));
    assert_eq!(
        error("export", object, Some(InputFormat::Csv)),
        format!("export:1: {UTF16_ADVICE}")
    );
    assert_eq!(
        error("export", "conversation_id,role\n", None),
        format!("export:1: {UTF16_ADVICE}")
    );
}

/// Empty stdin was `-` in one message and `stdin` in another; it is `<stdin>`.
#[test]
fn stdin_has_one_name() {
    assert_eq!(Input::Stdin.display_path(), PathBuf::from("<stdin>"));
}

/// A directory whose only transcript-named entries are not files was "no transcript
/// files", its D016 warnings lost with the run: the error names the first of them.
#[test]
fn a_directory_of_only_directories_names_the_first() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("b.csv")).unwrap();
    std::fs::create_dir(dir.path().join("a.csv")).unwrap();
    let err = expand_inputs(&[dir.path().to_owned()]).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "no transcript files in directory {}: {} is a directory, not a file\n  hint: give it by its own path to read it",
            dir.path().display(),
            dir.path().join("a.csv").display()
        )
    );
}

/// A hidden file named like a transcript (`.b.csv`, an editor's copy or an
/// export saved under a dot name) in a directory of them was left out without a word,
/// where rule directories say it (D017). It stays left out, and is named; given by its
/// own path it is read.
#[test]
fn a_hidden_transcript_in_a_directory_is_said_and_left_out() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.csv", ".b.csv", ".#c.jsonl.gz", ".notes.md"] {
        std::fs::write(dir.path().join(name), "").unwrap();
    }
    let mut report = ReadReport::default();
    let inputs = expand_inputs_noting(&[dir.path().to_owned()], &mut report).unwrap();
    assert_eq!(inputs, [Input::Path(dir.path().join("a.csv"))]);
    let said: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| {
            format!("{} {}", d.code.unwrap_or_default(), d.message)
                .replace(&format!("{}/", dir.path().display()), "")
        })
        .collect();
    // `.#c.jsonl.gz` is an editor's lock file (mostly a dangling link): no hidden
    // transcript, and no data either (user report): `--verbose` alone lists it.
    assert_eq!(said, ["D017 .b.csv is a hidden file: left out"], "{said:?}");
    assert!(
        report
            .left_out_files
            .iter()
            .any(|p| p.ends_with(".#c.jsonl.gz")),
        "{:?}",
        report.left_out_files
    );
    let hidden = dir.path().join(".b.csv");
    let inputs = expand_inputs(&[dir.path().to_owned(), hidden.clone()]).unwrap();
    assert_eq!(inputs.last(), Some(&Input::Path(hidden)));
}

/// Review: every file a directory of transcripts left out was said, a `generate.py`
/// beside the fixtures on every default run. Only those that look like data are noted,
/// once for the run across directories, the first three named; scripts, READMEs,
/// configuration and hidden files are kept for `--verbose` alone; one also given by
/// its own path is read, not noted.
#[test]
fn only_files_that_look_like_data_are_noted_once_for_the_run() {
    let one = tempfile::tempdir().unwrap();
    let two = tempfile::tempdir().unwrap();
    for name in [
        "a.csv",
        "b.TSV",
        "c.csv.bz2",
        "d.csv.bak",
        "generate.py",
        "README.md",
    ] {
        std::fs::write(one.path().join(name), "").unwrap();
    }
    for name in ["e.csv", "f.xlsx", "g.json", "h.yaml", "run.sh", ".x.tsv"] {
        std::fs::write(two.path().join(name), "").unwrap();
    }
    let mut report = ReadReport::default();
    let args = [
        one.path().to_owned(),
        two.path().to_owned(),
        two.path().join("g.json"),
    ];
    expand_inputs_noting(&args, &mut report).unwrap();
    let said: Vec<&str> = report
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .collect();
    let at = |dir: &tempfile::TempDir, name: &str| dir.path().join(name).display().to_string();
    assert_eq!(
        said,
        [format!(
            "4 files in the directories given looking like data but not named like a transcript: left out ({}, {}, {}, and 1 more)",
            at(&one, "b.TSV"),
            at(&one, "c.csv.bz2"),
            at(&one, "d.csv.bak"),
        )]
    );
    let kept: Vec<String> = report
        .left_out_files
        .iter()
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        kept,
        [
            "README.md",
            "b.TSV",
            "c.csv.bz2",
            "d.csv.bak",
            "generate.py",
            "f.xlsx",
            "h.yaml",
            "run.sh"
        ]
    );

    // Without a file that looks like data, nothing is said.
    let three = tempfile::tempdir().unwrap();
    for name in ["a.csv", "notes.md", "x.py", "config.toml"] {
        std::fs::write(three.path().join(name), "").unwrap();
    }
    let mut report = ReadReport::default();
    expand_inputs_noting(&[three.path().to_owned()], &mut report).unwrap();
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
    assert_eq!(report.left_out_files.len(), 3);
}
