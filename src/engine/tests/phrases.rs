//! Phrase and regex matching: evidence quoting the text as typed (any Unicode form),
//! built-in phrases reweighted or excluded, inline phrases and regexes, regexes gated by
//! their words, and a phrase set too large for the small automaton.

use super::*;

#[test]
fn evidence_quotes_the_customers_own_words() {
    let e = engine(BASIC);
    let o = run(&e, &[("customer", "Honestly, it’s TOO EXPENSIVE for us.")]);
    assert_eq!(
        o.triggers[0].evidence,
        [Evidence::Match {
            turn: 1,
            role: Role::Customer,
            signal: "pricing".into(),
            text: "TOO EXPENSIVE".into(),
        }]
    );
}

/// A phrase written composed matches the same word typed decomposed
/// or in full-width letters, and the evidence quotes the text as it was typed.
#[test]
fn phrases_match_text_in_any_unicode_form() {
    let e = engine(
        r"
version: 1
signals:
  - { id: place, phrases: [café open] }
triggers:
  - id: place
    when: { message: { role: customer, signal: place } }
",
    );
    for typed in [
        "Is the cafe\u{301} open?",
        "Is the ＣＡＦＥ́ open?",
        "Is the CAFÉ OPEN?",
    ] {
        let o = run(&e, &[("customer", typed)]);
        let quoted = typed["Is the ".len()..typed.len() - 1].to_owned();
        assert_eq!(
            o.triggers[0].evidence,
            [Evidence::Match {
                turn: 1,
                role: Role::Customer,
                signal: "place".into(),
                text: quoted,
            }],
            "{typed:?}"
        );
    }
}

const OVERRIDES: &str = r"
version: 1
signals:
  - id: frustration
    builtin: frustration
    phrases:
      - { phrase: Ridiculous, weight: 0.5 }
      - { phrase: i give up, weight: 0 }
    exclude: [stupid, Are you serious?]
triggers:
  - { id: f, when: { message: { role: customer, signal: frustration } } }
";

#[test]
fn built_in_phrases_can_be_reweighted_disabled_and_excluded() {
    let e = engine(OVERRIDES);
    assert!(
        !run(&e, &[("customer", "that is ridiculous")]).escalated,
        "the author's weight replaces the built-in 2"
    );
    assert!(
        run(&e, &[("customer", "ridiculous, and so annoying, ugh")]).escalated,
        "0.5 + 1 + 1"
    );
    assert!(!run(&e, &[("customer", "ok I give up, see you")]).escalated);
    assert!(!run(&e, &[("customer", "stupid printer, are you serious")]).escalated);
    assert!(
        run(&e, &[("customer", "this is ridiculous")]).escalated,
        "a longer built-in phrase is untouched"
    );
    assert!(run(&e, &[("customer", "what a waste of time")]).escalated);
    let rules = e.rules();
    let f = &rules.signals[0];
    assert!(!f.phrases.iter().any(|p| p.normalized == " i give up "));
    assert!(!f.phrases.iter().any(|p| p.normalized == " stupid "));
    let ridiculous: Vec<_> = f
        .phrases
        .iter()
        .filter(|p| p.normalized == " ridiculous ")
        .collect();
    assert_eq!(ridiculous.len(), 1, "replaced, not added");
    assert!((ridiculous[0].weight - 0.5).abs() < f64::EPSILON);
    assert_eq!(ridiculous[0].replaces_builtin, Some(2.0));
}

#[test]
fn explain_shows_the_effective_weight() {
    let e = engine(OVERRIDES);
    let trace = e.trace(&conversation(&[("customer", "that is ridiculous")], &[]));
    let score = &trace.steps[0].signals[0];
    assert!((score.score - 0.5).abs() < f64::EPSILON, "{score:?}");
    assert!(!score.matched);
}

#[test]
fn inline_phrases_and_regexes_in_message_conditions() {
    let e = engine(
        r#"
version: 1
triggers:
  - id: code
    when:
      any:
        - message: { role: customer, regex: ['\berr-\d{3}\b'] }
        - message: { role: customer, phrases: ["stack trace"] }
"#,
    );
    let o = run(&e, &[("customer", "I get ERR-503 when saving")]);
    assert_eq!(
        o.triggers[0].evidence,
        [Evidence::Match {
            turn: 1,
            role: Role::Customer,
            signal: "code/inline".into(),
            text: "ERR-503".into(),
        }]
    );
    let o = run(&e, &[("customer", "here is the stack-trace")]);
    assert!(o.escalated);
    // A second inline signal of the same trigger is numbered (ids were the
    // rule set's internal `code#1`).
    assert_eq!(
        o.triggers[0].evidence,
        [Evidence::Match {
            turn: 1,
            role: Role::Customer,
            signal: "code/inline-2".into(),
            text: "stack-trace".into(),
        }]
    );
}

/// A regex of common words with a rare one runs only where the phrase walk finds the
/// rare word (`engine::words`): alone, and among more regexes than run one by one.
#[test]
fn regexes_gated_by_their_words_still_match() {
    for extra in [0, 20] {
        let mut regexes = vec![r"'\b(?:my|our)\s+(?:lawyers?|attorneys?)\s+will\b'".to_owned()];
        regexes.extend((0..extra).map(|i| format!("'\\bcase-{i}-\\d+\\b'")));
        let e = engine(&format!(
            "
version: 1
signals:
  - {{ id: threat, regex: [{}] }}
  - {{ id: fee, phrases: [late fee] }}
triggers:
  - {{ id: threat, when: {{ message: {{ role: customer, signal: threat }} }} }}
",
            regexes.join(", ")
        ));
        let o = run(
            &e,
            &[(
                "customer",
                "Fine. MY LAWYER WILL call you, and our Attorneys will too",
            )],
        );
        assert_eq!(
            o.triggers[0].evidence,
            [Evidence::Match {
                turn: 1,
                role: Role::Customer,
                signal: "threat".into(),
                text: "MY LAWYER WILL".into(),
            }],
            "{extra} more regexes"
        );
        assert!(!run(&e, &[("customer", "my lawyer is on holiday")]).escalated);
        assert!(!run(&e, &[("customer", "my late fee will go")]).escalated);
        assert!(!run(&e, &[("customer", "")]).escalated);
    }
    // Without phrases there is no walk: the regex runs as it is.
    let e = engine(
        r"
version: 1
triggers:
  - { id: threat, when: { message: { role: customer, regex: ['\bmy lawyer will\b'] } } }
",
    );
    assert!(run(&e, &[("customer", "My lawyer will call")]).escalated);
}

/// Past `DFA_MAX_PATTERNS` phrases the automaton is another kind; matching is the same.
#[test]
fn a_large_phrase_set_matches_like_a_small_one() {
    let phrases: Vec<String> = (0..2_500).map(|i| format!("code {i} failed")).collect();
    let yaml = format!(
        "version: 1
signals:
  - {{ id: codes, phrases: [{}] }}
triggers:
  - {{ id: codes, when: {{ message: {{ role: customer, signal: codes }} }} }}
teams:
  - {{ id: support, name: Support }}
default_route: {{ team: support }}
",
        phrases.join(", ")
    );
    let engine = engine(&yaml);
    let outcome = run(
        &engine,
        &[("customer", "Hi, CODE 2499 FAILED again, and code 7 failed")],
    );
    assert_eq!(outcome.escalation_turn, Some(1));
    let quoted: Vec<&str> = outcome.triggers[0]
        .evidence
        .iter()
        .filter_map(|e| match e {
            Evidence::Match { text, .. } => Some(text.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(quoted, ["CODE 2499 FAILED", "code 7 failed"]);
    assert!(!run(&engine, &[("customer", "code 2500 failed")]).escalated);
}
