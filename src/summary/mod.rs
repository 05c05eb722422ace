//! Summaries for the agent who takes over: messages up to the escalation point, with
//! what the detectors saw in each → a few lines to skim instead of the whole transcript.
//!
//! Deterministic and extractive: every phrase in a summary was written by the customer
//! or the bot; nothing is generated and nothing leaves the machine. It gives the
//! customer's goal (their first real request, or the one made after the bot said a task
//! was done, without the greeting, and the later sentence that changed it), the
//! questions still
//! open, key facts (amounts, quantities, plans, codes, references, dates, names), the
//! topics the rules detected, what the bot already tried, how the mood went, and what the
//! customer said last; then at most [`MAX_BULLETS`] bullets in [`MAX_CHARS`] characters.

mod bullets;
mod facts;
mod goal;
mod off_task;
mod open;
mod sentences;
mod small_talk;

use serde::Serialize;

use crate::transcript::{Message, Role};

pub(crate) use bullets::bullets;
pub use facts::{Fact, FactKind};
pub(crate) use facts::{greets, may_be_name};
pub(crate) use off_task::asks_small_talk;
pub use sentences::clip;

use goal::{goal_and_update, strip_greeting};
use open::open_questions;
use sentences::{capitalise, one_line, sentences, words};

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
    /// The customer's first substantive request, or the one they made after the bot said
    /// a task was done, without greetings.
    pub goal: Option<String>,
    /// A later sentence of the customer's that changed that request ("The flight ID is
    /// actually 596"), the last one if several did; or, when none did, the last that
    /// says the problem persists ("It's still not working").
    pub goal_update: Option<String>,
    /// Customer questions the bot did not answer (it fell back, or never replied), small
    /// talk left out.
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
    let (mut summary, _) = summarize_masking(messages, notes, topics);
    summary.bullets = bullets(&summary);
    summary
}

/// [`summarize`] without the bullets, for a caller that changes the parts and then
/// writes the bullets from them (as redaction does: `Summary::redact_with`); and
/// `messages` with the secrets it found masked `[secret]` (none when it found none):
/// under `--redact`, the packet's transcript, which must show none the summary hides,
/// though the summary read it masked already.
pub(crate) fn summarize_masking(
    messages: &[Message],
    notes: &[MessageNote],
    topics: Vec<String>,
) -> (Summary, Option<Vec<Message>>) {
    let note = |i: usize| notes.get(i).copied().unwrap_or_default();
    let customer: Vec<usize> = (0..messages.len())
        .filter(|&i| messages[i].role == Role::Customer)
        .collect();
    let (facts, secrets) = read(messages);
    // The rest is read from the messages with the secrets masked, before any is
    // clipped (a secret cut short would still show).
    let masked = secrets.masked_messages(messages, &facts);
    let summary = {
        let messages = masked.as_deref().unwrap_or(messages);
        let (goal, goal_update) = goal_and_update(messages, &customer);
        let open_questions = open_questions(messages, &customer, &note);
        let (bot_answers, bot_fallbacks) = bot_attempts(messages, &customer, &note);
        let mood = mood(&customer, &note);
        let last_customer_message = customer
            .last()
            .map(|&i| clip(&one_line(&messages[i].text), 160));
        Summary {
            goal,
            goal_update,
            open_questions,
            facts,
            topics,
            bot_answers,
            bot_fallbacks,
            mood,
            last_customer_message,
            bullets: Vec::new(),
        }
    };
    (summary, masked)
}

/// For each of `messages` (a whole conversation's), where the secrets its summary keeps
/// out stand in its text (`[secret]` there: a PIN, a password, a security answer, one
/// said again), in order and apart; none when it gives none. What redaction masks too
/// (`redact::Names::of_conversation`), so that no text shows what the summary hides.
pub(crate) fn secret_spans(messages: &[Message]) -> Option<Vec<Vec<(usize, usize)>>> {
    let (facts, secrets) = read(messages);
    secrets.spans(messages, &facts)
}

/// The facts of `messages` (but those that tell a secret) and the secrets they give.
fn read(messages: &[Message]) -> (Vec<Fact>, facts::Secrets) {
    let mut facts = facts::Facts::default();
    // The security answers and codes given: in no fact, `[secret]` in every text shown.
    let mut secrets = facts::Secrets::default();
    // The security question the bot asked just before the customer's message, if it
    // did: the names of the reply are secrets ("Charlie", a childhood pet), not people.
    let mut secret = None;
    // Whether the bot asked for a PIN, a password, a code just before it.
    let mut code = false;
    // Whether that code is a password: only then may a word before the reply goes on
    // be the answer ("Seahorse I want a human").
    let mut password = false;
    // The bot's message, if it asked for a person's name alone (the customer's, or the
    // host's): a reply of one word is that name.
    let mut name_asked: Option<&str> = None;
    // Whether the customer's last message put the bot's question off ("one sec").
    let mut held = false;
    // Whether it did with a greeting, a participle or a word said before going on alone
    // ("Hello there", "Blocked", "Listen,"): the next is the answer only where it looks
    // like one ("Rex", not "Refund").
    let mut greeted = false;
    // Whether it did with a refusal alone ("It is private"): the next is read after its
    // words that give in ("whatever, Sunshine42").
    let mut refused_last = false;
    for (i, m) in messages.iter().enumerate() {
        match m.role {
            // One message answers it: a name in the next is a person again ("Also
            // please have Dr. Morgan call me").
            Role::Customer => {
                let name_was_asked = name_asked.is_some();
                if let Some(asked) = name_asked.take() {
                    facts::extract_name_reply(&m.text, asked, i + 1, &mut facts);
                }
                // A reply that gives no answer holds no secret; its names are facts
                // unless the question is one whose reply's names never were.
                // A reply that only puts the question off ("one sec") answers nothing:
                // the customer's next one does, if the bot says nothing before it.
                // A participle alone ("Blocked") is no pet's name nor maiden name:
                // the next message may be; a password or a chosen word may be one.
                let chosen = code || secret.is_some_and(|s: facts::Secret| s.asks_a_chosen_word());
                // So is a reply that has no answer yet ("no idea") or only refuses it
                // ("It is private."): the next may give it.
                // Read only after a security question: most messages follow none.
                let asked = secret.is_some() || code;
                let refused = asked && facts::refuses_alone(&m.text);
                // A refusal of one word may be the answer too ("private"): masked.
                if refused {
                    secrets.read_refusal(&m.text, i);
                }
                // After one, a message that only gives in ("fine") has no answer yet: the
                // next, read after a refusal too, may give it (a review found "It's a
                // secret", "fine", "Sunshine42" shown).
                let gave_in = asked && refused_last && !refused && facts::gives_in_alone(&m.text);
                let happened = asked
                    && ((!chosen && facts::tells_what_happened(&m.text))
                        || facts::unsure(&m.text)
                        || refused
                        || gave_in);
                let put_off = if asked { facts::put_off(&m.text) } else { None };
                let waits = put_off.is_some() || happened;
                // After a refusal alone, the words that give in are no part of the reply:
                // "It is private" then "whatever, Sunshine42" gives "Sunshine42" (a review
                // found it shown). Its answer is read from after them; its facts, from
                // all of it, as before.
                let after_refusal =
                    std::mem::replace(&mut refused_last, refused || gave_in) && !waits;
                // Without one, a "whatever" before the answer is no part of it either
                // ("whatever, Sunshine42": a review found it shown).
                let text = if after_refusal {
                    &m.text[facts::given_in_first(&m.text)..]
                } else if asked {
                    &m.text[facts::whatever_first(&m.text)..]
                } else {
                    m.text.as_str()
                };
                // The message after it is the answer only when short: a longer one
                // is on another topic ("Actually my flight to Berlin was cancelled").
                // A question other than a name's (the city born in) may be answered
                // "from Boston".
                let place = secret.is_some_and(|s: facts::Secret| !s.names_never_facts());
                // So is one that opens with the answer typed before it goes on ("wait"
                // then "Pepper I want a human").
                // After a greeting alone, only one that looks like an answer ("Rex",
                // not "Refund").
                let answers = || {
                    (facts::answers_alone(text, code, place)
                        || facts::leads_with_answer(text, secret, code && password))
                        && (!greeted || facts::answers_after_greeting(text))
                };
                // Given in after a refusal alone ("whatevs Paris I want a human"), what
                // follows the words that give in is read as after "whatever" in the reply.
                let given_in =
                    after_refusal && text.len() < m.text.len() && facts::answers_given_in(text);
                if held && !waits && !given_in && !answers() {
                    (secret, code) = (None, false);
                }
                held = waits;
                greeted = happened || put_off == Some(facts::PutOff::Alone);
                let asked = if waits { None } else { secret.take() };
                let declined = asked.is_some_and(|s| facts::declines_to(text, s));
                let for_facts =
                    asked.filter(|s: &facts::Secret| !declined || s.names_never_facts());
                let asked = asked.filter(|_| !declined);
                // The message's names, found once for its facts and its secrets (again
                // for the answer after words that give in: their places differ).
                let found = facts::names_and_secrets(&m.text);
                let names = &found.0;
                facts::extract(&m.text, i + 1, for_facts, name_was_asked, names, &mut facts);
                let kept: Vec<&Fact> = (facts.list.iter().rev())
                    .take_while(|f| f.turn == i + 1)
                    .collect();
                // Those of the whole message too, where they stand in the part read: a
                // word that opens it is a name after "whatevs" ("whatevs Paris").
                let found = if text.len() < m.text.len() {
                    facts::names_in_part(&m.text, m.text.len() - text.len())
                } else {
                    found
                };
                secrets.read(
                    text,
                    i,
                    asked,
                    match (!waits && std::mem::take(&mut code), password) {
                        (false, _) => facts::Code::None,
                        (true, false) => facts::Code::Other,
                        // "Could I get your name and password please?": a reply
                        // of a few words may be the name ("John Smith").
                        (true, true) if name_was_asked => facts::Code::PasswordBesideName,
                        (true, true) => facts::Code::Password,
                    },
                    &kept,
                    found,
                );
            }
            Role::Bot => {
                (held, greeted, refused_last) = (false, false, false);
                secret = facts::asks_for_secret(&m.text);
                code = facts::asks_for_code(&m.text);
                password = code && facts::asks_for_password(&m.text);
                name_asked =
                    (secret.is_none() && facts::asks_for_name(&m.text)).then_some(m.text.as_str());
            }
            _ => {
                (secret, name_asked, code) = (None, None, false);
                (held, greeted, refused_last) = (false, false, false);
            }
        }
    }
    let mut facts = facts.list;
    secrets.retain_untold(&mut facts);
    (facts, secrets)
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

#[cfg(test)]
mod tests;
