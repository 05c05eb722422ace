//! Fields read through a column mapping, from the outside: `--join-on` and a labels
//! file read the id through the column it is mapped from; a field given two columns,
//! two fields from one column, a value given two roles or an empty one exit 2.

use predicates::str::contains;

use crate::common::{ANGRY_RULES, handoff, stderr_text, stdout_text, write};
use crate::input_cli::{replay_in, rules_and_exports};

/// Regression: `--map role=x --map text=x` read the role as the text and
/// exited 0; `--role v=bot --role v=customer` kept the last.
#[test]
fn two_fields_from_one_column_or_a_value_given_two_roles_exit_2() {
    let dir = rules_and_exports();
    replay_in(dir.path(), &["--map", "text=role", "t.csv"])
        .code(2)
        .stderr(contains(
            "`role` (the default) and `text` (`--map text=role`) are both read from column `role`; each field needs a column of its own",
        ));
    replay_in(
        dir.path(),
        &[
            "--role",
            "Answer Bot=bot",
            "--role",
            "answer bot=customer",
            "t.csv",
        ],
    )
    .code(2)
    .stderr(contains(
        "invalid --role: `answer bot` is given as both bot and customer",
    ));
}

/// `--map conversation_id=ticket_id --map conversation_id=Tier` read the
/// conversation id from the last column silently, and `--role =bot` was accepted.
#[test]
fn a_field_given_two_columns_or_an_empty_role_value_exits_2() {
    let dir = rules_and_exports();
    write(
        dir.path(),
        "zd.csv",
        "ticket_id,author_type,body,Tier\nT1,end-user,refund please,pro\n",
    );
    let map = [
        "--map",
        "role=author_type",
        "--map",
        "text=body",
        "--map",
        "conversation_id=ticket_id",
    ];
    replay_in(
        dir.path(),
        &[&map[..], &["--map", "Conversation ID=Tier", "zd.csv"]].concat(),
    )
    .code(2)
    .stdout("")
    .stderr(contains(
        "invalid --map: `conversation_id` is given two columns, in `--map conversation_id=ticket_id` and `--map Conversation ID=Tier`; a field is read from one column",
    ));
    // The same column said twice is no conflict.
    replay_in(
        dir.path(),
        &[&map[..], &["--map", "Conversation ID=Ticket ID", "zd.csv"]].concat(),
    )
    .success();
    for role in ["=bot", " =bot", "_ =agent"] {
        replay_in(
            dir.path(),
            &[&map[..], &["--role", role, "zd.csv"]].concat(),
        )
        .code(2)
        .stdout("")
        .stderr(contains("invalid --role"))
        .stderr(contains(format!(
            "`{role}` has no role value before `=`; expected VALUE=ROLE"
        )));
    }
}

/// A helpdesk export whose id column is `ticket_id`, read with
/// `--map conversation_id=ticket_id`.
const TICKETS_CSV: &str = "ticket_id,created,role,text
T1,2026-03-01T09:00:00Z,customer,this is ridiculous
T2,2026-03-01T10:00:00Z,customer,hello
";

/// `--join-on ticket_id`, where `ticket_id` is the column the id is mapped
/// from, joined nothing ("no conversation has a value in `ticket_id`"): the join field
/// was compared with the literal `conversation_id`. The mapped column and the field name
/// both mean the id now, and a column mapped to a message field is said to be one.
#[test]
fn join_on_reads_the_id_and_message_fields_through_the_mapping() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let transcripts = write(dir.path(), "t.csv", TICKETS_CSV);
    let contacts = write(dir.path(), "crm.csv", "Ticket ID,Owner\nT1,Rita\nT2,Bo\n");
    let run = |join_on: &str| {
        handoff()
            .args([
                "replay",
                "-f",
                "jsonl",
                "--map",
                "conversation_id=ticket_id",
            ])
            .args(["--map", "timestamp=created", "-r"])
            .arg(&rules)
            .arg(&transcripts)
            .arg("--contacts")
            .arg(&contacts)
            .args(["--join-on", join_on])
            .assert()
            .success()
    };
    for join_on in ["ticket_id", "Ticket ID", "conversation_id=ticket_id"] {
        let stderr = stderr_text(&run(join_on));
        assert!(
            stderr.contains("contacts: 2 of 2 conversations joined on"),
            "--join-on {join_on}: {stderr}"
        );
        assert!(!stderr.contains("D011"), "--join-on {join_on}: {stderr}");
    }
    // The packet names the contact by the id it was joined on.
    let packets = dir.path().join("packets.jsonl");
    handoff()
        .args([
            "replay",
            "-f",
            "jsonl",
            "--map",
            "conversation_id=ticket_id",
        ])
        .args(["--map", "timestamp=created", "-r"])
        .arg(&rules)
        .arg(&transcripts)
        .arg("--contacts")
        .arg(&contacts)
        .args(["--join-on", "ticket_id", "--packets"])
        .arg(&packets)
        .assert()
        .success();
    let packet: serde_json::Value =
        serde_json::from_str(std::fs::read_to_string(&packets).unwrap().trim()).unwrap();
    assert_eq!(packet["contact"]["value"], "T1", "{packet}");
    assert_eq!(packet["contact"]["fields"]["owner"], "Rita", "{packet}");
    // `created` is where each message's time is read from: no customer field.
    let contacts = write(dir.path(), "crm.csv", "created,Owner\nx,Rita\n");
    handoff()
        .args(["replay", "-f", "jsonl", "--map", "conversation_id=ticket_id"])
        .args(["--map", "timestamp=created", "-r"])
        .arg(&rules)
        .arg(&transcripts)
        .arg("--contacts")
        .arg(&contacts)
        .args(["--join-on", "created"])
        .assert()
        .success()
        .stderr(contains(
            "warning[D011]: no conversation can be joined on `created`: it is read as each message's timestamp, not as customer metadata",
        ));
}

/// A labels file cut from the same export names the id `ticket_id` too, and
/// `coverage --labels` said it had no `conversation_id` column. The transcripts' id
/// column is read as the labels' id when the labels file has no `conversation_id`.
#[test]
fn labels_read_the_id_from_the_transcripts_id_column() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", ANGRY_RULES);
    let transcripts = write(dir.path(), "t.csv", TICKETS_CSV);
    let labels = write(
        dir.path(),
        "labels.csv",
        "ticket_id,expected_escalated\nT1,true\nT2,true\n",
    );
    let coverage = |labels: &std::path::Path| {
        handoff()
            .args([
                "coverage",
                "-f",
                "json",
                "--map",
                "conversation_id=ticket_id",
            ])
            .args(["--map", "timestamp=created", "-r"])
            .arg(&rules)
            .arg(&transcripts)
            .arg("--labels")
            .arg(labels)
            .assert()
    };
    let report: serde_json::Value =
        serde_json::from_str(&stdout_text(&coverage(&labels).success())).unwrap();
    let eval = &report["labels"];
    assert_eq!(eval["matched"], 2, "{eval}");
    assert_eq!(eval["escalation"]["true_positives"], 1, "{eval}");
    assert_eq!(eval["escalation"]["false_negatives"], 1, "{eval}");
    // Neither name: the error says both.
    let labels = write(dir.path(), "labels.csv", "id,expected_escalated\nT1,true\n");
    coverage(&labels).code(2).stderr(contains(
        "labels.csv:1: no `conversation_id` column nor `ticket_id` (the transcripts' id column); the columns are: `id`, `expected_escalated`",
    ));
}
