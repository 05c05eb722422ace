//! Security answers given in that still showed after session 54 (session 55): "whatever,
//! Sunshine42" as the direct reply, a dash after a refusal, one word after a refusal and
//! a comma with other marks or a tail, a password after a refusal and a full stop, and a
//! refusal, "fine" alone, then the answer; each with the ordinary replies that stay.

use super::*;

/// The questions whose answer a customer gives in with.
const QUESTIONS: [&str; 4] = [
    "What is your password?",
    "What is your PIN?",
    "What is your memorable word?",
    "What is your mother's maiden name?",
];

/// That each of `cases` (the replies, and the last said as the summary shows it) hides
/// the answer ("Sunshine", "4821") after each question of [`QUESTIONS`].
#[track_caller]
pub(super) fn masked_after_each(cases: &[(&[&str], &str)]) {
    for asked in QUESTIONS {
        for &(replies, said) in cases {
            let answer = if asked.contains("PIN") {
                "4821"
            } else {
                "Sunshine42"
            };
            let replies: Vec<String> = replies
                .iter()
                .map(|r| r.replace("Sunshine42", answer))
                .collect();
            let replies: Vec<&str> = replies.iter().map(String::as_str).collect();
            assert_eq!(said_last(asked, &replies), said, "{asked} {replies:?}");
            let all = shown_in(asked, &replies);
            assert!(!all.contains(answer), "{asked} {replies:?}: {all}");
        }
    }
}

/// That each of `replies` stays as it was after `asked`, nothing of it masked.
#[track_caller]
pub(super) fn stays(asked: &str, replies: &[&[&str]]) {
    for replies in replies {
        let last = replies.last().copied().unwrap_or_default();
        assert_eq!(said_last(asked, replies), last, "{asked}");
        assert!(
            !shown_in(asked, replies).contains("[secret]"),
            "{asked} {replies:?}"
        );
    }
}

/// Regression: "whatever, Sunshine42" as the direct reply (no refusal before it) showed
/// the password (a fact, the last thing said), and so did "Whatever you say,
/// Sunshine42"; "whatevs Sunshine42" was masked whole. Now the answer after it is
/// masked, and "whatever" before what is no answer stays.
#[test]
fn whatever_before_the_direct_answer_is_passed_over() {
    masked_after_each(&[
        (&["whatever, Sunshine42"], "whatever, [secret]"),
        (
            &["Whatever you say, Sunshine42"],
            "Whatever you say, [secret]",
        ),
        (&["whatevs Sunshine42"], "whatevs [secret]"),
        (
            &["whatever - Sunshine42. I want a human"],
            "whatever - [secret]. I want a human",
        ),
    ]);
    for asked in QUESTIONS {
        stays(
            asked,
            &[
                &["whatever, I want a human"],
                &["whatever, reset my account"],
                &["whatever, Netflix is broken"],
            ],
        );
    }
    // After the others, a reply of a few words is the answer, masked whole, as before.
    let password = "What is your password?";
    stays(password, &[&["whatever works"], &["Whatever you say"]]);
    // With no security question asked, nothing changes.
    let all = shown(&[
        ("bot", "How can I help?"),
        ("customer", "whatever, Order 12345 is late"),
    ]);
    assert!(
        all.contains("Order 12345") && !all.contains("[secret]"),
        "{all}"
    );
}

/// Regression: a dash typed apart after a refusal ("It is private - fine - Sunshine42")
/// showed the password: the refusal and what followed were one clause, no refusal.
#[test]
fn a_dash_after_a_refusal_ends_it() {
    masked_after_each(&[
        (
            &["It is private - fine - Sunshine42"],
            "It is private - fine - [secret]",
        ),
        (
            &["It's a secret. fine - Sunshine42"],
            "It's a secret. fine - [secret]",
        ),
        (&["Not telling - Sunshine42"], "Not telling - [secret]"),
    ]);
    for asked in QUESTIONS {
        stays(
            asked,
            &[
                &["It is private - I want a human"],
                &["It is private - fine - call me"],
            ],
        );
    }
}

/// Regression: one word after a refusal and a comma showed where a question mark, a
/// semicolon, a laugh, a request or a "sorry" came with it ("It's a secret, Sunshine?",
/// "It's a secret; Sunshine.", "It's a secret, Sunshine42 lol", "None of your business,
/// Sunshine42 I want a human", "It's a secret, sorry, Sunshine42").
#[test]
fn one_word_after_a_refusal_with_other_marks_is_masked() {
    masked_after_each(&[
        (&["It's a secret, Sunshine42?"], "It's a secret, [secret]?"),
        (&["It's a secret; Sunshine42."], "It's a secret; [secret]."),
        (
            &["It's a secret, Sunshine42 lol"],
            "It's a secret, [secret] lol",
        ),
        (
            &["None of your business, Sunshine42 I want a human"],
            "None of your business, [secret] I want a human",
        ),
        (
            &["It's a secret, sorry, Sunshine42"],
            "It's a secret, sorry, [secret]",
        ),
    ]);
    let asked = "What is your password?";
    assert_eq!(
        said_last(asked, &["It's a secret, Sunshine?"]),
        "It's a secret, [secret]?"
    );
    assert_eq!(
        said_last(asked, &["It's a secret; Sunshine."]),
        "It's a secret; [secret]."
    );
    for asked in QUESTIONS {
        stays(
            asked,
            &[
                &["It's a secret, sorry."],
                &["It's private, sorry, I want a human"],
                &["It's a secret, why?"],
                &["It's private; I want a human"],
                &["It's private, Netflix is broken"],
                &["It's a secret, call me"],
            ],
        );
    }
}

/// Regression: a password after a refusal and a full stop ("It's a secret.
/// Sunshine42.") showed: no word gave in before it. A word of letters and digits is no
/// sentence's start; a sentence is ("Call me", "Order 12345 is late", "10am works").
#[test]
fn a_password_after_a_refusal_and_a_full_stop_is_masked() {
    masked_after_each(&[
        (&["It's a secret. Sunshine42."], "It's a secret. [secret]."),
        (
            &["Not telling. Sunshine42 lol"],
            "Not telling. [secret] lol",
        ),
    ]);
    for asked in QUESTIONS {
        stays(
            asked,
            &[
                &["It's a secret. Call me"],
                &["It's private. I want a human"],
                &["It's a secret. 10am works."],
                &["It's a secret. fine. Refund."],
            ],
        );
    }
    let all = shown_in(
        "What is your password?",
        &["It's private. Order 12345 is late"],
    );
    assert!(
        all.contains("Order 12345") && !all.contains("[secret]"),
        "{all}"
    );
    let maiden = "What is your mother's maiden name?";
    stays(maiden, &[&["It's private. ok fine. Netflix."]]);
}

/// Regression: a refusal, then "fine" alone, then the answer in the next message showed
/// the answer: "fine" was read as the reply, and the question closed. A message that
/// only gives in after a refusal waits for the answer, read as after the refusal.
#[test]
fn fine_alone_after_a_refusal_waits_for_the_answer() {
    masked_after_each(&[
        (&["It's a secret", "fine", "Sunshine42"], "[secret]"),
        (
            &["It is private", "ok fine.", "whatever, Sunshine42"],
            "whatever, [secret]",
        ),
        (
            &["Not telling", "ugh fine", "it's Sunshine42"],
            "it's [secret]",
        ),
    ]);
    for asked in QUESTIONS {
        stays(
            asked,
            &[
                &["It's private", "fine", "Order 12345 is late"],
                &["It's private", "sorry", "I want a human"],
                &["It's private", "fine", "Refund. I want a human"],
            ],
        );
    }
}

/// The questions whose answer a capitalised word alone may be, with one for each.
const NAMED: [(&str, &str); 6] = [
    ("What is your memorable word?", "Bluebird"),
    ("What is your password?", "Bluebird"),
    ("What city were you born in?", "Paris"),
    ("What city were you born in?", "Leeds"),
    ("What is your mother's maiden name?", "Smith"),
    ("What is your mother's maiden name?", "Jones"),
];

/// Regression (review of session 55): one word between dashes typed apart after a
/// refusal ("It is private - Bluebird - I want a human", en dashes too, "None of your
/// business - …") showed, masked before the dash ended the refusal: the word was read
/// alone up to the request, no answer. A sentence after the dash stays, as the branch
/// made it ("It is private - Netflix is broken - I want a human"); a word the dash rule
/// does not take for the answer is masked as before ("… - Spotify - …").
#[test]
fn one_word_between_dashes_after_a_refusal_is_masked() {
    for (asked, answer) in NAMED {
        for reply in [
            "It is private - {} - I want a human",
            "It is private – {} – I want a human",
            "None of your business - {} - I want a human",
            "Not telling - {}",
        ] {
            let reply = reply.replace("{}", answer);
            let said = reply.replace(answer, "[secret]");
            assert_eq!(said_last(asked, &[&reply]), said, "{asked} {reply}");
            let all = shown_in(asked, &[&reply]);
            assert!(!all.contains(answer), "{asked} {reply}: {all}");
        }
    }
    let word = "What is your memorable word?";
    let reply = "It is private - Spotify - I want a human";
    assert_eq!(
        said_last(word, &[reply]),
        "It is private - [secret] - I want a human"
    );
    for (asked, _) in NAMED {
        stays(
            asked,
            &[
                &["It is private - Netflix is broken - I want a human"],
                &["It is private - I want a human"],
                &["It is private - ok - I want a human"],
            ],
        );
    }
}

/// Regression (review of session 55): "whatevs Paris I want a human" after the city
/// the customer was born in showed "Paris", masked before "whatevs" was passed over:
/// read alone, "Paris" opened the reply, a sentence's first word and no name. The names
/// of the whole message stand in the part read; "whatever works" stays.
#[test]
fn a_name_after_whatever_stays_a_name() {
    for (asked, answer) in NAMED {
        for reply in [
            "whatevs {} I want a human",
            "whatever {} I want a human",
            "whatever - {} - I want a human",
            "whatever u say {} I want a human",
            "whatever, {} I want a human",
        ] {
            let reply = reply.replace("{}", answer);
            let said = reply.replace(answer, "[secret]");
            assert_eq!(said_last(asked, &[&reply]), said, "{asked} {reply}");
            let all = shown_in(asked, &[&reply]);
            assert!(!all.contains(answer), "{asked} {reply}: {all}");
        }
    }
    let city = "What city were you born in?";
    stays(city, &[&["whatever, I want a human"]]);
}
