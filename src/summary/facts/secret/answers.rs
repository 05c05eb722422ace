//! Security answers given in a conversation: each customer message, and the bot's
//! question before it → the secrets it gives (a PIN, a mother's maiden name, a pet's,
//! the city the customer was born in), remembered for the whole conversation, so that
//! the summary shows none of them: no fact holds one, and each is `[secret]` in the
//! goal, the open questions and the last thing said, wherever it shows again (STAR
//! star-3525's "Nemo", the pet named for the maiden name asked, said again two messages
//! on; star-4467's "my PIN is 1596 … my security question is Molly", its goal).

use std::borrow::Cow;

use super::super::names::{first_answer, names_and_secrets};
use super::super::{Fact, FactKind};
use super::Secret;
use crate::transcript::Message;

/// What a secret becomes in the summary, as redaction masks one.
const MASK: &str = "[secret]";

/// Words of a short reply that say the customer has no answer, or asks back ("I don't
/// know", "not sure", "why?"): no secret then.
const NO_ANSWER: &[&str] = &[
    "know", "remember", "sure", "forgot", "forget", "idea", "no", "not", "dont", "don't", "sorry",
    "what", "why", "help", "yes", "ok", "okay", "pass", "skip",
];

/// The most words of a reply that is the answer, all of it ("Boston", "rex", "New York
/// City").
const WHOLE_ANSWER_WORDS: usize = 3;

/// The secrets a conversation gave so far, each once, as written.
#[derive(Debug, Default)]
pub(in crate::summary) struct Secrets {
    said: Vec<String>,
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
    /// (redaction masks both).
    pub(in crate::summary) fn read(
        &mut self,
        text: &str,
        asked: Option<Secret>,
        code: bool,
        kept: &[&Fact],
    ) {
        let holds = |fact: &&Fact, secret: &str| !found(&fact.text, secret).is_empty();
        for (start, end) in crate::redact::secret_spans(text) {
            let secret = &text[start..end];
            if !kept.iter().any(|fact| holds(fact, secret)) {
                self.add(secret);
            }
        }
        let (names, given) = names_and_secrets(text);
        for (_, name) in given {
            self.add(name);
        }
        if let Some(asked) = asked {
            let first = first_answer(text).map(|(at, name, _)| (at, name));
            for (_, name) in first.into_iter().chain(names) {
                if !kept.iter().any(|fact| holds(fact, name)) {
                    self.add(name);
                }
            }
            if !asked.asks_own_name() {
                self.add_whole(text);
            }
        } else if code {
            self.add_whole(text);
        }
    }

    /// Adds `text` as a secret when it is a short answer ([`WHOLE_ANSWER_WORDS`]) that
    /// says no "I don't know" ([`NO_ANSWER`]).
    fn add_whole(&mut self, text: &str) {
        let answer = text.trim().trim_end_matches(['.', '!']).trim();
        let words: Vec<String> = answer
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                    .to_lowercase()
            })
            .collect();
        if (1..=WHOLE_ANSWER_WORDS).contains(&words.len())
            && !answer.contains('?')
            && !words.iter().any(|w| NO_ANSWER.contains(&w.as_str()))
        {
            self.add(answer);
        }
    }

    fn add(&mut self, secret: &str) {
        let secret = secret.trim();
        if secret.chars().any(char::is_alphanumeric)
            && !self.said.iter().any(|s| s.eq_ignore_ascii_case(secret))
        {
            self.said.push(secret.to_owned());
        }
    }

    /// `messages` with the secrets masked ([`Secrets::masked`]); none when no secret
    /// was given.
    pub(in crate::summary) fn masked_messages(&self, messages: &[Message]) -> Option<Vec<Message>> {
        (!self.said.is_empty()).then(|| {
            (messages.iter())
                .map(|m| Message {
                    text: self.masked(&m.text).into_owned(),
                    ..m.clone()
                })
                .collect()
        })
    }

    /// Whether `fact` tells a secret: a name that is one ("Nemo"; not "Katarina
    /// Miller" for a maiden name "Miller", STAR star-3557), another fact that holds one
    /// as whole words in any ASCII case.
    pub(in crate::summary) fn told_by(&self, fact: &Fact) -> bool {
        self.said.iter().any(|s| match fact.kind {
            FactKind::Name => fact.text.eq_ignore_ascii_case(s),
            _ => !found(&fact.text, s).is_empty(),
        })
    }

    /// `text` with each secret, as whole words in any ASCII case, `[secret]`; borrowed
    /// when it holds none.
    pub(in crate::summary) fn masked<'t>(&self, text: &'t str) -> Cow<'t, str> {
        let mut spans: Vec<(usize, usize)> =
            self.said.iter().flat_map(|s| found(text, s)).collect();
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

/// The spans of `secret` in `text` as whole words (no letter or digit on either side),
/// in any ASCII case.
fn found(text: &str, secret: &str) -> Vec<(usize, usize)> {
    let (hay, needle) = (text.to_ascii_lowercase(), secret.to_ascii_lowercase());
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    hay.match_indices(&needle)
        .map(|(start, m)| (start, start + m.len()))
        .filter(|&(start, end)| {
            !word(text[..start].chars().next_back()) && !word(text[end..].chars().next())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::asks_for_secret;
    use super::{Fact, FactKind, Secrets};

    fn secrets_of(asked: &str, reply: &str, code: bool) -> Vec<String> {
        let mut secrets = Secrets::default();
        secrets.read(reply, asks_for_secret(asked), code, &[]);
        secrets.said
    }

    #[test]
    fn a_short_reply_to_a_security_question_is_a_secret_all_of_it() {
        for (asked, reply, secret) in [
            ("What is your mother's maiden name?", "Smith", "Smith"),
            ("What was the name of your first pet?", "rex.", "rex"),
            ("What city were you born in?", "Boston", "Boston"),
            ("What is your memorable word?", "pineapple", "pineapple"),
            (
                "What was the name of your first school?",
                "St Mary's",
                "St Mary's",
            ),
        ] {
            assert_eq!(secrets_of(asked, reply, false), [secret], "{asked} {reply}");
        }
    }

    #[test]
    fn a_longer_reply_gives_its_names_and_no_answer_gives_none() {
        assert_eq!(
            secrets_of(
                "What city were you born in?",
                "I was born in Boston but grew up elsewhere",
                false
            ),
            ["Boston"]
        );
        for reply in ["I don't know", "not sure", "Why do you need that?", ""] {
            assert!(
                secrets_of("What was your mother's maiden name?", reply, false).is_empty(),
                "{reply}"
            );
        }
        // A question that asks no secret makes no reply one.
        assert!(secrets_of("What time suits you?", "Boston", false).is_empty());
    }

    #[test]
    fn a_code_asked_for_or_a_secret_offered_unasked_is_one() {
        assert_eq!(secrets_of("And your PIN please.", "5380", true), ["5380"]);
        assert_eq!(
            secrets_of(
                "Could I get your full name, please?",
                "Brian White, my PIN is 1596 but I forgot my account number, my security question is Molly",
                false
            ),
            ["1596", "Molly"]
        );
        assert_eq!(
            secrets_of(
                "How can I help?",
                "My mpother's last name is Cooper, does that help.",
                false
            ),
            ["Cooper"]
        );
    }

    #[test]
    fn secrets_are_masked_as_whole_words_and_held_by_facts() {
        let mut secrets = Secrets::default();
        secrets.read(
            "Nemo",
            asks_for_secret("What was your first pet's name?"),
            false,
            &[],
        );
        assert_eq!(
            secrets.masked("We fed NEMO daily; Nemoland is a park."),
            "We fed [secret] daily; Nemoland is a park."
        );
        let fact = |kind, text: &str| Fact {
            kind,
            text: text.to_owned(),
            turn: 1,
            key: None,
            value: None,
        };
        assert!(secrets.told_by(&fact(FactKind::Name, "nemo")));
        assert!(secrets.told_by(&fact(FactKind::Reference, "order Nemo-12")));
        assert!(!secrets.told_by(&fact(FactKind::Name, "Captain Nemo")));
        assert!(!secrets.told_by(&fact(FactKind::Reference, "order Nemoland12")));
        assert!(!Secrets::default().told_by(&fact(FactKind::Name, "Nemo")));
    }

    /// The customer's own name, asked beside the secret and kept as a fact, is none.
    #[test]
    fn the_customer_s_own_name_is_no_secret() {
        let asked = asks_for_secret("Your full name and your mother's maiden name, please.");
        let mut secrets = Secrets::default();
        let own = Fact {
            kind: FactKind::Name,
            text: "John Smith".to_owned(),
            turn: 1,
            key: None,
            value: None,
        };
        secrets.read("John Smith, Miller", asked, false, &[&own]);
        assert_eq!(secrets.said, ["Miller"]);
    }
}
