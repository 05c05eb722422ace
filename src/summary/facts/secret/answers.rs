//! Security answers given in a conversation: each customer message, and the bot's
//! question before it → the secrets it gives (a PIN, a mother's maiden name, a pet's,
//! the city the customer was born in), remembered for the whole conversation, so that
//! the summary shows none of them: no fact holds one, and each is `[secret]` in the
//! goal, the open questions and the last thing said, wherever it shows again (STAR
//! star-3525's "Nemo", the pet named for the maiden name asked, said again two messages
//! on; star-4467's "my PIN is 1596 … my security question is Molly", its goal).

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use regex::Regex;

use super::super::names::{Found, Given, first_answer};
use super::super::{Fact, FactKind};
use super::{Secret, only_a_promotions_secret, promotions_secret};

/// What a secret becomes in the summary, as redaction masks one.
const MASK: &str = "[secret]";

/// Words of a short reply that say the customer has no answer, or asks back ("I don't
/// know", "not sure", "why?"): no secret then.
const NO_ANSWER: &[&str] = &[
    "know",
    "remember",
    "sure",
    "forgot",
    "forget",
    "forgotten",
    "unknown",
    "idea",
    "no",
    "not",
    "dont",
    "don't",
    "sorry",
    "what",
    "why",
    "help",
    "yes",
    "ok",
    "okay",
    "pass",
    "skip",
];

/// Words alone that are no code given: a reply that puts the bot off or says no ("one
/// sec", "Nope").
const FILLER: &[&str] = &[
    "nope", "nah", "nothing", "wait", "hold", "hang", "sec", "second", "moment", "lost", "hmm",
    "um", "uh", "sure", "yeah", "yep", "hi", "hello", "thanks", "later", "none", "one", "it",
    "just",
];

/// The secrets a conversation gave so far, each once, as written, with the index of
/// the message that gave it: a secret is kept out of that message and its facts, out
/// of a later message that speaks of it again ([`SPEAKS_OF_IT`]: "my pet's name is
/// Rex"), and out of any later customer message that says it again but inside a fact
/// other than a name ([`Secrets::said_again_in`]: "I told you, Snowball"; "May 5 at
/// 3pm" after a maiden name "May", "order 1234" after a PIN 1234 stay, a review found a
/// date lost and `[secret]` in the goal).
#[derive(Debug, Default)]
pub(in crate::summary) struct Secrets {
    said: Vec<(String, usize)>,
    /// Each of `said` in ASCII lower case, with its message: a secret is added once a
    /// message, in any case, however many a long message gives.
    said_keys: HashSet<(usize, String)>,
    /// The index of the message being read.
    at: usize,
    /// The customer messages, by index, that speak of a security answer.
    speaking: Vec<usize>,
}

impl Secrets {
    /// Reads the customer's message `text`: the secrets it gives unasked (a PIN or a
    /// security answer after the words that announce it, as redaction finds them:
    /// "my PIN is 1596", "my security question is Molly"; a name given to a pet or as a
    /// mother's maiden name, "my mpother's last name is Cooper"); when it answers the
    /// bot's security question (`asked`), its names but those in a fact (the customer's
    /// own, "March" of a date of birth "March 3 1950"), or all of
    /// it when it is a short answer ("boston"); when it answers the bot's question for a
    /// code (`code`), all of it when short ("5380"). Nothing in the message's facts
    /// (`kept`) is one: the customer's own name asked beside the secret, "Smith" of "my
    /// maiden name is Smith", "account 85731890" after "I do not remember my pin but"
    /// (redaction masks both); but a secret said apart from a fact of the same value is
    /// one ("my ID 4821 and PIN 4821": the fact is dropped). `names`: the names of
    /// `text` and those it gives as security answers ([`names_and_secrets`](super::super::names::names_and_secrets)), found once
    /// for the message, as the facts read them too.
    pub(in crate::summary) fn read(
        &mut self,
        text: &str,
        at: usize,
        asked: Option<Secret>,
        code: impl Into<Code>,
        kept: &[&Fact],
        names: (Found<'_>, Given<'_>),
    ) {
        self.at = at;
        let held = Held::new(kept.iter().copied());
        let spans = crate::redact::secret_spans(text);
        // The facts that may be a secret all of it, and how often each secret shows:
        // each looked up, not searched for (a long reply gives thousands of both).
        // Most messages give no secret: the set is built only for one that does.
        let no_ones: HashSet<&str> = (kept.iter())
            .filter(|_| !spans.is_empty())
            .filter(|f| !f.kind.names() || f.text.chars().any(|c| c.is_ascii_digit()))
            .map(|f| f.text.as_str())
            .collect();
        let mut shown: Option<HashMap<&str, usize>> = None;
        for (start, end) in spans.iter().copied() {
            let secret = &text[start..end];
            // A fact's value said again as the secret ("my ID 4821 and PIN 4821") is
            // the secret all the same: the fact that holds it is dropped (`told_by`),
            // as "ID [secret]" would tell nothing, and the goal masks both.
            // A fact that is the secret, all of it, tells it: "my password is
            // Lighthouse99" gave the fact "Lighthouse99", "Summer2024!" the fact
            // "Summer2024" (a review); the fact's own text is a secret too. Not a name
            // of letters: "Smith" of "my maiden name is Smith" is the customer's own.
            let bare = secret.trim_matches(|c: char| !c.is_alphanumeric());
            // A password is one whatever fact holds it ("my pasword is Blue-bird" gave
            // the name fact "Blue-bird": a review).
            if no_ones.contains(bare) || after_a_password_word(&text[..start]) {
                self.add(bare);
                self.add(secret);
            } else if !held.holds(secret) || {
                // Given apart from a fact of the same value ("my ID 4821 and PIN
                // 4821"): it shows more than once. Not the fact's own number read as a
                // secret ("account 85731890" after "I do not remember my pin but").
                let shown = shown.get_or_insert_with(|| {
                    let secrets: Vec<&str> = spans.iter().map(|&(s, e)| &text[s..e]).collect();
                    (secrets.iter().copied())
                        .zip(found_each(text, &secrets))
                        .map(|(secret, spans)| (secret, spans.len()))
                        .collect()
                });
                shown.get(secret).is_some_and(|&n| n > 1)
            } {
                self.add(secret);
            }
        }
        // A password told as it is or will be ("my new password will be Paris2024!"):
        // the value, and its fact (the name "Paris2024").
        for value in announced(text) {
            self.add(value.trim_matches(|c: char| !c.is_alphanumeric()));
            self.add(value);
        }
        let (names, given) = names;
        // A name given to a pet, unasked, is a secret only where the message speaks of
        // proving who the customer is ("my first pet was named Buddy"); "Can I bring my
        // dog Rex" names a pet in a request. A mother's maiden name always is one.
        // A promotion's secret word is none ("the secret word for 20% off is Summer"),
        // but where the message speaks of another security answer too. Both looked for
        // once, and only for a name given: most messages give none.
        let (mut secure, mut promotion) = (None, None);
        for (name, pet) in given {
            let secure = !pet
                || *secure
                    .get_or_insert_with(|| asked.is_some() || SPEAKS_OF_SECURITY.is_match(text));
            if secure && !*promotion.get_or_insert_with(|| only_a_promotions_secret(text)) {
                self.add(name);
            }
        }
        if let Some(asked) = asked {
            let unkept = |name: &&str| !held.holds(name);
            if asked.asks_own_name() {
                // The customer's own name asked beside the secret: the other names are
                // secrets only where the own name was told apart, a fact; else the
                // reply stays as it was ("John Smith Miller").
                if kept.iter().any(|f| f.kind == FactKind::Name) {
                    let first = first_answer(text).map(|(at, name, _)| (at, name));
                    for (_, name) in first.into_iter().chain(names) {
                        if unkept(&name) {
                            self.add(name);
                        }
                    }
                }
            } else if let Some((start, answer, end)) = answer_clause(text) {
                // The names of the clause are the secrets ("Oh just try Molly": STAR
                // star-3061); a short clause without one is, all of it ("pineapple").
                // In a longer clause, a name that owns the word after it is no answer: "a
                // royal woman in Emperor Caligula's court" after a maiden name's question
                // (STAR star-1772: a review found it masked).
                let owns_next = |at: usize, name: &str| {
                    answer.is_none()
                        && (name.ends_with("'s") || name.ends_with("’s"))
                        && (text[at + name.len()..].strip_prefix(' '))
                            .is_some_and(|next| next.starts_with(char::is_lowercase))
                };
                let mut in_clause = (names.iter())
                    .filter(|&&(at, name)| (start..end).contains(&at) && !owns_next(at, name));
                // A secret word typed before the clause goes on ("Seahorse I want a
                // human": a review found it shown); each of its words too ("Seahorse
                // or Bluebird": a review found the fact "Bluebird" kept). So is a pet's
                // name, a maiden name or a memorable answer ("Fluffy I want a human": a
                // review found it in the goal), but a service's name or a chat's word
                // ("Spotify I want a human", "Billing can you help"), the customer's
                // topic. A pet's name may be common English ("Buddy I want a human").
                let leads = asked.asks_a_word() || asked.asks_a_named_answer();
                let not_a_topic = |word: &str| {
                    asked.asks_a_word()
                        || !(word.split_whitespace()).any(crate::redact::stands_for_no_name)
                };
                let mut led = false;
                if answer.is_none()
                    && leads
                    && let Some(word) = leading_answer(&text[start..end], Later::of(asked))
                    && not_a_topic(word)
                {
                    self.add_leading(word);
                    led = true;
                }
                match (in_clause.next(), answer) {
                    (Some(&(_, first)), _) => {
                        for name in std::iter::once(first).chain(in_clause.map(|&(_, n)| n)) {
                            if unkept(&name) {
                                self.add(name);
                            }
                        }
                    }
                    // A participle alone tells what happened, no name ("Hacked. I want a
                    // human" after a pet's name asked); a chosen word may be one.
                    (None, Some(answer))
                        if Later::of(asked) == Later::Chosen
                            || !crate::text::participle::is_participle(answer, false) =>
                    {
                        self.add(answer);
                    }
                    (None, Some(_)) => {}
                    // Said in a later sentence ("I want a human. It is Fluffy"), or
                    // in the first after a hedge ("I think it is sunshine").
                    (None, None) => {
                        let later = Later::of(asked);
                        if !led
                            && leads
                            && let Some(answer) =
                                said_first(text, later).or_else(|| said_later(text, later))
                            && not_a_topic(answer)
                        {
                            self.add_leading(answer);
                        }
                    }
                }
            } else if let Some(answer) = named_answer_said_later(text, asked) {
                // A first clause that gives no answer, then the answer said: "Agent
                // please. It is Seahorse." after a pet's name asked (a review found it
                // shown: such a reply was read as declining, whole).
                self.add_leading(answer);
            }
        } else {
            match code.into() {
                Code::None => {}
                code => self.add_code(text, kept, &held, code),
            }
        }
        // Whether it speaks of a secret given so far: none given, none to speak of (the
        // pattern is read only then; most conversations give no secret).
        if !self.said.is_empty()
            && (SPEAKS_OF_IT.find_iter(text)).any(|m| !promotions_secret(text, m.start(), m.end()))
        {
            self.speaking.push(at);
        }
    }

    fn add(&mut self, secret: &str) {
        let secret = secret.trim();
        if secret.chars().any(char::is_alphanumeric)
            && self
                .said_keys
                .insert((self.at, secret.to_ascii_lowercase()))
        {
            self.said.push((secret.to_owned(), self.at));
        }
    }
}

/// Words of a security reply that say it is about proving who the customer is: a name
/// given to a pet or as a security answer unasked is a secret only beside one.
/// Words of a later message that speak of a security answer given before, so that it
/// is masked there too: "my pet's name is Rex", "as my pet", "mother's maiden name",
/// "security answer"; not a city, a bank, a day or a number said again.
static SPEAKS_OF_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bmaiden\s+name\b|\bpet(?:'|’)?s\s+name\b|\b(?:as|my)\s+(?:first\s+|childhood\s+)?pet\b|\b(?:security|secret)\s+(?:question|answer|word)s?\b|\bmemorable\s+(?:word|phrase|name|place)\b")
        .expect("the speaks-of-it pattern is valid")
});

static SPEAKS_OF_SECURITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:security|secret|verif\w*|memorable|maiden|first\s+pet|childhood|questions?|answers?)\b")
        .expect("the security words pattern is valid")
});

/// The spans of `secret` in `text` as whole words (no letter or digit on either side),
/// as written, but the word inside a mask (`[secret]`, `[name]`).
pub(super) fn found(text: &str, secret: &str) -> Vec<(usize, usize)> {
    if secret.is_empty() {
        return Vec::new();
    }
    text.match_indices(secret)
        .map(|(start, m)| (start, start + m.len()))
        .filter(|&(start, end)| whole(text, start, end))
        .collect()
}

mod again;
mod announced;
mod clause;
mod code;
mod given;
mod held;
mod hold_on;
mod masked;
use again::found_again_any;
use announced::{after_a_password_word, announced};

pub(crate) use clause::greets;
use clause::says_nothing;
use clause::{
    LEAD_IN, Later, answer_clause, leading_answer, named_answer_said_later, said_first, said_later,
};
pub(in crate::summary) use clause::{
    answers_given_in, declines_to, given_in_first, gives_in_alone, whatever_first,
};
pub(in crate::summary) use code::Code;
use code::{LABELS, SPACED_DIGITS, password_shaped};
use given::only_masks;
use held::{Held, found_each, whole};
#[cfg(test)]
use hold_on::puts_off;
pub(in crate::summary) use hold_on::{
    PutOff, answers_after_greeting, answers_alone, leads_with_answer, put_off, refuses_alone,
    tells_what_happened, unsure,
};

#[cfg(test)]
mod tests;
