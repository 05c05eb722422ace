//! Every output that carries message text, masked under `--redact` (replay's outcomes
//! and bridge messages, packets, `explain`, `coverage`, `diff`), while the rules still
//! see the original.

use super::{RULES, assert_none_shown, replay_both_ways};
use crate::common::{handoff, stdout_of, write};

const PII: [&str; 4] = [
    "ana@example.com",
    "4111 1111 1111 1111",
    "7946 0958",
    "bo@example.com",
];

fn setup() -> (tempfile::TempDir, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text,email\n\
         c1,2026-03-01T09:00:00Z,customer,\"Card 4111 1111 1111 1111, mail ana@example.com, or call +44 20 7946 0958\",ana@example.com\n\
         c2,2026-03-01T10:00:00Z,customer,I would like to talk about my order,\n\
         c2,2026-03-01T10:01:00Z,agent,Sure - reach me at bo@example.com,\n",
    );
    (
        dir,
        rules.to_string_lossy().into_owned(),
        transcripts.to_string_lossy().into_owned(),
    )
}

fn assert_clean(what: &str, text: &str) {
    assert_none_shown(what, text, &PII);
}

#[test]
fn replay_outcomes_and_packets_are_masked_but_the_rules_saw_the_data() {
    let (_dir, rules, transcripts) = setup();
    let [(plain, plain_packets), (masked, packets)] =
        replay_both_ways(rules.as_ref(), transcripts.as_ref(), &[]);
    assert!(
        plain.contains("ana@example.com") && plain_packets.contains("ana@example.com"),
        "without --redact the data shows: {plain}\n{plain_packets}"
    );
    assert_clean("replay --redact", &masked);
    assert!(
        masked.contains(r#""escalated":true"#),
        "the rule fired on the original text"
    );
    assert!(
        masked.contains("[email]") && masked.contains("[card]"),
        "{masked}"
    );
    assert!(masked.contains("Hi, we will write to [email]."), "{masked}");
    assert_clean("packets --redact", &packets);
    assert!(packets.contains("[phone]"), "{packets}");
}

#[test]
fn explain_coverage_and_diff_are_masked() {
    let (_dir, rules, transcripts) = setup();
    let explain = |format: &str| {
        stdout_of(handoff().args([
            "explain",
            "--redact",
            "-r",
            &rules,
            "--conversation",
            "c1",
            "-f",
            format,
            &transcripts,
        ]))
    };
    assert_clean("explain --redact", &explain("text"));
    assert_clean("explain --redact -f json", &explain("json"));
    let coverage = stdout_of(handoff().args([
        "coverage",
        "--redact",
        "-r",
        &rules,
        "-f",
        "json",
        &transcripts,
    ]));
    assert_clean("coverage --redact", &coverage);
    assert!(
        coverage.contains("[email]"),
        "the missed handoff's example is masked: {coverage}"
    );
    let diff = stdout_of(handoff().args([
        "diff",
        "--redact",
        "--base",
        "rules",
        "--head",
        &rules,
        "-f",
        "json",
        &transcripts,
    ]));
    assert_clean("diff --redact", &diff);
}
