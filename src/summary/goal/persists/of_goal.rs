//! Whose problem persists: a sentence that says a problem persists, and the goal → whether
//! it is of that goal (it names nothing else), and whether the goal can be the one that
//! persists at all (not a request for a person, nor a goal asked after an earlier
//! problem was said to persist, nor one asked anew that states no problem). Read by
//! [`super::persisting_after`].

use crate::summary::goal::boundaries::{lowered, split_words};
use crate::summary::goal::update::same_word;
use crate::summary::sentences::sentences;
use crate::transcript::Message;

use super::{AFTER_NEGATION, FAILS_TO, MAY_PERSIST, PROBLEMS, negates, persists};

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
pub(super) fn can_persist(
    messages: &[Message],
    customer: &[usize],
    from: usize,
    goal: &str,
    anew: bool,
) -> bool {
    if crate::summary::goal::done::asks_for_a_person(goal) {
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
pub(super) fn of_the_goal(sentence: &str, goal: &str) -> bool {
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
