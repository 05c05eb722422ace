//! `handoff lint` on rule files that do not load whole: every schema error, every
//! unknown key and every syntax error said at once, at its place, with how to fix
//! unquoted templates and tabs. What still runs beside them: `lint_beside_load_errors_cli.rs`.

use predicates::str::contains;

use crate::common::{handoff, stdout_text, write};

/// A rule file with several schema errors reported only the first: serde stops there.
#[test]
fn every_schema_error_of_a_rule_file_is_reported_at_once() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "r.yaml",
        "version: 1
triggers:
  - id: one
    when: { message: { signal: frustration } }
    bogus: 1
  - id: two
    when: { message: { signal: frustration } }
    priority: banana
  - id: three
    when: { message: { signal: angyr } }
teams:
  - id: t
routes: {}
",
    );
    let out = handoff()
        .current_dir(dir.path())
        .args(["lint", "r.yaml"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    insta::assert_snapshot!(
        "lint_every_schema_error",
        String::from_utf8(out.stdout).unwrap()
    );
    // Commands that need valid rules stop with all of them too.
    handoff()
        .current_dir(dir.path())
        .args(["replay", "--rules", "r.yaml"])
        .assert()
        .code(2)
        .stderr(contains("unknown field `bogus`"))
        .stderr(contains("unknown field `priority`"))
        .stderr(contains("unknown signal `angyr`"))
        .stderr(contains("missing field `name`"));
}

/// Regression: an item with two unknown keys (two typos in one trigger, `severty:` and
/// `whn:`) reported only the first; the second appeared once the first was fixed. Every
/// unknown key of every item, and of the conditions it holds, is reported, each at its
/// line and column with a "did you mean", in every format.
#[test]
fn every_unknown_key_of_an_item_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "r.yaml",
        "version: 1
signals:
  - id: angry
    phrazes: [furious]
    threshhold: 2
triggers:
  - id: mad
    severty: high
    whn: { message: { signal: angry } }
  - id: loud
    when:
      all:
        - message: { signl: angry, rgex: [x] }
        - mesage: { signal: angry }
teams:
  - { id: front, name: Front, agnet: x, bridge_templat: y }
",
    );
    let run = |format: &str| {
        let out = handoff()
            .current_dir(dir.path())
            .args(["lint", "--format", format, "r.yaml"])
            .assert()
            .code(1)
            .get_output()
            .clone();
        String::from_utf8(out.stdout).unwrap()
    };
    insta::assert_snapshot!("lint_every_unknown_key_of_an_item", run("table"));
    let expected = [
        (4, 5, "phrazes"),
        (5, 5, "threshhold"),
        (8, 5, "severty"),
        (9, 5, "whn"),
        (13, 22, "signl"),
        (13, 36, "rgex"),
        (14, 11, "mesage"),
        (16, 31, "agnet"),
        (16, 41, "bridge_templat"),
    ];
    let key = |message: &str| message.split('`').nth(1).unwrap().to_owned();
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let found: Vec<_> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "S002")
        .map(|d| {
            let (line, column) = (d["line"].as_u64().unwrap(), d["column"].as_u64().unwrap());
            (line, column, key(d["message"].as_str().unwrap()))
        })
        .collect();
    let want: Vec<_> = expected
        .iter()
        .map(|&(l, c, k)| (l, c, k.to_owned()))
        .collect();
    assert_eq!(found, want, "{json:#}");
    let sarif: serde_json::Value = serde_json::from_str(&run("sarif")).unwrap();
    let found: Vec<_> = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["ruleId"] == "S002")
        .map(|r| {
            let region = &r["locations"][0]["physicalLocation"]["region"];
            let (line, column) = (region["startLine"].as_u64(), region["startColumn"].as_u64());
            (
                line.unwrap(),
                column.unwrap(),
                key(r["message"]["text"].as_str().unwrap()),
            )
        })
        .collect();
    assert_eq!(found, want, "{sarif:#}");
}

/// A YAML syntax error at a character past ASCII gave a range that cut it, and
/// the diagnostic's renderer panicked ("not a char boundary").
#[test]
fn a_syntax_error_at_an_accented_letter_is_shown_not_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "r.yaml",
        "version: 1\nteams:\n  - { id: t, name: T, bridge: \"Hi.\" }é\n",
    );
    handoff()
        .args(["lint", "--color", "never"])
        .arg(&path)
        .assert()
        .code(1)
        .stdout(contains("error[S001]"))
        .stdout(contains("3 |   - { id: t, name: T, bridge: \"Hi.\" }é"));
}

/// A template written unquoted and a tab in indentation got
/// the YAML parser's words only ("did not find expected key", "mapping values are not
/// allowed in this context"), then a note of checks that did not run on a file nothing
/// of which loaded.
#[test]
fn unquoted_templates_and_tabs_say_how_to_fix_them() {
    let dir = tempfile::tempdir().unwrap();
    let head = "version: 1\nsignals:\n  - id: a\n    phrases: [refund]\ntriggers:\n  - id: t\n    when: { message: { role: customer, signal: a } }\ndefault_route: { team: s }\nteams:\n  - id: s\n    name: S\n";
    write(
        dir.path(),
        "starts.yaml",
        &format!("{head}    bridge: {{{{ agent }}}} here, stepping in.\n"),
    );
    write(
        dir.path(),
        "colon.yaml",
        &format!("{head}    bridge: Hi {{{{ customer.name }}}}: I'm {{{{ agent }}}}\n"),
    );
    write(dir.path(), "tab.yaml", "version: 1\nsignals:\n\t- id: a\n");
    let mut out = String::new();
    for file in ["starts.yaml", "colon.yaml", "tab.yaml"] {
        let assert = handoff()
            .current_dir(dir.path())
            .args(["lint", "--color", "never", file])
            .assert()
            .code(1);
        out.push_str(&String::from_utf8_lossy(&assert.get_output().stdout));
    }
    insta::assert_snapshot!("lint_unquoted_templates_and_tabs", out);
}

/// Team note (lint12): an optional key written with nothing after it (`tz: ~`,
/// `between:`, `role: ~`, `severity: null`) loaded as the key left out, so `tz:` with
/// the zone forgotten was UTC without a word. Each is S003 at the value, saying what the
/// key takes, every one in one run; the same file with the keys left out is clean.
#[test]
fn a_key_written_without_a_value_is_an_error_at_the_value() {
    let dir = tempfile::tempdir().unwrap();
    let rules = "version: 1
signals:
  - { id: s, phrases: [refund] }
triggers:
  - id: t
    severity: null
    when: { all: [ { message: { role: ~, signal: s } }, { hours: { between:, days: [mon-fri], tz: ~ } } ] }
default_route: { team: a }
teams:
  - { id: a, name: A, bridge: hi }
";
    let path = write(dir.path(), "r.yaml", rules);
    let out = stdout_text(
        &handoff()
            .args(["lint", "-f", "json"])
            .arg(&path)
            .assert()
            .code(1),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let found: Vec<(String, u64, u64, String)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| !d["code"].is_null())
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let nothing = ", found nothing; leave the key out for the default";
    let s003 =
        |line, column, what: &str| ("S003".to_owned(), line, column, format!("{what}{nothing}"));
    assert_eq!(
        found,
        [
            s003(6, 15, "expected a severity: low, medium, high or critical"),
            s003(7, 39, "expected a role: customer, bot, agent or any"),
            s003(7, 75, "expected local times such as `09:00-17:00`"),
            s003(7, 99, "expected a time zone name such as `Europe/London`"),
        ],
        "{out}"
    );
    // Left out, each is its default: the file is clean.
    let clean = rules
        .replace("    severity: null\n", "")
        .replace("role: ~, ", "")
        .replace("between:, ", "")
        .replace(", tz: ~", "");
    let path = write(dir.path(), "r.yaml", &clean);
    handoff().arg("lint").arg(&path).assert().code(0);
}

/// `severity: High` was "unknown variant `High`, expected one of low, medium, high,
/// critical", in serde's words; so were a counter's and a built-in detector's name and a
/// condition's key. Each is named for what it is, with its did-you-mean kept.
#[test]
fn a_name_the_format_lacks_is_told_in_its_words_with_a_suggestion() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "r.yaml",
        "version: 1
signals:
  - id: s
    builtin: frustraton
triggers:
  - id: t
    severity: High
    when: { counter: { name: turnz, at_least: 3 } }
  - id: u
    when: { mesage: { signal: s } }
teams:
  - id: support
default_route: { team: support }
",
    );
    let assert = handoff()
        .current_dir(dir.path())
        .args(["lint", "r.yaml"])
        .assert()
        .code(1);
    let out = stdout_text(&assert);
    for (said, help) in [
        (
            "error[S002]: unknown built-in detector `frustraton`; expected frustration, shouting, human_request, repeat or bot_fallback\n --> r.yaml:4:14",
            "= help: did you mean `frustration`?",
        ),
        (
            "error[S002]: unknown severity `High`; expected low, medium, high or critical\n --> r.yaml:7:15",
            "= help: did you mean `high`? (names are written in lower case)",
        ),
        (
            "error[S002]: unknown counter `turnz`; expected turn, customer_messages, bot_messages, agent_messages, bot_fallbacks, customer_repeats, bot_repeats or minutes_elapsed\n --> r.yaml:8:30",
            "= help: did you mean `turn`?",
        ),
        (
            "error[S002]: unknown condition `mesage`; expected all, any, not, message, seen, counter, meta, hours or trigger\n  --> r.yaml:10:13",
            "= help: did you mean `message`?",
        ),
    ] {
        assert!(out.contains(said), "{said}\n{out}");
        assert!(out.contains(help), "{help}\n{out}");
    }
    assert!(!out.contains("unknown variant"), "{out}");
    assert!(!out.contains("expected one of"), "{out}");
}

/// Regression: a rule file whose lines end with a carriage return alone (classic Mac OS
/// editors) loaded, YAML reading the returns as line breaks, but every place said of it
/// was on line 1 (`1:238`), its snippet the whole file. Said at its line and column, as
/// the same file with line feeds is, and a `\r\n` file likewise.
#[test]
fn a_file_of_lines_ended_by_carriage_returns_is_said_at_its_lines() {
    let dir = tempfile::tempdir().unwrap();
    let lines = [
        "version: 1",
        "default_route: { team: t }",
        "teams:",
        "  - id: t",
        "    name: Support",
        "    colour: red",
        "    agent: Maya",
        "    bridge: Hi, I'm {{ agent }}.",
        "",
    ];
    for (name, end) in [("cr.yaml", "\r"), ("lf.yaml", "\n"), ("crlf.yaml", "\r\n")] {
        write(dir.path(), name, &lines.join(end));
        let out = handoff()
            .current_dir(dir.path())
            .args(["lint", "--format", "github", name])
            .assert()
            .code(1)
            .get_output()
            .clone();
        let out = String::from_utf8(out.stdout).unwrap();
        assert!(
            out.contains(&format!("file={name},line=6,endLine=6,col=5,")),
            "{name}: {out}"
        );
        assert!(out.contains("unknown field `colour`"), "{name}: {out}");
    }
}
