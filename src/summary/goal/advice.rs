//! Advice asked on the customer's own doing: a sentence → whether it asks it ("Hmm,
//! should I bring an umbrella?", "Do you think we should cancel?"), which is no task:
//! `first_request` takes a request after it for the goal, but for one for a
//! person.

use super::boundaries::split_words;

/// Openings of a question that asks advice on what the customer does ("Should I bring
/// an umbrella?", "Do you think I should cancel?"), lower case, after fillers
/// ([`ADVICE_FILLERS`]).
const ADVICE: &[&str] = &[
    "should i",
    "should we",
    "shall i",
    "shall we",
    "do you think i should",
    "do you think we should",
];

/// Words that may open such a question without saying anything ("Hmm, should I …").
const ADVICE_FILLERS: &[&str] = &[
    "hmm", "hm", "hmmm", "um", "umm", "uh", "so", "well", "ok", "oh",
];

/// Whether `sentence`, without its greeting, asks advice on what the customer does
/// ([`ADVICE`]): a question whose first clause past fillers opens so.
pub(super) fn asks_advice(sentence: &str) -> bool {
    if !sentence.ends_with('?') {
        return false;
    }
    let lower = sentence.to_lowercase();
    let words: Vec<&str> = split_words(&lower)
        .skip_while(|w| ADVICE_FILLERS.contains(w))
        .take(5)
        .collect();
    let start = words.join(" ");
    ADVICE
        .iter()
        .any(|a| start.starts_with(a) && start[a.len()..].chars().next().is_none_or(|c| c == ' '))
}

#[cfg(test)]
mod tests {
    use super::asks_advice;

    #[test]
    fn advice_on_the_customer_s_own_doing_is_told_from_requests() {
        for advice in [
            "Should I bring an umbrella tonight?",
            "hmm, should I bring an umbrella?",
            "Hmm should we leave early?",
            "Do you think I should cancel?",
        ] {
            assert!(asks_advice(advice), "{advice}");
        }
        for other in [
            "Should I bring an umbrella tonight",
            "Shoulder pain, can you book a doctor?",
            "Should Iris call you?",
            "Can you tell me if I should bring an umbrella?",
            "Where should I go?",
        ] {
            assert!(!asks_advice(other), "{other}");
        }
    }
}
