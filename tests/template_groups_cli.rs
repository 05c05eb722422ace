//! Bridge templates that reach a group of values whole, or call a method, from the
//! outside: what `lint` says of them, that `explain` refuses them before any customer
//! value is written, and what a template stopped for its fuel says.

use crate::common::{handoff, stdout_of, stdout_text, write};

/// A rule file of one trigger, routed to a team whose template is `bridge`.
fn rules(dir: &std::path::Path, bridge: &str) -> std::path::PathBuf {
    write(
        dir,
        "rules.yaml",
        &format!(
            "version: 1\ntriggers:\n  - id: t\n    when: {{ message: {{ role: customer, phrases: [refund] }} }}\n\
             default_route: {{ team: t }}\nteams:\n  - id: t\n    name: T\n    bridge: '{bridge}'\n"
        ),
    )
}

/// A loop over the customer's fields passed `lint`, and
/// `explain --meta password=hunter2` wrote `Hi password=hunter2; ssn=…`. `lint` refuses
/// it with T004 (exit 1, as for `{{ customer }}`) at the loop and at `customer[k]`.
#[test]
fn lint_refuses_a_loop_over_the_customers_fields() {
    let dir = tempfile::tempdir().unwrap();
    let path = rules(
        dir.path(),
        "Hi {% for k in customer %}{{ k }}={{ customer[k] }}; {% endfor %}",
    );
    let out = stdout_text(&handoff().arg("lint").arg(&path).assert().code(1));
    let out = out.replace(&dir.path().display().to_string(), "[DIR]");
    insta::assert_snapshot!("lint_loop_over_customer", out);
}

/// The same rules do not load for `explain`, and nothing of the customer's is written.
#[test]
fn explain_writes_no_customer_field_from_a_loop() {
    let dir = tempfile::tempdir().unwrap();
    let path = rules(
        dir.path(),
        "Hi {% for k in customer %}{{ k }}={{ customer[k] }}; {% endfor %}",
    );
    let out = handoff()
        .args(["explain", "-r"])
        .arg(&path)
        .args(["--say", "customer: refund please"])
        .args(["--meta", "password=hunter2", "--meta", "ssn=123-45-6789"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(said.contains("error[T004]"), "{said}");
    assert!(
        !said.contains("hunter2") && !said.contains("123-45-6789"),
        "{said}"
    );
}

/// `{{ customer.items() }}` passed lint and every escalation had
/// `bridge_error: unknown method`; `[customer][0]` reached the group through a list.
#[test]
fn lint_refuses_a_method_call_and_a_group_in_a_list() {
    let dir = tempfile::tempdir().unwrap();
    let path = rules(dir.path(), "Hi {{ customer.items() }} {{ [customer][0] }}");
    let out = stdout_text(&handoff().arg("lint").arg(&path).assert().code(1));
    assert!(
        out.contains(
            "error[T001]: template calls `customer.items()`: values in bridge templates have no methods"
        ),
        "{out}"
    );
    assert!(out.contains("rules.yaml:9:29"), "{out}");
    assert!(
        out.contains("error[T004]: bridge templates read `customer` only by naming a field: this puts it whole in a list or map"),
        "{out}"
    );
    assert!(out.contains("rules.yaml:9:44"), "{out}");
}

/// `{{ "x" * 100000000 }}` loads (lint cannot tell how much work a
/// template does with a conversation's values) and its render is stopped: the error
/// said only "engine ran out of fuel (template line 1)". It says what happened, what
/// does that, and whose template it is.
#[test]
fn a_template_stopped_for_its_fuel_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let path = rules(dir.path(), r#"Hi {{ "x" * 100000000 }}"#);
    let text = stdout_of(handoff().args(["explain", "-r"]).arg(&path).args([
        "--say",
        "customer: refund please",
        "--format",
        "json",
    ]));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["outcome"]["bridge_message"], serde_json::Value::Null);
    assert_eq!(
        v["outcome"]["bridge_error"],
        "the template was stopped: it did more work than a bridge message needs (a loop over a long list, text repeated many times: `\"x\" * 100000`) (team `t`'s bridge, template line 1)"
    );
}
