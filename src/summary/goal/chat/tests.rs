//! Chat's tests: opinions asked and questions about someone, told from requests.

use super::chats;

/// [`chats`] of a sentence as written.
fn chats_as_written(sentence: &str) -> bool {
    chats(sentence, &sentence.to_lowercase())
}

/// Regression: a name where a question about someone has "she" or "he" ("Does
/// Britney like me?") was read as no one, and how someone is ("How is Britney
/// doing?") as a request: the goal after a task done, and a question still open for
/// the agent.
#[test]
fn a_question_about_someone_named_chats() {
    for chat in [
        "How is Britney doing?",
        "How's Britney Spears feeling today?",
        "how is she doing?",
        "So how's he holding up?",
        "Does Britney like me?",
        "Do you know if Alexis is single?",
        "Is Mark mad at me?",
    ] {
        assert!(chats_as_written(chat), "{chat}");
    }
    for request in [
        "How is my order doing?",
        "How is the weather in Detroit?",
        "Is Britney available on Friday?",
        "Does Britney need to verify her email too?",
        "How do I reach Dr. Morgan?",
        "Is Dr. Morgan covered by my plan?",
        "How is Britney",
        // About the customer's own matter, or a professional by their title.
        "How is Alexis doing with my refund?",
        "How is Dr Patel doing on my test results?",
        "Is Dr Patel interested in new patients?",
        "Is Dr Lee into sports injuries?",
        "Does she like our new plan?",
    ] {
        assert!(!chats_as_written(request), "{request}");
    }
}

#[test]
fn opinions_and_questions_about_someone_are_told_from_requests() {
    for chat in [
        "do you think i should?",
        "do you think i should keep it casual, or wear a dress?",
        "what do you think, does she like me?",
        "what do you think?",
        "so what do you think of dr. morgan?",
        "what do you think i should get her for a present?",
        "don't you think we should go?",
        "do you know if she's single?",
        "do you know whether he is married?",
        "does she like me?",
        "is he cute?",
        "has he forgotten about me?",
        "oh, do you think he likes me?",
        "do you think he likes me more than 2 friends?",
        "what do you think about dating him?",
        "do you think we should go out again?",
    ] {
        assert!(chats(chat, chat), "{chat}");
    }
    for request in [
        "is he covered by my family plan?",
        "does she need to verify her email too?",
        "is she on my account?",
        "can you check the weather in detroit?",
        "do you think you could reserve it for me?",
        "do you think i can schedule that appointment right now also?",
        "do you think it'll rain on wednesday?",
        "what do you think would be a better car to ride in?",
        "can she be seen at the same time?",
        "will he be able to meet on saturday at 2:00 pm?",
        "do you know the opening hours?",
        "is the venue available on friday?",
        "i need to book a flight now.",
        // A task asked as an opinion, and when someone is free.
        "what do you think about booking a return ride for 9pm too?",
        "so what do you think of reserving a table there?",
        "do you think i should reschedule it to friday?",
        "don't you think we should cancel the second ride?",
        "is she available earlier?",
        "does he have anything at 3pm?",
        "does he have anything at 3 pm?",
        "is she free tomorrow?",
        "is he in on monday?",
        "does she have any time on the 5th?",
        "is he open at 9:30?",
        "is he in tomorrow?",
        "",
    ] {
        assert!(!chats(request, request), "{request}");
    }
}

/// Regression: a time or a date anywhere in a question about someone ("today", "at
/// 5pm") made it a request, as if it asked when they were free: "Is she mad at me
/// today?" after a task done was the goal, and an open question for the agent.
#[test]
fn a_time_alone_does_not_make_a_question_about_someone_a_request() {
    for chat in [
        "is she mad at me today?",
        "does he still love me today?",
        "has he forgotten about me since monday?",
        "do you think she likes me more than yesterday at 5pm?",
        "is he cute at 9:30?",
    ] {
        assert!(chats(chat, chat), "{chat}");
    }
    for request in [
        "is she free tomorrow?",
        "does he have anything at 5pm today?",
        "is she free today at 5pm?",
        "does she have any time today?",
    ] {
        assert!(!chats(request, request), "{request}");
    }
}

/// Regression (STAR star-5991): "Do you think gift cards are nice?" after a hotel booked
/// was a request anew, as only "do you think so" and "do you think I should …" asked an
/// opinion. Asking the assistant to judge something chats; a request put politely or a
/// question of fact does not.
#[test]
fn asking_the_assistant_to_judge_something_chats() {
    for chat in [
        "Do you think gift cards are nice?",
        "Do you think heels are too formal for an afternoon party?",
        "do you think the mountains would be nicer?",
        "Do you think the Legume or Porch is better?",
        "do you think that's a good idea?",
    ] {
        assert!(chats_as_written(chat), "{chat}");
    }
    for request in [
        "Do you think you could reserve it for me?",
        "Do you think I can schedule that appointment right now also?",
        "Do you think it'll rain on Wednesday?",
        "Do you think flights are cheap right now?",
        "Do you think we could hire a DJ?",
    ] {
        assert!(!chats_as_written(request), "{request}");
    }
}
