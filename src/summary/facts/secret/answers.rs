//! Security answers given in a conversation: each customer message, and the bot's
//! question before it → the secrets it gives (a PIN, a mother's maiden name, a pet's,
//! the city the customer was born in), remembered for the whole conversation, so that
//! the summary shows none of them: no fact holds one, and each is `[secret]` in the
//! goal, the open questions and the last thing said, wherever it shows again (STAR
//! star-3525's "Nemo", the pet named for the maiden name asked, said again two messages
//! on; star-4467's "my PIN is 1596 … my security question is Molly", its goal).

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::super::names::{Found, Given, first_answer};
use super::super::{Fact, FactKind};
use super::{Secret, only_a_promotions_secret, promotions_secret};
use crate::transcript::Message;

/// What a secret becomes in the summary, as redaction masks one.
const MASK: &str = "[secret]";

/// Words of a short reply that say the customer has no answer, or asks back ("I don't
/// know", "not sure", "why?"): no secret then.
const NO_ANSWER: &[&str] = &[
    "know", "remember", "sure", "forgot", "forget", "idea", "no", "not", "dont", "don't", "sorry",
    "what", "why", "help", "yes", "ok", "okay", "pass", "skip",
];

/// Words alone that are no code given: a reply that puts the bot off or says no ("one
/// sec", "Nope").
const FILLER: &[&str] = &[
    "nope", "nah", "nothing", "wait", "hold", "hang", "sec", "second", "moment", "lost", "hmm",
    "um", "uh", "sure", "yeah", "yep", "hi", "hello", "thanks", "later", "none", "one", "it",
    "just",
];

/// Digits typed in groups apart, by a space, a dash or a dot ("4 8 2 1", "48 21",
/// "4-8-2-1"), as redaction reads a PIN's too: a code's run, its digits to be counted.
static SPACED_DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[0-9]{1,4}(?:[ .\-][0-9]{1,4})+(?-u:\b)")
        .expect("the spaced digits pattern is valid")
});

/// Words that label the number after them as what it is ("order 5512 3", "room 12
/// 4"): digits after one are no code typed apart.
const LABELS: &[&str] = &[
    "order",
    "room",
    "apt",
    "apartment",
    "flat",
    "unit",
    "suite",
    "floor",
    "seat",
    "gate",
    "platform",
    "booking",
    "account",
    "acct",
    "reference",
    "ref",
    "ticket",
    "invoice",
    "flight",
    "table",
    "case",
    "claim",
    "tracking",
    "policy",
    "member",
    "confirmation",
    "reservation",
];

/// Words that say "number" after a label ("order no 5512 3", "booking number 44 12",
/// "room # 12 4"): a label only after one of [`LABELS`]. Alone they label nothing: "number
/// 4 8 2 1" and "# 4 8 2 1" in reply to a PIN question give the PIN (a check found them
/// shown).
const NUMBER_WORDS: &[&str] = &["no", "nr", "num", "number"];

/// Whether the text `before` a number ends with a label of it ([`LABELS`]: "order",
/// "room #"; [`NUMBER_WORDS`] only after a label, "order no"): the number is the
/// order's, no code ("order 5512 3": a review found the goal "order \[secret\]" beside
/// the fact "order 5512").
fn labelled(before: &str) -> bool {
    // The last words, lower case, without their marks; "#" alone, or after a label
    // ("room#"), is none.
    let mut words = (before.split_whitespace().rev())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty());
    match words.next() {
        Some(w) if NUMBER_WORDS.contains(&w.as_str()) => {
            words.next().is_some_and(|w| LABELS.contains(&w.as_str()))
        }
        Some(w) => LABELS.contains(&w.as_str()),
        None => false,
    }
}

/// The secrets a conversation gave so far, each once, as written, with the index of
/// the message that gave it: a secret is kept out of that message and its facts, and out
/// of a later message that speaks of it again ([`SPEAKS_OF_IT`]: "my pet's name is
/// Rex"), never out of another ("May 5 at 3pm" after a maiden name "May", "order 1234"
/// after a PIN 1234: a review found a date lost and `[secret]` in the goal).
#[derive(Debug, Default)]
pub(in crate::summary) struct Secrets {
    said: Vec<(String, usize)>,
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
        code: bool,
        kept: &[&Fact],
        names: (Found<'_>, Given<'_>),
    ) {
        self.at = at;
        let holds = |fact: &&Fact, secret: &str| !found(&fact.text, secret).is_empty();
        for (start, end) in crate::redact::secret_spans(text) {
            let secret = &text[start..end];
            // A fact's value said again as the secret ("my ID 4821 and PIN 4821") is
            // the secret all the same: the fact that holds it is dropped (`told_by`),
            // as "ID [secret]" would tell nothing, and the goal masks both.
            // A fact that is the secret, all of it, tells it: "my password is
            // Lighthouse99" gave the fact "Lighthouse99", "Summer2024!" the fact
            // "Summer2024" (a review); the fact's own text is a secret too. Not a name
            // of letters: "Smith" of "my maiden name is Smith" is the customer's own.
            let bare = secret.trim_matches(|c: char| !c.is_alphanumeric());
            let no_ones =
                |f: &&&Fact| f.kind != FactKind::Name || f.text.chars().any(|c| c.is_ascii_digit());
            if (kept.iter()).filter(no_ones).any(|fact| fact.text == bare) {
                self.add(bare);
                self.add(secret);
            } else if given_apart(text, secret) || !kept.iter().any(|fact| holds(fact, secret)) {
                self.add(secret);
            }
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
            let unkept = |name: &&str| !kept.iter().any(|fact| holds(fact, name));
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
                let mut in_clause = names.iter().filter(|(at, _)| (start..end).contains(at));
                match (in_clause.next(), answer) {
                    (Some(&(_, first)), _) => {
                        for name in std::iter::once(first).chain(in_clause.map(|&(_, n)| n)) {
                            if unkept(&name) {
                                self.add(name);
                            }
                        }
                    }
                    (None, Some(answer)) => self.add(answer),
                    (None, None) => {}
                }
            }
        } else if code {
            self.add_code(text, kept);
        }
        // Whether it speaks of a secret given so far: none given, none to speak of (the
        // pattern is read only then; most conversations give no secret).
        if !self.said.is_empty()
            && (SPEAKS_OF_IT.find_iter(text)).any(|m| !promotions_secret(text, m.start(), m.end()))
        {
            self.speaking.push(at);
        }
    }

    /// Adds the code a reply to the bot's question for one gives: each word of it with
    /// three digits or more ("sure it is 4821 thanks" → "4821") and each run of digits
    /// typed apart with three or more in all ([`SPACED_DIGITS`]: "it's 4 8 2 1" → "4 8 2
    /// 1", masked whole; "2 or 3" is none), or else the reply when
    /// it is one word that says no filler ("hunter2", "pineapple"; not "Nope", "Lost
    /// it", "one sec": a review found those remembered and masked in later messages).
    fn add_code(&mut self, text: &str, kept: &[&Fact]) {
        let words: Vec<&str> = text
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .filter(|w| !w.is_empty())
            .collect();
        // A number a fact holds is no code: "bank account: 84318931431, with PIN 9503"
        // (STAR star-5729) gives the account's.
        let mut digits = words
            .iter()
            .filter(|w| w.chars().filter(char::is_ascii_digit).count() >= 3)
            .filter(|w| !kept.iter().any(|f| !found(&f.text, w).is_empty()))
            .peekable();
        // Digits typed apart ("4 8 2 1", "48 21", "4-8-2-1"): the run is one code.
        let runs: Vec<&str> = SPACED_DIGITS
            .find_iter(text)
            .filter(|m| m.as_str().chars().filter(char::is_ascii_digit).count() >= 3)
            .filter(|m| !kept.iter().any(|f| !found(&f.text, m.as_str()).is_empty()))
            .filter(|m| !labelled(&text[..m.start()]))
            .map(|m| m.as_str())
            .collect();
        if digits.peek().is_some() || !runs.is_empty() {
            for w in digits {
                self.add(w);
            }
            for run in runs {
                self.add(run);
            }
        } else if let [word] = words.as_slice() {
            let lower = word.to_lowercase();
            if !NO_ANSWER.contains(&lower.as_str()) && !FILLER.contains(&lower.as_str()) {
                self.add(word);
            }
        }
    }

    fn add(&mut self, secret: &str) {
        let secret = secret.trim();
        if secret.chars().any(char::is_alphanumeric)
            && !(self.said.iter()).any(|(s, at)| *at == self.at && s.eq_ignore_ascii_case(secret))
        {
            self.said.push((secret.to_owned(), self.at));
        }
    }

    /// `messages` with the secrets masked ([`Secrets::masked_in`]); none when no secret
    /// was given. `names`: the conversation's name facts, whose words are never masked.
    pub(in crate::summary) fn masked_messages(
        &self,
        messages: &[Message],
        names: &[&str],
    ) -> Option<Vec<Message>> {
        (!self.said.is_empty()).then(|| {
            (messages.iter().enumerate())
                .map(|(i, m)| Message {
                    text: self.masked_in(i, &m.text, names).into_owned(),
                    ..m.clone()
                })
                .collect()
        })
    }

    /// Whether `fact` tells a secret: a name that is one ("Nemo"; not "Katarina
    /// Miller" for a maiden name "Miller", STAR star-3557), another fact that holds one
    /// as whole words, each as written.
    pub(in crate::summary) fn told_by(&self, fact: &Fact) -> bool {
        // A fact's turn is its message's index and one.
        let at = fact.turn.wrapping_sub(1);
        self.kept_out_of(at).any(|s| match fact.kind {
            FactKind::Name => fact.text == *s,
            _ => !found(&fact.text, s).is_empty(),
        })
    }

    /// `text` with each secret, as whole words written as the answer was (a pet "Max"
    /// is no "max 200 dollars"), `[secret]`, but where it is a word of one of `names`
    /// (the customer's own "Emma Stone" after a maiden name "Stone"); borrowed when it
    /// holds none.
    #[cfg(test)]
    pub(in crate::summary) fn masked<'t>(&self, text: &'t str, names: &[&str]) -> Cow<'t, str> {
        self.masked_in(self.at, text, names)
    }

    /// The secrets kept out of the message at index `at`: those it gave, or all given
    /// up to it when it speaks of them.
    fn kept_out_of(&self, at: usize) -> impl Iterator<Item = &str> {
        let speaks = self.speaking.contains(&at);
        (self.said.iter())
            .filter(move |(_, given)| *given == at || (speaks && *given <= at))
            .map(|(s, _)| s.as_str())
    }

    /// `text` with the secrets kept out of message `at` ([`Secrets::kept_out_of`]) masked
    /// `[secret]`, as whole words written as the answer was, but where a word is one of
    /// `names`'s; borrowed when it holds none.
    fn masked_in<'t>(&self, at: usize, text: &'t str, names: &[&str]) -> Cow<'t, str> {
        let own: Vec<(usize, usize)> = names.iter().flat_map(|n| found(text, n)).collect();
        let mut spans: Vec<(usize, usize)> = (self.kept_out_of(at))
            .flat_map(|s| found(text, s))
            .filter(|&(start, end)| !own.iter().any(|&(s, e)| s <= start && end <= e))
            .collect();
        if spans.is_empty() {
            return Cow::Borrowed(text);
        }
        // The longest first where two start together ("Winnie Cooper" before "Winnie").
        spans.sort_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (start, end) in spans {
            if start < at {
                continue;
            }
            out.push_str(&text[at..start]);
            out.push_str(MASK);
            at = end;
        }
        out.push_str(&text[at..]);
        Cow::Owned(out)
    }
}

/// Words of a security reply that say it is about proving who the customer is: a name
/// given to a pet or as a security answer unasked is a secret only beside one.
/// Words of a later message that speak of a security answer given before, so that it
/// is masked there too: "my pet's name is Rex", "as my pet", "mother's maiden name",
/// "security answer"; not a city, a bank, a day or a number said again.
static SPEAKS_OF_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)maiden\s+name|pet(?:'|’)?s\s+name|(?:as|my)\s+(?:first\s+|childhood\s+)?pet|(?:security|secret)\s+(?:question|answer|word)s?|memorable\s+(?:word|phrase|name|place)")
        .expect("the speaks-of-it pattern is valid")
});

static SPEAKS_OF_SECURITY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:security|secret|verif\w*|memorable|maiden|first\s+pet|childhood|questions?|answers?)\b")
        .expect("the security words pattern is valid")
});

/// Whether `secret`, found by redaction in `text`, shows in it more than once: given
/// apart from a fact of the same value ("my ID 4821 and PIN 4821"), not the fact's own
/// number read as a secret ("account 85731890" after "I do not remember my pin but").
fn given_apart(text: &str, secret: &str) -> bool {
    found(text, secret).len() > 1
}

/// The spans of `secret` in `text` as whole words (no letter or digit on either side),
/// as written, but the word inside a mask (`[secret]`, `[name]`).
fn found(text: &str, secret: &str) -> Vec<(usize, usize)> {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if secret.is_empty() {
        return Vec::new();
    }
    text.match_indices(secret)
        .map(|(start, m)| (start, start + m.len()))
        .filter(|&(start, end)| {
            !word(text[..start].chars().next_back()) && !word(text[end..].chars().next())
        })
        // The word of a mask is none: a redacted reply "[secret]" gave "secret", and
        // "[secret]" read "[[secret]]" (a review).
        .filter(|&(start, end)| {
            !(start.checked_sub(1))
                .and_then(|open| text.get(open..=end))
                .is_some_and(crate::redact::is_mask_token)
        })
        .collect()
}

mod clause;
mod hold_on;
pub(in crate::summary) use clause::declines;
use clause::{LEAD_IN, answer_clause};
pub(in crate::summary) use hold_on::{answers_alone, puts_off};

#[cfg(test)]
mod tests;
