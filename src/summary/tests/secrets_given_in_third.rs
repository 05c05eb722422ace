//! Security answers given in that still showed after session 55 (session 56): a dash
//! after words that give in, a password with a request or other marks after a refusal,
//! one word after a semicolon and a laugh, "whatevs" and a city in the message after a
//! refusal; and the things' names that were masked as the answer ("iPhone"). Each with
//! the ordinary replies that stay.

use super::secrets_given_in_again::{masked_after_each, stays};
use super::*;

/// Regression: "It is private - fine - Sunshine42 I want a human" showed the password
/// ("fine" and the answer read as one clause after the dash), with a second dash too and
/// with em or en dashes. Now it is masked; a sentence after "fine -" stays.
#[test]
fn a_password_after_giving_in_and_a_dash_is_masked() {
    masked_after_each(&[
        (
            &["It is private - fine - Sunshine42 I want a human"],
            "It is private - fine - [secret] I want a human",
        ),
        (
            &["It is private - fine - Sunshine42 - I want a human"],
            "It is private - fine - [secret] - I want a human",
        ),
        (
            &["It is private — fine — Sunshine42"],
            "It is private — fine — [secret]",
        ),
        (
            &["It is private – ok fine – Sunshine42 I want a human"],
            "It is private – ok fine – [secret] I want a human",
        ),
    ]);
    stays(
        "What is your password?",
        &[
            &["It is private - fine - I want a human"],
            &["It is private - fine - Netflix is broken"],
        ],
    );
}

/// Regression: a password after a refusal and a full stop showed where a request
/// followed it, where more marks came before it ("…", "...", "?"). Now it is masked;
/// a sentence, a thing's version and a courtesy there stay.
#[test]
fn a_password_after_a_refusal_and_other_marks_is_masked() {
    masked_after_each(&[
        (
            &["It's a secret. Sunshine42 I want a human"],
            "It's a secret. [secret] I want a human",
        ),
        (&["It's a secret. Sunshine42!"], "It's a secret. [secret]!"),
        (&["It's a secret… Sunshine42"], "It's a secret… [secret]"),
        (
            &["It's a secret... Sunshine42"],
            "It's a secret... [secret]",
        ),
        (&["It's a secret? Sunshine42"], "It's a secret? [secret]"),
        // A thing's version reads as a password here ("Galaxy99" is one).
        (&["It's private. Windows10."], "It's private. [secret]."),
    ]);
    stays(
        "What is your password?",
        &[
            &["It's a secret. Thanks."],
            &["It's private. I want a human"],
            &["It's private. Windows10 keeps crashing."],
            &["It's a secret? Why do you need it"],
            &["It's a secret… I want a human"],
        ],
    );
}

/// Regression: "It's a secret; Bluebird lol I want a human" showed "Bluebird" (the laugh
/// read as part of the request). Now it is masked, as without the laugh.
#[test]
fn one_word_and_a_laugh_before_a_request_is_masked() {
    masked_after_each(&[
        (
            &["It's a secret; Sunshine42 lol I want a human"],
            "It's a secret; [secret] lol I want a human",
        ),
        (
            &["It's a secret, Sunshine42 haha I want a human"],
            "It's a secret, [secret] haha I want a human",
        ),
    ]);
    let said = said_last(
        "What is your memorable word?",
        &["It's a secret; Bluebird lol I want a human"],
    );
    assert_eq!(said, "It's a secret; [secret] lol I want a human");
    stays(
        "What is your password?",
        &[&["It's a secret; idiot lol I want a human"]],
    );
}

/// Regression: after a city born in asked, "It is private" then "whatevs Paris I want a
/// human" showed "Paris" (the question closed, the message read as on another topic).
/// Now it is masked, as in the direct reply; a request after "whatever" stays.
#[test]
fn a_city_given_in_after_a_refusal_alone_is_masked() {
    let asked = "What city were you born in?";
    for (replies, said) in [
        (
            &["It is private", "whatevs Paris I want a human"][..],
            "whatevs [secret] I want a human",
        ),
        (
            &["It is private", "whatever, London I want a human"],
            "whatever, [secret] I want a human",
        ),
        (
            &["whatever, London I want a human"],
            "whatever, [secret] I want a human",
        ),
    ] {
        assert_eq!(said_last(asked, replies), said, "{replies:?}");
        let all = shown_in(asked, replies);
        assert!(!all.contains("Paris") && !all.contains("London"), "{all}");
    }
    stays(
        asked,
        &[
            &["It is private", "whatever, I want a human"],
            &["It is private", "whatever, my order 12345 is late"],
        ],
    );
}

/// Regression: a thing's name written with a capital inside typed before a request
/// ("whatever u say, iPhone please fix it") was masked as the password. Now it stays,
/// as the direct reply does; a password typed so still is masked.
#[test]
fn a_things_name_typed_first_is_no_answer() {
    stays(
        "What is your password?",
        &[
            &["whatever u say, iPhone please fix it"],
            &["iPhone please fix it"],
            &["It is private. ok fine eBay I want a human"],
        ],
    );
    assert_eq!(
        said_last("What is your password?", &["Seahorse please fix it"]),
        "[secret] please fix it"
    );
}

/// The ordinary replies that stay, with no security question or after one.
#[test]
fn ordinary_replies_stay() {
    stays(
        "What is your password?",
        &[
            &["It's private. I want a human"],
            &["It's a secret, sorry."],
            &["whatever works"],
            &["whatever, I want a human"],
            &["It is private", "fine. Refund."],
        ],
    );
    stays(
        "What is your mother's maiden name?",
        &[&["It is private", "ok fine. Netflix."]],
    );
    stays(
        "How can I help?",
        &[
            &["whatever, Order 12345 is late"],
            &["It's a secret. Sunshine42"],
        ],
    );
}
