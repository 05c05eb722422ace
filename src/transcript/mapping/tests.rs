//! Tests of column and role mapping: flags, mapping and project files, role words. A
//! mapping file's mistakes are in `tests/mistakes.rs`.

use super::*;
use crate::project::ProjectFile;
use crate::transcript::Role;

#[test]
fn roles_normalise_case_and_separators() {
    let roles = RoleMap::default();
    assert_eq!(roles.get("End-User"), Some(Role::Customer));
    assert_eq!(roles.get("ASSISTANT"), Some(Role::Bot));
    assert_eq!(roles.get(" human "), Some(Role::Agent));
    assert_eq!(roles.get("system"), None);
}

#[test]
fn pairs_set_columns_and_roles() {
    let mut m = ColumnMapping::default();
    m.set_pair("conversation_id=Ticket ID").unwrap();
    m.set_pair("text = body").unwrap();
    m.roles.set_pair("system=bot").unwrap();
    assert_eq!(m.conversation_id, "ticket_id");
    assert_eq!(m.text, "body");
    assert_eq!(m.roles.get("System"), Some(Role::Bot));
    assert!(m.set_pair("conversation").is_err());
    assert!(m.set_pair("speaker=who").is_err());
    assert!(m.roles.set_pair("x=robot").is_err());
}

#[test]
fn ignored_columns_are_normalised_once_and_never_a_mapped_one() {
    let mut m = ColumnMapping::default();
    m.ignore_column("Turn").unwrap();
    m.ignore_column(" turn ").unwrap();
    m.ignore_column("Message ID").unwrap();
    assert_eq!(m.ignore, ["turn", "message_id"]);
    let err = m.ignore_column("Text").unwrap_err().to_string();
    assert_eq!(
        err,
        "column `text` is where `text` is read from: it cannot be ignored"
    );
    assert!(m.ignore_column("--").is_err());
    // Mapped away, `text` may go; mapping onto an ignored column may not.
    m.set("text", "body").unwrap();
    m.ignore_column("text").unwrap();
    let err = m.set("role", "turn").unwrap_err().to_string();
    assert!(err.starts_with("column `turn` is ignored"), "{err}");
}

#[test]
fn mapping_file_applies() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.yaml");
    std::fs::write(
        &path,
        "columns:\n  conversation_id: ticket_id\n  role: author_type\n  timestamp: created_at\nroles:\n  customer: [requester, end-user]\n  agent: [Admin]\nignore_columns: [Turn]\n",
    )
    .unwrap();
    let mut m = ColumnMapping::default();
    m.apply_file(&path).unwrap();
    assert_eq!(m.conversation_id, "ticket_id");
    assert_eq!(m.role, "author_type");
    assert!(m.timestamp_required);
    assert_eq!(m.roles.get("admin"), Some(Role::Agent));
    assert_eq!(m.ignore, ["turn"]);
}

#[test]
fn columns_the_project_file_ignores_are_optional_until_named_for_the_run() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".handoff.yaml");
    std::fs::write(&path, "input:\n  ignore_columns: [Turn, message_id]\n").unwrap();
    let mut mapping = ColumnMapping::default();
    mapping
        .apply_project(&ProjectFile::read(&path).unwrap(), &path)
        .unwrap();
    assert_eq!(mapping.ignore, ["turn", "message_id"]);
    assert_eq!(mapping.ignore_optional, ["turn", "message_id"]);
    // `--ignore-column` (or a mapping file) names one for this export: required again.
    mapping.ignore_column("Message ID").unwrap();
    assert_eq!(mapping.ignore, ["turn", "message_id"]);
    assert_eq!(mapping.ignore_optional, ["turn"]);
}

#[test]
fn the_project_file_maps_columns_and_leaves_lint_to_lint() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".handoff.yaml");
    let apply = |text: &str, mapping: &mut ColumnMapping| {
        std::fs::write(&path, text).unwrap();
        mapping.apply_project(&ProjectFile::read(&path).unwrap(), &path)
    };
    let mut mapping = ColumnMapping::default();
    let text =
        "lint:\n  allow: [L002]\ninput:\n  columns:\n    text: body\n  roles:\n    bot: [system]\n";
    assert!(apply(text, &mut mapping).unwrap());
    assert_eq!(mapping.text, "body");
    assert_eq!(mapping.roles.get("system"), Some(Role::Bot));
    let mut untouched = ColumnMapping::default();
    assert!(!apply("lint:\n  deny: [L001]\n", &mut untouched).unwrap());
    assert!(!apply("# nothing set yet\n", &mut untouched).unwrap());
    assert_eq!(untouched.text, ColumnMapping::default().text);
    // A field the mapping does not have is refused when the file is read, at its line.
    std::fs::write(&path, "input:\n  columns:\n    txt: body\n").unwrap();
    let err = ProjectFile::read(&path).unwrap_err();
    assert!(
        err.to_string()
            .contains(".handoff.yaml:3:5: invalid project file: unknown field `txt` in mapping"),
        "{err}"
    );
}

/// Regression: two fields read from one column, or a role value under two
/// roles, were taken silently (the role became the text; the last role won).
#[test]
fn two_fields_from_one_column_and_a_value_under_two_roles_are_errors() {
    let mut m = ColumnMapping::default();
    m.set_pair("role=author_type").unwrap();
    m.set_pair("text=author_type").unwrap();
    let err = m.check_distinct().unwrap_err().to_string();
    assert_eq!(
        err,
        "`role` (`--map role=author_type`) and `text` (`--map text=author_type`) are both read from column `author_type`; each field needs a column of its own"
    );
    // Swapped in two steps, the columns end up distinct.
    let mut m = ColumnMapping::default();
    m.set_pair("text=role").unwrap();
    m.set_pair("role=text").unwrap();
    m.check_distinct().unwrap();

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.yaml");
    std::fs::write(
        &path,
        "roles:\n  bot: [answer bot]\n  customer: [Answer Bot, requester]\n",
    )
    .unwrap();
    let err = ColumnMapping::default()
        .apply_file(&path)
        .unwrap_err()
        .to_string();
    assert!(err.contains("map.yaml:3:3"), "{err}");
    assert!(
        err.contains("role value `Answer Bot` is under both `bot:` and `customer:`"),
        "{err}"
    );
}

/// `roles: { customer: requester }` (one value, not a list) was refused with
/// "expected sequence start"; one value is a list of one.
#[test]
fn a_role_takes_one_value_or_a_list() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.yaml");
    std::fs::write(
        &path,
        "roles:\n  customer: requester\n  bot: [Answer Bot, system]\n",
    )
    .unwrap();
    let mut m = ColumnMapping::default();
    m.apply_file(&path).unwrap();
    assert_eq!(m.roles.get("requester"), Some(Role::Customer));
    assert_eq!(m.roles.get("answer bot"), Some(Role::Bot));
}

mod flags;
mod mistakes;
