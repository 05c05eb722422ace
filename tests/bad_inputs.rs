//! The catalogue of bad inputs: every way a transcript, a rule file or an output can be
//! wrong that we know of, each with the exit code, the words of the message (naming the
//! file and line, and the column for rules, and what was expected) and what must not be
//! lost. One test runs them all and reports every case that fails.

use crate::common::{gzip, handoff};

mod contacts;
mod encodings;
mod rule_files;
mod transcripts;

use contacts::contact_cases;
use encodings::encoding_cases;
use rule_files::rule_cases;
use transcripts::transcript_cases;

/// One bad input and what `handoff` must answer.
struct Case {
    name: &'static str,
    /// Files written into a fresh directory; `{dir}` in arguments is that directory.
    files: Vec<(&'static str, Vec<u8>)>,
    args: Vec<&'static str>,
    stdin: Option<Vec<u8>>,
    code: i32,
    /// Each must appear on stderr (`{dir}` replaced).
    stderr: Vec<&'static str>,
    /// Outcome lines on stdout (JSONL): nothing lost that could be kept.
    outcomes: Option<usize>,
}

fn case(name: &'static str) -> Case {
    Case {
        name,
        files: Vec::new(),
        args: Vec::new(),
        stdin: None,
        code: 0,
        stderr: Vec::new(),
        outcomes: None,
    }
}

impl Case {
    fn file(mut self, name: &'static str, content: impl Into<Vec<u8>>) -> Self {
        self.files.push((name, content.into()));
        self
    }
    fn args(mut self, args: &[&'static str]) -> Self {
        self.args.extend_from_slice(args);
        self
    }
    /// `replay -f jsonl` over `{dir}/t.csv` (or what `args` adds) with the starter rules.
    fn replay(self, file: &'static str) -> Self {
        let path: &'static str = Box::leak(format!("{{dir}}/{file}").into_boxed_str());
        self.args(&["replay", "-f", "jsonl", path])
    }
    fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Self {
        self.stdin = Some(bytes.into());
        self
    }
    fn code(mut self, code: i32) -> Self {
        self.code = code;
        self
    }
    fn says(mut self, text: &'static str) -> Self {
        self.stderr.push(text);
        self
    }
    fn outcomes(mut self, n: usize) -> Self {
        self.outcomes = Some(n);
        self
    }

    /// Runs the case; `Err` says how it went wrong.
    fn check(&self) -> Result<(), String> {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_string_lossy().into_owned();
        for (name, content) in &self.files {
            let path = dir.path().join(name);
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).unwrap();
            }
            std::fs::write(path, content).unwrap();
        }
        let args: Vec<String> = self
            .args
            .iter()
            .map(|a| a.replace("{dir}", &root))
            .collect();
        let mut cmd = handoff();
        cmd.args(&args);
        if let Some(stdin) = &self.stdin {
            cmd.write_stdin(stdin.clone());
        }
        let out = cmd.output().map_err(|e| e.to_string())?;
        let stderr = String::from_utf8_lossy(&out.stderr);
        let mut problems = Vec::new();
        if out.status.code() != Some(self.code) {
            problems.push(format!(
                "exit {:?}, expected {}",
                out.status.code(),
                self.code
            ));
        }
        for text in &self.stderr {
            let text = text.replace("{dir}", &root);
            if !stderr.contains(&text) {
                problems.push(format!("stderr lacks {text:?}"));
            }
        }
        if let Some(n) = self.outcomes {
            let lines = String::from_utf8_lossy(&out.stdout).lines().count();
            if lines != n {
                problems.push(format!("{lines} outcomes on stdout, expected {n}"));
            }
        }
        if stderr.contains("panicked") {
            problems.push("panicked".to_owned());
        }
        // No temporary file left behind, whatever happened.
        let leftovers: Vec<String> = walk(dir.path())
            .into_iter()
            .filter(|p| {
                p.rsplit('/')
                    .next()
                    .is_some_and(|name| name.ends_with(".tmp"))
            })
            .collect();
        if !leftovers.is_empty() {
            problems.push(format!("left temporary files: {leftovers:?}"));
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(format!(
                "{}: {}\n--- stderr ---\n{stderr}",
                self.name,
                problems.join("; ")
            ))
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path.to_string_lossy().into_owned());
        }
    }
    out
}

const HEADER: &str = "conversation_id,timestamp,role,text\n";

fn csv(rows: &str) -> Vec<u8> {
    format!("{HEADER}{rows}").into_bytes()
}

const RULES: &str = "version: 1\ntriggers:\n  - { id: angry, when: { message: { role: customer, phrases: [ridiculous] } } }\nteams:\n  - { id: support, name: Support, bridge: 'Hi.' }\ndefault_route: { team: support }\n";

fn rules_with(extra_team: &str) -> Vec<u8> {
    format!(
        "version: 1\ntriggers:\n  - {{ id: angry, when: {{ message: {{ role: customer, phrases: [ridiculous] }} }} }}\nteams:\n  - {{ id: support, name: Support, bridge: '{extra_team}' }}\ndefault_route: {{ team: support }}\n"
    )
    .into_bytes()
}

fn output_cases() -> Vec<Case> {
    vec![
        case("packets to a path under a file: an error, nothing written")
            .file("taken", "a file")
            .args(&["replay", "-q", "--packets", "{dir}/taken/packets"])
            .code(2)
            .says("cannot write packets to {dir}/taken/packets"),
        case("packets.jsonl under a file: an error, no temporary file left")
            .file("taken", "a file")
            .args(&[
                "replay",
                "-q",
                "--packets",
                "{dir}/taken/nope/packets.jsonl",
            ])
            .code(2)
            .says("cannot write packets to {dir}/taken/nope/packets.jsonl"),
        // A bare "No such file or directory"; a directory of packets was created
        // with its parents, a .jsonl file was not.
        case("packets.jsonl in a directory that does not exist: the directory is created")
            .args(&["replay", "-q", "--packets", "{dir}/new/x/packets.jsonl"])
            .code(0),
    ]
}

#[test]
fn every_bad_input_gets_a_clear_answer_and_loses_nothing() {
    let cases: Vec<Case> = transcript_cases()
        .into_iter()
        .chain(encoding_cases())
        .chain(contact_cases())
        .chain(rule_cases())
        .chain(output_cases())
        .collect();
    assert!(cases.len() >= 40, "the catalogue has {} cases", cases.len());
    let failures: Vec<String> = cases.iter().filter_map(|c| c.check().err()).collect();
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n\n")
    );
}

/// `text` in UTF-16, little-endian, as Excel's "Unicode Text" saves it.
fn utf16le(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}
