//! A one-word name given when asked: the customer's reply to the bot's question for a
//! person's name → the name, when the reply is that word alone ("Alex", "Mark."), added
//! to the facts; not a word the bot's own message offered ("Billing or Sales? And your
//! name?" "Billing").

use super::{FactKind, Facts, names, plain};
use crate::text::capitalised;

/// The name in `text`, the customer's message `turn`, a reply to the bot's question for
/// a person's name, theirs or the host's (`asked`: [`super::asks_for_name`]), that is one word
/// alone ("Alex", "Mark."), added to
/// `out` unless already there: a sentence's first word, no name to the patterns, where a
/// reply of two ("John Smith") is one. Not a word the bot's own message offered
/// ([`echoes`]: "Billing or Sales? And your name?" "Billing"); a bot that says the name
/// it then asks for is rare (none of STAR's 580 one-word replies to it).
pub(in crate::summary) fn extract_name_reply(
    text: &str,
    asked: &str,
    turn: usize,
    out: &mut Facts,
) {
    if let Some((_, name, true)) = names::first_answer(text)
        && !echoes(asked, name)
        && out.seen.insert(name.to_ascii_lowercase().into_boxed_str())
    {
        out.list.push(plain(FactKind::Name, name, turn));
    }
}

/// Whether the one-word reply `name` echoes the bot's message `asked`, the reply picking
/// what it offered ("Billing or Sales? And your name?" "Billing"; "Welcome to Acme. What
/// is your name?" "Acme": no company's name as the customer's): a word of it, in any
/// case. A name that is also an everyday word ("Grace", "May", "Will", "Mark":
/// `is_name_word`) only where the bot wrote it as a name, capitalised, past its
/// sentence's first word, and offered it: in a question ("Is your card from Citi or
/// Chase?") or as its own name ("Hi, I'm Mark. What's your name?"); not as a word ("May
/// I have your name?" "May"; "What name will it be under?" "Will"), nor in a statement
/// of its business ("Welcome to Grace Dental. What is your name?" "Grace": a customer
/// named Grace, whom a review found given no fact; no customer answers the question
/// for their name with the business's).
fn echoes(asked: &str, name: &str) -> bool {
    let lower = name.to_lowercase().replace('’', "'");
    if !crate::text::english::is_name_word(&lower) {
        return says_word(asked, name);
    }
    crate::summary::sentences::sentences(asked).any(|sentence| {
        let question = sentence.trim_end().ends_with('?');
        let words: Vec<&str> = split_words(sentence).collect();
        (1..words.len()).any(|i| {
            words[i].eq_ignore_ascii_case(name)
                && capitalised(words[i])
                && (question || own_name(&words[..i]))
        })
    })
}

/// Whether `before`, the words before a name in the bot's sentence, make it the bot's
/// own ("I'm Mark", "I am Mark", "my name is Mark", "this is Mark").
fn own_name(before: &[&str]) -> bool {
    let lower: Vec<String> = before
        .iter()
        .rev()
        .take(2)
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    match lower.as_slice() {
        [last, ..] if last == "i'm" || last == "im" => true,
        [last, previous] if last == "am" || last == "is" => {
            previous == "i" || previous == "name" || previous == "this"
        }
        _ => false,
    }
}

/// Whether `text` has `word` as a word of its own, in any case.
fn says_word(text: &str, word: &str) -> bool {
    split_words(text).any(|w| w.eq_ignore_ascii_case(word))
}

/// The words of `text`: letters, digits, apostrophes and hyphens.
fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || matches!(c, '\'' | '’' | '-')))
        .filter(|w| !w.is_empty())
}
