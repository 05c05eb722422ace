//! Leaks of `--redact` on the STAR chats, end to end: fields named as
//! secrets or identifiers (`password`, `ssn`, `dob`, `phone`), dates of birth and PINs
//! given in reply to the bot's question or in real phrasings, names after terse prompts
//! and the bot's echo of them.

use super::{assert_none_shown, redacted_replay, transcript_texts};
use crate::common::{handoff, stdout_of, write};

/// `pii_cols.csv`, `pii_contacts.csv` and `metaev`: the values of
/// fields named `password`, `ssn`, `dob`, `date_of_birth`, `phone`, `account_number` are
/// masked whole with their kind's mask in packets (customer and contact fields),
/// evidence and bridge messages, and in the chat where the customer repeats them.
#[test]
fn fields_named_as_secrets_are_masked_whole_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\n\
         triggers:\n  - id: vip\n    when:\n      all:\n\
         \x20       - meta: { field: phone, exists: true }\n\
         \x20       - meta: { field: password, exists: true }\n\
         \x20       - message: { role: customer, phrases: [hello] }\n\
         default_route: { team: a }\n\
         teams:\n  - { id: a, name: A, bridge: \"Hi {{ customer.password }} {{ customer.phone }} {{ customer.ssn | upper }}\" }\n",
    );
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,email,phone,date_of_birth,ssn,account_number,password\n\
         p1,customer,\"hello, call me on 2079460958 or try Hunter2\",z@x.example,2079460958,1985-03-04,123456789,12345678,hunter2\n",
    );
    let contacts = write(
        dir.path(),
        "contacts.csv",
        "Email,Mobile,DOB,Home Address,PIN\nz@x.example,7700 900123,04/03/1985,221B Baker Street,4821\n",
    );
    let contacts = contacts.to_string_lossy().into_owned();
    let (replay, packets) = redacted_replay(&rules, &transcripts, &["--contacts", &contacts]);
    let secrets = [
        "2079460958",
        "1985-03-04",
        "123456789",
        "12345678",
        "unter2",
        "7700 900123",
        "04/03/1985",
        "4821",
    ];
    assert_none_shown("replay", &replay, &secrets);
    assert_none_shown("packets", &packets, &secrets);
    let packet: serde_json::Value = serde_json::from_str(packets.lines().next().unwrap()).unwrap();
    let fields = &packet["customer"]["fields"];
    for (field, mask) in [
        ("phone", "[phone]"),
        ("date_of_birth", "[dob]"),
        ("ssn", "[ssn]"),
        ("account_number", "[account]"),
        ("password", "[secret]"),
        ("mobile", "[phone]"),
        ("dob", "[dob]"),
        ("pin", "[secret]"),
    ] {
        assert_eq!(fields[field], mask, "{field}: {fields}");
    }
    // An address is no secret by its name: masked as text, its street as an address
    // (`account_numbers_and_one_time_codes.rs`).
    assert_eq!(fields["home_address"], "[address]");
    assert_eq!(packet["contact"]["fields"]["pin"], "[secret]");
    assert_eq!(packet["bridge_message"], "Hi [secret] [phone] [ssn]");
    assert_eq!(
        transcript_texts(&packets),
        ["hello, call me on [phone] or try [secret]"]
    );
    let evidence = &packet["triggers"][0]["evidence"];
    assert_eq!(evidence[0]["value"], "[phone]");
    assert_eq!(evidence[1]["value"], "[secret]");
    // `explain` masks them in its trace too.
    let explain = stdout_of(
        handoff()
            .args(["explain", "--redact", "--conversation", "p1", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    assert_none_shown("explain", &explain, &secrets);
    assert!(explain.contains("phone = “[phone]”"), "{explain}");
}

/// A rule set whose trigger fires at message 3: the packet holds the reply and what
/// follows it.
fn at_turn_three(dir: &std::path::Path) -> std::path::PathBuf {
    write(
        dir,
        "rules.yaml",
        "version: 1\n\
         triggers:\n  - { id: third, when: { counter: { name: turn, at_least: 3 } } }\n\
         default_route: { team: t }\n\
         teams:\n  - { id: t, name: T, bridge: \"Hi {{ summary.fact | default('none') }}\" }\n",
    )
}

/// A date given in reply to the bot's question for the date of
/// birth is `[dob]`, in the reply and where the bot repeats it, and no `date` fact is
/// taken from it (packet facts, bridge `summary.fact`).
#[test]
fn a_date_in_reply_to_the_question_for_the_date_of_birth_is_masked() {
    let dir = tempfile::tempdir().unwrap();
    let rules = at_turn_three(dir.path());
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\
         d1,bot,\"Could you provide your date of birth, please?\"\n\
         d1,customer,02/12/1927\n\
         d1,bot,\"Thanks, so 02/12/1927?\"\n\
         d2,bot,\"Could you provide your date of birth, please?\"\n\
         d2,customer,\"I can't remember..if it was Feb or March 16th 1929\"\n\
         d2,bot,Thanks\n\
         d3,bot,What is your date of birth?\n\
         d3,customer,4/1/75\n\
         d3,bot,Thanks\n",
    );
    let (replay, packets) = redacted_replay(&rules, &transcripts, &[]);
    let dates = ["1927", "March 16th", "1929", "4/1/75"];
    assert_none_shown("replay", &replay, &dates);
    assert_none_shown("packets", &packets, &dates);
    let texts = transcript_texts(&packets);
    assert_eq!(texts[1], "[dob]");
    assert_eq!(texts[2], "Thanks, so [dob]?");
    assert_eq!(texts[4], "I can't remember..if it was Feb or [dob]");
    for line in packets.lines() {
        let packet: serde_json::Value = serde_json::from_str(line).unwrap();
        assert_eq!(packet["summary"]["facts"], serde_json::json!([]), "{line}");
        assert_eq!(packet["bridge_message"], "Hi none", "{line}");
    }
}

/// PINs in phrasings nearly verbatim from STAR: every PIN is `[secret]`, in the
/// evidence of a rule that matched it and in the packets.
#[test]
fn pins_in_real_phrasings_are_masked() {
    let dir = tempfile::tempdir().unwrap();
    let rules = super::regex_rules(dir.path(), &[("number", r"\b\d{4,6}\b")]);
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\
         p1,bot,\"Right, and your PIN as well please.\"\n\
         p1,customer,3941\n\
         p2,customer,\"Oh I remember now. It was either 7402 or 9503, my PIN\"\n\
         p3,customer,\"Is it too late to give you my PIN. I think it's 9431 but it could be 3941...I'm a little dyslexic.\"\n\
         p4,customer,\"Wait. I think I recall my PIN. It could be either 9503 or 0314\"\n\
         p5,customer,\"Oh wait, I think the PIN was 1596 or 9431? Try 0314 first, please.\"\n\
         p6,customer,Can you try 9431 or 3941 for the PIN?\n\
         p7,customer,\"I remember my PIN now.... well sort of... it's either 1596 or 9503\"\n\
         p8,customer,\"Oh, wait!  I've written something down that's labelled \"\"PIN\"\".  It seems to either be 3100 or 9431.\"\n\
         p9,customer,\"I think I remember the pin now. Can you try either 0314 or 3941.\"\n\
         p10,customer,\"Ah yes, I remember now.  I have a pin - is that useful for you? 0314\"\n\
         p11,customer,\"My account number is 85731890 and my PIN is 1234.\"\n",
    );
    let (replay, packets) = redacted_replay(&rules, &transcripts, &[]);
    let pins = [
        "3941", "7402", "9503", "9431", "0314", "1596", "3100", "1234",
    ];
    assert_none_shown("replay", &replay, &pins);
    assert_none_shown("packets", &packets, &pins);
    assert_eq!(
        replay.lines().count(),
        11,
        "every conversation escalated:\n{replay}"
    );
    // An account number is not taken for a PIN: it is masked as the account's.
    assert!(
        transcript_texts(&packets)
            .contains(&"My account number is [account] and my PIN is [secret].".to_owned()),
        "{packets}"
    );
}

/// Names given after terse prompts ("name", "name and number
/// please"), volunteered before the account number asked for, and the bot's echo of them
/// in another case, are masked.
#[test]
fn names_after_terse_prompts_and_their_echoes_are_masked() {
    let dir = tempfile::tempdir().unwrap();
    let rules = at_turn_three(dir.path());
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\
         n1,bot,name and number please\n\
         n1,customer,Tyler Jones\n\
         n1,bot,Can you tell me your account number?\n\
         n2,bot,name\n\
         n2,customer,Jane Doe\n\
         n2,bot,\"Thanks JANE, your account number?\"\n\
         n3,bot,\"Can you tell me your account number, please?\"\n\
         n3,customer,Katarina Miller 93418043810\n\
         n3,bot,Is Katarina MIller your full name?\n\
         n4,bot,\"Could I get your name, please?\"\n\
         n4,customer,Tyler Jones\n\
         n4,bot,Is Tyler Jones your full name?\n",
    );
    let (replay, packets) = redacted_replay(&rules, &transcripts, &[]);
    let names = [
        "Tyler", "Jones", "Jane", "JANE", "Doe", "Katarina", "Miller", "MIller",
    ];
    assert_none_shown("replay", &replay, &names);
    assert_none_shown("packets", &packets, &names);
    let texts = transcript_texts(&packets);
    assert_eq!(texts[5], "Thanks [name], your account number?");
    // The account number in reply to its question too (`account_numbers_and_one_time_codes.rs`).
    assert_eq!(texts[7], "[name] [name] [account]");
    assert_eq!(texts[8], "Is [name] [name] your full name?");
}

/// `explain --redact` quoted a secret field's value in the
/// route and trigger trees (`password = “hunter2”`), and a bridge message wrote a name
/// field's value with only the name's known words masked (`[name] W` for "Al W") where
/// the packet has `[name]`: every output masks a field as the packet does.
#[test]
fn explain_traces_and_bridges_mask_fields_as_packets_do() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        "version: 1\n\
         triggers:\n  - id: vip\n    when:\n      all:\n\
         \x20       - meta: { field: password, exists: true }\n\
         \x20       - meta: { field: phone, equals: \"555 0100\" }\n\
         \x20       - message: { role: customer, phrases: [hello] }\n\
         default_route: { team: a }\n\
         teams:\n  - { id: a, name: A, bridge: \"Hi {{ customer.name }}\" }\n",
    );
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,name,phone,password\n\
         p1,customer,\"hello, I'm Al\",Al W,555 0100,hunter2\n",
    );
    let (rules, transcripts) = (rules.to_str().unwrap(), transcripts.to_str().unwrap());
    let explain = stdout_of(handoff().args([
        "explain",
        "--redact",
        "-r",
        rules,
        "--all",
        "--conversation",
        "p1",
        transcripts,
    ]));
    assert!(explain.contains("password = “[secret]”"), "{explain}");
    assert!(explain.contains("phone = “[phone]”"), "{explain}");
    assert_none_shown("explain", &explain, &["hunter2", "555 0100", "Al W"]);
    let replay = stdout_of(handoff().args([
        "replay",
        "--redact",
        "-q",
        "-f",
        "jsonl",
        "-r",
        rules,
        transcripts,
    ]));
    let outcome: serde_json::Value = serde_json::from_str(replay.lines().next().unwrap()).unwrap();
    assert_eq!(outcome["bridge_message"], "Hi [name]", "{replay}");
}
