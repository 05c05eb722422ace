//! Writing a rule test: a conversation and the outcome the rules give it → a rule-test
//! file's text (YAML, one case), for `explain --format test`: a conversation found in an
//! export becomes a regression test, its `expect:` what the rules do now.
//!
//! Every text is a double-quoted scalar ([`quoted`]), which holds any text on one line;
//! ids are written plain when YAML cannot read them as anything else ([`id`]).

use std::fmt::Write as _;

use crate::outcome::Outcome;
use crate::transcript::{Conversation, Role};

/// The rule-test file holding `conversation` as a case named `name`, expecting
/// `outcome`; `comment` (lines, without `#`) goes above it, and then a line for each
/// thing of the conversation the case holds otherwise ([`unlike`]). Metadata is the
/// case's `customer:`, known from the first message (a test has no later rows); each
/// message keeps its time, as the moment it is (RFC 3339, UTC). The bridge message is
/// not expected: a template's wording changes more often than where a conversation goes.
pub fn write_case(
    conversation: &Conversation,
    outcome: &Outcome,
    name: &str,
    comment: &[String],
) -> String {
    // Messages of role `other` (an unknown role of the export), numbered from 1: left
    // out, as no test message has that role.
    let others: Vec<usize> = (conversation.messages.iter().enumerate())
        .filter(|(_, m)| m.role == Role::Other)
        .map(|(i, _)| i + 1)
        .collect();
    let mut text = String::new();
    for line in comment.iter().chain(&unlike(conversation, &others)) {
        if line.is_empty() {
            text.push_str("#\n");
        } else {
            // A line break in a comment (a file name's, a field's) would end it, and
            // what follows would be read as YAML: escaped, as the tables show one (the
            // line and paragraph separators too, breaks to a YAML 1.1 reader).
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
    }
    text.push_str("version: 1\ntests:\n");
    let _ = writeln!(text, "  - name: {}", id(name));
    let fields: Vec<(&str, &str)> = conversation.metadata.iter().collect();
    if !fields.is_empty() {
        text.push_str("    customer:\n");
        for (field, value) in fields {
            let _ = writeln!(text, "      {}: {}", id(field), quoted(value));
        }
    }
    text.push_str("    messages:\n");
    for message in &conversation.messages {
        let key = match message.role {
            Role::Customer => "customer",
            Role::Bot => "bot",
            Role::Agent => "agent",
            // Said in a comment (`unlike`).
            Role::Other => continue,
        };
        let _ = writeln!(text, "      - {key}: {}", quoted(&message.text));
        if let Some(time) = message.timestamp {
            let _ = writeln!(text, "        time: {}", quoted(&time.to_string()));
        }
    }
    text.push_str("    expect:\n");
    expect(&mut text, outcome, &others);
    text
}

/// What the case holds otherwise than the conversation had it, a comment line each: the
/// messages of role `other` left out (`others`); a metadata value given on a later row,
/// known from the first message. Either may change the outcome: `explain --format test`
/// says so when it does.
fn unlike(conversation: &Conversation, others: &[usize]) -> Vec<String> {
    let mut lines = Vec::new();
    if !others.is_empty() {
        let listed: Vec<String> = others.iter().map(usize::to_string).collect();
        lines.push(format!(
            "Left out: {} {} (role `other`, an unknown role of the export, which a rule test has not); `turn:` counts the messages of the test.",
            if others.len() == 1 { "message" } else { "messages" },
            listed.join(", ")
        ));
    }
    for (field, _) in conversation.metadata.iter() {
        if let Some((_, from)) = conversation.metadata.known_from(field)
            && from > 0
        {
            lines.push(format!(
                "`{field}` is known from message {} in the export; in the test, from the first.",
                from + 1
            ));
        }
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

    /// A comment line holding a line break (a file's name can) stays one comment line:
    /// the file reads as the case alone.
    #[test]
    fn comments_stay_comments() {
        let conversation = Conversation {
            id: "c".to_owned(),
            messages: vec![crate::transcript::Message {
                role: Role::Customer,
                text: "hi".to_owned(),
                time: String::new(),
                timestamp: None,
                clock: crate::transcript::Clock::default(),
                line: 2,
            }],
            metadata: crate::transcript::Metadata::default(),
            file: std::sync::Arc::new(std::path::PathBuf::from("t.csv")),
        };
        let outcome = Outcome::not_escalated("c".to_owned(), 1);
        let text = write_case(
            &conversation,
            &outcome,
            "c",
            &["from a\nversion: 2\r".to_owned(), String::new()],
        );
        assert_eq!(
            text,
            "# from a\\nversion: 2\\r\n#\nversion: 1\ntests:\n  - name: c\n    messages:\n      - customer: \"hi\"\n    expect:\n      escalated: false\n"
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
