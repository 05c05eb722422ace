//! Bridge templates that need no template engine: text, `{{ path }}`,
//! `{{ path | default("text") }}`, `{{ path or "text" }}`, `{{ path if path else "text"
//! }}` and `{% if path [is [not] defined] %} … {% elif … %} … {% else %} … {% endif %}`,
//! which is what bridge messages are made of. Takes a template's source and
//! gives a plan that renders it straight from the context, byte for byte as minijinja
//! would (property-tested); `None` for any other template, which minijinja renders.
//! Rendering through minijinja's VM, with the context serialised into its values, was a
//! tenth of a replay's instructions.

use std::borrow::Cow;

use super::Scope;

/// A template of the subset, ready to render.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Direct {
    pieces: Vec<Piece>,
}

#[derive(Debug, Clone, PartialEq)]
enum Piece {
    Text(String),
    Value {
        path: Path,
        fallback: Fallback,
    },
    If {
        path: Path,
        test: Test,
        then: Vec<Piece>,
        otherwise: Vec<Piece>,
    },
}

/// What a value is written as when it is not there.
#[derive(Debug, Clone, PartialEq)]
enum Fallback {
    /// Nothing: an undefined value is an error.
    None,
    /// `default("text")`: the text when the value is undefined.
    Default(String),
    /// `or "text"`, `if path else "text"`: the text when the value is false (undefined,
    /// empty, 0).
    Or(String),
}

/// What an `if` asks of its value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Test {
    Defined,
    NotDefined,
    /// `{% if path %}`: there and not empty or 0.
    True,
}

/// A variable of the context that is text or a number (what the subset prints).
#[derive(Debug, Clone, PartialEq)]
enum Path {
    Agent,
    Reason,
    Route,
    TeamId,
    TeamName,
    TriggerId,
    TriggerDescription,
    TriggerSeverity,
    TriggerReason,
    ConversationId,
    ConversationTurn,
    ConversationTime,
    ConversationMessages,
    Customer(String),
    SummaryGoal,
    SummaryFact,
    SummaryMood,
    SummaryLastCustomerMessage,
}

/// A variable's value.
enum Found<'a> {
    Text(Cow<'a, str>),
    Number(usize),
    Undefined,
}

impl Direct {
    /// The plan for `source`, when it is in the subset.
    pub(super) fn parse(source: &str) -> Option<Direct> {
        // minijinja drops a trailing `\n` of a template, then a trailing `\r`.
        let source = source.strip_suffix('\n').unwrap_or(source);
        let source = source.strip_suffix('\r').unwrap_or(source);
        let mut parser = Parser { rest: source };
        let (pieces, end) = parser.block()?;
        (end == Closer::Eof).then_some(Direct { pieces })
    }

    /// The rendered text; `None` when a printed value is undefined (minijinja then
    /// renders, and reports the error in its words).
    pub(super) fn render(&self, scope: &Scope<'_>) -> Option<String> {
        let mut out = String::with_capacity(256);
        render(&self.pieces, scope, &mut out)?;
        Some(out)
    }
}

fn render(pieces: &[Piece], scope: &Scope<'_>, out: &mut String) -> Option<()> {
    for piece in pieces {
        match piece {
            Piece::Text(text) => out.push_str(text),
            Piece::Value { path, fallback } => match (lookup(path, scope)?, fallback) {
                (Found::Undefined, Fallback::Default(text)) => out.push_str(text),
                (found, Fallback::Or(text)) if !found.is_true() => out.push_str(text),
                // The goal, where a sentence may not start (`goal_case`): as the engine's
                // formatter marks it, any text that is the goal's.
                (Found::Text(text), _) if scope.goal().is_some_and(|goal| text == goal) => {
                    let placed = super::goal_case::placed(&text, out);
                    out.push_str(&placed);
                }
                (Found::Text(text), _) => out.push_str(&text),
                (Found::Number(n), _) => {
                    use std::fmt::Write as _;
                    let _ = write!(out, "{n}");
                }
                (Found::Undefined, _) => return None,
            },
            Piece::If {
                path,
                test,
                then,
                otherwise,
            } => {
                let found = lookup(path, scope)?;
                let holds = match test {
                    Test::Defined => !matches!(found, Found::Undefined),
                    Test::NotDefined => matches!(found, Found::Undefined),
                    Test::True => found.is_true(),
                };
                render(if holds { then } else { otherwise }, scope, out)?;
            }
        }
    }
    Some(())
}

/// Whether the value `path` (`summary.goal`, as a template names it) is undefined in
/// `scope`: not when it is not one the subset knows, nor when its parent is undefined
/// (no summary was made).
pub(super) fn absent(path: &str, scope: &Scope<'_>) -> bool {
    parse_path(path).is_some_and(|path| matches!(lookup(&path, scope), Some(Found::Undefined)))
}

/// The value of `path`; `None` when its parent is undefined (`summary` when no summary
/// was made), which is an error under strict undefined behaviour. Text is unmarked, as
/// the engine's context is ([`super::goal_case::unmarked`]).
fn lookup<'a>(path: &'a Path, scope: &Scope<'a>) -> Option<Found<'a>> {
    use super::goal_case::unmarked;
    let text = |t: &'a str| Some(Found::Text(unmarked(t)));
    let optional =
        |t: Option<&'a str>| Some(t.map_or(Found::Undefined, |t| Found::Text(unmarked(t))));
    match path {
        Path::Agent => text(scope.agent),
        Path::Reason => text(scope.ctx.reason),
        Path::Route => text(scope.ctx.route),
        Path::TeamId => text(scope.team_id),
        Path::TeamName => text(scope.team_name),
        Path::TriggerId => text(scope.ctx.trigger.id),
        Path::TriggerDescription => optional(scope.ctx.trigger.description),
        Path::TriggerSeverity => text(scope.ctx.trigger.severity),
        Path::TriggerReason => text(scope.ctx.trigger.reason),
        Path::ConversationId => text(scope.ctx.conversation.id),
        Path::ConversationTurn => Some(Found::Number(scope.ctx.conversation.turn)),
        Path::ConversationTime => optional(scope.ctx.conversation.time),
        Path::ConversationMessages => Some(Found::Number(scope.ctx.conversation.messages)),
        Path::Customer(field) => Some(scope.customer(field).map_or(Found::Undefined, Found::Text)),
        Path::SummaryGoal => optional(scope.ctx.summary?.goal.as_deref()),
        Path::SummaryFact => optional(scope.ctx.summary?.facts.first().map(|f| f.text.as_str())),
        Path::SummaryMood => text(&scope.ctx.summary?.mood.trajectory),
        Path::SummaryLastCustomerMessage => {
            optional(scope.ctx.summary?.last_customer_message.as_deref())
        }
    }
}

impl Found<'_> {
    /// Whether the template engine takes the value as true: undefined, empty text and
    /// 0 are false.
    fn is_true(&self) -> bool {
        match self {
            Found::Text(text) => !text.is_empty(),
            Found::Number(n) => *n != 0,
            Found::Undefined => false,
        }
    }
}

/// How a block of pieces ended.
#[derive(Debug, PartialEq, Eq)]
enum Closer {
    Eof,
    Else,
    /// `{% elif … %}`, with what follows `elif`.
    Elif(String),
    Endif,
}

struct Parser<'s> {
    rest: &'s str,
}

impl<'s> Parser<'s> {
    /// Pieces up to the end of the template or the next `else` / `endif`.
    fn block(&mut self) -> Option<(Vec<Piece>, Closer)> {
        let mut pieces = Vec::new();
        loop {
            let start = find_tag(self.rest);
            if start > 0 {
                pieces.push(Piece::Text(self.rest[..start].to_owned()));
            }
            self.rest = &self.rest[start..];
            if self.rest.is_empty() {
                return Some((pieces, Closer::Eof));
            }
            if let Some(inner) = self.tag("{{", "}}") {
                pieces.push(value(inner)?);
            } else if let Some(inner) = self.tag("{%", "%}") {
                let words: Vec<&str> = inner.split_ascii_whitespace().collect();
                match words.as_slice() {
                    ["if", condition @ ..] => pieces.push(self.if_chain(condition)?),
                    ["elif", condition @ ..] => {
                        return Some((pieces, Closer::Elif(condition.join(" "))));
                    }
                    ["else"] => return Some((pieces, Closer::Else)),
                    ["endif"] => return Some((pieces, Closer::Endif)),
                    _ => return None,
                }
            } else {
                // A comment, or a tag that does not close.
                return None;
            }
        }
    }

    /// An `if` of the subset, its condition's words given, through its `endif`: an
    /// `elif` is an `if` in the `else`.
    fn if_chain(&mut self, condition: &[&str]) -> Option<Piece> {
        let (path, test) = match condition {
            [path] => (path, Test::True),
            [path, "is", "defined"] => (path, Test::Defined),
            [path, "is", "not", "defined"] => (path, Test::NotDefined),
            _ => return None,
        };
        let path = parse_path(path)?;
        let (then, end) = self.block()?;
        let otherwise = match end {
            Closer::Endif => Vec::new(),
            Closer::Else => match self.block()? {
                (otherwise, Closer::Endif) => otherwise,
                _ => return None,
            },
            Closer::Elif(condition) => {
                let words: Vec<&str> = condition.split(' ').collect();
                vec![self.if_chain(&words)?]
            }
            Closer::Eof => return None,
        };
        Some(Piece::If {
            path,
            test,
            then,
            otherwise,
        })
    }

    /// The inside of the tag at the start of `rest`, when it opens with `open`.
    /// (Whitespace control, `{{-` or `-%}`, leaves a `-` that no path or keyword of the
    /// subset takes.)
    fn tag(&mut self, open: &str, close: &str) -> Option<&'s str> {
        let after = self.rest.strip_prefix(open)?;
        let end = after.find(close)?;
        self.rest = &after[end + close.len()..];
        Some(&after[..end])
    }
}

/// Where the next tag (`{{`, `{%`, `{#`) starts; the end when there is none.
fn find_tag(text: &str) -> usize {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'{', bytes)
        .find(|&i| matches!(bytes.get(i + 1), Some(b'{' | b'%' | b'#')))
        .unwrap_or(text.len())
}

/// `path`, `path | default("text")`, `path or "text"` or `path if path else "text"`
/// (either quote, no escapes).
fn value(inner: &str) -> Option<Piece> {
    let (path, fallback) = if let Some((path, filter)) = inner.split_once('|') {
        let arg = filter
            .trim_ascii()
            .strip_prefix("default")?
            .trim_ascii_start()
            .strip_prefix('(')?
            .strip_suffix(')')?;
        (path, Fallback::Default(literal(arg)?))
    } else if let Some((path, text)) = inner.split_once(" or ") {
        (path, Fallback::Or(literal(text)?))
    } else if let Some((path, rest)) = inner.split_once(" if ") {
        let (tested, text) = rest.split_once(" else ")?;
        if tested.trim_ascii() != path.trim_ascii() {
            return None;
        }
        (path, Fallback::Or(literal(text)?))
    } else {
        (inner, Fallback::None)
    };
    Some(Piece::Value {
        path: parse_path(path.trim_ascii())?,
        fallback,
    })
}

/// The text of a quoted literal (either quote, no escapes), spaces around it allowed.
fn literal(quoted: &str) -> Option<String> {
    let quoted = quoted.trim_ascii();
    let quote = quoted.chars().next().filter(|c| matches!(c, '"' | '\''))?;
    let text = quoted.strip_prefix(quote)?.strip_suffix(quote)?;
    if text.contains([quote, '\\']) {
        return None;
    }
    Some(text.to_owned())
}

fn parse_path(path: &str) -> Option<Path> {
    let Some((root, attribute)) = path.split_once('.') else {
        return match path {
            "agent" => Some(Path::Agent),
            "reason" => Some(Path::Reason),
            "route" => Some(Path::Route),
            _ => None,
        };
    };
    Some(match (root, attribute) {
        ("team", "id") => Path::TeamId,
        ("team", "name") => Path::TeamName,
        ("trigger", "id") => Path::TriggerId,
        ("trigger", "description") => Path::TriggerDescription,
        ("trigger", "severity") => Path::TriggerSeverity,
        ("trigger", "reason") => Path::TriggerReason,
        ("conversation", "id") => Path::ConversationId,
        ("conversation", "turn") => Path::ConversationTurn,
        ("conversation", "time") => Path::ConversationTime,
        ("conversation", "messages") => Path::ConversationMessages,
        ("summary", "goal") => Path::SummaryGoal,
        ("summary", "fact") => Path::SummaryFact,
        ("summary", "mood") => Path::SummaryMood,
        ("summary", "last_customer_message") => Path::SummaryLastCustomerMessage,
        ("customer", field) if is_identifier(field) => Path::Customer(field.to_owned()),
        _ => return None,
    })
}

/// A plain lower-case name: `lead_score`, not `2fa` or `a.b`.
fn is_identifier(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

#[cfg(test)]
mod goal_tests;
#[cfg(test)]
mod tests;
