//! A mapping file's mistakes: each reported, in file order, at its line and column, its
//! quoted values escaped; two fields from one column; a wrong role value or another
//! shape saying what its key takes; a did-you-mean; a file that does not parse whole
//! never accepted; a scalar read as written, a tag refused.

use super::*;

#[test]
fn mapping_file_errors_name_the_line() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.yaml");
    std::fs::write(&path, "columns:\n  role: a\nrole: x\n").unwrap();
    let err = ColumnMapping::default().apply_file(&path).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("map.yaml:3:1"), "{text}");
    assert!(text.contains("unknown field `role`"), "{text}");
}

/// A value of a mapping quoted in an error kept its line breaks and escape
/// sequences, which broke the error's line on a terminal. Shown escaped now.
#[test]
fn mapping_errors_show_quoted_values_escaped() {
    let err = ColumnMapping::default()
        .set_pair("role\nx\u{1b}[2J")
        .unwrap_err();
    assert!(
        err.to_string()
            .contains("`role\\nx\\u{1b}[2J` is not FIELD=COLUMN"),
        "{err}"
    );
    let err = RoleMap::default().set_pair("a=ro\nbot").unwrap_err();
    assert!(
        err.to_string()
            .contains("unknown role `ro\\nbot` in `a=ro\\nbot`"),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.yaml");
    std::fs::write(&path, "roles:\n  \"cust\\nomer\": [a]\n").unwrap();
    let err = ColumnMapping::default().apply_file(&path).unwrap_err();
    assert!(
        err.to_string().contains("unknown role `cust\\nomer`"),
        "{err}"
    );
}

/// Regression: a mapping file reported only its first mistake. Every one is
/// reported, in file order, each at its line and column; a key that does not parse hides
/// nothing in the others.
#[test]
fn every_mistake_of_a_mapping_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.yaml");
    std::fs::write(
        &path,
        "columns:\n  conversation_id: ticket_id\n  colour: x\n  role: \"\"\nroles:\n  robot: [system]\n  customer: [requester]\n  bot: [requester]\n",
    )
    .unwrap();
    let err = ColumnMapping::default().apply_file(&path).unwrap_err();
    let MappingError::Several { errors, more, .. } = &err else {
        panic!("{err}");
    };
    let at: Vec<_> = errors
        .iter()
        .map(|(l, _)| (l.line, l.column.unwrap()))
        .collect();
    assert_eq!(at, [(3, 3), (4, 3), (6, 3), (8, 3)]);
    assert_eq!(*more, 0);
    let text = err.to_string();
    assert!(text.starts_with("4 mistakes in the mapping "), "{text}");
    assert!(
        text.contains("map.yaml:6:3: unknown role `robot`"),
        "{text}"
    );

    std::fs::write(&path, "colums: {a: b}\nroles:\n  robot: x\n").unwrap();
    let text = ColumnMapping::default()
        .apply_file(&path)
        .unwrap_err()
        .to_string();
    assert!(
        text.contains("map.yaml:1:1: unknown field `colums`"),
        "{text}"
    );
    assert!(
        text.contains("map.yaml:3:3: unknown role `robot`"),
        "{text}"
    );

    // Capped: the first MAX_ERRORS, and how many more.
    let roles = (0..30)
        .map(|i| format!("  r{i}: x\n"))
        .collect::<Vec<_>>()
        .concat();
    std::fs::write(&path, format!("roles:\n{roles}")).unwrap();
    let err = ColumnMapping::default().apply_file(&path).unwrap_err();
    let MappingError::Several { errors, more, .. } = &err else {
        panic!("{err}");
    };
    assert_eq!((errors.len(), *more), (MAX_ERRORS, 10));
    assert!(err.to_string().ends_with("… and 10 more"), "{err}");

    // A syntax error is the file's one error.
    std::fs::write(&path, "columns: { role: a\nroles: {}\n").unwrap();
    let err = ColumnMapping::default().apply_file(&path).unwrap_err();
    assert!(matches!(err, MappingError::Syntax { .. }), "{err}");
}

/// Regression: a mapping file that reads two fields from one column said so only once
/// its other mistakes were fixed (the check ran on the whole mapping, after them). It is
/// one of the file's mistakes now, at the second field's line, and counts towards the
/// cap of `MAX_ERRORS` like the others.
#[test]
fn two_fields_from_one_column_are_reported_with_the_file_s_other_mistakes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.yaml");
    std::fs::write(
        &path,
        "columns:\n  role: author_type\n  text: author_type\n  body: x\nroles:\n  robot: [b]\n",
    )
    .unwrap();
    let err = ColumnMapping::default()
        .apply_file(&path)
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("3 mistakes in the mapping "), "{err}");
    assert!(
        err.contains(
            "map.yaml:3:3: `role` and `text` are both read from column `author_type`; each field needs a column of its own"
        ),
        "{err}"
    );
    assert!(err.contains("map.yaml:4:3: unknown field `body`"), "{err}");
    assert!(err.contains("map.yaml:6:3: unknown role `robot`"), "{err}");

    // Past the cap, it is counted with the rest: 25 ignored columns a field is read
    // from, and the two fields.
    let ignored = vec!["t"; 25].join(", ");
    std::fs::write(
        &path,
        format!("columns:\n  role: t\n  text: t\nignore_columns: [{ignored}]\n"),
    )
    .unwrap();
    let err = ColumnMapping::default()
        .apply_file(&path)
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("26 mistakes in the mapping "), "{err}");
    assert!(err.contains("map.yaml:3:3: `role` and `text`"), "{err}");
    assert!(err.ends_with("… and 6 more"), "{err}");
}

/// An empty role value (`--role =bot`, `bot: [""]`) was accepted, as a
/// role for empty role cells.
#[test]
fn an_empty_role_value_is_refused() {
    let err = RoleMap::default().set_pair(" =bot").unwrap_err();
    assert_eq!(
        err.to_string(),
        "` =bot` has no role value before `=`; expected VALUE=ROLE (e.g. end-user=customer)"
    );
    let err = mistakes_of("roles:\n  bot: [\"\", ok]\n  agent: x\n");
    assert_eq!(
        err,
        "map.yaml:2:3: invalid mapping: role value `` under `bot:` is empty; a role value is what the export's role column holds"
    );
}

/// Every mistake of a mapping file at `text`, as `apply_file` reports it.
fn mistakes_of(text: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.yaml");
    std::fs::write(&path, text).unwrap();
    let err = ColumnMapping::default().apply_file(&path).unwrap_err();
    err.to_string()
        .replace(&path.display().to_string(), "map.yaml")
}

/// A wrong-typed role value (`customer: {a: b}`) said "data did not match any
/// variant of untagged enum `RoleValues`" and hid the file's other mistakes. It says what
/// a role takes, at the value, and each other mistake is reported with it, each wrong role
/// value among them, the good ones still read. (A number is a role value as written.)
#[test]
fn a_wrong_role_value_says_what_a_role_takes_beside_the_other_mistakes() {
    let err = mistakes_of(
        "roles:\n  customer: 3\n  bot: {a: b}\n  agent: [rep, [x]]\ncolums: {}\nignore_columns: turn\n",
    );
    assert_eq!(
        err,
        "4 mistakes in the mapping map.yaml:
  map.yaml:3:8: expected a role value as text, or a list of them (`customer: [requester, end-user]`), found a mapping
  map.yaml:4:16: expected a role value as text (`customer: [requester, end-user]`), found a list
  map.yaml:5:1: unknown field `colums`, expected one of columns, meta, roles, ignore_columns, timestamp_tz, date_order, delimiter; did you mean `columns`?
  map.yaml:6:17: expected a list of column names (`ignore_columns: [turn]`), found the text \"turn\""
    );
    // The good role values beside a wrong one are read, and checked: one under two
    // roles is still found.
    let err = mistakes_of("roles:\n  customer: [x]\n  bot: [[3]]\n  agent: x\n");
    assert!(err.starts_with("2 mistakes"), "{err}");
    assert!(
        err.contains("map.yaml:4:3: role value `x` is under both `customer:` and `agent:`"),
        "{err}"
    );
}

/// A value of another shape than its key takes said "expected sequence start",
/// "expected mapping start" (placed at the key when the value was empty), or "invalid
/// boolean"; each says what the key takes, in the words of the README's example, at the
/// value.
#[test]
fn a_value_of_another_shape_says_what_its_key_takes() {
    for (text, said) in [
        (
            "ignore_columns: turn\n",
            "map.yaml:1:17: invalid mapping: expected a list of column names (`ignore_columns: [turn]`), found the text \"turn\"",
        ),
        (
            "ignore_columns:\n",
            "map.yaml:1:15: invalid mapping: expected a list of column names (`ignore_columns: [turn]`), found nothing (`~` or an empty value)",
        ),
        (
            "columns: [ticket_id, body]\n",
            "map.yaml:1:10: invalid mapping: expected a mapping of transcript fields to the export's column names (`columns: { text: body }`), found a list",
        ),
        (
            "columns:\n",
            "map.yaml:1:8: invalid mapping: expected a mapping of transcript fields to the export's column names (`columns: { text: body }`), found nothing (`~` or an empty value)",
        ),
        (
            "roles: [requester]\n",
            "map.yaml:1:8: invalid mapping: expected a mapping of roles to the export's values for them (`roles: { customer: [requester] }`), found a list",
        ),
        (
            "roles:\n  bot:\n",
            "map.yaml:2:6: invalid mapping: expected a role value as text, or a list of them (`customer: [requester, end-user]`), found nothing (`~` or an empty value)",
        ),
        (
            "[columns, roles]\n",
            "map.yaml:1:1: invalid mapping: expected a mapping of `columns`, `meta`, `roles`, `ignore_columns`, `timestamp_tz`, `date_order` and `delimiter` (`columns: { text: body }`), found a list",
        ),
    ] {
        assert_eq!(mistakes_of(text), said, "{text}");
    }
}

/// No "did you mean" for a misspelt key of a mapping file, a field under
/// `columns:` or a role under `roles:`, where rule files have one; `--map` and `--role`
/// say it too.
#[test]
fn misspelt_names_get_a_did_you_mean() {
    let err = mistakes_of("colums:\n  rol: x\n");
    assert!(err.ends_with("did you mean `columns`?"), "{err}");
    let err = mistakes_of("columns:\n  rol: x\nroles:\n  bott: x\n  Custmer: [y]\n");
    assert_eq!(
        err,
        "3 mistakes in the mapping map.yaml:
  map.yaml:2:3: unknown field `rol` in mapping; expected one of: `conversation_id`, `timestamp`, `role`, `text`; did you mean `role`?
  map.yaml:4:3: unknown role `bott` under `roles:`; expected customer, bot or agent; did you mean `bot`?
  map.yaml:5:3: unknown role `Custmer` under `roles:`; expected customer, bot or agent; did you mean `customer`?"
    );
    let err = ColumnMapping::default().set_pair("txt=body").unwrap_err();
    assert!(err.to_string().ends_with("; did you mean `text`?"), "{err}");
    let err = RoleMap::default().set_pair("system=bott").unwrap_err();
    assert!(err.to_string().ends_with("; did you mean `bot`?"), "{err}");
    // Nothing close: no guess.
    let err = RoleMap::default().set_pair("system=robotic").unwrap_err();
    assert!(!err.to_string().contains("did you mean"), "{err}");
}

/// Regression: `read_mapping` had no fallback to the error the whole file stopped at, as
/// the other readers have: a file that does not parse whole must never be accepted for
/// want of a piece that says why. Each of these does not parse whole; each gives at least
/// one error, placed.
#[test]
fn a_mapping_that_does_not_parse_whole_is_never_accepted() {
    for text in [
        "\"columns\": {text: body}\ncolumns: {}\n",
        "columns:\n  text: body\n  text: other\n",
        "roles:\n  bot: [a]\n  bot: [b]\n",
        "columns: {text: body}\nroles: !!null\n",
        "columns: {text: body}\ncolumns2:\n",
    ] {
        assert!(
            crate::yaml::from_str::<MappingFile>(text).is_err(),
            "{text} parses whole"
        );
        let (_, errors) = file::parse_mapping(text);
        assert!(!errors.is_empty(), "{text}: accepted");
        assert!(
            errors.iter().all(|e| e.line >= 1 && e.column >= 1),
            "{text}: {errors:?}"
        );
    }
}

/// `bot: 3` was refused ("found the number 3") while `text: 3` named the column `3`;
/// `text: !!int 3` said serde's "cannot deserialize tagged scalar into string"; a list
/// said "expected text" without what it found. A number or `true` is a column name or
/// role value as written (`1.50`, not `1.5`); another shape says what it is. A
/// tag, `!!int` too, is an error at the tag, as in a rule file.
#[test]
fn a_scalar_is_a_column_name_or_role_value_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.yaml");
    std::fs::write(
        &path,
        "columns: {text: 1.50, role: 7}\nroles: {bot: 3, agent: [0x10, true]}\n",
    )
    .unwrap();
    let mut mapping = ColumnMapping::default();
    mapping.apply_file(&path).unwrap();
    assert_eq!(
        (mapping.text.as_str(), mapping.role.as_str()),
        ("1_50", "7")
    );
    assert_eq!(mapping.roles.get("3"), Some(Role::Bot));
    assert_eq!(mapping.roles.get("0x10"), Some(Role::Agent));
    assert_eq!(mapping.roles.get("true"), Some(Role::Agent));
    for (text, message) in [
        (
            "columns: {text: [a]}\n",
            "map.yaml:1:17: invalid mapping: expected a column name (`text: body`), found a list",
        ),
        (
            "columns: {text: ~}\n",
            "map.yaml:1:17: invalid mapping: expected a column name (`text: body`), found nothing (`~` or an empty value)",
        ),
        (
            "columns: {text: !custom body}\n",
            "map.yaml:1:17: invalid mapping: YAML tags are not supported, found `!custom`: write the value plainly, without a tag (a value that starts with `!` is quoted: `'!text'`)",
        ),
        (
            "columns: {text: body, role: !!int 7}\n",
            "map.yaml:1:29: invalid mapping: YAML tags are not supported, found `!!int`: write the value plainly, without a tag (a value that starts with `!` is quoted: `'!text'`)",
        ),
    ] {
        assert_eq!(mistakes_of(text), message, "{text}");
    }
}
