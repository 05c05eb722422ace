//! The hints of `handoff test`'s report, the lines telling what to do about a failing
//! case (cli41: this one had no CLI test): an expected `bridge_contains` found in other
//! capitals says so, in the human report and in JUnit's failure.

use predicates::str::contains;

use crate::common::{handoff, stdout_text, write};

#[test]
fn a_bridge_contains_in_other_capitals_is_told_so() {
    let dir = tempfile::tempdir().unwrap();
    let tests = write(
        dir.path(),
        "t.yaml",
        "version: 1
tests:
  - name: capitals
    customer: { name: Rita, tier: pro }
    messages:
      - customer: Is there a volume discount if we sign for three years?
    expect:
      bridge_contains: hi rita
",
    );
    let help = "the message holds `Hi Rita`, in other capitals: `bridge_contains` compares the text as written";
    handoff()
        .arg("test")
        .arg(&tests)
        .assert()
        .code(1)
        .stdout(contains(
            "      bridge_contains: expected `hi rita`, got `Hi Rita, ",
        ))
        .stdout(contains(format!("\n        help: {help}\n")));
    let junit = stdout_text(
        &handoff()
            .args(["test", "-f", "junit"])
            .arg(&tests)
            .assert()
            .code(1),
    );
    assert!(junit.contains(&format!("help: {help}")), "{junit}");
}
