//! Replies that refuse a security question's answer ("It is private", "None of your
//! business", "Not telling", "I'd rather not say"), and the answer a customer gives in
//! with after one ("It is private. Ok fine, it's Sunshine42"): a clause's words →
//! whether they refuse; the text after a refusal → whether it gives the answer.

use super::opens::{is_chat_tail, opens_a_sentence};
use super::{
    CLAUSE_STARTS, LEAD_IN, NO_ANSWER, WHOLE_ANSWER_WORDS, answers_after_a_greeting, fillers_len,
    says_nothing,
};

/// Words a customer refuses the answer with ("It is private", "That's confidential",
/// "top secret"): no answer, however short.
const REFUSING: &[&str] = &[
    "classified",
    "confidential",
    "personal",
    "private",
    "privileged",
    "secret",
];

/// Words that may stand before a word of [`REFUSING`]: "top secret", "very private", "a
/// secret" ("It's a secret": a review found the question closed and the next message's
/// password shown).
const BEFORE_REFUSING: &[&str] = &["top", "very", "strictly", "totally", "quite", "kinda", "a"];

/// Verbs a customer withholds the answer with after a negation ([`NEGATIONS`]): "Not
/// telling", "I won't say", "nope not giving that", "I'd rather not share it".
const WITHHOLDING: &[&str] = &[
    "tell",
    "telling",
    "say",
    "saying",
    "give",
    "giving",
    "share",
    "sharing",
    "disclose",
    "disclosing",
    "reveal",
    "revealing",
    "provide",
    "providing",
];

/// The negations before a verb of [`WITHHOLDING`]; "refuse" refuses without one ("I
/// refuse").
const NEGATIONS: &[&str] = &[
    "not", "won't", "wont", "never", "don't", "dont", "can't", "cant", "cannot", "refuse",
];

/// Words before the negation of a refusal: "nope not giving that", "I'd rather not say",
/// "sorry I won't tell".
const BEFORE_NEGATION: &[&str] = &[
    "nope",
    "nah",
    "no",
    "sorry",
    "i",
    "i'm",
    "im",
    "i'd",
    "id",
    "i'll",
    "ill",
    "am",
    "would",
    "rather",
    "prefer",
    "just",
    "really",
    "definitely",
    "simply",
    "absolutely",
];

/// Words between the negation and the verb: "not going to say", "don't want to tell".
const BEFORE_VERB: &[&str] = &[
    "going", "gonna", "to", "want", "wanna", "rather", "be", "about",
];

/// Words after the verb: "not giving that", "won't tell you", "not sharing it here".
const AFTER_VERB: &[&str] = &[
    "it", "that", "this", "you", "u", "out", "here", "to", "over", "online", "anyone", "anybody",
    "the", "my", "password", "pin", "answer", "one", "either", "away",
];

/// Words a customer gives in with after refusing ("ugh ok it's Sunshine42", "Fine,
/// Sunshine42"), beside the lead-ins ([`LEAD_IN`]): passed over before an answer
/// (`whole::fillers_len`). Not "whatever", which goes on a sentence ("Whatever works"
/// would mask "works"): only a clause of it after a refusal is passed over
/// ([`gives_in`]).
pub(super) const GIVING_IN: &[&str] = &["ugh", "urgh", "fine", "sigh", "jeez", "geez", "ffs"];

/// Whether `lower` (a word in lower case, its marks left off) is one a customer gives in
/// with ([`GIVING_IN`], [`LEAD_IN`], "whatever": "fine", "ok", "ugh").
fn gives_in(lower: &str) -> bool {
    GIVING_IN.contains(&lower) || LEAD_IN.contains(&lower) || lower == "whatever"
}

/// Whether `answer` (the answer of a reply's clause, "it's" left off) refuses to give
/// it: a word of [`REFUSING`], [`BEFORE_REFUSING`] words before it ("private", "top
/// secret", "a secret"), one that says it is none of the bot's business ("None of your
/// business", "mind your own business"), or a verb of [`WITHHOLDING`] after a negation
/// ([`withholds`]: "Not telling", "I'd rather not say"); a laugh after it is none of it
/// ("it's private lol").
pub(in super::super) fn refuses(answer: &str) -> bool {
    // A mask is no word of a refusal: "\[secret\]" under `--redact` is the answer.
    let words: Vec<String> = (answer.split_whitespace())
        .filter(|w| !crate::redact::holds_mask(w) && !is_chat_tail(w))
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
                .replace('’', "'")
        })
        .filter(|w| !w.is_empty())
        .collect();
    let business = words.len() <= 5
        && words.ends_with(&["business".to_owned()])
        && words.iter().any(|w| matches!(w.as_str(), "your" | "own"));
    let refused = match words.split_last() {
        Some((last, before)) => {
            REFUSING.contains(&last.as_str())
                && before.iter().all(|w| BEFORE_REFUSING.contains(&w.as_str()))
        }
        None => false,
    };
    refused || business || withholds(&words)
}

/// Whether `words` (in lower case) say the customer will not give the answer: words of
/// [`BEFORE_NEGATION`], a negation ([`NEGATIONS`]), words of [`BEFORE_VERB`], a verb of
/// [`WITHHOLDING`] ("refuse" needs none) and words of [`AFTER_VERB`], nothing else: "Not
/// telling", "I won't say", "I'd rather not say", "nope not giving that" (a review found
/// each read as no refusal, and "I won't say" masked as the answer).
fn withholds(words: &[String]) -> bool {
    let Some(neg) = words.iter().position(|w| NEGATIONS.contains(&w.as_str())) else {
        return false;
    };
    let in_list = |list: &[&str], w: &String| list.contains(&w.as_str());
    let rest = &words[neg + 1..];
    let verb = rest
        .iter()
        .position(|w| in_list(WITHHOLDING, w))
        .or_else(|| (words[neg] == "refuse").then_some(rest.len()));
    words[..neg].iter().all(|w| in_list(BEFORE_NEGATION, w))
        && verb.is_some_and(|at| {
            rest[..at].iter().all(|w| in_list(BEFORE_VERB, w))
                && rest
                    .get(at + 1..)
                    .unwrap_or_default()
                    .iter()
                    .all(|w| in_list(AFTER_VERB, w))
        })
}

/// Whether `rest`, the text after a clause that refuses, gives the answer after all: the
/// customer gives in ([`GIVING_IN`], [`LEAD_IN`]: "Ok fine", "ugh ok", a clause of such
/// words passed over), and the next clause is a short answer, a word to three, as
/// [`answer_clause`](super::answer_clause) reads one ("It is private. Ok fine, it's
/// Sunshine42", "None of your business. fine. Sunshine42": a review found both shown);
/// not a clause that opens a sentence, says no answer or refuses again ("It is private.
/// I want a human", "It is private. ok, call me"), nor one after no word that gives in
/// ("It is private. Call me"), nor one that does not look like an answer, as after a
/// greeting alone ([`answers_after_a_greeting`]: "fine. Refund.", "Ok, bye.", "ok fine.
/// Netflix.": a review found each masked).
pub(super) fn gives_in_after(rest: &str) -> bool {
    let lower = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
            .to_lowercase()
            .replace('’', "'")
    };
    let mut gave_in = false;
    // A few clauses, a few words each: not all of a message of megabytes.
    for clause in rest.split([',', ';', '.', '!', '?', '\n', '\r']).take(4) {
        let fillers = fillers_len(clause);
        gave_in |= clause[..fillers]
            .split_whitespace()
            .any(|w| gives_in(&lower(w)));
        let words: Vec<String> = (clause[fillers..].split_whitespace())
            .map(lower)
            .filter(|w| !w.is_empty())
            .take(WHOLE_ANSWER_WORDS + 1)
            .collect();
        if words.iter().all(|w| gives_in(w)) {
            gave_in |= !words.is_empty();
            continue;
        }
        return gave_in
            && words.len() <= WHOLE_ANSWER_WORDS
            && !CLAUSE_STARTS.contains(&words[0].as_str())
            && !opens_a_sentence(&words[0])
            && !words.iter().any(|w| NO_ANSWER.contains(&w.as_str()))
            && !says_nothing(&words)
            && !refuses(&clause[fillers..])
            // A mask under `--redact` is the answer ("it's \[name\]").
            && (clause[fillers..].split_whitespace().any(crate::redact::holds_mask)
                || answers_after_a_greeting(&clause[fillers..]));
    }
    false
}

/// Whether the words of a clause (lower case, without their marks) are all words a
/// customer gives in with ([`gives_in`]): after a refusal, such a clause is passed over
/// ("It's private. whatever. Sunshine42").
pub(super) fn only_gives_in<S: AsRef<str>>(mut words: impl Iterator<Item = S>) -> bool {
    words.all(|w| gives_in(w.as_ref()))
}
