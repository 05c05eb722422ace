//! `handoff coverage` from the outside: the formats, topics of inline phrases, HTML
//! escaping, shares of nothing and gaps (its gates: `coverage_gates_cli`; narrow terminals:
//! `coverage_narrow_cli`).

use predicates::str::contains;

use crate::common::{coverage_of, handoff, stdout_of, write};

#[test]
fn table_summarises_triggers_routes_and_gaps() {
    let out = stdout_of(handoff().arg("coverage"));
    assert!(out.starts_with("33 conversations, 109 messages; 24 escalated (72.7%)\n100% of triggers fired; default route took 45.83% of escalations\n"), "{out}");
    assert!(out.contains("missed handoffs (human, no rule)"), "{out}");
    // Each example on a line of its own, with why it is a gap (as the JSON and HTML
    // say); the first five of a gap, then how many more.
    assert!(
        out.contains(
            "  missed handoffs (human, no rule)          1\n    c33-agent-joined-quietly — a human took over at message 4; no rule escalated\n"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "    c07-frustrated-pro — escalated by `frustration`; no specific route matched\n"
        ),
        "{out}"
    );
    assert!(out.contains("\n    … and 6 more\n"), "{out}");
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
    // Exploratory review: the page had no signals, the Markdown neither, nor the matrix.
    assert!(html.contains(
        "<h2>Signals</h2><table><tr><th>signal</th><th>messages matched</th><th>phrases</th><th>never counted</th></tr><tr><td>frustration</td><td>7</td><td>145</td><td>20</td></tr>"
    ));
}

/// Regression: a trigger's inline phrases were left out of coverage (never
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

/// What a transcript holds reaches the HTML page as text, never as markup, and
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

/// Rules without triggers passed `--fail-under-triggers 50` ("100% of triggers
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
        .stdout(contains("0 escalated (0.0%)\n– of triggers fired; default route took – of escalations"))
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
        md.contains("**0%** of triggers fired · default route took **–** of escalations"),
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

/// Transcripts where no human ever takes over (a bot's own export) have no handoff to
/// miss: the report and the `--max-missed` gate say so instead of a reassuring "0"
/// (STAR passed `--max-missed 0` in silence).
#[test]
fn without_a_human_in_the_transcripts_missed_handoffs_say_why() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "bot-only.csv",
        "conversation_id,role,text\na,customer,hello\na,bot,Hi! How can I help?\nb,customer,I want a refund\n",
    );
    let table = stdout_of(handoff().args(["coverage", "--max-missed", "0"]).arg(&csv));
    assert!(
        table.contains(
            "missed handoffs (human, no rule)          0   (no human took over in these transcripts)"
        ),
        "{table}"
    );
    handoff()
        .args(["coverage", "-q", "--max-missed", "0"])
        .arg(&csv)
        .assert()
        .success()
        .stderr(contains(
            "note: no human took over in any conversation (no message of role `agent`), so no \
             handoff could be missed: --max-missed 0 passes",
        ));
    let md = stdout_of(handoff().args(["coverage", "-f", "markdown"]).arg(&csv));
    assert!(
        md.contains(
            "| missed handoffs (human, no rule) | 0 | *no human took over in these transcripts* |"
        ),
        "{md}"
    );
    let html = stdout_of(handoff().args(["coverage", "-f", "html"]).arg(&csv));
    assert!(
        html.contains(
            "<b>–</b><span>missed handoffs (no human took over in these transcripts)</span>"
        ),
        "{html}"
    );
    let json = stdout_of(handoff().args(["coverage", "-f", "json"]).arg(&csv));
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["human_handoffs"], 0);
    // With a human in them, the count is the fixtures' three.
    let v: serde_json::Value =
        serde_json::from_str(&stdout_of(handoff().args(["coverage", "-f", "json"]))).unwrap();
    assert_eq!(v["human_handoffs"], 3);
}

/// Coverage said nothing of escalations whose bridge message could not be rendered
/// (`replay` counts them), nor listed those no route took in rules without a default
/// route: both are gaps now, with examples, in every format and through a merge.
#[test]
fn bridge_errors_and_unrouted_escalations_are_gaps() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals:\n  - { id: person, builtin: human_request }\ntriggers:\n  - id: wants-person\n    reason: help you\n    when: { message: { role: customer, signal: person } }\nroutes:\n  - id: vip\n    when: { meta: { field: tier, equals: enterprise } }\n    team: vip\nteams:\n  - { id: vip, name: VIP, bridge: \"Hi {{ customer.name }}\" }\n",
    );
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,tier\na,customer,I want to talk to a human,enterprise\nb,customer,let me speak to a person,\n",
    );
    let coverage = |format: &str| coverage_of(&rules, &csv, format);
    let table = coverage("table");
    assert!(
        table.contains("  escalations no route took (unrouted)      1\n    b — escalated by `wants-person`; no route matched, and there is no default route"),
        "{table}"
    );
    assert!(
        table.contains("  escalations without a bridge message      1\n    a — escalated to `vip`; no bridge message: undefined variable `customer.name`"),
        "{table}"
    );
    assert!(!table.contains("on the default route"), "{table}");
    assert!(
        coverage("markdown").contains("| escalations without a bridge message | 1 | `a` — "),
        "markdown"
    );
    assert!(coverage("html").contains("escalations no route took (unrouted)"));
    let json = coverage("json");
    let report: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(report["gaps"]["unrouted"]["count"], 1, "{json}");
    assert_eq!(report["gaps"]["bridge_errors"]["count"], 1, "{json}");
    // Merged with a report of another shard, the counts add up.
    let other = write(
        dir.path(),
        "u.csv",
        "conversation_id,role,text,tier\nc,customer,a human please,enterprise\n",
    );
    let shard = |csv: &std::path::Path, name: &str| {
        let out = stdout_of(
            handoff()
                .args(["coverage", "-f", "json", "-r"])
                .arg(&rules)
                .arg(csv),
        );
        write(dir.path(), name, &out)
    };
    let (one, two) = (shard(&csv, "1.json"), shard(&other, "2.json"));
    let merged: serde_json::Value = serde_json::from_str(&stdout_of(
        handoff()
            .args(["coverage", "-f", "json", "--merge"])
            .arg(&one)
            .arg(&two),
    ))
    .unwrap();
    assert_eq!(merged["gaps"]["bridge_errors"]["count"], 2);
    assert_eq!(merged["gaps"]["unrouted"]["count"], 1);
    // A report made before these gaps (neither key): the unrouted are counted from
    // beside its gaps; the bridge messages not at all, and said so, not as 0.
    let mut old: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&one).unwrap()).unwrap();
    let gaps = old["gaps"].as_object_mut().unwrap();
    gaps.remove("unrouted");
    gaps.remove("bridge_errors");
    let old = write(dir.path(), "old.json", &old.to_string());
    let merge = |format: &str| {
        stdout_of(
            handoff()
                .args(["coverage", "-f", format, "--merge"])
                .arg(&old)
                .arg(&two),
        )
    };
    let merged: serde_json::Value = serde_json::from_str(&merge("json")).unwrap();
    assert_eq!(merged["gaps"]["unrouted"]["count"], 1, "{merged}");
    assert_eq!(
        merged["gaps"]["bridge_errors"],
        serde_json::Value::Null,
        "{merged}"
    );
    let table = merge("table");
    assert!(
        table.contains("  escalations without a bridge message      –   (not counted: a report merged in was made by an older handoff, which did not count them)"),
        "{table}"
    );
}
