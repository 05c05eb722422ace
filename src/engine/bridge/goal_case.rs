//! The summary's goal where a bridge message writes it: the rendered text before it and
//! the goal → the goal as that place wants it. The summary writes the goal as a sentence
//! of its own ("Cancel my order"); in "I see you want to {{ summary.goal }}" that capital
//! is wrong ("… want to Cancel my order"), so where no sentence starts its first letter
//! is lower-cased, unless the first word is spelt so on purpose: "I", an acronym
//! ("VPN"), a word with a capital inside ("iPhone", `MacBook`). A sentence starts at
//! the beginning of the message or of a line (a list item), after `.`, `!`, `?` or `:`,
//! and right after an opening quote (`“{{ summary.goal }}”` quotes a sentence).
//!
//! The direct renderer knows what it has written; the engine's formatter marks the goal
//! where it writes it ([`GOAL_MARK`]) and [`place_marked`] settles it after the render, so
//! that both write the same. A first word that is a name ("Amazon charged me twice") is
//! lower-cased too: nothing tells it from "Cancel".
//!
//! A value of the context that holds the mark itself (a customer who typed U+E000, a
//! private-use character) would be taken for a goal: every value loses it when the
//! context is built ([`unmarked`]), so the only marks are the formatter's.

use std::borrow::Cow;

/// Written by the engine's formatter before a printed value that is the goal; removed by
/// [`place_marked`]. A private-use character, taken out of every value of the context
/// ([`unmarked`]).
pub(super) const GOAL_MARK: char = '\u{E000}';

/// Whether `text` holds [`GOAL_MARK`]. Asked of every value a template reads: a search
/// for its lead byte (0xEE, which only U+E000 to U+EFFF begin) passes over most text in
/// one `memchr`, where `str::contains` compared each three-byte window of a short value
/// (a name, an id) with `memcmp` (1.5 % of a replay's instructions).
pub(super) fn has_mark(text: &str) -> bool {
    memchr::memchr(0xEE, text.as_bytes()).is_some() && text.contains(GOAL_MARK)
}

/// `text` without [`GOAL_MARK`]: how every value of the context is given to a template,
/// by either renderer. Kept, a customer's `x\u{E000}Word` was cut at the mark by
/// [`place_marked`] and came out `xword` (and the direct path wrote the mark).
pub(super) fn unmarked(text: &str) -> Cow<'_, str> {
    if has_mark(text) {
        Cow::Owned(text.replace(GOAL_MARK, ""))
    } else {
        Cow::Borrowed(text)
    }
}

/// [`unmarked`], of a value that may already be owned (a masked one).
pub(super) fn unmarked_cow(text: Cow<'_, str>) -> Cow<'_, str> {
    match text {
        Cow::Owned(owned) if has_mark(&owned) => Cow::Owned(owned.replace(GOAL_MARK, "")),
        Cow::Owned(owned) => Cow::Owned(owned),
        Cow::Borrowed(text) => unmarked(text),
    }
}

/// Whether a sentence starts right after `before`, the message rendered so far.
pub(super) fn sentence_starts_after(before: &str) -> bool {
    if before.ends_with(['"', '“', '‘', '«', '„']) {
        return true;
    }
    let trimmed = before.trim_end();
    if before[trimmed.len()..].contains('\n') {
        return true;
    }
    let line = trimmed.rsplit('\n').next().unwrap_or(trimmed);
    !line.chars().any(char::is_alphanumeric) || trimmed.ends_with(['.', '!', '?', ':'])
}

/// `goal` as written after `before`: its first letter lower-cased where no sentence
/// starts, unless its first word is spelt with capitals on purpose.
pub(super) fn placed<'a>(goal: &'a str, before: &str) -> Cow<'a, str> {
    if sentence_starts_after(before) {
        return Cow::Borrowed(goal);
    }
    let start = goal.len() - goal.trim_start().len();
    let word = goal[start..].split_whitespace().next().unwrap_or("");
    let mut chars = word.chars();
    let Some(first) = chars.next().filter(|c| c.is_uppercase()) else {
        return Cow::Borrowed(goal);
    };
    // "I", "I'm", "I, um, …": the pronoun is followed by no letter.
    let pronoun = word
        .strip_prefix('I')
        .is_some_and(|rest| !rest.starts_with(char::is_alphabetic));
    if pronoun || chars.any(char::is_uppercase) {
        return Cow::Borrowed(goal);
    }
    let mut out = String::with_capacity(goal.len() + 2);
    out.push_str(&goal[..start]);
    out.extend(first.to_lowercase());
    out.push_str(&goal[start + first.len_utf8()..]);
    Cow::Owned(out)
}

/// The engine's output with each goal it marked placed ([`placed`]) and the marks gone.
pub(super) fn place_marked(text: String) -> String {
    if !has_mark(&text) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut parts = text.split(GOAL_MARK);
    out.push_str(parts.next().unwrap_or(""));
    for part in parts {
        let placed = placed(part, &out);
        out.push_str(&placed);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_goal_is_lower_cased_inside_a_sentence_only() {
        let goal = "Cancel my order from last week";
        for before in [
            "I see you want to ",
            "Hi Ana, about ",
            "so: you'd like to\t",
        ] {
            assert_eq!(
                placed(goal, before),
                "cancel my order from last week",
                "{before:?}"
            );
        }
        for before in [
            "",
            "Hi Ana. ",
            "Thanks!\n",
            "Your request: ",
            "Hi, I'm Sam.\n- ",
            "You wrote “",
            "  ",
            "Got it?  ",
        ] {
            assert_eq!(placed(goal, before), goal, "{before:?}");
        }
    }

    #[test]
    fn words_spelt_with_capitals_on_purpose_keep_them() {
        for goal in [
            "VPN keeps dropping",
            "iPhone screen cracked",
            "MacBook will not charge",
            "I want a refund",
            "I'm locked out",
            "I’d like to upgrade",
            "I, um, need a refund",
            "I... need a refund",
            "OK so the app crashes",
            "£40 was charged twice",
        ] {
            assert_eq!(placed(goal, "I see you want: to "), goal);
        }
        assert_eq!(
            placed("Éclair order missing", "about "),
            "éclair order missing"
        );
        assert_eq!(placed("A refund for $40", "about "), "a refund for $40");
        // A word starting with I is no pronoun; space before the goal stays.
        assert_eq!(placed("Internet is down", "about "), "internet is down");
        assert_eq!(placed(" Cancel it", "about "), " cancel it");
    }

    #[test]
    fn marked_goals_are_placed_and_the_marks_removed() {
        let m = GOAL_MARK;
        assert_eq!(
            place_marked(format!("{m}Cancel it. So you want to {m}Cancel it?")),
            "Cancel it. So you want to cancel it?"
        );
        assert_eq!(place_marked("no goal here".to_owned()), "no goal here");
        assert_eq!(place_marked(format!("{m}")), "");
    }

    #[test]
    fn values_lose_the_mark() {
        let m = GOAL_MARK;
        assert_eq!(unmarked(&format!("x{m}Word{m}")), "xWord");
        assert!(matches!(unmarked("plain"), Cow::Borrowed("plain")));
        assert_eq!(unmarked_cow(Cow::Owned(format!("{m}A"))), "A");
    }

    #[test]
    fn the_mark_is_told_from_its_neighbours_that_share_its_lead_byte() {
        assert!(has_mark(&format!("ab{GOAL_MARK}")));
        assert!(has_mark(&GOAL_MARK.to_string()));
        // U+E001 and U+EFFF begin with 0xEE too; U+00EE is 0xC3 0xAE.
        for other in ["\u{E001}", "\u{EFFF}", "î", "", "plain"] {
            assert!(!has_mark(other), "{other:?}");
        }
        assert!(matches!(unmarked("a\u{E001}b"), Cow::Borrowed(_)));
    }
}
