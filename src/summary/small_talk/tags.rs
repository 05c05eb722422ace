//! Tag questions as a whole clause: a question's last clause and the question → whether
//! the clause is a tag that asks for no answer ("Trying to take a day off, you know what
//! I mean?") after a statement, or one that puts a judgement as a question ("That's
//! ridiculous, right?"); not after a clause that asks ("Can you check my balance, you
//! know what I mean?", "You can refund it, right?") nor after a fact to confirm ("It
//! ships today, right?").

use super::{REQUESTS, last_clause, phrase_at};

/// Whether `words`, the words of the last clause of `lower` (a question in lower case),
/// are a tag ([`TAG_CLAUSES`]) after a statement, or a tag of agreement
/// ([`AGREEMENT_TAGS`]) after a judgement ([`judges`]), and nothing before them asks
/// ([`asks_before`]).
pub(super) fn is_tag_clause(words: &[&str], lower: &str) -> bool {
    if TAG_CLAUSES.contains(&words) {
        return !asks_before(before_last_clause(lower));
    }
    if !AGREEMENT_TAGS.contains(&words) {
        return false;
    }
    let before = before_last_clause(lower);
    judges(last_clause(before)) && !asks_before(before)
}

/// Tags that ask to be agreed with ("…, right?", "…, don't you think?"): after a
/// judgement ([`judges`]: "That's ridiculous, right?") they ask nothing of the agent
/// (a review found it a question still open); after a fact they ask to confirm it ("It
/// ships today, right?") and stay open.
const AGREEMENT_TAGS: &[&[&str]] = &[
    &["right"],
    &["don't", "you", "think"],
    &["dont", "you", "think"],
    &["wouldn't", "you", "agree"],
    &["wouldnt", "you", "agree"],
    &["wouldn't", "you", "say"],
    &["agreed"],
    &["eh"],
    &["yeah"],
];

/// Words that judge what they follow "is" with ("That's ridiculous", "This is
/// unacceptable"): a complaint, never a fact to confirm. Not "scam", "joke", "ripoff"
/// nor "robbery": "So that's a scam, right?" of a text asking for a PIN is a bank
/// customer checking, a real question (a second review found it dropped). Not "wrong", "bad" nor "normal": "That's
/// wrong, right?" of a charge, "that's bad, right?" of an error code ask the agent to
/// say so.
const JUDGEMENTS: &[&str] = &[
    "absurd",
    "annoying",
    "appalling",
    "awful",
    "bs",
    "bullshit",
    "crazy",
    "disgraceful",
    "dumb",
    "frustrating",
    "horrible",
    "infuriating",
    "insane",
    "insulting",
    "lame",
    "ludicrous",
    "madness",
    "nonsense",
    "nuts",
    "outrageous",
    "pathetic",
    "ridiculous",
    "rude",
    "shameful",
    "shocking",
    "silly",
    "stupid",
    "terrible",
    "unacceptable",
    "unbelievable",
    "unfair",
    "unprofessional",
];

/// Whether `lower` (a word in lower case) judges what "is" says it of ([`JUDGEMENTS`]:
/// "ridiculous", "terrible"): after "It is" in a reply to a security question it is no
/// answer ("It's ridiculous").
pub(in crate::summary) fn is_judgement(lower: &str) -> bool {
    JUDGEMENTS.contains(&lower)
}

/// What a judgement says after "not" ("That's not fair, right?").
const NOT_OK: &[&str] = &["fair", "ok", "okay", "acceptable", "cool", "right"];

/// Words that say "is" in a judgement, after its subject or with it.
const COPULAS: &[&str] = &[
    "is", "was", "are", "were", "that's", "thats", "it's", "its", "this's", "you're", "youre",
    "they're", "theyre",
];

/// Words between "is" and the judgement that leave it one ("so", "just", "a": "That's
/// just absurd").
const INTENSIFIERS: &[&str] = &[
    "a",
    "an",
    "absolutely",
    "bit",
    "complete",
    "completely",
    "frankly",
    "honestly",
    "just",
    "kinda",
    "little",
    "pretty",
    "quite",
    "really",
    "simply",
    "so",
    "such",
    "total",
    "totally",
    "truly",
    "utterly",
    "very",
];

/// Whether `clause` (lower case) judges: a word that says "is" among its first four
/// ([`COPULAS`]), then, past words that only stress it ([`INTENSIFIERS`]), a judgement
/// ([`JUDGEMENTS`]) or "not" and what is not ([`NOT_OK`]): "that's ridiculous", "this
/// is so unacceptable", "your fees are outrageous", "that's not fair".
fn judges(clause: &str) -> bool {
    let words: Vec<&str> = clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    let Some(at) = words.iter().take(4).position(|w| COPULAS.contains(w)) else {
        return false;
    };
    let mut rest = words[at + 1..]
        .iter()
        .skip_while(|w| INTENSIFIERS.contains(w));
    match rest.next() {
        Some(&"not") => rest.next().is_some_and(|w| NOT_OK.contains(w)),
        Some(w) => JUDGEMENTS.contains(w),
        None => false,
    }
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
/// the questions still open). Not what they could do instead, said with "just",
/// "always", "easily" or "simply" after the verb: "I could just switch banks, you know
/// what I mean?" threatens, and asks nothing (a second review found it still open).
fn asks_to_confirm(words: &[&str]) -> bool {
    const MAY: &[&str] = &["can", "could", "may"];
    const INSTEAD: &[&str] = &["just", "always", "easily", "simply"];
    words.iter().enumerate().any(|(i, w)| {
        if *w != "i" {
            return false;
        }
        let mut after = words[i + 1..]
            .iter()
            .skip_while(|w| matches!(**w, "still" | "also"));
        after.next().is_some_and(|w| MAY.contains(w))
            && !after.next().is_some_and(|w| INSTEAD.contains(w))
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

    /// Regression (a second review): a tag after a complaint or a threat was a question
    /// still open ("That's ridiculous, right?", "I could just switch banks, you know
    /// what I mean?"); it asks nothing of the agent. A tag after a request, or after a
    /// fact to confirm, still asks.
    #[test]
    fn a_tag_after_a_judgement_or_a_threat_asks_nothing() {
        for tag in [
            "That's ridiculous, right?",
            "That’s ridiculous, right?",
            "This is so unacceptable, don't you think?",
            "I was charged twice, that's just ridiculous, right?",
            "Your fees are outrageous, right?",
            "That's not fair, right?",
            "That's insane, eh?",
            "I could just switch banks, you know what I mean?",
            "I can always go elsewhere, you know what I mean?",
        ] {
            assert!(is_tag_question(tag), "{tag}");
        }
        for question in [
            "You can refund it, right?",
            "It ships today, right?",
            "It ships today, doesn't it?",
            "That's wrong, right?",
            "That's not normal, right?",
            "Can you refund me, that's ridiculous, right?",
            "That's ridiculous, can you refund it?",
            "The ridiculous fee is gone, right?",
            "I could still get a refund, right, you know what I mean?",
            "I could get a refund, you know what I mean?",
            "Right?",
            // Regression (a third review): a scam checked is a real question.
            "So that's a scam, right?",
            "That's a scam, right?",
            "That's a joke, right?",
            "This is fraud, right?",
        ] {
            assert!(!is_tag_question(question), "{question}");
        }
    }
}
