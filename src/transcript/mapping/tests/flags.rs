//! Mistakes of `--map` and `--role` written as a mapping file writes them (a role named
//! as transcripts name it, a field under `columns:`, a path pasted from `.handoff.yaml`):
//! each said as the flag that does it.

use super::*;

/// `--role foo=user` and a mapping file's `user:` under `roles:` said only "expected
/// customer, bot or agent", where rule files say how `user` is written; and
/// `--role customer=requester`, written the other way round, was not told so.
#[test]
fn a_role_named_as_transcripts_name_it_is_given_its_name() {
    let hint = "; `user` is written `customer` here, where the roles are named customer, bot and agent (a transcript's `user` is read as `customer`)";
    let err = RoleMap::default().set_pair("foo=user").unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("unknown role `user` in `foo=user`; expected customer, bot or agent{hint}")
    );
    let err = RoleMap::default()
        .set_pair("customer=requester")
        .unwrap_err();
    assert!(
        err.to_string()
            .ends_with("; `--role` takes VALUE=ROLE: did you mean `requester=customer`?"),
        "{err}"
    );
    // A typo keeps its "did you mean".
    let err = RoleMap::default().set_pair("foo=custmer").unwrap_err();
    assert!(
        err.to_string().ends_with("; did you mean `customer`?"),
        "{err}"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("map.yaml");
    std::fs::write(&path, "roles:\n  user: [requester]\n").unwrap();
    let err = ColumnMapping::default().apply_file(&path).unwrap_err();
    let text = err.to_string();
    assert!(text.contains("map.yaml:2:3: "), "{text}");
    assert!(
        text.ends_with(&format!(
            "unknown role `user` under `roles:`; expected customer, bot or agent{hint}"
        )),
        "{text}"
    );
}

/// `--map columns.text=body`, written as a mapping file nests it, was said "unknown
/// field `columns_text`", a name the user did not write.
#[test]
fn a_field_written_under_columns_with_map_is_told_to_drop_it() {
    for (pair, write) in [
        ("columns.text=body", "`--map text=body`"),
        (
            "Columns.Conversation_ID = ticket",
            "`--map conversation_id=ticket`",
        ),
    ] {
        let err = ColumnMapping::default()
            .set_pair(pair)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(
                "with --map a field is named alone, without the `columns.` of a mapping file"
            ),
            "{pair}: {err}"
        );
        assert!(err.ends_with(&format!("write {write}")), "{pair}: {err}");
        assert!(!err.contains("columns_"), "{pair}: {err}");
    }
    // Review: as `.handoff.yaml` nests it, under `input:` (it was "unknown field
    // `input_columns_text`").
    for (pair, nesting, write) in [
        (
            "input.columns.text=body",
            "`input.columns.`",
            "`--map text=body`",
        ),
        (
            "Input.Columns.Role = who",
            "`input.columns.`",
            "`--map role=who`",
        ),
        ("input.text=body", "`input.`", "`--map text=body`"),
    ] {
        let err = ColumnMapping::default()
            .set_pair(pair)
            .unwrap_err()
            .to_string();
        assert!(
            err.contains(&format!(
                "with --map a field is named alone, without the {nesting} of `.handoff.yaml`"
            )),
            "{pair}: {err}"
        );
        assert!(err.ends_with(&format!("write {write}")), "{pair}: {err}");
    }
    // A metadata field under another section is still a metadata field's.
    let mut mapping = ColumnMapping::default();
    assert!(mapping.set_pair("columns.plan=tier").is_err());
    assert!(mapping.set_pair("meta.plan=tier").is_ok());
}

/// User report: `--map input.columns.text=` suggested `--map text=` (the value is
/// missing, not to be copied), and `input.meta.tier=x`, `input.roles.customer=x` got
/// "unknown field `input_meta_tier`" with a `meta.input_meta_tier` hint. Each is said as
/// the flag that does it, with the value kept, or said to be missing.
#[test]
fn a_pasted_handoff_yaml_path_is_said_as_the_flag_that_does_it() {
    for (pair, says) in [
        (
            "input.columns.text=body",
            "without the `input.columns.` of `.handoff.yaml`: write `--map text=body`",
        ),
        (
            "input.columns.text=",
            "without the `input.columns.` of `.handoff.yaml`, and the value after `=` is missing: write `--map text=COLUMN`",
        ),
        (
            "input.meta.tier=x",
            "without the `input.` of `.handoff.yaml`: write `--map meta.tier=x`",
        ),
        (
            "input.meta.tier= ",
            "the value after `=` is missing: write `--map meta.tier=COLUMN`",
        ),
        (
            "input.roles.customer=x",
            "a role value is given with --role VALUE=ROLE (once for each value), not with --map as under `roles:` in `.handoff.yaml`: write `--role x=customer`",
        ),
        (
            "roles.Bot=system",
            "not with --map as under `roles:` in a mapping file: write `--role system=bot`",
        ),
        (
            "input.roles.agent=",
            "the value after `=` is missing: write `--role VALUE=agent`",
        ),
        // An empty list is no value: it said "write ``".
        (
            "input.roles.customer=[]",
            "the value after `=` is missing: write `--role VALUE=customer`",
        ),
        (
            "input.ignore_columns=[]",
            "the value after `=` is missing: write `--ignore-column COLUMN`",
        ),
    ] {
        let err = ColumnMapping::default()
            .set_pair(pair)
            .unwrap_err()
            .to_string();
        assert!(err.contains(says), "{pair}: {err}");
        assert!(!err.contains("input_"), "{pair}: {err}");
    }
}
