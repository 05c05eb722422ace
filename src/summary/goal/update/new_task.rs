//! Whether the customer has moved on to a new request after the goal: a bot's message →
//! whether it offers more help, and a sentence → whether it opens a new task (the goal's
//! update reads no change after them, until the goal is named again).

use std::sync::LazyLock;

use super::super::IMPERATIVES;
use super::super::boundaries::Phrases;
use super::split_words;

/// Whether a bot's message offers more help ("Is there anything else I can do for
/// you?", "Can I help with something else?"): what the customer asks next may be a new
/// request.
pub(super) fn offers_more_help(text: &str) -> bool {
    static OFFERS: LazyLock<Phrases> = LazyLock::new(|| {
        Phrases::new(&[
            "anything else",
            "something else",
            "anything more",
            "else can i",
            "else i can",
        ])
    });
    OFFERS.any_in(&text.to_lowercase(), |_| true)
}

/// Whether `sentence` (lower case, without its greeting) opens a new task: a need to do
/// something ("i want to follow up on …", "i would like to make some changes to my
/// ride") or an order put as a question ("can you check the weather …"); not a wish
/// about the request at hand ("i want the hyatt"), nor a question about it ("what do
/// you think i should get her?").
pub(super) fn opens_a_task(sentence: &str) -> bool {
    const NEEDS: &[&str] = &[
        "i want to",
        "i wanna",
        "i would like to",
        "i'd like to",
        "i need to",
        "i need a",
        "i need an",
        "i need some",
        "i also want",
        "i also need",
        "i'd also like",
        "i would also like",
        "i have another",
        "can you help me",
        "could you help me",
        "help me",
    ];
    const ASKS: &[&str] = &[
        "can you please",
        "could you please",
        "can you",
        "could you",
        "can i",
        "could i",
        "please",
    ];
    let sentence = sentence.trim_start();
    NEEDS.iter().any(|n| starts_with_words(sentence, n))
        || ASKS.iter().any(|a| {
            starts_with_words(sentence, a)
                && split_words(&sentence[a.len()..])
                    .next()
                    .is_some_and(|verb| IMPERATIVES.contains(&verb))
        })
}

/// `text` starts with the words `words`, whole.
fn starts_with_words(text: &str, words: &str) -> bool {
    text.starts_with(words)
        && text[words.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '\'')
}
