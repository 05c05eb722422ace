//! A problem stated: a customer's sentence that asks nothing → whether it says what is
//! wrong ("My app will not load", "I was double charged", "My card was declined"), and
//! a sentence that asks for a person → the clause beside the request that says so ("I
//! was double charged, let me talk to a human" → "I was double charged"). Read by
//! `first_request`: the customer's problem is the goal before a request for a person,
//! which says why the conversation escalates, not what for. A feeling, a wait or a
//! complaint about the bot ("I'm so tired of bots", "I've been waiting for an hour", "I
//! don't like talking to robots") is no problem here: the request for a person stays
//! the goal beside it.

use super::boundaries::{contains_words, lowered, split_words};
use super::done::person_at;
use super::persists::{FAILS_TO, PROBLEMS, negates, never_came, persists};

/// Phrases that say what went wrong without a negation ("I was double charged", "my
/// card was stolen", "someone hacked my account"), beside the words of [`PROBLEMS`]
/// ("declined", "locked", "missing").
const WENT_WRONG: &[&str] = &[
    "double charged",
    "double-charged",
    "charged twice",
    "charged me twice",
    "overcharged",
    "stolen",
    "stole",
    "hacked",
    "lost my",
    "damaged",
    "crashed",
    "crashes",
    "keeps crashing",
    "an error",
    "error message",
    "fraudulent",
    "never arrived",
    "never received",
];

/// Words of a complaint about the bot, which is no problem to solve ("This bot is
/// stuck", "I'm stuck talking to a robot").
pub(super) const ABOUT_THE_BOT: &[&str] =
    &["bot", "bots", "robot", "robots", "chatbot", "ai", "machine"];

/// How many words after a negation may say what has not happened ("will not load",
/// "hasn't been refunded", "can't log in").
const AFTER_NEGATION: usize = 2;

/// Whether `sentence`, a statement, says what is wrong: a negation with something that
/// should have happened after it ([`FAILS_TO`]: "My app will not load", "I can't log
/// in"), a word of a problem ([`PROBLEMS`]: "My card was declined"; not "down", "Sit
/// down"), a phrase of [`WENT_WRONG`] ("I was double charged"), or a problem that
/// persists ("It's still not working"). Not a complaint about the bot
/// ([`ABOUT_THE_BOT`]).
///
/// A problem doubted, denied, over or not the customer's is none (a review found each
/// taken for the goal): a question ("The card was declined?"), a negation before what
/// went wrong ("I'm not double charged", "Nothing is broken", "I did not take the wrong
/// bus"), one resolved ([`resolved`]: "but it's fixed now"), long past ([`LONG_PAST`]:
/// "I used to have trouble logging in"), a hypothetical ([`MAY_BE`]: "My card might get
/// declined") or someone else's ([`OTHERS`]: "My friend said she was double charged").
pub(super) fn states_problem(sentence: &str) -> bool {
    if sentence.trim_end().ends_with('?') || resolved(sentence) {
        return false;
    }
    let lower = lowered(sentence);
    let words: Vec<&str> = split_words(&lower).collect();
    if words.iter().any(|w| {
        ABOUT_THE_BOT.contains(w)
            || MAY_BE.contains(w)
            || OTHERS.contains(&w.trim_end_matches("'s"))
    }) || LONG_PAST.iter().any(|p| contains_words(&lower, p))
    {
        return false;
    }
    // "here" and "there" only after "still" (`persists`): "seeing things that are not
    // there" (STAR star-3110) is no problem of the customer's matter. "come" and "came"
    // only as `never_came` reads them, of a thing that should have come: "I didn't come
    // here to chat", "The rain never came" and "I never came to terms with …" were goals.
    let fails = words.iter().enumerate().any(|(i, w)| {
        negates(w)
            && words[i + 1..]
                .iter()
                .take(AFTER_NEGATION)
                .any(|w| FAILS_TO.contains(w) && !matches!(*w, "here" | "there" | "come" | "came"))
    }) || never_came(&words);
    if fails {
        return true;
    }
    // A negation before what went wrong denies it: "I'm not double charged", "My card
    // isn't blocked", "Nothing is broken"; not one after it ("I was double charged and
    // I don't know why").
    let at = |w: &&str| w.as_ptr() as usize - lower.as_ptr() as usize;
    let went_wrong = words
        .iter()
        .find(|w| **w != "down" && PROBLEMS.contains(w))
        .map(at)
        .into_iter()
        .chain(
            WENT_WRONG
                .iter()
                .filter_map(|p| contains_words(&lower, p).then(|| lower.find(p)).flatten()),
        )
        .min();
    // "I didn't come here to chat, my card is blocked": the idiom's negation denies only
    // its coming, not what went wrong after it (a review found the goal lost).
    let denied = |end: usize| {
        words.iter().enumerate().any(|(i, w)| {
            negates(w)
                && at(w) < end
                && !words[i + 1..]
                    .iter()
                    .take(AFTER_NEGATION)
                    .any(|v| matches!(*v, "come" | "came"))
        })
    };
    match went_wrong {
        Some(end) => !denied(end),
        None => !denied(lower.len()) && persists(sentence),
    }
}

/// Words of a problem that may come, not one that came ("My card might get declined",
/// "What if my card is stolen", "In case my card gets stolen").
const MAY_BE: &[&str] = &[
    "might", "may", "could", "would", "if", "case", "worried", "afraid",
];

/// Words of someone else's problem ("My friend said she was double charged", "My
/// brother's card was declined").
pub(super) const OTHERS: &[&str] = &[
    "friend",
    "brother",
    "sister",
    "mom",
    "mother",
    "dad",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "colleague",
    "neighbour",
    "neighbor",
    "she",
    "he",
    "said",
    "says",
];

/// Phrases of a problem long over ("I used to have trouble logging in", "I was locked
/// out last month").
pub(super) const LONG_PAST: &[&str] = &[
    "used to",
    "last month",
    "last year",
    "months ago",
    "years ago",
];

/// Phrases that say a problem is over ("but it's fixed now", "It's fine now", "you
/// fixed it already", "but I got home fine", "I'm not locked out anymore").
const RESOLVED: &[&str] = &[
    "fixed",
    "fine now",
    "ok now",
    "okay now",
    "works now",
    "working now",
    "resolved",
    "sorted",
    "solved",
    "got home",
    "anymore",
    "any more",
    "no longer",
    "all good",
    // A "but" after it ends it ("I couldn't locate the restroom at your store, but it
    // was fine": a review found it the goal); without one, "it was fine" tells the time
    // before ("It was fine yesterday, now it fails").
    "but it was fine",
    "but it was ok",
    "but it was okay",
    "but it's fine",
    "but it is fine",
    "but it turned out fine",
    "but it worked out",
];

/// Whether `text` (a sentence or a whole message) says a problem is over
/// ([`RESOLVED`]): "My card was declined. It's fine now." states none.
pub(super) fn resolved(text: &str) -> bool {
    let lower = lowered(text);
    RESOLVED.iter().any(|p| contains_words(&lower, p))
}

/// Sentence adverbs that open a problem's clause as filler ("Unfortunately, I am locked
/// out").
const FILLER: &[&str] = &["unfortunately", "so", "well", "basically", "honestly"];

/// `clause` without a sentence adverb of [`FILLER`] opening it: "Unfortunately, I am
/// locked out." → "I am locked out.".
pub(super) fn without_filler(clause: &str) -> &str {
    let Some((first, rest)) = clause.split_once(char::is_whitespace) else {
        return clause;
    };
    let word = first.trim_end_matches(',');
    if FILLER.iter().any(|f| word.eq_ignore_ascii_case(f)) && !rest.trim().is_empty() {
        rest.trim_start()
    } else {
        clause
    }
}

/// Words after a request for a person that say what about ("Can a human call me back
/// about my invoice?", "can I speak to someone regarding my refund").
const TOPIC: &[&str] = &["about", "regarding", "concerning"];

/// What "about" may point to without naming a task ("talk to someone about this").
const NO_TOPIC: &[&str] = &["it", "this", "that", "something", "anything", "stuff"];

/// Whether `sentence`'s request for a person names its own task after it ("Can a human
/// call me back about my invoice?", "can I speak to someone about cancelling my
/// subscription?"): such a request is a task, which outranks a problem stated beside it
/// (a review found the problem taken).
pub(super) fn person_names_task(sentence: &str) -> bool {
    let Some((_, end)) = person_at(sentence) else {
        return false;
    };
    let after = sentence[end..].to_lowercase();
    let words: Vec<&str> = split_words(&after).collect();
    words.iter().enumerate().any(|(i, w)| {
        TOPIC.contains(w)
            && words
                .get(i + 1)
                .is_some_and(|next| !NO_TOPIC.contains(next))
    })
}

/// Where a clause ends and the next begins: a mark, or a word that joins two clauses.
const JOINS: &[&str] = &["so", "and", "but", "because", "cause", "since"];

/// The clause of `sentence` beside its request for a person that states a problem
/// ([`states_problem`]), before it or else after it: "I was double charged, let me talk
/// to a human" → "I was double charged"; "Let me talk to a human, my card was declined"
/// → "my card was declined". `None` when the sentence asks for no person, or no clause
/// beside the request states a problem ("Thanks for nothing, let me talk to a human").
pub(super) fn beside_person(sentence: &str) -> Option<&str> {
    let (start, end) = person_at(sentence)?;
    let before = &sentence[..start];
    let after = &sentence[end..];
    // The clause before: up to the last boundary before the request.
    if let Some(cut) = last_boundary(before) {
        let head = trim_clause(&sentence[..cut]);
        if !head.is_empty() && person_at(head).is_none() && states_problem(head) {
            return Some(without_filler(head));
        }
    }
    // The clause after: from the first boundary after the request.
    let from = first_boundary(after).map(|at| end + at)?;
    let tail = trim_clause(&sentence[from..]);
    (!tail.is_empty() && person_at(tail).is_none() && states_problem(tail))
        .then(|| without_filler(tail))
}

/// The byte offset of the last clause boundary in `text` (a mark, or where a joining
/// word starts), if there is one.
fn last_boundary(text: &str) -> Option<usize> {
    boundaries(text).last()
}

/// The byte offset of the first clause boundary in `text`, if there is one.
fn first_boundary(text: &str) -> Option<usize> {
    boundaries(text).next()
}

/// The clause boundaries of `text`: each `,`, `;`, `:` or dash, and each joining word
/// ([`JOINS`]) standing alone.
fn boundaries(text: &str) -> impl Iterator<Item = usize> + '_ {
    let mut at = 0;
    text.split_inclusive(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'))
        .filter_map(move |piece| {
            let start = at;
            at += piece.len();
            let word = piece.trim_end_matches(|c: char| c.is_whitespace());
            if word.ends_with([',', ';', ':']) {
                Some(start + word.len() - 1)
            } else if matches!(word, "-" | "–" | "—")
                || JOINS.iter().any(|j| word.eq_ignore_ascii_case(j))
            {
                Some(start)
            } else {
                None
            }
        })
}

/// `clause` without the marks, spaces and joining words at its ends.
fn trim_clause(clause: &str) -> &str {
    let mut clause = clause.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | ';' | ':' | '-' | '–' | '—' | '.' | '!')
    });
    while let Some((first, rest)) = clause.split_once(char::is_whitespace)
        && JOINS.iter().any(|j| first.eq_ignore_ascii_case(j))
    {
        clause = rest.trim_start();
    }
    clause
}

#[cfg(test)]
mod tests {
    use super::{beside_person, resolved, states_problem};

    #[test]
    fn a_but_it_was_fine_after_a_problem_ends_it() {
        for over in [
            "I couldn't locate the restroom at your store, but it was fine",
            "My card was declined, but it was OK",
            "My card was declined but it's fixed now",
        ] {
            assert!(resolved(over), "{over}");
        }
        for not_over in [
            "It was fine yesterday, now it fails",
            "My card was declined and it was my only card",
            "I couldn't locate the restroom at your store",
        ] {
            assert!(!resolved(not_over), "{not_over}");
        }
    }

    #[test]
    fn a_problem_is_told_from_a_feeling_or_a_wait() {
        for problem in [
            "My app will not load.",
            "I was double charged",
            "My card was declined at the store.",
            "I can't log in to my account",
            "My package never arrived",
            "I have not received my refund",
            "Someone stole $300 from my account",
            "It's still not working",
        ] {
            assert!(states_problem(problem), "{problem}");
        }
        for other in [
            "I'm so tired of bots.",
            "I've been waiting for an hour.",
            "I am really angry right now.",
            "I don't like talking to robots.",
            "I have a question.",
            "My phone number is 555-123-4567.",
            "This bot is broken",
            "I'm really sorry to bother you",
            "I'm down to my last dollar",
            "It gives me the shakes and I see things that are not there",
        ] {
            assert!(!states_problem(other), "{other}");
        }
    }

    #[test]
    fn the_problem_beside_a_request_for_a_person_is_its_clause() {
        for (sentence, problem) in [
            (
                "I was double charged, let me talk to a human",
                "I was double charged",
            ),
            (
                "My app will not load so I want to talk to a human",
                "My app will not load",
            ),
            (
                "Let me talk to a human, my card was declined.",
                "my card was declined",
            ),
            (
                "I want to speak to a person because my account is locked",
                "my account is locked",
            ),
        ] {
            assert_eq!(beside_person(sentence), Some(problem), "{sentence}");
        }
        for sentence in [
            "Thanks for nothing, let me talk to a human",
            "I'm so tired of bots, let me talk to a human",
            "I want to talk to a human",
            "I was double charged",
        ] {
            assert_eq!(beside_person(sentence), None, "{sentence}");
        }
    }
}
