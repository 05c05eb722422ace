//! Tests of negation through a cancelled phrase: what the scan counts, and what
//! `explain` lists as cancelled.

// Scores here are sums of whole weights: exact.
#![allow(clippy::float_cmp)]

use std::path::PathBuf;

use super::super::{Hits, Matcher, RepeatMemory};
use super::{Cancellation, Cancelled};
use crate::rules::parse_rule_set;
use crate::transcript::Role;

fn matcher(signals: &str) -> Matcher {
    let yaml = format!(
        "version: 1\nsignals:\n{signals}\ntriggers:\n  - {{ id: t, when: {{ message: {{ signal: s }} }} }}\n"
    );
    let rules = parse_rule_set(vec![(PathBuf::from("r.yaml"), yaml)]).unwrap();
    Matcher::compile(&rules, &[], false).unwrap()
}

/// Signal `signal`'s score in `text`, and the words of its evidence.
fn scan(m: &Matcher, text: &str, signal: usize) -> (f64, Vec<String>) {
    let mut hits = Hits::default();
    let mut memory = RepeatMemory::default();
    m.scan(
        text,
        Role::Customer,
        None,
        m.everything(),
        &mut hits,
        &mut memory,
    );
    let spans = hits.spans(signal).iter();
    let words = spans.map(|s| text[s.start as usize..s.end as usize].to_owned());
    (hits.score(signal), words.collect())
}

fn score(m: &Matcher, text: &str) -> f64 {
    scan(m, text, 0).0
}

/// The audit's rules: "cancel my plan" and the "my plan" inside it.
const PLAN: &str = "  - { id: s, negation: true, phrases: [cancel my plan, my plan] }";

/// "don't" cancelled “cancel my plan”, but “my plan” inside it, four words from
/// the “don't”, still matched (`explain` escalated with evidence “my plan”).
#[test]
fn a_phrase_inside_a_cancelled_phrase_is_cancelled_with_it() {
    let m = matcher(PLAN);
    assert_eq!(score(&m, "I don't want to cancel my plan"), 0.0);
    assert_eq!(score(&m, "I don't want my plan"), 0.0);
    // Not negated: the long phrase counts once, the short one inside it not again.
    assert_eq!(
        scan(&m, "I want to cancel my plan", 0),
        (1.0, vec!["cancel my plan".to_owned()])
    );
    // The same words again, out of the negation's reach, count.
    assert_eq!(
        scan(&m, "I don't want to cancel my plan but my plan is awful", 0),
        (1.0, vec!["my plan".to_owned()])
    );
}

#[test]
fn a_phrase_starting_inside_a_cancelled_phrase_is_cancelled_link_by_link() {
    let m = matcher(
        "  - { id: s, negation: true, phrases: [cancel my plan, my plan today, today please] }",
    );
    assert_eq!(score(&m, "I don't want to cancel my plan today"), 0.0);
    assert_eq!(
        score(&m, "I don't want to cancel my plan today please"),
        0.0
    );
    assert_eq!(score(&m, "I want to cancel my plan today please"), 3.0);
    // Next to a cancelled phrase, sharing no word, is not inside it.
    let m = matcher("  - { id: s, negation: true, phrases: [cancel my plan, today] }");
    assert_eq!(
        scan(&m, "I don't want to cancel my plan today", 0),
        (1.0, vec!["today".to_owned()])
    );
}

#[test]
fn a_clause_break_ends_the_negation_inside_a_phrase() {
    let m = matcher(PLAN);
    // “cancel my plan” matches across the full stop and is cancelled; “my plan” is in
    // the next clause, which the “don't” does not reach.
    assert_eq!(
        scan(&m, "I don't want to cancel. My plan is too dear", 0),
        (1.0, vec!["My plan".to_owned()])
    );
    assert_eq!(score(&m, "I don't want to cancel, my plan"), 1.0);
    assert_eq!(score(&m, "I don't want to cancel my, plan"), 0.0);
}

#[test]
fn cancelled_weights_do_not_reach_a_threshold() {
    let m = matcher(
        "  - { id: s, negation: true, threshold: 2, phrases: [cancel my plan, my plan, refund] }",
    );
    // Before: “my plan” (1) and “refund” (1) reached 2.
    assert_eq!(score(&m, "I don't want to cancel my plan refund"), 1.0);
    assert_eq!(score(&m, "I want to cancel my plan refund"), 2.0);
}

#[test]
fn another_signals_phrase_is_judged_on_its_own() {
    let m = matcher(
        "  - { id: s, negation: true, phrases: [cancel my plan] }
  - { id: plain, phrases: [my plan] }
  - { id: aware, negation: true, phrases: [my plan] }",
    );
    let text = "I don't want to cancel my plan";
    assert_eq!(scan(&m, text, 0).0, 0.0);
    assert_eq!(scan(&m, text, 1).0, 1.0, "no negation: never cancelled");
    assert_eq!(scan(&m, text, 2).0, 1.0, "four words from the negation");
    assert_eq!(scan(&m, "I don't want my plan", 2).0, 0.0);
}

#[test]
fn a_signal_without_negation_counts_every_phrase() {
    let m = matcher("  - { id: s, phrases: [cancel my plan, my plan] }");
    assert_eq!(score(&m, "I don't want to cancel my plan"), 1.0);
}

#[test]
fn an_intensifier_cancels_nothing_inside_a_phrase() {
    let m = matcher("  - { id: s, negation: true, phrases: [how ridiculous, ridiculous] }");
    assert_eq!(score(&m, "I can't believe how ridiculous this is"), 1.0);
    assert_eq!(score(&m, "it is not how ridiculous it is"), 0.0);
}

fn cancellation(phrase: &str, negation: &str, through: Option<(&str, bool)>) -> Cancellation {
    Cancellation {
        phrase: phrase.to_owned(),
        negation: negation.to_owned(),
        through: through.map(|(t, inside)| (t.to_owned(), inside)),
    }
}

#[test]
fn explain_lists_what_a_negation_cancelled_through_a_phrase() {
    let m = matcher(PLAN);
    assert_eq!(
        m.negated("I DON'T want to cancel my plan", 0),
        [
            cancellation("cancel my plan", "DON'T", None),
            cancellation("my plan", "DON'T", Some(("cancel my plan", true))),
        ]
    );
    assert_eq!(
        m.negated("I don't want to cancel. My plan is fine", 0),
        [cancellation("cancel. My plan", "don't", None)]
    );
    let m = matcher("  - { id: s, negation: true, phrases: [cancel my plan, my plan today] }");
    assert_eq!(
        m.negated("I never want to cancel my plan today", 0),
        [
            cancellation("cancel my plan", "never", None),
            cancellation("my plan today", "never", Some(("cancel my plan", false))),
        ]
    );
    assert_eq!(m.negated("cancel my plan today", 0), []);
}

/// Each of these escalated through a phrase inside (or
/// overlapping) the negated one. The last two needed the longer phrase in the lexicon
/// (“speak to a real human”, “this is a waste of time”), within the negation's reach.
#[test]
fn the_built_in_lexicons_cancel_what_lies_in_a_negated_phrase() {
    let m = matcher("  - { id: s, builtin: human_request }\n  - { id: f, builtin: frustration }");
    for (text, signal) in [
        ("I don't want to talk to a real person", 0),
        ("I don't want to speak to a real human being", 0),
        ("I don't think this is ridiculous", 1),
        ("I do not think this is a waste of time", 1),
    ] {
        assert_eq!(scan(&m, text, signal).0, 0.0, "{text}");
    }
    assert_eq!(
        scan(&m, "I want to speak to a real human being", 0),
        (
            2.0,
            vec!["speak to a real human".to_owned(), "human being".to_owned()]
        )
    );
    assert_eq!(
        scan(&m, "honestly this is a waste of time", 1),
        (2.0, vec!["this is a waste of time".to_owned()])
    );
}

proptest::proptest! {
    /// With phrases of one weight, no two inside a third, negation only takes away: the
    /// scan of a negation-aware signal scores at most what the same phrases score
    /// without negation, exactly that when `explain` lists nothing cancelled; and
    /// nothing panics, whatever the text.
    #[test]
    fn negation_takes_away_only_what_explain_lists(words in proptest::collection::vec(
        proptest::prop_oneof![
            "i|dont|don’t|want|to|cancel|my|plan|today|please|not|never|can't|believe|é",
            "[.,!?]",
        ],
        0..14,
    )) {
        let m = matcher(
            "  - { id: s, negation: true, phrases: [cancel my plan, my plan today, my plan, today please] }
  - { id: p, phrases: [cancel my plan, my plan today, my plan, today please] }",
        );
        let text = words.join(" ");
        let (aware, plain) = (scan(&m, &text, 0).0, scan(&m, &text, 1).0);
        proptest::prop_assert!(aware <= plain, "{text}");
        if m.negated(&text, 0).is_empty() {
            proptest::prop_assert_eq!(aware, plain, "{}", text);
        }
    }
}

/// The lookup as it was before it read only the cancelled matches near a match: every
/// one searched, in order (a pass over all of them for each match, the square of a long
/// message's length). The oracle for the lookup that replaced it.
fn cancel_through_by_search(hits: &mut Hits) {
    let Hits {
        candidates,
        cancelled,
        normalized,
        ..
    } = hits;
    candidates.retain(|&(signal, start, end, entry, _)| {
        let Some(c) = cancelled
            .iter()
            .find(|c| super::starts_inside(normalized, c, signal, start))
        else {
            return true;
        };
        let negation = c.negation;
        cancelled.push(Cancelled {
            signal,
            start,
            end,
            negation,
            entry: Some(entry),
        });
        false
    });
}

/// Hits over `text` with matches made of `picks` (signal, first word, words, negation
/// words back), word-aligned and padded as the scan's are: the first `scanned` cancelled
/// by a negation in the scan's order, the rest candidates sorted as `score_phrases`
/// sorts them.
fn hits_of(text: &str, picks: &[(usize, usize, usize, usize)], scanned: usize) -> Hits {
    let mut hits = Hits::default();
    hits.normalized.set(text);
    let spaces: Vec<usize> = (hits.normalized.as_bytes().iter())
        .enumerate()
        .filter(|&(_, &b)| b == b' ')
        .map(|(i, _)| i)
        .collect();
    for (n, &(signal, first, words, back)) in (0u32..).zip(picks) {
        let Some(last) = spaces.len().checked_sub(1) else {
            break;
        };
        let i = first % last.max(1);
        let j = (i + words).min(last);
        if j <= i {
            continue;
        }
        let (start, end) = (spaces[i], spaces[j] + 1);
        if (n as usize) < scanned {
            let k = i.saturating_sub(back + 1);
            let negation = (spaces[k] + 1, spaces[k + 1].max(spaces[k] + 1));
            let entry = Some(n);
            let c = Cancelled {
                signal,
                start,
                end,
                negation,
                entry,
            };
            hits.cancelled.push(c);
        } else {
            hits.candidates.push((signal, start, end, n, 1.0));
        }
    }
    hits.candidates
        .sort_by(|a, b| (a.0, a.1, b.2).cmp(&(b.0, b.1, a.2)));
    hits
}

proptest::proptest! {
    /// The scan's cancelled matches come in any order, those cancelled through them
    /// sorted: the lookup of the near ones takes the one a search of all of them takes.
    #[test]
    fn the_near_lookup_cancels_as_a_search_of_every_match(
        words in proptest::collection::vec(
            proptest::sample::select(vec!["not", "why", "my", "plan", "so", ",", "today."]),
            1..40,
        ),
        picks in proptest::collection::vec((0usize..2, 0usize..64, 1usize..5, 0usize..4), 0..30),
        scanned in 0usize..30,
    ) {
        let text = words.join(" ");
        let mut near = hits_of(&text, &picks, scanned);
        let mut all = hits_of(&text, &picks, scanned);
        Matcher::cancel_through(&mut near);
        cancel_through_by_search(&mut all);
        proptest::prop_assert_eq!(&near.candidates, &all.candidates);
        proptest::prop_assert_eq!(&near.cancelled, &all.cancelled);
    }
}
