use super::corrects;

const RIDE: &str = "I need a ride to the airport on the 4th.";
const RIDE_DONE: &str = "Your ride to the airport is booked for the 4th at 5pm.";
const TABLE: &str = "I need a table for two at Lucca.";
const TABLE_DONE: &str = "Your table for 2 at Lucca is booked for 7pm. Anything else?";

/// A "No" that says the task done is not what was asked, or gives again a detail of
/// the kind the bot's message had, corrects it.
#[test]
fn a_no_that_contradicts_a_detail_of_the_task_done_corrects_it() {
    for (reply, done, met) in [
        ("No, I said the 5th, can you change it?", RIDE_DONE, RIDE),
        ("No I said the 5th", RIDE_DONE, RIDE),
        ("No, the 5th", RIDE_DONE, RIDE),
        ("Nope, it was the 5th.", RIDE_DONE, RIDE),
        ("No no, 6pm not 5pm", RIDE_DONE, RIDE),
        ("No, I meant 7pm", RIDE_DONE, RIDE),
        ("No, not the 4th, the 5th please", RIDE_DONE, RIDE),
        ("No, you booked the wrong day.", RIDE_DONE, RIDE),
        (
            "No that's not right. I wanted it on Tuesday.",
            RIDE_DONE,
            RIDE,
        ),
        ("No, it's for 4 people", TABLE_DONE, TABLE),
        ("No, can you book the table for 8pm?", TABLE_DONE, TABLE),
        ("No, I asked for a table at 8pm", TABLE_DONE, TABLE),
        ("Nah, 8pm", TABLE_DONE, TABLE),
        (
            "No, I said the Hilton",
            "The Marriott is booked for you.",
            "I need a hotel in Denver.",
        ),
        (
            "No, the Hilton",
            "The Marriott is booked for you.",
            "I need a hotel in Denver.",
        ),
        (
            "No sorry I misspoke, it should be flight 596",
            "Your seat on flight 820 is booked.",
            "I need to reserve a seat on flight 820.",
        ),
    ] {
        assert!(corrects(reply, done, met), "{reply}");
    }
}

/// A "No" followed by another request stays that request: the review's cases that
/// were lost before ("No, can you also book me a hotel?", "Nope, can you book me a
/// taxi?", "No I need a taxi to the restaurant"), a declining or closing "No", a new
/// thing asked for, and a "No" that is no answer.
#[test]
fn a_no_before_another_request_corrects_nothing() {
    for (reply, done, met) in [
        ("No, can you also book me a hotel?", RIDE_DONE, RIDE),
        (
            "No, can you also book me a hotel for the 5th?",
            RIDE_DONE,
            RIDE,
        ),
        ("Nope, can you book me a taxi?", TABLE_DONE, TABLE),
        ("No I need a taxi to the restaurant", TABLE_DONE, TABLE),
        (
            "No I need a taxi to the restaurant at 6pm",
            TABLE_DONE,
            TABLE,
        ),
        ("No thanks, can you book a hotel?", RIDE_DONE, RIDE),
        ("No thanks, I said the 5th", RIDE_DONE, RIDE),
        (
            "No, that's all. Actually, can you book me a taxi?",
            RIDE_DONE,
            RIDE,
        ),
        ("No, that's it for the 4th", RIDE_DONE, RIDE),
        (
            "No, but can you book a table at Lucca for 8pm?",
            RIDE_DONE,
            RIDE,
        ),
        (
            "No. Can you check the weather for the 4th?",
            RIDE_DONE,
            RIDE,
        ),
        ("No, what's the weather on the 5th?", RIDE_DONE, RIDE),
        ("No, I need another ride on the 5th", RIDE_DONE, RIDE),
        ("No, book me a hotel for the 5th", RIDE_DONE, RIDE),
        ("No, can you book the Hilton for the 5th?", RIDE_DONE, RIDE),
        ("No, I want to book a table at 7pm", RIDE_DONE, RIDE),
        ("No, I'd like a ride back at 9pm too", RIDE_DONE, RIDE),
        (
            "No, I said the 5th. Also can you book me a hotel?",
            RIDE_DONE,
            RIDE,
        ),
        (
            "No, the wrong card was charged, can you refund it?",
            RIDE_DONE,
            RIDE,
        ),
        (
            "No I need to get the gift I ordered delivered by the 5th",
            RIDE_DONE,
            RIDE,
        ),
        ("No one told me the driver's name at 5pm", RIDE_DONE, RIDE),
        ("No way, 5pm?", RIDE_DONE, RIDE),
        ("No.", RIDE_DONE, RIDE),
        ("No", RIDE_DONE, RIDE),
        ("Nope", RIDE_DONE, RIDE),
        ("Not the 4th", RIDE_DONE, RIDE),
        ("I said the 5th", RIDE_DONE, RIDE),
        ("Nobody came at 5pm", RIDE_DONE, RIDE),
        ("", RIDE_DONE, RIDE),
        ("No, I need a ride home at 9pm", RIDE_DONE, RIDE),
        (
            "No, can you send me the receipt for the 4th?",
            RIDE_DONE,
            RIDE,
        ),
        (
            "No. When will the driver arrive on the 4th?",
            RIDE_DONE,
            RIDE,
        ),
        ("No, I want a ride to the mall at 5pm", RIDE_DONE, RIDE),
        // No detail of the kind the bot's message has, and nothing said wrong.
        ("No, it was great", RIDE_DONE, RIDE),
        ("No, the 5th", "Ride booked.", "I need a ride."),
    ] {
        assert!(!corrects(reply, done, met), "{reply}");
    }
}

/// `detail` reads the weekdays and months from `text::calendar`, as its own list read
/// them: whole names in lower case are dates, but "may" (the verb more often: "No, may
/// I …"), and the short names are none ("sat", "sun", "mar" are words first).
#[test]
fn the_calendar_s_names_are_dates_but_may() {
    use super::{Detail, detail};
    for date in [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "today",
        "tomorrow",
        "tonight",
    ] {
        assert_eq!(detail(date), Some(Detail::Date), "{date}");
    }
    for word in [
        "may", "mon", "sat", "sun", "mar", "jan", "sept", "tues", "mayday",
    ] {
        assert_eq!(detail(word), None, "{word}");
    }
    // "No, may I change it?" gives no date: the reply names nothing the ride had.
    assert!(!corrects("No, may I change it?", RIDE_DONE, RIDE));
}

/// `detail()` reads its dates from `text::calendar`'s whole names: in lower case only,
/// never in three letters ("sat", "mar", "sun" are words first) and never "may", as it
/// did with the calendar's lists.
#[test]
fn a_date_by_name_is_a_whole_weekday_or_month_in_lower_case() {
    use crate::text::calendar::{MONTHS, MONTHS_SHORT, WEEKDAYS, WEEKDAYS_SHORT};
    let before = |word: &str| WEEKDAYS.contains(&word) || (word != "may" && MONTHS.contains(&word));
    let names = WEEKDAYS
        .iter()
        .chain(&MONTHS)
        .chain(&WEEKDAYS_SHORT)
        .chain(&MONTHS_SHORT);
    for name in names.copied().chain(["sept", "tues", "weekend", "mayday"]) {
        let upper = name.to_ascii_uppercase();
        let capitalised = format!("{}{}", &upper[..1], &name[1..]);
        for word in [name, &upper, &capitalised] {
            let date = super::detail(word) == Some(super::Detail::Date);
            assert_eq!(date, before(word), "{word}");
        }
    }
    assert_eq!(super::detail("friday"), Some(super::Detail::Date));
    assert_eq!(super::detail("may"), None);
    assert_eq!(super::detail("sat"), None);
}

/// Regression (a fourth review): a correction whose detail is a word new to the task
/// done was no correction: a number with its unit ("100GB"), a pet name the reply calls
/// the bot ("Nah mate, it's 6pm"), a place swapped for one the task done named ("No,
/// Portugal not Spain").
#[test]
fn a_correction_s_new_word_is_read_as_its_detail() {
    use super::{Detail, detail, swaps_known};
    const PLAN_DONE: &str = "Done, I've upgraded you to the 50GB plan.";
    const PLAN: &str = "I want to upgrade to the 100GB plan.";
    for number in ["100gb", "50gb", "5kg", "2x"] {
        assert_eq!(detail(number), Some(Detail::Number), "{number}");
    }
    assert!(corrects("Nah mate, it's 6pm", RIDE_DONE, RIDE));
    assert!(corrects("No, the 100GB one, not 50GB", PLAN_DONE, PLAN));
    assert!(corrects("No, 100GB", PLAN_DONE, "Can you upgrade my plan?"));
    let spain = "done, your trip to spain is booked. book me a holiday in spain please.";
    for swap in [
        "No, Portugal not Spain",
        "No, not Spain, Portugal",
        "No, savings not checking",
    ] {
        let known = format!("{spain} move it from checking to savings");
        assert!(swaps_known(swap, &known), "{swap}");
    }
    // B is not a word of the task done, or A or B says no more than "No".
    for not_a_swap in [
        "No, Portugal not France",
        "No, thanks not now",
        "No, it's not Spain",
        "No, Spain not Spain",
        "No, Portugal and not Spain",
    ] {
        assert!(!swaps_known(not_a_swap, spain), "{not_a_swap}");
    }
}
