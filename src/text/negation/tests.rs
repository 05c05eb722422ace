//! Negation before a match: within its clause, not across a break, not in an
//! intensifier or a question, an opinion negated reaching its object, a bounded window.

use super::super::{Normalized, normalize_phrase};

fn negated(text: &str, phrase: &str) -> bool {
    let n = Normalized::new(text);
    let at = n.as_str().find(&normalize_phrase(phrase)).unwrap();
    n.negated_before(at, 3)
}

#[test]
fn negation_within_the_clause() {
    assert!(negated("I'm not frustrated at all", "frustrated"));
    assert!(negated(
        "I don't want to talk to a human",
        "talk to a human"
    ));
    assert!(!negated("This is ridiculous", "ridiculous"));
}

#[test]
fn negation_stops_at_clause_punctuation() {
    assert!(!negated("Not great. This is ridiculous", "ridiculous"));
    assert!(!negated("No, I want to talk to a human", "talk to a human"));
}

#[test]
fn an_intensifier_is_not_a_negation() {
    assert!(!negated(
        "I can't believe how ridiculous this is",
        "ridiculous"
    ));
    assert!(!negated(
        "I have never been so frustrated in my life",
        "frustrated"
    ));
    assert!(!negated(
        "Is there no way to talk to a human?",
        "talk to a human"
    ));
    assert!(!negated("I cannot stand this ridiculous bot", "ridiculous"));
    // The words alone still negate.
    assert!(negated("I have never been frustrated", "frustrated"));
    assert!(negated("I can't call it ridiculous", "ridiculous"));
}

#[test]
fn the_negation_word_is_found() {
    let n = Normalized::new("Honestly I'm NOT frustrated");
    let at = n.as_str().find(" frustrated ").unwrap();
    let (a, b) = n.negation_before(at, 3).unwrap();
    assert_eq!(&n.as_str()[a..b], "not");
    assert_eq!(
        n.original_range(a - 1, b + 1, "Honestly I'm NOT frustrated"),
        (13, 16)
    );
}

#[test]
fn question_inversion_is_not_negation() {
    assert!(!negated("Why can't I talk to a human?", "talk to a human"));
    assert!(!negated("can't I just talk to someone?", "talk to someone"));
}

#[test]
fn a_modal_question_with_not_asks_for_what_follows() {
    for (text, phrase) in [
        (
            "can I not speak to a real person?",
            "speak to a real person",
        ),
        ("can I not speak to a real person?", "a real person"),
        ("Could I not just talk to someone?", "talk to someone"),
        ("Why can we not talk to a human", "talk to a human"),
        ("May I not speak to a manager?", "speak to a manager"),
        ("so would I not get a human then?", "get a human"),
    ] {
        assert!(!negated(text, phrase), "{text}");
    }
}

#[test]
fn not_after_a_statement_or_another_subject_still_negates() {
    for (text, phrase) in [
        ("I do not want to talk to a human", "talk to a human"),
        ("I can not talk to a person right now", "talk to a person"),
        ("we could not talk to a person", "talk to a person"),
        ("Should I not hear back, talk to a person", "hear back"),
        ("can you not talk to a human", "talk to a human"),
        // "Let's not", as a question.
        (
            "could we not involve a real person, the bot is fine",
            "a real person",
        ),
        ("can we not talk to a human please", "talk to a human"),
        ("Can it not be frustrating", "frustrating"),
        ("can. I not frustrated", "frustrated"),
        ("not frustrated", "frustrated"),
        ("i not frustrated", "frustrated"),
    ] {
        assert!(negated(text, phrase), "{text}");
    }
}

#[test]
fn a_clause_break_between_two_positions_is_found() {
    let n = Normalized::new("I don't want to cancel. My plan");
    let dont = n.as_str().find(" dont ").unwrap() + 5;
    let cancel = n.as_str().find(" cancel ").unwrap();
    let my = n.as_str().find(" my ").unwrap();
    assert!(n.same_clause(dont, cancel));
    // The break is the space before "my": a match starting there is past it.
    assert!(!n.same_clause(dont, my));
    // Both ends are included.
    assert!(!n.same_clause(my, my + 3));
    assert!(n.same_clause(my + 1, my + 3));
    assert!(Normalized::new("no breaks here").same_clause(0, 14));
}

#[test]
fn a_negated_opinion_reaches_its_object() {
    for (text, phrase) in [
        ("I don't think it's a waste of time", "waste of time"),
        (
            "I do not think that this whole thing is a waste of time",
            "waste of time",
        ),
        ("I don't really think it's ridiculous", "ridiculous"),
        ("I wouldn't call the wait ridiculous", "ridiculous"),
        (
            "I never said I wanted to talk to a human",
            "talk to a human",
        ),
        ("I don't think I want to talk to a human", "talk to a human"),
        ("I don't think that it's a waste of time", "waste of time"),
        ("I don't feel like the service is ridiculous", "ridiculous"),
        // "Not saying" reached only the plain window of three words.
        ("Not saying your app is useless, but", "useless"),
        ("I'm not saying this is pathetic", "pathetic"),
        ("I'm not calling the service useless", "useless"),
        // What is said or called, a few words on.
        ("I'm not saying this whole app is useless", "useless"),
        ("not calling your support useless but", "useless"),
    ] {
        assert!(negated(text, phrase), "{text}");
    }
}

/// "Not saying" and "not calling" are said in passing: they reach what is said or
/// called, not a cue past it (rules42 review).
#[test]
fn not_saying_or_calling_reaches_only_its_object() {
    for (text, phrase) in [
        // An object complete in one word, then the cue.
        ("not saying anything else useless company", "useless"),
        ("I'm not saying much this is pathetic", "pathetic"),
        // No object: a purpose.
        ("I'm not calling to complain your app is useless", "useless"),
        // A clause of its own inside the object.
        (
            "I'm not calling it a day until this useless thing works",
            "useless",
        ),
        ("not saying it when this is so useless", "useless"),
        // Past a few words.
        (
            "not saying the app from my last order is useless",
            "useless",
        ),
    ] {
        assert!(!negated(text, phrase), "{text}");
    }
    // "say" and "call" reach as before.
    assert!(negated(
        "I wouldn't call the wait for my order from the shop ridiculous",
        "ridiculous"
    ));
}

#[test]
fn an_opinion_stops_at_a_second_statement_or_an_answer() {
    for (text, phrase) in [
        // A second subject: two statements without punctuation.
        (
            "I don't think you understand me I want to talk to a human",
            "talk to a human",
        ),
        (
            "I don't think the bot understands i want to talk to a human",
            "talk to a human",
        ),
        // A conjunction joins a statement of its own.
        (
            "I don't think it's cheap but it's a waste of time",
            "waste of time",
        ),
        // "I don't think so" is a whole answer, inside the plain window too.
        ("I don't think so this is ridiculous", "ridiculous"),
        ("I don't think so this is ridiculous", "this is ridiculous"),
        ("I didn't really think so this is ridiculous", "ridiculous"),
        // Past the frame's reach.
        (
            "I don't think that the one thing you said about my plan is ridiculous",
            "ridiculous",
        ),
        // A verb that is no opinion reaches only the plain window.
        ("I don't want the bot it's a waste of time", "waste of time"),
        // A question, as before.
        ("Why don't you think it's ridiculous", "ridiculous"),
    ] {
        assert!(!negated(text, phrase), "{text}");
    }
}

#[test]
fn a_misspelt_believe_is_still_an_intensifier() {
    for text in [
        "I cant beleve how ridiculous this is",
        "I can't belive how ridiculous this is",
        "i cant beleive how ridiculous this is",
        "I cannot beleive how ridiculous this is",
    ] {
        assert!(!negated(text, "ridiculous"), "{text}");
    }
    // Believing nothing is still a negation, spelt either way, as an opinion.
    assert!(negated("I don't believe it's ridiculous", "ridiculous"));
}

#[test]
fn negation_window_is_bounded() {
    assert!(!negated(
        "not that it matters much but ridiculous",
        "ridiculous"
    ));
}

/// Regression (STAR star-2838, "Check again. Don't be lazy!"): a negative imperative
/// addressed at the assistant is a rebuke, and its `lazy` a cue, not a denial.
#[test]
fn a_rebuke_is_not_a_negation() {
    assert!(!negated("Check again. Don't be lazy!", "lazy"));
    assert!(!negated("don't be so rude", "rude"));
    assert!(!negated("Please do not be stupid", "stupid"));
    assert!(!negated("Oh come on, don't be useless", "useless"));
    // A negation still where "don't … be" is no order given.
    assert!(negated("I won't be rude", "rude"));
    assert!(negated("They don't be lazy", "lazy"));
    assert!(negated("It does not be ridiculous", "ridiculous"));
    assert!(negated("You are not lazy", "lazy"));
    assert!(negated("we really don't be lazy", "lazy"));
}
