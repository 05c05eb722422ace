//! The answer in a reply to a security question: a reply → the clause that holds the
//! answer (after lead-ins, "it's"), or none when it says no answer or asks back.

use super::{FILLER, NO_ANSWER};
use crate::text::english::is_common_english;

/// The most words of a reply that is the answer, all of it ("Boston", "rex", "New York
/// City").
const WHOLE_ANSWER_WORDS: usize = 3;

/// Words of a clause that put the answer off without saying none ("Actually", "sure",
/// "ok"): the answer is in the next clause ("sure, it's pineapple").
pub(super) const LEAD_IN: &[&str] = &[
    "actually", "well", "so", "oh", "ah", "yes", "yeah", "ok", "okay", "sure", "right", "alright",
    "hmm", "hm", "um", "umm", "uh", "er", "erm", "hi", "hello",
];

/// How an answer is said before it: "it's Smith" is "Smith".
const SAYS_IT: &[&str] = &[
    "it's ", "it’s ", "its ", "it is ", "it was ", "that's ", "that is ",
];

/// Words of a reply that are no answer however short: asking for a person ("Agent",
/// "Representative!", "Operator please"), saying the customer does not know or gives up
/// ("Dunno", "Idk", "Unsure", "Nevermind"), an interjection ("Ugh", "Huh", "Pardon",
/// "Seriously", "Really"), or a command to the bot ("Cancel", "Stop", "Menu", "start
/// over"). A review found each remembered as the secret and every later "Agent
/// please" read "\[secret\] please"; a reply of these words alone, with "please" or
/// "now", gives none.
const NOT_AN_ANSWER: &[&str] = &[
    "agent",
    "agents",
    "human",
    "humans",
    "person",
    "representative",
    "rep",
    "operator",
    "someone",
    "somebody",
    "staff",
    "manager",
    "supervisor",
    "advisor",
    "adviser",
    "live",
    "real",
    "dunno",
    "idk",
    "unsure",
    "nevermind",
    "never",
    "mind",
    "nvm",
    "whatever",
    "clue",
    "ugh",
    "huh",
    "pardon",
    "seriously",
    "really",
    "eh",
    "argh",
    "geez",
    "jeez",
    "omg",
    "wow",
    "meh",
    "hey",
    "oops",
    "cancel",
    "stop",
    "menu",
    "help",
    "back",
    "start",
    "over",
    "quit",
    "exit",
    "restart",
    "end",
    "main",
    "repeat",
    "again",
    "please",
    "pls",
    "plz",
    "now",
    "an",
    "a",
    "the",
    "me",
];

/// Whether the words of a reply (lower case, without their marks) are all no answer
/// ([`NOT_AN_ANSWER`], [`NO_ANSWER`], [`FILLER`], [`LEAD_IN`]): "Agent please",
/// "Dunno", "start over".
pub(super) fn says_nothing<S: AsRef<str>>(words: &[S]) -> bool {
    !words.is_empty()
        && words.iter().all(|w| {
            let w = w.as_ref();
            [NOT_AN_ANSWER, NO_ANSWER, FILLER, LEAD_IN]
                .iter()
                .any(|l| l.contains(&w))
        })
}

/// The answer in the customer's reply `text` to a security question: the first clause
/// (up to a comma, a full stop, a line break, "but") that is not a lead-in
/// ([`LEAD_IN`]), where it starts and ends. The clause is the answer, all of it, when it is of
/// a word or three ([`WHOLE_ANSWER_WORDS`]: "Smith", "It's Smith", "Rex, my dog"); a
/// longer one holds it among its names ("I was born in Boston"), which are the secrets,
/// and no later clause does ("Smith. My husband John Baker set up the account": John
/// Baker is a person). A clause that says no answer ([`NO_ANSWER`]: "I don't know",
/// "forget it") is passed over; none after a question back.
pub(super) fn answer_clause(text: &str) -> Option<(usize, Option<&str>, usize)> {
    let mut at = 0;
    while at < text.len() {
        let rest = &text[at..];
        let cut = rest
            .find([',', ';', '.', '!', '?', '\n', '\r'])
            .into_iter()
            .chain(rest.find(" but "))
            .min()
            .unwrap_or(rest.len());
        let (clause, end) = (&rest[..cut], at + cut);
        let words: Vec<String> = clause
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                    .to_lowercase()
            })
            .filter(|w| !w.is_empty())
            .collect();
        at = end + 1;
        if words.is_empty() || words.iter().all(|w| LEAD_IN.contains(&w.as_str())) {
            continue;
        }
        if rest[cut..].starts_with('?') {
            return None;
        }
        // A clause that says no answer: the reply gives none ("Actually, forget it, I
        // want to close my account in Boston instead", "I don't remember, but I need to
        // cancel my Boston trip": a review found their facts lost).
        // Nor does a clause of words that are no answer ([`says_nothing`]: "Agent
        // please", "Dunno", "Ugh"): a review found each remembered as the secret.
        if words.iter().any(|w| NO_ANSWER.contains(&w.as_str())) || says_nothing(&words) {
            return None;
        }
        let trimmed = clause.trim();
        let mut answer = SAYS_IT
            .iter()
            .find_map(|p| {
                (trimmed.get(..p.len())?.eq_ignore_ascii_case(p)).then(|| trimmed.get(p.len()..))?
            })
            .map_or(trimmed, str::trim);
        while let Some((first, rest)) = answer.split_once(' ')
            && LEAD_IN.contains(&first.to_lowercase().as_str())
        {
            answer = rest.trim_start();
        }
        // A request's "please" after it is no part of it: "Snowball please" gives
        // "Snowball", so that "I said Snowball" later is the secret said again (a review
        // found it a fact).
        while let Some((rest, last)) = answer.rsplit_once(' ')
            && matches!(last.to_lowercase().as_str(), "please" | "pls" | "plz")
        {
            answer = rest.trim_end();
        }
        let start = end - cut;
        if answer.split_whitespace().count() <= WHOLE_ANSWER_WORDS {
            return Some((start, Some(answer), end));
        }
        return Some((start, None, end));
    }
    None
}

/// Words that start a clause of a reply after its answer ("Seahorse I want a human",
/// "Seahorse can you get me an agent", "Seahorse just reset it").
const CLAUSE_STARTS: &[&str] = &[
    "i", "i'm", "im", "i've", "ive", "i'd", "i'll", "we", "we're", "you", "can", "could", "would",
    "will", "please", "pls", "plz", "just", "and", "but", "so", "then", "it", "it's", "its",
    "that", "that's", "this", "is", "does", "doesn't", "didn't", "not", "now", "get", "give",
    "let", "my", "thanks", "thank", "need", "want",
];

/// The most words of an answer before a clause start ([`CLAUSE_STARTS`]).
const LEADING_WORDS: usize = 3;

/// The answer a reply to a question for a password or a secret word types before going on
/// without a mark ("Seahorse I want a human", "blue seahorse can you get me an agent"): its first
/// word or words (up to [`LEADING_WORDS`]) before a word that starts a clause
/// ([`CLAUSE_STARTS`]), when one of them at least is no common English word of three
/// letters or more and none
/// says no answer ([`says_nothing`]; [`NO_ANSWER`]): not "Hello there I want a human",
/// "Agent I want a human", "Sorry I forgot it". A review found "Seahorse" shown.
pub(super) fn leading_answer(text: &str) -> Option<&str> {
    let lower = |w: &str| w.to_lowercase().replace('’', "'");
    let words: Vec<&str> = text.split_whitespace().collect();
    let at = (words.iter().skip(1).take(LEADING_WORDS))
        .position(|w| CLAUSE_STARTS.contains(&lower(w).as_str()))?
        + 1;
    let answer = &words[..at];
    let said: Vec<String> = answer.iter().map(|w| lower(w)).collect();
    let last = answer.last()?;
    let end = last.as_ptr() as usize - text.as_ptr() as usize + last.len();
    (answer.iter().all(|w| w.chars().all(char::is_alphanumeric))
        && !says_nothing(&said)
        && !(said.iter()).any(|w| NO_ANSWER.contains(&w.as_str()) || FILLER.contains(&w.as_str()))
        && !CLAUSE_STARTS.contains(&said[0].as_str())
        && (said.iter()).any(|w| w.chars().count() >= 3 && !is_common_english(w)))
    .then(|| text[..end].trim_start())
}

/// Whether the customer's reply `text` to a security question gives no answer: it
/// says none or asks back first ("I don't remember, but …", "Actually, forget it, …",
/// "Why?"). Such a reply holds no secret at all.
pub(in crate::summary) fn declines(text: &str) -> bool {
    answer_clause(text).is_none()
}
