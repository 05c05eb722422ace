//! Chat after a task done: a customer's question, in lower case → whether it asks the
//! assistant's opinion ("Do you think I should?") or about someone ("Do you know if
//! she's single?", "Does she like me?") rather than for something new to be done. Read
//! for the goal only after the bot said a task was done, where a goal must be a new
//! request: before it, such a question may be all the customer asked, and stays their
//! goal. Never a question still open for the agent (`open_questions`).

/// Words that may open a clause before what it asks ("So do you think …", "Hey, what
/// do you think?").
const FILLERS: &[&str] = &[
    "so", "and", "but", "well", "hey", "oh", "ok", "okay", "then", "also", "now",
];

/// A third person a question may be about: the driver, the doctor, a date.
const SOMEONE: &[&str] = &["she", "he", "she's", "he's", "shes", "hes"];

/// Whether `lower`, a customer's sentence in lower case, has a clause that chats
/// ([`opinion`], [`about_someone`]): "What do you think, does she like me?" (STAR
/// star-1116), "Do you think I should keep it casual, or wear a dress?" (star-1227), "Do
/// you know if she's single?" (star-5694). Not a request put politely ("Do you think
/// you could book it?"), nor one for someone ("Can she be seen at the same time?").
pub(in crate::summary) fn chats(lower: &str) -> bool {
    // An opinion asked says "think", a question about someone names them ([`SOMEONE`]):
    // without either, no clause chats, and none is split into words (the open
    // questions ask this of every question left unanswered).
    let maybe = lower.contains("think")
        || lower
            .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .any(|w| SOMEONE.contains(&w));
    maybe
        && lower.split([',', ';', ':', '–', '—']).any(|clause| {
            let words: Vec<&str> = clause
                .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .filter(|w| !w.is_empty())
                .skip_while(|w| FILLERS.contains(w))
                .collect();
            opinion(&words) || about_someone(&words)
        })
}

/// Tasks the customer may put as an opinion asked ("What do you think about booking a
/// return ride?", "Do you think we should reschedule it?"): the verb, and its gerund.
pub(in crate::summary) const TASKS: &[&str] = &[
    "book",
    "booking",
    "reserve",
    "reserving",
    "schedule",
    "scheduling",
    "reschedule",
    "rescheduling",
    "change",
    "changing",
    "cancel",
    "cancelling",
    "canceling",
    "add",
    "adding",
    "getting",
    "order",
    "ordering",
    "upgrade",
    "upgrading",
    "extend",
    "extending",
    "move",
    "moving",
    "switch",
    "switching",
    "rent",
    "renting",
    "arrange",
    "arranging",
    "buy",
    "buying",
    "renew",
    "renewing",
    "request",
    "requesting",
];

/// "What do you think" alone, or of something ("What do you think of Dr. Morgan?"), or
/// what the customer should do ("What do you think I should get her?", "Do you think I
/// should?", "Don't you think we should go?", "Do you think so?"); not a task asked for
/// that way ([`TASKS`]: "What do you think about booking a return ride for 9pm too?",
/// "Do you think I should reschedule it?").
fn opinion(words: &[&str]) -> bool {
    let should = |rest: &[&str]| matches!(rest, ["i" | "we", "should", ..]);
    let task = |rest: &[&str]| match rest {
        ["of" | "about", next, ..] | ["i" | "we", "should", next, ..] => TASKS.contains(next),
        _ => false,
    };
    match words {
        ["what", "do", "you" | "u", "think", rest @ ..] => {
            (matches!(rest, [] | ["of" | "about", ..]) || should(rest)) && !task(rest)
        }
        [
            "do" | "don't" | "dont" | "don’t",
            "you" | "u",
            "think",
            rest @ ..,
        ] => rest == ["so"] || (should(rest) && !task(rest)),
        _ => false,
    }
}

/// Words by which a question about someone asks when they are free: "Is she available
/// earlier?", "Does he have anything at 3pm?", "Is she free tomorrow?", "Is she open on
/// Monday?". A time or a date alone does not: "Does she still love me today?" asks how
/// she feels, and "Is he in tomorrow?" says nothing personal ([`PERSONAL`]) to chat with.
const AVAILABILITY: &[&str] = &[
    "available",
    "availability",
    "free",
    "able",
    "open",
    "openings",
    "anything",
    "anytime",
];

/// A question about a third person: "Does she like me?", "Is he cute?", "Has he
/// forgotten about me?", "Do you know if she's single?", "Do you think he likes me?",
/// "Is she mad at me today?"; not what they can do ("Can she be seen at the same
/// time?", "Will he be able to meet on Saturday?") nor when they are free
/// ([`AVAILABILITY`]: "Is she available earlier?", "Does he have anything at 3pm?"),
/// which is asked for.
fn about_someone(words: &[&str]) -> bool {
    let asks_when = words.iter().enumerate().any(|(i, w)| {
        AVAILABILITY.contains(w)
            || (*w == "any" && words.get(i + 1).is_some_and(|n| n.starts_with("time")))
    });
    if asks_when {
        return false;
    }
    let (["does" | "did" | "is" | "was" | "has", who, ..]
    | [
        "do",
        "you" | "u",
        "know" | "think",
        "if" | "whether",
        who,
        ..,
    ]
    | ["do", "you" | "u", "know" | "think", who, ..]) = words
    else {
        return false;
    };
    SOMEONE.contains(who) && words.iter().any(|w| PERSONAL.contains(w))
}

/// What a question about someone asks when it chats: how they feel or what they are
/// to the customer ("Does she like me?", "Is he single?"), not a matter of the
/// customer's account ("Is he covered by my family plan?", "Does she need to verify her
/// email too?"), which is asked for.
const PERSONAL: &[&str] = &[
    "like",
    "likes",
    "love",
    "loves",
    "cute",
    "single",
    "married",
    "forgotten",
    "forgot",
    "dating",
    "cheating",
    "mad",
    "angry",
    "upset",
    "jealous",
    "hot",
    "pretty",
    "handsome",
    "nice",
    "funny",
    "interested",
    "into",
    "miss",
    "misses",
    "shy",
    "sweet",
];

#[cfg(test)]
mod tests {
    use super::chats;

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
            assert!(chats(chat), "{chat}");
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
            assert!(!chats(request), "{request}");
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
            assert!(chats(chat), "{chat}");
        }
        for request in [
            "is she free tomorrow?",
            "does he have anything at 5pm today?",
            "is she free today at 5pm?",
            "does she have any time today?",
        ] {
            assert!(!chats(request), "{request}");
        }
    }
}
