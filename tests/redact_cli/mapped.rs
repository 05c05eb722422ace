//! Metadata fields read from a column of another name under `--redact`:
//! `--map meta.notes=password` read the column `password` as the field `notes`, and
//! the masking looked only at the field's name, so the password came out as written in
//! packets, bridge messages, evidence and `explain`'s trace. A field is masked whole when
//! its own name or its column's marks it (`meta.password=notes` was, and still is), from
//! `--map`, a mapping file's `meta:` and `.handoff.yaml`'s `input: meta:` alike.

use super::{assert_none_shown, redacted_replay};
use crate::common::{handoff, stdout_of, write};

const RULES: &str = "version: 1\n\
    triggers:\n  - id: vip\n    when:\n      all:\n\
    \x20       - meta: { field: notes, exists: true }\n\
    \x20       - message: { role: customer, phrases: [hello] }\n\
    default_route: { team: a }\n\
    teams:\n  - { id: a, name: A, bridge: \"Hi {{ customer.notes }} {{ customer.who }} ({{ customer.plan }})\" }\n";

const TRANSCRIPT: &str = "conversation_id,role,text,password,customer_name,tier,remarks\n\
    p1,customer,\"hello, my password is Hunter2xyz\",hunter2xyz,Anna Smith,gold,s3cr3tword\n";

/// The packet of a redacted replay with `args`, which shows none of `hidden` (nor does
/// the replay's output).
fn packet_of(dir: &std::path::Path, args: &[&str], hidden: &[&str]) -> serde_json::Value {
    let rules = write(dir, "rules.yaml", RULES);
    let transcripts = write(dir, "t.csv", TRANSCRIPT);
    let (replay, packets) = redacted_replay(&rules, &transcripts, args);
    assert_none_shown("replay", &replay, hidden);
    assert_none_shown("packets", &packets, hidden);
    serde_json::from_str(packets.lines().next().unwrap()).unwrap()
}

#[test]
fn a_field_read_from_a_column_named_as_a_secret_is_masked_whole() {
    let dir = tempfile::tempdir().unwrap();
    let packet = packet_of(
        dir.path(),
        &[
            "--map",
            "meta.notes=password",
            "--map",
            "meta.who=customer_name",
            "--map",
            "meta.plan=tier",
            "--map",
            "meta.pin=remarks",
        ],
        &["unter2xyz", "Anna", "s3cr3tword"],
    );
    let fields = &packet["customer"]["fields"];
    // The column's name marks it (`password`, `customer_name`), or the field's (`pin`).
    assert_eq!(fields["notes"], "[secret]", "{fields}");
    assert_eq!(fields["who"], "[name]", "{fields}");
    assert_eq!(fields["pin"], "[secret]", "{fields}");
    // Neither marks `plan` read from `tier`: kept.
    assert_eq!(fields["plan"], "gold", "{fields}");
    assert_eq!(packet["bridge_message"], "Hi [secret] [name] (gold)");
    assert_eq!(
        packet["transcript"][0]["text"],
        "hello, my password is [secret]"
    );
    assert_eq!(packet["triggers"][0]["evidence"][0]["value"], "[secret]");
    // `explain`'s trace of the condition on the field.
    let explain = stdout_of(
        handoff()
            .args(["explain", "--redact", "--conversation", "p1"])
            .args(["--map", "meta.notes=password", "-r"])
            .arg(dir.path().join("rules.yaml"))
            .arg(dir.path().join("t.csv")),
    );
    assert_none_shown("explain", &explain, &["unter2xyz"]);
    assert!(explain.contains("[secret]"), "{explain}");
}

#[test]
fn a_mapping_file_and_the_project_file_map_it_as_map_does() {
    let dir = tempfile::tempdir().unwrap();
    let mapping = write(dir.path(), "m.yaml", "meta:\n  notes: password\n");
    let packet = packet_of(
        dir.path(),
        &["--mapping", mapping.to_str().unwrap()],
        &["unter2xyz"],
    );
    assert_eq!(packet["customer"]["fields"]["notes"], "[secret]");
    // `.handoff.yaml` in the working directory.
    let project = tempfile::tempdir().unwrap();
    write(
        project.path(),
        ".handoff.yaml",
        "input:\n  meta:\n    notes: password\n    who: customer_name\n",
    );
    let rules = write(dir.path(), "rules.yaml", RULES);
    let transcripts = write(dir.path(), "t.csv", TRANSCRIPT);
    let packets = dir.path().join("project.jsonl");
    stdout_of(
        handoff()
            .current_dir(project.path())
            .args(["replay", "-q", "--redact", "-f", "jsonl", "-r"])
            .arg(&rules)
            .arg("--packets")
            .arg(&packets)
            .arg(&transcripts),
    );
    let packets = std::fs::read_to_string(&packets).unwrap();
    assert_none_shown("packets", &packets, &["unter2xyz", "Anna"]);
    let packet: serde_json::Value = serde_json::from_str(packets.lines().next().unwrap()).unwrap();
    assert_eq!(packet["customer"]["fields"]["notes"], "[secret]");
    assert_eq!(packet["customer"]["fields"]["who"], "[name]");
}

/// A contacts file's column is read through `meta:` as a transcript's is (`--map
/// meta.notes=password` on the CRM's `Password`): the rules read `customer.notes`, the
/// transcripts need no `password` column, and `--redact` masks the field as the
/// password it is. The contacts' columns were read by their own names only: a replay
/// stopped at the transcripts' missing `password` column.
#[test]
fn a_contacts_column_is_mapped_and_masked_as_its_column() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", RULES);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,email\np1,customer,hello there,ana@example.com\n",
    );
    let contacts = write(
        dir.path(),
        "crm.csv",
        "Email,Password,customer_name,tier\nana@example.com,hunter2xyz,Anna Smith,gold\n",
    );
    let contacts = contacts.to_str().unwrap();
    let args = [
        "--contacts",
        contacts,
        "--join-on",
        "email",
        "--map",
        "meta.notes=password",
        "--map",
        "meta.who=customer_name",
        "--map",
        "meta.plan=tier",
    ];
    let plain = stdout_of(
        handoff()
            .args(["replay", "-q", "-f", "jsonl"])
            .args(args)
            .arg("-r")
            .arg(&rules)
            .arg(&transcripts),
    );
    let outcome: serde_json::Value = serde_json::from_str(plain.trim()).unwrap();
    assert_eq!(outcome["bridge_message"], "Hi hunter2xyz Anna Smith (gold)");
    let (replay, packets) = redacted_replay(&rules, &transcripts, &args);
    let hidden = ["unter2xyz", "Anna"];
    assert_none_shown("replay", &replay, &hidden);
    assert_none_shown("packets", &packets, &hidden);
    let packet: serde_json::Value = serde_json::from_str(packets.lines().next().unwrap()).unwrap();
    for side in ["customer", "contact"] {
        let fields = &packet[side]["fields"];
        assert_eq!(fields["notes"], "[secret]", "{side}: {fields}");
        assert_eq!(fields["who"], "[name]", "{side}: {fields}");
        assert_eq!(fields["plan"], "gold", "{side}: {fields}");
        assert!(fields.get("password").is_none(), "{side}: {fields}");
    }
    assert_eq!(packet["bridge_message"], "Hi [secret] [name] (gold)");
}
