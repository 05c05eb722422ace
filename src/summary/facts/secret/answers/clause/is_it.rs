//! What follows "is" after an answer typed first ("Sunshine is my password", "Website
//! is down"): the words after it → whether they say the word before it is the answer.

/// What an answer typed first is said to be after "is" ([`says_it_is_the_answer`]):
/// "Sunshine is my password", "Rex is the answer".
const THE_ANSWER: &[&str] = &[
    "password",
    "passcode",
    "pass",
    "passphrase",
    "answer",
    "word",
    "secret",
    "code",
    "pin",
    "one",
];

/// Whether `after`, the words after "is" that follow an answer typed first, say it is
/// the answer: "it" ("Sunshine is it", "Sunshine is it, I want a human"), or "my",
/// "the" or "our" and a word of [`THE_ANSWER`] ("Sunshine is my password", "… is the
/// answer"). Not "is down", "is broken", "is not working".
pub(super) fn says_it_is_the_answer(after: &[&str]) -> bool {
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    match after {
        [it, ..] if bare(it) == "it" => {
            after.len() == 1 || it.ends_with(|c: char| !c.is_alphanumeric())
        }
        [whose, what, ..] => {
            matches!(bare(whose).as_str(), "my" | "the" | "our")
                && THE_ANSWER.contains(&bare(what).as_str())
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::says_it_is_the_answer;

    #[test]
    fn only_the_answer_named_after_is_says_it() {
        for after in [
            "my password",
            "the answer",
            "it",
            "it, I want a human",
            "our pin.",
        ] {
            let words: Vec<&str> = after.split_whitespace().collect();
            assert!(says_it_is_the_answer(&words), "{after}");
        }
        for after in [
            "down, I want a human",
            "broken",
            "not working",
            "it down",
            "my problem",
            "",
        ] {
            let words: Vec<&str> = after.split_whitespace().collect();
            assert!(!says_it_is_the_answer(&words), "{after}");
        }
    }
}
