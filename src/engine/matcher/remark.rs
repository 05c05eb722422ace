//! Remarks: a customer's message and the bot's message before it → whether the customer
//! only remarked on an answer the bot had given ("dang that's really hot out and then
//! rain", "awesome I am seeing my niece graduate", a joke), which a bot fallback may
//! answer without failing at the task. The engine asks it only of the message a
//! fallback answers (the `bot_fallbacks` counter), beside small talk and thanks.

/// Words that ask, request or report a problem: a message with one is no mere remark
/// (written as compared: lower case, `’` as `'`). A customer's real request put without
/// a question mark ("Make a reservation.", "I need to bake a cake", "That ride still
/// isn't here", "I hope that I don't get charged") keeps its fallback counted.
const ASKS: &[&str] = &[
    "please",
    "pls",
    "plz",
    "help",
    "book",
    "booking",
    "reserve",
    "reservation",
    "appointment",
    "order",
    "check",
    "cancel",
    "send",
    "schedule",
    "make",
    "report",
    "need",
    "want",
    "let's",
    "lets",
    "why",
    "what",
    "when",
    "where",
    "how",
    "who",
    "which",
    "still",
    "fraud",
    "fraudulent",
    "charge",
    "charged",
    "wrong",
    "problem",
    "missing",
    "lost",
    "stolen",
    "stole",
    "robbed",
    "understand",
    "confused",
    "confusing",
    "wait",
    "hurry",
];

/// Two words in a row that ask or request ("can you", "tell me", "I'd like").
const ASKS_TWO: &[(&str, &str)] = &[
    ("can", "you"),
    ("could", "you"),
    ("would", "you"),
    ("will", "you"),
    ("can", "i"),
    ("could", "i"),
    ("would", "like"),
    ("like", "to"),
    ("i'd", "like"),
    ("id", "like"),
    ("tell", "me"),
    ("show", "me"),
    ("give", "me"),
    ("get", "me"),
    ("let", "me"),
];

/// Words that correct, deny or object ("Actually 8pm", "No, Saturday", "That's not
/// right", "But I already paid", "That's incorrect"), report what went wrong ("nothing
/// arrived", "too expensive"), or ask for a person ("agent"): a message with one is never
/// a remark, nor one with a word ending in `n't` or a digit.
const NEVER: &[&str] = &[
    "no",
    "nope",
    "not",
    "never",
    "nothing",
    "actually",
    "but",
    "instead",
    "incorrect",
    "wrong",
    "mistake",
    "paid",
    "pay",
    "refund",
    "arrived",
    "delivered",
    "expensive",
    "price",
    "money",
    "balance",
    "address",
    "account",
    "agent",
    "human",
    "person",
    "representative",
    "operator",
    "someone",
    "somebody",
    "manager",
    "supervisor",
    "staff",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "tomorrow",
    "tonight",
    "yesterday",
    "noon",
    "midnight",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "yet",
];

/// Words that make a message chit-chat: laughter, the weather, a joke, a compliment or
/// an opinion about the world ("dang that's really hot out and then rain", "awesome I
/// am seeing my niece graduate", "that's certainly an interesting weather pattern"). A
/// remark is recognised by one of these, not by the absence of a request.
const CHAT: &[&str] = &[
    "haha",
    "hahaha",
    "ha",
    "hah",
    "lol",
    "lmao",
    "rofl",
    "hehe",
    "heh",
    "weather",
    "rain",
    "raining",
    "rainy",
    "sunny",
    "sun",
    "snow",
    "snowing",
    "hot",
    "cold",
    "warm",
    "windy",
    "storm",
    "miserable",
    "pattern",
    "joke",
    "jokes",
    "funny",
    "pun",
    "cool",
    "nice",
    "wow",
    "awesome",
    "amazing",
    "wonderful",
    "lovely",
    "beautiful",
    "fantastic",
    "neat",
    "sweet",
    "fun",
    "interesting",
    "dang",
    "gosh",
    "yay",
    "exciting",
    "excited",
    "glad",
    "happy",
];

/// Words of a bot's message that prompts, apologises or fails: after one, the customer's
/// next message answers it or is stuck, and a fallback to it is a failure. A fallback
/// itself is one ("I am only able to help you issue fraud reports", star-1291): the
/// customer's next message follows no finished answer.
const PROMPTS: &[&str] = &[
    "please",
    "sorry",
    "unfortunately",
    "cannot",
    "can't",
    "cant",
    "unable",
    "able",
    "only",
    "couldn't",
    "wasn't",
    "understand",
    "rephrase",
];

/// Whether `customer` (the message a fallback answers) is a remark on an answer the bot
/// had given in `bot_before` (the message just before it): the bot had finished — no
/// question, prompt, apology or failure in its message — and the customer chats ([`CHAT`]:
/// laughter, the weather, a compliment), asks for nothing, asks no question, reports no
/// problem ([`ASKS`]) and corrects, denies or gives no value ([`NEVER`], `n't`, a digit).
/// Not the customer's task said plainly after a finished answer: "Make a reservation.",
/// "That's fraudulent", "Actually 8pm", "No, Saturday", "agent".
pub(crate) fn is_remark(customer: &str, bot_before: Option<&str>) -> bool {
    let Some(bot) = bot_before else {
        return false;
    };
    if customer.contains('?') || bot.contains('?') || customer.trim().is_empty() {
        return false;
    }
    // Cheapest first: most messages a fallback answers hold no chit-chat word, and the
    // bot's words need not be read for them (a replay asks this of every fallback).
    let said = words(customer);
    if !said.iter().any(|w| CHAT.contains(&w.as_str()))
        || said.iter().any(|w| {
            ASKS.contains(&w.as_str())
                || NEVER.contains(&w.as_str())
                || w.ends_with("n't")
                || w.bytes().any(|b| b.is_ascii_digit())
        })
        || said
            .windows(2)
            .any(|p| ASKS_TWO.contains(&(p[0].as_str(), p[1].as_str())))
    {
        return false;
    }
    let bot_words = words(bot);
    !bot_words.is_empty() && !bot_words.iter().any(|w| PROMPTS.contains(&w.as_str()))
}

/// The lower-case words of `text`, apostrophes kept (`’` as `'`) but not around a word
/// (`'track` of `'track order'` is `track`); [`offered`](super::offered) reads offers
/// with them too.
pub(super) fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace('\u{2019}', "'")
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::is_remark;

    #[test]
    fn remarks_on_a_finished_answer_are_remarks() {
        // STAR chats: star-5741, star-3579, star-5768.
        let weather = Some("It will be Raining all day on Thursday in Pittsburgh.");
        assert!(is_remark(
            "dang that's really hot out and then rain it's gonna be miserable",
            weather
        ));
        assert!(is_remark(
            "that's certainly an interesting weather pattern",
            weather
        ));
        assert!(is_remark(
            "awesome I am seeing my niece graduate",
            Some("Right, your flight is now reserved!")
        ));
        assert!(is_remark("haha cool", weather));
    }

    #[test]
    fn corrections_values_and_person_requests_are_no_remarks() {
        // The review's cases after "Your table for two at 7pm on Friday at The Porch is
        // booked.": each is a correction, a dispute or a request, never chit-chat.
        let done = Some("Your table for two at 7pm on Friday at The Porch is booked.");
        for text in [
            "Actually 8pm",
            "8pm not 7pm",
            "No, Saturday",
            "Saturday",
            "That's incorrect",
            "That's not right",
            "That's not my balance",
            "But I already paid",
            "The tracking says delivered but nothing arrived",
            "Nothing arrived",
            "agent",
            "That cannot be right, I paid it off",
            "Hmm that's too expensive",
            // No chit-chat word: not recognised as a remark.
            "ok",
            // A negation or a "but" takes a remark back (star-3273, star-5119, star-1112).
            "I can\u{2019}t end it yet",
            "I hope it's not too expensive though.",
            "A tangent applied for a credit card, but was denied. He couldn't find anyone \
             willing to cosine.",
            "Nice, but it's the wrong day",
        ] {
            assert!(!is_remark(text, done), "{text}");
        }
    }

    #[test]
    fn requests_questions_and_problems_are_no_remarks() {
        let done = Some("Your current balance is 2888 in credit.");
        for text in [
            "Make a reservation.",
            "That's fraudulent",
            "Man why is that ride taking so long",
            "That ride still isn't here",
            "I need to bake a birthday cake.",
            "Let's make a reservation for tonight under Ben.",
            "can you check the 22nd",
            "I'd like the Italian one",
            "You don't get it? It's a joke.",
            "I am missing money",
            "",
        ] {
            assert!(!is_remark(text, done), "{text}");
        }
    }

    #[test]
    fn after_a_prompt_or_a_failure_the_customer_answers() {
        let remark = "I don't know, but they're attacking the ship!";
        for bot in [
            "Please enter the code.",
            "For how many people should the reservation be made?",
            "I am sorry, but I cannot authenticate you with the information you have provided.",
            "Unfortunately I wasn't able to update your booking, sorry.",
            "Im a customer service AI. I am only able to help you issue fraud reports.",
            "",
        ] {
            assert!(!is_remark(remark, Some(bot)), "{bot}");
        }
        assert!(!is_remark(remark, None));
    }
}
