//! The customer's matter with a service, for what happened told beside help asked for
//! alone ([`super::incident`]): the words after a verb → whether they name one (a noun
//! of a service's usual matters, or one the bot's question just before made the matter:
//! "Which document is missing?" "I can't find the paperwork"). Reads the bot's question
//! only; no other message, no rules.

use super::boundaries::{lowered, split_words};

/// Nouns of the customer's matter with a service, which what was found or could not be
/// remembered or found must name ("I noticed my card was charged twice", "I can not
/// remember the medication instructions"); not "my mistake", "my favourite band", "the
/// words to thank you", "my keys" (a review found each made the goal).
pub(super) const SERVICE_MATTER: &[&str] = &[
    "account",
    "accounts",
    "card",
    "cards",
    "order",
    "orders",
    "bill",
    "bills",
    "charge",
    "charges",
    "booking",
    "bookings",
    "reservation",
    "payment",
    "payments",
    "package",
    "parcel",
    "delivery",
    "refund",
    "invoice",
    "receipt",
    "ticket",
    "tickets",
    "password",
    "pin",
    "login",
    "username",
    "instructions",
    "prescription",
    "medication",
    "appointment",
    "confirmation",
    "statement",
    "transaction",
    "transactions",
    "transfer",
    "transfers",
    "balance",
    "subscription",
    "policy",
    "claim",
    "luggage",
    "baggage",
    "suitcase",
    "pass",
    "flight",
    "itinerary",
    "voucher",
    "coupon",
];

/// How many words after a verb of `incident`'s `FOUND` or `NOT_MANAGED` its object may name the
/// matter ([`SERVICE_MATTER`]): "my online banking password".
pub(super) const OBJECT_REACH: usize = 4;

/// Whether one of the first [`OBJECT_REACH`] of `after` (the words after a verb) names
/// the customer's matter with a service, after none of `stop`'s words: one of
/// [`SERVICE_MATTER`], or a noun the bot's question (`asked`) made the matter
/// ([`Asked::names`]: "Which document is missing?" "I can't find the paperwork").
pub(super) fn names_matter(after: &[&str], stop: impl Fn(&str) -> bool, asked: &Asked) -> bool {
    let reach = &after[..after.len().min(OBJECT_REACH)];
    let end = reach.iter().position(|w| stop(w)).unwrap_or(reach.len());
    reach[..end].iter().enumerate().any(|(j, w)| {
        SERVICE_MATTER.contains(w)
            || (j > 0
                && DETERMINERS.contains(&reach[j - 1])
                // Not a noun with an infinitive of the customer's ("the words to
                // thank you"): a thing to do, no thing missing.
                && after.get(j + 1) != Some(&"to")
                && asked.names(w))
    })
}

/// Words before the noun of an object ("the paperwork", "my passport").
const DETERMINERS: &[&str] = &["the", "my", "our", "your", "a", "an", "this", "that"];

/// Words after "which" or "what" that ask no thing ("What is the problem?", "What can I
/// do for you?").
const ASKS_NO_THING: &[&str] = &[
    "is", "are", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should",
    "happened", "seems", "else", "about", "i", "you", "we", "it", "time",
];

/// The bot's question just before the customer's message, if it asked one: a noun it
/// names, or the thing it asks for ("Which document is missing?"), is the customer's
/// matter with the service when the reply could not find or remember it, whatever its
/// word (the nouns of [`SERVICE_MATTER`] are a service's usual ones, not all of them).
#[derive(Debug, Default)]
pub(super) struct Asked {
    /// The question in lower case; empty when the bot asked none.
    lower: String,
    /// Whether it asks which thing of a service's matter ("Which document …", "What
    /// item …"): then the reply's object is that thing, in its word or another for it
    /// ("the paperwork"); not small talk ("What song …", "Which dish …").
    which: bool,
    /// The thing asked about ("document"), when `which`.
    thing: String,
}

/// Things a service asks about beside [`SERVICE_MATTER`], each with words for it a reply
/// may use ("Which document is missing?" "I can't find the paperwork").
const ASKED_THINGS: &[(&str, &[&str])] = &[
    (
        "document",
        &[
            "paperwork",
            "papers",
            "paper",
            "form",
            "forms",
            "file",
            "certificate",
        ],
    ),
    ("form", &["paperwork", "document", "papers"]),
    ("item", &["product", "parcel", "package", "order"]),
    ("product", &["item", "parcel", "package", "order"]),
    ("passport", &["id", "papers"]),
    ("id", &["passport", "licence", "license", "card"]),
    ("licence", &["license"]),
    ("license", &["licence"]),
    ("receipt", &["invoice", "bill"]),
    ("invoice", &["receipt", "bill"]),
    ("order", &["parcel", "package", "item", "delivery"]),
    ("booking", &["reservation", "ticket"]),
    ("reservation", &["booking", "ticket"]),
    ("ticket", &["booking", "reservation", "pass"]),
    ("account", &["login", "username"]),
    ("card", &["pin"]),
    ("payment", &["transaction", "charge", "transfer"]),
];

/// `word` in the singular, roughly ("documents" → "document").
fn singular(word: &str) -> &str {
    word.strip_suffix('s')
        .filter(|w| w.len() > 2)
        .unwrap_or(word)
}

/// Whether `thing` (singular) is a service's matter: one of [`SERVICE_MATTER`] or of
/// [`ASKED_THINGS`].
fn is_service_thing(thing: &str) -> bool {
    SERVICE_MATTER.contains(&thing)
        || SERVICE_MATTER.iter().any(|m| singular(m) == thing)
        || ASKED_THINGS.iter().any(|(t, _)| *t == thing)
}

impl Asked {
    /// The bot's `message` (any case), read when it asks a question.
    pub(super) fn new(message: &str) -> Self {
        if !message.trim_end().ends_with('?') {
            return Self::default();
        }
        let lower = lowered(message);
        let thing = {
            // The question's own sentence: the last one, which ends with the mark.
            let last = lower
                .rsplit(['.', '!'])
                .find(|s| !s.trim().is_empty())
                .unwrap_or("");
            let mut ws = split_words(last);
            match (ws.next(), ws.next()) {
                (Some("which" | "what"), Some(w))
                    if !ASKS_NO_THING.contains(&w) && is_service_thing(singular(w)) =>
                {
                    singular(w).to_owned()
                }
                _ => String::new(),
            }
        };
        Self {
            lower,
            which: !thing.is_empty(),
            thing,
        }
    }

    /// Whether the question asks which thing ("Which document is missing?").
    pub(super) fn asks_which(&self) -> bool {
        self.which
    }

    /// Whether the question made `noun` the matter: it asks which thing, or names the
    /// noun (or its singular: "Did you lose your documents?" → "the document").
    fn names(&self, noun: &str) -> bool {
        let noun = singular(noun);
        if self.lower.is_empty() || noun.len() < 2 {
            return false;
        }
        if self.which {
            return noun == self.thing
                || ASKED_THINGS
                    .iter()
                    .any(|(t, words)| *t == self.thing && words.contains(&noun));
        }
        // A noun the question names, of a service's matter ("Did you lose your
        // passports?" → "my passport"; not "Did you enjoy the songs?").
        is_service_thing(noun) && split_words(&self.lower).any(|w| singular(w) == noun)
    }
}

#[cfg(test)]
mod tests {
    use super::super::incident::tells_incident;
    use super::Asked;

    /// Regression: the nouns of a service matter were a fixed list: what the bot's own
    /// question named was no matter ("Which document is missing?" "I can't find the
    /// paperwork").
    #[test]
    fn a_noun_the_bot_asked_about_is_the_matter() {
        let which = Asked::new("Sorry to hear that. Which document is missing?");
        assert!(tells_incident("I can't find the paperwork", &which));
        let named = Asked::new("Did you lose your passports?");
        assert!(tells_incident("I can't find my passport.", &named));
        // Not without the question, nor after one that asks no thing, nor chat.
        let none = Asked::default();
        assert!(!tells_incident("I can't find the paperwork", &none));
        let how = Asked::new("How can I help you?");
        assert!(!tells_incident("I can't find the paperwork", &how));
        let what_is = Asked::new("What is the problem?");
        assert!(!tells_incident("I can't find the paperwork", &what_is));
        let said = Asked::new("Which document is missing.");
        assert!(!tells_incident("I can't find the paperwork", &said));
        assert!(!tells_incident(
            "I could not find the words to thank you",
            &which
        ));
        assert!(!tells_incident("I can't find the paperwork lol", &which));
        // Only the thing asked about, and only a service's (review of session 43: chat
        // after "What day works for you?" was the goal).
        assert!(!tells_incident(
            "I can't find the calendar, hold on",
            &which
        ));
        for (question, reply) in [
            (
                "What day works for you?",
                "I can't find the calendar, hold on",
            ),
            (
                "Which dish did you enjoy most?",
                "I can't remember the name, it was delicious",
            ),
            (
                "What song do you want to hear?",
                "I can't remember the song",
            ),
        ] {
            assert!(
                !tells_incident(reply, &Asked::new(question)),
                "{question} {reply}"
            );
        }
        let forms = Asked::new("Which documents are missing?");
        assert!(tells_incident("I can't find the document", &forms));
    }
}
