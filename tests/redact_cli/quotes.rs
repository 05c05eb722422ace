//! What `--redact` output quotes or summarises from masked text: a packet's copy of the
//! outcome, evidence cut at a card number or matching part of personal data, summary
//! facts, bridge summaries and templates.

use super::{assert_none_shown, redacted_replay, regex_rules, replay_both_ways};
use crate::common::{handoff, stdout_of, write};

/// Regression: a packet copied the outcome's evidence after it was masked and masked it
/// again, so the mask of an IP address, `[ip]`, became `[[name]]` for a customer named
/// "Ip": every text is masked once.
#[test]
fn a_packet_masks_the_outcomes_text_once() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        r#"version: 1
signals:
  - { id: address, regex: ['\d+\.\d+\.\d+\.\d+'] }
triggers:
  - { id: shared-address, when: { message: { role: customer, signal: address } } }
teams:
  - { id: t, name: T, bridge: "Hi {{ customer.first_name }}." }
default_route: { team: t }
"#,
    );
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text,name\n\
         c1,2026-03-01T09:00:00Z,customer,my server 10.0.0.1 is down,Ip Man\n",
    );
    let (outcome, packet) = redacted_replay(&rules, &transcripts, &[]);
    let evidence = |json: &serde_json::Value| json["triggers"][0]["evidence"][0]["text"].clone();
    let outcome: serde_json::Value = serde_json::from_str(outcome.trim()).unwrap();
    let packet: serde_json::Value = serde_json::from_str(packet.trim()).unwrap();
    assert_eq!(evidence(&outcome), "[ip]");
    assert_eq!(evidence(&packet), "[ip]");
    assert_eq!(packet["bridge_message"], "Hi [name].");
    assert_eq!(packet["transcript"][0]["text"], "my server [ip] is down");
}

/// Regression: evidence quotes, summaries and coverage examples were cut at a length,
/// inside a word if need be, and masked after: a card number cut in two no longer passed
/// the Luhn check, and its first groups showed ("… was 4111 1111 …"). Quotes now end at a
/// whole word, and never inside a number written in groups.
#[test]
fn a_card_number_where_a_quote_is_cut_shows_no_digit() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(dir.path(), &[("subscription", "^.*subscription.*$")]);
    // The card starts past the start and ends after the end of an evidence quote and a
    // summary line (160 characters) in the first message, of a coverage example (280) in
    // the second.
    let card = "4111 1111 1111 1111";
    let padded = |start: &str, to: usize| {
        let mut text = start.to_owned();
        while text.len() < to {
            text.push_str(" and");
        }
        format!("{text} {card} thanks")
    };
    let first = padded("Is the subscription still active? I paid with", 146);
    let second = padded("I have been waiting all week", 268);
    assert!((142..158).contains(&first.find(card).unwrap()), "{first}");
    assert!((262..278).contains(&second.find(card).unwrap()), "{second}");
    let transcripts = write(
        dir.path(),
        "t.csv",
        &format!(
            "conversation_id,timestamp,role,text\n\
             c1,2026-03-01T09:00:00Z,customer,{first}\n\
             c2,2026-03-01T10:00:00Z,customer,{second}\n\
             c2,2026-03-01T10:01:00Z,agent,Let me look\n"
        ),
    );
    let (replay, packet) = redacted_replay(&rules, &transcripts, &[]);
    let coverage = stdout_of(
        handoff()
            .args(["coverage", "--redact", "-f", "json", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    let outcome: serde_json::Value = serde_json::from_str(replay.lines().next().unwrap()).unwrap();
    let quote = outcome["triggers"][0]["evidence"][0]["text"]
        .as_str()
        .unwrap();
    // Masked in the whole message first, the card fits the quote as its mask.
    assert!(quote.ends_with("and [card]…"), "{quote}");
    for (what, text) in [
        ("replay", &replay),
        ("packet", &packet),
        ("coverage", &coverage),
    ] {
        assert!(
            !text.contains("4111"),
            "{what} shows part of the card:\n{text}"
        );
    }
    assert!(
        packet.contains(r#""goal":"Is the subscription still active?"#),
        "{packet}"
    );
    assert!(
        coverage.contains("I have been waiting all week"),
        "{coverage}"
    );
}

/// Regression: evidence quoted a regex's match and masked it on its own, so a match of
/// part of personal data passed no check and showed: a PIN's digits without the word
/// before them, an email address's first half. Matches are now masked as in their whole
/// message, in outcomes, packets, `diff` and `explain`.
#[test]
fn a_match_of_part_of_personal_data_reads_as_its_mask() {
    let dir = tempfile::tempdir().unwrap();
    let rules = regex_rules(
        dir.path(),
        &[("digits", r"\b\d{4}\b"), ("mail", r"[\w.]+@")],
    );
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text\n\
         c1,2026-03-01T09:00:00Z,customer,my PIN is 9921 if you need it\n\
         c2,2026-03-01T09:00:00Z,customer,write to ana.lima@example.com please\n",
    );
    let evidence = |outcomes: &str| -> Vec<String> {
        outcomes
            .lines()
            .map(|line| {
                let json: serde_json::Value = serde_json::from_str(line).unwrap();
                json["triggers"][0]["evidence"][0]["text"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            })
            .collect()
    };
    let [(plain, _), (masked, packets)] = replay_both_ways(&rules, &transcripts, &[]);
    assert_eq!(evidence(&plain), ["9921", "ana.lima@"]);
    assert_eq!(evidence(&masked), ["[secret]", "[email]"]);
    assert_eq!(evidence(&packets), ["[secret]", "[email]"]);
    let explain = stdout_of(
        handoff()
            .args(["explain", "--redact", "--conversation", "c1", "-r"])
            .arg(&rules)
            .arg(&transcripts),
    );
    assert!(explain.contains("matched “[secret]”"), "{explain}");
    // The head greets otherwise: every conversation changes.
    let head = write(
        dir.path(),
        "head.yaml",
        &std::fs::read_to_string(&rules)
            .unwrap()
            .replace("bridge: \"Hi.\"", "bridge: \"Hello.\""),
    );
    let diff = stdout_of(
        handoff()
            .args(["diff", "--redact", "-f", "json", "--base"])
            .arg(&rules)
            .arg("--head")
            .arg(&head)
            .arg(&transcripts),
    );
    assert!(
        diff.contains("[secret]") && diff.contains("[email]"),
        "{diff}"
    );
    for (what, text) in [
        ("replay", &masked),
        ("packets", &packets),
        ("explain", &explain),
        ("diff", &diff),
    ] {
        assert_none_shown(what, text, &["9921", "ana.lima"]);
    }
}

/// Regression: a packet's summary was made from the messages as written and masked
/// after, so a fact cut from a card number ("account number 4111") passed no check and
/// showed. Under `--redact` the summary is made from the masked messages.
#[test]
fn a_summary_fact_holds_no_part_of_a_card_number() {
    let dir = tempfile::tempdir().unwrap();
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text\n\
         c1,2026-03-01T09:00:00Z,customer,\"my account number 4111 1111 1111 1111 was charged twice for order #88123, this is ridiculous, get me a human\"\n",
    );
    let packets = dir.path().join("p.jsonl");
    stdout_of(
        handoff()
            .args(["replay", "-q", "--redact", "--packets"])
            .arg(&packets)
            .arg(&transcripts),
    );
    let packet: serde_json::Value =
        serde_json::from_str(std::fs::read_to_string(&packets).unwrap().trim()).unwrap();
    let summary = packet["summary"].to_string();
    assert!(!summary.contains("4111"), "{summary}");
    assert!(
        packet["summary"]["facts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["text"] == "order #88123"),
        "what is no personal data stays a fact: {summary}"
    );
}

/// Regression: under `--redact` a bridge message's `summary.*` kept the `name`
/// facts that the same conversation's packet summary dropped, so the two disagreed.
#[test]
fn a_bridge_summary_says_what_the_packet_summary_says() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        r#"version: 1
signals:
  - { id: human, phrases: ['human'] }
triggers:
  - { id: wants-human, when: { message: { role: customer, signal: human } } }
teams:
  - { id: t, name: T, bridge: "Facts: {{ summary.facts | join('; ') }}" }
default_route: { team: t }
"#,
    );
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text\n\
         c1,2026-03-01T09:00:00Z,customer,\"I use Google Sheets for order #88123, get me a human\"\n",
    );
    let (replay, packet) = redacted_replay(&rules, &transcripts, &[]);
    let outcome: serde_json::Value = serde_json::from_str(replay.trim()).unwrap();
    let packet: serde_json::Value = serde_json::from_str(packet.trim()).unwrap();
    assert_eq!(outcome["bridge_message"], "Facts: order #88123");
    assert_eq!(packet["summary"]["facts"][0]["text"], "order #88123");
    assert_eq!(packet["summary"]["facts"].as_array().unwrap().len(), 1);
}

/// Regression: a bridge template that slices or filters a metadata value
/// (`customer.email[:7]`, `customer.name | lower`) made text that masking the rendered
/// message could no longer recognise, and it showed. Under `--redact` templates read
/// the values masked.
#[test]
fn a_bridge_template_reads_masked_values() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        r#"version: 1
signals:
  - { id: human, phrases: ['human'] }
triggers:
  - { id: wants-human, when: { message: { role: customer, signal: human } } }
teams:
  - id: t
    name: T
    bridge: "{{ customer.name | lower }} {{ customer.email[:7] }} {{ customer.card[:9] }} {{ customer.email | replace('@', ' at ') }} {{ customer.tier }}"
default_route: { team: t }
"#,
    );
    let transcripts = write(
        dir.path(),
        "t.csv",
        "conversation_id,timestamp,role,text,name,email,card,tier\n\
         c1,2026-03-01T09:00:00Z,customer,get me a human,Grace Kowalczyk,grace.k@kowal.example,4111 1111 1111 1111,gold\n",
    );
    let [plain, masked] = replay_both_ways(&rules, &transcripts, &[]).map(|(out, _)| {
        let outcome: serde_json::Value = serde_json::from_str(out.trim()).unwrap();
        outcome["bridge_message"].as_str().unwrap().to_owned()
    });
    assert_eq!(
        plain,
        "grace kowalczyk grace.k 4111 1111 grace.k at kowal.example gold"
    );
    // A name field is the name whole, one mask, as in the packet's fields.
    assert_eq!(masked, "[name] [email] [card] [email] gold");
}
