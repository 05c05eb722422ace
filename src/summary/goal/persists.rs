//! A problem that persists: a customer's sentence → whether it says the problem they
//! came with is still there ("No, it's still not working", "My driver still isn't
//! here", "That didn't work"); their messages after the goal → the last such sentence,
//! the goal's update when nothing changed the request. Such a sentence disputes what
//! the bot did or says how things stand: no new request. Read by `first_request`, which
//! keeps the request before it as the goal, and by [`super::done`], which shows it as
//! the goal's update so the human sees the task is not done.

use std::sync::LazyLock;

use regex::Regex;

use crate::transcript::Message;

use super::super::sentences::{capitalise, clip, sentences, words};
use super::boundaries::{lowered, split_words};
use super::strip_opening;
use super::update::same_word;

/// Words after "still" that say what is wrong, without a negation ("it's still broken",
/// "the card is still declined").
pub(super) const PROBLEMS: &[&str] = &[
    "broken",
    "down",
    "declined",
    "declines",
    "declining",
    "failing",
    "fails",
    "failed",
    "stuck",
    "wrong",
    "missing",
    "frozen",
    "locked",
    "blocked",
    "crashing",
    "charging",
];

/// What a negation after "still" says has not happened, for the problem to persist
/// ("still not working", "still isn't here", "I still can't log in", "still hasn't
/// arrived"); not what the customer feels or does ("I still can't believe it", STAR
/// star-5160; "I still have no idea", star-29; "I still haven't heard back from my
/// husband", star-5592; "I still can't remember my birthday", star-1898).
pub(super) const FAILS_TO: &[&str] = &[
    "work",
    "works",
    "working",
    "worked",
    "here",
    "there",
    "fixed",
    "resolved",
    "solved",
    "sorted",
    "arrived",
    "come",
    "came",
    "showing",
    "show",
    "shown",
    "load",
    "loading",
    "loaded",
    "open",
    "opening",
    "connect",
    "connecting",
    "connected",
    "through",
    "received",
    "log",
    "login",
    "access",
    "pay",
    "sign",
    "responding",
    "respond",
    "start",
    "starting",
    "refunded",
    "delivered",
    "processed",
    "active",
    "activated",
    "unlocked",
    "unblocked",
    "on",
];

/// What says the problem persists without "still" ("That didn't work", "Same problem").
/// Not "didn't help", a complaint about the bot ("You did not help at all!!", STAR
/// star-1183), nor "doesn't help" ("I will get back in touch if this doesn't help",
/// star-1).
const PERSISTING: &[&str] = &[
    "that didn't work",
    "that did not work",
    "it didn't work",
    "it did not work",
    "this didn't work",
    "same problem",
    "same issue",
    "same error",
    "still waiting for",
];

/// How many words after "still" may hold the negation ("still isn't here", "still does
/// not work").
const REACH: usize = 3;

/// How many words after the negation may say what has not happened ("not been
/// refunded"; not "can't believe I'm on …").
const AFTER_NEGATION: usize = 2;

/// Stems of the verbs of something that should have come to the customer, in any form
/// ("arrive", "arrived", "delivering", "received"): after a negation, a thing that did
/// not come ("My order never arrived", "I didn't receive the refund").
const ARRIVAL_STEMS: &[&str] = &["arriv", "deliver"];

/// Verbs of arrival said with "up" ("show up", "turned up"): "My luggage never showed
/// up"; not "I didn't show my ID", a thing the customer does.
const ARRIVAL_WITH_UP: &[&str] = &[
    "show", "shows", "showed", "shown", "turn", "turns", "turned",
];

/// Whether `words` (lower case, [`split_words`]) say something never came: a negation
/// ([`negates`]) with a verb of arrival in the next [`AFTER_NEGATION`] words, in any of
/// its forms ([`ARRIVAL_STEMS`], "come", "came"), or one said with "up"
/// ([`ARRIVAL_WITH_UP`]), of something other than the customer: "My luggage never
/// showed up", "The package hasn't been delivered"; or a "receive" negated: "I didn't
/// receive my card". Read by its shape, not by a list of things that go missing.
pub(super) fn never_came(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        if !negates(w) {
            return false;
        }
        // The customer who did not come is no thing that did not come to them ("I
        // didn't come here to chat", "I never showed up"); what they did not receive is.
        let customer = words[..i]
            .iter()
            .rev()
            .find(|w| !AUXILIARIES.contains(w))
            .is_some_and(|w| matches!(*w, "i" | "we"));
        // Weather and seasons come or not to no customer ("The rain never came, lovely
        // week").
        let weather = words[..i]
            .iter()
            .rev()
            .find(|w| !AUXILIARIES.contains(w))
            .is_some_and(|w| WEATHER.contains(w));
        !weather
            && words[i + 1..]
                .iter()
                .enumerate()
                .take(AFTER_NEGATION)
                .any(|(j, v)| {
                    v.starts_with("receiv")
                        || !customer
                            && (ARRIVAL_STEMS.iter().any(|s| v.starts_with(s))
                                || (matches!(*v, "come" | "came")
                                    && !words
                                        .get(i + 2 + j..i + 4 + j)
                                        .is_some_and(|n| COME_TO.iter().any(|c| c[..] == *n)))
                                || (ARRIVAL_WITH_UP.contains(v)
                                    && words.get(i + 2 + j) == Some(&"up")))
                })
    })
}

/// What comes or not to no customer: the weather and the seasons ("The rain never came").
const WEATHER: &[&str] = &[
    "rain", "snow", "sun", "storm", "weather", "wind", "spring", "summer", "autumn", "winter",
];

/// Idioms of "come to" that tell no arrival ("I never came to terms with the new
/// pricing", "It never came to mind").
const COME_TO: &[[&str; 2]] = &[["to", "terms"], ["to", "mind"], ["to", "think"]];

/// Verbs that stand between a subject and its negation ("I have not received", "it did
/// not arrive").
const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "have", "has", "had", "can", "could", "will", "would", "just",
];

/// Whether `sentence` (in any case) says the problem persists: "still" with a negation
/// in the next few words of something that should have happened ([`FAILS_TO`]: "it's
/// still not working", "still isn't here", "I still can't log in"), or with a word of a
/// problem ([`PROBLEMS`]: "still broken"); or a phrase of [`PERSISTING`] ("That didn't
/// work", "Still waiting for my ride"). "I still need a ride" is a request, not this.
pub(super) fn persists(sentence: &str) -> bool {
    // Most sentences have none of these words: one search, in any case, before the
    // sentence is lowered and split.
    if !MAY_PERSIST.is_match(sentence) {
        return false;
    }
    let still = has(sentence, "still");
    let lower = lowered(sentence);
    let lower = lower.as_str();
    if PERSISTING.iter().any(|p| super::contains_words(lower, p)) {
        return true;
    }
    if !still {
        return false;
    }
    let words: Vec<&str> = split_words(lower).collect();
    words.iter().enumerate().any(|(i, w)| {
        if *w != "still" {
            return false;
        }
        let after = &words[i + 1..];
        let near = &after[..after.len().min(REACH)];
        match near.iter().position(|w| negates(w)) {
            Some(at) => after[at + 1..]
                .iter()
                .take(AFTER_NEGATION)
                .any(|w| FAILS_TO.contains(w)),
            None => near.iter().any(|w| PROBLEMS.contains(w)),
        }
    })
}

/// The last sentence of the customer's messages (`customer`) after message `from` that
/// says the problem persists ([`persists`]) of the goal (`goal`: [`of_the_goal`]),
/// without its opening ("No, it's still not working" → "It's still not working"), if
/// one does: the note that the goal is not met. Only of a goal that is a problem or a
/// task said before it ([`can_persist`]): not of a request for a person, nor of a goal
/// the customer asked after saying an earlier problem persists, nor of a request made
/// `anew` after a task done that states no problem.
pub(super) fn persisting_after(
    messages: &[Message],
    customer: &[usize],
    from: usize,
    goal: &str,
    anew: bool,
) -> Option<String> {
    customer[customer.partition_point(|&i| i <= from)..]
        .iter()
        // A message with none of the words is not split into sentences.
        .filter(|&&i| MAY_PERSIST.is_match(&messages[i].text))
        .flat_map(|&i| sentences(&messages[i].text))
        .filter(|s| persists(s))
        .map(strip_opening)
        .filter(|s| words(s) >= 3 && of_the_goal(s, goal))
        .last()
        // Most goals have none: whether it can be the goal's is read only for one.
        .filter(|_| can_persist(messages, customer, from, goal, anew))
        .map(|s| clip(&capitalise(s), 160))
}

/// Whether a problem said to persist after the goal (`goal`, from message `from`) can
/// be the goal's (a review found "It's still not working" shown as the update of any
/// goal). Not when
///
/// - the goal asks for a person ("Can I talk to a human?"), which does not work or fail;
/// - the customer said a problem persists before the goal's message ("My wifi is down."
///   … "Still not working." … "Can you send a technician?"): the problem that persists
///   is that earlier one, not the goal asked after it;
/// - the goal was asked `anew` after a task done and its message states no problem
///   ([`states_problem`]: "Can you also check my balance?" after "Done, your card has
///   been activated"): "It's still not working" after it disputes the task done. A new
///   problem ("My app won't load either", "Can you fix my app? It won't load") may be
///   the one that persists.
fn can_persist(
    messages: &[Message],
    customer: &[usize],
    from: usize,
    goal: &str,
    anew: bool,
) -> bool {
    if super::done::asks_for_a_person(goal) {
        return false;
    }
    // The request's whole message states the problem: "Can you fix my app? It won't
    // load" (a review found the problem in its second sentence missed).
    if anew {
        return states_problem(&messages[from].text);
    }
    !customer[..customer.partition_point(|&i| i < from)]
        .iter()
        .filter(|&&i| MAY_PERSIST.is_match(&messages[i].text))
        .flat_map(|&i| sentences(&messages[i].text))
        .any(persists)
}

/// Words that say something is wrong beside [`PROBLEMS`] ("It says invalid PIN"), read
/// only where a request states its problem, not after "still".
const STATED: &[&str] = &["invalid", "incorrect", "error", "crashes", "crashed"];

/// Whether `text` says something is wrong ("My card doesn't work", "My order never
/// arrived", "My wifi is down"): a word of [`PROBLEMS`] or [`STATED`], or a negation
/// with what has not happened after it ([`FAILS_TO`]), as [`persists`] reads them after
/// "still".
fn states_problem(text: &str) -> bool {
    let lower = lowered(text);
    let words: Vec<&str> = split_words(&lower).collect();
    words.iter().enumerate().any(|(i, w)| {
        PROBLEMS.contains(w)
            || STATED.contains(w)
            || (negates(w)
                && words[i + 1..]
                    .iter()
                    .take(AFTER_NEGATION)
                    .any(|w| FAILS_TO.contains(w)))
    })
}

/// Words of a sentence that says a problem persists that name nothing ("still", "not",
/// "working", "again"), beside [`FAILS_TO`] and [`PROBLEMS`].
const SAYS_NOTHING: &[&str] = &[
    "still", "that", "this", "there", "here", "again", "though", "anymore", "even", "after",
    "tried", "trying", "same", "problem", "issue", "error", "waiting", "what", "well", "it's",
    "that's", "they", "they're", "them", "yours", "mine", "really", "just", "seems", "says",
];

/// Whether `sentence`, which says a problem persists, is of the goal: it names nothing
/// ("It's still not working", "That didn't work") or names a word of the goal ("The
/// card still doesn't work" after "My card was declined"); not another thing ("My
/// driver still isn't here" after "I'd like another restaurant", STAR star-5331, a
/// ride asked for between).
fn of_the_goal(sentence: &str, goal: &str) -> bool {
    let lower = lowered(sentence);
    let goal = lowered(goal);
    let split = |s: &str| -> Vec<String> {
        split_words(s)
            .filter(|w| w.chars().count() >= 4)
            .map(str::to_owned)
            .collect()
    };
    let goal_words = split(&goal);
    split(&lower)
        .iter()
        .filter(|w| {
            !(SAYS_NOTHING.contains(&w.as_str())
                || FAILS_TO.contains(&w.as_str())
                || PROBLEMS.contains(&w.as_str())
                || negates(w))
        })
        .all(|w| goal_words.iter().any(|g| same_word(g, w)))
}

/// What a sentence that says a problem persists holds, in any case: "still", or a
/// phrase of [`PERSISTING`] ("work", "same").
static MAY_PERSIST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new("(?i)still|work|same").expect("the persisting words are a valid pattern")
});

/// Whether `text` holds `word` (ASCII, lower case) in any case.
fn has(text: &str, word: &str) -> bool {
    text.as_bytes()
        .windows(word.len())
        .any(|w| w.eq_ignore_ascii_case(word.as_bytes()))
}

/// Whether `word` negates ("not", "no", "never", "can't", "isn't", "cannot").
pub(super) fn negates(word: &str) -> bool {
    matches!(word, "not" | "no" | "never" | "cannot" | "nothing") || word.ends_with("n't")
}

#[cfg(test)]
mod tests {
    use super::persists;

    /// Regression: "No, it's still not working" was the goal, a request, where it says
    /// the request before it is not met.
    #[test]
    fn a_problem_said_to_persist_is_told_from_a_request() {
        for said in [
            "No, it's still not working.",
            "it's still not working",
            "Still not working",
            "My driver still isn't here. Can you check the status again?",
            "Still not here.",
            "I still can't log in",
            "It still does not work",
            "It still hasn't been refunded",
            "The card is still declined",
            "it's still broken",
            "Still waiting for my ride.",
            "That didn't work",
            "Same problem as before",
            "It still declines",
            "It’s still not working",
        ] {
            assert!(persists(said), "{said}");
        }
        // STAR's role-play: what the customer feels, does or waits on (star-5160,
        // star-29, star-1898, star-5592, star-3662, star-1183, star-5232, star-6573).
        for said in [
            "I still need a ride to the airport",
            "I still can't believe I'm on the street.",
            "I still have no idea.",
            "I still can't remember my birthday though.",
            "And I can't believe I still haven't heard back from my husband.",
            "but I still wouldn't his wedding.",
            "You did not help at all!!",
            "I will get back in touch if this doesn't help.",
            "I'm still waiting on some people to answer.",
            "It's still angela, it hasn't changed.",
            "Still not bad.",
            "Is the offer still available?",
            "My wifi is not working",
            "The bus didn't work and I'm walking.",
            "The same hotel as last time please",
            "",
        ] {
            assert!(!persists(said), "{said}");
        }
    }
}
