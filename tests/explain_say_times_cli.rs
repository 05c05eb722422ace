//! `handoff explain --say` with what a said conversation carries besides its words: a
//! message's time (`ROLE@TIME: TEXT`, for `hours:` routes) and the conversation's
//! metadata (`--meta`). The command itself: `explain_say_cli.rs`.

use predicates::str::contains;

use crate::common::{handoff, stdout_of, write};

/// `--say` messages had no time, so `hours:` never held and
/// "where would this message go?" always gave the daytime answer. `ROLE@TIME: TEXT`
/// gives a message its time, read as a rule test's `time:` is.
#[test]
fn say_takes_a_time_for_hours_routes() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "rules.yaml",
        r#"version: 1
signals:
  - { id: person, phrases: [real person] }
triggers:
  - { id: person, when: { message: { role: customer, signal: person } } }
routes:
  - id: after-hours
    when: { hours: { between: "18:00-08:00", tz: Europe/Berlin } }
    team: night
default_route: { team: day }
teams:
  - { id: night, name: Night, bridge: Good evening. }
  - { id: day, name: Day, bridge: Hello. }
"#,
    );
    let team = |say: &str| {
        let text = stdout_of(
            handoff()
                .args(["explain", "-f", "json", "-r"])
                .arg(&rules)
                .args(["--say", say]),
        );
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        v["outcome"]["team"].as_str().unwrap_or_default().to_owned()
    };
    assert_eq!(team("customer: can I speak to a real person?"), "day");
    assert_eq!(
        team("customer@2024-03-01T22:15:00+01:00: can I speak to a real person?"),
        "night"
    );
    assert_eq!(
        team("user@2024-03-01T10:15:00Z: can I speak to a real person? at 10:30"),
        "day"
    );
    // Unix seconds; and without an offset, UTC (21:15 UTC is 22:15 in Berlin), said so.
    assert_eq!(team("customer@1709327700: a real person please"), "night");
    let text = stdout_of(handoff().args(["explain", "-r"]).arg(&rules).args([
        "--say",
        "customer@2024-03-01 21:15:00: a real person please",
    ]));
    assert!(
        text.contains("── message 1 · customer · 2024-03-01 21:15:00 ──"),
        "{text}"
    );
    assert!(
        text.contains("local time Fri 2024-03-01 22:15 (Europe/Berlin); `2024-03-01 21:15:00` has no offset: read as UTC, as `--say`'s times without one are"),
        "{text}"
    );
    // A time that does not parse, or that runs into the text, is an error naming the
    // value and what was expected.
    handoff()
        .args(["explain", "--say", "customer@yesterday: hi"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(format!(
            "--say `customer@yesterday: hi`: `yesterday` is not a date and time: expected {}",
            handoff::ruletest::TIME_FORMS
        )));
    // The forms that error names are read: dotted and slashed dates, German month names,
    // 12-hour clocks and two-digit years (21:15 UTC, 22:15 in Berlin: night; 09:15 UTC:
    // day), but not a slashed date both orders make real.
    for (say, expected) in [
        ("customer@01.03.2024 21:15: a real person please", "night"),
        ("customer@1. März 2024 21:15: a real person please", "night"),
        ("customer@13/03/2024 21:15: a real person please", "night"),
        ("customer@3/13/24 9:15 PM: a real person please", "night"),
        ("customer@3/13/24 9:15 AM: a real person please", "day"),
    ] {
        assert_eq!(team(say), expected, "{say}");
    }
    handoff()
        .args(["explain", "--say", "customer@05/06/2024 21:15: hi"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(contains(
            "`05/06/2024 21:15` is not a date and time: expected RFC 3339",
        ));
    handoff()
        .args(["explain", "--say", "customer@2024-03-01T22:15:00Z:hi"])
        .assert()
        .code(2)
        .stderr(contains(
            "is not ROLE@TIME: TEXT: end the time with a colon and a space",
        ));
    // An `@` in the text is text.
    let text = stdout_of(handoff().args([
        "explain",
        "-f",
        "json",
        "--say",
        "customer: mail me at ann@example.com: thanks",
    ]));
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["steps"][0]["text"], "mail me at ann@example.com: thanks");
}

/// Two `--meta` of one field with different values were accepted and the first won, so
/// the flags' order decided the route; the same value twice is still one value.
#[test]
fn meta_given_twice_with_two_values_is_an_error_naming_both() {
    use predicates::prelude::PredicateBooleanExt;
    for second in ["tier=free", "Tier=free"] {
        handoff()
            .args(["explain", "--say", "customer: is there a discount"])
            .args(["--meta", "tier=enterprise", "--meta", second])
            .assert()
            .code(2)
            .stderr(contains(format!(
                "--meta `tier=enterprise` and --meta `{second}` both give `tier`, with two values"
            )))
            .stderr(contains("hint: give the field once"));
    }
    handoff()
        .args(["explain", "--say", "customer: hi", "--redact"])
        .args([
            "--meta",
            "name=Alex Smith",
            "--meta",
            "plan=pro",
            "--meta",
            "Name=Bo",
        ])
        .assert()
        .code(2)
        .stderr(contains("--meta number 1 and number 3 both give `name`"))
        .stderr(contains("Alex").not());
    handoff()
        .args(["explain", "--say", "customer: hi"])
        .args(["--meta", "tier=enterprise", "--meta", "Tier= enterprise"])
        .assert()
        .success();
}
