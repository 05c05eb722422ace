//! A request anew after a task done: a customer's sentence → whether it asks for
//! something new (a question, an order, "I need …" of something the agent can do),
//! rather than saying how the customer feels about what was done ("I need that money to
//! buy a lot of hamburgers", "That's all I need", "I'm looking forward to it"). Read
//! only after the bot said a task was done ([`super::done`]), where the goal must be a
//! request still open: before it, a need stated is the customer's first request.

use super::boundaries::{lowered, split_words};
use super::chat::chats;
use super::{IMPERATIVES, contains_words, first_verb, reads_as_question};

/// Markers by which the customer asks for something themselves ("I need …", "Can you
/// …"): the clear markers of `REQUEST_MARKERS` but those that may be someone else's
/// want or say no more than that something is wrong ("they make you want to visit",
/// "a problem").
const OWN_MARKERS: &[&str] = &[
    "i need",
    "i want",
    "i'd like",
    "i would like",
    "i also need",
    "i also want",
    "i'd also like",
    "i would also like",
    "i'm looking",
    "i am looking",
    "can you",
    "could you",
    "can i",
    "could i",
    "can we",
    "how do",
    "how can",
    "how much",
    "is it possible",
    "help me",
];

/// Whether `sentence`, a clear request after a task done, asks for something anew: a
/// question, an order, or a marker of the customer's own ([`OWN_MARKERS`]; a need only
/// as [`states_a_need`] reads it), and no negation, which speaks of what was done ("I
/// didn't want to have to deal with it", "Get out, thanks for nothing"; STAR star-1918,
/// star-2858), but in a clause before a last one that asks anew ([`negation_before`]:
/// "I didn't get the confirmation, can you send it again?"), nor chat ([`chats`]: "Do you know if she's single?" after "Ride has been
/// booked!", STAR star-5694), nor a question who someone is ([`asks_who`]: "Can you
/// tell me who the driver is?" after "Ride booked.").
pub(super) fn asks_anew(sentence: &str) -> bool {
    let lower = lowered(sentence);
    let negated = split_words(&lower).any(negates);
    let asks = (sentence.ends_with('?') && reads_as_question(&lower))
        || IMPERATIVES.contains(&first_verb(&lower));
    // The markers said with "also" only where "also" is: most sentences have none.
    let also = lower.contains("also");
    let marked = || {
        OWN_MARKERS.iter().any(|m| {
            if !also && m.contains(" also ") {
                false
            } else if NEEDS.contains(m) {
                states_a_need(&lower, m)
            } else {
                contains_words(&lower, m)
            }
        })
    };
    if negated {
        return negation_before(sentence);
    }
    (asks || marked()) && !chats(sentence, &lower) && !asks_who(&lower)
}

/// Whether the negations of `sentence` all stand in clauses before its last, which asks
/// anew on its own ([`asks_anew`]): the negation says why the customer asks ("I didn't
/// get the confirmation, can you send it again?", "Not sure you can, but could you book
/// a table at Lucca?"), not what they say of the task done, which ends the sentence or
/// is its request's clause ("Get out, thanks for nothing", "I didn't want to deal with
/// it").
fn negation_before(sentence: &str) -> bool {
    let sentence = without_courtesy(sentence);
    let sentence = sentence.as_ref();
    let cut = [", but ", " but ", ",", ";"]
        .iter()
        .filter_map(|d| sentence.rfind(d).map(|at| at + d.len()))
        .max();
    cut.is_some_and(|at| {
        let last = sentence[at..].trim();
        // The last clause has no delimiter left: `asks_anew` reads it without coming
        // back here (a negation in it is read as the whole sentence's).
        !last.is_empty() && last.len() < sentence.trim().len() && asks_anew_alone(last)
    })
}

/// `sentence` without a courtesy that ends it after a comma ("…, can you send it again,
/// please?" → "…, can you send it again?"): the request's clause is the one before.
fn without_courtesy(sentence: &str) -> std::borrow::Cow<'_, str> {
    let body =
        sentence.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '?' | '.' | '!'));
    let Some(at) = body.rfind(',') else {
        return sentence.into();
    };
    let tail = body[at + 1..].trim().to_lowercase();
    if !COURTESIES.contains(&tail.as_str()) {
        return sentence.into();
    }
    format!("{}{}", &body[..at], &sentence.trim_end()[body.len()..]).into()
}

/// What may close a request after a comma without being a clause of its own.
const COURTESIES: &[&str] = &[
    "please",
    "pls",
    "plz",
    "thanks",
    "thank you",
    "thx",
    "ty",
    "thanks in advance",
];

/// [`asks_anew`] of a clause with no `,`, `;` nor " but ", whose negation refuses.
fn asks_anew_alone(clause: &str) -> bool {
    let lower = lowered(clause);
    let negated = split_words(&lower).any(negates);
    !negated && asks_anew(clause)
}

/// Whether `word`, in lower case with `'` for `’`, negates: "not", "never", "nothing",
/// "nobody", "didn't".
fn negates(word: &str) -> bool {
    matches!(word, "not" | "never" | "nothing" | "nobody") || word.ends_with("n't")
}

/// Words before what a question asks of the agent ("Hold on, can you tell me who …",
/// "Do you know who …").
const ASKING: &[&str] = &[
    "hold", "on", "so", "and", "but", "ok", "okay", "oh", "also", "then", "wait", "please", "can",
    "could", "would", "will", "you", "u", "tell", "me", "do", "know",
];

/// Whether `lower`, a customer's sentence in lower case, asks who someone is, put
/// directly or to the agent ("Who is the driver?", "Can you tell me who the driver is?",
/// STAR star-816 and star-5577; "Do you know who my doctor is?"): what the agent tells
/// of the task done, a question for them, not a request anew. Not who is to do
/// something ("Who can help me book a flight?", "Who do I call?").
fn asks_who(lower: &str) -> bool {
    let mut words = split_words(lower).skip_while(|w| ASKING.contains(w));
    // Who someone is, in a few words ("the driver is", "my doctor"): a longer question
    // asks for someone to be found ("Who is the best dentist in town?"), a request.
    match words.next() {
        Some("who's" | "whos") => words.count() <= WHO_WORDS,
        Some("who") => {
            matches!(
                words.next(),
                Some("is" | "was" | "are" | "were" | "will" | "the" | "my" | "your" | "our")
            ) && words.count() <= WHO_WORDS
        }
        _ => false,
    }
}

/// How many words may follow "who is", "who the" or "who's" in a question who someone
/// is: "Who is the driver for it?" (four), not "Who is the best dentist in town?"
/// (five).
const WHO_WORDS: usize = 4;

/// The markers of [`OWN_MARKERS`] that state a need, which may be the customer's own
/// business rather than the agent's ([`states_a_need`]).
const NEEDS: &[&str] = &[
    "i need",
    "i want",
    "i'd like",
    "i would like",
    "i also need",
    "i also want",
    "i'd also like",
    "i would also like",
    "i'm looking",
    "i am looking",
];

/// What the customer does themselves, after "I need to": "I need to be sure to get back
/// in time" (STAR star-623), "all I need to do is get hired" (star-4104), "I need to
/// calm down", "I need to de-stress", "I need to go now" (but "go there", "go to"
/// somewhere).
const OWN_DOINGS: &[&str] = &[
    "be", "calm", "relax", "rest", "sleep", "think", "vent", "breathe", "destress", "de", "unwind",
    "chill", "hurry", "leave",
];

/// Two words of the same after "I need to": "I want to make sure I pack appropriately"
/// (star-6048), "I need to get rid of this anxiety" (star-5837), "I need to take my mind
/// off of this money problem" (star-5431), "I need to pick up my son early" (star-6414).
const OWN_DOINGS_OF_TWO: &[[&str; 2]] = &[
    ["make", "sure"],
    ["get", "ready"],
    ["get", "rid"],
    ["take", "my"],
    ["pick", "up"],
];

/// Words that point back at something said ("I need that money", "I'd like that").
const POINTING: &[&str] = &["that", "this", "those", "these", "it", "them"];

/// Whether `need`, a marker of [`NEEDS`], asks for something where it stands in
/// `lower` (a sentence in lower case) at word boundaries: not after "all" ("That's all
/// I need", "Now all I need to do is get hired", star-4104); "looking" only for or to
/// something ("I'm looking for a hotel"; not "I'm looking at all these texts",
/// star-1042, nor "looking forward to it"); not of something the customer does
/// themselves ([`OWN_DOINGS`], [`OWN_DOINGS_OF_TWO`]); not of a thing pointed back at
/// ("I need that money to buy a lot of hamburgers", star-2130; "Because I need that
/// $500") but one to be done to it ("I need it canceled please"); and not of nothing
/// ("That's what I need").
fn states_a_need(lower: &str, need: &str) -> bool {
    let split = |s: &str| -> Vec<String> { split_words(s).take(5).map(str::to_owned).collect() };
    lower.match_indices(need).any(|(i, _)| {
        let end = i + need.len();
        let bounded = lower[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
            && lower[end..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
        let before = lower[..i]
            .rsplit(|c: char| !c.is_alphanumeric() && c != '\'')
            .find(|w| !w.is_empty());
        if !bounded || before == Some("all") {
            return false;
        }
        let after = split(&lower[end..]);
        let after: Vec<&str> = after.iter().map(String::as_str).collect();
        let after = if need.ends_with("looking") {
            match after.as_slice() {
                ["for", rest @ ..] => rest,
                ["to", ..] => after.as_slice(),
                _ => return false,
            }
        } else {
            after.as_slice()
        };
        match after {
            [] | ["to", "go"] => false,
            ["to", "go", next, ..] => !matches!(*next, "now" | "bye" | "goodbye" | "soon"),
            // "I want to make sure I have enough in the bank" (star-5119) asks for a
            // check; "I want to make sure I pack appropriately" is the customer's own.
            ["to", "make", "sure", rest @ ..] => {
                let rest = rest.strip_prefix(&["that"]).unwrap_or(rest);
                let rest = rest.strip_prefix(&["i"]).unwrap_or(rest);
                rest.first()
                    .is_some_and(|w| matches!(*w, "have" | "has" | "there" | "my" | "the"))
            }
            ["to", verb, rest @ ..] => {
                !OWN_DOINGS.contains(verb)
                    && !OWN_DOINGS_OF_TWO
                        .iter()
                        .any(|[a, b]| a == verb && rest.first() == Some(b))
            }
            [pointer, rest @ ..] if POINTING.contains(pointer) => {
                rest.first().is_some_and(|w| w.ends_with("ed"))
            }
            _ => true,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::{NEEDS, OWN_MARKERS, asks_anew, asks_who};

    /// The customer's own markers are request markers, each written the same: a marker
    /// changed in one list and not the other is found here.
    #[test]
    fn own_markers_are_request_markers() {
        for marker in OWN_MARKERS {
            assert!(super::super::REQUEST_MARKERS.contains(marker), "{marker}");
        }
        for need in NEEDS {
            assert!(OWN_MARKERS.contains(need), "{need}");
        }
    }

    /// Regression (STAR star-2130, star-4104, star-1042, star-623): what the customer
    /// said of themselves after a task done, with "I need" or "I'm looking", was a
    /// request anew; needs of something the agent can do still are.
    #[test]
    fn a_need_of_the_customer_s_own_is_no_request_anew() {
        for said in [
            "What a relief, I need that money to buy a lot of hamburgers.",
            "Now all I need to do is get hired at my job interview, and maybe I can move out of my mom's garden shed :)",
            "I'm looking at all these texts from my friends, no one is really excited about this wedding.",
            "I need to be sure to get back in time to get ready for my hot date that night.",
            "I'm looking forward to it.",
            "I am looking forward to it.",
            "That's all I need.",
            "Awesome, that's all I need for now, goodbye!",
            "Because I need that $500.",
            "I need to get rid of this anxiety.",
            "I need to de-stress.",
            "Alright so I need to calm down before I do anything else.",
            "I want to make sure I pack appropriately.",
            "I want to make sure that I get some sleep.",
            "I need to take my mind off of this money problem.",
            "Ok, great. I need to pick up my son early since he cries if I'm a little late.",
            "Ok whatever, I need to go now",
            "That's what I’d like",
            "I'd like that very much.",
        ] {
            assert!(!asks_anew(said), "{said}");
        }
        for request in [
            "I need to RSVP to a party at West Bay Venue.",
            "I need to check my bank balance.",
            "I need directions to Airport now.",
            "I need it canceled please goodbye",
            "I need 538 now",
            "I would like to play a game of trivia please.",
            "I'm looking for a hotel in the center of town.",
            "I am looking to book a table for two.",
            "I need to go to the airport at 5pm.",
            "And also please make sure my ride is a BMW i want to go there in style",
            "Before I head for restaurant, I want to make sure I have enough dough in the bank",
            "I need to make sure my flight is still on time.",
            "I need to know what the weather is on Friday.",
            "The last thing I need to do is book a flight from Pittsburgh to Detroit.",
            "Now I need a ride to get there.",
            "Can you check the weather in Detroit?",
            "Book me a car.",
        ] {
            assert!(asks_anew(request), "{request}");
        }
    }

    /// A question who someone is in a few words is about the task done ("Who is the
    /// driver for it?"); one that asks for someone to be found is a request
    /// ("Who is the best dentist in town?").
    #[test]
    fn a_long_question_who_asks_for_someone_to_be_found() {
        for who in [
            "who is the driver?",
            "can you tell me who the driver is?",
            "who is the driver for it?",
            "who's driving?",
        ] {
            assert!(asks_who(who), "{who}");
        }
        for found in [
            "who is the best dentist in town?",
            "who's the best pizza place near the airport?",
        ] {
            assert!(!asks_who(found), "{found}");
        }
    }

    /// Regression: a negation anywhere in a sentence after a task done made it no
    /// request anew, though it stood in a clause before the request, saying why it is
    /// asked ("I didn't get the confirmation, can you send it again?"); one in the
    /// request's clause, or in a clause after it, still does.
    #[test]
    fn a_negation_before_the_request_s_clause_does_not_cancel_it() {
        for request in [
            "I didn't get the confirmation, can you send it again?",
            "Not sure you can, but could you book a table at Lucca for two?",
            "I don't have the app so can you book me a ride to the airport; I need to go at 5pm.",
            "I never got a receipt but I need to check my bank balance.",
            // A courtesy after the request's clause is not the clause.
            "I didn't get the confirmation, can you send it again, please?",
            "I didn't get the confirmation, can you send it again, thanks",
        ] {
            assert!(asks_anew(request), "{request}");
        }
        for said in [
            "Get out, thanks for nothing",
            "I didn't want to have to deal with it",
            "Can you book it, I don't want to wait",
            "I don't want it, can you not book it?",
            "That's not right, nothing",
            "No, I didn't.",
        ] {
            assert!(!asks_anew(said), "{said}");
        }
    }
}
