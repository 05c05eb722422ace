//! What is cut out of an item that did not parse, and when nothing is salvaged.

use super::super::parse;

const SIGNAL: &str = "version: 1\nsignals:\n  - id: s\n    threshold: \"2\"\n    phrases:\n      - { phrase: a, weight: 0 }\n      - { phrase: b, weight: \"2\" }\n";

#[test]
fn a_wrong_key_of_the_item_is_cut_out_and_the_rest_read() {
    let parsed = parse(SIGNAL);
    assert_eq!(parsed.errors.len(), 2, "{:?}", parsed.errors);
    let [signal] = &parsed.salvaged.signals[..] else {
        panic!("one signal salvaged: {:?}", parsed.salvaged.signals);
    };
    assert!(signal.threshold.is_none());
    assert_eq!(signal.phrases.len(), 1);
    assert_eq!(signal.phrases[0].referenced.line(), 6);

    let parsed = parse(
        "version: 1\ntriggers:\n  - { severity: huge, id: t, when: { message: { signal: x } } }\n",
    );
    let [(trigger, linted)] = &parsed.salvaged.triggers[..] else {
        panic!("one trigger salvaged: {:?}", parsed.salvaged.triggers);
    };
    assert_eq!(trigger.id.value, "t");
    assert!(trigger.severity.is_none());
    // Nothing lint reads was cut out.
    assert!(linted);
    let parsed = parse(
        "version: 1\ntriggers:\n  - { description: [x], id: t, when: { message: { signal: x } } }\n",
    );
    let [(_, linted)] = &parsed.salvaged.triggers[..] else {
        panic!("one trigger salvaged: {:?}", parsed.salvaged.triggers);
    };
    assert!(!linted);
}

#[test]
fn nothing_is_salvaged_without_a_key_the_rest_needs_or_from_an_emptied_list() {
    for text in [
        // The built-in decides which weights of 0 are errors.
        "version: 1\nsignals:\n  - id: s\n    builtin: frustation\n    phrases: [a]\n",
        // The id.
        "version: 1\nsignals:\n  - id: [s]\n    phrases: [a]\n",
        // The only condition of an `all:`: the `all:` would be empty.
        "version: 1\ntriggers:\n  - id: t\n    severity: high\n    when:\n      all:\n        - meta: { field: score, gte: \"80\" }\n",
        // A condition in no list.
        "version: 1\ntriggers:\n  - id: t\n    when: { meta: { field: score, gte: \"80\" } }\n",
    ] {
        let parsed = parse(text);
        assert!(!parsed.errors.is_empty(), "{text}");
        assert!(
            parsed.salvaged.signals.is_empty() && parsed.salvaged.triggers.is_empty(),
            "{text}: {:?} {:?}",
            parsed.salvaged.signals,
            parsed.salvaged.triggers
        );
    }
}

#[test]
fn routes_teams_and_templates_are_salvaged_unless_a_key_they_need_is_wrong() {
    let parsed = parse(
        "version: 1\nroutes:\n  - { id: r, when: { trigger: t }, team: a, extra: 1 }\n  - { id: q, when: { trigger: t }, team: [a] }\nteams:\n  - { id: a, name: A, agent: [x] }\n  - { id: b, name: [B] }\ntemplates:\n  - { id: x, text: hi, extra: 1 }\n  - { id: y, text: [hi] }\n",
    );
    assert_eq!(parsed.errors.len(), 6, "{:?}", parsed.errors);
    let s = &parsed.salvaged;
    let ids = |ids: Vec<&str>| ids.join(",");
    assert_eq!(
        ids(s.routes.iter().map(|r| r.id.value.as_str()).collect()),
        "r"
    );
    assert_eq!(
        ids(s.teams.iter().map(|t| t.id.value.as_str()).collect()),
        "a"
    );
    assert_eq!(
        ids(s.templates.iter().map(|t| t.id.value.as_str()).collect()),
        "x"
    );
    assert!(s.teams[0].agent.is_none());
}

#[test]
fn a_wrong_bridge_of_a_team_is_cut_out_and_the_others_read() {
    let parsed = parse(
        "version: 1\nteams:\n  - id: a\n    name: A\n    bridges:\n      t1: [x]\n      t2: \"{{ x\"\n",
    );
    let [team] = &parsed.salvaged.teams[..] else {
        panic!("one team salvaged: {:?}", parsed.salvaged.teams);
    };
    let keys: Vec<&str> = team.bridges.keys().map(|k| k.value.as_str()).collect();
    assert_eq!(keys, ["t2"]);
}

/// The items of a flow list are cut out with a comma beside them, wherever they are in
/// it; a list that would be left empty is not (its owner is cut out, or nothing).
#[test]
fn an_item_of_a_flow_list_is_cut_out_with_its_comma() {
    let phrases = |text: &str| -> Vec<String> {
        let parsed = parse(text);
        let [signal] = &parsed.salvaged.signals[..] else {
            panic!("one signal salvaged from {text}: {:?}", parsed.errors);
        };
        signal
            .phrases
            .iter()
            .map(|p| match &p.value {
                crate::rules::schema::PhraseEntry::Plain(t) => t.clone(),
                crate::rules::schema::PhraseEntry::Weighted(w) => w.phrase.value.clone(),
            })
            .collect()
    };
    let bad = "{ phrase: x, weight: \"2\" }";
    for (list, left) in [
        (format!("[{bad}, a, b]"), vec!["a", "b"]),
        (format!("[a, {bad}, b]"), vec!["a", "b"]),
        (format!("[a, b, {bad}]"), vec!["a", "b"]),
        (format!("[a,\n      {bad} ,\n      b]"), vec!["a", "b"]),
        (format!("[{bad}, a, {bad}]"), vec!["a"]),
        // Emptied: the signal is read without `phrases`.
        (format!("[{bad}]"), vec![]),
    ] {
        let text = format!("version: 1\nsignals:\n  - id: s\n    phrases: {list}\n");
        assert_eq!(phrases(&text), left, "{text}");
    }
    // In a trigger, an `any:` left empty would be an error: nothing is salvaged.
    let parsed = parse(
        "version: 1\ntriggers:\n  - { id: t, when: { any: [{ meta: { field: a, gte: \"1\" } }] } }\n",
    );
    assert!(parsed.salvaged.triggers.is_empty());
    let parsed = parse(
        "version: 1\ntriggers:\n  - { id: t, when: { any: [{ meta: { field: a, gte: \"1\" } }, { message: { signal: s } }] } }\n",
    );
    assert_eq!(parsed.salvaged.triggers.len(), 1);
}

mod damaged;
