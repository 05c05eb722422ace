//! A password or a code told sent, asked for: the bot's message → whether it asks for a
//! password by name (only then is a word typed before the reply goes on its answer), and
//! whether it asks for a code it told it sent ("We just texted you a code. What is it?").

use std::sync::LazyLock;

use regex::Regex;

use super::{asks_for_code, of_a_promotion};

/// Whether the bot's message `text` asks for a password or a passphrase
/// ([`asks_for_code`] and [`PASSWORD`]): only then is a word typed before the reply goes
/// on the answer ("Seahorse I want a human"); after a PIN or a texted code it is the
/// customer's topic ("Netflix can you help" after "What is your PIN?": a review found
/// the goal lost).
pub(in crate::summary) fn asks_for_password(text: &str) -> bool {
    PASSWORD.is_match(text) && asks_for_code(text)
}

/// How a bot names a password: "your password", "the passphrase", "pass phrase".
static PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bpass(?:word|phrase|\s+phrase)s?\b").expect("the password pattern is valid")
});

/// Whether the bot's message `asked` (its marks at the end left off) tells of a code it
/// sent in an earlier sentence ([`TOLD_SENT`]) and its `last` sentence asks for it
/// ([`ASKS_FOR_IT`]): "We just texted you a code. What is it?" (a review found the code
/// shown). Not a promotion's code ("We've emailed you a discount code. Enter it at
/// checkout for 10% off"), nor one only told of ("We just texted you a code. Did you
/// get it?").
pub(super) fn asks_for_code_sent(asked: &str, last: &str) -> bool {
    let before = &asked[..asked.len() - last.len()];
    // The sentence right before the last: "What is it?" asks for the code only after it.
    let previous = (before.trim_end_matches(['?', '.', '!', ' ']))
        .rsplit(['?', '.', '!'])
        .next()
        .unwrap_or("");
    let asks = ASKS_FOR_IT.is_match(last)
        || (WHAT_IS_IT.is_match(last.trim()) && TOLD_SENT.is_match(previous));
    asks && TOLD_SENT.is_match(before) && !of_a_promotion(asked)
}

/// How a bot tells it sent the customer a code: "We just texted you a code", "I've
/// emailed you a 6-digit code", "We sent a verification code to your phone".
static TOLD_SENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:sent|texted|emailed|messaged)\s+(?:you\s+|to\s+you\s+)?(?:a|an|the|your)\s+(?:[\w-]+\s+){0,2}?(?:code|pin|passcode|otp)s?\b")
        .expect("the told-sent pattern is valid")
});

/// A sentence that is all "What is it?", "What's it?", "What does it say?": it asks for
/// the code only right after a sentence that told it sent ("What is it you need help
/// with?" after "We've sent your PIN reminder by post" asks for none: a review found
/// the reply masked).
static WHAT_IS_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\A(?:what(?:'|’)?s|what\s+(?:is|was|does))\s+it(?:\s+say)?\z")
        .expect("the what-is-it pattern is valid")
});

/// How a sentence asks for a thing told of before it: "Please enter it", "Can you read
/// it to me?", "Type in the code". Not "confirm that …", "share that feedback" (a review
/// found "Can you confirm that you received it?" read as asking for the code): "that"
/// and "this" only end the sentence ("Please enter that").
static ASKS_FOR_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bwhat\s+it\s+(?:is|was|says)\s*\z|\b(?:enter|type|input|provide|share|key|read|tell\s+me|give\s+me|send\s+me|reply\s+with|confirm)(?:\s+in)?\s+(?:it\b|(?:the|that|this)\s+code\b|(?:that|this)\s*\z)")
        .expect("the asks-for-it pattern is valid")
});
