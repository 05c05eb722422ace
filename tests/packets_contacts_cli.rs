//! `handoff replay --packets --contacts`: the contacts join and its gaps (duplicate keys,
//! `--join-on`), and the contact history a packet gives.

use predicates::str::contains;

use crate::common::{handoff, jsonl, packets_jsonl, write};

#[test]
fn contact_fields_are_visible_to_routes_and_templates() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        r#"version: 1
triggers:
  - { id: angry, when: { message: { role: customer, phrases: [unacceptable, useless] } } }
routes:
  - id: owned
    when: { meta: { field: contact_owner, exists: true } }
    team: owner
teams:
  - { id: owner, name: Account owner, bridge: "Hi, {{ customer.contact_owner }} here ({{ customer.lifecycle_stage }})." }
  - { id: support, name: Support, bridge: "Hi, support here." }
default_route: { team: support }
"#,
    );
    let out = handoff()
        .args([
            "replay",
            "-q",
            "-f",
            "jsonl",
            "--only",
            "escalated",
            "--rules",
        ])
        .arg(&rules)
        .args(["--contacts", "fixtures/crm/contacts.csv"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let outcomes = jsonl(std::str::from_utf8(&out).unwrap());
    let c08 = outcomes
        .iter()
        .find(|o| o["conversation_id"] == "c08-frustrated-enterprise")
        .unwrap();
    assert_eq!(c08["route"], "owned");
    assert_eq!(c08["bridge_message"], "Hi, Dev Patel here (customer).");
    assert!(
        outcomes
            .iter()
            .any(|o| o["route"] == "default" && o["team"] == "support"),
        "conversations without a contact fall through"
    );
}

#[test]
fn duplicate_keys_join_nothing_and_are_reported_with_both_lines() {
    let dir = tempfile::tempdir().unwrap();
    let contacts = write(
        dir.path(),
        "contacts.csv",
        "email,contact_owner\nsofia@globex.example,Dev\nSOFIA@globex.example ,Ana\nalex@acme.example,Rita\n",
    );
    let (packets, stderr) = packets_jsonl(&["--contacts", contacts.to_str().unwrap()]);
    assert!(
        stderr.contains(
            "warning[D010]: contact key `sofia@globex.example` is on 2 rows (lines 2, 3)"
        ),
        "{stderr}"
    );
    assert!(stderr.contains("contacts.csv:2"), "the first row: {stderr}");
    assert!(stderr.contains("1 ambiguous"), "{stderr}");
    let sofia = packets
        .iter()
        .find(|p| p["conversation_id"] == "c08-frustrated-enterprise")
        .unwrap();
    assert!(sofia["contact"].is_null(), "not guessed");
    let alex = packets
        .iter()
        .find(|p| p["conversation_id"] == "c01-enterprise-discount")
        .unwrap();
    assert_eq!(alex["contact"]["fields"]["contact_owner"], "Rita");
}

#[test]
fn join_on_names_the_transcript_field_and_the_contacts_column() {
    let dir = tempfile::tempdir().unwrap();
    let contacts = write(
        dir.path(),
        "contacts.csv",
        "Customer E-mail,Owner\nalex@acme.example,Rita\n",
    );
    let (packets, _) = packets_jsonl(&[
        "--contacts",
        contacts.to_str().unwrap(),
        "--join-on",
        "email=Customer E-mail",
    ]);
    let alex = packets
        .iter()
        .find(|p| p["conversation_id"] == "c01-enterprise-discount")
        .unwrap();
    assert_eq!(alex["contact"]["fields"]["owner"], "Rita");
    handoff()
        .args(["replay", "--contacts"])
        .arg(&contacts)
        .assert()
        .code(2)
        // cli42: the columns as the file names them (it listed `customer_e_mail`).
        .stderr(contains(
            "contacts.csv:1: the contacts file has no `email` column to join on; the columns are: `Customer E-mail`, `Owner`",
        ));
}

#[test]
fn history_counts_the_customers_earlier_conversations() {
    let dir = tempfile::tempdir().unwrap();
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text,email\n\
         a1,2026-03-01T09:00:00Z,customer,this is useless,ana@example.com\n\
         b1,2026-03-01T10:00:00Z,customer,hello,bo@example.com\n\
         a2,2026-03-02T09:00:00Z,customer,hi there,Ana@Example.com\n\
         a3,2026-03-03T09:00:00Z,customer,this is useless again,ana@example.com\n",
    );
    let (packets, _) = packets_jsonl(&[transcripts.to_str().unwrap()]);
    assert_eq!(packets.len(), 2, "a1 and a3 escalate");
    assert_eq!(
        packets[1]["contact_history"],
        serde_json::json!({
            "key": "email",
            "previous_conversations": 2,
            "previously_escalated": 1,
            "last_conversation_id": "a2",
            "last_conversation_time": "2026-03-02T09:00:00Z"
        })
    );
}
