//! `coverage` under `--redact`: label misses, gaps and examples masked before they are
//! cut, in a run and in a merge.

use super::RULES;
use crate::common::{handoff, stdout_of, write};

/// Regression: the label misses' example transcripts were not redacted at all.
#[test]
fn coverage_label_misses_and_gaps_are_masked_names_included() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,name,email\n\
         c9,customer,\"I'm Ana Lima, mail ana@example.com\",Ana Lima,ana@example.com\n\
         c9,agent,\"Thanks Ana, on it\",,\n",
    );
    let labels = write(
        dir.path(),
        "labels.csv",
        "conversation_id,expected_escalated\nc9,false\n",
    );
    let report = stdout_of(
        handoff()
            .args(["coverage", "--redact", "-f", "json", "-r"])
            .arg(&rules)
            .arg("--labels")
            .arg(&labels)
            .arg(&transcripts),
    );
    let json: serde_json::Value = serde_json::from_str(&report).unwrap();
    let misses = &json["labels"]["misses"]["examples"];
    assert_eq!(misses[0]["conversation_id"], "c9", "{report}");
    for secret in ["Ana", "Lima", "ana@example.com"] {
        assert!(
            !report.contains(secret),
            "coverage --redact shows `{secret}`:\n{report}"
        );
    }
    assert!(
        report.contains("I'm [name] [name], mail [email]"),
        "{report}"
    );
}

/// Regression: a coverage example was cut before it was masked, and an IBAN
/// whose last group has no digit ("… 000M UR") was cut inside, failed its check and
/// showed. Examples are now masked whole and cut after.
#[test]
fn a_coverage_example_is_masked_before_it_is_cut() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let iban = "MU17 BOMM 0101 1010 3030 0200 000M UR";
    let text = format!("pay to {}{iban} thanks", "a ".repeat(133));
    assert!((260..279).contains(&text.find(iban).unwrap()));
    let transcripts = write(
        dir.path(),
        "t.csv",
        &format!(
            "conversation_id,timestamp,role,text\n\
             c1,2026-03-01T10:00:00Z,customer,{text}\n\
             c1,2026-03-01T10:01:00Z,agent,Let me look\n"
        ),
    );
    let coverage = stdout_of(
        handoff()
            .args(["coverage", "--redact", "-f", "json", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    for part in ["MU17", "BOMM", "0101"] {
        assert!(!coverage.contains(part), "{coverage}");
    }
    assert!(coverage.contains("[iban]"), "{coverage}");
}

/// Regression: a JSON report written without `--redact` held its examples cut
/// to 280 characters, so merging it under `--redact` masked a card number already cut in
/// two, and its first groups showed. A JSON report keeps each example message's first
/// 4 KiB; the cut is for the table, markdown and HTML, after masking.
#[test]
fn a_merge_under_redact_masks_examples_before_it_cuts_them() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let card = "4111 1111 1111 1111";
    let text = format!("I have been waiting{} {card} thanks", " and".repeat(62));
    assert!((262..279).contains(&text.find(card).unwrap()), "{text}");
    let transcripts = write(
        dir.path(),
        "t.csv",
        &format!(
            "conversation_id,timestamp,role,text\n\
             c1,2026-03-01T10:00:00Z,customer,{text}\n\
             c1,2026-03-01T10:01:00Z,agent,Let me look\n"
        ),
    );
    let shard = stdout_of(
        handoff()
            .args(["coverage", "-f", "json", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    assert!(
        shard.contains(card),
        "the shard keeps the message whole: {shard}"
    );
    let shard = write(dir.path(), "shard.json", &shard);
    for format in ["json", "html", "markdown", "table"] {
        let merged = stdout_of(
            handoff()
                .args(["coverage", "--redact", "-f", format, "--merge"])
                .arg(&shard),
        );
        assert!(!merged.contains("4111"), "{format}:\n{merged}");
    }
}

/// `coverage --redact` read every conversation's names, a quarter of its
/// cost, though only a conversation that gives an example needs them; it reads them for
/// those only now. Each example is still masked with its own conversation's names, the
/// ones that give none between them.
#[test]
fn coverage_examples_are_masked_with_their_own_conversations_names() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,name\n\
         c1,customer,\"I'm Ana Lima, mail ana@example.com\",Ana Lima\n\
         c2,customer,Hello Bo Chen here,Bo Chen\n\
         c3,customer,\"Kai Moreno, mail kai@example.com\",Kai Moreno\n\
         c3,agent,\"Thanks Kai Moreno\",\n",
    );
    let report = stdout_of(
        handoff()
            .args(["coverage", "--redact", "-f", "json", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    for secret in ["Ana", "Lima", "Kai", "Moreno", "@example.com"] {
        assert!(
            !report.contains(secret),
            "coverage --redact shows `{secret}`:\n{report}"
        );
    }
    for masked in ["I'm [name] [name], mail [email]", "Thanks [name] [name]"] {
        assert!(report.contains(masked), "{masked}: {report}");
    }
}
