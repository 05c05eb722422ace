//! Under `--redact`, every secret the summary keeps out (`summary::secret_spans`) is
//! `[secret]` in its message wherever redaction masks messages ([`masked_message`]: the
//! packet's transcript, `explain`, traces, coverage examples): a password given in reply
//! ("Seahorse42 Seahorse43 neither works"), a code sent by text ("A7K 9Q2"), one
//! announced and another chained to it ("Paris2024, then Paris2025"), a security answer,
//! one said again; each beside what stays as it is.

use super::*;

/// Each message of the conversation `rows`, masked as the packet's transcript is, each
/// knowing its place.
fn transcript(rows: &[(Role, &str)]) -> Vec<String> {
    let c = conversation(rows);
    let names = Names::of_conversation(&c);
    (c.messages.iter().enumerate())
        .map(|(i, m)| masked_message(&m.text, i, &names).into_owned())
        .collect()
}

/// The conversation `rows`, its messages masked, shows none of `secrets`; and the
/// summary, reading the masked messages as it does under `--redact`, finds no secret
/// left in them.
#[track_caller]
fn hides(rows: &[(Role, &str)], secrets: &[&str]) -> Vec<String> {
    let masked = transcript(rows);
    let all = masked.join("\n");
    for secret in secrets {
        assert!(!all.contains(secret), "{secret:?} shown in {masked:?}");
    }
    let again = conversation(
        &(rows.iter().zip(&masked))
            .map(|(&(role, _), text)| (role, text.as_str()))
            .collect::<Vec<_>>(),
    );
    let left = summary::secret_spans(&again.messages).unwrap_or_default();
    for (text, spans) in masked.iter().zip(&left) {
        for &(start, end) in spans {
            assert!(
                is_mask_token(&text[start..end]),
                "{:?} found secret in the masked {text:?}",
                &text[start..end]
            );
        }
    }
    masked
}

const HUMAN: (Role, &str) = (Role::Customer, "I want a human");

#[test]
fn a_password_given_in_reply_is_masked_in_the_transcript() {
    let asked = (Role::Bot, "What is your password?");
    let masked = hides(
        &[asked, (Role::Customer, "Seahorse I want a human")],
        &["Seahorse"],
    );
    assert_eq!(masked[1], "[secret] I want a human");
    let masked = hides(
        &[
            asked,
            (Role::Customer, "Seahorse42 Seahorse43 neither works"),
            HUMAN,
        ],
        &["Seahorse"],
    );
    assert_eq!(masked[1], "[secret] [secret] neither works");
    assert_eq!(masked[2], "I want a human");
}

#[test]
fn a_code_sent_and_typed_back_is_masked_in_the_transcript() {
    let masked = hides(
        &[
            (Role::Bot, "Please enter the code we sent to your phone"),
            (Role::Customer, "A7K 9Q2"),
            HUMAN,
        ],
        &["A7K", "9Q2"],
    );
    assert_eq!(masked[1], "[secret]");
    let masked = hides(
        &[
            (Role::Bot, "Enter the verification code sent to your email"),
            (Role::Customer, "Y7Q2ZK"),
            HUMAN,
        ],
        &["Y7Q2ZK"],
    );
    assert_eq!(masked[1], "[secret]");
}

#[test]
fn a_chained_password_is_masked_whole() {
    let masked = hides(
        &[
            (
                Role::Customer,
                "I updated my password to Paris2024, then Paris2025",
            ),
            HUMAN,
        ],
        &["Paris2024", "Paris2025"],
    );
    assert_eq!(
        masked[0],
        "I updated my password to [secret], then [secret]"
    );
}

#[test]
fn security_answers_and_one_said_again_are_masked() {
    let masked = hides(
        &[
            (Role::Bot, "What is your pet name?"),
            (Role::Customer, "Fluffy"),
            (Role::Bot, "What is your memorable answer?"),
            (Role::Customer, "pineapple"),
            HUMAN,
        ],
        &["Fluffy", "pineapple"],
    );
    assert_eq!(masked[1], "[secret]");
    assert_eq!(masked[3], "[secret]");
    let masked = hides(
        &[
            (Role::Bot, "What is your password?"),
            (Role::Customer, "Seahorse"),
            (Role::Bot, "Sorry, that does not match."),
            (Role::Customer, "I told you, Seahorse"),
            HUMAN,
        ],
        &["Seahorse"],
    );
    assert_eq!(masked[3], "I told you, [secret]");
}

/// What the summary keeps as it is stays so: a promotion's code, times, the customer's
/// words after a code question that give none.
#[test]
fn what_the_summary_keeps_stays_as_it_is() {
    for rows in [
        &[(Role::Customer, "Use code SUMMER10 for 10% off"), HUMAN][..],
        &[
            (Role::Bot, "What time suits you?"),
            (Role::Customer, "3pm 4pm"),
            HUMAN,
        ],
        &[
            (Role::Bot, "What is your password?"),
            (Role::Customer, "Agent I want a human"),
        ],
        &[
            (Role::Bot, "Tell us the secret code for 10% off"),
            (Role::Customer, "SUMMER10"),
            HUMAN,
        ],
    ] {
        let texts: Vec<&str> = rows.iter().map(|&(_, text)| text).collect();
        assert_eq!(transcript(rows), texts);
    }
}

/// Regression (session 50): a pet's name typed before the reply goes on, a password of
/// a few words, one said in a later sentence, one after a typo of "password", a code of
/// letters and digits typed apart, each showed in the redacted transcript or in the
/// summary; each is masked whole now.
#[test]
fn the_answers_that_still_showed_are_masked() {
    for (asked, reply, secret, expected) in [
        (
            "What is your pet's name?",
            "Fluffy I want a human",
            "Fluffy",
            "[secret] I want a human",
        ),
        (
            "What is your password?",
            "Brian White Seahorse",
            "Seahorse",
            "[secret]",
        ),
        (
            "What is your password?",
            "I want a human. It is Seahorse",
            "Seahorse",
            "I want a human. It is [secret]",
        ),
        (
            "How can I help?",
            "my pasword is Blue-bird",
            "Blue-bird",
            "my pasword is [secret]",
        ),
        (
            "What is the code we sent you?",
            "ABC 123",
            "ABC",
            "[secret]",
        ),
    ] {
        let masked = hides(
            &[(Role::Bot, asked), (Role::Customer, reply), HUMAN],
            &[secret],
        );
        assert_eq!(masked[1], expected, "{reply}");
    }
}

/// Regression (session 50, STAR star-3061 and star-1772): under `--redact` the summary,
/// reading "Oh just try [secret]", took "just try [secret]" for the answer and the
/// transcript read "Oh [secret]"; a name that owns the word after it in a longer reply to
/// a maiden name's question ("Emperor Caligula's court") was masked. Both stay.
#[test]
fn words_before_an_answer_and_a_name_that_owns_the_next_stay() {
    let masked = hides(
        &[
            (
                Role::Bot,
                "It's a security question. Without it I cannot access your account.",
            ),
            (Role::Customer, "Oh just try Molly. Does it work?"),
            HUMAN,
        ],
        &["Molly"],
    );
    assert_eq!(masked[1], "Oh just try [secret]. Does it work?");
    let reply = "My mother used to be a royal woman in Emperor Caligula's court. Could that be it?";
    let masked = hides(
        &[
            (Role::Bot, "What was your mother's maiden name?"),
            (Role::Customer, reply),
            HUMAN,
        ],
        &[],
    );
    assert_eq!(masked[1], reply);
    // Its neighbour: a name of a longer reply that owns nothing is the answer still.
    let masked = hides(
        &[
            (Role::Bot, "What was your mother's maiden name?"),
            (Role::Customer, "I think it was Kowalski before she married"),
            HUMAN,
        ],
        &["Kowalski"],
    );
    assert_eq!(masked[1], "I think it was [secret] before she married");
}
