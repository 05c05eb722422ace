//! A code, a password or a code told sent, asked for: the bot's message → whether it
//! asks for a code that proves who the customer is ("your PIN", "the code we sent"),
//! for a password by name (only then is a word typed before the reply goes on its
//! answer), and for a code it told it sent ("We just texted you a code. What is it?").

use std::sync::LazyLock;

use regex::Regex;

use super::{of_a_promotion, promotions_secret};

/// How a bot asks for a code that proves who the customer is: "your PIN", "your
/// password", "the passcode", "the verification code", "your security code".
static CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:pin|pin\s+(?:number|code)|passcode|password|passphrase|pass\s+phrase|(?:security|verification|secret)\s+(?:code|number))s?\b",
    )
    .expect("the verification code pattern is valid")
});

/// Whether the bot's message `text` asks for a code that proves who the customer is
/// ([`CODE`]: "Right, and your PIN as well please."), in its last sentence, the one a
/// reply answers: the code that reply gives is a secret. A code only mentioned is not
/// asked for: "Did you receive the password reset link?", "When did you last change
/// your password?", "Which email should we send the password reset to?", "We sent a
/// verification code to your phone. Which phone number should we use?" (a review found
/// "Nope, nothing", "last Tuesday", an email and a phone number masked after them);
/// nor is a promotion's secret code ([`promotions_secret`]: "Tell us the secret code
/// for 10% off"); a PIN or a password is asked whatever else the message says ("To
/// complete the sale, please enter your PIN."); a code told sent and asked for after
/// is asked ([`asks_for_code_sent`]: "We just texted you a code. What is it?").
pub(in crate::summary) fn asks_for_code(text: &str) -> bool {
    let asked = without_a_hint(text);
    let asked = asked.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '?' | '.' | '!'));
    let last = asked
        .rfind(['?', '.', '!'])
        .map_or(asked, |at| &asked[at + 1..]);
    let word = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_ascii_lowercase()
    };
    let asks_in = |last: &str| {
        CODE.find_iter(last).any(|m| {
            if promotions_secret(last, m.start(), m.end()) {
                return false;
            }
            let after = last[m.end()..].split_whitespace().next().map(word);
            let before: Vec<String> = last[..m.start()]
                .split_whitespace()
                .rev()
                .take(3)
                .map(word)
                .collect();
            let about = |w: &str| {
                [
                    "reset",
                    "resets",
                    "link",
                    "change",
                    "changed",
                    "update",
                    "updated",
                    "forget",
                    "forgot",
                    "forgotten",
                    "new",
                    "sent",
                    "send",
                ]
                .contains(&w)
            };
            !after.as_deref().is_some_and(about) && !before.iter().any(|w| about(w))
        })
    };
    // An earlier sentence that bids the customer enter it asks too: "Please enter
    // your PIN. I'll help you with the sale." (a review found "4 8 2 1" shown).
    asks_in(last)
        || (asked.split(['?', '.', '!'])).any(|s| {
            (BIDS.is_match(s) && asks_in(s)) || (SENT_CODE.is_match(s) && ASKS_IT.is_match(s))
        })
        || asks_for_code_sent(asked, last)
}

/// A code the service sent to prove who the customer is: "the code we sent to your
/// phone", "the code we just texted you", "the one-time code", "the 6-digit code", "the
/// OTP". Its reply, typed apart or not ("55 21 90", "552-190"), is a secret (a review
/// found it shown, as "sent" made [`CODE`]'s a code only mentioned).
static SENT_CODE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bcode\s+(?:that\s+)?(?:(?:we|i)(?:(?:'|’)ve|\s+have|\s+just)?\s+|(?:was\s+|just\s+)?)(?:sent|texted|emailed|messaged)\b|\b(?:one[- ]time|sms|text(?:ed)?|login|sign[- ]in|\d[- ]digit|(?:four|five|six|eight)[- ]digit)\s+(?:pass)?code\b|\botps?\b")
        .expect("the sent code pattern is valid")
});

/// Words of a sentence that ask for something anywhere in it ("Please enter", "What
/// is", "Can you type"), not only at its start as [`BIDS`]: with [`SENT_CODE`], the
/// sentence asks for that code ("Did you get the code we sent?" does not).
static ASKS_IT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:enter|type|input|provide|give\s+me|tell\s+me|share|key\s+in|read\s+(?:me|out)|what(?:'|’)?s|what\s+(?:is|was))\b")
        .expect("the asking pattern is valid")
});

/// How a sentence bids the customer give something: "Please enter", "type", "confirm".
static BIDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:ok(?:ay)?|now|first|so),?\s+)?(?:please\s+)?(?:enter|type|input|provide|give\s+me|tell\s+me|confirm|share|key\s+in)\b")
        .expect("the bidding pattern is valid")
});

/// A hint a bot adds after its question, of what else the customer may type or say:
/// "You can also type 'help'.", "Type 'agent' to talk to a person.", "Or say menu."
static HINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)^\s*(?:(?:you\s+(?:can|may)|or)\s+(?:also\s+)?|(?:also\s+)?)(?:type|say|reply|enter|press|tap|click|send)\s+["'“‘]?(?:help|menu|main\s+menu|agent|human|operator|back|cancel|stop|start\s+over|restart|skip|exit|quit|\d)\b[^?]*$"#)
        .expect("the hint pattern is valid")
});

/// `text` without the hint sentences after its question ([`HINT`]: "What is your
/// password? You can also type 'help'."): the question is still the one a reply
/// answers (a review found the password shown under `--redact`, the question missed).
fn without_a_hint(text: &str) -> &str {
    let mut asked = without_an_aside(text.trim_end());
    loop {
        let body = asked.trim_end_matches(['?', '.', '!']);
        let Some(at) = body.rfind(['?', '.', '!']) else {
            return asked;
        };
        if !HINT.is_match(&body[at + 1..]) {
            return asked;
        }
        asked = &asked[..=at];
    }
}

/// `text` without what a bot says after its last question, when that is a short aside
/// of one or two sentences and no question (at most [`ASIDE_WORDS`] words): "What is
/// your password? Tip: it is case sensitive.", "… Thanks for your patience!", "… Or
/// type forgot to reset it.", "… Let me know." (a review found the password shown under
/// `--redact` after each, the question missed).
fn without_an_aside(text: &str) -> &str {
    let Some(at) = text.rfind('?') else {
        return text;
    };
    let aside = &text[at + 1..];
    let sentences = (aside.split(['.', '!']))
        .filter(|s| !s.trim().is_empty())
        .count();
    if (1..=2).contains(&sentences) && aside.split_whitespace().count() <= ASIDE_WORDS {
        &text[..=at]
    } else {
        text
    }
}

/// The most words of an aside after a bot's question ([`without_an_aside`]).
const ASIDE_WORDS: usize = 12;

/// Whether the bot's message `text` asks for a password or a passphrase
/// ([`asks_for_code`] and [`PASSWORD`]): only then is a word typed before the reply goes
/// on the answer ("Seahorse I want a human"); after a PIN or a texted code it is the
/// customer's topic ("Netflix can you help" after "What is your PIN?": a review found
/// the goal lost).
pub(in crate::summary) fn asks_for_password(text: &str) -> bool {
    PASSWORD.is_match(text) && asks_for_code(text)
}

/// How a bot names a password: "your password", "the passphrase", "pass phrase", "your
/// passcode" (a review found "Sunshine I want a human" shown after it).
static PASSWORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bpass(?:word|phrase|\s+phrase|code)s?\b")
        .expect("the password pattern is valid")
});

/// Whether the bot's message `asked` (its marks at the end left off) tells of a code it
/// sent in an earlier sentence ([`TOLD_SENT`]) and its `last` sentence asks for it
/// ([`ASKS_FOR_IT`]): "We just texted you a code. What is it?" (a review found the code
/// shown). Not a promotion's code ("We've emailed you a discount code. Enter it at
/// checkout for 10% off"), nor one only told of ("We just texted you a code. Did you
/// get it?").
fn asks_for_code_sent(asked: &str, last: &str) -> bool {
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
