//! A reply's answer said whole: a password of a few words ("Brian White Seahorse"), or
//! one said in a later sentence ("I want a human. It is Seahorse"): the reply → that
//! answer, or none where its words are plainly no answer.

use super::said_of_it::said_of_it;
use super::{
    CLAUSE_STARTS, FILLER, GIVING_IN, LEAD_IN, NO_ANSWER, SAYS_IT, WHOLE_ANSWER_WORDS, is_greeting,
    may_be_answer, says_nothing,
};

/// The words of a reply's clause (`clause`, its answer as [`answer_clause`](super::answer_clause) gives it: a
/// word or three) that are a password typed whole ("Brian White Seahorse"): each of them
/// letters and digits, or such joined by dashes, and none a word that is plainly no
/// answer ([`no_answer_word`]: "Talk to agent", "Transfer me", "Good morning").
pub(in super::super) fn passphrase(clause: &str) -> Option<&str> {
    let words: Vec<&str> = clause.split_whitespace().collect();
    (words.len() > 1
        && words.len() <= WHOLE_ANSWER_WORDS
        && words.iter().all(|w| {
            let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
            !bare.is_empty() && !no_answer_word(bare)
        }))
    .then(|| {
        clause
            .trim()
            .trim_end_matches(|c: char| !c.is_alphanumeric())
    })
}

/// Words of a reply to a password's question that tell of the account, not its
/// password: "Account locked", "Locked out", "Send reset link".
const OF_THE_ACCOUNT: &[&str] = &[
    "account", "blocked", "email", "expired", "link", "locked", "login", "reset", "username",
];

/// Whether `word` (as written) is plainly no word of an answer: a clause start ("I",
/// "want", "my"), a word that says no answer or asks for a person ([`says_nothing`],
/// [`NO_ANSWER`], [`FILLER`]), a greeting ([`is_greeting`], "Good morning"), or one that
/// tells of the account ([`OF_THE_ACCOUNT`]).
pub(super) fn no_answer_word(word: &str) -> bool {
    let lower = word.to_lowercase().replace('’', "'");
    CLAUSE_STARTS.contains(&lower.as_str())
        || NO_ANSWER.contains(&lower.as_str())
        || FILLER.contains(&lower.as_str())
        || OF_THE_ACCOUNT.contains(&lower.as_str())
        || says_nothing(std::slice::from_ref(&lower))
        || is_greeting(&lower)
        || matches!(lower.as_str(), "morning" | "afternoon" | "evening")
}

/// How a later sentence or clause of a reply says its answer: "It is Seahorse", "it's
/// Seahorse", "its Blue-bird", "the answer is sunshine".
const SAYS_IT_LATER: &[&str] = &[
    "it is ",
    "it's ",
    "it’s ",
    "its ",
    "it was ",
    "the answer is ",
    "my answer is ",
];

/// What a word said in a later sentence may be, by the question asked ([`said_later`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in super::super) enum Later {
    /// A maiden name, a city, a security question's answer: no common English word.
    Name,
    /// A pet's name: one capitalised word may be common English ("It's Buddy").
    Pet,
    /// A password, a secret word, a memorable answer, the customer's choice: one word
    /// may be common English in any case ("it is sunshine").
    Chosen,
}

impl Later {
    /// How a later sentence's answer to `asked` is read: a pet's name's as [`Later::Pet`],
    /// a chosen word's or a memorable answer's as [`Later::Chosen`].
    pub(in super::super) fn of(asked: super::Secret) -> Later {
        if asked.asks_a_pets_name() {
            Later::Pet
        } else if asked.asks_a_word() || asked.asks_a_memorable_answer() {
            Later::Chosen
        } else {
            Later::Name
        }
    }
}

/// The answer a reply to a question for a password or a security answer says in a later
/// sentence or clause ([`SAYS_IT_LATER`]: "I want a human. It is Seahorse", "human
/// please - its sunshine", a review found both shown): the words after it, in quotes or
/// not, a word or three, each one that may be an answer ([`may_be_answer`], a dashed
/// word's parts joined: "Blue-bird"; or of a password's shape). Not "It is urgent",
/// "It's not working", "It is John", "It's Spotify" (a common English word, a word that
/// says no answer, a given name, a service's name: `redact::stands_for_no_name`), as the
/// words typed before a reply goes on are none either. One word may be common English
/// after a pet's name asked where capitalised (`may_be_a_pets_name`: "I want a human.
/// It's Buddy"), after a password, a secret word or a memorable answer in any case
/// (`may_be_a_chosen_word`: "It is sunshine"; not "It is locked", "It's working"). Each
/// clause is read once.
pub(in super::super) fn said_later(text: &str, later: Later) -> Option<&str> {
    let mut clauses = clauses(text);
    clauses.next()?;
    clauses.find_map(|sentence| said_in(sentence, later))
}

/// The answer the first sentence or clause of a reply says as [`said_later`] reads a
/// later one's: "It is sunshine thanks. I want a human", "its sunshine lol", "I think
/// it is sunshine" after a password asked (a review found each shown: the clause was
/// two words, "sunshine thanks", or five, and no answer all of it).
pub(in super::super) fn said_first(text: &str, later: Later) -> Option<&str> {
    clauses(text).next().and_then(|first| said_in(first, later))
}

/// The sentences and clauses of a reply, as [`said_later`] reads them.
fn clauses(text: &str) -> impl Iterator<Item = &str> {
    (text.split(['.', '!', '?', '\n', ';', ',', '–', '—'])).flat_map(|s| s.split(" - "))
}

/// Hedges before an answer said ([`SAYS_IT_LATER`]): "I think it is sunshine", "I
/// guess its Rex". Passed over, as [`TRAILERS`] after it are.
const HEDGES: &[&str] = &["i think ", "i guess ", "i believe ", "maybe ", "probably "];

/// The answer `sentence`, a sentence or a clause of a reply, says after "It is" or "the
/// answer is" ([`SAYS_IT_LATER`], a hedge before it passed over: [`HEDGES`]), as
/// [`said_later`] reads it.
fn said_in(sentence: &str, later: Later) -> Option<&str> {
    let mut sentence = sentence.trim();
    if let Some(hedge) = HEDGES.iter().find(|h| {
        sentence
            .get(..h.len())
            .is_some_and(|s| s.eq_ignore_ascii_case(h))
    }) {
        sentence = sentence[hedge.len()..].trim_start();
    }
    let (says, rest) = SAYS_IT_LATER.iter().find_map(|p| {
        (sentence.get(..p.len())?.eq_ignore_ascii_case(p)).then(|| (*p, sentence[p.len()..].trim()))
    })?;
    let rest = rest.trim_start_matches(['"', '\'', '“', '‘']);
    let rest = without_trailers(rest.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let words: Vec<&str> = rest.split_whitespace().collect();
    // A chosen word of a password's shape is the answer whatever follows it: "It is
    // sunshine42 and not working" (a review found it shown).
    if later == Later::Chosen
        && let Some(first) = words.first()
        && super::super::code::password_shaped(first)
    {
        return Some(first.trim_end_matches(|c: char| !c.is_alphanumeric()));
    }
    // Said of a thing, the time or an amount, it is no answer: "it is private",
    // "It is useless", "it's 8pm" (a review found each masked).
    if words.iter().any(|w| said_of_it(w)) {
        return None;
    }
    // A common English word chosen is said as it is now, not as it was: "it was
    // fun" tells of the chat.
    if let [word] = words[..]
        && match later {
            Later::Pet => super::may_be_a_pets_name(word),
            Later::Chosen => says != "it was " && super::may_be_a_chosen_word(word),
            Later::Name => false,
        }
    {
        return Some(rest);
    }
    (!words.is_empty()
        && words.len() <= WHOLE_ANSWER_WORDS
        && words.iter().all(|w| {
            let joined: String = w.split('-').collect();
            super::super::code::password_shaped(w)
                || (!w.starts_with('-')
                    && !w.ends_with('-')
                    && may_be_answer(&joined)
                    && !crate::redact::stands_for_no_name(w))
        }))
    .then_some(rest)
}

/// Words after an answer that are none of it: a courtesy or a hedge ("It is sunshine
/// thanks", "it's sunshine I think", "It is sunshine please": a review found each
/// shown).
const TRAILERS: &[&[&str]] = &[
    &["please"],
    &["pls"],
    &["plz"],
    &["thanks"],
    &["thx"],
    &["ty"],
    &["thank", "you"],
    &["maybe"],
    &["probably"],
    &["lol"],
    &["i", "think"],
    &["i", "guess"],
    &["i", "believe"],
];

/// `answer` without the words after it that are none of it ([`TRAILERS`]), its marks
/// before them left off too ("sunshine, thanks" → "sunshine").
pub(in super::super) fn without_trailers(answer: &str) -> &str {
    let mut answer = answer;
    while let Some(trailer) = TRAILERS.iter().find(|t| {
        let mut words = answer.split_whitespace().rev();
        t.iter()
            .rev()
            .all(|w| words.next().is_some_and(|a| a.eq_ignore_ascii_case(w)))
            && words.next().is_some()
    }) {
        for _ in 0..trailer.len() {
            answer = answer.trim_end();
            answer = answer
                .rsplit_once(char::is_whitespace)
                .map_or(answer, |(b, _)| b);
        }
        answer = answer.trim_end_matches(|c: char| !c.is_alphanumeric());
    }
    answer
}

/// How many bytes of `text` its fillers before an answer take, with the spaces after
/// them ([`LEAD_IN`], [`SAYS_IT`], "um", "yep": "ok it's Fluffy", "yeah its bluebird",
/// "sure Fluffy I want a human"; words a customer gives in with, [`GIVING_IN`]: "ugh ok
/// it's Sunshine42", "Fine it's Sunshine42", a review found both shown): the answer
/// starts after them.
pub(in super::super) fn fillers_len(text: &str) -> usize {
    let mut rest = text.trim_start();
    loop {
        let said = SAYS_IT.iter().find_map(|p| {
            (rest.get(..p.len())?.eq_ignore_ascii_case(p)).then(|| rest[p.len()..].trim_start())
        });
        let word = rest.split_whitespace().next().unwrap_or("");
        let bare = word
            .trim_end_matches([',', '.', '!', ':', ';'])
            .to_lowercase();
        let filler = !bare.is_empty()
            && (LEAD_IN.contains(&bare.as_str())
                || GIVING_IN.contains(&bare.as_str())
                || matches!(bare.as_str(), "yep" | "yup" | "erm" | "er" | "mm"));
        match said {
            Some(after) if !after.is_empty() => rest = after,
            _ if filler && rest.len() > word.len() => rest = rest[word.len()..].trim_start(),
            _ => return text.len() - rest.len(),
        }
    }
}
