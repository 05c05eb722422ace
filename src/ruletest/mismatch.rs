//! A case's outcome held to what it expects: an [`Expect`] and an [`Outcome`] → every
//! [`Mismatch`], each with the values expected and got ([`Value`]), where the case says
//! it (the line of the key, the character at which a bridge message differs) and, where
//! the mismatch alone does not say, how to fix it.

use super::{Expect, load};
use crate::outcome::Outcome;

/// One expectation that did not hold.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Mismatch {
    pub field: &'static str,
    pub expected: Value,
    pub actual: Value,
    /// How to fix it, where the mismatch alone does not say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// The line of the `expect` key that failed, where the case gives it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// For an exact text (`bridge`), the character (from 1) at which the message
    /// first differs from the one expected: a missing full stop or a trailing space
    /// cannot be seen in two long quoted strings.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub differs_at: Option<usize>,
}

impl Mismatch {
    fn new(field: &'static str, expected: Value, actual: Value) -> Mismatch {
        let differs_at = match (&expected, &actual) {
            (Value::Text(e), Value::Text(a)) => Some(differs_at(e, a)),
            _ => None,
        };
        Mismatch {
            field,
            expected,
            actual,
            help: None,
            line: None,
            differs_at: differs_at.filter(|_| field == "bridge"),
        }
    }
}

/// The character (from 1) at which `a` and `b` first differ; one past the shorter
/// where one begins the other.
pub fn differs_at(a: &str, b: &str) -> usize {
    a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count() + 1
}

/// Where `part` occurs in `message` but for case, the text as `message` writes it.
fn in_other_case<'m>(message: &'m str, part: &str) -> Option<&'m str> {
    let wanted = part.to_lowercase();
    if wanted.is_empty() {
        return None;
    }
    message.char_indices().map(|(i, _)| i).find_map(|start| {
        let rest = &message[start..];
        let mut end = 0;
        let mut lowered = String::new();
        for (i, c) in rest.char_indices() {
            if lowered.len() >= wanted.len() {
                break;
            }
            lowered.extend(c.to_lowercase());
            end = i + c.len_utf8();
        }
        (lowered == wanted).then(|| &rest[..end])
    })
}

/// What to do about an expected bridge message that differs only by its final line break.
const TRAILING_LINE_BREAK_HELP: &str = "the expected text ends in a line break, which a \
     bridge message never does: use `|-` or `>-` instead of `|` or `>`";

/// What to do about a bridge message that cannot be rendered.
const BRIDGE_ERROR_HELP: &str = "give the case's `customer:` the fields the template reads, \
     or guard them in the template with `default(...)` or `is defined`; a case that means \
     the error says `bridge_error: true`";

/// A value a case expected or got: JSON writes it as its value (`null` for nothing),
/// people read it quoted (`` `frontline` ``, `nothing`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(untagged)]
pub enum Value {
    Nothing,
    Bool(bool),
    Number(usize),
    Text(String),
    List(Vec<String>),
    /// No bridge message: its template failed.
    Error {
        error: String,
    },
}

impl Value {
    fn text(text: Option<&str>) -> Value {
        text.map_or(Value::Nothing, |t| Value::Text(t.to_owned()))
    }
}

impl std::fmt::Display for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Nothing => f.write_str("nothing"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Number(n) => write!(f, "{n}"),
            // Quoted like every other value, so an empty one shows as ``; on one line
            // (`bridge: |`'s line break split the summary).
            Value::Text(text) if text.contains(['\n', '\r']) => {
                write!(f, "`{}`", text.replace('\r', "\\r").replace('\n', "\\n"))
            }
            Value::Text(text) => write!(f, "`{text}`"),
            Value::List(items) => write!(f, "[{}]", items.join(", ")),
            Value::Error { error } => write!(f, "no message (error: {error})"),
        }
    }
}

pub(super) fn compare(expect: &Expect, o: &Outcome) -> Vec<Mismatch> {
    let mut out = mismatches(expect, o);
    // Each at the line of its key, where the case gives one; a `bridge` over many lines
    // at the line where the texts first differ. Also a failing `escalated:`, the most
    // common expectation (it was left at its case's line).
    for m in &mut out {
        m.line = expect
            .lines
            .iter()
            .find(|(key, _)| *key == m.field)
            .map(|(_, line)| *line);
        // An escalation expected without `escalated:` is implied by the other keys (any
        // of them: `load::expect` reads a case without `escalated:` as escalating): the
        // failure is at the first of those, not at the case's line.
        if m.field == "escalated"
            && m.line.is_none()
            && let Some((key, line)) = expect.lines.iter().min_by_key(|(_, line)| *line)
        {
            m.line = Some(*line);
            m.help = Some(format!(
                "the case gives no `escalated:`; its `{key}:` expects an escalation"
            ));
        }
        if let (Some(at), Some(expected)) = (m.differs_at, &expect.bridge) {
            m.line = load::line_of(&expect.bridge_lines, expected, at).or(m.line);
        }
    }
    out
}

/// Every expectation of `expect` that `o` does not meet, without its line.
fn mismatches(expect: &Expect, o: &Outcome) -> Vec<Mismatch> {
    let mut out = Vec::new();
    let mut check = |field: &'static str, expected: Value, actual: Value| {
        if expected != actual {
            out.push(Mismatch::new(field, expected, actual));
        }
    };
    check(
        "escalated",
        Value::Bool(expect.escalated),
        Value::Bool(o.escalated),
    );
    // A case that escalates when it should not expects nothing else. One that does not
    // escalate when it should fails each key but the bridge message's too, with nothing
    // got: the trigger and route it expected are what to look for in the trace.
    if !expect.escalated {
        return out;
    }
    if let Some(turn) = expect.turn {
        check(
            "turn",
            Value::Number(turn),
            o.escalation_turn.map_or(Value::Nothing, Value::Number),
        );
    }
    if let Some(trigger) = &expect.trigger {
        check(
            "trigger",
            Value::text(Some(trigger)),
            Value::text(o.primary_trigger()),
        );
    }
    if let Some(triggers) = &expect.triggers {
        // Compared as sets; shown as the case writes them and as the outcome lists
        // them, most severe first (sorted, the primary trigger could read second).
        let actual: Vec<String> = o.triggers.iter().map(|t| t.id.clone()).collect();
        let (mut e, mut a) = (triggers.clone(), actual.clone());
        e.sort();
        a.sort();
        // The same set: the outcome's list against itself, no mismatch.
        let expected = if e == a { &actual } else { triggers };
        check(
            "triggers",
            Value::List(expected.clone()),
            // Nothing escalated: nothing got, as the other keys say.
            if o.escalated {
                Value::List(actual.clone())
            } else {
                Value::Nothing
            },
        );
    }
    if let Some(route) = &expect.route {
        check(
            "route",
            Value::text(route.as_deref()),
            Value::text(o.route.as_deref()),
        );
    }
    if let Some(team) = &expect.team {
        check(
            "team",
            Value::text(team.as_deref()),
            Value::text(o.team.as_deref()),
        );
    }
    // Without an escalation there is no message: the bridge expected, often a
    // paragraph, would only be said again as "got nothing".
    if !o.escalated {
        return out;
    }
    let bridge = match (&o.bridge_message, &o.bridge_error) {
        (Some(message), _) => Value::Text(message.clone()),
        (None, Some(e)) => Value::Error { error: e.clone() },
        (None, None) => Value::Nothing,
    };
    if let Some(text) = &expect.bridge {
        check("bridge", Value::text(Some(text)), bridge.clone());
        // `bridge: |` keeps the line break at its end, which a rendered message (trimmed)
        // never has: the case can never pass.
        if let Some(m) = out.last_mut()
            && m.field == "bridge"
            && text.ends_with(['\n', '\r'])
        {
            m.help = Some(TRAILING_LINE_BREAK_HELP.to_owned());
        }
    }
    if let Some(part) = &expect.bridge_contains
        && !o
            .bridge_message
            .as_deref()
            .is_some_and(|m| m.contains(part.as_str()))
    {
        let mut m = Mismatch::new("bridge_contains", Value::text(Some(part)), bridge);
        // Compared as written: a part that is there in other capitals says so.
        if let Some(found) = o
            .bridge_message
            .as_deref()
            .and_then(|message| in_other_case(message, part))
        {
            m.help = Some(format!(
                "the message holds `{found}`, in other capitals: `bridge_contains` compares the text as written"
            ));
        }
        out.push(m);
    }
    match (&o.bridge_error, expect.bridge_error) {
        (Some(error), false) => {
            // Said once: on the `bridge`/`bridge_contains` that quotes it, or on its own.
            let help = Some(BRIDGE_ERROR_HELP.to_owned());
            if let Some(m) = out
                .iter_mut()
                .find(|m| matches!(m.field, "bridge" | "bridge_contains"))
            {
                m.help = help;
            } else {
                out.push(Mismatch {
                    help,
                    ..Mismatch::new(
                        "bridge_error",
                        Value::Bool(false),
                        Value::Error {
                            error: error.clone(),
                        },
                    )
                });
            }
        }
        (None, true) => out.push(Mismatch::new(
            "bridge_error",
            Value::Bool(true),
            Value::Bool(false),
        )),
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests;
