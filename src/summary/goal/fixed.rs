//! A fix said later: the customer's messages after the goal's → the last sentence that
//! says the problem is over ("It's fine now", "Never mind, it works"), if none after it
//! says the problem persists. Read by `done::goal_and_update`, which shows it as the
//! goal's update, so the summary no longer states the problem as current (STAR-like:
//! "My card was declined." … "Oh wait, it's fine now."). A question, or a sentence
//! with a negation ("It's not fixed", "It isn't working now"), says no fix.

use std::sync::LazyLock;

use regex::Regex;

use crate::transcript::Message;

use super::super::sentences::{capitalise, clip, sentences, words};
use super::boundaries::{lowered, split_words};
use super::persists::{negates, persists};
use super::problem::states_problem;
use super::strip_opening;

/// Phrases that say a problem is over when said after it ("It's fine now", "it works",
/// "that worked", "I figured it out", "it's fixed", "you fixed it"); not a customer's
/// "That works" or "it works for me", which agree to a slot the bot offered (STAR
/// star-3319, star-4130 and 25 more), nor "I'm good now" or "all good", which close a
/// chat ("I'm really gonna smell good now", STAR star-964), nor "solved" of another
/// thing ("since I solved 1 yesterday", star-5209).
static FIXED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:(?:it|that|this|everything|problem|issue)(?:'s| is| was| got| has been|'s been)? (?:now )?(?:fixed|resolved|sorted|solved|working)|(?:fixed|resolved|sorted|solved|figured out) (?:it|that|this|the problem|the issue)|it works|(?:it|that) worked|works now|working now|fine now|figured it out)\b",
    )
    .expect("the fix pattern is valid")
});

/// The last sentence of the customer's messages (`customer`) after the goal (`goal`,
/// said in message `from`; in that message, a sentence after it) that says the problem
/// is over, without its opening, and its message; `None` when none does, or a sentence
/// after it says the problem persists ("Never mind, still not working") or came back
/// ("Actually it got declined again"). A new problem said after the fix ("It's fine
/// now. But now I can't log in.") is kept with it: the update runs from the fix to it.
pub(super) fn fixed_after(
    messages: &[Message],
    customer: &[usize],
    from: usize,
    goal: &str,
) -> Option<(String, usize)> {
    let after = &customer[customer.partition_point(|&i| i < from)..];
    // One search of the whole message before it is split into sentences: most
    // messages have none of the phrases.
    let at = *after.iter().rev().find(|&&i| {
        FIXED.is_match(&messages[i].text) && sentences(&messages[i].text).any(says_fixed)
    })?;
    let mut said: Vec<&str> = after
        .iter()
        .filter(|&&i| i >= at)
        .flat_map(|&i| sentences(&messages[i].text))
        .collect();
    if at == from {
        // In the goal's own message, only what follows the goal counts ("Can you help
        // me? My card was declined. It's fine now.").
        let key = goal_key(goal);
        let goal_at = said.iter().position(|s| goal_key(s).contains(&key))?;
        said.drain(..=goal_at);
    }
    let last = said.iter().rposition(|s| says_fixed(s))?;
    let later = &said[last + 1..];
    if later.iter().any(|s| persists(s) || relapses(s)) {
        return None;
    }
    let fix = capitalise(strip_opening(said[last]));
    let text = match later.iter().rposition(|s| states_problem(s)) {
        Some(new) => {
            let rest: Vec<&str> = later[..=new].iter().map(|s| s.trim()).collect();
            format!("{} {}", fix.trim(), rest.join(" "))
        }
        None => fix,
    };
    Some((clip(&text, 160), at))
}

/// The lower-cased first words of `text`, without "…" or marks, to find the goal's
/// sentence in its message.
fn goal_key(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `sentence`, said after a fix, says the problem came back ("Actually it got
/// declined again", "It dropped again"): "again", not as a fix ("It's working again"),
/// a question or a request ("Please check again").
fn relapses(sentence: &str) -> bool {
    let lower = sentence.to_lowercase();
    super::contains_words(&lower, "again")
        && !says_fixed(sentence)
        && !sentence.trim_end().ends_with('?')
        && !lower.contains("please")
}

/// Words that make a fix wanted or to come, not done ("I need it fixed now", STAR
/// star-2605; "It will be resolved", "Please get it sorted", "if it works").
const NOT_YET: &[&str] = &[
    "need",
    "needs",
    "needed",
    "want",
    "wants",
    "wanted",
    "hope",
    "hoping",
    "hopefully",
    "until",
    "unless",
    "if",
    "when",
    "before",
    "should",
    "must",
    "will",
    "would",
    "could",
    "can",
    "please",
    "be",
    "get",
];

/// Whether `sentence` says the problem is over: a phrase of [`FIXED`], no question, no
/// word of a fix wanted or to come ([`NOT_YET`]) and no negation but a "No" that opens
/// it ("No, it works now") and "never mind".
fn says_fixed(sentence: &str) -> bool {
    if sentence.trim_end().ends_with('?') || !FIXED.is_match(sentence) || words(sentence) < 2 {
        return false;
    }
    let lower = lowered(sentence)
        .replace("never mind", "")
        .replace("nevermind", "");
    // "It's fine now, but the package is still missing": the problem is not over.
    if let Some((_, tail)) = lower.split_once(" but ")
        && (persists(tail) || super::contains_words(tail, "still"))
    {
        return false;
    }
    // "It works for me" agrees to what the bot offered, as "That works" does.
    !lower.contains("works for")
        && !split_words(&lower)
            .enumerate()
            .any(|(i, w)| (negates(w) && !(i == 0 && w == "no")) || NOT_YET.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::says_fixed;

    #[test]
    fn a_fix_is_told_from_a_problem() {
        for fix in [
            "It's fine now.",
            "Never mind, it works.",
            "No, it works now",
            "Oh wait, I figured it out!",
            "ok that worked, thanks",
            "you fixed it, thanks",
            "It's working again",
        ] {
            assert!(says_fixed(fix), "{fix}");
        }
        for not in [
            "It's not fixed.",
            "It isn't working now",
            "Is it fixed?",
            "Never mind, it still doesn't work",
            "I can't log in",
            "I need it fixed now.",
            "Please get it sorted",
            "It will be resolved today",
            "Alright thanks, I'm good now.",
            "My food is on the way so it's all good.",
            "Let's start with 2, since I solved 1 yesterday.",
            "ok now book it",
            "That works for me!",
            "Great, that works.",
            "Find me any time that works then",
            "Yes, it works for me",
            "It's fine now, but the package is still missing.",
            "Hopefully it's fine now.",
        ] {
            assert!(!says_fixed(not), "{not}");
        }
    }
}
