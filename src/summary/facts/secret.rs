//! Security questions: a bot's message → whether it asks for the answer to one (a
//! mother's maiden name, the name of a pet, "your security question"), so that the
//! names in the customer's reply are no name facts: they are secrets, not people an
//! agent would call (STAR star-1176's and star-680's "Charlie", star-1036's "Miller").

use std::sync::LazyLock;

use regex::Regex;

/// What a security question asks for, as STAR's bots and others put it: "What was your
/// mother's maiden name?", "what was the name of the pet you had as a child?", "the
/// name of your childhood pet", "your pet's name", "your security question".
static ASKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bmaiden\s+name\b|\b(?:security|secret)\s+(?:question|answer)s?\b|\bname\s+of\s+(?:the|your)\s+(?:\w+\s+)?pets?\b|\bpet(?:'|’)?s\s+name\b",
    )
    .expect("the security question pattern is valid")
});

/// Whether the bot's message `text` asks a security question.
pub(in crate::summary) fn asks_for_secret(text: &str) -> bool {
    ASKS.is_match(text)
}

#[cfg(test)]
mod tests {
    use super::asks_for_secret;

    #[test]
    fn security_questions_are_told_from_other_questions() {
        for asked in [
            "What was your mother's maiden name?",
            "And what was the name of the pet you had as a child?",
            "May I have your date of birth, mother's maiden name and the name of your childhood pet?",
            "What is your pet’s name?",
            "Please answer your security question.",
        ] {
            assert!(asks_for_secret(asked), "{asked}");
        }
        for asked in [
            "Could I get your full name, please?",
            "The Hilton allows pets. Shall I book it?",
            "What is the name of the restaurant?",
            "Competitive pets-friendly prices",
            "",
        ] {
            assert!(!asks_for_secret(asked), "{asked}");
        }
    }
}
