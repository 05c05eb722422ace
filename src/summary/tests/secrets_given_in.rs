//! Security answers given in after a refusal that still showed (session 54):
//! "whatever, Sunshine42", an answer typed before a request in the clause given in, one
//! word after a refusal and a comma, and a refusal with a word that says no answer
//! ("Not telling. fine: Sunshine42"); each with its neighbours that stay as they were.

use super::*;

const QUESTIONS: [&str; 4] = [
    "What is your password?",
    "What is your memorable word?",
    "What is your mother's maiden name?",
    "What is your pet's name?",
];

/// Regression: "whatever, Sunshine42" after "It is private" showed the password (a
/// fact, the last thing said), in the next message and, without a comma, in the same
/// one. "whatever" gives in before an answer after a refusal; "whatever works" stays.
#[test]
fn whatever_then_the_answer_after_a_refusal_is_masked() {
    for asked in QUESTIONS {
        for replies in [
            &["It is private", "whatever, Sunshine42. I want a human"][..],
            &["It is private", "whatever Sunshine42 I want a human"],
            &["It is private", "whatever, Sunshine42", "I want a human"],
            &["It is private. whatever, Sunshine42"],
            &["It is private. whatever Sunshine42. I want a human"],
        ] {
            let all = shown_in(asked, replies);
            assert!(!all.contains("Sunshine42"), "{asked} {replies:?}: {all}");
        }
        assert_eq!(
            said_last(asked, &["It is private", "whatever, Sunshine42"]),
            "whatever, [secret]"
        );
        for replies in [
            &["It is private", "whatever works. I want a human"][..],
            &["It is private", "whatever, I want a human"],
            &["It is private. whatever works"],
        ] {
            let last = replies.last().copied().unwrap_or_default();
            assert_eq!(said_last(asked, replies), last, "{asked}");
        }
    }
    // Not after a refusal, "Whatever works" after a password question stays (after a
    // memorable word's it is a passphrase, masked whole, as before).
    let asked = "What is your password?";
    let reply = "Whatever works. I want a human";
    assert_eq!(said_last(asked, &[reply]), reply);
}

/// Regression: "It is private. ok fine Sunshine42 I want a human" showed "Sunshine42"
/// (a fact, the last thing said and the goal): the answer given in was typed before a
/// request in the same clause. The answer is masked, the request kept.
#[test]
fn an_answer_given_in_before_a_request_is_masked() {
    for asked in QUESTIONS {
        let reply = "It is private. ok fine Sunshine42 I want a human";
        assert_eq!(
            said_last(asked, &[reply]),
            "It is private. ok fine [secret] I want a human",
            "{asked}"
        );
        let all = shown_in(asked, &[reply]);
        assert!(!all.contains("Sunshine42"), "{asked}: {all}");
        assert!(all.contains("I want a human"), "{asked}: {all}");
        // A request given in, or a topic, stays.
        for reply in [
            "It is private. ok fine I want a human",
            "It is private. ok fine Refund I want a human",
        ] {
            assert_eq!(said_last(asked, &[reply]), reply, "{asked}");
        }
    }
}

/// Regression: "It's a secret, Sunshine." showed "Sunshine": one word after a refusal
/// and a comma. It is masked where it is written as a name or a password is (a name
/// the bot is addressed by too: the safe side); a courtesy or a remark stays.
#[test]
fn one_word_after_a_refusal_and_a_comma_is_masked() {
    for asked in QUESTIONS {
        for (reply, said) in [
            ("It's a secret, Sunshine.", "It's a secret, [secret]."),
            (
                "None of your business, Sunshine42. I want a human",
                "None of your business, [secret]. I want a human",
            ),
            ("It's a secret, Kowalski.", "It's a secret, [secret]."),
            ("It's a secret, Kevin.", "It's a secret, [secret]."),
        ] {
            assert_eq!(said_last(asked, &[reply]), said, "{asked}");
            let all = shown_in(asked, &[reply, "I want a human"]);
            assert!(
                !all.contains("Sunshine") && !all.contains("Kowalski") && !all.contains("Kevin"),
                "{asked} {reply}: {all}"
            );
        }
        for reply in [
            "It's a secret, sorry.",
            "It's private, thanks.",
            "It's private, period.",
            "It's private, lol.",
            "It's a secret, mate.",
            "It's private, ok.",
        ] {
            assert_eq!(said_last(asked, &[reply]), reply, "{asked}");
        }
    }
}

/// The neighbours: a refusal with a word that says no answer ("Not telling", a
/// regression: "fine: Sunshine42" after it showed), one with a laugh, one after "ugh.";
/// each masks the password, in the refusal's message or the next. Ordinary replies
/// after a refusal stay ("fine. Refund.", "ok fine. Netflix." after a maiden name).
#[test]
fn the_neighbours_of_an_answer_given_in() {
    for asked in QUESTIONS {
        for (replies, said) in [
            (
                &["Not telling. fine: Sunshine42"][..],
                "Not telling. fine: [secret]",
            ),
            (&["Not telling", "fine: Sunshine42"], "fine: [secret]"),
            (
                &["I won't say. ugh. sunshine42"],
                "I won't say. ugh. [secret]",
            ),
            (&["I won't say", "ugh. sunshine42"], "ugh. [secret]"),
            (
                &["It's private!! ok ok it's Sunshine42"],
                "It's private!! ok ok it's [secret]",
            ),
            (
                &["It's private!!", "ok ok it's Sunshine42"],
                "ok ok it's [secret]",
            ),
            // Refusals of the shared negations.
            (&["I ain't telling", "Sunshine42"], "[secret]"),
            (&["I wouldn't tell you", "Sunshine42"], "[secret]"),
        ] {
            assert_eq!(said_last(asked, replies), said, "{asked} {replies:?}");
            let all = shown_in(asked, replies);
            assert!(!all.to_lowercase().contains("sunshine42"), "{all}");
        }
        for replies in [
            &["It's private. I want a human"][..],
            &["It's private", "I want a human"],
            &["It's private", "fine. Refund."],
            &["It's private. fine. Refund."],
            &["It's a secret, sorry."],
            &["It's private", "ok fine. Netflix."],
        ] {
            let last = replies.last().copied().unwrap_or_default();
            assert_eq!(said_last(asked, replies), last, "{asked}");
        }
    }
    let maiden = "What is your mother's maiden name?";
    let all = shown_in(maiden, &["It's private. ok fine. Netflix. I want a human"]);
    assert!(all.contains("Netflix"), "{all}");
}
