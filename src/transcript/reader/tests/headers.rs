//! CSV headers: a column missing, named twice or unnamed, one only the project file
//! ignores, a column mapping, a column of times offered as the timestamp.

use super::*;

#[test]
fn a_missing_column_names_the_columns_found() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(dir.path(), "t.csv", b"ticket_id,author,body\n1,user,hi\n");
    let (result, _) = read_with(ReaderBuilder::new(), &[path]);
    let err = result.unwrap_err().to_string();
    assert!(err.contains("no `conversation_id` column"), "{err}");
    assert!(err.contains("`ticket_id`, `author`, `body`"), "{err}");
    assert!(err.contains("--map conversation_id=<column>"), "{err}");
}

/// `…,text,text` took the first `text` silently; `…,Tier,tier` looked like a
/// metadata field varying within the conversation.
#[test]
fn a_header_naming_a_column_twice_is_an_error_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let twice = write(
        dir.path(),
        "twice.csv",
        b"conversation_id,timestamp,role,text,text\nc1,,customer,hello,talk to a human\n",
    );
    let (result, _) = read_with(ReaderBuilder::new(), &[twice]);
    let err = result.unwrap_err().to_string();
    assert!(
        err.contains("twice.csv:1: the header has column `text` twice (columns 4 and 5)"),
        "{err}"
    );
    let alike = write(
        dir.path(),
        "alike.csv",
        b"\xEF\xBB\xBFconversation_id,role,text,Tier,tier\nc1,customer,hi,a,b\n",
    );
    let (result, _) = read_with(ReaderBuilder::new(), &[alike]);
    let err = result.unwrap_err().to_string();
    assert!(
        err.contains(
            "alike.csv:1: columns 4 `Tier` and 5 `tier` of the header both read as `tier`"
        ),
        "{err}"
    );
    // Unnamed columns (a trailing comma on every line) are not duplicates.
    let unnamed = write(
        dir.path(),
        "unnamed.csv",
        b"conversation_id,role,text,,\nc1,customer,hi,,\n",
    );
    let (convs, report) = read(&[unnamed]);
    assert_eq!((convs.len(), report.skipped_rows), (1, 0));
}

#[test]
fn a_column_mapping_adapts_other_exports() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "t.csv",
        b"Ticket ID,Author Type,Body,Created At,Plan\n7,end-user,hi,2024-01-01 10:00:00,Pro\n7,System,auto reply,,\n",
    );
    let mut mapping = ColumnMapping::default();
    for pair in [
        "conversation_id=ticket_id",
        "role=Author Type",
        "text=body",
        "timestamp=created_at",
    ] {
        mapping.set_pair(pair).unwrap();
    }
    mapping.roles.set_pair("system=bot").unwrap();
    let (result, report) = read_with(ReaderBuilder::new().mapping(mapping), &[path]);
    let convs = result.unwrap();
    assert_eq!(convs[0].id, "7");
    assert_eq!(convs[0].messages[0].role, Role::Customer);
    assert_eq!(convs[0].messages[1].role, Role::Bot);
    assert_eq!(convs[0].metadata.get("plan"), Some("Pro"));
    assert!(convs[0].messages[0].timestamp.is_some());
    assert!(report.diagnostics.is_empty());
}

#[test]
fn a_column_only_the_project_file_ignores_is_said_missing_once_for_many_files() {
    let dir = tempfile::tempdir().unwrap();
    let mut mapping = ColumnMapping::default();
    mapping.ignore = vec!["turn".into(), "message_id".into()];
    mapping.ignore_optional = mapping.ignore.clone();
    let mut paths = Vec::new();
    for i in 0..3 {
        paths.push(write(
            dir.path(),
            &format!("{i}.csv"),
            format!("conversation_id,role,text,turn\nc{i},customer,hi,1\n").as_bytes(),
        ));
    }
    paths.push(write(
        dir.path(),
        "3.jsonl",
        b"{\"conversation_id\":\"c3\",\"role\":\"customer\",\"text\":\"hi\"}\n",
    ));
    let (result, report) = read_with(ReaderBuilder::new().mapping(mapping.clone()), &paths);
    assert_eq!(result.unwrap().len(), 4);
    // A directory of exports without the column must not fill the diagnostics' list.
    assert_eq!(codes(&report), ["D009", "D009"], "{:?}", report.diagnostics);
    assert_eq!(report.ignored_columns_absent["message_id"], 4);
    assert_eq!(report.ignored_columns_absent["turn"], 1);
    // Required (named for the run), a missing one is the error, before any warning.
    mapping.ignore_optional = vec!["turn".into()];
    let (result, report) = read_with(ReaderBuilder::new().mapping(mapping), &paths[..1]);
    assert!(matches!(
        result,
        Err(ReadError::IgnoredColumnMissing { .. })
    ));
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
}

#[test]
fn a_varying_column_of_times_where_messages_have_none_is_offered_as_the_timestamp() {
    let dir = tempfile::tempdir().unwrap();
    let help = |csv: &str| {
        let (_, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
        let d005 = report.diagnostics.iter().find(|d| d.code == Some("D005"));
        d005.expect("a D005 note").help.join("\n")
    };
    // The export's time column under another name, not mapped: read it as the timestamp.
    let unmapped = help(
        "conversation_id,role,text,created_at\na,customer,x,2024-01-01 10:00:00\na,bot,y,2024-01-01 10:01:00\n",
    );
    assert!(
        unmapped.contains("--map timestamp=created_at"),
        "{unmapped}"
    );
    // Unix seconds too; but a per-message counter is no time, whatever the messages have.
    let unix =
        help("conversation_id,role,text,sent\na,customer,x,1709284500\na,bot,y,1709284560\n");
    assert!(unix.contains("--map timestamp=sent"), "{unix}");
    let turn = help("conversation_id,role,text,turn\na,customer,x,1\na,bot,y,2\n");
    assert!(turn.contains("--ignore-column turn"), "{turn}");
    // Messages with their own time: a second time column is per-message data.
    let timed = help(
        "conversation_id,timestamp,role,text,updated_at\na,2024-01-01T10:00:00Z,customer,x,2024-01-02 10:00:00\na,2024-01-01T10:01:00Z,bot,y,2024-01-03 10:00:00\n",
    );
    assert!(timed.contains("--ignore-column updated_at"), "{timed}");
}

/// `conversation_id,,text` dropped its unnamed column without a word. Said once
/// per file, at the header, with each column's position; the rows are read as before.
#[test]
fn unnamed_header_columns_are_a_warning_naming_their_positions() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "conversation_id,,role,text,#\na,enterprise,customer,hi,x\n";
    let (convs, report) = read(&[write(dir.path(), "t.csv", csv.as_bytes())]);
    assert_eq!(convs.len(), 1);
    assert!(convs[0].metadata.is_empty(), "{:?}", convs[0].metadata);
    assert_eq!(codes(&report), ["D013"]);
    assert_eq!(
        report.diagnostics[0]
            .to_string()
            .replace(&format!("{}/", dir.path().display()), ""),
        "t.csv:1: warning[D013]: columns 2 and 5 `#` of the header have no name (no letter or digit): their values are not read, as metadata or otherwise"
    );
    let (_, report) = read(&[write(
        dir.path(),
        "u.csv",
        format!("{HEADER}a,,customer,hi,pro\n").as_bytes(),
    )]);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
}
