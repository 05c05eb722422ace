//! The goal: the first request, not the first message nor its greeting, as a sentence
//! of the summary.

use super::*;

#[test]
fn the_goal_is_the_first_request_not_the_first_message() {
    let m = messages(&[
        ("customer", "hello"),
        ("bot", "Hi! What can I do for you?"),
        (
            "customer",
            "Ok. So I moved house last week. I need to update my billing address.",
        ),
    ]);
    let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("I need to update my billing address.")
    );
    assert_ne!(s.goal.as_deref(), Some(m[0].text.as_str()));
    assert!(s.open_questions.is_empty(), "no question was asked");
    assert_eq!(s.mood.trajectory, "calm");
}

#[test]
fn an_order_beats_a_mere_please_and_a_pointing_question_stands_for_what_it_points_at() {
    // From the STAR chats: the goal was "I am not in a good mood today, so please
    // hurry" and "Can you look that up?".
    let m = messages(&[
        (
            "customer",
            "I am not in a good mood today, so please hurry up. Reserve my flight this instant!",
        ),
        ("bot", "Which flight?"),
    ]);
    let s = summarize(&m, &notes(2, &[], &[], &[]), Vec::new());
    assert_eq!(s.goal.as_deref(), Some("Reserve my flight this instant!"));
    let m = messages(&[
        (
            "customer",
            "I can't remember what the doctor said about my medication. Can you look that up?",
        ),
        ("bot", "Sure."),
    ]);
    let s = summarize(&m, &notes(2, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("I can't remember what the doctor said about my medication.")
    );
    // A please alone is still a goal when nothing clearer comes.
    let m = messages(&[("customer", "my order, please look into the delay")]);
    let s = summarize(&m, &notes(1, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("My order, please look into the delay")
    );
}

#[test]
fn without_anything_substantive_there_is_no_goal() {
    let m = messages(&[
        ("customer", "hi"),
        ("customer", "hello??"),
        ("customer", "ok thanks"),
    ]);
    let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
    assert_eq!(s.goal, None);
    assert_eq!(s.bullets, ["Mood: calm. Last said: “ok thanks”"]);
}

/// The goal and the open questions are the summary's own lines, a sentence each, and
/// start with a capital as a sentence does ("Goal: My order …"): the words are the
/// customer's, cut from a message without its greeting, not a quote of it. What the
/// summary quotes (“Last said”, what the bot tried) keeps the case it was written in.
#[test]
fn summary_lines_start_a_sentence_and_quotes_keep_the_case() {
    let m = messages(&[
        (
            "customer",
            "hi, my order yesterday never arrived and I want a refund",
        ),
        ("bot", "you can track orders under my account."),
        ("customer", "my order yesterday never arrived. where is it?"),
    ]);
    let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("My order yesterday never arrived and I want a refund")
    );
    assert_eq!(s.open_questions, ["Where is it?"]);
    assert_eq!(
        s.last_customer_message.as_deref(),
        Some("my order yesterday never arrived. where is it?")
    );
    assert_eq!(s.bot_answers, ["you can track orders under my account."]);
    let bullets = s.bullets.join("\n");
    assert!(
        bullets.contains("Last said: “my order yesterday never arrived. where is it?”")
            && bullets.contains("Bot tried: “you can track orders under my account.”"),
        "{bullets}"
    );
}

#[test]
fn greetings_are_stripped_only_as_whole_words() {
    assert_eq!(strip_greeting("Hi there, can you help?"), "can you help?");
    // STAR star-804: "Yo, I need a seat on 427 asap" was the goal as written.
    assert_eq!(
        strip_greeting("yo, I need a seat on 427 asap"),
        "I need a seat on 427 asap"
    );
    assert_eq!(
        strip_greeting("Yo. I need to book a flight."),
        "I need to book a flight."
    );
    assert_eq!(strip_greeting("Yours truly"), "Yours truly");
    assert_eq!(strip_greeting("Hey AI I need a ride"), "I need a ride");
    assert_eq!(
        strip_greeting("AI is broken"),
        "AI is broken",
        "only after a greeting"
    );
    assert_eq!(strip_greeting("OK so, thanks! my card"), "my card");
    assert_eq!(
        strip_greeting("History of my orders"),
        "History of my orders"
    );
    assert_eq!(strip_greeting("Nobody answers"), "Nobody answers");
}

/// Regression (STAR star-4341): "Are you my granddaughter?", small talk put as a
/// question, was the goal of a customer who had said they felt funny after a new
/// medicine. A request before the small talk in the same sentence stays the goal.
#[test]
fn small_talk_put_as_a_question_is_no_goal() {
    let m = messages(&[
        (
            "customer",
            "So I started a new pill and I feel a little dizzy.",
        ),
        ("bot", "Could I get your name, please?"),
        ("customer", "Yeah, I'm Ben. Are you my granddaughter?"),
    ]);
    let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("I started a new pill and I feel a little dizzy.")
    );
    let m = messages(&[
        ("customer", "How are you doing today?"),
        ("bot", "Fine, thanks."),
        (
            "customer",
            "I need a little help planning a surprise party, are you up for that?",
        ),
    ]);
    let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("I need a little help planning a surprise party, are you up for that?")
    );
    // Small talk alone is no goal at all.
    let m = messages(&[("customer", "Hello, how are you doing today?")]);
    assert_eq!(summarize(&m, &[], Vec::new()).goal, None);
}

/// A pet name after a greeting goes with it ("Thanks honey, can you …"), as "Hey AI"
/// does; so does a name said to someone ("Thanks Mark, can you …" kept "Mark"), and a
/// name and pet name at a sentence's start ("Grace Dear, can you …").
#[test]
fn a_pet_name_or_a_name_after_a_greeting_is_stripped_with_it() {
    for (said, goal) in [
        (
            "Thanks Honey, can you book me a table for Friday?",
            "Can you book me a table for Friday?",
        ),
        (
            "Hi sweetie! I need to cancel my order 5521.",
            "I need to cancel my order 5521.",
        ),
        (
            "Thanks Mark, can you book me a table for Friday?",
            "Can you book me a table for Friday?",
        ),
        (
            "Grace Dear, can you book me a table for Friday?",
            "Can you book me a table for Friday?",
        ),
        (
            "Hello Grace Dear! Can you book me a table for Friday?",
            "Can you book me a table for Friday?",
        ),
        // An answer to "Which city?" is no one addressed.
        (
            "Yes, Boston, can you book me a table for Friday?",
            "Boston, can you book me a table for Friday?",
        ),
    ] {
        let m = messages(&[("customer", said)]);
        assert_eq!(summarize(&m, &[], Vec::new()).goal.as_deref(), Some(goal));
    }
}

/// Regression: a name after a greeting was taken as said to someone whatever
/// it was, and "Hi, Denver, one way for two please" lost its destination from the goal,
/// "Hello Kitty, backpacks …" its brand. Only a name of the name table, or one a request
/// of the customer's own follows, is the addressee; the others stay, in the goal and in
/// the facts.
#[test]
fn a_place_or_a_brand_after_a_greeting_stays_in_the_goal() {
    for (said, goal, fact) in [
        (
            "Hi, Denver, one way for two please",
            "Denver, one way for two please",
            "Denver",
        ),
        (
            "Hello Kitty, backpacks for my daughter please",
            "Kitty, backpacks for my daughter please",
            "Kitty",
        ),
        (
            "Thanks Mark, the new card came but it does not work",
            "The new card came but it does not work",
            "Mark",
        ),
    ] {
        let m = messages(&[("customer", said)]);
        let s = summarize(&m, &[], Vec::new());
        assert_eq!(s.goal.as_deref(), Some(goal), "{said}");
        assert!(
            s.facts.iter().any(|f| f.text == fact),
            "{said}: {:?}",
            s.facts
        );
    }
}

/// The customer's self-introduction is no part of the goal: the request after it is
/// ("My name is John and I would like to RSVP to a party", STAR star-135 and others),
/// and a sentence that only introduces is skipped. The name is in the facts.
#[test]
fn a_self_introduction_is_dropped_from_the_goal() {
    for (said, goal) in [
        (
            "Hi, I'm Angela Smith. Can you book me a table for Friday?",
            "Can you book me a table for Friday?",
        ),
        (
            "Hello! My name is Angela Smith. Well, I lost my debit card today.",
            "I lost my debit card today.",
        ),
        (
            "My name is John and I would like to RSVP to a party.",
            "I would like to RSVP to a party.",
        ),
        (
            "Hi my name is John and need help with North Hill Apartment viewing.",
            "Need help with North Hill Apartment viewing.",
        ),
        (
            "I'm looking for a cheap Italian restaurant.",
            "I'm looking for a cheap Italian restaurant.",
        ),
    ] {
        let m = messages(&[("customer", said)]);
        let s = summarize(&m, &[], Vec::new());
        assert_eq!(s.goal.as_deref(), Some(goal), "{said}");
    }
    // Introductions other than "My name is X".
    for (said, goal) in [
        (
            "I'm Alexis calling about my lease, can you renew it for a year?",
            "My lease, can you renew it for a year?",
        ),
        (
            "Hi, it's Angela here, I need to move my appointment to Friday.",
            "I need to move my appointment to Friday.",
        ),
        (
            "Hi, it's John again. I need to find a flight from Detroit.",
            "I need to find a flight from Detroit.",
        ),
        (
            "I'm Canadian, I need a visa for Brazil.",
            "I'm Canadian, I need a visa for Brazil.",
        ),
        (
            "my name is misspelled, can you fix it on my ticket?",
            "My name is misspelled, can you fix it on my ticket?",
        ),
    ] {
        let m = messages(&[("customer", said)]);
        let s = summarize(&m, &[], Vec::new());
        assert_eq!(s.goal.as_deref(), Some(goal), "{said}");
    }
    let m = messages(&[(
        "customer",
        "Hi, I'm Angela Smith and I need to cancel flight 820.",
    )]);
    let s = summarize(&m, &[], Vec::new());
    assert_eq!(s.goal.as_deref(), Some("I need to cancel flight 820."));
    assert!(
        s.facts.iter().any(|f| f.text == "Angela Smith"),
        "{:?}",
        s.facts
    );
}

/// "So" that says how much stays ("So frustrating, can you …" lost its "So"); "so" as a
/// filler goes.
#[test]
fn so_is_stripped_only_as_a_filler() {
    assert_eq!(
        strip_greeting("So frustrating, can you check my order?"),
        "So frustrating, can you check my order?"
    );
    assert_eq!(strip_greeting("so far so good"), "so far so good");
    assert_eq!(strip_greeting("Ok so I need a ride"), "I need a ride");
    assert_eq!(strip_greeting("so, can you help?"), "can you help?");
    assert_eq!(strip_greeting("So"), "");
}

/// Regression (STAR star-3047): "You know, the Chief Engineer?", said with the
/// customer's name when the bot asked for it, was the goal, before "I'm locked out of
/// the combat deck!": a question was a request wherever it came. A statement with a
/// question mark asks for nothing; a question that reads as one still wins.
#[test]
fn a_statement_with_a_question_mark_is_no_request() {
    let m = messages(&[
        ("customer", "Help me computer!"),
        ("bot", "Hello, how can I help?"),
        ("customer", "I'm locked out of the combat deck!"),
        ("bot", "Please provide your name."),
        ("customer", "It's me, Leia. You know, the Chief Engineer?"),
    ]);
    let s = summarize(&m, &notes(5, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("I'm locked out of the combat deck!")
    );
    for (question, goal) in [
        ("Btw where is my order 5521?", "Btw where is my order 5521?"),
        (
            "So, is the pharmacy open on Sunday?",
            "Is the pharmacy open on Sunday?",
        ),
        (
            "You know, the Chief Engineer?",
            "My flight 820 was cancelled.",
        ),
        (
            "I don't have my date of birth?",
            "My flight 820 was cancelled.",
        ),
        (
            "The flight is gone and what now?",
            "The flight is gone and what now?",
        ),
        (
            "And what they said was true, where is it?",
            "And what they said was true, where is it?",
        ),
    ] {
        let m = messages(&[
            ("customer", "My flight 820 was cancelled."),
            ("bot", "I'm sorry."),
            ("customer", question),
        ]);
        let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
        assert_eq!(s.goal.as_deref(), Some(goal), "{question}");
    }
}

/// Regression (a review): a statement with a tag question ("…, you know what I
/// mean?") is no question still open, but it stays the goal before a request for a
/// person.
#[test]
fn a_statement_with_a_tag_question_stays_the_goal() {
    let said = "My card keeps getting declined at the pump, you know what I mean?";
    let m = messages(&[
        ("customer", said),
        ("bot", "Sorry, I didn't get that."),
        ("customer", "I want to talk to a human"),
    ]);
    let s = summarize(&m, &notes(3, &[2], &[], &[]), Vec::new());
    assert_eq!(s.goal.as_deref(), Some(said));
    assert!(s.open_questions.is_empty(), "{:?}", s.open_questions);
}
