//! Under `--redact`, an error about what the user typed quotes it masked (audit of the
//! twenty-second session, item 4): `explain --say` with a mistyped role printed the
//! message whole, card number and email included.

use crate::common::handoff;

/// Stderr of `handoff explain ARGS` from the repository root, which must exit 2.
fn explain_error(args: &[&str]) -> String {
    let out = handoff().arg("explain").args(args).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn a_mistyped_say_is_quoted_masked_under_redact() {
    let said = "customre: my card 4111 1111 1111 1111, tyler@example.com";
    let err = explain_error(&["--redact", "--say", said]);
    assert!(
        err.starts_with("error: --say `customre: my card [card], [email]` is not ROLE: TEXT"),
        "{err}"
    );
    assert!(!err.contains("4111") && !err.contains("tyler@"), "{err}");
    // Without --redact it is quoted as written.
    let err = explain_error(&["--say", said]);
    assert!(
        err.contains(&format!("--say `{said}` is not ROLE: TEXT")),
        "{err}"
    );
}

#[test]
fn a_say_with_a_bad_time_is_quoted_masked_under_redact() {
    let err = explain_error(&[
        "--redact",
        "--say",
        "customer@soon: call 4111 1111 1111 1111",
    ]);
    assert!(err.contains("[card]") && !err.contains("4111"), "{err}");
}

#[test]
fn a_meta_without_a_field_is_named_by_its_place_under_redact() {
    let err = explain_error(&[
        "--redact",
        "--say",
        "customer: hi",
        "--meta",
        "tier=pro",
        "--meta",
        "Tyler Jones",
    ]);
    assert!(
        err.starts_with("error: --meta number 2 is not FIELD=VALUE"),
        "{err}"
    );
    assert!(!err.contains("Tyler"), "{err}");
}
