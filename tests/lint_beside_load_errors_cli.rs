//! `handoff lint` beside rule files that do not load: a file that is not UTF-8 is a
//! finding, the checks still run on what loaded, a misspelt reference is still said
//! (unless the broken file may define it), and L002 waits for the routes to load.

use predicates::str::contains;

use crate::common::{handoff, stdout_text, write};

/// A rule file that is not UTF-8 exited 2 with "not valid UTF-8 (at byte 11)".
#[test]
fn a_rule_file_that_is_not_utf8_is_a_finding_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.yaml");
    std::fs::write(&path, b"version: 1\n\xff\xfe bad: x\n").unwrap();
    handoff()
        .arg("lint")
        .arg(&path)
        .assert()
        .code(1)
        .stdout(contains("error[S001]: the file is not valid UTF-8 text"))
        .stdout(contains(format!("{}:2:1", path.display())));
}

/// A rule file that is not UTF-8 (UTF-16, Latin-1) was searched, bad bytes
/// replaced, for the names it defines; none was found whole, so every reference to one
/// was a false "unknown team". It may define any name: only S001 is reported.
#[test]
fn references_beside_a_rule_file_that_is_not_utf8_are_not_unknown() {
    let teams =
        "version: 1\nteams:\n  - { id: support, name: Support }\n  - { id: légal, name: Légal }\n";
    let utf16: Vec<u8> = teams.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let latin1: Vec<u8> = teams
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap())
        .collect();
    for (encoding, bytes) in [("UTF-16", utf16), ("Latin-1", latin1)] {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("teams.yaml"), bytes).unwrap();
        write(
            dir.path(),
            "rules.yaml",
            "version: 1
triggers:
  - { id: angry, when: { message: { contains: [angry] } } }
routes:
  - { id: first, when: { trigger: angry }, team: support }
  - { id: second, when: { trigger: angry }, team: légal }
default_route: { team: support }
",
        );
        let out = handoff()
            .args(["lint", "--color", "never", "-r"])
            .arg(dir.path())
            .output()
            .unwrap();
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.contains("error[S001]"), "{encoding}: {stdout}");
        assert!(!stdout.contains("unknown team"), "{encoding}: {stdout}");
    }
}

/// Regression: a logic finding showed only once every load error was fixed.
/// What loaded is checked beside the errors; what a file that does not parse would have
/// defined causes no finding (no "unknown team", no "never used").
#[test]
fn logic_checks_run_on_what_loaded_beside_load_errors() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.yaml",
        "version: 1
signals:
  - { id: angry, phrases: [furious] }
triggers:
  - id: pointless
    when: { counter: { name: customer_messages, at_least: 0, at_most: 4 } }
routes:
  - id: to-support
    when: { trigger: mad }
    team: support
    bogus: 1
  - id: later
    when: { trigger: pointless }
    team: support
",
    );
    write(
        dir.path(),
        "b.yaml",
        "version: 1
triggers:
  - id: mad
    when: { message: { signal: angry }
teams:
  - { id: support, name: Support, bridge: hi }
",
    );
    let out = handoff()
        .current_dir(dir.path())
        .args(["lint", "."])
        .assert()
        .code(1)
        .get_output()
        .clone();
    insta::assert_snapshot!(
        "lint_logic_beside_load_errors",
        String::from_utf8(out.stdout).unwrap()
    );
}

/// Regression: while a rule file did not parse at all, a misspelt reference in another
/// file was held back (the broken file might have defined it). A name the broken file
/// does not write is reported, saying that file was looked at; one it writes
/// (`billing`) is still not called unknown.
#[test]
fn a_misspelt_reference_is_reported_beside_a_file_that_does_not_parse() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.yaml",
        "version: 1
signals:
  - { id: angry, phrases: [furious] }
triggers:
  - id: mad
    when: { message: { signal: angry } }
routes:
  - id: to-support
    when: { trigger: mad }
    team: suport
  - id: to-billing
    when: { trigger: mad }
    team: billing
",
    );
    write(
        dir.path(),
        "b.yaml",
        "version: 1
teams:
  - { id: support, name: Support, bridge: hi }
  - { id: billing, name: Billing, bridge: \"hi
",
    );
    let out = handoff()
        .current_dir(dir.path())
        .args(["lint", "."])
        .assert()
        .code(1)
        .get_output()
        .clone();
    insta::assert_snapshot!(
        "lint_misspelt_reference_beside_unparsable_file",
        String::from_utf8(out.stdout).unwrap()
    );
}

/// With a route that did not load and no default route, L002 pointed at the
/// first trigger, as if the rule set had no routes. It now waits for every route to load
/// (the note names it), and the load error is the finding.
#[test]
fn missing_default_route_waits_for_the_routes_to_load() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "triggers.yaml",
        "version: 1
signals:
  - { id: pricing, phrases: [discount] }
triggers:
  - { id: first, when: { message: { signal: pricing } } }
  - { id: second, when: { message: { signal: pricing } } }
",
    );
    write(
        dir.path(),
        "routes.yaml",
        "version: 1
routes:
  - id: r
    when: { trigger: second }
    team: sales
    bogus: 1
teams:
  - { id: sales, name: Sales, bridge: hi }
",
    );
    let out = stdout_text(
        &handoff()
            .current_dir(dir.path())
            .args(["lint", "."])
            .assert()
            .code(1),
    );
    assert!(out.contains("error[S002]: unknown field `bogus`"), "{out}");
    assert!(!out.contains("L002]"), "{out}");
    assert!(
        out.contains("`L002`") && out.contains("did not run"),
        "{out}"
    );
    // Once the route loads, L002 points at it, where a default belongs.
    write(
        dir.path(),
        "routes.yaml",
        "version: 1
routes:
  - id: r
    when: { trigger: second }
    team: sales
teams:
  - { id: sales, name: Sales, bridge: hi }
",
    );
    let out = stdout_text(
        &handoff()
            .current_dir(dir.path())
            .args(["lint", "."])
            .assert()
            .code(0),
    );
    assert!(
        out.contains("warning[L002]") && out.contains("./routes.yaml:3:9"),
        "{out}"
    );
}
