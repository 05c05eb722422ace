//! clap's value suggestions (cli40): `--only unescalated` was told "a similar value
//! exists: 'escalated'", its opposite. The value of the same negation is suggested, in
//! clap's words, with clap's exit code.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::handoff;

#[test]
fn a_value_is_not_suggested_its_opposite() {
    handoff()
        .args(["replay", "-r", "r.yaml", "t.csv", "--only", "unescalated"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(
            "error: invalid value 'unescalated' for '--only <ONLY>'\n  [possible values: all, escalated, not-escalated]\n\n  tip: a similar value exists: 'not-escalated'\n",
        ))
        .stderr(contains("'escalated'\n").not());
    // cli40 review: a negation inside the word, another prefix, or beside more words
    // was still offered the opposite.
    for given in ["unescalate", "deescalated", "unescalated-only"] {
        handoff()
            .args(["replay", "-r", "r.yaml", "t.csv", "--only", given])
            .assert()
            .code(2)
            .stderr(contains("tip: a similar value exists: 'not-escalated'"))
            .stderr(contains("'escalated'\n").not());
    }
    // A typo is helped as before.
    handoff()
        .args(["replay", "-r", "r.yaml", "t.csv", "--only", "escalatd"])
        .assert()
        .code(2)
        .stderr(contains("tip: a similar value exists: 'escalated'"));
}
