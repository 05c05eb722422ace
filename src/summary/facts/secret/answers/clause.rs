//! The answer in a reply to a security question: a reply → the clause that holds the
//! answer (after lead-ins, "it's"), or none when it says no answer or asks back.

use super::{FILLER, NO_ANSWER, Secret, Secrets};
use crate::text::english::is_common_english;

mod greetings;
mod is_it;
mod leading;
mod nothing;
mod opens;
mod refusal;
mod said_of_it;
mod whole;
pub(super) use greetings::answers_after_a_greeting;
pub(crate) use greetings::greets;
use greetings::is_greeting;
use is_it::says_it_is_the_answer;
pub(super) use leading::{CLAUSE_STARTS, JOINERS, leading_answer};
use leading::{may_be_a_chosen_word, may_be_a_pets_name, may_be_answer};
use nothing::asks_for_a_person;
pub(super) use nothing::says_nothing;
pub(super) use opens::is_discourse_word;
use opens::{is_chat_tail, opens_a_sentence, reacts_alone};
pub(super) use refusal::refuses;
use refusal::{
    GIVING_IN, given_in_len, gives_in_after, giving_in_before_dash, one_word_after_a_comma,
    one_word_after_a_dash, only_gives_in, password_after_a_refusal, refusal_before_dash,
    typed_before_going_on,
};
pub(in crate::summary) use refusal::{
    answers_given_in, given_in_first, gives_in_alone, whatever_first,
};
#[cfg(test)]
pub(super) use said_of_it::REVIEWED;
pub(super) use said_of_it::said_of_it;
use whole::no_answer_word;
pub(super) use whole::{Later, fillers_len, passphrase, said_first, said_later, without_trailers};

/// The marks that end a clause of a reply.
const CLAUSE_MARKS: [char; 7] = [',', ';', '.', '!', '?', '\n', '\r'];

/// The most words of a reply that is the answer, all of it ("Boston", "rex", "New York
/// City").
const WHOLE_ANSWER_WORDS: usize = 3;

/// Words of a clause that put the answer off without saying none ("Actually", "sure",
/// "ok"): the answer is in the next clause ("sure, it's pineapple").
pub(super) const LEAD_IN: &[&str] = &[
    "actually", "well", "so", "oh", "ah", "yes", "yeah", "ok", "okay", "sure", "right", "alright",
    "hmm", "hm", "um", "umm", "uh", "er", "erm", "hi", "hello",
];

/// Words that open an answer without saying none, after the lead-ins ([`LEAD_IN`]):
/// "just try Molly", "maybe Rex", "probably Smith".
const OPENS_AN_ANSWER: &[&str] = &["just", "try", "maybe", "perhaps", "probably"];

/// How an answer is said before it: "it's Smith" is "Smith", "the answer is sunshine"
/// "sunshine" (a review found it shown under `--redact`).
const SAYS_IT: &[&str] = &[
    "it's ",
    "it’s ",
    "its ",
    "it is ",
    "it was ",
    "that's ",
    "that is ",
    "the answer is ",
    "my answer is ",
];

/// The answer in the customer's reply `text` to a security question: the first clause
/// (up to a comma, a full stop, a line break, "but") that is not a lead-in
/// ([`LEAD_IN`]), where it starts and ends. The clause is the answer, all of it, when it is of
/// a word or three ([`WHOLE_ANSWER_WORDS`]: "Smith", "It's Smith", "Rex, my dog"); a
/// longer one holds it among its names ("I was born in Boston"), which are the secrets,
/// and no later clause does ("Smith. My husband John Baker set up the account": John
/// Baker is a person). A clause that says no answer ([`NO_ANSWER`]: "I don't know",
/// "forget it") is passed over; none after a question back. After a greeting more than
/// a lead-in ("Hey!", "Hello there", "Yep"), a clause that does not look like an answer
/// ([`answers_after_a_greeting`], or an answer typed before it goes on) is the
/// customer's request, and the reply gives none ("Hey! I need directions").
pub(super) fn answer_clause(text: &str) -> Option<(usize, Option<&str>, usize)> {
    let mut at = 0;
    // Whether a greeting that is more than a lead-in came first ("Hey!", "Hello there").
    let mut greeted = false;
    // Whether a clause refused the answer, and the customer gave in after it.
    let mut refused = false;
    // Whether a refusal may end at a dash typed apart: not where one word after it is
    // no answer read so (see below).
    let mut dashes = true;
    while at < text.len() {
        let rest = &text[at..];
        let cut = rest
            .find(CLAUSE_MARKS)
            .into_iter()
            .chain(rest.find(" but "))
            .min()
            .unwrap_or(rest.len());
        // A refusal ends at a dash typed apart too ("It is private - fine - Sunshine42": a
        // review found it shown), which is passed over whole.
        // So do words that give in after one ("It is private - fine - Sunshine42 I want a
        // human": a review found it shown).
        let dash = (refusal_before_dash(&rest[..cut]))
            .or_else(|| giving_in_before_dash(&rest[..cut]).filter(|_| refused))
            .filter(|_| dashes);
        let (cut, mark_len) = dash.unwrap_or((cut, 1));
        let (clause, end) = (&rest[..cut], at + cut);
        // A greeting is no answer, however short ([`greets`]: "Hello there").
        if greets(clause) {
            greeted |= !(clause.split_whitespace())
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric())
                        .to_lowercase()
                })
                .all(|w| w.is_empty() || LEAD_IN.contains(&w.as_str()));
            at = end + mark_len;
            continue;
        }
        // Fillers before the answer are none of it: "sure Fluffy I want a human", "ok
        // it's Fluffy" (a review found "sure" read as "not sure", the answer shown);
        // but before a clause's start they say yes or no ("yes I need to cancel my
        // Boston trip" gives no answer).
        // After a refusal, "whatever" too ("It is private. whatever Sunshine42").
        let after = &clause[if refused {
            given_in_len(clause)
        } else {
            fillers_len(clause)
        }..];
        let starts = (after.split_whitespace().next())
            .is_some_and(|w| CLAUSE_STARTS.contains(&w.to_lowercase().replace('’', "'").as_str()));
        let clause = if starts { clause } else { after };
        // Read again for each test, not collected: the clause may be a message of
        // megabytes, and its words in strings took eight times its size.
        let words = || {
            (clause.split_whitespace())
                .map(|w| {
                    w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                        .to_lowercase()
                })
                .filter(|w| !w.is_empty())
        };
        at = end + mark_len;
        // A word said alone before going on is no answer, and the next clause may give
        // it: "Look. It's huge and I want a human" (a review found "Look" masked as a
        // pet's name), "Listen, it's Rex".
        if words().next().is_none()
            || words().all(|w| LEAD_IN.contains(&w.as_str()) || is_discourse_word(w.as_str()))
            || (refused && only_gives_in(words()))
        {
            continue;
        }
        // So is a reaction said alone before a short answer, asked or not: "Fine.
        // Sunshine. I want a human", "Sigh. Sunshine.", "Seriously? Sunshine" (a review
        // found "Sigh" masked, "Sunshine" shown).
        // (Its first three words: a reaction is two at most.)
        let first: Vec<String> = words().take(3).collect();
        if reacts_alone(&first, text.get(at..).unwrap_or("")) {
            continue;
        }
        let trimmed = clause.trim();
        let mut answer = SAYS_IT
            .iter()
            .find_map(|p| {
                (trimmed.get(..p.len())?.eq_ignore_ascii_case(p)).then(|| trimmed.get(p.len()..))?
            })
            .map_or(trimmed, str::trim);
        // Words that open the answer are none of it: "Oh just try Molly" gives "Molly"
        // (under `--redact`, "just try [secret]" was the answer, and the transcript read
        // "Oh [secret]": STAR star-3061).
        while let Some((first, rest)) = answer.split_once(' ')
            && (LEAD_IN.contains(&first.to_lowercase().as_str())
                || OPENS_AN_ANSWER.contains(&first.to_lowercase().as_str()))
        {
            answer = rest.trim_start();
        }
        // A request's "please" after it is no part of it, nor a courtesy or a hedge:
        // "Snowball please" gives "Snowball", so that "I said Snowball" later is the
        // secret said again (a review found it a fact); "It is sunshine thanks" gives
        // "sunshine" (a review found "sunshine thanks" the secret).
        answer = without_trailers(answer);
        // A refusal is no answer, and the reply gives none: "It is private", "That's
        // confidential", "None of your business" (a review found "private" masked as a
        // secret word, the refusal lost); but where the customer gives in after it, the
        // next clause is the answer ("It is private. Ok fine, it's Sunshine42"), and so
        // is one word after a comma, a semicolon or a dash ("It's a secret, Sunshine"),
        // and a password after any mark ("It's a secret. Sunshine42."). Read before the
        // words that say no answer: "Not telling. fine: Sunshine42" (a review found it
        // shown).
        if refuses(answer) {
            let next = text.get(at..).unwrap_or("");
            let comma = rest[cut..]
                .trim_start()
                .starts_with([',', ';', '-', '–', '—']);
            if gives_in_after(next)
                || (comma && one_word_after_a_comma(next))
                || password_after_a_refusal(next)
            {
                refused = true;
                continue;
            }
            // One word after a dash that is not read as the answer given in: the reply
            // is read again without the dash ending the refusal, as before it did.
            if dash.is_some() && one_word_after_a_dash(next) {
                (dashes, at) = (false, end - cut);
                continue;
            }
            return None;
        }
        // A question back gives no answer; not after a refusal: the answer given in is
        // read as such ("It's a secret, Sunshine?": a review found it shown), nor a
        // refusal asked ("It's a secret? Sunshine42", read above).
        if rest[cut..].starts_with('?') && !refused {
            return None;
        }
        // A clause that says no answer: the reply gives none ("Actually, forget it, I
        // want to close my account in Boston instead", "I don't remember, but I need to
        // cancel my Boston trip": a review found their facts lost).
        // Nor does a clause of words that are no answer ([`says_nothing`]: "Agent
        // please", "Dunno", "Ugh"): a review found each remembered as the secret.
        if words().any(|w| NO_ANSWER.contains(&w.as_str()))
            || says_nothing(words())
            || asks_for_a_person(words())
        {
            return None;
        }
        // Given in after a refusal, the answer typed before a request in the same clause
        // is the answer, all of it ("It is private. ok fine Sunshine42 I want a human").
        if refused
            && answer.split_whitespace().nth(WHOLE_ANSWER_WORDS).is_some()
            && let Some(word) = typed_before_going_on(clause)
        {
            let start = end - clause.len() + (word.as_ptr() as usize - clause.as_ptr() as usize);
            return Some((start, Some(word), start + word.len()));
        }
        let start = end - clause.len();
        let short = answer.split_whitespace().count() <= WHOLE_ANSWER_WORDS;
        // After a greeting, a clause that does not look like an answer is the customer's
        // request and the reply gives none: "Hey! I need directions", "Yep, go ahead!",
        // "Hey, I am looking for a flight from Chicago to Detroit" (a review found
        // "directions" and the cities masked).
        let answers = if short {
            answers_after_a_greeting(answer)
        } else {
            leading_answer(clause, Later::Name).is_some()
        };
        if greeted && !answers {
            return None;
        }
        return Some((start, short.then_some(answer), end));
    }
    None
}

/// Whether the customer's reply `text` to a security question gives no answer: it
/// says none or asks back first ("I don't remember, but …", "Actually, forget it, …",
/// "Why?"). Such a reply holds no secret at all.
pub(in crate::summary) fn declines(text: &str) -> bool {
    answer_clause(text).is_none()
}

/// Whether the reply `text` to `asked` gives no answer at all, none of it a secret: it
/// declines or asks back first ([`declines`]: "I don't remember, but …", "Why?") and,
/// after a pet's name, a maiden name or a memorable answer asked, says none in a later
/// sentence either ("Agent please. It is Seahorse." says one: a review found it shown).
pub(in crate::summary) fn declines_to(text: &str, asked: Secret) -> bool {
    declines(text) && named_answer_said_later(text, asked).is_none()
}

/// The answer to a pet's name, a maiden name or a memorable answer (`asked`) said in a
/// later sentence of `text` ([`said_later`]: "Agent please. It is Seahorse."), but a
/// service's name or a chat's word (`redact::stands_for_no_name`: "It's Spotify"), the
/// customer's topic. `None` after another question.
pub(super) fn named_answer_said_later(text: &str, asked: Secret) -> Option<&str> {
    if !(asked.asks_a_named_answer() || asked.asks_a_word()) {
        return None;
    }
    said_later(text, Later::of(asked))
        .filter(|a| !a.split_whitespace().any(crate::redact::stands_for_no_name))
}

impl Secrets {
    /// Adds an answer typed before the reply goes on ([`leading_answer`]), and each of
    /// its words but its joiners ("Seahorse or Bluebird" → "Seahorse", "Bluebird"): a
    /// word said alone later is masked, and no fact holds one.
    pub(super) fn add_leading(&mut self, answer: &str) {
        self.add(answer);
        if answer.contains(char::is_whitespace) {
            for word in answer.split_whitespace() {
                if !JOINERS.contains(&word.to_lowercase().as_str()) {
                    self.add(word);
                }
            }
        }
    }
}
