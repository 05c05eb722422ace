//! YAML tags in rule files, as `lint` reports them: every tag is `S003` at the tag, one
//! whose handle a `%TAG` directive declares too, and a tag is reported in the same run as
//! the other wrong values of its item, before or after it; one of a handle declared
//! nowhere hides no other mistake of its file or another.

use crate::common::{handoff, stdout_text, write};

/// The rest of a rule file after its `signals:`, from line 4 on.
const REST: &str = "triggers: [ { id: t, when: { message: { signal: s } } } ]\n\
                    teams: [ { id: a, name: A, bridge: hi } ]\n\
                    default_route: { team: a }\n";

/// `lint -f json` (exit 1) of a rule file whose `signals:` (line 2 on) is `signals`:
/// each diagnostic's code, line, column and message (not the note of checks that did
/// not run).
fn lint(head: &str, signals: &str) -> Vec<(String, u64, u64, String)> {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        &format!("{head}version: 1\nsignals:\n{signals}{REST}"),
    );
    let out = stdout_text(
        &handoff()
            .args(["lint", "-f", "json"])
            .arg(&rules)
            .assert()
            .code(1),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| !d["code"].is_null())
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// What `S003` says of a tag (not `!!binary`).
fn refused(tag: &str) -> String {
    format!(
        "YAML tags are not supported, found `{tag}`: write the value plainly, without a tag (a value that starts with `!` is quoted: `'!text'`)"
    )
}

fn s003(line: u64, column: u64, message: &str) -> (String, u64, u64, String) {
    ("S003".to_owned(), line, column, message.to_owned())
}

/// A tag of a handle declared with `%TAG` (`!e!str`) was S001 "the handle wasn't
/// declared" (each piece of the file is read without its directives): it is S003 at the
/// tag, in the words of every other tag. So is one of a handle declared nowhere.
#[test]
fn a_tag_of_a_declared_handle_is_refused_as_every_tag_is() {
    let signals = "  - { id: s, phrases: [!e!str help] }\n";
    let found = lint("%TAG !e! tag:example.com,2000:\n---\n", signals);
    assert_eq!(found, [s003(5, 24, &refused("!e!str"))]);
    let found = lint("", signals);
    assert_eq!(found, [s003(3, 24, &refused("!e!str"))]);
}

/// A tag after another wrong value of the same item was reported only once that value
/// was fixed (the item's shape, read to find its other mistakes, refused the tag too);
/// a wrong value after a tag likewise. Both are reported in one run, each at its place.
#[test]
fn a_tag_and_a_wrong_value_of_one_item_are_reported_together() {
    let number = "expected a number, found the text \"lots\"";
    let found = lint("", "  - { id: s, threshold: lots, phrases: [!!str hi] }\n");
    assert_eq!(found, [s003(3, 25, number), s003(3, 41, &refused("!!str"))]);
    let found = lint(
        "",
        "  - { id: s, phrases: [!foo hi], threshold: lots, x: 1 }\n",
    );
    assert_eq!(found.len(), 3, "{found:?}");
    assert_eq!(found[0], s003(3, 24, &refused("!foo")));
    assert_eq!(found[1], s003(3, 45, number));
    assert_eq!(
        (found[2].0.as_str(), found[2].1, found[2].2),
        ("S002", 3, 51)
    );
}

/// Every tag of an item is reported (the first only was); a value a tag made wrong
/// (`!!str 5` where a number belongs) is the tag's mistake, reported once.
#[test]
fn every_tag_of_an_item_is_reported_once() {
    let found = lint(
        "",
        "  - id: s\n    phrases: [!!int 3, !!float 3, !!bool true]\n",
    );
    assert_eq!(
        found,
        [
            s003(4, 15, &refused("!!int")),
            s003(4, 24, &refused("!!float")),
            s003(4, 35, &refused("!!bool")),
        ]
    );
    let found = lint("", "  - { id: s, phrases: [hi], threshold: !!str 5 }\n");
    assert_eq!(found, [s003(3, 40, &refused("!!str"))]);
}

/// Team note (lint12): a tag of a handle no `%TAG` declares (`!e!str`) was the file's
/// one error, hiding the file's other mistakes, before it or after it, in its item or
/// another (a file of two bad values and the tag said only the tag, or only the first
/// value, at the key). Each is reported in one run, at its place; a second rule file
/// beside it too.
#[test]
fn a_tag_of_an_undeclared_handle_hides_no_other_mistake() {
    let number = "expected a number, found the text \"lots\"";
    let found = lint(
        "",
        "  - { id: s, threshold: lots, phrases: [hi] }\n  - { id: u, phrases: [!e!str hi], min_words: x }\n  - { id: w, phrases: [hi], negation: yes }\n",
    );
    assert_eq!(found.len(), 4, "{found:?}");
    assert_eq!(found[0], s003(3, 25, number));
    assert_eq!(found[1], s003(4, 24, &refused("!e!str")));
    assert_eq!(
        (found[2].0.as_str(), found[2].1, found[2].2),
        ("S003", 4, 47)
    );
    assert_eq!(
        (found[3].0.as_str(), found[3].1, found[3].2),
        ("S003", 5, 39)
    );
    // In a directory, the other file's mistakes are reported beside them.
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.yaml",
        &format!("version: 1\nsignals:\n  - {{ id: s, phrases: [!e!str hi] }}\n{REST}"),
    );
    write(
        dir.path(),
        "b.yaml",
        "version: 1\ntriggers:\n  - { id: v, severity: tiny, when: { message: { signal: s } } }\n",
    );
    let out = stdout_text(
        &handoff()
            .args(["lint", "-f", "json"])
            .arg(dir.path())
            .assert()
            .code(1),
    );
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let said: Vec<(String, u64)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| !d["code"].is_null())
        .map(|d| {
            let file = d["file"].as_str().unwrap_or_default();
            (
                file.rsplit(['/', '\\']).next().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        said,
        [("a.yaml".to_owned(), 3), ("b.yaml".to_owned(), 3)],
        "{out}"
    );
}
