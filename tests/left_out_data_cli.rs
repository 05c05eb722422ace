//! What a directory of transcripts says of its other files, not named like transcripts:
//! those that look like data (`x.tsv`) get a note once a run; scripts, READMEs and
//! configuration are not said but under `--verbose`.

use crate::common::{handoff, jsonl, write};

/// `ANGRY_RULES` in `dir`, and a directory `data` beside them holding one transcript,
/// `a.csv`.
fn rules_and_data(dir: &std::path::Path) -> (std::path::PathBuf, std::path::PathBuf) {
    let (rules, data) = crate::common::rules_and_dir(dir, "data");
    write(
        &data,
        "a.csv",
        "conversation_id,role,text\na,customer,hello\n",
    );
    (rules, data)
}

/// Review: a `.tsv` export (or any file not named `.csv`/`.jsonl`) in a directory of
/// transcripts was left out without a word. A file that looks like data gets a note,
/// naming it, with how to read it; the run goes on.
#[test]
fn a_data_file_a_directory_of_transcripts_leaves_out_is_noted() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, data) = rules_and_data(dir.path());
    write(
        &data,
        "b.tsv",
        "conversation_id\trole\ttext\nb\tcustomer\tthis is ridiculous\n",
    );
    write(&data, "README.md", "exports\n");
    let assert = handoff()
        .args(["replay", "-f", "jsonl", "--rules"])
        .arg(&rules)
        .arg(&data)
        .assert()
        .success();
    let stderr = crate::common::stderr_text(&assert);
    assert!(
        stderr.contains(&format!(
            "note: 1 file in {} looking like data but not named like a transcript: left out ({})",
            data.display(),
            data.join("b.tsv").display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "give another by its own path to read it (a tab-separated file is read as CSV"
        ),
        "{stderr}"
    );
    // Said once, and the README beside it not at all.
    assert_eq!(stderr.matches("note: ").count(), 1, "{stderr}");
    assert!(!stderr.contains("README"), "{stderr}");
    let out = jsonl(std::str::from_utf8(&assert.get_output().stdout).unwrap());
    assert_eq!(out.len(), 1, "a.csv only");
}

/// Review: every file a directory of transcripts left out was named in the summary on
/// every run, a `generate.py` or `README.md` beside the exports too. Scripts, READMEs,
/// configuration and hidden files are not said; `--verbose` lists them, every one (it
/// said `and 1 more`, where the files were to be seen nowhere else).
#[test]
fn scripts_and_readmes_beside_transcripts_are_not_said() {
    let dir = tempfile::tempdir().unwrap();
    let (rules, data) = rules_and_data(dir.path());
    for name in [
        "generate.py",
        "README.md",
        "mapping.yaml",
        "fetch.sh",
        ".notes",
    ] {
        write(&data, name, "x\n");
    }
    let run = |verbose: bool| {
        let mut cmd = handoff();
        cmd.args(["replay", "-f", "jsonl", "--rules"])
            .arg(&rules)
            .arg(&data);
        if verbose {
            cmd.arg("--verbose");
        }
        let assert = cmd.assert().success();
        crate::common::stderr_text(&assert)
    };
    let stderr = run(false);
    for unsaid in ["generate.py", "README.md", "left out", "note:", "warning:"] {
        assert!(!stderr.contains(unsaid), "{unsaid}: {stderr}");
    }
    assert!(stderr.contains("replayed 1 conversation"), "{stderr}");
    let stderr = run(true);
    let shown = |name: &str| data.join(name).display().to_string();
    assert!(
        stderr.contains(&format!(
            "handoff: left out 4 files in the directories given, not named like transcripts: {}, {}, {}, {}\n",
            shown("README.md"),
            shown("fetch.sh"),
            shown("generate.py"),
            shown("mapping.yaml"),
        )),
        "{stderr}"
    );
    assert!(!stderr.contains("note:"), "{stderr}");
}
