//! Bridge templates from the outside: what `lint` says of a statement templates do not
//! support (`{% macro %}`), of variables set in the branches of an `{% if %}`, and how
//! `replay` writes the summary's goal inside a sentence.

use crate::common::{handoff, stdout_text, write};

/// Rules with one team whose bridge is `bridge` (a YAML double-quoted scalar's text).
fn rules_with_bridge(dir: &std::path::Path, bridge: &str) -> std::path::PathBuf {
    write(
        dir,
        "r.yaml",
        &format!(
            "version: 1\nsignals: [ {{ id: s, phrases: [help] }} ]\n\
             triggers: [ {{ id: t, description: your question, reason: help you, when: {{ message: {{ signal: s }} }} }} ]\n\
             teams:\n  - id: a\n    name: A\n    bridge: \"{bridge}\"\n\
             default_route: {{ team: a }}\n"
        ),
    )
}

/// `lint`'s output (exit 1) of rules with one trigger and the teams `teams` (YAML list
/// items, indented two spaces), each routed by default to `a`.
fn lint_failing(teams: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "r.yaml",
        &format!(
            "version: 1\nsignals: [ {{ id: s, phrases: [help] }} ]\n\
             triggers: [ {{ id: t, reason: help you, when: {{ message: {{ signal: s }} }} }} ]\n\
             teams:\n{teams}default_route: {{ team: a }}\n"
        ),
    );
    stdout_text(
        &handoff()
            .current_dir(dir.path())
            .args(["lint", "r.yaml"])
            .assert()
            .code(1),
    )
}

/// `replay -f jsonl` of `rules` over an export of `rows` (after the header
/// `conversation_id,role,text`) written in `dir`: its outcomes.
fn replay_jsonl(
    dir: &std::path::Path,
    rules: &std::path::Path,
    rows: &str,
) -> Vec<serde_json::Value> {
    let export = write(
        dir,
        "chats.csv",
        &format!("conversation_id,role,text\n{rows}"),
    );
    let out = stdout_text(
        &handoff()
            .args(["replay", "-f", "jsonl", "--rules"])
            .arg(rules)
            .arg(&export)
            .assert()
            .success(),
    );
    crate::common::jsonl(&out)
}

/// A `{% macro %}` was "template syntax error: unknown statement macro" at the whole
/// scalar: it read like a typo. It names the statement, says templates have no macros,
/// points at `macro` and says what to write instead, which lints clean.
#[test]
fn a_macro_is_said_to_be_unsupported_with_what_to_write_instead() {
    let dir = tempfile::tempdir().unwrap();
    let rules = rules_with_bridge(
        dir.path(),
        "Hello. {% macro greet(who) %}Hi {{ who }}{% endmacro %}{{ greet(agent) }}",
    );
    let out = stdout_text(&handoff().arg("lint").arg(&rules).assert().code(1));
    assert!(
        out.contains(
            "error[T001]: template uses `{% macro %}`, which bridge templates do not support"
        ),
        "{out}"
    );
    // Line 7, at `macro`: `    bridge: "Hello. {% ` is 23 characters.
    assert!(out.contains("r.yaml:7:24"), "{out}");
    assert!(out.contains("bridge templates have no macros"), "{out}");
    assert!(
        out.contains("help: write the text where it is needed"),
        "{out}"
    );
    assert!(!out.contains("undefined variable"), "{out}");

    let instead = rules_with_bridge(
        dir.path(),
        "{% set greeting %}Hi {{ customer.first_name | default('there') }}{% endset %}{{ greeting }}, I am {{ agent }}. {{ greeting }} again.",
    );
    handoff().arg("lint").arg(&instead).assert().success();
}

/// `{% break %}` and `{% continue %}` name themselves too, with the loop filter and the
/// slice to use instead.
#[test]
fn a_loop_control_is_said_to_be_unsupported() {
    let dir = tempfile::tempdir().unwrap();
    let rules = rules_with_bridge(
        dir.path(),
        "{% for f in summary.facts %}{{ f }}{% if loop.index > 1 %}{% break %}{% endif %}{% endfor %}",
    );
    let out = stdout_text(&handoff().arg("lint").arg(&rules).assert().code(1));
    assert!(
        out.contains("template uses `{% break %}`, which bridge templates do not support"),
        "{out}"
    );
    assert!(out.contains("summary.facts[:2]"), "{out}");
}

/// A variable set in both branches of an `{% if %}` and written after it was `T002`, an
/// error that refused the rules; set in one branch and written there, nothing; set in
/// one branch and written after the `endif`, a `T011` at that read.
#[test]
fn variables_set_in_the_branches_of_an_if() {
    let dir = tempfile::tempdir().unwrap();
    let both = rules_with_bridge(
        dir.path(),
        "{% if summary.goal %}{% set g = summary.goal %}{% else %}{% set g = 'your question' %}{% endif %}About {{ g }}.{% if summary.fact %}{% set f = summary.fact %} ({{ f }}){% endif %}",
    );
    handoff()
        .args(["lint", "--deny-warnings"])
        .arg(&both)
        .assert()
        .success();
    let one = rules_with_bridge(
        dir.path(),
        "{% if summary.goal %}{% set g = summary.goal %}{% endif %}About {{ g }}.",
    );
    let out = stdout_text(&handoff().arg("lint").arg(&one).assert().success());
    assert!(
        out.contains("warning[T011]: team `a`'s bridge message uses `g` unguarded"),
        "{out}"
    );
    assert!(!out.contains("T002"), "{out}");
    // At the `g` of `About {{ g }}`: `    bridge: "` is 13 characters.
    let column = 13 + "{% if summary.goal %}{% set g = summary.goal %}{% endif %}About {{ ".len();
    assert!(out.contains(&format!("r.yaml:7:{}", column + 1)), "{out}");
}

/// A variable set under a condition and read only under the same condition later was
/// a false `T011`: it lints clean, and replays with its message whether the condition
/// holds or not. Read after that `endif` instead, it is still `T011`.
#[test]
fn a_variable_read_under_the_condition_it_was_set_under() {
    let dir = tempfile::tempdir().unwrap();
    let rules = rules_with_bridge(
        dir.path(),
        "{% if summary.goal %}{% set g = 'your goal' %}{% endif %}Hi{% if summary.goal %}, about {{ g }}{% endif %}.",
    );
    handoff()
        .args(["lint", "--deny-warnings"])
        .arg(&rules)
        .assert()
        .success();
    let outcomes = replay_jsonl(
        dir.path(),
        &rules,
        "\
         c1,customer,Cancel my subscription for the family plan please\n\
         c1,customer,help\n\
         c2,customer,help\n",
    );
    let messages: Vec<String> = outcomes
        .iter()
        .map(|o| o["bridge_message"].as_str().unwrap_or("(none)").to_owned())
        .collect();
    assert_eq!(messages, ["Hi, about your goal.", "Hi."]);

    let after = rules_with_bridge(
        dir.path(),
        "{% if summary.goal %}{% set g = 'your goal' %}{% endif %}{% if summary.goal %}Hi{% endif %} {{ g }}",
    );
    let out = stdout_text(&handoff().arg("lint").arg(&after).assert().success());
    assert!(
        out.contains("warning[T011]: team `a`'s bridge message uses `g` unguarded"),
        "{out}"
    );
}

/// A variable set in one branch only and written after the `endif`: `lint` says `T011`
/// at the read (its line and column in the YAML file, the template written over lines)
/// with how to fix it, and `replay`'s `bridge_error` names the variable and the team's
/// template; it said "undefined value (template line 3)".
#[test]
fn a_variable_set_in_one_branch_is_named_by_lint_and_replay() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals: [ { id: s, phrases: [help] } ]\n\
         triggers: [ { id: t, reason: help you, when: { message: { signal: s } } } ]\n\
         teams:\n  - id: a\n    name: A\n    bridges:\n      t: |-\n\
         \x20       {% if summary.goal %}\n\
         \x20       {% set g = 'your goal' %}{% endif %}\n\
         \x20       About {{ g }}.\n\
         default_route: { team: a }\n",
    );
    let out = stdout_text(&handoff().arg("lint").arg(&rules).assert().success());
    assert!(
        out.contains("warning[T011]: team `a`'s bridge message uses `g` unguarded"),
        "{out}"
    );
    // Line 11 of the file, at the `g` of `About {{ g }}` (8 spaces of indentation).
    assert!(out.contains("r.yaml:11:18"), "{out}");
    assert!(
        out.contains("the `{% if %}` that sets it (on line 2 of the template)"),
        "{out}"
    );
    assert!(
        out.contains("help: set `g` in every branch (`{% else %}{% set g = \"…\" %}`) or before the `{% if %}`"),
        "{out}"
    );
    let outcomes = replay_jsonl(dir.path(), &rules, "c1,customer,help\n");
    assert_eq!(
        outcomes[0]["bridge_error"],
        "undefined variable `g` (team `a`'s bridge for trigger `t`, template line 3): it is set (template line 2) in some branches of an `{% if %}` only; set it in every branch or before the `{% if %}`"
    );
}

/// An undefined value at render time was "undefined value (template line 1)", naming
/// neither the value nor whose template it is; through a variable set to a field too
/// (one set to a group whole no longer loads, `template_groups_cli.rs`).
#[test]
fn replay_names_an_undefined_value_and_whose_template_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let rules = rules_with_bridge(
        dir.path(),
        "{% set c = customer.company %}Hi {{ customer.first_name | default('there') }} of {{ c | upper }}",
    );
    let outcomes = replay_jsonl(dir.path(), &rules, "c1,customer,help\n");
    assert_eq!(
        outcomes[0]["bridge_error"],
        "undefined variable `c` (`customer.company`) (team `a`'s bridge, template line 1); this conversation has no `customer.company`"
    );
}

/// A `T001` syntax error underlined the whole template; it points at the offending
/// token (a template written over lines too: its line in the YAML file), and an `{% if
/// %}` never closed at its `if`.
#[test]
fn a_syntax_error_points_at_the_offending_token() {
    let out = lint_failing(
        "  - id: a\n    name: A\n    bridge: >-\n\
         \x20     Hi {{ customer.first_name | default(\"there\") }},\n\
         \x20     I'm {{ agent + }} and I'm here to {{ reason }}.\n\
         \x20 - id: b\n    name: B\n    bridge: >-\n\
         \x20     Hi {{ agent }}{% if customer.company is defined %}\n\
         \x20     for {{ customer.company }}.\n",
    );
    insta::assert_snapshot!("t001_points_at_the_token", out);
}

/// "I see you want to {{ summary.goal }}" read "… want to Cancel my subscription": the
/// goal is lower-cased inside a sentence and keeps its capital where one starts; an
/// "iPhone" the customer wrote is never `IPhone`.
#[test]
fn replay_writes_the_goal_as_its_place_in_the_sentence_wants() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals: [ { id: s, phrases: [human] } ]\n\
         triggers: [ { id: t, reason: help you, when: { message: { role: customer, signal: s } } } ]\n\
         teams:\n  - id: a\n    name: A\n    bridge: \"I see you want to {{ summary.goal | default('get help') }}. {{ summary.goal | default('') }}\"\n\
         default_route: { team: a }\n",
    );
    let outcomes = replay_jsonl(
        dir.path(),
        &rules,
        "\
         c1,customer,Cancel my subscription for the family plan please\n\
         c1,bot,I can help with that.\n\
         c1,customer,let me talk to a human\n\
         c2,customer,iPhone screen cracked after the update and I want a repair\n\
         c2,bot,Sorry to hear that.\n\
         c2,customer,I need a human now\n",
    );
    let messages: Vec<String> = outcomes
        .iter()
        .map(|o| o["bridge_message"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(
        messages,
        [
            "I see you want to cancel my subscription for the family plan please. Cancel my subscription for the family plan please",
            "I see you want to iPhone screen cracked after the update and I want a repair. iPhone screen cracked after the update and I want a repair",
        ]
    );
}

/// A `T001` token written through an escape (`\"`, `\n` of a double-quoted scalar), or
/// over the lines of a block scalar, underlined the whole template: the token is found
/// through the escapes, the indentation and the folded lines.
#[test]
fn a_syntax_error_points_at_a_token_written_through_escapes_or_over_lines() {
    let out = lint_failing(
        "  - id: a\n    name: A\n\
         \x20   bridge: \"Hi {{ customer.first_name | default(\\\"there\\\") }},\\n{{ agent }} {{ \\\"here to help }}\"\n\
         \x20 - id: b\n    name: B\n    bridge: >-\n\
         \x20     Hi, I'm {{ agent 'here to\n\
         \x20     help' }} with {{ reason }}.\n\
         \x20 - id: c\n    name: C\n    bridge: |\n\
         \x20     Hi,\n\
         \x20       I'm {{ agent \"here to\n\
         \x20       help\" }}.\n",
    );
    insta::assert_snapshot!("t001_points_at_a_token_through_escapes_or_lines", out);
}

/// An undefined value read through a loop's item (`f.x.y`, `f.x` undefined), no value of
/// the context: `bridge_error` was "undefined value (…)", naming nothing. It names what
/// may be undefined and whose template it is.
#[test]
fn replay_names_an_undefined_attribute_of_a_loop_item() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals: [ { id: s, phrases: [help] } ]\n\
         triggers: [ { id: t, reason: help you, when: { message: { signal: s } } } ]\n\
         teams:\n  - id: a\n    name: A\n    bridges:\n      t: |-\n\
         \x20       Hi.\n\
         \x20       {% for f in triggers %}{{ f.x.y }}{% endfor %}\n\
         default_route: { team: a }\n",
    );
    let outcomes = replay_jsonl(dir.path(), &rules, "c1,customer,help\n");
    assert_eq!(
        outcomes[0]["bridge_error"],
        "undefined value `f.x` or `f.x.y` (team `a`'s bridge for trigger `t`, template line 2)"
    );
}

/// A finding about a shared template's words, for a team that names
/// it with `bridge_template:`, pointed at the template's `id`; a team's own `bridge:`
/// had it at the field. Now both point at the field, in the template's text.
#[test]
fn a_finding_in_a_shared_template_points_at_the_field_in_its_text() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "r.yaml",
        "version: 1\ntemplates:\n  - id: specialist\n    text: >-\n      Hi there, I'm {{ agent }} and I see\n      {{ customer.company }} here.\n\
         signals: [ { id: s, phrases: [help] } ]\n\
         triggers: [ { id: t, when: { message: { signal: s } } } ]\n\
         teams:\n  - { id: a, name: A, agent: Sam, bridge_template: specialist }\n\
         default_route: { team: a }\n",
    );
    write(
        dir.path(),
        "export.csv",
        "conversation_id,role,text,first_name\nc1,customer,hi,Al\n",
    );
    let out = stdout_text(
        &handoff()
            .current_dir(dir.path())
            .args([
                "lint",
                "--color",
                "never",
                "r.yaml",
                "--columns-from",
                "export.csv",
            ])
            .assert()
            .code(1),
    );
    assert!(
        out.contains("error[C003]: team `a`'s bridge message uses `customer.company`"),
        "{out}"
    );
    assert!(out.contains(" --> r.yaml:6:10\n"), "{out}");
}
