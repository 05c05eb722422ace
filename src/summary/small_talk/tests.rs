//! Small talk and complaints put as questions, on questions from chats.

use super::{is_rhetorical, is_small_talk, last_clause, phrase_at};

#[test]
fn complaints_want_no_answer_and_questions_about_the_matter_do() {
    for q in [
        "Why are you calling me?",
        "Why do you keep calling me?",
        "Wait a second buddy, why did you start texting me?",
        "Why are you asking me so many questions?",
        "Why are you doing this to me?",
        "Stop it, why are u still emailing me?",
        "Are you kidding me?",
        "Is this a joke?",
        "How dare you?",
        "Who do you think you are?",
        "Wtf is that about?",
        "What the hell was that?",
        "ok, wth is this about??",
    ] {
        assert!(is_rhetorical(q), "{q}");
    }
    for q in [
        "Why was I charged twice?",
        "Why are you charging me twice?",
        "Why are you asking for my card number?",
        "Why are you asking me for my PIN?",
        "Why do you need my name?",
        "Why is my account locked?",
        "Why did you cancel my order?",
        "Can you call me back tomorrow?",
        "Why",
        "",
        "Wtf is a epithalamium?",
        "wtf is going on with my order?",
        "What is that about?",
    ] {
        assert!(!is_rhetorical(q), "{q}");
    }
}

#[test]
fn small_talk_and_questions_to_answer() {
    for q in [
        "How are you?",
        "Are you still there?",
        "Do you like trivia?",
        "How old are you dearie?",
        "What is wrong with you???",
        "I'm sorry, do you live around here?",
        "I gave it to you earlier, are you broken?",
        "Great, how was the game yesterday?",
        "Ever been to Detroit?",
        "Are you a robot or a human?",
        // STAR chats, in packets' "still open" until these were small talk.
        "Wait, who are you? What are we talking about?",
        "What am i doing here talking with you??",
        "Where am I?",
        "Hello, who is this?",
        "What did the cat say to the dog?",
        "Are you my grandson?",
        "Hello, is this my daughter Suzy?",
        "I guess I should stop writing my PIN number on my card huh?",
        "The weather is nice today isn't it?",
    ] {
        assert!(is_small_talk(q), "{q}");
    }
    for q in [
        "How do I know if someone stole money from me?",
        "Can you reserve flight 967 or is that too difficult for you?",
        "Who's you manager?",
        "Do you have a day and time for my viewing?",
        "Could you give me more details?",
        "Do you know if that reservation was for a booth or table?",
        "Where is the nearest branch?",
        "Is there a fee for that?",
        "That stinks can you check if there is a flight for the 22nd instead?",
        "What did the doctor say?",
        "Are you my agent for the refund?",
        "Is this my order number?",
        "Why did the payment fail?",
        "Where am I supposed to enter the code?",
        "You said the Hilton is on the east side, right?",
        // The business asked, not the assistant ("you" the company): a bot failing at
        // these failed at the task (generated chats no longer escalated).
        "What are your opening hours on weekends and public holidays?",
        "Are you open on Sundays?",
        "What's your refund policy?",
        "Where are you located?",
        "How much are your delivery fees?",
        // A task put as the assistant's opinion asked.
        "What do you think about booking a return ride for 9pm too?",
        "So what do you think of reserving a table there?",
    ] {
        assert!(!is_small_talk(q), "{q}");
    }
}

/// What `clause_words` read with `rsplit` and `phrase_at`'s comparisons did with
/// `split(' ')`: the byte-wise versions must answer the same.
#[test]
fn the_last_clause_and_phrases_read_as_split_read_them() {
    fn by_rsplit(lower: &str) -> &str {
        lower
            .rsplit([',', ';', '.', '!', '—'])
            .map(str::trim)
            .find(|c| !c.trim_end_matches('?').trim().is_empty())
            .unwrap_or(lower)
    }
    for lower in [
        "i gave it to you earlier, are you broken?",
        "wait — who are you?",
        "ok.  ?",
        "?",
        "",
        "a,b;c.d!e—f",
        "hello —, ?? ",
        "é—?",
    ] {
        assert_eq!(last_clause(lower), by_rsplit(lower), "{lower:?}");
    }
    let words = ["are", "you", "my", "son"];
    assert_eq!(phrase_at(&words, "are you"), Some(2));
    assert_eq!(phrase_at(&words, "are you my son"), Some(4));
    assert_eq!(phrase_at(&words, "are you my son too"), None);
    assert_eq!(phrase_at(&words, "are yo"), None);
    assert_eq!(phrase_at(&words, "ar"), None);
    assert_eq!(phrase_at(&words, ""), None);
    assert_eq!(phrase_at(&[], "are"), None);
}

proptest::proptest! {
    #[test]
    fn the_last_clause_is_rsplits(lower in "[a-c ,;.!?—é]{0,20}") {
        let by_rsplit = lower
            .rsplit([',', ';', '.', '!', '—'])
            .map(str::trim)
            .find(|c| !c.trim_end_matches('?').trim().is_empty())
            .unwrap_or(&lower);
        proptest::prop_assert_eq!(last_clause(&lower), by_rsplit);
    }

    #[test]
    fn phrases_compare_as_split_compares(
        words in proptest::collection::vec("[ab']{1,3}", 0..4),
        phrase in "[ab' ]{0,8}",
    ) {
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let starts = (phrase.split(' ').enumerate())
            .all(|(i, p)| words.get(i).is_some_and(|w| *w == p));
        proptest::prop_assert_eq!(phrase_at(&words, &phrase).is_some(), starts);
        let whole = phrase.split(' ').eq(words.iter().copied());
        proptest::prop_assert_eq!(phrase_at(&words, &phrase) == Some(words.len()), whole);
    }
}
