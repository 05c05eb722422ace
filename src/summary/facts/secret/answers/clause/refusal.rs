//! Replies that refuse a security question's answer ("It is private", "None of your
//! business", "Not telling", "I'd rather not say"), and the answer a customer gives in
//! with after one ("It is private. Ok fine, it's Sunshine42", "whatever, Sunshine42",
//! "It's a secret, Sunshine"): a clause's words → whether they refuse; the text after a
//! refusal → whether it gives the answer, and where, past its words that give in.

use super::opens::{is_chat_tail, opens_a_sentence};
use super::{
    CLAUSE_MARKS, CLAUSE_STARTS, LEAD_IN, Later, NO_ANSWER, WHOLE_ANSWER_WORDS,
    answers_after_a_greeting, asks_for_a_person, fillers_len, leading_answer, says_nothing,
};
use crate::summary::facts::secret::answers::password_shaped;

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

/// Verbs a customer withholds the answer with after a negation ([`negates`]): "Not
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

/// Whether `lower` (a word in lower case) is a negation before a verb of
/// [`WITHHOLDING`]: the negations the rules' matching reads (`text::is_negation`: "not",
/// "won't", "can't", "ain't", "never"), one list for both, and "refuse", which refuses
/// without a verb ("I refuse").
fn negates(lower: &str) -> bool {
    lower == "refuse" || crate::text::is_negation(lower)
}

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
/// would mask "works"): only after a refusal is it passed over, a clause of it
/// ([`gives_in`]) or before an answer ([`given_in_len`]).
pub(super) const GIVING_IN: &[&str] = &["ugh", "urgh", "fine", "sigh", "jeez", "geez", "ffs"];

/// Whether `lower` (a word in lower case, its marks left off) is one a customer gives in
/// with ([`GIVING_IN`], [`LEAD_IN`], "whatever": "fine", "ok", "ugh"), or says sorry
/// with after a refusal ("It's a secret, sorry, Sunshine42": a review found it shown).
/// Not in [`GIVING_IN`], which `fillers_len` passes over before any answer: "sorry I
/// don't know" says none.
fn gives_in(lower: &str) -> bool {
    GIVING_IN.contains(&lower)
        || LEAD_IN.contains(&lower)
        || is_whatever(lower)
        || matches!(lower, "sorry" | "sry" | "soz")
}

/// More words than any refusal [`refuses`] reads has ("I'm really not going to tell
/// you that one either", its laughs left out, has twelve).
const REFUSAL_MOST_WORDS: usize = 16;

/// Whether `answer` (the answer of a reply's clause, "it's" left off) refuses to give
/// it: a word of [`REFUSING`], [`BEFORE_REFUSING`] words before it ("private", "top
/// secret", "a secret"), one that says it is none of the bot's business ("None of your
/// business", "mind your own business"), or a verb of [`WITHHOLDING`] after a negation
/// ([`withholds`]: "Not telling", "I'd rather not say"); a laugh after it is none of it
/// ("it's private lol").
pub(in super::super) fn refuses(answer: &str) -> bool {
    // A refusal is a few words: a longer clause, up to a message of megabytes, is not
    // lowered word by word into a list.
    if answer.split_whitespace().nth(REFUSAL_MOST_WORDS).is_some() {
        return false;
    }
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
/// [`BEFORE_NEGATION`], a negation ([`negates`]), words of [`BEFORE_VERB`], a verb of
/// [`WITHHOLDING`] ("refuse" needs none) and words of [`AFTER_VERB`], nothing else: "Not
/// telling", "I won't say", "I'd rather not say", "nope not giving that" (a review found
/// each read as no refusal, and "I won't say" masked as the answer). "No" is a negation
/// and a word before one ("no not giving that"): each negation after the words before
/// one is tried.
fn withholds(words: &[String]) -> bool {
    let in_list = |list: &[&str], w: &String| list.contains(&w.as_str());
    let withheld_after = |neg: usize| {
        let rest = &words[neg + 1..];
        let verb = rest
            .iter()
            .position(|w| in_list(WITHHOLDING, w))
            .or_else(|| (words[neg] == "refuse").then_some(rest.len()));
        verb.is_some_and(|at| {
            rest[..at].iter().all(|w| in_list(BEFORE_VERB, w))
                && rest
                    .get(at + 1..)
                    .unwrap_or_default()
                    .iter()
                    .all(|w| in_list(AFTER_VERB, w))
        })
    };
    for (at, word) in words.iter().enumerate() {
        if negates(word) && withheld_after(at) {
            return true;
        }
        if !in_list(BEFORE_NEGATION, word) {
            return false;
        }
    }
    false
}

/// Whether `rest`, the text after a clause that refuses, gives the answer after all: the
/// customer gives in ([`GIVING_IN`], [`LEAD_IN`]: "Ok fine", "ugh ok", a clause of such
/// words passed over; "whatever" where [`given_in_len`] passes it over), and the next
/// clause is a short answer, a word to three, as [`answer_clause`](super::answer_clause)
/// reads one ("It is private. Ok fine, it's Sunshine42", "None of your business. fine.
/// Sunshine42", "It is private. whatever Sunshine42": a review found each shown), or an
/// answer typed before a request in the same clause ([`typed_before_going_on`]: "It is
/// private. ok fine Sunshine42 I want a human", a review found it shown); not a clause
/// that opens a sentence, says no answer or refuses again ("It is private. I want a
/// human", "It is private. ok, call me"), nor one after no word that gives in ("It is
/// private. Call me"), nor one that does not look like an answer, as after a greeting
/// alone ([`answers_after_a_greeting`]: "fine. Refund.", "Ok, bye.", "ok fine. Netflix.":
/// a review found each masked).
pub(super) fn gives_in_after(rest: &str) -> bool {
    gives_answer_after(rest, false)
}

/// [`gives_in_after`], where `gave_in` says whether the customer gave in before `rest`
/// already ("whatever, " read before it: [`whatever_first`]).
fn gives_answer_after(rest: &str, gave_in: bool) -> bool {
    let lower = word_said;
    let mut gave_in = gave_in;
    // A few clauses, a few words each: not all of a message of megabytes. A dash typed
    // apart ends one too ("fine - Sunshine42 I want a human" after "It is private - ").
    let clauses = (rest.split(CLAUSE_MARKS)).flat_map(dashed);
    for clause in clauses.take(4) {
        let fillers = given_in_len(clause);
        gave_in |= clause[..fillers]
            .split_whitespace()
            .any(|w| gives_in(&lower(w)));
        let said = &clause[fillers..];
        let words: Vec<String> = (said.split_whitespace())
            .map(lower)
            .filter(|w| !w.is_empty())
            .take(WHOLE_ANSWER_WORDS + 1)
            .collect();
        if words.iter().all(|w| gives_in(w)) {
            gave_in |= !words.is_empty();
            continue;
        }
        // A mask under `--redact` typed first is the answer too ("whatever u say,
        // \[secret\] please I want a human", read again masked: "whatever u say" was
        // masked as the answer).
        if words.len() > WHOLE_ANSWER_WORDS {
            let masked = said
                .split_whitespace()
                .next()
                .is_some_and(crate::redact::holds_mask);
            return gave_in && (masked || typed_before_going_on(said).is_some());
        }
        return gave_in
            && !CLAUSE_STARTS.contains(&words[0].as_str())
            && !opens_a_sentence(&words[0])
            && !words.iter().any(|w| NO_ANSWER.contains(&w.as_str()))
            && !says_nothing(&words)
            && !refuses(said)
            // A mask under `--redact` is the answer ("it's \[name\]").
            && (said.split_whitespace().any(crate::redact::holds_mask)
                || answers_after_a_greeting(said));
    }
    false
}

/// The answer a clause given in after a refusal types before it goes on with a request
/// ("Sunshine42 I want a human" of "It is private. ok fine Sunshine42 I want a human"),
/// its words that give in left off: one word that may be a word the customer chose, as
/// after a question for a password ([`leading_answer`], [`Later::Chosen`]: after a
/// refusal the customer gives in with the answer, whatever was asked), and looks like an
/// answer ([`answers_after_a_greeting`]: not "Refund I want a human").
pub(super) fn typed_before_going_on(clause: &str) -> Option<&str> {
    leading_answer(clause, Later::Chosen).filter(|w| answers_after_a_greeting(w))
}

/// Whether `rest`, the text after a clause that refuses and a comma (a semicolon, a
/// dash typed apart), is one word that looks like an answer, alone in its clause ("It's
/// a secret, Sunshine.", "None of your business, Sunshine42": a review found both
/// shown), a laugh after it ("It's a secret, Sunshine42 lol") or a request
/// ([`typed_before_going_on`]: "None of your business, Sunshine42 I want a human"): the
/// password, or the bot addressed by a name ("It's a secret, Kevin"); masking the name
/// costs a vocative the transcript holds, where showing a password puts it in the logs.
/// Written as a name or a password is, capitalised or with a digit: a word in lower
/// case after a refusal is a remark ("It's private, period.", "…, idiot", "…, duh"). Not
/// a word that says no answer or nothing ("It's a secret, sorry.", "It's private,
/// thanks"), gives in ("It's private, ok"), opens a sentence or addresses the bot
/// ("It's a secret, mate", "Sir"), or is no answer after a greeting either
/// ([`answers_after_a_greeting`]: "It's private, lol", "…, Obviously").
pub(super) fn one_word_after_a_comma(rest: &str) -> bool {
    // A dash typed apart ends the word's clause too: "It is private - Bluebird - I want
    // a human" (a review found "Bluebird" shown, where main masked it).
    let clause = up_to_a_mark_or_dash(rest);
    let mut words = clause.split_whitespace();
    let Some(word) = words.next() else {
        return false;
    };
    // A laugh or a smiley after it, a few at most: not all of a message of megabytes.
    let tails = words.clone().take(4).all(is_chat_tail) && words.clone().nth(3).is_none();
    let after_word = &clause[word.as_ptr() as usize - clause.as_ptr() as usize + word.len()..];
    // Typed before a request for a person, or a password before any ("It's a secret,
    // Sunshine and more" may go on a sentence); a laugh between is none of the request
    // ("It's a secret; Bluebird lol I want a human": a review found it shown).
    let typed = || {
        typed_before_going_on(clause).is_some_and(|w| w == word)
            && (password_shaped(word) || asks_for_a_person_after(after_word))
    };
    let lower = word_said(word);
    let written =
        word.starts_with(char::is_uppercase) || word.contains(|c: char| c.is_ascii_digit());
    !lower.is_empty()
        && (tails || (written && typed()))
        && !gives_in(&lower)
        && !CLAUSE_STARTS.contains(&lower.as_str())
        && !NO_ANSWER.contains(&lower.as_str())
        && !says_nothing(std::slice::from_ref(&lower))
        && (crate::redact::holds_mask(word)
            || (written && !opens_a_sentence(&lower) && answers_after_a_greeting(word)))
}

/// Whether `rest`, the text after a clause that refuses, gives a password in its first
/// clause, whatever mark came before it, more marks too ("It's a secret... Sunshine42"):
/// one word of letters and digits both ([`password_shaped`]: "It's a secret.
/// Sunshine42.", "It is private - Sunshine42"), alone or with a laugh after it, or
/// typed before a request for a person ("It's a secret. Sunshine42 I want a human": a
/// review found it shown); no common English word has digits, and a sentence after a
/// refusal opens with a word ("It's a secret. Call me", "It's private. Order 12345 is
/// late", "It's a secret. 10am works." stay). A thing's name and its version after a
/// refusal ("It's private. Windows10.") reads as one too: a review found "Galaxy99"
/// shown, and a password shown is worse than a topic masked.
pub(super) fn password_after_a_refusal(rest: &str) -> bool {
    let rest = rest.trim_start_matches(|c: char| c.is_whitespace() || ".!?…".contains(c));
    let cut = rest.find(CLAUSE_MARKS).unwrap_or(rest.len());
    let clause = &rest[..cut];
    let mut words = clause.split_whitespace().skip_while(|w| is_chat_tail(w));
    let Some(word) = words.next() else {
        return false;
    };
    let after = &clause[word.as_ptr() as usize - clause.as_ptr() as usize + word.len()..];
    let alone = words.take(4).all(is_chat_tail) && clause.split_whitespace().nth(5).is_none();
    password_shaped(word) && !word.contains('-') && (alone || asks_for_a_person_after(after))
}

/// Whether `after`, the text after a word given in, asks for a person, a laugh or a
/// smiley before it passed over ("lol I want a human"), its first clause only.
fn asks_for_a_person_after(after: &str) -> bool {
    let cut = after.find(CLAUSE_MARKS).unwrap_or(after.len());
    // A request is a few words: not all of a message of megabytes.
    let words: Vec<String> = (after[..cut].split_whitespace())
        .skip_while(|w| is_chat_tail(w))
        .take(12)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_lowercase()
        })
        .collect();
    asks_for_a_person(&words)
}

/// Whether the words of a clause (lower case, without their marks) are all words a
/// customer gives in with ([`gives_in`]): after a refusal, such a clause is passed over
/// ("It's private. whatever. Sunshine42").
pub(super) fn only_gives_in<S: AsRef<str>>(mut words: impl Iterator<Item = S>) -> bool {
    words.all(|w| gives_in(w.as_ref()))
}

/// A word as the lists here hold it: without the marks around it (an apostrophe kept),
/// in lower case, a curly apostrophe straight.
fn word_said(w: &str) -> String {
    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
        .to_lowercase()
        .replace('’', "'")
}

mod dash;
mod next_message;
mod whatever;
use dash::{dashed, up_to_a_mark_or_dash};
pub(super) use dash::{giving_in_before_dash, one_word_after_a_dash, refusal_before_dash};
pub(in crate::summary) use next_message::{answers_given_in, given_in_first, gives_in_alone};
pub(super) use whatever::given_in_len;
use whatever::is_whatever;
pub(in crate::summary) use whatever::whatever_first;

#[cfg(test)]
mod tests;
