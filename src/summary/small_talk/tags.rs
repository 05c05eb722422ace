//! Tag questions as a whole clause: a question's last clause and the question → whether
//! the clause is a tag that asks for no answer ("Trying to take a day off, you know what
//! I mean?") after a statement; not after a clause that asks ("Can you check my
//! balance, you know what I mean?").

use super::{REQUESTS, last_clause, phrase_at};

/// Whether `words`, the words of the last clause of `lower` (a question in lower case),
/// are a tag ([`TAG_CLAUSES`]) after a statement: nothing before them asks
/// ([`asks_before`]).
pub(super) fn is_tag_clause(words: &[&str], lower: &str) -> bool {
    TAG_CLAUSES.contains(&words) && !asks_before(before_last_clause(lower))
}

/// Tag questions that are a whole clause after a statement ("Trying to take a day off,
/// you know what I mean?", STAR star-254): they ask for no answer, unless what comes
/// before them asks ([`asks_before`]). "…, you know?" needs none: a clause to the
/// assistant with no word of the customer's is small talk already.
const TAG_CLAUSES: &[&[&str]] = &[
    &["you", "know", "what", "i", "mean"],
    &["you", "know", "what", "i", "meant"],
    &["know", "what", "i", "mean"],
    &["if", "you", "know", "what", "i", "mean"],
    &["you", "know", "what", "i'm", "saying"],
];

/// Words that open a clause that asks, before a tag ([`TAG_CLAUSES`]): "Can you check
/// my balance, you know what I mean?" asks for the balance.
const ASKS: &[&str] = &[
    "what", "what's", "whats", "when", "where", "who", "why", "how", "which", "can", "could",
    "will", "would", "is", "are", "do", "does", "did", "should", "may", "any",
];

/// Whether `before`, what comes before a tag question's clause (lower case), asks: a
/// clause of it opens with a word that asks ([`ASKS`]), holds "whether" ("I'm asking
/// whether you can waive the fee"), puts something to the assistant
/// ([`asks_the_assistant`]) or holds a request ([`REQUESTS`]).
fn asks_before(before: &str) -> bool {
    before.split([',', ';', '.', '!', '?']).any(|clause| {
        let words: Vec<&str> = clause
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .collect();
        words.first().is_some_and(|w| ASKS.contains(w))
            || words.contains(&"whether")
            || asks_the_assistant(&words)
            || asks_to_confirm(&words)
            || REQUESTS
                .iter()
                .any(|r| (0..words.len()).any(|i| phrase_at(&words[i..], r).is_some()))
    })
}

/// Whether `words`, a clause, puts something to the assistant: "you" (or "you guys")
/// before a modal ("You guys can refund me, you know what I mean?" asks for a refund).
fn asks_the_assistant(words: &[&str]) -> bool {
    const MODALS: &[&str] = &["can", "could", "will", "would", "should", "must"];
    words.windows(2).enumerate().any(|(i, pair)| {
        pair[0] == "you"
            && (MODALS.contains(&pair[1])
                || (pair[1] == "guys" && words.get(i + 2).is_some_and(|w| MODALS.contains(w))))
    })
}

/// Whether `words`, a clause, says what the customer may still do ("I can still
/// cancel for free, you know what I mean?", "I could get a refund"): "I" before "can",
/// "could" or "may" (with "still" or "also" between), a statement the customer wants
/// confirmed, which a tag after it puts as a question (a review found it left out of
/// the questions still open).
fn asks_to_confirm(words: &[&str]) -> bool {
    const MAY: &[&str] = &["can", "could", "may"];
    words.iter().enumerate().any(|(i, w)| {
        *w == "i"
            && words[i + 1..]
                .iter()
                .find(|w| !matches!(**w, "still" | "also"))
                .is_some_and(|w| MAY.contains(w))
    })
}

/// What comes before the last clause of `lower` ([`last_clause`]).
fn before_last_clause(lower: &str) -> &str {
    let last = last_clause(lower);
    // `last_clause` gives a piece of `lower` itself: where it starts, by address.
    let at = (last.as_ptr() as usize).saturating_sub(lower.as_ptr() as usize);
    lower.get(..at).unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::super::{is_small_talk, is_tag_question};

    /// Regression (STAR star-254, star-5675, star-5857): "You know what I mean?" after
    /// a statement was a question still open; a tag, it asks for nothing. After a
    /// clause that asks, the question is that clause's. Not small talk: a statement
    /// before the tag stays a goal (a review found "My card keeps getting declined at
    /// the pump, you know what I mean?" lost as one).
    #[test]
    fn a_tag_question_after_a_statement_is_no_open_question() {
        for tag in [
            "You know what I mean?",
            "Trying to take a day off, you know what I mean?",
            "You know if wage inequality was not such a big problem in this country, I would not have to count pennies, you know what I mean?",
            "I hope it's not more of a family, bring babies type of place, you know what I mean?",
        ] {
            assert!(is_tag_question(tag), "{tag}");
        }
        let goal = "My card keeps getting declined at the pump, you know what I mean?";
        assert!(is_tag_question(goal) && !is_small_talk(goal), "{goal}");
        for question in [
            "Can you check my balance, you know what I mean?",
            // A review found these lost as questions still open.
            "I'm asking whether you can waive the late fee, you know what I mean?",
            "You guys can refund me, you know what i mean?",
            // A review: what the customer may do, said to be confirmed, asks.
            "I can still cancel for free, you know what I mean?",
            "I could still get a refund, right, you know what I mean?",
            "Is the Hilton near the river, you know what I mean?",
            "Do you know what I mean by premium?",
            "Do you know what time it is?",
            "You know what time my ride comes?",
        ] {
            assert!(!is_tag_question(question), "{question}");
        }
    }
}
