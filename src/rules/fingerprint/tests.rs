//! The fingerprint of a rule set: what leaves it alone (layout, comments, descriptions,
//! the split into files) and what changes it (what the rules do).

use super::fingerprint;
use crate::rules::parse_rule_set;

fn of(files: &[(&str, &str)]) -> String {
    let files = files
        .iter()
        .map(|(path, text)| (path.into(), (*text).to_owned()))
        .collect();
    fingerprint(&parse_rule_set(files).unwrap())
}

const RULES: &str = "version: 1
signals:
  - { id: h, builtin: human_request, phrases: [call me] }
triggers:
  - id: human
    description: Asks for a person
    when: { message: { signal: h } }
routes:
  - { id: vip, when: { meta: { field: tier, equals: enterprise } }, team: t }
default_route: { team: t }
teams:
  - { id: t, name: T, bridge: hi }
";

/// CRLF checkouts and comments made shards of the same rules unmergeable.
#[test]
fn layout_comments_line_endings_and_descriptions_leave_it_alone() {
    let base = of(&[("r.yaml", RULES)]);
    let crlf = RULES.replace('\n', "\r\n");
    assert_eq!(of(&[("r.yaml", &crlf)]), base);
    let commented = format!("# a note\n{}", RULES.replace("team: t }", "team: t } # x"));
    assert_eq!(of(&[("r.yaml", &commented)]), base);
    let described = RULES.replace("Asks for a person", "Wants a human");
    // The description is the trigger's reason when it has none of its own.
    assert_ne!(of(&[("r.yaml", &described)]), base);
    let reasoned = |d: &str| {
        RULES.replace(
            "description: Asks for a person",
            &format!("description: {d}\n    reason: a person"),
        )
    };
    assert_eq!(
        of(&[("r.yaml", &reasoned("one"))]),
        of(&[("r.yaml", &reasoned("two"))])
    );
    let (head, teams) = RULES.split_at(RULES.find("teams:").unwrap());
    assert_eq!(
        of(&[
            ("a.yaml", head),
            ("b.yaml", &format!("version: 1\n{teams}"))
        ]),
        base
    );
    let flow = RULES.replace(
        "{ id: t, name: T, bridge: hi }",
        "\n    id: t\n    name: \"T\"\n    bridge: 'hi'",
    );
    assert_eq!(of(&[("r.yaml", &flow)]), base);
}

#[test]
fn any_change_of_meaning_changes_it() {
    let base = of(&[("r.yaml", RULES)]);
    for (from, to) in [
        ("call me", "call us"),
        ("equals: enterprise", "equals: pro"),
        ("bridge: hi", "bridge: hello"),
        ("name: T", "name: U"),
        ("builtin: human_request", "builtin: frustration"),
        ("{ signal: h }", "{ signal: h, role: customer }"),
        ("id: vip", "id: vips"),
    ] {
        assert_ne!(of(&[("r.yaml", &RULES.replace(from, to))]), base, "{to}");
    }
}

/// A window changes what a `seen` or `counter` condition means, and so the
/// fingerprint; each window its own.
#[test]
fn a_window_changes_it() {
    let seen = |within: &str| {
        let rules = RULES.replace(
            "{ message: { signal: h } }",
            &format!("{{ seen: {{ signal: h, at_least: 2{within} }} }}"),
        );
        of(&[("r.yaml", &rules)])
    };
    let counter = |within: &str| {
        let rules = RULES.replace(
            "{ message: { signal: h } }",
            &format!("{{ counter: {{ name: bot_fallbacks, at_least: 2{within} }} }}"),
        );
        of(&[("r.yaml", &rules)])
    };
    for f in [seen, counter] {
        let (all, six, eight) = (f(""), f(", within: 6"), f(", within: 8"));
        assert_ne!(all, six);
        assert_ne!(six, eight);
        assert_ne!(all, eight);
    }
}

/// Flipping a signal's `topic:` changed 18 STAR packets' topics and left the
/// fingerprint alone, so coverage `--merge` took reports of rules whose packets differ.
/// Written as the default (a built-in is no topic, a phrase signal is one), it means
/// nothing new and leaves it alone.
#[test]
fn a_topic_that_differs_from_the_default_changes_it() {
    let base = of(&[("r.yaml", RULES)]);
    let topic = |t: &str| {
        RULES.replace(
            "phrases: [call me] }",
            &format!("phrases: [call me], topic: {t} }}"),
        )
    };
    assert_eq!(of(&[("r.yaml", &topic("false"))]), base);
    let listed = of(&[("r.yaml", &topic("true"))]);
    assert_ne!(listed, base);
    let phrases = RULES.replace("builtin: human_request, ", "");
    let plain = of(&[("r.yaml", &phrases)]);
    let with = |t: &str| {
        phrases.replace(
            "phrases: [call me] }",
            &format!("phrases: [call me], topic: {t} }}"),
        )
    };
    assert_eq!(of(&[("r.yaml", &with("true"))]), plain);
    assert_ne!(of(&[("r.yaml", &with("false"))]), plain);
}
