//! Refusals and what a customer gives in with after one: a clause → whether it refuses;
//! the text after a refusal → whether it gives the answer, where the answer starts.

use super::{
    answers_given_in, given_in_first, given_in_len, gives_in_after, gives_in_alone,
    giving_in_before_dash, one_word_after_a_comma, one_word_after_a_dash, password_after_a_refusal,
    refusal_before_dash, refuses, typed_before_going_on, whatever_first,
};

/// The negations are the rules' own (`text::is_negation`): "ain't", "wouldn't" refuse
/// as "won't" does, "no" before another negation is a word before one, and a clause
/// that says something else stays no refusal.
#[test]
fn refusals_read_the_shared_negations() {
    for refusal in [
        "Not telling",
        "I won't say",
        "I ain't telling",
        "I wouldn't tell you",
        "no not giving that",
        "nope not giving that",
        "I refuse",
    ] {
        assert!(refuses(refusal), "{refusal}");
    }
    for reply in [
        "I can't log in",
        "Not working",
        "I didn't get it",
        "no idea",
        "not sure",
    ] {
        assert!(!refuses(reply), "{reply}");
    }
    // A long clause is none, whatever it ends with: its words are not all lowered.
    let long = format!("{} not telling", "very ".repeat(40));
    assert!(!refuses(&long));
}

/// "whatever" gives in before an answer with a mark after it or before a word that is
/// no common English; before an everyday word it goes on a sentence ("whatever works").
#[test]
fn whatever_gives_in_only_before_an_answer() {
    for (clause, answer) in [
        ("whatever, Sunshine42", "Sunshine42"),
        ("whatever: Sunshine42", "Sunshine42"),
        ("whatever Sunshine42", "Sunshine42"),
        ("ok fine Sunshine42", "Sunshine42"),
        ("whatever ok it's Sunshine42", "Sunshine42"),
        ("whatever works", "whatever works"),
        ("whatever", "whatever"),
        ("Sunshine42", "Sunshine42"),
    ] {
        assert_eq!(&clause[given_in_len(clause)..], answer, "{clause}");
    }
}

/// The message after a refusal alone is read after its clauses and words that give in;
/// all of it where nothing follows them or they give nothing in.
#[test]
fn the_message_after_a_refusal_starts_after_giving_in() {
    for (text, answer) in [
        (
            "whatever, Sunshine42. I want a human",
            "Sunshine42. I want a human",
        ),
        ("ugh. ok Sunshine42", "Sunshine42"),
        ("fine: Sunshine42.", "Sunshine42."),
        (
            "whatever Sunshine42 I want a human",
            "Sunshine42 I want a human",
        ),
        ("whatever", "whatever"),
        ("ok fine.", "ok fine."),
        (
            "whatever works. I want a human",
            "whatever works. I want a human",
        ),
        ("I want a human", "I want a human"),
    ] {
        assert_eq!(&text[given_in_first(text)..], answer, "{text}");
    }
}

/// After a refusal, the answer given in may come before a request in the same clause,
/// or after "whatever"; a request, a topic or an everyday word after giving in is none.
#[test]
fn what_is_given_in_after_a_refusal() {
    for rest in [
        " ok fine Sunshine42 I want a human",
        " whatever Sunshine42.",
        " whatever, Sunshine42.",
        " fine: Sunshine42",
        " ugh. sunshine42",
    ] {
        assert!(gives_in_after(rest), "{rest}");
    }
    for rest in [
        " ok fine Refund I want a human",
        " whatever works.",
        " I want a human",
        " fine. Refund.",
        " ok fine I want a human",
        " Sunshine42",
    ] {
        assert!(!gives_in_after(rest), "{rest}");
    }
    assert_eq!(
        typed_before_going_on("Sunshine42 I want a human"),
        Some("Sunshine42")
    );
    assert_eq!(typed_before_going_on("Refund I want a human"), None);
}

/// One word after a refusal and a comma is the answer where it is written as a name or
/// a password is; not a remark, a courtesy, a word that gives in or the bot addressed.
#[test]
fn one_word_after_a_comma_is_the_answer_where_it_looks_like_one() {
    for rest in [
        " Sunshine.",
        " Sunshine42",
        " Kowalski. I want a human",
        " Kevin",
    ] {
        assert!(one_word_after_a_comma(rest), "{rest}");
    }
    for rest in [
        " sorry.",
        " thanks",
        " period.",
        " idiot",
        " lol",
        " ok",
        " mate",
        " Sir",
        " Sunshine and more",
        " I want a human",
        "",
    ] {
        assert!(!one_word_after_a_comma(rest), "{rest}");
    }
}

/// A direct reply's "whatever" is passed over where the answer follows it, as after a
/// refusal; not before what is no answer, nor where it goes on a sentence.
#[test]
fn whatever_before_a_direct_answer() {
    for (text, answer) in [
        ("whatever, Sunshine42", "Sunshine42"),
        ("Whatever you say, Sunshine42", "Sunshine42"),
        ("whatevs Sunshine42", "Sunshine42"),
        ("whatever - Sunshine42", "Sunshine42"),
        ("whatever, [secret]", "[secret]"),
        ("whatever, I want a human", "whatever, I want a human"),
        ("whatever, reset my account", "whatever, reset my account"),
        ("whatever works", "whatever works"),
        ("Whatever you say", "Whatever you say"),
        ("whatever", "whatever"),
    ] {
        assert_eq!(&text[whatever_first(text)..], answer, "{text}");
    }
}

/// A refusal ends at a dash typed apart; a dash after other words is no end.
#[test]
fn a_refusal_ends_at_a_spaced_dash() {
    assert_eq!(
        refusal_before_dash("It is private - fine - Sunshine42"),
        Some((13, 3))
    );
    assert_eq!(
        refusal_before_dash("Not telling – Sunshine42"),
        Some((11, 5))
    );
    assert_eq!(refusal_before_dash("Smith - my mum's name"), None);
    assert_eq!(refusal_before_dash("It is private"), None);
}

/// After a refusal, a password alone in its clause (a laugh after it) is the answer,
/// whatever mark came before; a sentence, a time or a short code is not (a request
/// after it: [`a_password_after_a_refusal_may_go_on_with_a_request`]).
#[test]
fn a_password_after_a_refusal() {
    for rest in [" Sunshine42.", " Sunshine42 lol", " Rex42", "Sunshine42"] {
        assert!(password_after_a_refusal(rest), "{rest}");
    }
    for rest in [
        " Call me",
        " Order 12345 is late",
        " 10am works.",
        " B12.",
        " Sunshine",
        " 5-star",
        "",
    ] {
        assert!(!password_after_a_refusal(rest), "{rest}");
    }
}

/// One word after a refusal and a comma may have a laugh after it, or go on with a
/// request for a person, where it is a password or asks for one.
#[test]
fn one_word_after_a_comma_with_a_tail_or_a_request() {
    for rest in [
        " Sunshine42 lol",
        " Sunshine42 I want a human",
        " Sunshine I want a human",
        " Sunshine?",
    ] {
        assert!(one_word_after_a_comma(rest), "{rest}");
    }
    for rest in [" Sunshine and more", " Netflix is broken", " sorry lol"] {
        assert!(!one_word_after_a_comma(rest), "{rest}");
    }
    // "sorry" gives in after a refusal, and the answer after it is read.
    assert!(gives_in_after(" sorry, Sunshine42"));
    assert!(!gives_in_after(" sorry."));
    assert!(!gives_in_after(" sorry, I want a human"));
}

/// A message that only gives in, after a refusal, is no answer: the next may be.
#[test]
fn a_message_that_only_gives_in() {
    for text in ["fine", "ok fine.", "ugh fine", "whatever", "sorry", "Fine!"] {
        assert!(gives_in_alone(text), "{text}");
    }
    for text in [
        "fine. Sunshine42",
        "Sunshine42",
        "",
        "ok ok ok ok ok",
        "fine by me",
    ] {
        assert!(!gives_in_alone(text), "{text}");
    }
}

/// One word after a refusal ends at a dash typed apart ("It is private - Bluebird - I
/// want a human": a review found "Bluebird" shown); a sentence before the dash is none.
#[test]
fn one_word_before_a_dash() {
    for rest in [
        " Bluebird - I want a human",
        " Paris – I want a human",
        " Smith — ok",
    ] {
        assert!(one_word_after_a_comma(rest), "{rest}");
        assert!(one_word_after_a_dash(rest), "{rest}");
    }
    for rest in [" Netflix is broken - I want a human", " I want a human", ""] {
        assert!(!one_word_after_a_comma(rest), "{rest}");
        assert!(!one_word_after_a_dash(rest), "{rest}");
    }
    // Not taken for the answer, but one word all the same: read as before the dash.
    assert!(!one_word_after_a_comma(" Spotify - I want a human"));
    assert!(one_word_after_a_dash(" Spotify - I want a human"));
}

/// A mask typed first after "whatever" is the answer given in, however long the clause
/// (under `--redact`, read again masked); not without words that give in before it.
#[test]
fn a_mask_after_whatever_is_the_answer() {
    let text = "whatever u say, [secret] please I want a human";
    assert_eq!(
        &text[whatever_first(text)..],
        "[secret] please I want a human"
    );
    assert!(!gives_in_after(" [secret] please I want a human"));
    assert!(gives_in_after(" ok fine, [secret] please I want a human"));
}

/// A password after a refusal, after more marks or before a request for a person, is
/// given; a sentence is not (session 56).
#[test]
fn a_password_after_a_refusal_may_go_on_with_a_request() {
    for rest in [
        " Sunshine42 I want a human",
        " Sunshine42 lol I want a human",
        ".. Sunshine42",
        " Sunshine42!",
        // A thing's version too: "Galaxy99" is a password as well.
        " Windows10.",
        " iPhone12 I want a human",
    ] {
        assert!(password_after_a_refusal(rest), "{rest}");
    }
    for rest in [
        " Windows10 keeps crashing",
        " Sunshine42 keeps failing",
        " Order 12345 is late",
    ] {
        assert!(!password_after_a_refusal(rest), "{rest}");
    }
}

/// Words that give in end their clause at a dash typed apart, an ellipsis ends a
/// refusal, and the text after the dash is read as the answer given in.
#[test]
fn giving_in_ends_at_a_dash() {
    assert_eq!(giving_in_before_dash("fine - Sunshine42"), Some((4, 3)));
    assert_eq!(giving_in_before_dash("ok fine — Sunshine42"), Some((7, 5)));
    assert_eq!(giving_in_before_dash("Netflix - is broken"), None);
    assert_eq!(giving_in_before_dash("fine fine fine fine fine - x"), None);
    assert_eq!(
        refusal_before_dash("It's a secret… Sunshine42"),
        Some((13, 3))
    );
    assert!(gives_in_after("fine - Sunshine42 I want a human"));
    assert!(!gives_in_after("fine - Netflix is broken"));
}

/// After a refusal alone, what follows the words that give in is the answer where it
/// looks like one ("Paris I want a human"), not a request.
#[test]
fn the_answer_given_in_the_next_message_looks_like_one() {
    assert!(answers_given_in("Paris I want a human"));
    assert!(answers_given_in("Sunshine42"));
    assert!(!answers_given_in("I want a human"));
    assert!(!answers_given_in("my order 12345 is late"));
}
