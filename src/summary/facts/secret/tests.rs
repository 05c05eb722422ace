//! Security questions and codes asked: told from other questions, from a code only
//! mentioned, from a promotion's secret word.

use super::{Secret, asks_for_secret};

#[test]
fn security_questions_are_told_from_other_questions() {
    for asked in [
        "What was your mother's maiden name?",
        "And what was the name of the pet you had as a child?",
        "May I have your date of birth, mother's maiden name and the name of your childhood pet?",
        "What is your pet’s name?",
        "Please answer your security question.",
        "To verify your identity, what is your secret word?",
        // Promotion words beside a security question (a review).
        "What is your mother's maiden name? Our summer sale ends Sunday.",
        "What is your memorable word? Also enjoy 10% off your next order!",
        "What was the name of your first pet? (Answer to enter our pet photo contest!)",
        "What is your memorable word? I can then check your rewards balance.",
        // Redaction's own questions the summary did not know (a review).
        "What is your pet name?",
        "Please give me your memorable answer.",
        // A memorable question's answer (a review found "Bluebird" shown).
        "What is the answer to your memorable question?",
    ] {
        assert!(asks_for_secret(asked).is_some(), "{asked}");
    }
    for asked in [
        "Could I get your full name, please?",
        "The Hilton allows pets. Shall I book it?",
        "What is the name of the restaurant?",
        "Competitive pets-friendly prices",
        "Is your pet named on the booking?",
        // Asked out of interest (a review).
        "Where were you born? Just curious about your accent!",
        // A promotion's secret word (a review).
        "Say the secret word SUMMER for 10% off",
        "Tell the cashier the secret word to get a free dessert.",
        "",
    ] {
        assert!(asks_for_secret(asked).is_none(), "{asked}");
    }
}

/// Only a question that asks for a code is one; a code mentioned is not asked for.
#[test]
fn a_code_is_asked_for_only_in_the_last_sentence_and_not_merely_mentioned() {
    use super::asks_for_code;
    for asked in [
        "Please enter your PIN.",
        "What's your PIN?",
        "Right, and your password as well please.",
        "Thanks. What is the verification code we sent?",
        // Promotion words beside a PIN asked (a review).
        "To complete the sale, please enter your PIN.",
        "Please enter the PIN for your Rewards account.",
        "Please enter your PIN so I can deal with this.",
        // Bid in an earlier sentence (a review).
        "Please enter your PIN. I'll help you with the sale.",
        // A code sent without "we", or told of before it is asked (a review).
        "Enter the verification code sent to your email",
        "Please type the code that was texted to you.",
        "We just texted you a code. What is it?",
        "I've emailed you a 6-digit code. Please enter it here.",
    ] {
        assert!(asks_for_code(asked), "{asked}");
    }
    for asked in [
        "Did you receive the password reset link?",
        "When did you last change your password?",
        "Which email should we send the password reset to?",
        "We sent a verification code to your phone. Which phone number should we use?",
        "Give us the secret code for 10% off.",
        // A code told of but not asked for, a promotion's code.
        "We just texted you a code. Did you get it?",
        "Did you get the verification code sent to your email?",
        "Use code SUMMER10 for 10% off.",
        "We've emailed you a discount code. Enter it at checkout for 10% off.",
    ] {
        assert!(!asks_for_code(asked), "{asked}");
    }
}

/// The reply to a question for the customer's name and a secret together gives the
/// name at the place it was asked, when the reply lists one name an answer; in any
/// other shape, none ("Please give me your full name and your mother's maiden
/// name" left no name of the customer's).
#[test]
fn the_own_name_is_told_from_the_secret_only_in_a_list_of_answers() {
    let own = |asked: &str, names: Vec<&'static str>, listed: bool| {
        asks_for_secret(asked).and_then(|s: Secret| s.own_name(names, listed))
    };
    let both = "Please give me your full name and your mother's maiden name.";
    assert_eq!(
        own(both, vec!["John Smith", "Miller"], true),
        Some("John Smith")
    );
    assert_eq!(
        own(
            "What was your mother's maiden name, and your first and last name?",
            vec!["Miller", "John Smith"],
            true
        ),
        Some("John Smith")
    );
    assert_eq!(own(both, vec!["John Smith", "Miller"], false), None);
    assert_eq!(own(both, vec!["Miller"], true), None);
    assert_eq!(own(both, vec!["John Smith", "Miller", "Rex"], true), None);
    assert_eq!(
        own("What was your mother's maiden name?", vec!["Miller"], true),
        None
    );
    assert_eq!(
        own(
            "Your name, your pet's name and your mother's maiden name, please.",
            vec!["John Smith", "Rex", "Miller"],
            true
        ),
        Some("John Smith")
    );
}

/// Regression: session 48 read "What is it you need help with?", "Can you confirm that
/// you received it?", "Please confirm this is still your number." and "Share that
/// feedback here." after a sentence of a code sent as asking for it, and masked the
/// reply. "What is it?" asks only as a whole sentence right after one that tells a code
/// sent; "confirm that …" and "share that …" ask for nothing.
#[test]
fn a_code_told_sent_is_asked_for_only_by_a_sentence_that_asks_for_it() {
    for asked in [
        "We've sent your PIN reminder by post. What is it you need help with?",
        "We've sent a reset code to your email. Can you confirm that you received it?",
        "We sent the code to your phone. Please confirm this is still your number.",
        "We texted you a code yesterday. Anything else I can help with? Share that feedback here.",
        "We texted you a code yesterday. Anything else? What is it?",
        "We just texted you a code. What is it about your card that isn't working?",
    ] {
        assert!(!super::asks_for_code(asked), "{asked}");
    }
    for asked in [
        "We just texted you a code. What is it?",
        "We just texted you a code. What's it say?",
        "We just texted you a code. Please enter it.",
        "We just texted you a code. Can you type in the code?",
        "I've emailed you a 6-digit code. Please confirm it.",
        "Enter the verification code sent to your email",
    ] {
        assert!(super::asks_for_code(asked), "{asked}");
    }
}

/// Only a question for a password or a passphrase is one: a PIN's and a texted code's
/// replies give no word typed before the reply goes on.
#[test]
fn a_password_is_asked_only_by_name() {
    for asked in ["What is your password?", "Please enter your passphrase."] {
        assert!(super::asks_for_password(asked), "{asked}");
    }
    for asked in [
        "What is your PIN?",
        "Please enter the code we texted you.",
        "Did you receive the password reset link?",
    ] {
        assert!(!super::asks_for_password(asked), "{asked}");
    }
}

/// Regression (session 52's second review, f13, f11): "What is your password? You can
/// also type 'help'." asked for no password, the hint after it being the last
/// sentence, and "Sunshine" was shown under `--redact`; "What is your passcode?" was no
/// password's question, so "Sunshine I want a human" after it was shown. A hint after
/// the question leaves it asked; a hint alone, or after a password only mentioned,
/// asks nothing.
#[test]
fn a_hint_after_the_question_leaves_it_asked() {
    use super::{asks_for_code, asks_for_password};
    for asked in [
        "What is your password? You can also type 'help'.",
        "What is your password? Or say menu.",
        "Please enter your PIN. Type agent to talk to a person.",
        "What is your passcode?",
    ] {
        assert!(asks_for_code(asked), "{asked}");
    }
    for asked in [
        "What is your password? You can also type 'help'.",
        "What is your passcode?",
        // A short aside after the question, of one or two sentences.
        "What is your password? Tip: it is case sensitive.",
        "What is your password? Thanks for your patience!",
        "What is your password? Or type forgot to reset it.",
        "What is your password? Note that we will never share it.",
        "Thanks! What is your password? Let me know.",
        "What is your password? Tip: it is case sensitive. Thanks!",
    ] {
        assert!(asks_for_password(asked), "{asked}");
    }
    for asked in [
        "You can also type 'help'.",
        "Did you forget your password? Type 'reset' to get a new one.",
        "When did you last change your password? You can also type 'help'.",
        "When did you last change your password? Thanks!",
        "Did you forget your password?",
        // A longer message after the question is no aside: it says what the bot does.
        "What is your password? Never mind, I have reset it for you and sent the new one \
         to your email. Check your inbox and spam folder.",
    ] {
        assert!(!asks_for_password(asked), "{asked}");
    }
}
