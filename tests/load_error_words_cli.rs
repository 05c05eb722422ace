//! What `handoff lint` and `handoff replay` say of a few mistakes a review found said
//! vaguely, twice, or not in the user's words: an empty id where one is referenced, a
//! condition written beside `when: ~`, a value tagged `!!null`, limits said as a bare
//! number of bytes.

use crate::common::{handoff, lint_text_failing, stderr_text, stdout_text, write};

/// The `error[CODE]: MESSAGE` lines of `out`, and the `-->` line after each.
fn errors(out: &str) -> Vec<String> {
    let lines: Vec<&str> = out.lines().collect();
    lines
        .iter()
        .enumerate()
        .filter(|(_, l)| l.starts_with("error["))
        .map(|(i, l)| format!("{l} {}", lines.get(i + 1).map_or("", |n| n.trim())))
        .collect()
}

/// `team: ""` said "unknown team ``", with help about a rule file that may define ``.
#[test]
fn an_empty_team_id_is_said_empty_once_at_the_value() {
    let out = lint_text_failing(
        r#"version: 1
triggers:
  - { id: t, when: { message: { phrases: [help] } } }
routes:
  - id: r
    when: { trigger: t }
    team: ""
teams:
  - { id: tm, name: T, bridges: { "": hi } }
"#,
    );
    assert_eq!(
        errors(&out),
        [
            "error[S008]: the team id is empty --> r.yaml:7:11",
            "error[S008]: the trigger id is empty --> r.yaml:9:35",
        ],
        "{out}"
    );
    assert!(
        out.contains("help: write the id of one of `teams:`"),
        "{out}"
    );
    assert!(!out.contains("``"), "{out}");
}

/// `id: ""` on a definition was said an invalid id, quoting nothing; cli34 left it.
#[test]
fn an_empty_definition_id_is_said_empty() {
    let out = lint_text_failing(
        r#"version: 1
triggers:
  - { id: "", when: { message: { phrases: [help] } } }
"#,
    );
    assert_eq!(
        errors(&out),
        ["error[S008]: the trigger id is empty --> r.yaml:3:11"],
        "{out}"
    );
    assert!(out.contains("help: give it an id of letters"), "{out}");
    assert!(!out.contains("``"), "{out}");
}

/// `when: ~` with the condition below it, at its indentation, was two errors with no
/// word of the `~`.
#[test]
fn a_condition_beside_a_null_when_says_to_write_it_in_its_place() {
    let out = lint_text_failing(
        "version: 1
triggers:
  - id: t
    when: ~
    message: { phrases: [help] }
",
    );
    assert_eq!(
        errors(&out),
        [
            "error[S003]: expected a condition such as `message: { signal: ID }`: a mapping with one of all, any, not, message, seen, counter, meta, hours, trigger, found nothing (`~` or an empty value) --> r.yaml:4:11"
        ],
        "{out}"
    );
    assert!(out.contains("help: `message:` is at the indentation of `when: ~` above it, so YAML reads `when` as holding nothing (`~`) and `message:` as a key beside it: to make it the value of `when`, delete `~` and indent `message:` further than `when:`"), "{out}");
}

/// `name: !!null` was two errors (nothing found, at the `:`, and the tag); at the end of
/// an item, the item was cut before the tag, which went unsaid.
#[test]
fn a_value_tagged_null_is_one_error_at_the_tag() {
    let tag = "error[S003]: YAML tags are not supported, found `!!null`: write the value plainly, without a tag (a value that starts with `!` is quoted: `'!text'`)";
    for (text, at) in [
        (
            "version: 1\nteams:\n  - id: t\n    name: !!null\n    agent: x\n",
            "4:11",
        ),
        ("version: 1\nteams:\n  - id: t\n    name: !!null\n", "4:11"),
        ("version: 1\nteams:\n  - { id: t, name: !!null }\n", "3:20"),
    ] {
        let out = lint_text_failing(text);
        assert_eq!(errors(&out), [format!("{tag} --> r.yaml:{at}")], "{out}");
    }
}

/// A template over its limit said "the limit is 16384", and a bridge message over its
/// limit "the limit is 4000": limits are said with their unit, as the file limits are.
#[test]
fn in_memory_limits_are_said_with_their_unit() {
    let big = "b".repeat(17_000);
    let out = lint_text_failing(&format!(
        "version: 1\nteams:\n  - {{ id: tm, name: T, bridge: \"{big}\" }}\n"
    ));
    assert!(
        out.contains("error[S009]: template is 17000 bytes; the limit is 16 KiB (16384 bytes)"),
        "{out}"
    );

    let dir = tempfile::tempdir().unwrap();
    let long = "a".repeat(4001);
    write(
        dir.path(),
        "r.yaml",
        &format!(
            "version: 1
triggers:
  - {{ id: t, when: {{ message: {{ phrases: [help] }} }} }}
routes:
  - {{ id: r, when: {{ trigger: t }}, team: tm }}
teams:
  - {{ id: tm, name: T, bridge: \"{long}\" }}
"
        ),
    );
    write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nc1,customer,help me\n",
    );
    let out = stdout_text(
        &handoff()
            .current_dir(dir.path())
            .args(["replay", "-r", "r.yaml", "t.csv", "-f", "json"])
            .assert()
            .success(),
    );
    assert!(
        out.contains("\"bridge_error\":\"bridge message is 4001 bytes; the limit is 4000 bytes\""),
        "{out}"
    );
}

/// A mapping file or `.handoff.yaml` saved as UTF-16 was "cannot read …: stream did not
/// contain valid UTF-8", with no hint; a rule file so saved says what it is and what to
/// do. The mapping and project files say it as rule files do.
#[test]
fn a_utf16_mapping_or_project_file_is_said_to_be_utf16() {
    let dir = tempfile::tempdir().unwrap();
    let utf16 = |text: &str| -> Vec<u8> {
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        bytes
    };
    std::fs::write(
        dir.path().join("m.yaml"),
        utf16("columns: { text: body }\n"),
    )
    .unwrap();
    write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\nc,customer,hi\n",
    );
    let err = stderr_text(
        &handoff()
            .current_dir(dir.path())
            .args(["replay", "--mapping", "m.yaml", "t.csv", "-r"])
            .arg(crate::common::root().join("rules"))
            .assert()
            .code(2),
    );
    assert!(
        err.contains("m.yaml:1:1: invalid mapping: the file is UTF-16, not UTF-8 text\n  hint: save the mapping file as UTF-8"),
        "{err}"
    );
    // Not UTF-8 at all: where the first bad byte is.
    std::fs::write(dir.path().join("m.yaml"), b"columns:\n  text: b\xE9\n").unwrap();
    let err = stderr_text(
        &handoff()
            .current_dir(dir.path())
            .args(["replay", "--mapping", "m.yaml", "t.csv", "-r"])
            .arg(crate::common::root().join("rules"))
            .assert()
            .code(2),
    );
    assert!(
        err.contains("m.yaml:2:10: invalid mapping: the file is not valid UTF-8 text\n  hint: save the mapping file as UTF-8"),
        "{err}"
    );

    std::fs::remove_file(dir.path().join("m.yaml")).unwrap();
    std::fs::write(
        dir.path().join(".handoff.yaml"),
        utf16("lint: { allow: [L002] }\n"),
    )
    .unwrap();
    let err = stderr_text(
        &handoff()
            .current_dir(dir.path())
            .arg("lint")
            .arg(crate::common::root().join("rules"))
            .assert()
            .code(2),
    );
    assert!(
        err.contains(".handoff.yaml:1:1: invalid project file: the file is UTF-16, not UTF-8 text\n  hint: save the project file as UTF-8"),
        "{err}"
    );
}

/// A template that did not parse only for a key the format does not have was left out
/// of what lint reads: the team naming it had no bridge, and its unguarded
/// `trigger.description` (`T011`) went unsaid until the key was removed. It is linted
/// as the next run would lint it.
#[test]
fn a_template_that_lost_only_an_unknown_key_is_linted() {
    let out = lint_text_failing(
        r#"version: 1
triggers:
  - { id: t, when: { message: { phrases: [help] } } }
routes:
  - { id: r, when: { trigger: t }, team: tm }
default_route: { team: tm }
teams:
  - { id: tm, name: T, bridge_template: b }
templates:
  - id: b
    colour: red
    text: "Hi {{ trigger.description }}"
"#,
    );
    let codes: Vec<&str> = out
        .lines()
        .filter_map(|l| l.split_once("]: ").map(|(code, _)| code))
        .collect();
    assert_eq!(codes, ["error[S002", "warning[T011"], "{out}");
}

/// A review found `- not: ~` nested in `all:`, its condition below it at its
/// indentation, said "found nothing" with no help, where `when: ~` had it.
#[test]
fn a_condition_beside_a_nested_null_not_says_to_write_it_in_its_place() {
    let out = lint_text_failing(
        "version: 1
triggers:
  - id: t
    when:
      all:
        - message: { phrases: [refund] }
        - not: ~
          message: { phrases: [thanks] }
",
    );
    insta::assert_snapshot!("nested_null_not", out);
}
