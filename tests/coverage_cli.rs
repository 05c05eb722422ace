//! `handoff coverage` from the outside: formats, gates, `--merge`, `--labels`.

use predicates::str::contains;

use crate::common::{handoff, stdout_of, write};

#[test]
fn table_summarises_triggers_routes_and_gaps() {
    let out = stdout_of(handoff().arg("coverage"));
    assert!(out.starts_with("33 conversations, 109 messages; 24 escalated (72.7%); 100% of triggers fired; default route took 45.83% of escalations"), "{out}");
    assert!(out.contains("missed handoffs (human, no rule)"), "{out}");
    assert!(out.contains("e.g. c33-agent-joined-quietly"), "{out}");
}

#[test]
fn json_has_the_documented_fields() {
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(handoff().args(["coverage", "-f", "json"]))).unwrap();
    assert_eq!(v["conversations"], 33);
    assert_eq!(v["escalated"], 24);
    assert_eq!(v["triggers"][0]["id"], "legal-compliance");
    assert_eq!(v["triggers"][0]["fired"], 2);
    assert_eq!(
        v["routes"][6],
        serde_json::json!({"id": "default", "team": "frontline", "matched": 11})
    );
    assert_eq!(v["never_fired"], serde_json::json!([]));
    assert!((v["default_share"].as_f64().unwrap() - 11.0 / 24.0).abs() < 1e-9);
    assert_eq!(v["gaps"]["missed_handoffs"]["count"], 1);
}

#[test]
fn markdown_and_html() {
    let md = stdout_of(handoff().args(["coverage", "-f", "markdown"]));
    insta::assert_snapshot!("coverage_markdown", md);
    let html = stdout_of(handoff().args(["coverage", "-f", "html"]));
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("<svg"));
    assert!(!html.contains("<script"), "self-contained, no scripts");
    let links = html.matches("http").count();
    let namespaces = html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count();
    assert_eq!(
        links, namespaces,
        "no external resources, only SVG namespaces"
    );
    assert!(html.contains("c33-agent-joined-quietly"));
}

#[test]
fn gates_exit_1_with_a_reason() {
    handoff()
        .args(["coverage", "--max-default-share", "0.4"])
        .assert()
        .code(1)
        .stderr(contains("gate failed: 0.458 of escalations fell to the default route, over --max-default-share 0.4"));
    // Review: a share of 0.99248 over 0.992 read "0.992 …, over --max-default-share 0.992".
    // Session 19: the report said the default route took "45.8%" of escalations, the
    // very share this gate allows; it says 45.83%, in every format.
    for (format, shown) in [
        ("table", "default route took 45.83% of escalations"),
        ("markdown", "default route **45.83%** of escalations"),
        ("html", "<b>45.83%</b>"),
    ] {
        handoff()
            .args(["coverage", "--max-default-share", "0.458", "-f", format])
            .assert()
            .code(1)
            .stdout(contains(shown))
            .stderr(contains("gate failed: 0.4583 of escalations fell to the default route, over --max-default-share 0.458"));
    }
    handoff()
        .args([
            "coverage",
            "--max-default-share",
            "0.5",
            "--max-missed",
            "1",
            "--fail-under-triggers",
            "100",
        ])
        .assert()
        .success();
    handoff()
        .args(["coverage", "--max-missed", "0"])
        .assert()
        .code(1)
        .stderr(contains("1 human handoff no rule escalated"));
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals:\n  - { id: a, phrases: [discount] }\n  - { id: b, phrases: [xyzzy] }\ntriggers:\n  - { id: a, when: { message: { signal: a } } }\n  - { id: b, when: { message: { signal: b } } }\n",
    );
    handoff()
        .args(["coverage", "--fail-under-triggers", "60", "--rules"])
        .arg(&rules)
        .assert()
        .code(1)
        .stderr(contains(
            "50.0% of triggers escalated anything, under --fail-under-triggers 60 (never: b)",
        ));
}

/// Review 17 (item 7): the gate that failed went to stderr only, and the Markdown that
/// CI writes to the job summary had no word of it; `diff` writes `**Gate failed:** …`.
#[test]
fn markdown_and_html_say_which_gate_failed() {
    let md = String::from_utf8(
        handoff()
            .args(["coverage", "-f", "markdown", "--max-default-share", "0.4"])
            .assert()
            .code(1)
            .stderr(contains("gate failed: 0.458 of escalations"))
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    assert!(
        md.starts_with("### handoff coverage\n\n**Gate failed:** 0.458 of escalations fell to the default route, over --max-default-share 0.4.\n\n**33** conversations"),
        "{md}"
    );
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals:\n  - { id: a, phrases: [discount] }\n  - { id: b, phrases: [xyzzy] }\ntriggers:\n  - { id: a, when: { message: { signal: a } } }\n  - { id: b, when: { message: { signal: b } } }\n",
    );
    let html = String::from_utf8(
        handoff()
            .args([
                "coverage",
                "-f",
                "html",
                "--fail-under-triggers",
                "60",
                "-r",
            ])
            .arg(&rules)
            .assert()
            .code(1)
            .get_output()
            .stdout
            .clone(),
    )
    .unwrap();
    assert!(
        html.contains("<p class=\"fail\"><b>Gate failed:</b> 50.0% of triggers escalated anything, under --fail-under-triggers 60 (never: b).</p><div class=\"cards\">"),
        "{html}"
    );
    // Gates that pass say nothing in the report.
    let md =
        stdout_of(handoff().args(["coverage", "-f", "markdown", "--max-default-share", "0.5"]));
    assert!(!md.contains("Gate failed"), "{md}");
}

/// Session 19: the gate line in Markdown went through the escaper meant for the
/// transcripts' text, which wrote the tool's own figures as `0\.458`. The figures and
/// words stay as they are; the trigger ids the rules named are code spans (an id may be
/// `_b_`, emphasis in Markdown).
#[test]
fn markdown_gate_lines_escape_only_what_the_rules_named() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals:\n  - { id: a, phrases: [discount] }\n  - { id: b, phrases: [xyzzy] }\ntriggers:\n  - { id: a.1, when: { message: { signal: a } } }\n  - { id: _b_, when: { message: { signal: b } } }\n  - { id: c-1, when: { message: { signal: b } } }\n",
    );
    let out = handoff()
        .args(["coverage", "-f", "markdown", "--fail-under-triggers", "60", "-r"])
        .arg(&rules)
        .assert()
        .code(1)
        .stderr(contains(
            "gate failed: 33.3% of triggers escalated anything, under --fail-under-triggers 60 (never: _b_, c-1)\n",
        ))
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(out).unwrap();
    assert!(
        md.starts_with("### handoff coverage\n\n**Gate failed:** 33.3% of triggers escalated anything, under --fail-under-triggers 60 (never: `_b_`, `c-1`).\n\n"),
        "{md}"
    );
}

#[test]
fn merged_shards_equal_one_run() {
    let dir = tempfile::tempdir().unwrap();
    let all =
        std::fs::read_to_string(crate::common::root().join("fixtures/transcripts.csv")).unwrap();
    let mut lines = all.lines();
    let header = lines.next().unwrap();
    let rows: Vec<&str> = lines.collect();
    // Split at a conversation boundary (c16 starts a new conversation).
    let cut = rows.iter().position(|r| r.starts_with("c16-")).unwrap();
    let a = write(
        dir.path(),
        "a.csv",
        &format!("{header}\n{}\n", rows[..cut].join("\n")),
    );
    let b = write(
        dir.path(),
        "b.csv",
        &format!("{header}\n{}\n", rows[cut..].join("\n")),
    );
    let ja = write(
        dir.path(),
        "a.json",
        &stdout_of(handoff().args(["coverage", "-f", "json"]).arg(&a)),
    );
    let jb = write(
        dir.path(),
        "b.json",
        &stdout_of(handoff().args(["coverage", "-f", "json"]).arg(&b)),
    );
    let merged = stdout_of(
        handoff()
            .args(["coverage", "-f", "json", "--merge"])
            .arg(&ja)
            .arg(&jb),
    );
    let whole = stdout_of(handoff().args(["coverage", "-f", "json"]));
    // The same report but for the runs it counts: both shards', or the one run's.
    let without_shards = |json: &str| {
        let mut v: serde_json::Value = serde_json::from_str(json).unwrap();
        let shards = v["shards"].take();
        (v, shards.as_array().unwrap().len())
    };
    assert_eq!(without_shards(&merged), (without_shards(&whole).0, 2));
    // Review: every input is gunzipped when it is gzip data; a report kept compressed
    // (a CI artifact) too.
    let gz = dir.path().join("b.json.gz");
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut encoder, std::fs::read(&jb).unwrap().as_slice()).unwrap();
    std::fs::write(&gz, encoder.finish().unwrap()).unwrap();
    let merged_gz = stdout_of(
        handoff()
            .args(["coverage", "-f", "json", "--merge"])
            .arg(&ja)
            .arg(&gz),
    );
    assert_eq!(merged_gz, merged);
    let bad = write(dir.path(), "bad.json", "{}");
    handoff()
        .args(["coverage", "--merge"])
        .arg(&ja)
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(contains("is not a handoff coverage JSON report"));
    // Regression (review): a report given twice counted twice; `-r` and transcripts
    // beside `--merge` were ignored silently.
    handoff()
        .args(["coverage", "--merge"])
        .arg(&ja)
        .arg(&ja)
        .assert()
        .code(2)
        .stderr(contains("is given twice to --merge"));
    let copy = dir.path().join("copy.json");
    std::fs::copy(&ja, &copy).unwrap();
    handoff()
        .args(["coverage", "--merge"])
        .arg(&ja)
        .arg(&copy)
        .assert()
        .code(2)
        .stderr(contains("counts the same runs as"));
    // Review: a shard merged again with a merged report holding it counted twice.
    let jab = write(dir.path(), "ab.json", &merged);
    for (first, second, message) in [
        (&jab, &ja, "a.json is already counted in "),
        (&ja, &jab, "ab.json already counts "),
    ] {
        handoff()
            .args(["coverage", "--merge"])
            .arg(first)
            .arg(second)
            .assert()
            .code(2)
            .stderr(contains(message))
            .stderr(contains("its conversations would count twice"));
    }
    // A report of another version: said so, not "different rule sets".
    let old = write(
        dir.path(),
        "old.json",
        &std::fs::read_to_string(&ja)
            .unwrap()
            .replacen("\"version\": 4", "\"version\": 3", 1),
    );
    handoff()
        .args(["coverage", "--merge"])
        .arg(&old)
        .arg(&jb)
        .assert()
        .code(2)
        .stderr(contains("old.json was made by an older handoff (coverage report version 3; this one reads version 4)"));
    handoff()
        .args(["coverage", "-r", "rules", "--merge"])
        .arg(&ja)
        .assert()
        .code(2)
        .stderr(contains("cannot be used with"));
    // Review (item 16): flags that say how to read transcripts did nothing beside
    // `--merge`, which reads none, even a contacts file that does not exist.
    for flags in [
        &["--contacts", "/nonexistent"][..],
        &["--map", "foo=bar"],
        &["--unsorted"],
        &["--role", "x=robot"],
        &["--ignore-column", "turn"],
        &["--jobs", "2"],
        &["--on-error", "skip"],
        &["--input-format", "csv"],
    ] {
        handoff()
            .args(["coverage", "--merge"])
            .arg(&ja)
            .arg(&jb)
            .args(flags)
            .assert()
            .code(2)
            .stderr(contains(
                "the argument '--merge <JSON>...' cannot be used with",
            ))
            .stderr(contains(flags[0]));
    }
    // What applies to a merged report still goes with it.
    handoff()
        .args(["coverage", "--redact", "--max-missed", "1000", "--merge"])
        .arg(&ja)
        .arg(&jb)
        .assert()
        .success();
}

/// Review (item 17): `--label-column expected_team=team --label-column expected_team=id`
/// read the team from `id` silently; two label fields read from one column did too.
#[test]
fn label_columns_that_conflict_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let labels = write(
        dir.path(),
        "lab.csv",
        "id,team\nc01-enterprise-discount,senior-ae\n",
    );
    let coverage = |columns: &[&str]| {
        let mut cmd = handoff();
        cmd.arg("coverage").arg("--labels").arg(&labels);
        for column in columns {
            cmd.args(["--label-column", column]);
        }
        cmd.assert()
    };
    coverage(&["conversation_id=id", "expected_team=team", "expected_team=id"])
        .code(2)
        .stdout("")
        .stderr(contains("invalid --label-column"))
        .stderr(contains(
            "`expected_team` is given two columns, in `--label-column expected_team=team` and `--label-column expected_team=id`; a field is read from one column",
        ));
    coverage(&["conversation_id=id", "expected_team=id"])
        .code(2)
        .stderr(contains(
            "`conversation_id` and `expected_team` are both read from column `id`; each field needs a column of its own",
        ));
    coverage(&["conversation_id=id", "expected_team="])
        .code(2)
        .stderr(contains("column name for `expected_team` is empty"));
    coverage(&[
        "conversation_id=id",
        "expected_team=team",
        "Expected Team=Team",
    ])
    .success();
}

/// Review (item 16): `--label-column` without `--labels` was accepted and did nothing.
#[test]
fn label_columns_need_labels() {
    handoff()
        .args(["coverage", "--label-column", "expected_team=team"])
        .assert()
        .code(2)
        .stderr(contains(
            "the following required arguments were not provided",
        ))
        .stderr(contains("--labels <FILE>"));
}

#[test]
fn labels_evaluation() {
    let dir = tempfile::tempdir().unwrap();
    let labels = write(
        dir.path(),
        "labels.csv",
        "conversation_id,expected_team\nc01-enterprise-discount,senior-ae\nc07-frustrated-pro,senior-ae\nc14-opening-hours,none\nnot-in-the-input,legal\n",
    );
    let out = stdout_of(handoff().args(["coverage", "--labels"]).arg(&labels));
    assert!(
        out.contains(
            "labels: 3 labelled conversations found (4 labels: 0 blank, 1 matched no conversation)"
        ),
        "{out}"
    );
    assert!(
        out.contains("escalation: precision 1.000, recall 1.000 (tp 2, fp 0, fn 0, tn 1)"),
        "{out}"
    );
    assert!(out.contains("team senior-ae"), "{out}");
    assert!(
        out.contains("miss: c07-frustrated-pro — expected team `senior-ae`, routed to `frontline`"),
        "{out}"
    );
    let bad = write(dir.path(), "bad.csv", "id,team\n1,x\n");
    handoff()
        .args(["coverage", "--labels"])
        .arg(&bad)
        .assert()
        .code(2)
        .stderr(contains("no `conversation_id` column"));
    // QA: a team the rules do not have was counted as a miss.
    let unknown = write(
        dir.path(),
        "unknown.csv",
        "conversation_id,expected_team\nc01-enterprise-discount,senior-ea\n",
    );
    handoff()
        .args(["coverage", "--labels"])
        .arg(&unknown)
        .assert()
        .code(2)
        .stderr(contains(
            "unknown.csv:2: unknown team `senior-ea`; did you mean `senior-ae`?",
        ));
    // Review: only the first bad row was reported; now each, exit 2 still.
    let several = write(
        dir.path(),
        "several.csv",
        "conversation_id,expected_team\nc01-enterprise-discount,senior-ea\nc02\nc03,frontlin\n",
    );
    handoff()
        .args(["coverage", "--labels"])
        .arg(&several)
        .assert()
        .code(2)
        .stderr(contains("3 rows of"))
        .stderr(contains("several.csv:2: unknown team `senior-ea`"))
        .stderr(contains("several.csv:3: row has 1 field"))
        .stderr(contains("several.csv:4: unknown team `frontlin`"));
    // Review: two columns that normalise alike were accepted, the first one winning.
    let twice = write(
        dir.path(),
        "twice.csv",
        "conversation_id,expected_team,Expected Team\nc01-enterprise-discount,senior-ae,legal\n",
    );
    handoff()
        .args(["coverage", "--labels"])
        .arg(&twice)
        .assert()
        .code(2)
        .stderr(contains(
            "twice.csv:1: columns 2 `expected_team` and 3 `Expected Team` of the header both read as `expected_team`",
        ));
}

/// Review: was `D007` (a labels file with a header and no rows) said with `-f json` as
/// with the table? It is, in every format, where every warning of coverage goes
/// (stderr); the JSON report has no warnings of its own, and says it as `labels.labels`
/// 0 with null scores.
#[test]
fn a_header_only_labels_file_is_said_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let labels = write(dir.path(), "labels.csv", "conversation_id,expected_team\n");
    for format in ["table", "json", "markdown", "html"] {
        let run = handoff()
            .args(["coverage", "-f", format, "--labels"])
            .arg(&labels)
            .assert()
            .code(0)
            .stderr(contains(format!(
                "warning[D007]: labels file has a header and no rows\n--> {}:1",
                labels.display()
            )));
        if format == "json" {
            let v: serde_json::Value = serde_json::from_slice(&run.get_output().stdout).unwrap();
            assert_eq!(v["labels"]["labels"], 0);
            assert!(v["labels"]["escalation"]["precision"].is_null());
        }
    }
}

/// Known problem: a quote closed only by a later stray quote in a labels file swallowed
/// the rows between into one label without a word (transcripts and contacts warn, D008).
#[test]
fn a_stray_quote_in_the_labels_is_a_warning_naming_file_and_line() {
    let dir = tempfile::tempdir().unwrap();
    let labels = write(
        dir.path(),
        "labels.csv",
        "conversation_id,expected_team\nc14-opening-hours,none\n\"c01-enterprise-discount,senior-ae\nc07-frustrated-pro,senior-ae\nc09\",none\n",
    );
    let out = handoff()
        .args(["coverage", "--labels"])
        .arg(&labels)
        .assert()
        .code(0)
        .stderr(contains(
            "warning[D008]: a quoted field runs over 3 lines, 1 of which look like rows: is a quote unclosed?",
        ))
        .stderr(contains(format!("{}:3", labels.display())))
        .stderr(contains("the rows inside column `conversation_id` are read as part of one label"))
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains(
            "labels: 1 labelled conversations found (2 labels: 0 blank, 1 matched no conversation)"
        ),
        "the swallowed label matches nothing, the row is kept: {out}"
    );
}

/// Known problem: when a later row of a labels file was an error, the warnings of the
/// rows before it were never printed.
#[test]
fn a_labels_error_comes_with_the_warnings_of_the_rows_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let labels = write(
        dir.path(),
        "labels.csv",
        "conversation_id,expected_team
\"c01-enterprise-discount,senior-ae\nc07-frustrated-pro,senior-ae\nc09\",none\nc14-opening-hours,nobody\n",
    );
    handoff()
        .args(["coverage", "--labels"])
        .arg(&labels)
        .assert()
        .code(2)
        .stderr(contains(
            "warning[D008]: a quoted field runs over 3 lines, 1 of which look like rows: is a quote unclosed?",
        ))
        .stderr(contains(format!("{}:2", labels.display())))
        .stderr(contains(format!(
            "{}:5: unknown team `nobody`",
            labels.display()
        )));
}

/// QA: values that turned a gate off (`40` for 40%, `nan`) or made it always fail (`150`)
/// were accepted.
#[test]
fn gate_values_out_of_range_are_usage_errors() {
    for (flag, value, says) in [
        (
            "--max-default-share",
            "40",
            "a fraction between 0 and 1, e.g. 0.4 for 40%",
        ),
        ("--max-default-share", "nan", "a fraction between 0 and 1"),
        (
            "--fail-under-triggers",
            "nan",
            "a percentage between 0 and 100",
        ),
        (
            "--fail-under-triggers",
            "150",
            "a percentage between 0 and 100",
        ),
    ] {
        handoff()
            .args(["coverage", flag, value])
            .assert()
            .code(2)
            .stderr(contains(format!("invalid value '{value}' for '{flag}")))
            .stderr(contains(says));
    }
}

/// Regression (review): a trigger's inline phrases were left out of coverage (never
/// listed as never counted), and their internal id (`t#0`) reached packets' topics and
/// `explain`. They are the trigger's `/inline` signal in coverage, and its topic.
#[test]
fn inline_phrases_count_in_coverage_and_are_their_triggers_topic() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        r#"version: 1
triggers:
  - id: person
    when: { message: { role: customer, phrases: ["real person", "never said"], regex: ['\bplease\b'] } }
teams:
  - { id: t, name: T, bridge: "Hi." }
default_route: { team: t }
"#,
    );
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text\nc1,,customer,a real person\n",
    );
    let report: serde_json::Value = serde_json::from_str(&stdout_of(
        handoff()
            .args(["coverage", "-f", "json", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    ))
    .unwrap();
    let signal = &report["signals"][0];
    assert_eq!(signal["id"], "person/inline");
    assert_eq!(signal["messages"], 1);
    let hits: Vec<u64> = signal["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["hits"].as_u64().unwrap())
        .collect();
    assert_eq!(hits, [1, 0, 0], "{signal}");
    let packets = dir.path().join("p.jsonl");
    handoff()
        .args(["replay", "-q", "-r"])
        .arg(&rules)
        .arg("--packets")
        .arg(&packets)
        .arg(&transcripts)
        .assert()
        .success();
    let packet: serde_json::Value =
        serde_json::from_str(std::fs::read_to_string(&packets).unwrap().trim()).unwrap();
    assert_eq!(packet["summary"]["topics"], serde_json::json!(["person"]));
}

/// Review: what a transcript holds reaches the HTML page as text, never as markup, and
/// a message's line breaks are kept on screen.
#[test]
fn html_escapes_what_the_transcript_holds() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text\n\
         \"<b id='x'>c1</b>\",2026-03-02T09:00:00Z,customer,\"<script>alert(1)</script>\nsecond line & more\"\n\
         \"<b id='x'>c1</b>\",2026-03-02T09:01:00Z,agent,\"<img src=x onerror=alert(2)>\"\n",
    );
    let html = stdout_of(handoff().args(["coverage", "-f", "html"]).arg(&csv));
    assert!(!html.contains("<script"), "{html}");
    assert!(!html.contains("<img"), "{html}");
    assert!(!html.contains("<b "), "{html}");
    assert!(
        html.contains("&lt;script&gt;alert(1)&lt;/script&gt;\nsecond line &amp; more"),
        "{html}"
    );
    assert!(
        html.contains("&lt;b id=&#39;x&#39;&gt;c1&lt;/b&gt;"),
        "{html}"
    );
    assert!(html.contains(".transcript p{margin:.15rem 0;white-space:pre-wrap}"));
}

/// Review: shards of the same rules checked out with CRLF line endings, or with a comment
/// added, did not merge ("different rule sets"); rules that mean something else still
/// do not.
#[test]
fn shards_of_the_same_rules_merge_whatever_their_line_endings_and_comments() {
    let dir = tempfile::tempdir().unwrap();
    let crlf = dir.path().join("crlf");
    let changed = dir.path().join("changed");
    for d in [&crlf, &changed] {
        std::fs::create_dir(d).unwrap();
    }
    for entry in std::fs::read_dir(crate::common::root().join("rules")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "yaml") {
            let text = std::fs::read_to_string(&path).unwrap();
            let name = path.file_name().unwrap();
            let noted = format!("# a note\n{}", text.replace('\n', "\r\n"));
            std::fs::write(crlf.join(name), noted).unwrap();
            std::fs::write(
                changed.join(name),
                text.replace("name: Customer Support", "name: Support"),
            )
            .unwrap();
        }
    }
    let all =
        std::fs::read_to_string(crate::common::root().join("fixtures/transcripts.csv")).unwrap();
    let cut = all.find("\nc16-").unwrap() + 1;
    let header = &all[..=all.find('\n').unwrap()];
    write(dir.path(), "1.csv", &all[..cut]);
    write(dir.path(), "2.csv", &format!("{header}{}", &all[cut..]));
    let shard = |rules: &std::path::Path, file: &str, out: &str| {
        write(
            dir.path(),
            out,
            &stdout_of(
                handoff()
                    .args(["coverage", "-f", "json", "-r"])
                    .arg(rules)
                    .arg(dir.path().join(file)),
            ),
        )
    };
    let a = shard(&crate::common::root().join("rules"), "1.csv", "a.json");
    let b = shard(&crlf, "2.csv", "b.json");
    let c = shard(&changed, "2.csv", "c.json");
    handoff()
        .args(["coverage", "--merge"])
        .arg(&a)
        .arg(&b)
        .assert()
        .success();
    handoff()
        .args(["coverage", "--merge"])
        .arg(&a)
        .arg(&c)
        .assert()
        .code(2)
        .stderr(contains("the reports are of different rule sets"));
}

/// Review: Markdown left out unrouted escalations (a rule set without a default route),
/// and with `--labels` the confusion counts, the expected × routed team matrix and the
/// misses; HTML left out the matrix and the misses, and unrouted escalations in its
/// Teams chart. The README promises them in the report.
#[test]
fn markdown_and_html_show_unrouted_escalations_and_the_whole_label_evaluation() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "unrouted.yaml",
        "version: 1\nsignals: [ { id: h, builtin: human_request } ]\n\
         triggers: [ { id: human, when: { message: { signal: h } } } ]\n\
         routes: [ { id: vip, when: { meta: { field: tier, equals: enterprise } }, team: t } ]\n\
         teams: [ { id: t, name: T, bridge: hi } ]\n",
    );
    let md = stdout_of(
        handoff()
            .args(["coverage", "-f", "markdown", "-r"])
            .arg(&rules),
    );
    assert!(
        md.contains("| `vip` | `t` | 0 | 0.0% |\n| (unrouted) | – | 6 | 100.0% |\n"),
        "{md}"
    );
    let html = stdout_of(handoff().args(["coverage", "-f", "html", "-r"]).arg(&rules));
    let teams = &html[html.find("<h2>Teams</h2>").unwrap()..html.find("<h2>Which").unwrap()];
    assert!(teams.contains(">(unrouted)</text>"), "{teams}");
    assert!(teams.contains(">6</text>"), "{teams}");

    let labels = write(
        dir.path(),
        "labels.csv",
        "Conversation ID,Expected Team\nc01-enterprise-discount,senior-ae\nc09-not-frustrated,none\nc10-asks-for-person,senior-ae\n",
    );
    let md = stdout_of(
        handoff()
            .args(["coverage", "-f", "markdown", "--labels"])
            .arg(&labels),
    );
    insta::assert_snapshot!(
        "coverage_markdown_labels",
        &md[md.find("**Labels:**").unwrap()..]
    );
    let html = stdout_of(
        handoff()
            .args(["coverage", "-f", "html", "--labels"])
            .arg(&labels),
    );
    let labels = &html[html.find("<h2>Against labels</h2>").unwrap()..];
    for part in [
        "(tp 2, fp 0, fn 0, tn 1)",
        "<h3>Expected team × routed team</h3><table><tr><th>expected \\ routed</th><th>(not escalated)</th><th>frontline</th><th>senior-ae</th></tr>",
        "<tr><td>senior-ae</td><td></td><td>1</td><td>1</td></tr>",
        "<h3>Where rules and labels disagree <span class=\"muted\">(1)</span></h3>",
        "<summary><code>c10-asks-for-person</code> — expected team <code>senior-ae</code>, routed to <code>frontline</code></summary>",
        "Can I talk to a real person please?",
    ] {
        assert!(labels.contains(part), "{part}\n{labels}");
    }
}

/// Review: rules without triggers passed `--fail-under-triggers 50` ("100% of triggers
/// fired"); with nothing escalated the table said `–` for the default share, Markdown
/// `0.0%` and JSON `0.0`.
#[test]
fn a_share_of_nothing_is_no_share_in_every_format_and_gate() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "no-triggers.yaml",
        "version: 1\ndefault_route: { team: t }\nteams:\n  - { id: t, name: T, bridge: hi }\n",
    );
    handoff()
        .args(["coverage", "--fail-under-triggers", "50", "-r"])
        .arg(&rules)
        .assert()
        .code(1)
        .stdout(contains("0 escalated (0.0%); – of triggers fired; default route took – of escalations"))
        .stderr(contains(
            "gate failed: the rules have no triggers, so --fail-under-triggers 50 has no share of triggers to judge",
        ));
    let empty = write(dir.path(), "empty.csv", "conversation_id,role,text\n");
    let md = stdout_of(
        handoff()
            .args(["coverage", "-q", "-f", "markdown"])
            .arg(&empty),
    );
    assert!(
        md.contains("**0%** of triggers fired · default route **–** of escalations"),
        "{md}"
    );
    let html = stdout_of(handoff().args(["coverage", "-q", "-f", "html"]).arg(&empty));
    assert!(
        html.contains("<b>–</b><span>of escalations on the default route</span>"),
        "{html}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        handoff().args(["coverage", "-q", "-f", "json"]).arg(&empty),
    ))
    .unwrap();
    assert_eq!(json["default_share"], serde_json::Value::Null);
    // Conversations read, none escalated: the gate passes, saying so. (With none read,
    // it is an error: `an_empty_export_fails_every_gate_with_exit_2` in ci_gates_cli.)
    let calm = write(
        dir.path(),
        "calm.csv",
        "conversation_id,role,text\na,customer,hello\n",
    );
    handoff()
        .args(["coverage", "-q", "--max-default-share", "0.5"])
        .arg(&calm)
        .assert()
        .success()
        .stderr(contains("note: nothing escalated, so no share fell to the default route (--max-default-share 0.5 passes)"));
}

/// Review 14, item 5: a shard's report made with `--labels` merged with one made without
/// it gave the labelled shard's precision and recall as the whole's, exit 0. Refused (exit
/// 2) in either order, naming the report made without labels.
#[test]
fn a_report_with_labels_does_not_merge_with_one_without() {
    let dir = tempfile::tempdir().unwrap();
    let labels = write(
        dir.path(),
        "labels.csv",
        "conversation_id,expected_team\nc01-enterprise-discount,senior-ae\nc20-no-metadata,none\n",
    );
    let all =
        std::fs::read_to_string(crate::common::root().join("fixtures/transcripts.csv")).unwrap();
    let (header, rows) = all.split_once('\n').unwrap();
    let cut = rows.find("\nc16-").unwrap() + 1;
    let a = write(dir.path(), "a.csv", &format!("{header}\n{}", &rows[..cut]));
    let b = write(dir.path(), "b.csv", &format!("{header}\n{}", &rows[cut..]));
    let labelled = write(
        dir.path(),
        "labelled.json",
        &stdout_of(
            handoff()
                .args(["coverage", "-f", "json", "--labels"])
                .arg(&labels)
                .arg(&a),
        ),
    );
    let plain = write(
        dir.path(),
        "plain.json",
        &stdout_of(handoff().args(["coverage", "-f", "json"]).arg(&b)),
    );
    for (first, second) in [(&labelled, &plain), (&plain, &labelled)] {
        handoff()
            .args(["coverage", "--merge"])
            .arg(first)
            .arg(second)
            .assert()
            .code(2)
            .stdout("")
            .stderr(contains(format!(
                "{} was made without --labels, {} with them: the label evaluation would leave \
                 out the conversations of {}",
                plain.display(),
                labelled.display(),
                plain.display()
            )));
    }
}

/// Review 14, item 11: the expected × routed matrix put "escalated, but no route took
/// it" and "not escalated" in one `(none)` column, in every format.
#[test]
fn the_label_matrix_tells_unrouted_from_not_escalated_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "nodef.yaml",
        "version: 1\nsignals: [ { id: h, phrases: [help] } ]\n\
         triggers: [ { id: t, when: { message: { signal: h } } } ]\n\
         routes: [ { id: r, when: { meta: { field: tier, equals: x } }, team: a } ]\n\
         teams: [ { id: a, name: A, bridge: hi } ]\n",
    );
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nu1,customer,help\nu2,customer,hello\nu3,customer,hi\n",
    );
    let labels = write(
        dir.path(),
        "labels.csv",
        "conversation_id,expected_team\nu1,a\nu2,a\nu3,none\n",
    );
    let run = |format: &str| {
        stdout_of(
            handoff()
                .args(["coverage", "-f", format, "-r"])
                .arg(&rules)
                .arg("--labels")
                .arg(&labels)
                .arg(&transcripts),
        )
    };
    let table = run("table");
    assert!(
        table.contains("│ expected \\ routed ┆ (not escalated) ┆ (unrouted) │"),
        "{table}"
    );
    assert!(
        table.contains("│ (not escalated)   ┆ 1               ┆            │"),
        "{table}"
    );
    assert!(
        table.contains("│ a                 ┆ 1               ┆ 1          │"),
        "{table}"
    );
    assert!(
        table.contains("miss: u1 — expected team `a`, escalated but unrouted (no route took it)"),
        "{table}"
    );
    assert!(!table.contains("team (unrouted)"), "{table}");
    let md = run("markdown");
    assert!(
        md.contains("| expected \\ routed | `(not escalated)` | `(unrouted)` |\n|---|---:|---:|\n| `(not escalated)` | 1 |  |\n| `a` | 1 | 1 |\n"),
        "{md}"
    );
    let html = run("html");
    assert!(
        html.contains(
            "<tr><th>expected \\ routed</th><th>(not escalated)</th><th>(unrouted)</th></tr>"
        ),
        "{html}"
    );
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(
        json["labels"]["teams"],
        serde_json::json!({
            "(not escalated)": {"(not escalated)": 1},
            "a": {"(not escalated)": 1, "(unrouted)": 1}
        })
    );
}

/// Review 14, item 9: labels that matched no conversation were counted but never named,
/// and an id differing from a conversation's only by case was silently unmatched. Every
/// format names the first few (JSON all of them) and hints at the case difference.
#[test]
fn unmatched_labels_are_named_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let gone = "gone-1,true\ngone-2,true\ngone-3,true\ngone-4,true\ngone-5,true\ngone-6,true\n";
    let text = format!(
        "conversation_id,expected_escalated\n C01-ENTERPRISE-DISCOUNT ,true\nc09-not-frustrated,false\n{gone}"
    );
    let labels = write(dir.path(), "labels.csv", &text);
    let run = |format: &str| {
        stdout_of(
            handoff()
                .args(["coverage", "-f", format, "--labels"])
                .arg(&labels),
        )
    };
    let table = run("table");
    assert!(
        table.contains("(8 labels: 0 blank, 7 matched no conversation)\n"),
        "{table}"
    );
    assert!(
        table.contains("  matched no conversation: `C01-ENTERPRISE-DISCOUNT`, `gone-1`, `gone-2`, `gone-3`, `gone-4` and 2 more\n"),
        "{table}"
    );
    let hint = "label `C01-ENTERPRISE-DISCOUNT` differs only in case from conversation \
                `c01-enterprise-discount` (ids are matched exactly)";
    assert!(table.contains(&format!("  hint: {hint}\n")), "{table}");
    let md = run("markdown");
    assert!(
        md.contains("Labels that matched no conversation: `C01-ENTERPRISE-DISCOUNT`, `gone-1`, `gone-2`, `gone-3`, `gone-4` and 2 more."),
        "{md}"
    );
    assert!(md.contains(&format!("*Hint:* {hint}.")), "{md}");
    let html = run("html");
    assert!(
        html.contains("<p>Labels that matched no conversation: <code>C01-ENTERPRISE-DISCOUNT</code>, <code>gone-1</code>,"),
        "{html}"
    );
    assert!(
        html.contains(
            "differs only in case from conversation <code>c01-enterprise-discount</code>"
        ),
        "{html}"
    );
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(
        json["labels"]["unmatched_ids"],
        serde_json::json!([
            "C01-ENTERPRISE-DISCOUNT",
            "gone-1",
            "gone-2",
            "gone-3",
            "gone-4",
            "gone-5",
            "gone-6"
        ])
    );
    assert_eq!(
        json["labels"]["case_mismatches"],
        serde_json::json!({"C01-ENTERPRISE-DISCOUNT": "c01-enterprise-discount"})
    );
    // Every label matched: no line, no key.
    let matched = write(
        dir.path(),
        "matched.csv",
        "conversation_id,expected_escalated\nc09-not-frustrated,false\n",
    );
    let out = stdout_of(handoff().args(["coverage", "--labels"]).arg(&matched));
    assert!(!out.contains("matched no conversation:"), "{out}");
}
