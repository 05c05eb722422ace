//! What `handoff lint` says of mistakes a user writing rules makes, found by a review
//! playing one (cli35): one value where a mapping belongs (`default_route: sales`,
//! `message: help`), one value for a list of definitions (`teams: sales`), a list for
//! `equals`, a too-long block template whose underline ran into the next key, a key
//! indented deeper than a flow value above it. Each output is the product.

use crate::common::lint_text_failing;

/// `default_route: sales` and `message: help` said "expected a mapping (`key: value`)"
/// and no more; `equals: [gold, silver]` "expected a single value …, not a list or
/// mapping, found a list", with no word of `in:`.
#[test]
fn one_value_where_a_mapping_belongs_and_a_list_for_equals() {
    let out = lint_text_failing(
        "version: 1
triggers:
  - id: pricing
    when: { message: discount }
  - id: gold
    when:
      meta:
        field: tier
        equals: [gold, silver]
teams:
  - { id: sales, name: Sales, bridge: Hi. }
default_route: sales
",
    );
    insta::assert_snapshot!("one_value_where_a_mapping_belongs", out);
}

/// S009's underline for a too-long block template ran past the block's last line,
/// over the blank line after it, into the next key (`agent:`).
#[test]
fn a_too_long_block_template_is_underlined_to_its_last_line() {
    let lines: Vec<String> = (0..300)
        .map(|i| format!("      Line {i} of a bridge message far longer than any needs to be."))
        .collect();
    let text = format!(
        "version: 1
triggers:
  - {{ id: t, when: {{ message: {{ phrases: [help] }} }} }}
teams:
  - id: a
    name: A
    bridge: |
{}

    agent: Maya
default_route: {{ team: a }}
",
        lines.join("\n")
    );
    let out = lint_text_failing(&text);
    insta::assert_snapshot!("too_long_block_template", out);
    assert!(!out.contains("agent: Maya"), "{out}");
}

/// `teams: sales` was told "write `teams: [sales]`", the next error: a rule file's
/// definitions are mappings, and the help shows one, with the value as its id.
#[test]
fn one_value_for_a_list_of_definitions_is_shown_a_definition() {
    for (text, help) in [
        (
            "version: 1\nteams: sales\n",
            "help: `teams` takes a list of definitions, each a mapping: write each below it on its own line, indented, as `- { id: sales, name: NAME, bridge: TEXT }`",
        ),
        (
            "version: 1\nroutes: r1 # one route\n",
            "help: `routes` takes a list of definitions, each a mapping: write each below it on its own line, indented, as `- { id: r1, when: { trigger: TRIGGER }, team: TEAM }`",
        ),
        (
            "version: 1\ntriggers: \"pricing\"\n",
            "help: `triggers` takes a list of definitions, each a mapping: write each below it on its own line, indented, as `- { id: ID, when: { message: { phrases: [PHRASE] } } }`",
        ),
    ] {
        let out = lint_text_failing(text);
        assert!(out.contains(help), "{text}: {out}");
        assert!(!out.contains("even of one item"), "{text}: {out}");
    }
    // A list of text keeps its list of one.
    let out = lint_text_failing(
        "version: 1\ntriggers:\n  - id: t\n    when: { message: { phrases: cancel my plan } }\n",
    );
    assert!(out.contains("write `phrases: [cancel my plan]`"), "{out}");
}

/// A key one space deeper than `when: { … }` above it was "did not find expected key"
/// with no help.
#[test]
fn a_key_deeper_than_a_flow_value_above_is_told_its_column() {
    let out = lint_text_failing(
        "version: 1
triggers:
- id: t
  when: { message: { phrases: [help] } }
   severity: high
",
    );
    insta::assert_snapshot!("key_deeper_than_a_flow_value", out);
}
