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
    assert!(signal.item.threshold.is_none());
    assert_eq!(signal.item.phrases.len(), 1);
    assert_eq!(signal.item.phrases[0].referenced.line(), 6);

    let parsed = parse(
        "version: 1\ntriggers:\n  - { severity: huge, id: t, when: { message: { signal: x } } }\n",
    );
    let [trigger] = &parsed.salvaged.triggers[..] else {
        panic!("one trigger salvaged: {:?}", parsed.salvaged.triggers);
    };
    assert_eq!(trigger.item.id.value, "t");
    assert!(trigger.item.severity.is_none());
    // Nothing lint reads was cut out.
    assert!(trigger.whole());
    let parsed = parse(
        "version: 1\ntriggers:\n  - { description: [x], id: t, when: { message: { signal: x } } }\n",
    );
    let [trigger] = &parsed.salvaged.triggers[..] else {
        panic!("one trigger salvaged: {:?}", parsed.salvaged.triggers);
    };
    assert!(!trigger.whole());
}

/// A key the rest cannot be read without is written over with a stand-in, and said lost:
/// an `id`, a signal's `builtin` (cut out: it is optional), a trigger's `when` whose
/// error is in no list or in the only item of one.
#[test]
fn a_key_the_rest_needs_is_written_over_and_said_lost() {
    for (text, lost) in [
        (
            "version: 1\nsignals:\n  - id: s\n    builtin: frustation\n    phrases: [a]\n",
            "builtin",
        ),
        (
            "version: 1\nsignals:\n  - id: [s]\n    phrases: [a]\n",
            "id",
        ),
    ] {
        let parsed = parse(text);
        let [signal] = &parsed.salvaged.signals[..] else {
            panic!("{text}: one signal salvaged: {:?}", parsed.errors);
        };
        assert!(signal.lost(lost), "{text}");
        assert_eq!(signal.item.phrases.len(), 1, "{text}");
    }
    for text in [
        // The only condition of an `all:`: the `all:` would be empty.
        "version: 1\ntriggers:\n  - id: t\n    severity: high\n    when:\n      all:\n        - meta: { field: score, gte: \"80\" }\n",
        // A condition in no list.
        "version: 1\ntriggers:\n  - id: t\n    when: { meta: { field: score, gte: \"80\" } }\n",
    ] {
        let parsed = parse(text);
        let [trigger] = &parsed.salvaged.triggers[..] else {
            panic!("{text}: one trigger salvaged: {:?}", parsed.errors);
        };
        assert!(trigger.written_over("when") && !trigger.whole(), "{text}");
        assert_eq!(trigger.item.id.value, "t");
    }
}

/// A value with no room for its stand-in (none, `~`, shorter than it) has its entry
/// written again after the item: the rest is read, at its places, and the key is said
/// written over. In a flow mapping, before its `}`.
#[test]
fn a_needed_value_too_short_to_write_over_is_written_after_the_item() {
    for text in [
        "version: 1\nsignals:\n  - id:\n    phrases: [a]\n",
        "version: 1\nsignals:\n  - id: ~\n    phrases: [a]\n",
        "version: 1\nsignals:\n  - { id: , phrases: [a] }\n",
        "version: 1\nsignals:\n  - { phrases: [a], id: ~ }\n",
    ] {
        let parsed = parse(text);
        let [signal] = &parsed.salvaged.signals[..] else {
            panic!("{text}: one signal salvaged: {:?}", parsed.errors);
        };
        assert!(signal.written_over("id"), "{text}");
        assert_eq!(signal.item.phrases.len(), 1, "{text}");
        assert_eq!(
            signal.item.phrases[0].referenced.line(),
            4 - u64::from(text.contains('{')),
            "{text}"
        );
    }
    for text in [
        "version: 1\ntriggers:\n  - id: t\n    when: [x]\n    severity: high\n",
        "version: 1\ntriggers:\n  - id: t\n    when: 5\n    severity: high\n",
        "version: 1\ntriggers:\n  - id: t\n    when:\n    severity: high\n",
        "version: 1\ntriggers:\n  - { id: t, when: ~, severity: high }\n",
        "version: 1\ntriggers:\n  - { when: ~ , id: t }\n",
    ] {
        let parsed = parse(text);
        assert!(!parsed.errors.is_empty(), "{text}");
        let [trigger] = &parsed.salvaged.triggers[..] else {
            panic!("{text}: one trigger salvaged: {:?}", parsed.errors);
        };
        assert!(trigger.written_over("when") && !trigger.whole(), "{text}");
        assert_eq!(trigger.item.id.value, "t", "{text}");
        assert_eq!(trigger.item.id.referenced.line(), 3, "{text}");
    }
    let parsed = parse("version: 1\nroutes:\n  - id:\n    when: ~\n    team:\n");
    let [route] = &parsed.salvaged.routes[..] else {
        panic!("one route salvaged: {:?}", parsed.errors);
    };
    assert!(route.written_over("id") && route.written_over("team") && route.written_over("when"));
}

#[test]
fn routes_teams_and_templates_are_salvaged_their_needed_keys_written_over() {
    let parsed = parse(
        "version: 1\nroutes:\n  - { id: r, when: { trigger: t }, team: a, extra: 1 }\n  - { id: q, when: { trigger: t }, team: [a] }\nteams:\n  - { id: a, name: A, agent: [x] }\n  - { id: b, name: [B] }\ntemplates:\n  - { id: x, text: hi, extra: 1 }\n  - { id: y, text: [hi] }\n",
    );
    assert_eq!(parsed.errors.len(), 6, "{:?}", parsed.errors);
    let s = &parsed.salvaged;
    let ids = |ids: Vec<String>| ids.join(",");
    let said = |cut: &[String], key: &str| {
        if cut.iter().any(|k| k == key) {
            "-"
        } else {
            ""
        }
    };
    assert_eq!(
        ids(s
            .routes
            .iter()
            .map(|r| format!("{}{}", r.item.id.value, said(&r.over, "team")))
            .collect()),
        "r,q-"
    );
    assert_eq!(
        ids(s
            .teams
            .iter()
            .map(|t| format!("{}{}", t.item.id.value, said(&t.over, "name")))
            .collect()),
        "a,b-"
    );
    assert_eq!(
        ids(s
            .templates
            .iter()
            .map(|t| format!("{}{}", t.item.id.value, said(&t.over, "text")))
            .collect()),
        "x,y-"
    );
    assert!(s.teams[0].item.agent.is_none());
}

#[test]
fn a_default_route_is_read_without_a_wrong_key_but_its_team() {
    let parsed = parse("version: 1\ndefault_route: { team: support, x: 1 }\n");
    let route = parsed.salvaged.default_route.expect("salvaged");
    assert_eq!(route.value.team.value, "support");
    let parsed = parse("version: 1\ndefault_route: { team: [support], x: 1 }\n");
    assert!(parsed.salvaged.default_route.is_none());
}

#[test]
fn a_wrong_bridge_of_a_team_is_cut_out_and_the_others_read() {
    let parsed = parse(
        "version: 1\nteams:\n  - id: a\n    name: A\n    bridges:\n      t1: [x]\n      t2: \"{{ x\"\n",
    );
    let [team] = &parsed.salvaged.teams[..] else {
        panic!("one team salvaged: {:?}", parsed.salvaged.teams);
    };
    let keys: Vec<&str> = team.item.bridges.keys().map(|k| k.value.as_str()).collect();
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
            .item
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
    // In a trigger, an `any:` left empty would be an error: the `when` is written over.
    let parsed = parse(
        "version: 1\ntriggers:\n  - { id: t, when: { any: [{ meta: { field: a, gte: \"1\" } }] } }\n",
    );
    assert!(parsed.salvaged.triggers[0].written_over("when"));
    let parsed = parse(
        "version: 1\ntriggers:\n  - { id: t, when: { any: [{ meta: { field: a, gte: \"1\" } }, { message: { signal: s } }] } }\n",
    );
    assert_eq!(parsed.salvaged.triggers.len(), 1);
}

mod damaged;
