//! A key's value written at the key's indentation: one error, with help, not two.

use std::path::PathBuf;

use crate::rules::load;
use crate::rules::validate::validate;

fn diagnostics(text: &str) -> Vec<crate::diag::Diagnostic> {
    let loaded = load::parse(vec![(PathBuf::from("r.yaml"), text.to_owned())]);
    match validate(loaded) {
        Ok(_) => panic!("expected errors for {text}"),
        Err((diagnostics, _)) => diagnostics,
    }
}

/// `when:` followed by `message:` at `when:`'s indentation gave "expected a condition
/// …, found nothing" and "unknown field `message`", unrelated as they read.
#[test]
fn a_condition_at_the_indentation_of_when_is_one_error() {
    let d = diagnostics(
        "version: 1
signals:
  - { id: s, phrases: [help] }
triggers:
  - id: t
    when:
    message: { role: customer, signal: s }
default_route:
team: x
",
    );
    let codes: Vec<_> = d.iter().map(|d| d.code.unwrap_or("-")).collect();
    assert_eq!(codes, ["S003", "S003"], "{d:?}");
    assert_eq!(d[0].location.as_ref().map(|l| l.line), Some(6));
    assert!(d[0].message.contains("found nothing"), "{}", d[0].message);
    assert_eq!(
        d[0].help,
        [
            "`message:` is at the indentation of `when:` above it, so YAML reads `when` as holding nothing and `message:` as a key beside it: indent `message:` further than `when:` to make it the value of `when`"
        ]
    );
    assert_eq!(d[1].location.as_ref().map(|l| l.line), Some(8));
    assert!(
        d[1].help
            .iter()
            .any(|h| h.starts_with("`team:` is at the indentation of `default_route:`")),
        "{:?}",
        d[1].help
    );
    // A known key below stays a key of its own.
    let d = diagnostics(
        "version: 1
signals:
  - id: s
    regex:
    phrases: [help]
",
    );
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].help.iter().all(|h| !h.contains("indentation of")),
        "{:?}",
        d[0].help
    );
}
