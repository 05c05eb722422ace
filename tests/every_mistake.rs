//! Every mistake of a rule file reported in one run, each at its place, at any number.

use std::fmt::Write as _;

use crate::common::{handoff, write};

/// Regression: every diagnostic's line and column, and its drawing, were found by
/// reading the file from its start, so 5,000 unknown keys in one file took seconds
/// (quadratic). Each is still reported, where it is; the time is measured by hand (see
/// the CHANGELOG), not here.
#[test]
fn five_thousand_unknown_keys_are_five_thousand_diagnostics() {
    let dir = tempfile::tempdir().unwrap();
    let mut text = String::from("version: 1\nsignals:\n  - id: s\n    phrases: [hello]\n");
    for i in 0..5_000 {
        writeln!(text, "    zz{i}: 1").unwrap();
    }
    write(dir.path(), "r.yaml", &text);
    let out = handoff()
        .current_dir(dir.path())
        .args(["lint", "r.yaml"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout.matches("error[S002]: unknown field `zz").count(),
        5_000
    );
    assert!(stdout.contains(" --> r.yaml:5004:5\n"), "{stdout}");
    assert!(stdout.contains("5004 |     zz4999: 1\n"), "{stdout}");
}
