//! A role name that is not one, wherever the user writes it (a rule's `role:`, a rule
//! test's message, `--role VALUE=ROLE`, a mapping file's `roles:`): said in the tool's
//! words, with the value as written, the roles taken, and how a transcript's name for a
//! role (`user`) is written.

use crate::common::{handoff, invalid_rule_tests, root, stdout_text, write};

/// The hint a transcript's `user` gets wherever a role is named.
const USER_HINT: &str = "`user` is written `customer` here, where the roles are named customer, bot and agent (a transcript's `user` is read as `customer`)";

/// `role: user` in a rule was serde's "unknown variant `user`, expected one of customer,
/// bot, agent, any".
#[test]
fn a_rules_unknown_role_is_named_with_the_roles_taken() {
    let dir = tempfile::tempdir().unwrap();
    let rules = std::fs::read_to_string(root().join("rules/triggers.yaml")).unwrap();
    for name in ["signals.yaml", "routes.yaml", "teams.yaml"] {
        std::fs::copy(root().join("rules").join(name), dir.path().join(name)).unwrap();
    }
    let rules = rules.replacen("role: customer", "role: user", 1);
    write(dir.path(), "triggers.yaml", &rules);
    let assert = handoff()
        .current_dir(dir.path())
        .args(["lint", "."])
        .assert()
        .code(1);
    let out = stdout_text(&assert);
    assert!(
        out.contains("error[S002]: unknown role `user`; expected customer, bot, agent or any\n"),
        "{out}"
    );
    assert!(out.contains(&format!("= help: {USER_HINT}")), "{out}");
    assert!(!out.contains("unknown variant"), "{out}");
}

/// `- usr: hi` in a rule test was serde's "unknown field `usr`, expected one of customer,
/// bot, agent, time".
#[test]
fn a_rule_tests_unknown_role_is_named_with_the_roles_taken() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "t.yaml",
        "version: 1\ntests:\n  - name: a\n    messages:\n      - user: hi\n      - custmer: hi\n    expect: { escalated: false }\n",
    );
    let out = invalid_rule_tests(dir.path());
    assert!(
        out.contains("error[S002]: unknown key `user` in a message; expected its role (customer, bot or agent) or `time`\n --> t.yaml:5:9"),
        "{out}"
    );
    assert!(out.contains(&format!("= help: {USER_HINT}")), "{out}");
    assert!(out.contains("unknown key `custmer` in a message"), "{out}");
    assert!(out.contains("= help: did you mean `customer`?"), "{out}");
    assert!(!out.contains("expected one of"), "{out}");
}

/// `--role VALUE=ROLE` and a mapping file's `roles:` named no role for a transcript's
/// `user`, and `--role customer=requester` was not told it is written the other way.
#[test]
fn a_mapped_role_named_as_transcripts_name_it_gets_the_hint() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nc1,requester,hi\n",
    );
    let rules = root().join("rules");
    let run = |args: &[&str]| {
        let assert = handoff()
            .current_dir(dir.path())
            .arg("replay")
            .arg("-r")
            .arg(&rules)
            .args(args)
            .arg(&csv)
            .assert()
            .code(2);
        crate::common::stderr_text(&assert)
    };
    let err = run(&["--role", "requester=user"]);
    assert!(
        err.contains(&format!(
            "unknown role `user` in `requester=user`; expected customer, bot or agent; {USER_HINT}"
        )),
        "{err}"
    );
    let err = run(&["--role", "customer=requester"]);
    assert!(
        err.contains("`--role` takes VALUE=ROLE: did you mean `requester=customer`?"),
        "{err}"
    );
    write(dir.path(), "map.yaml", "roles:\n  user: [requester]\n");
    let err = run(&["--mapping", "map.yaml"]);
    assert!(err.contains("map.yaml:2:3: "), "{err}");
    assert!(
        err.contains(&format!(
            "unknown role `user` under `roles:`; expected customer, bot or agent; {USER_HINT}"
        )),
        "{err}"
    );
}

/// A mapping file's `roles:` written the other way round (`shopper: customer`, value
/// then role) was told only that `shopper` is no role, and `visitor: customer` was told
/// `visitor` is written `customer`, which points at `customer: customer`.
#[test]
fn a_mapping_files_roles_written_the_other_way_round_are_told_how_they_are_written() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nc1,shopper,hi\n",
    );
    let rules = root().join("rules");
    let run = |mapping: &str| {
        write(dir.path(), "map.yaml", mapping);
        let assert = handoff()
            .current_dir(dir.path())
            .args(["replay", "--mapping", "map.yaml", "-r"])
            .arg(&rules)
            .arg(&csv)
            .assert()
            .code(2);
        crate::common::stderr_text(&assert)
    };
    let err = run("roles:\n  shopper: customer\n");
    assert!(
        err.contains(
            "map.yaml:2:3: invalid mapping: unknown role `shopper` under `roles:`; expected customer, bot or agent; `roles:` lists under each role the values that name it: did you mean `customer: [shopper]`?\n"
        ),
        "{err}"
    );
    let err = run("roles:\n  visitor: [customer]\n");
    assert!(
        err.contains(
            "did you mean `customer: [visitor]`? (or no mapping at all: a transcript's `visitor` is read as `customer` already)"
        ),
        "{err}"
    );
    assert!(!err.contains("is written `customer` here"), "{err}");
}
