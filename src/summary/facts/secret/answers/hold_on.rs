//! Replies that put the bot's security question off ("one sec", "let me check my
//! notes", "Listen,", "no idea", "It is private"), and whether the message after one
//! answers it: the question waits for a short answer, not for a message on another
//! topic. A refusal of one word ("private") is masked all the same: it may be the
//! password.

use super::clause::{
    Later, answers_after_a_greeting, fillers_len, greets, is_discourse_word, leading_answer,
    refuses,
};
use super::{FILLER, LABELS, LEAD_IN, SPACED_DIGITS, Secret, Secrets, answer_clause};

/// Words of a reply that puts the bot's question off, beside [`FILLER`] and
/// [`LEAD_IN`]: "hold on", "let me check", "give me a minute", "bear with me".
const HOLD_ON: &[&str] = &[
    "on", "a", "me", "let", "lemme", "check", "checking", "look", "looking", "see", "find", "get",
    "grab", "give", "gimme", "min", "mins", "minute", "minutes", "moments", "secs", "seconds",
    "bear", "with", "please", "pls", "i'll", "ill", "i'm", "im", "1", "still", "brb", "up",
    "found", "got", "here", "back", "uhh", "umm", "hol", "un", "momento", "bit", "tick", "sek",
];

/// Verbs after "let me" of a customer gone to find the answer ("let me check my notes",
/// "let me ask my mom"): the words after them put the bot off too.
const LOOKS_FOR_IT: &[&str] = &[
    "check", "look", "find", "grab", "get", "ask", "see", "think", "dig", "search", "pull",
    "fetch", "open", "call", "text",
];

/// Whether `lower` (a word in lower case) is one of a reply that puts the bot's
/// question off ([`HOLD_ON`], [`LOOKS_FOR_IT`]: "wait", "lemme", "check"): typed first
/// before the reply goes on, it is no answer ("Still I want a human").
pub(super) fn holds_on(lower: &str) -> bool {
    HOLD_ON.contains(&lower) || LOOKS_FOR_IT.contains(&lower)
}

/// The most words of a message that puts the bot's question off.
const PUT_OFF_WORDS: usize = 8;

/// How a message puts the bot's question off ([`put_off`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::summary) enum PutOff {
    /// It holds on ("one sec", "let me check my notes"): the next message is the answer
    /// where it is short.
    HoldsOn,
    /// A greeting alone ("Hello there") or a word said alone before going on ("Listen,",
    /// "Anyway,", "ok listen"): the next message is the answer only where it looks like
    /// one ([`answers_after_greeting`]: "Listen," then "it's sunshine" is, "Anyway,"
    /// then "Refund. I want a human" is not: a review found the request masked whole).
    Alone,
}

/// Whether the customer's message `text` only puts the bot's question off ([`put_off`]).
pub(in crate::summary) fn puts_off(text: &str) -> bool {
    put_off(text).is_some()
}

/// How the customer's message `text` puts the bot's question off, if it only does that,
/// so that the customer's next message, if the bot says nothing before it, is the answer
/// ("one sec" then "Cooper": a review found "Cooper" a name): a message of eight words
/// or fewer ([`PUT_OFF_WORDS`]), each of [`FILLER`], [`LEAD_IN`] or [`HOLD_ON`] ("1
/// sec", "still looking", "brb", "found it", "ok got it"), or but for the words after
/// "let me" and a verb of [`LOOKS_FOR_IT`] ("uhh hold on let me grab my card", "let me
/// ask my mom"), when those hold no digit nor a name ("hold on, my order is 12345" keeps
/// its fact); or a greeting alone ([`greets`]: "Hello there" then "Rex", a review found
/// "Rex" shown); a word said alone before going on counts as one of them ("Listen,"
/// then "it's sunshine": a review found "Listen" masked as the password and "sunshine"
/// shown). [`PutOff::Alone`] for a greeting, or where one of its words is said alone
/// before going on (`clause::is_discourse_word` but not [`holds_on_word`]: "Listen,",
/// "Anyway,", "ok listen", "LISTEN!"), read from the same words.
pub(in crate::summary) fn put_off(text: &str) -> Option<PutOff> {
    if greets(text) {
        return Some(PutOff::Alone);
    }
    // Each word as written (a name's capital tells it) and in lower case, read once.
    let words: Vec<(String, String)> = text
        .split_whitespace()
        .map(bare)
        .filter(|w| !w.is_empty())
        // One past the most a put-off has: not all of a message of megabytes.
        .take(PUT_OFF_WORDS + 1)
        .map(|w| {
            let lower = w.to_lowercase();
            (w, lower)
        })
        .collect();
    if words.is_empty() || words.len() > PUT_OFF_WORDS {
        return None;
    }
    let held = |(_, w): &(String, String)| holds_on_word(w) || is_discourse_word(w);
    // "let me check", "I'll go look": where the three words start.
    let looks = words.windows(3).position(|w| {
        matches!(w[0].1.as_str(), "let" | "i'll" | "ill") && LOOKS_FOR_IT.contains(&w[2].1.as_str())
    });
    // Up to the verb, said as hold-on words; after the verb, "my notes", "my mom".
    let (said, after) = match looks {
        Some(at) => (&words[..at], &words[at + 3..]),
        None => (words.as_slice(), &[][..]),
    };
    // The words after "let me check": none a fact's ("my order 12345") or a name's.
    let plain = |(w, _): &(String, String)| {
        !w.chars().any(|c| c.is_ascii_digit())
            && (w == "I" || !w.chars().next().is_some_and(char::is_uppercase))
    };
    if !(said.iter().all(held) && after.iter().all(plain)) {
        return None;
    }
    let alone = (words.iter()).any(|(_, w)| is_discourse_word(w) && !holds_on_word(w));
    Some(if alone {
        PutOff::Alone
    } else {
        PutOff::HoldsOn
    })
}

/// `word` without the marks around it, "’" as "'": "Listen," → "Listen".
fn bare(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
        .replace('’', "'")
}

/// Whether `lower` (a word in lower case) is one of [`FILLER`], [`LEAD_IN`] or
/// [`HOLD_ON`]: "ok", "um", "sec".
fn holds_on_word(lower: &str) -> bool {
    [FILLER, LEAD_IN, HOLD_ON]
        .iter()
        .any(|l| l.contains(&lower))
}

/// Whether the customer's message `text` is a participle alone (`text::participle`:
/// "Blocked", "Hacked"), which tells what happened: no pet's name nor maiden name, and
/// after a question for one the next message may be the answer ("Blocked" then "Rex": a
/// review found "Rex" shown). A password or a word the customer chose may be one
/// ("Locked"): the summary asks this only after the other questions.
pub(in crate::summary) fn tells_what_happened(text: &str) -> bool {
    let mut words = text.split_whitespace();
    matches!((words.next(), words.next()), (Some(word), None)
    if crate::text::participle::is_participle(
        word.trim_matches(|c: char| !c.is_alphanumeric()),
        false,
    ))
}

/// Words of a short reply that says the customer has no answer yet ("no idea", "not
/// sure", "I don't know", "forgot"): one of them makes it one.
const UNSURE: &[&str] = &[
    "no",
    "not",
    "dont",
    "don't",
    "know",
    "remember",
    "forgot",
    "forget",
    "forgotten",
    "idea",
    "sure",
    "unknown",
    "idk",
    "dunno",
];

/// Words beside [`UNSURE`] such a reply may say: "I really don't remember".
const UNSURE_TOO: &[&str] = &["i", "really", "it", "sorry", "hmm", "um", "umm", "uh"];

/// The most words of such a reply.
const UNSURE_WORDS: usize = 4;

/// Whether the customer's message `text` only says the customer has no answer yet ("no
/// idea", "not sure", "I don't remember"): four words or fewer ([`UNSURE_WORDS`]), of
/// [`UNSURE`] and [`UNSURE_TOO`], one of [`UNSURE`]. The next message may give it after
/// all ("no idea" then "It is sunshine. I want a human": a review found it shown), where
/// it looks like an answer.
pub(in crate::summary) fn unsure(text: &str) -> bool {
    let a_word = |w: &'_ str| -> bool {
        !w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .is_empty()
    };
    // Most messages are longer: told before a word is lowered.
    if text
        .split_whitespace()
        .filter(|w| a_word(w))
        .nth(UNSURE_WORDS)
        .is_some()
    {
        return false;
    }
    let words: Vec<String> = (text.split_whitespace())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
                .replace('’', "'")
        })
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= UNSURE_WORDS
        && words.iter().any(|w| UNSURE.contains(&w.as_str()))
        && (words.iter()).all(|w| UNSURE.contains(&w.as_str()) || UNSURE_TOO.contains(&w.as_str()))
}

/// The most words of a reply that only refuses the answer ([`refuses_alone`]).
const REFUSAL_WORDS: usize = 8;

/// Whether the customer's message `text` only refuses the answer, eight words or fewer
/// ([`REFUSAL_WORDS`]), its fillers and "it is" passed over (`clause::refuses`: "It is
/// private.", "Private!", "None of your business", "It's a secret", "Not telling", "I'd
/// rather not say", "it's private lol"): no answer, and, as after "no idea"
/// ([`unsure`]), the next message may give it after all, where it looks like one ("It
/// is private." then "fine, Sunshine"; not "I want a human").
pub(in crate::summary) fn refuses_alone(text: &str) -> bool {
    if text.split_whitespace().nth(REFUSAL_WORDS).is_some() {
        return false;
    }
    let said = text.trim().trim_end_matches(['.', '!']);
    refuses(&said[fillers_len(said)..])
}

impl Secrets {
    /// Reads the customer's message `text` (the message `at`), which only refuses the
    /// answer ([`refuses_alone`]): one word alone ("private", "Secret!") may be the
    /// answer all the same, a password of that word, and is masked, the question left
    /// open (a review found a password "private" shown); a refusal of more words ("It
    /// is private") is none.
    pub(in crate::summary) fn read_refusal(&mut self, text: &str, at: usize) {
        let word = text.trim().trim_matches(|c: char| !c.is_alphanumeric());
        if !word.is_empty() && !word.contains(char::is_whitespace) && refuses(word) {
            self.at = at;
            self.add(word);
        }
    }
}

/// Words that say what the value after them is, beside [`LABELS`]: a number to call or
/// a flight's, a place to go ("order 55123", "call 0171 5551234", "to London").
pub(super) const SAYS_WHAT: &[&str] = &[
    "call", "phone", "tel", "mobile", "cell", "ring", "text", "email", "to", "from", "via",
];

/// Words of [`SAYS_WHAT`] that may introduce a place: the answer to a question for one
/// ("from Boston" after "What city were you born in?").
const BEFORE_A_PLACE: &[&str] = &["to", "from", "via"];

/// Whether a short first clause after a hold-on is a value labelled ([`LABELS`],
/// [`SAYS_WHAT`], after "my" or "the" too: "order 55123", "call 0171 5551234", "my
/// flight BA12"): no answer to a security question, which is said bare ("Cooper",
/// "4821", "it's Snowball"; a review found those facts lost). A label that may
/// introduce the answer asked for is none: "from Boston", "to Paris" to a question for
/// a `place` (a review found "from Boston" after "hold on let me check" a fact, the city
/// born in). A request's "please" labels nothing: "Snowball please" is the answer (a
/// review found "Snowball please. I want a human" and "it's Kowalczyk please" shown).
fn labelled(answer: &str, place: bool) -> bool {
    let words: Vec<String> = (answer.split_whitespace())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    // The label after "my" or "the" ("my order 55123").
    let skip = usize::from(
        words
            .first()
            .is_some_and(|w| matches!(w.as_str(), "my" | "the")),
    );
    let Some(first) = words.get(skip).map(String::as_str) else {
        return false;
    };
    words.len() > 1
        && (LABELS.contains(&first)
            || (SAYS_WHAT.contains(&first) && !(place && BEFORE_A_PLACE.contains(&first))))
}

/// Whether the customer's message `text`, sent after one that put the bot's question
/// off ([`puts_off`]), answers it: when its answer is short, alone in its first clause
/// ([`answer_clause`], three words or fewer: "Kowalczyk. I want a human", "it's
/// Smith"), or, to a question for a `code`, it starts with the code's digits or they
/// are its first clause but a word or two ("4 8 2 1 I want a human", "Code is 55 21
/// 90"), but a value labelled ([`labelled`]; `place`: the question asks for one, the
/// city born in, whose answer "from Boston" is). A longer message is on another topic ("Actually my flight to Berlin with
/// Lufthansa was cancelled", "call me on 555 123 4567": a review found Berlin and the
/// phone number masked) and is read as no reply at all.
pub(in crate::summary) fn answers_alone(text: &str, code: bool, place: bool) -> bool {
    let collapsed = SPACED_DIGITS.replace_all(text, "0");
    // A first clause that only says the customer is back ("I'm back. Please put me
    // through to Maria": a review found "I'm back" masked and Maria dropped) is none.
    let short = matches!(answer_clause(&collapsed),
        Some((_, Some(answer), _)) if !puts_off(answer) && !labelled(answer, place));
    let digits = |t: &str| t.chars().filter(char::is_ascii_digit).count() >= 3;
    let starts_with_code = text.trim_start().starts_with(|c: char| c.is_ascii_digit())
        && digits(text.split([',', '.', '!', '?', ';']).next().unwrap_or(""));
    short || (code && starts_with_code)
}

/// Whether the customer's message `text`, sent after a greeting alone that put the
/// bot's question off (`puts_off`: "Hello there"), may answer it: its answer looks like
/// one ([`answers_after_a_greeting`]: "Rex", "sunshine", "4821"), or it opens with an
/// answer typed before it goes on ("Pepper I want a human"). Not a request or a topic
/// ("Refund", "Lost card", "Never had one": a review found each masked whole).
pub(in crate::summary) fn answers_after_greeting(text: &str) -> bool {
    match answer_clause(text) {
        Some((_, Some(answer), _)) => answers_after_a_greeting(answer),
        Some((_, None, _)) => true,
        None => false,
    }
}

/// Whether the customer's message `text`, sent after one that put the bot's question
/// off (`puts_off`), opens with the answer typed before it goes on, as the reply itself
/// would ([`leading_answer`]): "wait" then "Pepper I want a human" after a pet's name
/// asked, "one sec" then "Seahorse I want a human" after a password (`password`, no
/// security question `asked`): a review found "Pepper" shown, the question dropped as
/// the message was long.
pub(in crate::summary) fn leads_with_answer(
    text: &str,
    asked: Option<Secret>,
    password: bool,
) -> bool {
    match asked {
        Some(s) if s.asks_a_word() || s.asks_a_named_answer() => {
            matches!(answer_clause(text), Some((start, None, end))
                if leading_answer(&text[start..end], Later::of(s)).is_some())
        }
        None if password => leading_answer(text, Later::Chosen).is_some(),
        _ => false,
    }
}
