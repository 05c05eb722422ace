//! Summaries for the agent who takes over: messages up to the escalation point, with
//! what the detectors saw in each → a few lines to skim instead of the whole transcript.
//!
//! Deterministic and extractive: every phrase in a summary was written by the customer
//! or the bot; nothing is generated and nothing leaves the machine. It gives the
//! customer's goal (their first real request, without the greeting), the questions still
//! open, key facts (amounts, quantities, plans, codes, references, dates, names), the
//! topics the rules detected, what the bot already tried, how the mood went, and what the
//! customer said last; then at most [`MAX_BULLETS`] bullets in [`MAX_CHARS`] characters.

mod facts;

use serde::Serialize;

use crate::transcript::{Message, Role};

pub use facts::{Fact, FactKind};
pub(crate) use facts::{capitalised, may_be_name};

/// Bullets in [`Summary::bullets`].
pub const MAX_BULLETS: usize = 5;
/// Characters in all bullets together.
pub const MAX_CHARS: usize = 600;

/// What the detectors saw in one message (see `Engine::notes`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MessageNote {
    /// A bot message that failed to understand ("Sorry, I didn't get that").
    pub fallback: bool,
    /// A customer message with frustrated or angry language, or shouting.
    pub frustrated: bool,
    /// A customer message repeating an earlier one.
    pub repeat: bool,
}

/// The summary of one conversation up to its escalation point.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Summary {
    /// The customer's first substantive request, without greetings.
    pub goal: Option<String>,
    /// Customer questions the bot did not answer (it fell back, or never replied).
    pub open_questions: Vec<String>,
    pub facts: Vec<Fact>,
    /// Rule signals that matched, most frequent first (built-in detectors excluded).
    pub topics: Vec<String>,
    /// The bot's last distinct answers (first sentence of each).
    pub bot_answers: Vec<String>,
    pub bot_fallbacks: usize,
    pub mood: Mood,
    pub last_customer_message: Option<String>,
    /// The above in at most five lines and 600 characters, for a side panel.
    pub bullets: Vec<String>,
}

/// How the customer's mood went, from the frustration and shouting detectors.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Mood {
    /// `calm`, `frustrated throughout`, `frustrated from the start`, `calm, then
    /// frustrated from message N`, with `, calmer at the end` when the last message was calm.
    pub trajectory: String,
    pub frustrated_messages: usize,
    pub customer_messages: usize,
}

/// Summarises `messages` (those up to the escalation point) with one note per message
/// and the topics the rules detected.
pub fn summarize(messages: &[Message], notes: &[MessageNote], topics: Vec<String>) -> Summary {
    let note = |i: usize| notes.get(i).copied().unwrap_or_default();
    let customer: Vec<usize> = (0..messages.len())
        .filter(|&i| messages[i].role == Role::Customer)
        .collect();
    let goal = goal(messages, &customer);
    let open_questions = open_questions(messages, &customer, &note);
    let mut facts = Vec::new();
    for &i in &customer {
        facts::extract(&messages[i].text, i + 1, &mut facts);
    }
    let (bot_answers, bot_fallbacks) = bot_attempts(messages, &customer, &note);
    let mood = mood(&customer, &note);
    let last_customer_message = customer
        .last()
        .map(|&i| clip(&one_line(&messages[i].text), 160));
    let mut summary = Summary {
        goal,
        open_questions,
        facts,
        topics,
        bot_answers,
        bot_fallbacks,
        mood,
        last_customer_message,
        bullets: Vec::new(),
    };
    summary.bullets = bullets(&summary);
    summary
}

/// Words that open a message without saying anything: stripped from the goal.
const GREETINGS: &[&str] = &[
    "hi there",
    "hello there",
    "hey there",
    "good morning",
    "good afternoon",
    "good evening",
    "thank you",
    "hi",
    "hello",
    "hey",
    "hiya",
    "greetings",
    "thanks",
    "ok",
    "okay",
    "yes",
    "yeah",
    "no",
    "sure",
    "well",
    "so",
    "um",
    "uh",
];

/// What makes a sentence a request rather than small talk.
const REQUEST_MARKERS: &[&str] = &[
    "i need",
    "i want",
    "i'd like",
    "i would like",
    "i'm looking",
    "i am looking",
    "looking for",
    "can you",
    "could you",
    "can i",
    "could i",
    "can we",
    "how do",
    "how can",
    "how much",
    "is it possible",
    "help me",
    "help with",
    "please",
    "problem",
    "issue",
    "not working",
    "doesn't work",
    "does not work",
    "trying to",
    "want to",
    "need to",
    "would like to",
    "wondering",
    "question",
    "evaluating",
    "interested in",
];

/// Verbs that open a request ("Reserve my flight", "Cancel the order").
const IMPERATIVES: &[&str] = &[
    "book",
    "reserve",
    "cancel",
    "change",
    "schedule",
    "find",
    "check",
    "order",
    "send",
    "show",
    "tell",
    "give",
    "get",
    "make",
    "update",
    "reset",
    "fix",
    "add",
    "remove",
    "delete",
    "upgrade",
    "downgrade",
    "connect",
    "transfer",
    "refund",
    "call",
    "email",
];

/// Words that point back at something said before ("Can you look that up?").
const POINTERS: &[&str] = &["that", "it", "this", "them", "those"];

/// How much a sentence says what the customer wants.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Request {
    /// A need, a question or an order: the goal.
    Clear,
    /// Only "please" or the like: a goal if nothing clearer comes.
    Weak,
    /// A short question about something said before: the goal is what came before.
    Pointing,
    /// Says something, asks nothing.
    None,
}

fn request(sentence: &str) -> Request {
    let lower = sentence.to_lowercase();
    let first = lower
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let asks = sentence.ends_with('?') || IMPERATIVES.contains(&first);
    // The markers only when the sentence neither asks nor orders (one search each).
    if asks {
        let pointing = sentence.ends_with('?')
            && words(sentence) < 6
            && POINTERS.iter().any(|p| contains_words(&lower, p));
        return if pointing {
            Request::Pointing
        } else {
            Request::Clear
        };
    }
    let has = |m: &&str| contains_words(&lower, m);
    if REQUEST_MARKERS
        .iter()
        .filter(|m| !WEAK_MARKERS.contains(m))
        .any(has)
    {
        Request::Clear
    } else if WEAK_MARKERS.iter().any(has) {
        Request::Weak
    } else {
        Request::None
    }
}

/// Markers that alone make a weak request ("so please hurry").
const WEAK_MARKERS: &[&str] = &["please"];

/// The customer's first clear request among their first three messages (a short
/// question pointing back, "Can you look that up?", stands for the sentence before it),
/// else their first weak one ("please …"), else their first substantive sentence.
fn goal(messages: &[Message], customer: &[usize]) -> Option<String> {
    let mut first_substantive = None;
    let mut previous: Option<&str> = None;
    let mut weak = None;
    for &i in customer.iter().take(3) {
        for sentence in sentences(&messages[i].text) {
            let cleaned = strip_greeting(sentence);
            if words(cleaned) < 4 {
                continue;
            }
            let goal = |s: &str| clip(&capitalise(s), 160);
            match request(cleaned) {
                Request::Clear => return Some(goal(cleaned)),
                Request::Pointing => return Some(goal(previous.unwrap_or(cleaned))),
                Request::Weak => {
                    weak.get_or_insert_with(|| goal(cleaned));
                }
                Request::None => {
                    first_substantive.get_or_insert_with(|| goal(cleaned));
                }
            }
            previous = Some(cleaned);
        }
    }
    weak.or(first_substantive)
}

/// Customer questions followed by a bot fallback, or by no bot reply at all, or asked
/// again; the latest two.
fn open_questions(
    messages: &[Message],
    customer: &[usize],
    note: &dyn Fn(usize) -> MessageNote,
) -> Vec<String> {
    let mut open: Vec<String> = Vec::new();
    for &i in customer {
        let reply = (i + 1..messages.len()).find(|&j| messages[j].role != Role::Customer);
        let unanswered = match reply {
            None => true,
            Some(j) => messages[j].role == Role::Bot && note(j).fallback,
        } || note(i).repeat;
        if !unanswered {
            continue;
        }
        for sentence in sentences(&messages[i].text) {
            let q = strip_greeting(sentence);
            if !q.ends_with('?') || words(q) < 3 {
                continue;
            }
            let q = clip(&capitalise(q), 120);
            if open.contains(&q) {
                continue;
            }
            open.push(q);
        }
    }
    let skip = open.len().saturating_sub(2);
    open.into_iter().skip(skip).collect()
}

/// The bot's last two distinct answers after the customer first spoke (the first
/// sentence of each that says something), and its fallbacks. Answers are preferred to
/// the bot's own questions ("Could I get your name?"), which say what it asked, not what
/// it tried.
fn bot_attempts(
    messages: &[Message],
    customer: &[usize],
    note: &dyn Fn(usize) -> MessageNote,
) -> (Vec<String>, usize) {
    let start = customer.first().copied().unwrap_or(messages.len());
    let (mut answers, mut questions): (Vec<String>, Vec<String>) = (Vec::new(), Vec::new());
    let mut fallbacks = 0;
    for (i, m) in messages.iter().enumerate().skip(start) {
        if m.role != Role::Bot {
            continue;
        }
        if note(i).fallback {
            fallbacks += 1;
            continue;
        }
        // The first sentence that says something ("Great!" does not), else the message.
        let Some(said) = sentences(&m.text)
            .find(|s| words(s) >= 4)
            .or_else(|| (!m.text.trim().is_empty()).then_some(m.text.trim()))
        else {
            continue;
        };
        let said = clip(&one_line(said), 90);
        let list = if said.ends_with('?') {
            &mut questions
        } else {
            &mut answers
        };
        list.retain(|a| *a != said);
        list.push(said);
    }
    let mut tried = if answers.is_empty() {
        questions
    } else {
        answers
    };
    let skip = tried.len().saturating_sub(2);
    tried.drain(..skip);
    (tried, fallbacks)
}

fn mood(customer: &[usize], note: &dyn Fn(usize) -> MessageNote) -> Mood {
    let flags: Vec<bool> = customer.iter().map(|&i| note(i).frustrated).collect();
    let frustrated = flags.iter().filter(|f| **f).count();
    let trajectory = match flags.iter().position(|f| *f) {
        None => "calm".to_owned(),
        Some(_) if frustrated == flags.len() => "frustrated throughout".to_owned(),
        Some(first) => {
            let mut t = if first == 0 {
                "frustrated from the start".to_owned()
            } else {
                format!("calm, then frustrated from message {}", customer[first] + 1)
            };
            if flags.last() == Some(&false) {
                t.push_str(", calmer at the end");
            }
            t
        }
    };
    Mood {
        trajectory,
        frustrated_messages: frustrated,
        customer_messages: flags.len(),
    }
}

/// The summary as at most five lines within [`MAX_CHARS`].
pub(crate) fn bullets(s: &Summary) -> Vec<String> {
    let mut out = Vec::new();
    // An unanswered goal is said once, as such.
    let goal_open = s
        .goal
        .as_ref()
        .is_some_and(|g| s.open_questions.contains(g));
    if let Some(goal) = &s.goal {
        let label = if goal_open {
            "Goal (unanswered)"
        } else {
            "Goal"
        };
        out.push(format!("{label}: {goal}"));
    }
    let open: Vec<&str> = s
        .open_questions
        .iter()
        .filter(|q| s.goal.as_ref() != Some(*q))
        .map(String::as_str)
        .collect();
    if !open.is_empty() {
        out.push(format!("Still open: {}", open.join(" / ")));
    }
    let mut known = Vec::new();
    if !s.topics.is_empty() {
        known.push(format!("Topics: {}.", s.topics.join(", ")));
    }
    if !s.facts.is_empty() {
        let facts: Vec<&str> = s.facts.iter().take(6).map(|f| f.text.as_str()).collect();
        known.push(format!("Facts: {}.", facts.join("; ")));
    }
    if !known.is_empty() {
        out.push(known.join(" "));
    }
    if !s.bot_answers.is_empty() || s.bot_fallbacks > 0 {
        let mut tried: Vec<String> = s.bot_answers.iter().map(|a| format!("“{a}”")).collect();
        if s.bot_fallbacks > 0 {
            tried.push(format!("failed to understand {}", times(s.bot_fallbacks)));
        }
        out.push(format!("Bot tried: {}", tried.join("; ")));
    }
    out.push(match &s.last_customer_message {
        Some(said) => format!("Mood: {}. Last said: “{said}”", s.mood.trajectory),
        None => format!("Mood: {}", s.mood.trajectory),
    });
    out.truncate(MAX_BULLETS);
    fit(&mut out, MAX_CHARS);
    out
}

fn times(n: usize) -> String {
    match n {
        1 => "once".to_owned(),
        2 => "twice".to_owned(),
        n => format!("{n} times"),
    }
}

/// Shortens the longest lines until all of them together fit in `max` characters.
fn fit(lines: &mut [String], max: usize) {
    loop {
        let total: usize = lines.iter().map(|l| l.chars().count()).sum();
        if total <= max {
            return;
        }
        let Some(longest) = lines.iter_mut().max_by_key(|l| l.chars().count()) else {
            return;
        };
        let len = longest.chars().count();
        let keep = len.saturating_sub(total - max).max(40);
        if keep >= len {
            return;
        }
        *longest = clip(longest, keep);
    }
}

/// Titles written before a name, whose full stop does not end a sentence ("Dr. Lee").
const TITLES: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Rev", "Sr", "Jr", "St", "Capt", "Sgt", "Hon",
];

/// Whether `word` (without its full stop) is a title such as "Dr" or "Mrs".
fn is_title(word: &str) -> bool {
    TITLES.contains(&word)
}

/// Sentences of `text`: split after `.`, `!`, `?` followed by a space, and at line breaks;
/// not after a title ("Dr. Lee").
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let bytes = line.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if matches!(b, b'.' | b'!' | b'?')
                && bytes.get(i + 1).is_none_or(|n| *n == b' ')
                && !(b == b'.' && ends_with_title(&line[..i]))
            {
                out.push(line[start..=i].trim());
                start = i + 1;
            }
        }
        out.push(line[start..].trim());
    }
    out.into_iter().filter(|s| !s.is_empty())
}

/// Whether the last word of `before` is a title.
fn ends_with_title(before: &str) -> bool {
    is_title(
        before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or(""),
    )
}

/// Who a greeting addresses ("Hey AI, …"): dropped with it.
const ADDRESSEES: &[&str] = &[
    "ai",
    "bot",
    "assistant",
    "team",
    "guys",
    "all",
    "everyone",
    "support",
];

/// `sentence` without an opening greeting or filler ("Hi there, ", "Ok so ", "Hey AI ").
fn strip_greeting(sentence: &str) -> &str {
    fn skip<'a>(s: &'a str, word: &str) -> &'a str {
        s[word.len()..].trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '!' | '.' | '-' | '–' | ':' | ';')
        })
    }
    let mut rest = sentence.trim();
    while let Some(g) = GREETINGS.iter().find(|g| starts_with_word(rest, g)) {
        rest = skip(rest, g);
        if let Some(a) = ADDRESSEES.iter().find(|a| starts_with_word(rest, a)) {
            rest = skip(rest, a);
        }
    }
    rest
}

/// `text` starts with the ASCII word `word`, in any case.
fn starts_with_word(text: &str, word: &str) -> bool {
    text.get(..word.len())
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case(word))
        && text[word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '\'')
}

fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// `needle` in `haystack` at word boundaries (both lower case).
fn contains_words(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(i, _)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + needle.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    let mut out = String::with_capacity(text.len() + 3);
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        // The rest as it is, in one copy (collecting it a char at a time cost 2,000
        // instructions a bullet).
        out.push_str(chars.as_str());
    }
    out
}

/// `text`'s words joined by single spaces.
fn one_line(text: &str) -> String {
    // Most messages are that already (ASCII, one space between words, none around):
    // copied as they are, for a quarter of the instructions of splitting and joining.
    let mut after_space = true;
    let single_spaced = text.bytes().all(|b| {
        let ok = b.is_ascii()
            && !matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
            && (b != b' ' || !after_space);
        after_space = b == b' ';
        ok
    });
    // No space at the end either (the first passes only after none).
    let plain = single_spaced && (text.is_empty() || !after_space);
    if plain {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `text` cut to at most `max` characters at a word boundary, with `…` when cut.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    let cut = match cut.rfind(char::is_whitespace) {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!(
        "{}…",
        cut.trim_end_matches(|c: char| c.is_whitespace() || c == ',')
    )
}

#[cfg(test)]
mod tests;
