//! `handoff lint`'s level flags quoted as typed and read past their spelling: a code
//! given two levels quotes `-D L003` when that was typed, not `--deny`; a code written
//! with a sign (`-D -15`) is this project's usage error, not clap's tip to write
//! `-- -15`; a level flag followed by a flag (`-W -q`) is told it was given no code;
//! full-width letters and digits (`Ｌ００３`) are read as ASCII. Each refusal exits 2.

use predicates::prelude::*;
use predicates::str::contains;

use crate::common::{exits_2_saying, handoff, stderr_text};
use crate::lint_cli::fixture;

/// `handoff lint ARGS L003.yaml` exits 2 and says exactly `error: SAYS` on stderr.
fn refused(args: &[&str], says: &str) {
    exits_2_saying(handoff().arg("lint").args(args).arg(fixture("L003")), &[])
        .stdout("")
        .stderr(format!("error: {says}\n"));
}

/// `-D L003 -A L003` said "given two levels, `--allow L003` and `--deny L003`": the
/// long flags, which were not typed.
#[test]
fn a_code_given_two_levels_is_quoted_as_typed() {
    refused(
        &["-D", "L003", "-A", "L003"],
        "`L003` (unsatisfiable-condition) is given two levels, `-A L003` and `-D L003`; keep one",
    );
    refused(
        &["-DL003", "--allow=unsatisfiable-condition"],
        "`L003` (unsatisfiable-condition) is given two levels, \
         `--allow=unsatisfiable-condition` and `-DL003`; keep one",
    );
    // A short flag after others in one word, and a code in a comma-separated list: the
    // list as typed (it quoted `-qW L003`, `-AL002` and `-A  L002`, never typed).
    refused(
        &["-qW", "L002,L003", "--deny", "L003"],
        "`L003` (unsatisfiable-condition) is given two levels, `-qW L002,L003` and `--deny L003`; keep one",
    );
    refused(
        &["-AL002,L003", "-DL002"],
        "`L002` (missing-default-route) is given two levels, `-AL002,L003` and `-DL002`; keep one",
    );
    refused(
        &["-A", "L003, L002", "-D", " l002"],
        "`L002` (missing-default-route) is given two levels, `-A \"L003, L002\"` and \
         `-D \" l002\"`; keep one",
    );
    refused(
        &["-D=L003", "-AL003"],
        "`L003` (unsatisfiable-condition) is given two levels, `-AL003` and `-D=L003`; keep one",
    );
}

/// `-D -15` got clap's "unexpected argument '-1' found" and its tip "to pass '-15' as a
/// value, use '-- -15'", which lints `-15` as a rule path; `-D -L003` the same of `-L`.
#[test]
fn a_code_written_with_a_sign_is_told_it_has_none() {
    refused(
        &["-D", "-15"],
        "`-15` is not a lint code: a code has no sign; `D015` of this number takes no level \
         (it is not about rules; `handoff lint --list` shows the codes)",
    );
    refused(
        &["-W", "-3"],
        "`-3` is not a lint code: a code has no sign; did you mean `L003` or `C003`?",
    );
    refused(
        &["--allow", "-003"],
        "`-003` is not a lint code: a code has no sign; did you mean `L003` or `C003`?",
    );
    exits_2_saying(handoff().args(["lint", "-D", "-15", &fixture("L003")]), &[])
        .stderr(contains("-- -15").not());
    // A code with a sign, which clap reads as flags (`-L`): its tip was to write `-- -L`.
    refused(
        &["-D", "-L003"],
        "`-L003` is not a lint code: a code has no sign; did you mean `L003`?",
    );
    refused(
        &["-A", "-unused-signal"],
        "`-unused-signal` is not a lint code: a code has no sign; did you mean `unused-signal`?",
    );
    // Not after a level flag: clap's error stands.
    exits_2_saying(
        handoff().args(["replay", "-D", "-L003"]),
        &["unexpected argument '-D'"],
    );
}

/// cli47: `-W -D001` and `-W -q` got clap's bare "a value is required for '--warn
/// <CODE>' but none was supplied", of a flag typed `-W`. A code with a sign is read as
/// the flag's value, as rustc and clippy read it, and told what `-W=-D001` is told; a
/// flag where the code goes is said to be no code, with what one looks like.
#[test]
fn a_level_flag_followed_by_a_flag_says_what_to_write() {
    refused(
        &["-W", "-D001"],
        "`-D001` is not a lint code: a code has no sign, and `D001` (malformed-row) cannot \
         be overridden: it is about transcripts, not rules",
    );
    refused(
        &["-W=-D001"],
        "`-D001` is not a lint code: a code has no sign, and `D001` (malformed-row) cannot \
         be overridden: it is about transcripts, not rules",
    );
    refused(
        &["-W", "--deny", "L003"],
        "`-W` was given no code: `--deny` after it is a flag; write a check's code or name \
         after it (`-W L003`, `-W unused-signal`; `handoff lint --list` shows them)",
    );
    exits_2_saying(handoff().args(["lint", &fixture("L003"), "-D"]), &[])
        .stdout("")
        .stderr(
            "error: `-D` was given no code: nothing follows it; write a check's code or name \
             after it (`-D L003`, `-D unused-signal`; `handoff lint --list` shows them)\n",
        );
    // Not after a level flag: clap's error stands.
    exits_2_saying(
        handoff().args(["lint", "--format", "-q"]),
        &["a value is required for '--format <FORMAT>'"],
    );
}

/// `-D ００３` and `--deny Ｌ００３` (as an East Asian input method types them) were
/// "unknown check" with no suggestion: full-width letters and digits are read as ASCII.
#[test]
fn full_width_letters_and_digits_are_read_as_ascii() {
    refused(
        &["-D", "００３"],
        "`００３` is not a lint code: did you mean `L003`, `C003`, `S003`, `R003` or `T003`?",
    );
    // The code itself, at the level given.
    handoff()
        .args(["lint", "--warn", "Ｌ００３", &fixture("L003")])
        .assert()
        .success()
        .stdout(contains("warning[L003]"));
    handoff()
        .args(["lint", "-A", "ｌ００３", &fixture("L003")])
        .assert()
        .success()
        .stdout(contains("no problems"));
    // Given two levels, quoted as typed.
    refused(
        &["--deny", "Ｌ００３", "-A", "L003"],
        "`L003` (unsatisfiable-condition) is given two levels, `-A L003` and `--deny Ｌ００３`; keep one",
    );
    handoff()
        .args(["lint", "--explain", "Ｌ００３"])
        .assert()
        .success()
        .stdout(contains("# L003 unsatisfiable-condition"));
}

/// Only `-D -L003` said "a code has no sign": `-D=-L003`, `--deny=-L003`, `-D-L003`,
/// `-D +L003`, `-A L003,-L002` and `allow: [-L008]` said "unknown check", and `-D -L999`,
/// `-D -unused_signal`, `-D -warnings`, `-A -L-003` clap's tip to write `-- -L`. Every
/// signed form says the same, and never suggests a code the level cannot be given.
#[test]
fn every_signed_form_is_told_the_same() {
    let l003 = "`-L003` is not a lint code: a code has no sign; did you mean `L003`?";
    for args in [
        &["-D", "-L003"][..],
        &["-D=-L003"],
        &["--deny=-L003"],
        &["--deny", "-L003"],
        &["-D-L003"],
        &["-qD", "-L003"],
    ] {
        refused(args, l003);
    }
    let plus = "`+L003` is not a lint code: a code has no sign; did you mean `L003`?";
    refused(&["-D", "+L003"], plus);
    refused(&["-D+L003"], plus);
    refused(
        &["-A", "L003,-L002"],
        "`-L002` is not a lint code: a code has no sign; did you mean `L002`?",
    );
    refused(
        &["-D", "-L999"],
        "`-L999` is not a lint code: a code has no sign; `handoff lint --list` shows the codes",
    );
    refused(
        &["-D", "-unused_signal"],
        "`-unused_signal` is not a lint code: a code has no sign; did you mean `unused-signal`?",
    );
    refused(
        &["-D", "-warnings"],
        "`-warnings` is not a lint code: a code has no sign; to fail on warnings, use \
         `--deny-warnings` (`deny_warnings: true` in the project file)",
    );
    refused(
        &["-A", "-L-003"],
        "`-L-003` is not a lint code: a code has no sign; did you mean `L003`?",
    );
    // A code the level cannot be given is not suggested: why not is said.
    refused(
        &["-A", "-S001"],
        "`-S001` is not a lint code: a code has no sign, and `S001` (yaml-syntax) cannot be \
         allowed: rule files with this problem cannot be loaded, so it is always an error",
    );
    refused(
        &["-A", "-S0O1"],
        "`-S0O1` is not a lint code: a code has no sign; `handoff lint --list` shows the codes",
    );
    let r006 = stderr_text(&exits_2_saying(
        handoff().args(["lint", "-A", "-R006", &fixture("L003")]),
        &["`-R006` is not a lint code: a code has no sign, and `R006`"],
    ));
    assert!(!r006.contains("did you mean"), "{r006}");
    // The project file, with its place.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join(".handoff.yaml"),
        "lint:\n  allow: [-L008]\n",
    )
    .unwrap();
    exits_2_saying(
        handoff()
            .current_dir(dir.path())
            .args(["lint", &fixture("L003")]),
        &[
            ".handoff.yaml:2:11: invalid project file: `-L008` is not a lint code: a code has \
           no sign; did you mean `L008`?",
        ],
    );
}

/// `-A 9` said `S009` "is not about rules", though it is: it stops them loading.
#[test]
fn a_number_of_a_rule_loading_error_says_why_it_takes_no_level() {
    refused(
        &["-A", "9"],
        "`9` is not a lint code: `S009` of this number cannot be allowed (rule files with \
         this problem cannot be loaded, so it is always an error), and `D009` takes no level \
         (it is not about rules; `handoff lint --list` shows the codes)",
    );
    refused(&["-D", "9"], "`9` is not a lint code: did you mean `S009`?");
}
