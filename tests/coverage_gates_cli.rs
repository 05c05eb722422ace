//! `handoff coverage`'s gates: their exit codes, and what stderr and each report say of
//! a gate that failed (shares written as the reports write them, names escaped).

use predicates::str::contains;

use crate::common::{handoff, stdout_of, stdout_text, write};

#[test]
fn gates_exit_1_with_a_reason() {
    handoff()
        .args(["coverage", "--max-default-share", "0.4"])
        .assert()
        .code(1)
        .stderr(contains("gate failed: 0.458 of escalations (45.83%) fell to the default route, over --max-default-share 0.4"));
    // A share of 0.99248 over 0.992 read "0.992 …, over --max-default-share 0.992".
    // The report said the default route took "45.8%" of escalations, the
    // very share this gate allows; it says 45.83%, in every format.
    for (format, shown) in [
        ("table", "default route took 45.83% of escalations"),
        ("markdown", "default route took **45.83%** of escalations"),
        ("html", "<b>45.83%</b>"),
    ] {
        handoff()
            .args(["coverage", "--max-default-share", "0.458", "-f", format])
            .assert()
            .code(1)
            .stdout(contains(shown))
            .stderr(contains("gate failed: 0.4583 of escalations (45.83%) fell to the default route, over --max-default-share 0.458"));
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
        .stderr(contains(
            "gate failed: 1 of 3 human handoffs missed by every rule, over --max-missed 0",
        ));
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
            "50% of triggers escalated anything, under --fail-under-triggers 60 (never: b)",
        ));
}

/// The gate that failed went to stderr only, and the Markdown that
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
        md.starts_with("### handoff coverage\n\n**Gate failed:** 0.458 of escalations (45.83%) fell to the default route, over --max-default-share 0.4.\n\n**33** conversations"),
        "{md}"
    );
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals:\n  - { id: a, phrases: [discount] }\n  - { id: b, phrases: [xyzzy] }\ntriggers:\n  - { id: a, when: { message: { signal: a } } }\n  - { id: b, when: { message: { signal: b } } }\n",
    );
    // The report in `format` with the trigger gate at `min`, which fails.
    let gated = |format: &str, min: &str| {
        stdout_text(
            &handoff()
                .args(["coverage", "-f", format, "--fail-under-triggers", min, "-r"])
                .arg(&rules)
                .assert()
                .code(1),
        )
    };
    let html = gated("html", "60");
    assert!(
        html.contains("<p class=\"fail\"><b>Gate failed:</b> 50% of triggers escalated anything, under --fail-under-triggers 60 (never: b).</p><div class=\"cards\">"),
        "{html}"
    );
    // One report, one way to write a share: the gate said `50.0%` above `**50%** of
    // triggers fired`.
    let md = gated("markdown", "80");
    assert!(
        md.contains(
            "**Gate failed:** 50% of triggers escalated anything, under --fail-under-triggers 80"
        ) && md.contains("**50%** of triggers fired"),
        "{md}"
    );
    // Gates that pass say nothing in the report.
    let md =
        stdout_of(handoff().args(["coverage", "-f", "markdown", "--max-default-share", "0.5"]));
    assert!(!md.contains("Gate failed"), "{md}");
}

/// The gate line in Markdown went through the escaper meant for the
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

/// Rules without a default route passed `--max-default-share 0` while escalations went
/// to no team at all ("default route took 0.0% of escalations"): the unrouted count
/// against the gate, and the summaries say where they went.
#[test]
fn unrouted_escalations_count_against_the_default_share_gate() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals:\n  - { id: person, builtin: human_request }\ntriggers:\n  - id: wants-person\n    reason: help you\n    when: { message: { role: customer, signal: person } }\nroutes:\n  - id: vip\n    when: { meta: { field: tier, equals: enterprise } }\n    team: vip\nteams:\n  - { id: vip, name: VIP, bridge: hi }\n",
    );
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,tier\na,customer,I want to talk to a human,enterprise\nb,customer,let me speak to a person,\nc,customer,hello,\n",
    );
    let run = |format: &str, max: &str| {
        handoff()
            .args(["coverage", "-f", format, "--max-default-share", max, "-r"])
            .arg(&rules)
            .arg(&csv)
            .assert()
    };
    run("table", "0")
        .code(1)
        .stdout(contains("no default route: 50.0% of escalations unrouted"))
        .stderr(contains(
            "gate failed: 0.500 of escalations (50.0%) fell to no route (unrouted: no team takes them), over --max-default-share 0",
        ));
    run("markdown", "0.6").success().stdout(contains(
        "no default route: **50.0%** of escalations unrouted",
    ));
    run("html", "0.6")
        .success()
        .stdout(contains("of escalations unrouted (no default route)"));
}
