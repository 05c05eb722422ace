//! The summary as a side panel's lines: its parts → at most [`MAX_BULLETS`] bullets in
//! [`MAX_CHARS`] characters.

use super::sentences::clip;
use super::{MAX_BULLETS, MAX_CHARS, Summary, facts};

/// The summary as at most five lines within [`MAX_CHARS`].
pub(crate) fn bullets(s: &Summary) -> Vec<String> {
    let mut out = Vec::new();
    // An unanswered goal is said once, as such; so is one that ends with the open
    // question ("I was charged twice. Can you refund it?": a review found "Still open:
    // Can you refund it?" beside it).
    let in_goal = |q: &String| {
        s.goal
            .as_ref()
            .is_some_and(|g| g == q || g.strip_suffix(q.as_str()).is_some_and(|b| b.ends_with(' ')))
    };
    let goal_open = s.open_questions.iter().any(in_goal);
    if let Some(goal) = &s.goal {
        let label = if goal_open {
            "Goal (unanswered)"
        } else {
            "Goal"
        };
        match &s.goal_update {
            // "Goal: I need to reserve flight 820. Then: The flight ID is actually 596."
            Some(update) if goal.ends_with(['.', '!', '?']) => {
                out.push(format!("{label}: {goal} Then: {update}"));
            }
            Some(update) => out.push(format!("{label}: {goal}; then: {update}")),
            None => out.push(format!("{label}: {goal}")),
        }
    }
    let open: Vec<&str> = s
        .open_questions
        .iter()
        .filter(|q| !in_goal(q))
        .map(String::as_str)
        .collect();
    if !open.is_empty() {
        out.push(format!("Still open: {}", open.join(" / ")));
    }
    let mut known = Vec::new();
    if !s.topics.is_empty() {
        known.push(format!("Topics: {}.", s.topics.join(", ")));
    }
    if !s.facts.is_empty() {
        let facts: Vec<_> = s.facts.iter().take(6).map(facts::shown).collect();
        known.push(format!("Facts: {}.", facts.join("; ")));
    }
    if !known.is_empty() {
        out.push(known.join(" "));
    }
    if !s.bot_answers.is_empty() || s.bot_fallbacks > 0 {
        let mut tried: Vec<String> = s.bot_answers.iter().map(|a| format!("“{a}”")).collect();
        if s.bot_fallbacks > 0 {
            tried.push(format!("failed to understand {}", times(s.bot_fallbacks)));
        }
        out.push(format!("Bot tried: {}", tried.join("; ")));
    }
    out.push(match &s.last_customer_message {
        Some(said) => format!("Mood: {}. Last said: “{said}”", s.mood.trajectory),
        None => format!("Mood: {}", s.mood.trajectory),
    });
    out.truncate(MAX_BULLETS);
    fit(&mut out, MAX_CHARS);
    out
}

fn times(n: usize) -> String {
    match n {
        1 => "once".to_owned(),
        2 => "twice".to_owned(),
        n => format!("{n} times"),
    }
}

/// Shortens the longest lines until all of them together fit in `max` characters.
fn fit(lines: &mut [String], max: usize) {
    loop {
        let total: usize = lines.iter().map(|l| l.chars().count()).sum();
        if total <= max {
            return;
        }
        let Some(longest) = lines.iter_mut().max_by_key(|l| l.chars().count()) else {
            return;
        };
        let len = longest.chars().count();
        let keep = len.saturating_sub(total - max).max(40);
        if keep >= len {
            return;
        }
        *longest = clip(longest, keep);
    }
}
