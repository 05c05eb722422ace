//! Writing a rule test: a conversation and the outcome the rules give it → a rule-test
//! file's text (YAML, one case), for `explain --format test`: a conversation found in an
//! export becomes a regression test, its `expect:` what the rules do now.
//!
//! Every text is a double-quoted scalar ([`quoted`]), which holds any text on one line;
//! ids are written plain when YAML cannot read them as anything else ([`id`]).

use std::fmt::Write as _;

use crate::outcome::Outcome;
use crate::transcript::{Message, Metadata, Role};

/// Why a conversation cannot be written as a rule test.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Unwritable {
    /// No message of it is of a role a test message can have.
    #[error(
        "none of its {0} messages is from the customer, the bot or an agent, the roles a rule test has"
    )]
    NoMessage(usize),
    /// It escalates on a message of such a role, which the test would leave out.
    #[error(
        "it escalates on message {0}, whose role is none a rule test has (customer, bot, agent)"
    )]
    EscalatesOnOther(usize),
}

/// The rule-test file holding `messages` and `customer` (the metadata, as its fields and
/// values) as a case named `name`, expecting `outcome`; `comment` (lines, without `#`)
/// goes above it, then a line saying which messages were left out. A message of role
/// `other` (an unknown role of the export) is left out, as no test message has that
/// role, and the expected turn counts the test's messages; when the export has one
/// unknown role value (`other_roles`, as written; none when not known or not to be
/// shown), the line names it in the `--role` mapping that would keep it. Each message keeps its time,
/// as the moment it is (RFC 3339, UTC). The bridge message is not expected: a template's
/// wording changes more often than where a conversation goes.
pub fn write_case(
    name: &str,
    messages: &[Message],
    customer: &[(String, String)],
    outcome: &Outcome,
    comment: &[String],
    other_roles: &[String],
) -> Result<String, Unwritable> {
    // Numbered from 1, as turns are.
    let others: Vec<usize> = (messages.iter().enumerate())
        .filter(|(_, m)| m.role == Role::Other)
        .map(|(i, _)| i + 1)
        .collect();
    if others.len() == messages.len() {
        return Err(Unwritable::NoMessage(messages.len()));
    }
    if let Some(turn) = outcome.escalation_turn.filter(|t| others.contains(t)) {
        return Err(Unwritable::EscalatesOnOther(turn));
    }
    let mut lines = comment.to_vec();
    if !others.is_empty() {
        let listed: Vec<String> = others.iter().map(usize::to_string).collect();
        let (it, them) = if others.len() == 1 {
            ("message", "it")
        } else {
            ("messages", "them")
        };
        let map = match other_roles {
            [value] => format!(
                "map {them} with --role {} to keep {them}",
                crate::text::shell::shell_word(&format!(
                    "{value}={}",
                    crate::transcript::guessed_role(value).0
                ))
            ),
            [] => format!("map {them} with --role VALUE=bot to keep {them}"),
            // Which of them this conversation's are is not known: none named.
            _ => format!(
                "map {them} with --role VALUE=ROLE to keep {them}: the export has {} such roles, each named in a warning",
                other_roles.len()
            ),
        };
        lines.push(format!(
            "Left out: {it} {}, of a role that is none of customer, bot and agent ({map}); `turn:` counts the messages of the test.",
            listed.join(", ")
        ));
    }
    let mut text = String::new();
    for line in &lines {
        comment_line(&mut text, line);
    }
    text.push_str("version: 1\ntests:\n");
    let _ = writeln!(text, "  - name: {}", id(name));
    if !customer.is_empty() {
        text.push_str("    customer:\n");
        for (field, value) in customer {
            let _ = writeln!(text, "      {}: {}", id(field), quoted(value));
        }
    }
    text.push_str("    messages:\n");
    for message in messages {
        let key = match message.role {
            Role::Customer => "customer",
            Role::Bot => "bot",
            Role::Agent => "agent",
            Role::Other => continue,
        };
        let _ = writeln!(text, "      - {key}: {}", quoted(&message.text));
        if let Some(time) = message.timestamp {
            let _ = writeln!(text, "        time: {}", quoted(&time.to_string()));
        }
    }
    text.push_str("    expect:\n");
    expect(&mut text, outcome, &others);
    Ok(text)
}

/// `line` as a comment. A line break in it (a file name's) would end the comment, and
/// what follows would be read as YAML: control characters are escaped, as the tables
/// show them (the line and paragraph separators too, breaks to a YAML 1.1 reader).
fn comment_line(text: &mut String, line: &str) {
    if line.is_empty() {
        text.push_str("#\n");
        return;
    }
    text.push_str("# ");
    for c in line.chars() {
        if c.is_control() || matches!(c, '\u{2028}' | '\u{2029}') {
            text.extend(c.escape_default());
        } else {
            text.push(c);
        }
    }
    text.push('\n');
}

/// What a case's `customer:` holds otherwise than the conversation's `metadata` had it,
/// a comment line each: a value given on a later row is the test's from the first
/// message, and a field that had another value until then (a contact's) has only the
/// later one. `shown` names a field as the comment may (masked under `--redact`). Either
/// may change the outcome: `explain --format test` says so when it does.
pub fn metadata_notes(metadata: &Metadata, shown: impl Fn(&str) -> String) -> Vec<String> {
    let mut lines = Vec::new();
    for (field, _) in metadata.iter() {
        let Some((_, from)) = metadata.known_from(field) else {
            continue;
        };
        if from == 0 {
            continue;
        }
        let name = shown(field);
        lines.push(match metadata.known_earlier(field) {
            Some((_, earlier)) => format!(
                "`{name}` had another value (a contact's) from message {} until message {} in the export; the test has the later one from the first.",
                earlier + 1,
                from + 1
            ),
            None => format!(
                "`{name}` is known from message {} in the export; in the test, from the first.",
                from + 1
            ),
        });
    }
    lines
}

/// The case's `expect:`: what `outcome` is, key by key, as `handoff test` compares them;
/// its turn counted among the messages the case has (not those of `others`, left out).
fn expect(text: &mut String, outcome: &Outcome, others: &[usize]) {
    if !outcome.escalated {
        text.push_str("      escalated: false\n");
        return;
    }
    text.push_str("      escalated: true\n");
    if let Some(turn) = outcome.escalation_turn {
        let turn = turn - others.iter().filter(|&&o| o < turn).count();
        let _ = writeln!(text, "      turn: {turn}");
    }
    if let Some(primary) = outcome.primary_trigger() {
        let _ = writeln!(text, "      trigger: {}", id(primary));
    }
    let triggers: Vec<String> = outcome.triggers.iter().map(|t| id(&t.id)).collect();
    if !triggers.is_empty() {
        let _ = writeln!(text, "      triggers: [{}]", triggers.join(", "));
    }
    let or_null = |value: &Option<String>| value.as_deref().map_or("null".to_owned(), id);
    let _ = writeln!(text, "      route: {}", or_null(&outcome.route));
    let _ = writeln!(text, "      team: {}", or_null(&outcome.team));
    if outcome.bridge_error.is_some() {
        text.push_str("      bridge_error: true\n");
    }
}

/// An id (or a name, a field's) as YAML reads it back: plain when it is letters, digits, `_`, `-` and `.`,
/// starting with a letter or `_`, and is no word YAML reads as a boolean or null in
/// any version (`yes`, `off`, `null`…); else [`quoted`].
fn id(id: &str) -> String {
    const WORDS: &[&str] = &[
        "true", "false", "yes", "no", "on", "off", "y", "n", "null", "nan", "inf",
    ];
    let mut chars = id.chars();
    let plain = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !WORDS.contains(&id.to_ascii_lowercase().as_str());
    if plain { id.to_owned() } else { quoted(id) }
}

/// `text` as a YAML double-quoted scalar, on one line: `"` and `\` escaped, and every
/// character that is not printable in YAML 1.2, or that a YAML 1.1 reader takes for a
/// line break (NEL, the line and paragraph separators), or a byte order mark, as an
/// escape (`\n`, `\t`, `\x7f`, `\u2028`), so that reading it back gives `text` exactly.
pub(crate) fn quoted(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            ' '..='~' => out.push(c),
            '\u{85}' | '\u{2028}' | '\u{2029}' | '\u{feff}' => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            '\u{a0}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..='\u{10ffff}' => {
                out.push(c);
            }
            _ if u32::from(c) <= 0xff => {
                let _ = write!(out, "\\x{:02x}", u32::from(c));
            }
            _ => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        /// Any text, written quoted, reads back as itself.
        #[test]
        fn quoted_text_reads_back_as_itself(text in "\\PC*|[\\x00-\\x7f\u{85}\u{a0}\u{2028}\u{2029}\u{feff}\u{fffe}\u{ffff}]{0,20}|.{0,40}") {
            let yaml = format!("text: {}\n", quoted(&text));
            let read: std::collections::BTreeMap<String, String> =
                crate::yaml::from_str(&yaml).expect("a quoted scalar reads");
            prop_assert_eq!(&read["text"], &text);
        }

        /// Any id, plain or quoted, reads back as itself, as a key and as a value.
        #[test]
        fn ids_read_back_as_themselves(
            text in "[a-zA-Z_][a-zA-Z0-9_.-]{0,8}|(?i:yes|no|on|off|y|n|true|false|null|nan|inf)|[0-9.+~-][a-z0-9]{0,4}|.{0,10}",
        ) {
            let yaml = format!("{}: {}\n", id(&text), id(&text));
            let read: std::collections::BTreeMap<String, String> =
                crate::yaml::from_str(&yaml).expect("an id reads");
            prop_assert_eq!(read.get(&text), Some(&text));
        }
    }

    fn message(role: Role, text: &str) -> Message {
        Message {
            role,
            text: text.to_owned(),
            time: String::new(),
            timestamp: None,
            clock: crate::transcript::Clock::default(),
            line: 2,
        }
    }

    /// A comment line holding a line break (a file's name can) stays one comment line:
    /// the file reads as the case alone.
    #[test]
    fn comments_stay_comments() {
        let outcome = Outcome::not_escalated("c".to_owned(), 1);
        let text = write_case(
            "c",
            &[message(Role::Customer, "hi")],
            &[],
            &outcome,
            &["from a\nversion: 2\r\u{2028}".to_owned(), String::new()],
            &[],
        );
        assert_eq!(
            text.as_deref(),
            Ok(
                "# from a\\nversion: 2\\r\\u{2028}\n#\nversion: 1\ntests:\n  - name: c\n    messages:\n      - customer: \"hi\"\n    expect:\n      escalated: false\n"
            )
        );
    }

    /// A conversation of no test role, or escalating on a message of none, is no test:
    /// what would be written would not load (no message, a turn past the last).
    #[test]
    fn what_a_test_cannot_hold_is_refused() {
        let quiet = Outcome::not_escalated("c".to_owned(), 2);
        let others = [
            message(Role::Other, "started"),
            message(Role::Other, "left"),
        ];
        assert_eq!(
            write_case("c", &others, &[], &quiet, &[], &[]),
            Err(Unwritable::NoMessage(2))
        );
        let mut escalated = Outcome::not_escalated("c".to_owned(), 2);
        escalated.escalated = true;
        escalated.escalation_turn = Some(2);
        let mixed = [message(Role::Customer, "hi"), message(Role::Other, "xyzzy")];
        assert_eq!(
            write_case("c", &mixed, &[], &escalated, &[], &[]),
            Err(Unwritable::EscalatesOnOther(2))
        );
        // Escalating after it: written, the turn counted without it.
        let later = [
            message(Role::Other, "started"),
            message(Role::Customer, "hi"),
        ];
        let text = write_case("c", &later, &[], &escalated, &[], &[]).unwrap();
        assert!(text.contains("# Left out: message 1, of a role"), "{text}");
        assert!(text.contains("      turn: 1\n"), "{text}");
    }

    /// The left-out line names the export's one unknown role as the `--role` mapping
    /// that keeps it (shell-quoted, its role guessed from its words), and says VALUE
    /// when there are none or several (which are the conversation's is not known).
    #[test]
    fn the_left_out_line_names_the_roles() {
        let quiet = Outcome::not_escalated("c".to_owned(), 2);
        let messages = [
            message(Role::Customer, "hi"),
            message(Role::Other, "started"),
        ];
        let line = |roles: &[&str]| {
            let roles: Vec<String> = roles.iter().map(|r| (*r).to_owned()).collect();
            let text = write_case("c", &messages, &[], &quiet, &[], &roles).unwrap();
            text.lines().next().unwrap().to_owned()
        };
        assert!(line(&[]).contains("(map it with --role VALUE=bot to keep it)"));
        assert!(
            line(&["Live Agent"]).contains("(map it with --role 'Live Agent=agent' to keep it)")
        );
        assert!(line(&["system"]).contains("(map it with --role system=bot to keep it)"));
        // Which is this conversation's is not known: none named.
        let two = line(&["ivr", "Live Agent"]);
        assert!(
            two.contains("(map it with --role VALUE=ROLE to keep it: the export has 2 such roles, each named in a warning)"),
            "{two}"
        );
    }

    #[test]
    fn quoted_escapes() {
        assert_eq!(quoted("plain"), "\"plain\"");
        assert_eq!(quoted("say \"hi\"\\"), r#""say \"hi\"\\""#);
        assert_eq!(quoted("a\nb\tc\r"), r#""a\nb\tc\r""#);
        assert_eq!(quoted("\u{7}\u{7f}\u{9b}"), r#""\x07\x7f\x9b""#);
        assert_eq!(quoted("a\u{2028}b\u{feff}"), r#""a\u2028b\ufeff""#);
        assert_eq!(quoted("Zoë: 42 # no comment"), "\"Zoë: 42 # no comment\"");
    }

    #[test]
    fn ids_are_plain_where_yaml_reads_them_back() {
        assert_eq!(id("bot-loop"), "bot-loop");
        assert_eq!(id("senior_ae.v2"), "senior_ae.v2");
        for quoted_id in ["yes", "No", "null", "2fa", "-x", "a b", "a:b", "", "é"] {
            assert_eq!(id(quoted_id), quoted(quoted_id), "{quoted_id}");
        }
    }
}
