//! The hints of `handoff test`'s report, the lines telling what to do about a failing
//! case (cli41: this one had no CLI test): an expected `bridge_contains` found in other
//! capitals says so, in the human report and in JUnit's failure.

use crate::common::failing_rule_tests;

#[test]
fn a_bridge_contains_in_other_capitals_is_told_so() {
    let dir = tempfile::tempdir().unwrap();
    let (_, text, junit) = failing_rule_tests(
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
    assert!(
        text.contains("      bridge_contains: expected `hi rita`, got `Hi Rita, "),
        "{text}"
    );
    assert!(
        text.contains(&format!("\n        help: {help}\n")),
        "{text}"
    );
    assert!(junit.contains(&format!("help: {help}")), "{junit}");
}
