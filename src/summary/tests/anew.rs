//! What the customer says after the bot said a task is done that asks anew, or not:
//! chat, a need of their own, a question who someone is, a request put as an opinion,
//! a "No" that disputes the task done → the goal that follows.

use super::*;

/// Regression (STAR star-5694, star-1227): after a task done, chat put as a question
/// ("Do you know if she's single?" of the driver, "Do you think I should keep it casual,
/// or wear a dress?" for a date) was the goal, a request anew; the customer's request
/// stays the goal, and a real request after the same chat still takes its place.
#[test]
fn chat_after_a_task_done_is_no_request_anew() {
    for (first, bot, chat) in [
        (
            "My name is Mark and I need an apartment",
            "Ride has been booked!",
            "That's great. Do you know if she's single?",
        ),
        (
            "My name is Angela and I want to schedule an appointment to view an apartment.",
            "Excellent, the viewing is scheduled now!",
            "I think this date is going to go really well. Do you think I should keep it casual, or wear a dress? I don't want to seem to eager",
        ),
        (
            "I need to view an apartment on Tuesday.",
            "Excellent, the viewing is scheduled now!",
            "What do you think, does she like me?",
        ),
    ] {
        let m = messages(&[("customer", first), ("bot", bot), ("customer", chat)]);
        let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
        let goal = s.goal.as_deref().unwrap_or_default();
        assert!(first.ends_with(goal) && !goal.is_empty(), "{chat} → {goal}");
        // A request after the chat is one anew.
        let mut m = m;
        m.extend(messages(&[
            ("bot", "Is there anything else that I can do for you?"),
            ("customer", "Can you check the weather in Detroit?"),
        ]));
        let s = summarize(&m, &notes(5, &[], &[], &[]), Vec::new());
        assert_eq!(
            s.goal.as_deref(),
            Some("Can you check the weather in Detroit?"),
            "{chat}"
        );
    }
}

/// Regression: a request put as an opinion asked ("What do you think about booking a
/// return ride for 9pm too?") or about someone's time ("Is she available earlier?" of
/// the doctor, "Does he have anything at 3pm?" of the barber) after a task done was
/// read as chat, and the request met stayed the goal; chat stays chat.
#[test]
fn a_request_put_as_an_opinion_or_about_someone_s_time_is_one_anew() {
    for (first, bot, then) in [
        (
            "I need a ride to the airport at 5pm.",
            "Your ride has been booked.",
            "What do you think about booking a return ride for 9pm too?",
        ),
        (
            "I need an appointment with Dr. Morgan.",
            "Your appointment has been scheduled for 4pm.",
            "Is she available earlier?",
        ),
        (
            "I need a haircut with Sam on Friday.",
            "Your haircut is booked for 5pm.",
            "Does he have anything at 3pm?",
        ),
    ] {
        let m = messages(&[("customer", first), ("bot", bot), ("customer", then)]);
        let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
        assert_eq!(
            s.goal.as_deref(),
            Some(then),
            "{bot} → {then} {:?}",
            s.goal_update
        );
    }
    for chat in [
        "Do you think I should?",
        "What do you think, does she like me?",
        "Do you know if she's single?",
    ] {
        let m = messages(&[
            ("customer", "I need a ride to the airport at 5pm."),
            ("bot", "Your ride has been booked."),
            ("customer", chat),
        ]);
        let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
        assert_eq!(
            s.goal.as_deref(),
            Some("I need a ride to the airport at 5pm."),
            "{chat}"
        );
    }
}

/// Regression (STAR star-2130, star-623): what the customer said of themselves after a
/// task done ("I need that money to buy a lot of hamburgers", "I need to be sure to get
/// back in time") was the goal, a request anew; the request done stays the goal, and a
/// request the agent can meet in the next message still takes its place.
#[test]
fn a_need_of_the_customer_s_own_after_a_task_done_is_no_goal() {
    for (first, bot, said) in [
        (
            "I need to report that somebody stole $500 from my account!",
            "Your report has been successfully submitted.",
            "What a relief, I need that money to buy a lot of hamburgers.",
        ),
        (
            "I would like to book a viewing at One on Center Apartment",
            "Excellent, the viewing is scheduled now!",
            "perfect. I need to be sure to get back in time to get ready for my hot date that night. I am sooo nervous",
        ),
        (
            "I need to schedule a viewing at the North Hill apartments please",
            "Excellent, the viewing is scheduled now!",
            "That's great!  I'm looking at all these texts from my friends, no one is really excited about this wedding.",
        ),
    ] {
        let m = messages(&[("customer", first), ("bot", bot), ("customer", said)]);
        let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
        assert_eq!(s.goal.as_deref(), Some(first), "{said}");
        let mut m = m;
        m.extend(messages(&[
            ("bot", "Is there anything else that I can do for you?"),
            ("customer", "I need to know what the weather is on Friday."),
        ]));
        let s = summarize(&m, &notes(5, &[], &[], &[]), Vec::new());
        assert_eq!(
            s.goal.as_deref(),
            Some("I need to know what the weather is on Friday."),
            "{said}"
        );
    }
}

/// Regression (STAR star-816): after "Ride booked.", "Hold on, can you tell me who the
/// driver is?" was the goal, a request anew: it asks the agent who someone is, a
/// question about the task done; the ride stays the goal, and a request in the next
/// message still takes its place.
#[test]
fn a_question_who_someone_is_after_a_task_done_is_no_request_anew() {
    for (asked, goal) in [
        (
            "Hold on, can you tell me who the driver is?",
            "I need a ride to the airport at 5pm.",
        ),
        ("Who is the driver?", "I need a ride to the airport at 5pm."),
        (
            "Do you know who my driver will be?",
            "I need a ride to the airport at 5pm.",
        ),
        ("Who's driving?", "I need a ride to the airport at 5pm."),
        (
            "Who can help me book a flight to Denver?",
            "Who can help me book a flight to Denver?",
        ),
        (
            "Can you tell me what the weather is in Detroit?",
            "Can you tell me what the weather is in Detroit?",
        ),
    ] {
        let m = messages(&[
            ("customer", "I need a ride to the airport at 5pm."),
            ("bot", "Ride booked."),
            ("customer", asked),
        ]);
        let s = summarize(&m, &notes(3, &[], &[], &[]), Vec::new());
        assert_eq!(s.goal.as_deref(), Some(goal), "{asked}");
    }
    // The question still open when the bot fell back on it.
    let m = messages(&[
        ("customer", "I need a ride to the airport at 5pm."),
        ("bot", "Ride booked."),
        ("customer", "Can you tell me who the driver is?"),
        ("bot", "Sorry, I didn't understand that."),
    ]);
    let s = summarize(&m, &notes(4, &[4], &[], &[]), Vec::new());
    assert_eq!(s.open_questions, ["Can you tell me who the driver is?"]);
}
