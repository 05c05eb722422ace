//! Refusals and what a customer gives in with after one: a clause → whether it refuses;
//! the text after a refusal → whether it gives the answer, where the answer starts.

use super::{
    given_in_first, given_in_len, gives_in_after, one_word_after_a_comma, refuses,
    typed_before_going_on,
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
