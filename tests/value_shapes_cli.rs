//! A value of the wrong shape where a rule file, a mapping file or `.handoff.yaml` takes
//! one name: what the key takes and what was found, at the value's line and column
//! (`team: [x]`, `severity: 3`, `delimiter: [";"]`).

use crate::common::{handoff_in, stderr_text, stdout_text, write};

/// A rule file with `severity: 3`, `role: 3`, `id: [x]` and `team:` as a block list and
/// as a mapping.
const RULES: &str = "version: 1
signals:
  - id: s
    phrases: [hi]
triggers:
  - id: t
    severity: 3
    when: { message: { signal: s, role: 3 } }
teams:
  - id: [x]
  - id: support
default_route:
  team:
    - support
routes:
  - id: r
    when: { trigger: t }
    team: { id: support }
";

/// `severity: 3` said "expected a severity: one of low, medium, high, critical", serde's
/// list where a wrong name says "expected low, medium, high or critical"; `team: [x]` and
/// `id: [x]` said a bare "expected text", not what the key takes nor what was found.
#[test]
fn a_rule_files_value_of_the_wrong_shape_says_what_the_key_takes_and_what_was_found() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "r.yaml", RULES);
    let assert = handoff_in(dir.path())
        .args(["lint", "r.yaml"])
        .assert()
        .code(1);
    let out = stdout_text(&assert);
    for said in [
        "error[S003]: expected a severity: low, medium, high or critical, found the number 3\n --> r.yaml:7:15",
        "error[S003]: expected a role: customer, bot, agent or any, found the number 3\n --> r.yaml:8:41",
        "error[S003]: `id` takes one team id, written as text; found a list\n  --> r.yaml:10:9",
        "error[S003]: `team` takes one team id, written as text; found a list\n  --> r.yaml:14:5",
        "error[S003]: `team` takes one team id, written as text; found a mapping\n  --> r.yaml:18:11",
    ] {
        assert!(out.contains(said), "{said}\n{out}");
    }
    assert!(!out.contains("one of"), "{out}");
    assert!(!out.contains("expected text\n"), "{out}");
}

/// `delimiter: [";"]` in a mapping file and under `input:` in `.handoff.yaml` said
/// "expected text".
#[test]
fn a_delimiter_written_as_a_list_says_so_at_its_place() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nc1,customer,hi\n",
    );
    write(
        dir.path(),
        "map.yaml",
        "columns: { text: text }\ndelimiter: [\";\"]\n",
    );
    let takes =
        "`delimiter` takes one delimiter (`,`, `;`, `tab` or `|`), written as text; found a list";
    let assert = handoff_in(dir.path())
        .args(["replay", "--mapping", "map.yaml", "t.csv", "-r"])
        .arg(crate::common::root().join("rules"))
        .assert()
        .code(2);
    let err = stderr_text(&assert);
    assert!(
        err.contains(&format!("map.yaml:2:12: invalid mapping: {takes}")),
        "{err}"
    );

    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  delimiter:\n    - \";\"\n",
    );
    let assert = handoff_in(dir.path())
        .arg("replay")
        .arg("-r")
        .arg(crate::common::root().join("rules"))
        .arg("t.csv")
        .assert()
        .code(2);
    let err = stderr_text(&assert);
    assert!(
        err.contains(&format!(".handoff.yaml:3:5: invalid project file: {takes}")),
        "{err}"
    );
}

/// A review found a rule test's message by an agent, written as a list (`- agent: [hi]`),
/// said "`agent` takes one name, the agent's": a team's `agent:` wording, where in a test
/// the value is a message.
#[test]
fn an_agents_message_written_as_a_list_in_a_rule_test_is_not_called_a_name() {
    let dir = tempfile::tempdir().unwrap();
    let rules = crate::common::root().join("rules");
    for file in ["signals.yaml", "triggers.yaml", "routes.yaml", "teams.yaml"] {
        std::fs::copy(rules.join(file), dir.path().join(file)).unwrap();
    }
    std::fs::create_dir(dir.path().join("tests")).unwrap();
    write(
        dir.path(),
        "tests/t.yaml",
        "version: 1\ntests:\n  - name: x\n    messages:\n      - agent: [hi]\n    expect: { escalated: false }\n",
    );
    let assert = handoff_in(dir.path())
        .args(["test", "-r", "."])
        .assert()
        .code(2);
    let said = format!("{}{}", stdout_text(&assert), stderr_text(&assert));
    assert!(
        said.contains("`agent` takes one message, written as text; found a list"),
        "{said}"
    );
    assert!(!said.contains("agent's"), "{said}");
}
