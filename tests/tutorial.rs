//! docs/tutorial.md, followed step by step as a new user would: every `$ command` of the
//! tutorial runs here, in its order, through a shell, and every output, file and edit
//! the tutorial shows is checked against what really happens.

use std::process::Command;

mod harness;

use harness::Tutorial;

const COLUMNS: &str = "input:
  columns:
    conversation_id: Ticket ID
    timestamp: Created At
    role: Author Type
    text: Body
";

const ROLES: &str = "  roles:
    bot: [Answer Bot]
";

const RETENTION: &str = "# yaml-language-server: $schema=../schema/rules.schema.json
version: 1

signals:
  - id: churn
    description: The customer wants to cancel or is about to leave
    phrases:
      - cancel my subscription
      - close my account
      - cancel at renewal
      - switching to a competitor

triggers:
  - id: churn-risk
    description: The customer wants to cancel or is about to leave
    reason: see what we can do before you go
    severity: high
    when:
      message: { role: customer, signal: churn }

teams:
  - id: retention
    name: Customer Success
    agent: Noor
";

const SELF_SERVE: &str = "  - id: self-serve-pricing
    description: Discount questions from free or starter accounts stay with support
    when:
      all:
        - trigger: pricing-negotiation
        - meta: { field: tier, in: [free, starter] }
    team: frontline
";

const ROUTE: &str = "  - id: retention
    description: Customers about to leave talk to customer success first
    when: { trigger: churn-risk }
    team: retention
";

const BRIDGE: &str = r#"    bridge: >-
      Hi {{ customer.first_name | default("there") }}, I'm {{ agent }} from Customer
      Success. I'm stepping in to {{ reason }}; I've read our chat, so you won't need to
      repeat anything.
"#;

const TESTS: &str = "# yaml-language-server: $schema=../../schema/tests.schema.json
version: 1

tests:
  - name: a customer who wants to cancel talks to customer success
    customer: { name: Nadia Rahman, tier: pro }
    messages:
      - customer: Hi, how do I cancel my subscription?
    expect:
      turn: 1
      trigger: churn-risk
      route: retention
      team: retention
      bridge_contains: see what we can do before you go

  - name: cancelling a meeting is not churn
    messages:
      - customer: How do I cancel a meeting invite I sent?
    expect:
      escalated: false
";

#[test]
fn the_tutorial_works_as_written() {
    let mut t = Tutorial::new();
    // 1. Install: the test runs the binary cargo built.
    t.shows("$ cargo install --locked --path handoff\n");
    t.shows("Clone this repository into a folder named `handoff`");

    // 2. Start a rule pack.
    t.run("handoff init escalation-rules", 0, "");
    t.run("cd escalation-rules", 0, "");
    t.run("handoff lint", 0, "lint: no problems in 4 rule files");
    t.run_counting(
        "handoff test --quiet",
        0,
        "test result: ok. {cases} passed, 0 failed ({cases} cases in 1 file)",
        0,
    );

    // 3. Bring your export.
    t.run("cp ../handoff/docs/tutorial/helpdesk-export.csv .", 0, "");
    t.run(
        "handoff replay helpdesk-export.csv",
        2,
        "error: helpdesk-export.csv:1: no `conversation_id` column; the columns are: `Ticket ID`, `Created At`, `Author Type`, `Body`, `Name`, `Company`, `Email`, `Tier`\n  hint: map it with --map conversation_id=<column>, or under `input: columns:` in .handoff.yaml",
    );
    // The commented example's lines replaced, the rest of the file kept as it says.
    t.shows("the lines from `# input:` down to `#   date_order: …`");
    t.replace_lines(".handoff.yaml", "# input:", "#   date_order:", COLUMNS);
    let project = std::fs::read_to_string(t.file(".handoff.yaml")).unwrap();
    assert!(
        project.starts_with("# yaml-language-server: $schema="),
        "{project}"
    );
    assert!(project.contains("# lint:"), "{project}");
    t.run(
        "handoff replay helpdesk-export.csv --format table",
        0,
        "warning[D002]: unknown role `Answer Bot`: kept as role `other`, which no role condition matches\n --> helpdesk-export.csv:3\n  |\n  = help: map it with --role 'Answer Bot=bot' (or customer, agent), or under `input: roles:` in .handoff.yaml",
    );
    // `roles:` goes under `input:`, which now ends the file's settings (the `lint:`
    // comments follow it).
    t.shows(ROLES);
    let text = std::fs::read_to_string(t.file(".handoff.yaml")).unwrap();
    std::fs::write(
        t.file(".handoff.yaml"),
        text.replacen(COLUMNS, &format!("{COLUMNS}{ROLES}"), 1),
    )
    .unwrap();
    t.run(
        "handoff replay helpdesk-export.csv --format table",
        0,
        "…\nescalated 7 of 11 (63.6%)\n…",
    );
    // What the tutorial says of the sample now: the commands that read `fixtures/` stop,
    // with an error that says why and how to read it anyway.
    t.shows("no\nlonger fits it");
    for args in [
        &["replay"][..],
        &["coverage"],
        &["lint", "--columns-from", "fixtures"],
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_handoff"))
            .args(args)
            .current_dir(&t.cwd)
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(
            stderr.contains("this file already has a `conversation_id` column"),
            "{args:?}: {stderr}"
        );
    }

    // 4. Why did it route there?
    t.run(
        "handoff explain --conversation T-1006 helpdesk-export.csv",
        0,
        "      ✗ company_size < 50 — company_size is missing\n  ✓ pricing → senior-ae   ◀ chosen: trigger `pricing-negotiation` fired — yes, at message 1",
    );
    t.run(
        "handoff lint --columns-from helpdesk-export.csv",
        1,
        "error[C002]: route `self-serve-pricing` can never match on helpdesk-export.csv",
    );
    t.shows("(`- meta: { field: company_size, lt: 50 }`)");
    t.replace_lines(
        "rules/routes.yaml",
        "  - id: self-serve-pricing",
        "    team: frontline",
        SELF_SERVE,
    );
    assert!(
        !std::fs::read_to_string(t.file("rules/routes.yaml"))
            .unwrap()
            .contains("company_size, lt")
    );
    t.run(
        "handoff lint --columns-from helpdesk-export.csv --quiet",
        0,
        "warning[C001]: `lead_score` is not a column of helpdesk-export.csv",
    );
    t.run(
        "handoff explain --conversation T-1006 --format test helpdesk-export.csv > rules/tests/t-1006.yaml",
        0,
        "",
    );
    let regression = std::fs::read_to_string(t.file("rules/tests/t-1006.yaml")).unwrap();
    assert!(
        regression.contains("      route: self-serve-pricing\n      team: frontline\n"),
        "{regression}"
    );
    t.run_counting(
        "handoff test --quiet",
        0,
        "test result: ok. {cases} passed, 0 failed ({cases} cases in 2 files)",
        1,
    );
    t.run(
        "git init --quiet -b main && git add . && git commit --quiet -m \"Starter rules, mapped to our export\"",
        0,
        "",
    );
    // On `main`, the branch the workflow gates, whatever git's default name.
    let head = Command::new("git")
        .args(["rev-parse", "--abbrev-ref", "HEAD"])
        .current_dir(&t.cwd)
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&head.stdout).trim(), "main");

    // 5. Add a rule.
    t.write("rules/retention.yaml", RETENTION);
    t.insert_before("rules/routes.yaml", "  - id: self-serve-pricing\n", ROUTE);
    t.run(
        "handoff lint",
        0,
        "warning[R012]: team `retention` has no bridge message",
    );
    t.append("rules/retention.yaml", BRIDGE);

    // 6. Test it.
    t.run_counting(
        "handoff test --require-tests --quiet",
        1,
        "without a positive test (--require-tests):\n  triggers: churn-risk\n  routes:   retention\n\ntest result: FAILED. {cases} passed, 0 failed ({cases} cases in 2 files); 1 trigger and 1 route untested",
        1,
    );
    t.write("rules/tests/retention.yaml", TESTS);
    t.run_counting(
        "handoff test --require-tests --quiet",
        0,
        "every trigger and route has a positive test\n\ntest result: ok. {cases} passed, 0 failed ({cases} cases in 3 files)",
        3,
    );

    // 7. What the change does.
    t.run(
        "handoff diff --base-rev HEAD helpdesk-export.csv",
        0,
        "3 of 11 conversations change from rules@HEAD to rules\n  newly escalated              3\nteam flows: (not escalated) → retention 3",
    );

    // 8. Gaps.
    t.run(
        "handoff coverage helpdesk-export.csv --fail-under-triggers 80 --max-default-share 0.5",
        0,
        "11 conversations, 31 messages; 10 escalated (90.9%)\n88.9% of triggers fired; default route took 40.0% of escalations",
    );

    // 9. CI.
    t.run("mv helpdesk-export.csv fixtures/", 0, "");
    t.run("git rm --quiet fixtures/transcripts.csv", 0, "");
    t.run(
        "handoff coverage --fail-under-triggers 80 --max-default-share 0.5 --quiet",
        0,
        "…",
    );
    t.run(
        "git add . && git commit --quiet -m \"Customers about to leave go to customer success\"",
        0,
        "",
    );
    // The workflow's own commands run on the result (a fresh pack is checked in init_cli).
    t.run_workflow_checks();

    // Every command the tutorial shows was run here.
    let shown: Vec<&str> = t
        .doc
        .lines()
        .filter_map(|l| l.strip_prefix("$ "))
        .filter(|l| !l.starts_with("cargo install"))
        .collect();
    assert_eq!(
        shown, t.ran,
        "the tutorial's commands and this test's differ"
    );
}
