//! The names of a reply to the bot's question: a security question's answers are no
//! facts, a one-word name given when a person's name was asked is one (`facts_after`).

use super::*;

/// Regression (STAR star-1036, star-1176, star-680): the answers to the bot's security
/// questions ("It was Miller, rest her soul.", "Sanders, pet is Charlie.") were name
/// facts, people an agent might call. The names in a reply to a security question are
/// none; the name given when the bot asked for it, and the date given beside a secret,
/// stay.
#[test]
fn names_in_an_answer_to_a_security_question_are_no_facts() {
    let s = summary_of(&[
        ("customer", "Someone took money from my account"),
        ("bot", "Could I get your full name, please?"),
        ("customer", "Sure, it is Tyler Jones"),
        ("bot", "What was your mother's maiden name?"),
        (
            "customer",
            "It was Miller, rest her soul. I was born March 3 1950",
        ),
        (
            "bot",
            "And what was the name of the pet you had as a child?",
        ),
        ("customer", "Ok Charlie"),
        ("bot", "Thank you. How can I help?"),
        ("customer", "Ask Dr. Morgan"),
    ]);
    let facts: Vec<&str> = s.facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(facts, ["Tyler Jones", "March 3 1950", "Dr. Morgan"]);

    // One message answers the question: a name in the customer's next one is a person
    // again, with no bot message between.
    let s = summary_of(&[
        ("bot", "What was your mother's maiden name?"),
        ("customer", "Miller"),
        ("customer", "Also please have Dr. Morgan call me"),
    ]);
    let facts: Vec<&str> = s.facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(facts, ["Dr. Morgan"]);
}

/// Regression: a bot that asked for the full name and the mother's maiden name
/// in one message ("Please give me your full name and your mother's maiden name") left
/// no name of the customer's, as every name of the reply was taken for a secret. A reply
/// that lists the answers in the order asked, on one line or one a line, keeps the
/// customer's name; one in any other shape keeps none.
#[test]
fn the_customer_s_name_beside_a_secret_is_kept_when_the_reply_lists_the_answers() {
    let asked = "Please give me your full name and your mother's maiden name.";
    for (reply, kept) in [
        ("John Smith, Miller", &["John Smith"][..]),
        ("John Smith and Miller.", &["John Smith"]),
        // One answer a line is a list too ("Miller" first on its line was no name the
        // patterns see, a sentence's first word, and no name was kept).
        ("John Smith\nMiller", &["John Smith"]),
        ("John Smith.\r\nMiller.", &["John Smith"]),
        ("John Smith\n\nMiller\n", &["John Smith"]),
        // As on one line: a sentence around the answers is no list.
        ("My name is John Smith\nMiller", &[]),
        ("Miller", &[]),
        ("Her maiden name was Miller and I am John Smith", &[]),
        ("John Smith, Miller, and my dog is Rex", &[]),
    ] {
        assert_eq!(facts_after(asked, reply), kept, "{reply}");
    }
}

/// Regression: a one-word name given in reply to the bot's question for the customer's
/// name ("May I have your name, please?" "Alex"; STAR's bots ask it of most customers)
/// was no name fact, a sentence's first word, where "John Smith" was one; nor was it in
/// a reply that lists the answers to a security question ("Alex, Miller").
#[test]
fn a_one_word_name_given_when_asked_is_kept() {
    for (asked, reply, kept) in [
        ("May I have your name, please?", "Alex", &["Alex"][..]),
        ("What is your name?", " Mark. ", &["Mark"]),
        ("What is your name?", "Yes", &[]),
        ("What is your name?", "Hello!", &[]),
        ("What is your name?", "Honey", &[]),
        ("What is your name?", "Alex, I need a ride", &[]),
        ("What is the name of the restaurant?", "Lucca", &[]),
        ("Shall I book it?", "Alex", &[]),
        (
            "Please give me your full name and your mother's maiden name.",
            "Alex, Miller",
            &["Alex"],
        ),
        (
            "Please give me your full name and your mother's maiden name.",
            "Alex\nMiller",
            &["Alex"],
        ),
        ("What was your mother's maiden name?", "Miller", &[]),
        // A question asked after the name's: the word answers that one.
        (
            "I don't see your name on the order. Who placed it?",
            "Sarah",
            &[],
        ),
        ("Is the booking under your name? Which city?", "Denver", &[]),
        ("Thanks. What is your full name?", "Alex", &["Alex"]),
    ] {
        assert_eq!(facts_after(asked, reply), kept, "{asked} {reply}");
    }
}

/// Regression: a one-word reply to the bot's question for the customer's name that names
/// no one ("Billing", "Netflix") was their name fact. A word that stands where a name
/// would without being one, as redaction reads a reply (what customers ask a support
/// chat about, a greeting, yes or no, a service), or a word of the bot's own question
/// (the reply picks what it offered) is none; a name the bot did not say is one.
#[test]
fn a_one_word_reply_that_names_no_one_is_no_name() {
    let asked = "May I have your name?";
    for reply in [
        "Billing", "Netflix", "Refund", "Yes", "Hello", "Support", "Spotify.",
    ] {
        assert_eq!(facts_after(asked, reply), Vec::<String>::new(), "{reply}");
    }
    let offered = "Is your card from Citi or Chase? And your name, please?";
    assert_eq!(facts_after(offered, "Citi"), Vec::<String>::new());
    assert_eq!(facts_after(offered, "Angela"), ["Angela"]);
    assert_eq!(facts_after(asked, "Alexis"), ["Alexis"]);
    assert_eq!(
        facts_after("Thanks. What is your full name?", "Mark"),
        ["Mark"]
    );
}

/// Regression (STAR star-1723): the host's name given as one word when the bot asked
/// for it ("Could you provide me with the name of the host, please?" "Tyler") was no
/// fact, as only a question for the customer's own name made one of a reply's first
/// word. A question for the name of someone the customer books for, meets or sees does
/// too (the fact says not whose: facts have no such label); one for a thing's name does
/// not, nor one asked before another question.
#[test]
fn a_one_word_name_given_for_someone_else_asked_by_role_is_kept() {
    for (asked, reply, kept) in [
        (
            "Could you provide me with the name of the host, please?",
            "Tyler",
            &["Tyler"][..],
        ),
        ("What is the host's name?", "Tyler.", &["Tyler"]),
        ("What is your friend's full name?", "Alex", &["Alex"]),
        (
            "Can I have the first name of the passenger?",
            "Alex",
            &["Alex"],
        ),
        ("Great. What's his name?", "Mark", &["Mark"]),
        ("What is the name of the host?", "Billing", &[]),
        ("What is the name of the restaurant?", "Lucca", &[]),
        ("What is the name of the host? Which day?", "Friday", &[]),
        ("What's the name of the host? And the city?", "Denver", &[]),
        (
            "Could you give me the name of the host for the evening?",
            "Bill",
            &["Bill"],
        ),
        // A place's or a company's name (review): the person word is no end of it.
        ("What is the name of your son's school?", "Lincoln", &[]),
        ("What is the name of the host hotel?", "Seaview", &[]),
        (
            "What is the name of the contact center you called?",
            "Manila",
            &[],
        ),
        ("What is the name of your partner company?", "Acme", &[]),
        ("Which bank is it with? What is their name?", "Chase", &[]),
    ] {
        assert_eq!(facts_after(asked, reply), kept, "{asked} {reply}");
    }
}

/// Regression: a one-word reply to the question for a name that is a word, not a name
/// ("Unsure", "Hubby"), was a name fact (`name:Unsure`); names that are modal verbs
/// ("May", "Will"), which open sentences, were none; and a question for the driver's
/// name, or a statement that tells it, made the reply a name ("Tesla"). A word of a
/// business the bot named is still no name ("Acme"), nor is one it offered in a
/// question ("Chase") or gave as its own ("Mark"); but one that is a name too ("Grace",
/// "Oak", "Faith"), said in a statement of the business, is the customer's (a review
/// found "Welcome to Grace Dental." then "Grace" gave no fact).
#[test]
fn a_one_word_reply_is_a_name_only_where_it_names_the_one_asked_for() {
    let asked = "What is your name?";
    for (asked, reply, kept) in [
        (asked, "Unsure", &[][..]),
        (asked, "Hubby", &[]),
        (asked, "Wifey.", &[]),
        (asked, "Later", &[]),
        (asked, "May", &["May"]),
        (asked, "Will.", &["Will"]),
        ("May I have your name, please?", "May", &["May"]),
        ("Will you tell me your name?", "Will", &["Will"]),
        (asked, "Will do", &[]),
        (asked, "Maybe", &[]),
        // A review: a customer named as the business is, is named all the same.
        (
            "Welcome to Grace Dental. What is your name?",
            "Grace",
            &["Grace"],
        ),
        (
            "Thanks for calling Oak Dental. What is your name?",
            "Oak",
            &["Oak"],
        ),
        ("Welcome to Faith. What is your name?", "Faith", &["Faith"]),
        ("Hi, I'm Mark. What's your name?", "Mark", &[]),
        ("Hello, my name is Grace. And your name?", "Grace", &[]),
        ("Do you bank with Grace or Chase? Your name?", "Grace", &[]),
        ("Welcome to Acme. What is your name?", "Acme", &[]),
        (
            "Is your card from Citi or Chase? And your name?",
            "Chase",
            &[],
        ),
        ("What's the name of the driver?", "Tesla", &[]),
        ("Your driver's name is Dave.", "Tesla", &[]),
        ("Your name is on the booking.", "Tesla", &[]),
        ("Your name is?", "Alex", &["Alex"]),
        ("What's the name of the hotel?", "Hilton", &[]),
        ("What's the name of the restaurant?", "Lucca", &[]),
    ] {
        assert_eq!(facts_after(asked, reply), kept, "{asked} {reply}");
    }
}

/// The key facts of a conversation in which the customer gives `reply` to the bot's
/// `asked`, after a message of no fact.
fn facts_after(asked: &str, reply: &str) -> Vec<String> {
    let s = summary_of(&[
        ("customer", "Someone took money from my account"),
        ("bot", asked),
        ("customer", reply),
    ]);
    s.facts.into_iter().map(|f| f.text).collect()
}
