//! `handoff coverage --labels`: the evaluation against expected teams, the expected ×
//! routed matrix and unrouted escalations, in every format (unmatched labels:
//! `coverage_labels_unmatched_cli.rs`).

use predicates::str::contains;

use crate::common::{handoff, stdout_of, write};

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
    // A team the rules do not have was counted as a miss.
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
    // Only the first bad row was reported; now each, exit 2 still.
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
    // Two columns that normalise alike were accepted, the first one winning.
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

/// Markdown left out unrouted escalations (a rule set without a default route),
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

/// The expected × routed matrix put "escalated, but no route took
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
