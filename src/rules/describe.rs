//! Conditions in words, for traces and messages: `tier in [enterprise, strategic]`,
//! `bot_fallbacks ≥ 2`, "latest message from customer matches `pricing`".

use std::fmt::Write as _;

use super::{Condition, MetaTest, RuleSet};

/// A piece of a condition in words: text (the tool's words and what the rules wrote), or
/// the id of a signal or trigger, which the text form shows in backticks.
#[derive(Debug, Clone, PartialEq)]
pub enum Words {
    Text(String),
    Id(String),
}

impl Condition {
    /// One line saying what this condition requires (its own part only for `all`/`any`/`not`).
    pub fn describe(&self, rules: &RuleSet) -> String {
        self.describe_words(rules)
            .into_iter()
            .map(|w| match w {
                Words::Text(t) => t,
                Words::Id(id) => format!("`{id}`"),
            })
            .collect()
    }

    /// [`Condition::describe`] in pieces, so that a writer of Markdown can tell the ids it
    /// shows as code from text that merely holds a backtick.
    pub fn describe_words(&self, rules: &RuleSet) -> Vec<Words> {
        let text = |t: String| vec![Words::Text(t)];
        match self {
            Condition::All(_) => text("all of".to_owned()),
            Condition::Any(_) => text("any of".to_owned()),
            Condition::Not(_, _) => text("not".to_owned()),
            Condition::Message { role, signal, .. } => {
                let mut s = String::from("latest message");
                if let Some(role) = role {
                    let _ = write!(s, " from {role}");
                }
                if let Some(signal) = signal {
                    let signal = rules.signal(*signal);
                    if signal.inline {
                        s.push_str(" matches its inline phrases/regex");
                    } else {
                        s.push_str(" matches ");
                        return vec![Words::Text(s), Words::Id(signal.id.clone())];
                    }
                }
                text(s)
            }
            Condition::Seen {
                signal,
                role,
                at_least,
                within,
                ..
            } => {
                let who = role.map_or("any".to_owned(), |r| r.to_string());
                vec![
                    Words::Id(rules.signal(*signal).id.clone()),
                    Words::Text(format!(
                        " seen in ≥ {at_least} {who} message{}{}",
                        if *at_least == 1 { "" } else { "s" },
                        in_the_last(*within)
                    )),
                ]
            }
            Condition::Counter {
                counter,
                at_least,
                at_most,
                within,
                ..
            } => {
                let name = counter.as_str();
                let bounds = match (at_least, at_most) {
                    (Some(lo), Some(hi)) => format!("{lo} ≤ {name} ≤ {hi}"),
                    (Some(lo), None) => format!("{name} ≥ {lo}"),
                    (None, Some(hi)) => format!("{name} ≤ {hi}"),
                    (None, None) => name.to_owned(),
                };
                text(format!("{bounds}{}", in_the_last(*within)))
            }
            Condition::Meta { field, test, .. } => text(describe_meta(field, test)),
            Condition::Hours { hours, .. } => text(format!("hours {}", hours.describe())),
            Condition::Trigger { trigger, .. } => vec![
                Words::Text("trigger ".to_owned()),
                Words::Id(rules.trigger(*trigger).id.clone()),
                Words::Text(" fired".to_owned()),
            ],
        }
    }
}

/// A window in words, to follow a count: ` in the last 6 messages`; nothing without one.
pub(crate) fn in_the_last(within: Option<u32>) -> String {
    match within {
        None => String::new(),
        Some(1) => " in the latest message".to_owned(),
        Some(n) => format!(" in the last {n} messages"),
    }
}

fn describe_meta(field: &str, test: &MetaTest) -> String {
    let mut parts = Vec::new();
    if let Some(e) = &test.equals {
        parts.push(format!("{field} = {e}"));
    }
    if let Some(options) = &test.one_of {
        let options: Vec<&str> = options.iter().map(|o| o.text.as_str()).collect();
        parts.push(format!("{field} in [{}]", options.join(", ")));
    }
    for (bound, op) in [
        (test.gt, ">"),
        (test.gte, "≥"),
        (test.lt, "<"),
        (test.lte, "≤"),
    ] {
        if let Some(b) = bound {
            parts.push(format!("{field} {op} {b}"));
        }
    }
    match test.exists {
        Some(true) => parts.push(format!("{field} present")),
        Some(false) => parts.push(format!("{field} missing")),
        None => {}
    }
    if let Some(r) = &test.matches {
        parts.push(format!("{field} matches /{}/", r.as_str()));
    }
    parts.join(" and ")
}
