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
