//! Metadata fields read from another column (`meta.plan=customer_tier`), from a mapping
//! file and through the readers: CSV and JSONL replay, and the fields `lint
//! --columns-from` sees ([`crate::transcript::export_fields`]).

use std::path::{Path, PathBuf};

use super::*;
use crate::transcript::{Conversation, Input, ReadError, ReadReport, ReaderBuilder};

fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, content).unwrap();
    path
}

fn mapped(pairs: &[&str]) -> ColumnMapping {
    let mut mapping = ColumnMapping::default();
    for pair in pairs {
        mapping.set_pair(pair).unwrap();
    }
    mapping.check_distinct().unwrap();
    mapping
}

fn read(
    path: &Path,
    mapping: &ColumnMapping,
) -> (Result<Vec<Conversation>, ReadError>, ReadReport) {
    let mut reader = ReaderBuilder::new()
        .mapping(mapping.clone())
        .build(vec![Input::Path(path.to_owned())]);
    let result: Result<Vec<_>, _> = reader.by_ref().collect();
    (result, reader.into_report())
}

fn fields(path: &Path, mapping: &ColumnMapping) -> Result<Vec<String>, ReadError> {
    let mut report = ReadReport::default();
    crate::transcript::export_fields(&Input::Path(path.to_owned()), mapping, None, &mut report)
        .map(|export| export.fields)
}

fn metadata(conversation: &Conversation) -> Vec<(&str, &str)> {
    conversation.metadata.iter().collect()
}

/// Two exports name one column `Plan` and `Customer Tier`: with `meta.plan=Customer
/// Tier`, rules' `meta: { field: plan }` read the second as they read the first.
#[test]
fn a_csv_column_is_read_as_the_metadata_field_it_is_mapped_to() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,Customer Tier,region\nc,customer,hi,Pro,EU\n",
    );
    let mapping = mapped(&["meta.plan=Customer Tier"]);
    let (convs, report) = read(&path, &mapping);
    assert_eq!(
        metadata(&convs.unwrap()[0]),
        [("plan", "Pro"), ("region", "EU")]
    );
    assert!(report.diagnostics.is_empty());
    assert_eq!(fields(&path, &mapping).unwrap(), ["plan", "region"]);
    // Two fields swapped: each column is read as the other's name.
    let swapped = mapped(&["meta.region=customer_tier", "meta.plan=region"]);
    let (convs, _) = read(&path, &swapped);
    assert_eq!(
        metadata(&convs.unwrap()[0]),
        [("region", "Pro"), ("plan", "EU")]
    );
}

#[test]
fn a_csv_without_the_column_is_the_error_of_a_missing_mapped_column() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,Plan\nc,customer,hi,Pro\n",
    );
    let mapping = mapped(&["meta.plan=Customer Tier"]);
    let expected = format!(
        "{}:1: no `Customer Tier` column (mapped to meta.plan by `--map meta.plan=Customer Tier`); the columns are: `conversation_id`, `role`, `text`, `Plan`\n  hint: map meta.plan to one of this file's columns in place of `--map meta.plan=Customer Tier`: --map meta.plan=<column>",
        path.display()
    );
    assert_eq!(read(&path, &mapping).0.unwrap_err().to_string(), expected);
    assert_eq!(fields(&path, &mapping).unwrap_err().to_string(), expected);
}

/// `Plan` and `customer_tier` with `meta.plan=customer_tier`: both would be `plan`.
#[test]
fn a_csv_column_named_as_a_field_read_from_another_is_an_error_until_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,Plan,customer_tier\nc,customer,hi,old,Pro\n",
    );
    let mut mapping = mapped(&["meta.plan=customer_tier"]);
    let expected = format!(
        "{}:1: column `Plan` would be metadata `plan`, which is read from column `customer_tier` (`meta.plan` in the mapping)\n  hint: leave `Plan` out with --ignore-column, or under `ignore_columns:` in the mapping file",
        path.display()
    );
    assert_eq!(read(&path, &mapping).0.unwrap_err().to_string(), expected);
    assert_eq!(fields(&path, &mapping).unwrap_err().to_string(), expected);
    mapping.ignore_column("Plan").unwrap();
    let (convs, _) = read(&path, &mapping);
    assert_eq!(metadata(&convs.unwrap()[0]), [("plan", "Pro")]);
}

#[test]
fn a_jsonl_key_is_read_as_the_metadata_field_it_is_mapped_to() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "t.jsonl",
        concat!(
            r#"{"conversation_id": "a", "role": "customer", "text": "hi", "customer": {"tier": "Pro"}}"#,
            "\n",
            r#"{"conversation_id": "b", "role": "customer", "text": "hi", "Plan": "old", "customer_tier": "Pro"}"#,
            "\n",
        ),
    );
    let mapping = mapped(&["meta.plan=customer_tier"]);
    let (convs, report) = read(&path, &mapping);
    let convs = convs.unwrap();
    assert_eq!(convs.len(), 1, "the object with both keys is skipped");
    assert_eq!(metadata(&convs[0]), [("plan", "Pro")]);
    let said: Vec<String> = report.diagnostics.iter().map(ToString::to_string).collect();
    assert_eq!(
        said,
        [format!(
            "{}:2: warning[D001]: skipped malformed row: keys `Plan` and `customer_tier` both name the field `plan` (`meta.plan` is read from `customer_tier`)",
            path.display()
        )]
    );
    assert!(
        fields(&path, &mapping).is_err(),
        "a row with two keys for one field"
    );
    let first = write(
        dir.path(),
        "one.jsonl",
        &std::fs::read_to_string(&path).unwrap()[..88],
    );
    assert_eq!(fields(&first, &mapping).unwrap(), ["plan"]);

    // No object has the key: the error of a missing mapped key, at the end of the file.
    let mapping = mapped(&["meta.plan=tier"]);
    let err = read(&first, &mapping).0.unwrap_err().to_string();
    assert_eq!(
        err,
        format!(
            "{}:1: no `tier` key (mapped to meta.plan by `--map meta.plan=tier`); the keys are: `conversation_id`, `customer_tier`, `role`, `text`\n  hint: map meta.plan to one of this file's keys in place of `--map meta.plan=tier`: --map meta.plan=<key>",
            first.display()
        )
    );
}

#[test]
fn a_mapping_file_maps_metadata_under_meta() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "map.yaml",
        "columns:\n  text: body\nmeta:\n  plan: Customer Tier\n  Region: 7\n",
    );
    let mut mapping = ColumnMapping::default();
    mapping.apply_file(&path).unwrap();
    assert_eq!(
        mapping.meta,
        [
            ("plan".to_owned(), "customer_tier".to_owned()),
            ("region".to_owned(), "7".to_owned())
        ]
    );
    assert_eq!(mapping.as_written("customer_tier"), "Customer Tier");

    // Each mistake at its line and column, with the file's others.
    write(
        dir.path(),
        "map.yaml",
        "columns:\n  text: body\nmeta:\n  plan: Body\n  tier: \"\"\n  \"--\": x\n  level: [a]\n",
    );
    let err = ColumnMapping::default()
        .apply_file(&path)
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        [
            "4 mistakes in the mapping map.yaml:",
            "  map.yaml:4:3: `text` and `meta.plan` are both read from column `body`; each field needs a column of its own",
            "  map.yaml:5:3: column name for `meta.tier` is empty",
            "  map.yaml:6:3: `meta.--` is no metadata field name: it has no letters or digits (e.g. meta.plan=customer_tier)",
            "  map.yaml:7:10: expected a column name (`meta: { plan: customer_tier }`), found a list",
        ]
        .join("\n")
        .replace("map.yaml", &path.display().to_string())
    );
    write(dir.path(), "map.yaml", "meta: [plan]\n");
    let err = ColumnMapping::default()
        .apply_file(&path)
        .unwrap_err()
        .to_string();
    assert!(
        err.ends_with("map.yaml:1:7: invalid mapping: expected a mapping of metadata fields to the export's column names (`meta: { plan: customer_tier }`), found a list"),
        "{err}"
    );
}

/// `.handoff.yaml` maps metadata under `input: meta:`, read entry by entry as
/// `columns:` is: one wrong entry hides nothing else.
#[test]
fn the_project_file_maps_metadata_under_input_meta() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  meta:\n    plan: customer_tier\n",
    );
    let file = crate::project::ProjectFile::read(&path).unwrap();
    let mut mapping = ColumnMapping::default();
    assert!(mapping.apply_project(&file, &path).unwrap());
    assert_eq!(
        mapping.meta,
        [("plan".to_owned(), "customer_tier".to_owned())]
    );
    write(
        dir.path(),
        ".handoff.yaml",
        "input:\n  meta:\n    plan: [a]\n    tier: \"\"\n",
    );
    let err = crate::project::ProjectFile::read(&path)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains(".handoff.yaml:3:11: expected a column name (`meta: { plan: customer_tier }`), found a list")
            && err.contains(".handoff.yaml:4:5: column name for `meta.tier` is empty"),
        "{err}"
    );
}
