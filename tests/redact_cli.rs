//! `--redact`: personal data masked in every output that carries message text, while
//! the rules still see the original.

use crate::common::{handoff, stdout_of, write};

/// Rules that escalate on a pasted email address or card number, with a bridge that
/// quotes the customer's email.
const RULES: &str = r#"version: 1
signals:
  - { id: contact-details, regex: ['[\w.+-]+@[\w-]+\.[\w.]+', '\b4\d{3}( ?\d{4}){3}\b'] }
triggers:
  - { id: shared-details, when: { message: { role: customer, signal: contact-details } } }
teams:
  - { id: t, name: T, bridge: "Hi, we will write to {{ customer.email }}." }
default_route: { team: t }
"#;

/// A rule set of one regex signal per `(id, regex)`, each with a trigger of its own on
/// any message it matches, and one team whose bridge message is `Hi.`.
fn regex_rules(dir: &std::path::Path, signals: &[(&str, &str)]) -> std::path::PathBuf {
    use std::fmt::Write as _;
    let mut yaml = String::from("version: 1\nsignals:\n");
    for (id, regex) in signals {
        writeln!(yaml, "  - {{ id: {id}, regex: ['{regex}'] }}").unwrap();
    }
    yaml.push_str("triggers:\n");
    for (id, _) in signals {
        writeln!(
            yaml,
            "  - {{ id: {id}, when: {{ message: {{ signal: {id} }} }} }}"
        )
        .unwrap();
    }
    yaml.push_str("teams:\n  - { id: t, name: T, bridge: \"Hi.\" }\ndefault_route: { team: t }\n");
    write(dir, "rules.yaml", &yaml)
}

/// Rules that escalate on the customer's "zzqendmarker", with a bridge that quotes the
/// summary's goal: what a test of the summary under `--redact` replays.
const GOAL_RULES: &str = "version: 1\n\
     signals:\n  - { id: endm, phrases: [zzqendmarker] }\n\
     triggers:\n  - { id: end, when: { message: { role: customer, signal: endm } } }\n\
     default_route: { team: t }\n\
     teams:\n  - { id: t, name: T, bridge: \"About: {{ summary.goal | default('') }}\" }\n";

/// `replay -q --redact -f jsonl` of `rules` over `transcripts`, with `args`, writing
/// packets beside the transcripts: its stdout and the packets file.
fn redacted_replay(
    rules: &std::path::Path,
    transcripts: &std::path::Path,
    args: &[&str],
) -> (String, String) {
    replay_run(rules, transcripts, args, true)
}

/// [`redacted_replay`] without `--redact` and with it, the plain run's first: each
/// run's stdout and packets file (as `human_packets_both_ways` does for summaries), for
/// a test that shows the data is there before it shows it masked.
fn replay_both_ways(
    rules: &std::path::Path,
    transcripts: &std::path::Path,
    args: &[&str],
) -> [(String, String); 2] {
    [false, true].map(|redact| replay_run(rules, transcripts, args, redact))
}

/// `replay -q -f jsonl` of `rules` over `transcripts`, with `args` and `--redact` when
/// `redact`, writing packets beside the transcripts: its stdout and the packets file.
fn replay_run(
    rules: &std::path::Path,
    transcripts: &std::path::Path,
    args: &[&str],
    redact: bool,
) -> (String, String) {
    let packets = transcripts.with_file_name("p.jsonl");
    let mut cmd = handoff();
    cmd.args(["replay", "-q", "-f", "jsonl"]);
    if redact {
        cmd.arg("--redact");
    }
    let replay = stdout_of(
        cmd.args(args)
            .arg("-r")
            .arg(rules)
            .arg("--packets")
            .arg(&packets)
            .arg(transcripts),
    );
    (replay, std::fs::read_to_string(&packets).unwrap())
}

/// [`redacted_replay`] of the CSV `transcripts` under rules that escalate on the
/// customer's "human please": its stdout and the packets.
fn human_replay(transcripts: &str) -> (String, String) {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("human", "human please")]);
    let transcripts = write(dir.path(), "t.csv", transcripts);
    redacted_replay(&rules, &transcripts, &[])
}

/// None of `secrets` is in `text`, the output of `what`.
#[track_caller]
fn assert_none_shown(what: &str, text: &str, secrets: &[&str]) {
    for secret in secrets {
        assert!(!text.contains(secret), "{what} shows `{secret}`:\n{text}");
    }
}

#[test]
fn the_customers_names_are_masked_in_bridges_packets_and_explanations() {
    let dir = tempfile::tempdir().unwrap();
    let packets = dir.path().join("p.jsonl");
    let replay = stdout_of(
        handoff()
            .args(["replay", "-q", "-f", "jsonl", "--redact", "--packets"])
            .arg(&packets),
    );
    let c01 = replay
        .lines()
        .find(|l| l.contains("c01-enterprise-discount"))
        .unwrap();
    assert!(
        c01.contains("Hi [name], I'm Maya, a senior account executive"),
        "{c01}"
    );
    assert!(!c01.contains("Alex"), "{c01}");
    let packet = std::fs::read_to_string(&packets)
        .unwrap()
        .lines()
        .find(|l| l.contains("c01-enterprise-discount"))
        .unwrap()
        .to_owned();
    assert!(
        !packet.contains("Alex") && !packet.contains("Chen"),
        "{packet}"
    );
    assert!(packet.contains(r#""name":"[name]""#), "{packet}");
    let explain = stdout_of(handoff().args([
        "explain",
        "--redact",
        "--conversation",
        "c01-enterprise-discount",
    ]));
    assert!(!explain.contains("Alex"), "{explain}");
}

/// Regression: under `--redact`, what reading found was said on stderr with
/// the values it quoted (a contact key missing from the CRM or on two of its rows, a
/// metadata value that varies, an unknown role cell), and stderr goes into CI logs too.
#[test]
fn diagnostics_on_stderr_are_masked() {
    let dir = tempfile::tempdir().unwrap();
    let contacts = write(
        dir.path(),
        "crm.csv",
        "email,owner\ndup@x.example,Rita\ndup@x.example,Sam\n",
    );
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text,name,email\n\
         c1,2026-03-01T09:00:00Z,customer,get me a human,Jo Smith,zed.quist@private.example\n\
         c1,2026-03-01T09:01:00Z,customer,now,Joanna Smythe,jo@other.example\n\
         c2,2026-03-01T10:00:00Z,customer,hello,,dup@x.example\n\
         c3,2026-03-01T11:00:00Z,ops@desk.example,hello,,\n\
         c4,2026-03-01T12:00:00Z,Tyler Jones,hello,,\n",
    );
    let run = |command: &[&str], redact: bool| {
        let mut cmd = handoff();
        cmd.args(command)
            .arg("--contacts")
            .arg(&contacts)
            .arg(&transcripts);
        if redact {
            cmd.arg("--redact");
        }
        let out = cmd.output().unwrap();
        String::from_utf8(out.stderr).unwrap()
    };
    let raw = [
        "zed.quist@private.example",
        "dup@x.example",
        "ops@desk.example",
        "Joanna",
        // A role cell holding its author's name is not quoted either.
        "Tyler",
    ];
    let plain = run(&["replay", "-f", "jsonl"], false);
    for value in raw {
        assert!(
            plain.contains(value),
            "{value} not said without --redact:\n{plain}"
        );
    }
    for command in [
        &["replay", "-f", "jsonl"][..],
        &["coverage"],
        &["explain", "-c", "c1"],
    ] {
        let stderr = run(command, true);
        for value in raw {
            assert!(
                !stderr.contains(value),
                "{command:?} says `{value}`:\n{stderr}"
            );
        }
        assert!(stderr.contains("[email]"), "{command:?}:\n{stderr}");
    }
}

/// End to end: a surname in lower case ("[name] doe"), a date of birth, passport and
/// national insurance numbers, and a name given in reply with more text are masked (they
/// were shown); "pin the message to 300 channels" keeps its number, and "Netflix here"
/// later in a chat is not taken for the customer's name.
#[test]
fn surnames_ids_and_names_in_replies_are_masked_and_look_alikes_kept() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("last", "2024 is late|4 March|Sorry")]);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\
         c1,customer,\"Hi, my name is Jane doe. DOB: 03/04/1985, passport no: 123456789\"\n\
         c1,bot,Thanks. Anything else?\n\
         c1,customer,my NI number is QQ 12 34 56 C and my order from 03/04/2024 is late\n\
         c2,customer,Please pin the message to 300 channels\n\
         c2,bot,Which service is it about?\n\
         c2,customer,Netflix here. It charged me on 4 March\n\
         c3,bot,What is your name?\n\
         c3,customer,\"Tyler Jones, and my order is late\"\n\
         c3,bot,\"Sorry, Tyler\"\n",
    );
    let (replay, packets) = redacted_replay(&rules, &transcripts, &[]);
    for leak in ["doe", "03/04/1985", "123456789", "QQ 12", "Tyler", "Jones"] {
        assert!(!replay.contains(leak), "{leak} in {replay}");
        assert!(!packets.contains(leak), "{leak} in {packets}");
    }
    let texts = transcript_texts(&packets);
    assert_eq!(
        texts,
        [
            "Hi, my name is [name] [name]. DOB: [dob], passport no: [id]",
            "Thanks. Anything else?",
            "my NI number is [id] and my order from 03/04/2024 is late",
            "Please pin the message to 300 channels",
            "Which service is it about?",
            "Netflix here. It charged me on 4 March",
            "What is your name?",
            "[name] [name], and my order is late",
            "Sorry, [name]",
        ]
    );
}

/// The text of every message of every packet's transcript, in order (JSONL packets).
fn transcript_texts(packets: &str) -> Vec<String> {
    packet_texts(packets).into_iter().flatten().collect()
}

/// Each packet's transcript texts, a packet's in order (JSONL packets).
fn packet_texts(packets: &str) -> Vec<Vec<String>> {
    packet_messages(packets, &["text"])
}

/// Each packet's transcript, a packet's messages in order, each message as the values
/// of `keys` (`role`, `text`) joined by ": " (JSONL packets).
fn packet_messages(packets: &str, keys: &[&str]) -> Vec<Vec<String>> {
    packets
        .lines()
        .map(|line| {
            let packet: serde_json::Value = serde_json::from_str(line).unwrap();
            packet["transcript"]
                .as_array()
                .unwrap()
                .iter()
                .map(|m| {
                    let values: Vec<&str> = keys.iter().map(|k| m[k].as_str().unwrap()).collect();
                    values.join(": ")
                })
                .collect()
        })
        .collect()
}

mod account_numbers_and_one_time_codes;
mod coverage;
mod cuts;
mod doc_foreign_titles_and_flats;
mod every_output;
mod known_leaks_of_the_fiftieth_session;
mod known_leaks_of_the_forty_eighth_session;
mod leaks_and_over_masks_of_the_fifty_fifth_session;
mod leaks_and_over_masks_of_the_fifty_first_session;
mod leaks_and_over_masks_of_the_fifty_fourth_session;
mod leaks_and_over_masks_of_the_fifty_second_session;
mod leaks_and_over_masks_of_the_fifty_third_session;
mod mapped;
mod names;
mod names_and_loose_codes;
mod particles_italian_titles_and_flats;
mod passphrases_and_lead_ins;
mod places_and_particles;
mod quotes;
mod regressions_of_the_forty_eighth_session;
mod replies_streets_and_header_keys;
mod secret_fields_dates_and_prompts;
mod security_answers_and_name_replies;
mod states_and_modal_names_after_im;
mod summary_secrets_said_again;
mod surnames_after_titles;
mod titles_and_at;
mod whole_names;
