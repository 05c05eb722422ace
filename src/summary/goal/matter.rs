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
    /// Whether it asks which thing ("Which document …", "What item …"): then the
    /// reply's object is that thing, in any word ("the paperwork").
    which: bool,
}

impl Asked {
    /// The bot's `message` (any case), read when it asks a question.
    pub(super) fn new(message: &str) -> Self {
        if !message.trim_end().ends_with('?') {
            return Self::default();
        }
        let lower = lowered(message);
        let which = {
            // The question's own sentence: the last one, which ends with the mark.
            let last = lower
                .rsplit(['.', '!'])
                .find(|s| !s.trim().is_empty())
                .unwrap_or("");
            let mut ws = split_words(last);
            matches!(ws.next(), Some("which" | "what"))
                && ws.next().is_some_and(|w| !ASKS_NO_THING.contains(&w))
        };
        Self { lower, which }
    }

    /// Whether the question asks which thing ("Which document is missing?").
    pub(super) fn asks_which(&self) -> bool {
        self.which
    }

    /// Whether the question made `noun` the matter: it asks which thing, or names the
    /// noun (or its singular: "Did you lose your documents?" → "the document").
    fn names(&self, noun: &str) -> bool {
        !self.lower.is_empty()
            && noun.len() > 2
            && (self.which
                || split_words(&self.lower).any(|w| {
                    w == noun
                        || w.strip_suffix('s') == Some(noun)
                        || noun.strip_suffix('s') == Some(w)
                }))
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
    }
}
