//! Guards of bridge templates from the outside: `lint` follows a value through a
//! variable the template sets (`{% set %}`) for `T011` and `C003`, and their help names
//! every guard it follows.

use crate::common::{handoff, json_of, stdout_text, write};

/// A `{% set %}` of a guarded value is guarded; of an unguarded one, warned of at the
/// `set` (where the value is named), and the help names each guard: `default`, `or`,
/// `{% if x %}` and `is defined`.
#[test]
fn a_set_variable_is_guarded_as_its_value_is() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals: [ { id: s, phrases: [help] } ]\n\
         triggers: [ { id: t, description: your question, when: { message: { signal: s } } } ]\n\
         teams:\n  - id: a\n    name: A\n    bridge: \"{% set name = customer.first_name | default('there') %}{% set co = customer.company %}{% set g = summary.goal %}Hi {{ name }}{% if g %}, about {{ g }}{% endif %}. {{ co }}\"\n\
         default_route: { team: a }\n",
    );
    let export = write(
        dir.path(),
        "export.csv",
        "conversation_id,role,text,email\nc,customer,hi,a@b.example\n",
    );
    let (v, out) = json_of(
        handoff()
            .args(["lint", "-f", "json", "--columns-from"])
            .arg(&export)
            .arg(&rules),
        1,
    );
    let found: Vec<(String, String, u64)> = v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["message"].as_str().unwrap().to_owned(),
                d["column"].as_u64().unwrap(),
            )
        })
        .collect();
    // Only `customer.company`: `name` has a default, `g` is written under `{% if g %}`.
    assert_eq!(found.len(), 1, "{out}");
    let (code, message, column) = &found[0];
    assert_eq!(code, "C003", "{out}");
    assert!(message.contains("`customer.company`"), "{out}");
    // The caret is under `customer.company` in the `set`, not under `co`.
    let line = std::fs::read_to_string(&rules).unwrap();
    let line = line.lines().nth(6).unwrap();
    let at = line.find("customer.company").unwrap() + 1;
    assert_eq!(*column, at as u64, "{out}");
    let help = v["diagnostics"][0]["help"].to_string();
    for form in [
        "customer.company | default(",
        "customer.company or ",
        "{% if customer.company %}",
        "{% if customer.company is defined %}",
    ] {
        assert!(help.contains(form), "{form}: {help}");
    }
}

/// T011 of a summary value set to a variable and written unguarded, at the `set`, with
/// the same help.
#[test]
fn an_optional_value_set_and_written_unguarded_is_t011() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals: [ { id: s, phrases: [help] } ]\n\
         triggers: [ { id: t, description: your question, when: { message: { signal: s } } } ]\n\
         teams:\n  - { id: a, name: A, bridge: \"{% set g = summary.goal %}About {{ g }}\" }\n\
         default_route: { team: a }\n",
    );
    let out = stdout_text(&handoff().arg("lint").arg(&rules).assert().code(0));
    assert!(
        out.contains("warning[T011]: team `a`'s bridge message uses `summary.goal` unguarded"),
        "{out}"
    );
    assert!(
        out.contains("= help: guard it: `{{ summary.goal | default(\"…\") }}`, `{{ summary.goal or \"…\" }}`, or write it inside `{% if summary.goal %}…{% endif %}` or `{% if summary.goal is defined %}…{% endif %}`"),
        "{out}"
    );
}

/// Rules whose team `a` has the bridge `bridge` (a YAML double-quoted scalar's text, on
/// line 5, after `  - { id: a, name: A, bridge: "`), written in `dir`.
fn rules_with_bridge(dir: &std::path::Path, bridge: &str) -> std::path::PathBuf {
    write(
        dir,
        "r.yaml",
        &format!(
            "version: 1\nsignals: [ {{ id: s, phrases: [help] }} ]\n\
             triggers: [ {{ id: t, when: {{ message: {{ signal: s }} }} }} ]\n\
             teams:\n  - {{ id: a, name: A, bridge: \"{bridge}\" }}\n\
             default_route: {{ team: a }}\n"
        ),
    )
}

/// A field read by a quoted key and missing from the conversation (`customer['order
/// id']`): replay's bridge error said only "undefined value", where `customer.order_id`
/// was named. It names the field as the template writes it; with the column there,
/// the message renders.
#[test]
fn replay_names_a_missing_field_read_by_a_quoted_key() {
    let dir = tempfile::tempdir().unwrap();
    let rules = rules_with_bridge(
        dir.path(),
        "Hi {{ customer.email }}, about order {{ customer['order id'] }}",
    );
    let replay = |header: &str, row: &str| {
        let export = write(dir.path(), "chats.csv", &format!("{header}\n{row}\n"));
        let out = stdout_text(
            &handoff()
                .args(["replay", "-f", "jsonl", "--rules"])
                .arg(&rules)
                .arg(&export)
                .assert()
                .success(),
        );
        crate::common::jsonl(&out).remove(0)
    };
    let outcome = replay(
        "conversation_id,role,text,email",
        "c1,customer,help,a@b.example",
    );
    assert_eq!(
        outcome["bridge_error"],
        "undefined variable `customer['order id']` (team `a`'s bridge, template line 1); this conversation has no `customer['order id']`",
        "{outcome}"
    );
    let outcome = replay(
        "conversation_id,role,text,email,Order ID",
        "c1,customer,help,a@b.example,A-17",
    );
    assert_eq!(
        outcome["bridge_message"], "Hi a@b.example, about order A-17",
        "{outcome}"
    );
}

/// `C003` saw dotted fields only: a quoted key the export lacks was not reported. It is,
/// at the key's read, named as written, with help written for it; a guarded one is not,
/// nor `customer.Email` of the column `email` (names compared normalised).
#[test]
fn lint_reports_a_quoted_key_the_export_lacks() {
    let dir = tempfile::tempdir().unwrap();
    let rules = rules_with_bridge(
        dir.path(),
        "{% if customer['plan'] %}{{ customer['plan'] }}{% endif %} {{ customer.Email }} order {{ customer['order id'] }}",
    );
    write(
        dir.path(),
        "export.csv",
        "conversation_id,role,text,email\nc,customer,hi,a@b.example\n",
    );
    let (v, out) = json_of(
        handoff()
            .current_dir(dir.path())
            .args(["lint", "-f", "json", "--columns-from", "export.csv"])
            .arg(&rules),
        1,
    );
    let found = v["diagnostics"].as_array().unwrap();
    assert_eq!(found.len(), 1, "{out}");
    let d = &found[0];
    assert_eq!(d["code"], "C003", "{out}");
    assert_eq!(
        d["message"],
        "team `a`'s bridge message uses `customer['order id']`, which export.csv does not have",
        "{out}"
    );
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (
            Some(5),
            Some(column_on_line_5(&rules, "customer['order id']"))
        ),
        "{out}"
    );
    assert!(
        d["help"]
            .to_string()
            .contains("{% if customer['order id'] is defined %}"),
        "{out}"
    );
}

/// T011 and the engine's error read the optional values by minijinja's dotted names:
/// `summary['goal']` was neither warned of nor named. Both are, as written.
#[test]
fn an_optional_value_read_by_a_quoted_key_is_t011_and_named() {
    let dir = tempfile::tempdir().unwrap();
    let rules = rules_with_bridge(dir.path(), "About {{ summary['goal'] }}");
    let (v, out) = json_of(handoff().args(["lint", "-f", "json"]).arg(&rules), 0);
    let d = &v["diagnostics"][0];
    assert_eq!(d["code"], "T011", "{out}");
    assert_eq!(
        d["message"],
        "team `a`'s bridge message uses `summary['goal']` unguarded, which is undefined when the summary finds no goal in the conversation",
        "{out}"
    );
    assert_eq!(
        (d["line"].as_u64(), d["column"].as_u64()),
        (Some(5), Some(column_on_line_5(&rules, "summary['goal']"))),
        "{out}"
    );
    let export = write(
        dir.path(),
        "chats.csv",
        "conversation_id,role,text\nc1,customer,help\n",
    );
    let out = stdout_text(
        &handoff()
            .args(["replay", "-f", "jsonl", "--rules"])
            .arg(&rules)
            .arg(&export)
            .assert()
            .success(),
    );
    assert_eq!(
        crate::common::jsonl(&out)[0]["bridge_error"],
        "undefined variable `summary['goal']` (team `a`'s bridge, template line 1); this conversation has no `summary['goal']`",
        "{out}"
    );
}

/// The column (from 1) where `text` first is on line 5 of the file `rules`: the bridge
/// template's line in [`rules_with_bridge`]'s file.
fn column_on_line_5(rules: &std::path::Path, text: &str) -> u64 {
    let file = std::fs::read_to_string(rules).unwrap();
    let at = file.lines().nth(4).unwrap().find(text).unwrap();
    u64::try_from(at + 1).unwrap()
}
