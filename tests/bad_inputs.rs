//! The catalogue of bad inputs: every way a transcript, a rule file or an output can be
//! wrong that we know of, each with the exit code, the words of the message (naming the
//! file and line, and the column for rules, and what was expected) and what must not be
//! lost. One test runs them all and reports every case that fails.

use std::fmt::Write as _;
use std::io::Write as _;

use crate::common::handoff;

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

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

const RULES: &str = "version: 1\ntriggers:\n  - { id: angry, when: { message: { role: customer, phrases: [ridiculous] } } }\nteams:\n  - { id: support, name: Support, bridge: 'Hi.' }\ndefault_route: { team: support }\n";

fn rules_with(extra_team: &str) -> Vec<u8> {
    format!(
        "version: 1\ntriggers:\n  - {{ id: angry, when: {{ message: {{ role: customer, phrases: [ridiculous] }} }} }}\nteams:\n  - {{ id: support, name: Support, bridge: '{extra_team}' }}\ndefault_route: {{ team: support }}\n"
    )
    .into_bytes()
}

fn transcript_cases() -> Vec<Case> {
    let two = "a,2026-03-01T09:00:00Z,customer,hello\nb,2026-03-01T10:00:00Z,customer,this is ridiculous\n";
    let mut huge = String::from(HEADER);
    huge.push_str("a,,customer,\"");
    huge.push_str(&"blah ".repeat(2 * 1024 * 1024));
    huge.push_str("this is ridiculous\"\n");
    vec![
        case("empty transcript file")
            .file("t.csv", "")
            .replay("t.csv")
            .says("warning[D007]: transcript file is empty")
            .says("{dir}/t.csv:1")
            .outcomes(0),
        case("header only")
            .file("t.csv", HEADER)
            .replay("t.csv")
            .says("warning[D007]: transcript file has a header and no rows")
            .says("{dir}/t.csv:1")
            .outcomes(0),
        case("missing required column, named, with the columns found")
            .file("t.csv", "id,role,text\n1,customer,hi\n")
            .replay("t.csv")
            .code(2)
            .says("{dir}/t.csv:1: no `conversation_id` column; the columns are: id, role, text")
            .says("--map conversation_id=<column>"),
        case("a file given twice is an error before anything is read (review: --unsorted doubled it)")
            .file("t.csv", "conversation_id,role,text\nc1,customer,hi\n")
            .replay("t.csv")
            .args(&["--unsorted", "{dir}"])
            .code(2)
            .says("t.csv is given twice (directly or in a directory): its conversations would be read twice"),
        case("a semicolon-separated export: said to be one, not to be mapped (review)")
            .file("t.csv", "conversation_id;timestamp;role;text\nc1;;customer;hi\n")
            .replay("t.csv")
            .code(2)
            .says("the header is one column separated by semicolons: handoff reads comma-separated CSV (or JSONL); export with commas"),
        case("a JSON array export: said to be JSON, with how to make it JSONL (review)")
            .file("export.json", "[{\"conversation_id\": \"a\", \"role\": \"customer\", \"text\": \"hi\"}]\n")
            .replay("export.json")
            .code(2)
            .says("this is JSON, not CSV")
            .says("jq -c '.[]' export.json > export.jsonl"),
        case("ragged row: skipped, reported with its line, the run fails at the end")
            .file("t.csv", csv(&format!("x,,customer\n{two}")))
            .replay("t.csv")
            .code(2)
            .says("warning[D001]: skipped malformed row: row has 3 fields, the header has 4")
            .says("{dir}/t.csv:2")
            .says("1 malformed row was skipped")
            .outcomes(2),
        case("ragged row with --on-error skip")
            .file("t.csv", csv(&format!("x,,customer\n{two}")))
            .replay("t.csv")
            .args(&["--on-error", "skip"])
            .says("warning[D001]")
            .says("skipped 1 malformed row of 3")
            .outcomes(2),
        case("a row without a conversation id")
            .file("t.csv", csv(&format!(",,customer,hello\n{two}")))
            .replay("t.csv")
            .code(2)
            .says("empty `conversation_id`: the row belongs to no conversation")
            .says("{dir}/t.csv:2")
            .outcomes(2),
        // Regression: an unclosed quote swallowed the rest of the file, with a warning and exit 0.
        case("a quote never closed: its row skipped and counted, the rows after it read")
            .file("t.csv", csv("x,,customer,hi\na,,customer,\"I need a discount\nb,,customer,this is ridiculous\nc,,customer,hello\n"))
            .replay("t.csv")
            .code(2)
            .says("warning[D008]: skipped malformed row: the quoted field in column `text` opens here and is never closed: it would swallow the 2 lines after it, to the end of the file, which are read as rows instead")
            .says("{dir}/t.csv:3")
            .says("skipped 1 malformed row of 4")
            .says("1 malformed row was skipped")
            .outcomes(3),
        // Regression: a record past any size was held whole, to the end of the file (a
        // 2 GB export with an unclosed quote on line 2 took 2 GB of memory).
        case("a quote not closed within the limit of one row (16 MiB): its row skipped, the rows after it read")
            .file("t.csv", csv(&format!(
                "x,,customer,hi\na,,customer,\"I need {}\nb,,customer,this is ridiculous\n",
                "x".repeat(handoff::transcript::MAX_RECORD_BYTES)
            )))
            .replay("t.csv")
            .code(2)
            .says("warning[D008]: skipped malformed row: the quoted field in column `text` opens here and is not closed within 16 MiB, the limit for one row: the quote is never closed, or the field is longer than a row may be; the lines after this one are read as rows")
            .says("{dir}/t.csv:3")
            .says("skipped 1 malformed row of 3")
            .outcomes(2),
        case("a JSONL line past the limit of one row (16 MiB): skipped, the lines after it read")
            .file("t.jsonl", format!(
                "{{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"{}\"}}\n{{\"conversation_id\":\"b\",\"role\":\"customer\",\"text\":\"hi\"}}\n",
                "x".repeat(handoff::transcript::MAX_RECORD_BYTES)
            ))
            .replay("t.jsonl")
            .code(2)
            .says("warning[D001]: skipped malformed row: the line is longer than 16 MiB, the limit for one row")
            .says("{dir}/t.jsonl:1")
            .outcomes(1),
        case("a quote never closed, accepted with --on-error skip")
            .file("t.csv", csv("a,,customer,\"I need a discount\nb,,customer,this is ridiculous\n"))
            .replay("t.csv")
            .args(&["--on-error", "skip"])
            .says("warning[D008]: skipped malformed row")
            .says("{dir}/t.csv:2")
            .outcomes(1),
        case("a stray quote closed by a later one: a warning, the row kept")
            .file("t.csv", csv("a,,customer,\"I need a discount\nb,,customer,this is ridiculous\nc,,customer,\"bye\n"))
            .replay("t.csv")
            .says("warning[D008]: a quoted field runs over 3 lines, 2 of which look like rows: is a quote unclosed?")
            .says("{dir}/t.csv:2")
            // Further ones are not listed but counted, and the count is shown.
            .says("1 quoted field holding lines that look like rows (D008)")
            .outcomes(1),
        case("invalid UTF-8: decoded lossily, counted, not lost")
            .file("t.csv", [csv("a,,customer,caf").as_slice(), b"\xe9 ridiculous\n"].concat())
            .replay("t.csv")
            .says("warning[D004]")
            .says("{dir}/t.csv:2")
            .outcomes(1),
        case("a UTF-8 byte order mark")
            .file("t.csv", [b"\xef\xbb\xbf".as_slice(), &csv(two)].concat())
            .replay("t.csv")
            .says("replayed 2 conversations")
            .outcomes(2),
        case("CRLF line ends keep line numbers right")
            .file(
                "t.csv",
                "conversation_id,timestamp,role,text\r\na,,customer,hi\r\nb,,customer\r\n",
            )
            .replay("t.csv")
            .code(2)
            .says("{dir}/t.csv:3")
            .outcomes(1),
        case("a 10 MB message")
            .file("t.csv", huge)
            .replay("t.csv")
            .says("escalated 1 of 1")
            .outcomes(1),
        case("a conversation id that reappears later, with both places")
            .file("t.csv", csv("a,,customer,hi\nb,,customer,yo\na,,customer,again\n"))
            .replay("t.csv")
            .code(2)
            .says("{dir}/t.csv:4: conversation `a` reappears after other conversations (its earlier rows end at {dir}/t.csv:2)")
            .says("--unsorted")
            // `b` is complete when `a` comes back: replayed, not dropped.
            .outcomes(2),
        case("a reappearing id on one thread: the conversations before it are replayed")
            .file("t.csv", csv("a,,customer,hi\nb,,customer,yo\na,,customer,again\n"))
            .replay("t.csv")
            .args(&["--jobs", "1"])
            .code(2)
            .says("{dir}/t.csv:4: conversation `a` reappears")
            .outcomes(2),
        case("--unsorted groups a reappearing id")
            .file("t.csv", csv("a,,customer,hi\nb,,customer,yo\na,,customer,ridiculous\n"))
            .replay("t.csv")
            .args(&["--unsorted"])
            .says("regrouped")
            .outcomes(2),
        case("timestamps out of order")
            .file(
                "t.csv",
                csv("a,2026-03-01T10:00:00Z,customer,hi\na,2026-03-01T09:00:00Z,bot,hello\n"),
            )
            .replay("t.csv")
            .says("warning[D006]")
            .says("{dir}/t.csv:3")
            .outcomes(1),
        case("an unparseable timestamp: the message is kept, without a time")
            .file("t.csv", csv("a,last tuesday,customer,this is ridiculous\n"))
            .replay("t.csv")
            .says("warning[D003]: timestamp `last tuesday` is not a date and time")
            .says("{dir}/t.csv:2")
            .outcomes(1),
        case("an unknown role value: kept as `other`, reported with how to map it")
            .file("t.csv", csv("a,,system,maintenance\na,,customer,hi\n"))
            .replay("t.csv")
            .says("warning[D002]: unknown role `system`")
            .says("--role system=bot")
            .outcomes(1),
        case("a truncated gzip file")
            .file("t.csv.gz", {
                let full = gzip(&csv(&"a,,customer,hello there\n".repeat(2000)));
                full[..full.len() / 2].to_vec()
            })
            .replay("t.csv.gz")
            .code(2)
            .says("{dir}/t.csv.gz")
            .says("cannot read transcript"),
        case("a gzip file that is fine")
            .file("t.csv.gz", gzip(&csv(two)))
            .replay("t.csv.gz")
            .outcomes(2),
        case("a directory where a transcript file was expected, without transcripts")
            .file("dir/notes.txt", "hello")
            .replay("dir")
            .code(2)
            .says("no transcript files (*.csv, *.jsonl, *.ndjson, optionally .gz) in directory {dir}/dir"),
        case("a directory where the contacts file was expected")
            .file("t.csv", csv(two))
            .file("crm/x.csv", "email\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm"])
            .code(2)
            .says("cannot read contacts file {dir}/crm"),
        case("a transcript that does not exist")
            .replay("nope.csv")
            .code(2)
            .says("cannot open transcript {dir}/nope.csv"),
        case("stdin closed at once")
            .args(&["replay", "-f", "jsonl", "-"])
            .stdin("")
            .says("warning[D007]: transcript file is empty")
            .says("<stdin>:1")
            .outcomes(0),
        // Review: the second `-` read an empty stdin, without the error a file gets.
        case("stdin given twice")
            .args(&["replay", "-f", "jsonl", "-", "-"])
            .stdin(csv("a,,customer,this is ridiculous\n"))
            .code(2)
            .says("`-` (stdin) is given twice: it can be read only once")
            .outcomes(0),
        case("stdin closed in the middle of a row")
            .args(&["replay", "-f", "jsonl", "-"])
            .stdin(csv("a,,customer,this is ridiculous\nb,,cust"))
            .code(2)
            .says("warning[D001]")
            .says("<stdin>:3")
            .outcomes(1),
        case("JSONL: only blank lines: empty, as a CSV file of them is")
            .file("t.jsonl", "\n  \r\n\n")
            .replay("t.jsonl")
            .says("warning[D007]: transcript file is empty")
            .says("{dir}/t.jsonl:1")
            .outcomes(0),
        case("JSONL: a line that is not an object")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n[1,2]\n",
            )
            .replay("t.jsonl")
            .code(2)
            .says("warning[D001]")
            .says("{dir}/t.jsonl:2")
            .outcomes(1),
        case("JSONL: a line that is not JSON")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n{\"conversation_id\": \"b\",\n",
            )
            .replay("t.jsonl")
            .code(2)
            .says("warning[D001]")
            .says("{dir}/t.jsonl:2")
            .outcomes(1),
        // JSONL rows need what CSV rows need (QA: a row without `text` was an empty message).
        case("JSONL: no object has the text key: a mapping error, like a CSV header")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"c1\",\"role\":\"customer\",\"body\":\"talk to a human\"}\n",
            )
            .replay("t.jsonl")
            .code(2)
            .says("warning[D001]: skipped malformed row: no `text` key")
            .says("{dir}/t.jsonl:1: no `text` column; the columns are: body, conversation_id, role")
            .says("--map text=<column>")
            .outcomes(0),
        case("JSONL: an object without a role is a malformed row")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n{\"conversation_id\":\"a\",\"text\":\"talk to a human\"}\n",
            )
            .replay("t.jsonl")
            .code(2)
            .says("warning[D001]: skipped malformed row: no `role` key")
            .says("{dir}/t.jsonl:2")
            .says("skipped 1 malformed row of 2")
            .outcomes(1),
        case("JSONL: a text that is an object is a malformed row, accepted with --on-error skip")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":{\"en\":\"help\"}}\n",
            )
            .replay("t.jsonl")
            .args(&["--on-error", "skip"])
            .says("warning[D001]: skipped malformed row: `text` is an object, not a string, number or boolean")
            .says("{dir}/t.jsonl:2")
            .outcomes(1),
        case("JSONL: a mapped timestamp missing from a row")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\",\"at\":1}\n{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n",
            )
            .replay("t.jsonl")
            .args(&["--map", "timestamp=at"])
            .code(2)
            .says("warning[D001]: skipped malformed row: no `at` (the timestamp) key")
            .says("{dir}/t.jsonl:2")
            .outcomes(1),
        // Review: Excel's "Unicode Text" got an error quoting `c\u{0}o\u{0}n…`, and a
        // JSONL file one D001 per line.
        case("CSV in UTF-16 with a byte order mark: save it as UTF-8")
            .file("t.csv", utf16le("\u{feff}conversation_id,role,text\nc1,customer,hi\n"))
            .replay("t.csv")
            .code(2)
            .says("{dir}/t.csv:1: this file is UTF-16, not UTF-8: save it as UTF-8")
            .outcomes(0),
        case("JSONL in UTF-16 without a byte order mark")
            .file(
                "t.jsonl",
                utf16le("{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n"),
            )
            .replay("t.jsonl")
            .code(2)
            .says("{dir}/t.jsonl:1: this file is UTF-16, not UTF-8")
            .outcomes(0),
        case("lint --columns-from a UTF-16 export")
            .file("t.csv", utf16le("\u{feff}conversation_id,role,text\n"))
            .args(&["lint", "--columns-from", "{dir}/t.csv"])
            .code(2)
            .says("{dir}/t.csv:1: this file is UTF-16, not UTF-8: save it as UTF-8"),
        case("CSV: a header naming a column twice")
            .file("t.csv", "conversation_id,timestamp,role,text,text\nc1,1,customer,hello,talk to a human\n")
            .replay("t.csv")
            .code(2)
            .says("{dir}/t.csv:1: the header has column `text` twice (columns 4 and 5)")
            .outcomes(0),
        case("CSV: two header names that normalise alike")
            .file("t.csv", "conversation_id,timestamp,role,text,Tier,tier\nc1,1,customer,hello,a,b\n")
            .replay("t.csv")
            .code(2)
            .says("{dir}/t.csv:1: columns 5 `Tier` and 6 `tier` of the header both read as `tier`")
            .outcomes(0),
        case("JSONL: a key written twice in one object")
            .file(
                "t.jsonl",
                "{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\"}\n{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"hi\",\"text\":\"talk to a human\"}\n",
            )
            .replay("t.jsonl")
            .code(2)
            .says("warning[D001]: skipped malformed row: key `text` appears twice")
            .says("{dir}/t.jsonl:2")
            .outcomes(1),
        case("contacts: the key on two rows joins nothing, both lines named")
            .file("t.csv", csv(two))
            .file("crm.csv", "email,owner\na@x.io,Rita\nA@x.io,Sam\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .says("warning[D010]: contact key `a@x.io` is on more than one row")
            .says("{dir}/crm.csv:3")
            .says("{dir}/crm.csv:2")
            .outcomes(2),
        // Review: a phone-only lead failed the run (exit 2) as a malformed row.
        case("contacts: rows without the key are counted once, and the run exits 0")
            .file("t.csv", csv(two))
            .file("crm.csv", "email,phone\na@x.io,\n,555 0100\n,555 0101\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .says("warning[D012]: 2 contact rows have no `email` to join on and are left out; the first is here")
            .says("{dir}/crm.csv:3")
            .outcomes(2),
        // Review: the last of the two columns won, silently.
        case("contacts: two header names that normalise alike")
            .file("t.csv", csv(two))
            .file("crm.csv", "email,Contact Owner,contact_owner\na@x.io,Rita,Bob\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .code(2)
            .says("{dir}/crm.csv:1: columns 2 `Contact Owner` and 3 `contact_owner` of the header both read as `contact_owner`")
            .says("rename or remove one of them"),
        case("contacts: a UTF-16 file without a byte order mark")
            .file("t.csv", csv(two))
            .file("crm.csv", utf16le("email,owner\na@x.io,Rita\n"))
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .code(2)
            .says("{dir}/crm.csv:1: this file is UTF-16, not UTF-8: save it as UTF-8"),
        case("contacts: no key column, with the columns found")
            .file("t.csv", csv(two))
            .file("crm.csv", "mail,owner\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .code(2)
            .says("{dir}/crm.csv:1: the contacts file has no `email` column to join on; the columns are: mail, owner"),
        case("contacts: a ragged row is a malformed row")
            .file("t.csv", csv(two))
            .file("crm.csv", "email,owner\na@x.io\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .code(2)
            .says("skipped malformed contact row")
            .says("{dir}/crm.csv:2")
            .outcomes(2),
        // Known problem: contacts warned of no stray quote, where transcripts did.
        case("contacts: a stray quote closed by a later one: a warning, the row kept")
            .file("t.csv", csv(two))
            .file("crm.csv", "email,owner,notes\na@x.io,Rita,\"call back\nb@x.io,Sam,ok\nc@x.io,Al,\"vip\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm.csv"])
            .says("warning[D008]: a quoted field runs over 3 lines, 2 of which look like rows: is a quote unclosed?")
            .says("{dir}/crm.csv:2")
            .says("the rows inside column `notes` are read as part of one contact's value")
            .outcomes(2),
    ]
}

fn rule_cases() -> Vec<Case> {
    let replay_rules = |c: Case| {
        c.file("t.csv", csv("a,,customer,this is ridiculous\n"))
            .args(&[
                "replay",
                "-f",
                "jsonl",
                "--rules",
                "{dir}/r.yaml",
                "{dir}/t.csv",
            ])
    };
    let bomb = {
        let mut y = String::from("version: 1\ntriggers:\n  - id: t0\n    when: { any: &a0 [");
        y.push_str(&["{ message: { phrases: [lol] } }"; 9].join(", "));
        y.push_str("] }\n");
        for i in 1..10 {
            write!(y, "  - id: t{i}\n    when: {{ any: &a{i} [").unwrap();
            y.push_str(&vec![format!("{{ any: *a{} }}", i - 1); 9].join(", "));
            y.push_str("] }\n");
        }
        y.push_str("teams: [{ id: t, name: T }]\ndefault_route: { team: t }\n");
        y
    };
    let deep = {
        let mut y = String::from("version: 1\ntriggers:\n  - id: t\n    when:\n");
        let mut indent = String::from("      ");
        for _ in 0..100 {
            writeln!(y, "{indent}not:").unwrap();
            indent.push_str("  ");
        }
        writeln!(y, "{indent}message: {{ phrases: [x] }}").unwrap();
        y
    };
    let big_regex = format!(
        "version: 1\nsignals:\n  - {{ id: s, regex: ['{}'] }}\ntriggers:\n  - {{ id: t, when: {{ message: {{ signal: s }} }} }}\n",
        (0..60_000)
            .map(|i| format!("w{i}"))
            .collect::<Vec<_>>()
            .join("|")
    );
    vec![
        replay_rules(case("an empty rule file"))
            .file("r.yaml", "# nothing yet\n")
            .code(2)
            .says("error[S004]: the rule file is empty: expected `version: 1`")
            .says("{dir}/r.yaml:1"),
        replay_rules(case("a YAML alias bomb (billion laughs)"))
            .file("r.yaml", bomb)
            .code(2)
            .says("error[S009]: more than 250000 YAML nodes, counting what aliases expand to")
            .says("{dir}/r.yaml:"),
        replay_rules(case("conditions nested 100 deep"))
            .file("r.yaml", deep)
            .code(2)
            .says("error[S009]: nested more than 64 levels deep")
            .says("{dir}/r.yaml:"),
        replay_rules(case("a regex of 400 KB that compiles past the size limit"))
            .file("r.yaml", big_regex)
            .code(2)
            .says("error[M001]: regex is too large")
            .says("{dir}/r.yaml:3:"),
        case("a regex that is exponential for a backtracking engine runs in linear time")
            .file(
                "r.yaml",
                "version: 1\nsignals:\n  - { id: s, regex: ['^(a+)+$'] }\ntriggers:\n  - { id: t, when: { message: { signal: s } } }\nteams: [{ id: t, name: T }]\ndefault_route: { team: t }\n",
            )
            .file(
                "t2.csv",
                csv(&format!(
                    "a,,customer,{0}!\nb,,customer,{0}\n",
                    "a".repeat(50_000)
                )),
            )
            .args(&["replay", "-f", "jsonl", "--rules", "{dir}/r.yaml", "{dir}/t2.csv"])
            .says("escalated 1 of 2")
            .outcomes(2),
        replay_rules(case("a template that loops: fuel ends it, the replay goes on"))
            .file(
                "r.yaml",
                rules_with(&format!(
                    "{}x{}",
                    "{% for c in reason %}".repeat(8),
                    "{% endfor %}".repeat(8)
                )),
            )
            .says("1 bridge message could not be rendered")
            .outcomes(1),
        replay_rules(case("a template that would recurse: there are no macros"))
            .file(
                "r.yaml",
                rules_with("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}"),
            )
            .code(2)
            .says("error[T001]: template uses `{% macro %}`, which bridge templates do not support")
            .says("{dir}/r.yaml:5:"),
        replay_rules(case("a template that includes a file"))
            .file("r.yaml", rules_with("{% include \"/etc/passwd\" %}"))
            .code(2)
            .says("error[T003]: templates cannot use `include`")
            .says("{dir}/r.yaml:5:"),
        replay_rules(case("a template that reads the environment"))
            .file("r.yaml", rules_with("{{ env.HOME }}"))
            .code(2)
            .says("error[T002]: template uses undefined variable `env`")
            .says("{dir}/r.yaml:5:"),
        replay_rules(case("duplicate keys in a mapping"))
            .file(
                "r.yaml",
                "version: 1\nteams:\n  - id: a\n    name: A\n    name: B\n",
            )
            .code(2)
            .says("error[S006]: duplicate mapping key: name")
            .says("{dir}/r.yaml:5:5"),
        replay_rules(case("YAML 1.1 words stay strings: `no`, `on`, `yes` as ids and phrases"))
            .file(
                "r.yaml",
                "version: 1\ntriggers:\n  - { id: yes, when: { message: { phrases: [no, on, ridiculous] } } }\nteams: [{ id: no, name: No }]\ndefault_route: { team: no }\n",
            )
            .says("by team:    no 1")
            .outcomes(1),
        case("a rules directory with a file that is not YAML")
            .file("rules/r.yaml", RULES)
            .file("rules/README.md", "# notes\n: not: yaml: [")
            .file("t.csv", csv("a,,customer,this is ridiculous\n"))
            .args(&["replay", "-f", "jsonl", "--rules", "{dir}/rules", "{dir}/t.csv"])
            .outcomes(1),
        replay_rules(case("a rule file over 4 MiB"))
            .file("r.yaml", format!("version: 1\n#{}\n", "x".repeat(4 * 1024 * 1024)))
            .code(2)
            .says("{dir}/r.yaml is")
            .says("the limit is 4194304"),
        replay_rules(case("a field the format does not have, with line and column"))
            .file("r.yaml", "version: 1\ntriggers:\n  - { id: t, wen: { message: { phrases: [x] } } }\n")
            .code(2)
            .says("error[S002]")
            .says("{dir}/r.yaml:3:"),
        replay_rules(case("a value of the wrong type"))
            .file("r.yaml", "version: 1\nsignals:\n  - { id: s, phrases: x, threshold: lots }\n")
            .code(2)
            .says("error[S003]")
            .says("{dir}/r.yaml:3:"),
        replay_rules(case("a route to a trigger that does not exist"))
            .file(
                "r.yaml",
                "version: 1\ntriggers:\n  - { id: angry, when: { message: { phrases: [x] } } }\nteams: [{ id: t, name: T }]\nroutes:\n  - { id: r, when: { trigger: angyr }, team: t }\n",
            )
            .code(2)
            .says("error[R002]: unknown trigger `angyr`")
            .says("{dir}/r.yaml:6:")
            .says("did you mean `angry`?"),
        replay_rules(case("a template that does not parse"))
            .file("r.yaml", rules_with("Hi {{ agent"))
            .code(2)
            .says("error[T001]")
            .says("{dir}/r.yaml:5:"),
        replay_rules(case("YAML that is not YAML"))
            .file("r.yaml", "version: 1\ntriggers: [\n  - id: t\n")
            .code(2)
            .says("error[S001]")
            .says("{dir}/r.yaml:"),
        case("rules that do not exist")
            .args(&["replay", "--rules", "{dir}/nope"])
            .code(2)
            .says("rules not found at {dir}/nope"),
        replay_rules(case("a rule file that is not UTF-8"))
            .file("r.yaml", b"version: 1\n# caf\xe9\n".to_vec())
            .code(2)
            .says("error[S001]: the file is not valid UTF-8 text")
            .says("{dir}/r.yaml:2:6"),
    ]
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
        // Review: a bare "No such file or directory"; a directory of packets was created
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

#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_is_an_error_not_a_truncated_success() {
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_handoff"))
        .current_dir(crate::common::root())
        .args(["replay", "-q", "-f", "jsonl"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("cannot write output"), "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
}

/// Review: `lint -f json > /dev/full` and `coverage -f html > /dev/full` said only "No
/// space left on device"; every command says what it could not write, as replay does.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_says_cannot_write_output_for_every_command() {
    let runs: [&[&str]; 5] = [
        &["lint", "-f", "json"],
        &["coverage", "-f", "html"],
        &[
            "explain",
            "--conversation",
            "c01-enterprise-discount",
            "fixtures",
        ],
        &["replay", "-q", "-f", "table"],
        &["lint", "--explain", "L001"],
    ];
    for args in runs {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap();
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_handoff"))
            .current_dir(crate::common::root())
            .args(args)
            .stdout(full)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with("error: cannot write output\n  caused by: No space left on device")
                && stderr.matches("cannot write output").count() == 1,
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let (first, out) = crate::common::first_line_then_close(["replay", "-f", "jsonl"]);
    assert!(first.starts_with('{'));
    assert_eq!(out.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&out.stderr).contains("error"));
}

/// Regression (review): a transcript's control characters (an id that clears the screen,
/// a name that sets the terminal's title) reached the terminal as they were, in the
/// table, `explain`, `diff`, `coverage` and the diagnostics on stderr. They are escaped
/// (`\u{1b}`) in every format people read; JSON escapes them itself.
#[test]
fn control_characters_from_a_transcript_are_escaped_for_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.csv");
    std::fs::write(
        &path,
        "conversation_id,timestamp,role,text,name\n\
         \"ansi\x1b[2J\",2026-03-01T09:00:00Z,customer,\"get me a human \x1b[31mnow\x07\",Bob\x1b]0;pwned\x07\n\
         c2,2026-03-01T09:00:00Z,\"bo\x1bt\",hi,\n",
    )
    .unwrap();
    let runs: [&[&str]; 5] = [
        &["replay", "-f", "table"],
        &["explain", "-c", "ansi\x1b[2J"],
        &["coverage"],
        &["coverage", "-f", "markdown"],
        &[
            "diff",
            "--base",
            "rules",
            "--head",
            "rules",
            "--examples",
            "5",
        ],
    ];
    for args in runs {
        let out = handoff().args(args).arg(&path).output().unwrap();
        for (stream, bytes) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
            assert!(
                !bytes.iter().any(|&b| b == 0x1b || b == 0x07),
                "{args:?} {stream}:\n{}",
                String::from_utf8_lossy(bytes)
            );
        }
        let text = String::from_utf8_lossy(&out.stdout) + String::from_utf8_lossy(&out.stderr);
        assert!(text.contains("\\u{1b}"), "{args:?}:\n{text}");
    }
}

/// A conversation that reappears stops the reading: the conversations before it are
/// output whole in every format (the JSON array was left open, the table not drawn).
#[test]
fn the_conversations_before_a_read_error_are_output_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("t.csv");
    std::fs::write(
        &path,
        "conversation_id,role,text\nc1,customer,speak to a human\nc2,customer,speak to a human\nc1,customer,again\n",
    )
    .unwrap();
    for jobs in ["1", "2"] {
        let out = handoff()
            .args(["replay", "-q", "--jobs", jobs, "-f", "json"])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let json: serde_json::Value = serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stdout)));
        let ids: Vec<&str> = json
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["conversation_id"].as_str().unwrap())
            .collect();
        assert_eq!(ids, ["c1", "c2"], "--jobs {jobs}");
        let out = handoff()
            .args(["replay", "-q", "--jobs", jobs, "-f", "table"])
            .arg(&path)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2));
        let table = String::from_utf8_lossy(&out.stdout);
        assert!(table.contains("c1") && table.contains("c2"), "{table}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("reappears"));
    }
}

/// Review: a dangling symlink in a directory of transcripts (a missing export shard) or
/// of rules (a shared teams file) was skipped silently: a replay of the shards left, a
/// lint of a rule set without its teams. Each is now an error naming the link (exit 2).
#[cfg(unix)]
#[test]
fn a_dangling_symlink_in_an_input_or_rules_directory_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let root = crate::common::root();
    let transcripts = dir.path().join("td");
    std::fs::create_dir(&transcripts).unwrap();
    std::fs::copy(
        root.join("fixtures/transcripts.csv"),
        transcripts.join("a.csv"),
    )
    .unwrap();
    let shard = transcripts.join("b.csv");
    std::os::unix::fs::symlink("/nonexistent/b.csv", &shard).unwrap();
    let out = handoff()
        .args(["replay", "-q", "-f", "jsonl"])
        .arg(&transcripts)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("cannot open transcript {}", shard.display())),
        "{stderr}"
    );
    let rules = dir.path().join("rd");
    std::fs::create_dir(&rules).unwrap();
    for entry in std::fs::read_dir(root.join("rules")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() && path.file_name().unwrap() != "teams.yaml" {
            std::fs::copy(&path, rules.join(path.file_name().unwrap())).unwrap();
        }
    }
    let teams = rules.join("teams.yaml");
    std::os::unix::fs::symlink("/nonexistent/teams.yaml", &teams).unwrap();
    let out = handoff().arg("lint").arg(&rules).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!("cannot read rules from {}", teams.display())),
        "{stderr}"
    );
    assert!(
        !stderr.contains("R003"),
        "no lint of the rules left: {stderr}"
    );
    // Review: the cause was "No such file or directory" of a file `ls` lists; and a
    // rules path that is a dangling link was "rules not found".
    assert!(
        stderr.contains(&format!(
            "caused by: {} is a symbolic link to /nonexistent/teams.yaml, which does not exist",
            teams.display()
        )),
        "{stderr}"
    );
    let out = handoff().arg("lint").arg(&teams).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("is a symbolic link to /nonexistent/teams.yaml, which does not exist")
            && !stderr.contains("rules not found"),
        "{stderr}"
    );
}

/// `text` in UTF-16, little-endian, as Excel's "Unicode Text" saves it.
fn utf16le(text: &str) -> Vec<u8> {
    text.encode_utf16().flat_map(u16::to_le_bytes).collect()
}
