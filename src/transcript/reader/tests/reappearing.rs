//! A conversation whose rows reappear after another's: an error naming both places,
//! whatever the order of the ids before it, and the conversations before it all given;
//! one may continue into the next file.

use super::*;

#[test]
fn a_conversation_that_reappears_is_an_error_naming_both_places() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "conversation_id,role,text\na,customer,1\nb,customer,2\na,customer,3\n";
    let path = write(dir.path(), "t.csv", csv.as_bytes());
    let (result, _) = read_with(ReaderBuilder::new(), std::slice::from_ref(&path));
    let err = result.unwrap_err().to_string();
    assert!(err.contains("t.csv:4: conversation `a` reappears"), "{err}");
    assert!(err.contains("t.csv:2)"), "{err}");
    assert!(err.contains("--unsorted"), "{err}");

    let (result, report) = read_with(
        ReaderBuilder::new().group_policy(GroupPolicy::InMemory),
        &[path],
    );
    let convs = result.unwrap();
    let ids: Vec<_> = convs
        .iter()
        .map(|c| (c.id.as_str(), c.messages.len()))
        .collect();
    assert_eq!(ids, [("a", 2), ("b", 1)]);
    assert_eq!(report.regrouped, 1);
}

/// Ids in order (numbered tickets, shorter first) are new without a look at the ids
/// finished (issue 7): the first id out of order still finds every earlier one, in
/// order or not, and ids in any other order are checked as ever.
#[test]
fn a_reappearing_id_is_found_whatever_the_order_of_the_ids_before_it() {
    let dir = tempfile::tempdir().unwrap();
    let error_of = |ids: &[String]| {
        let mut csv = String::from("conversation_id,role,text\n");
        for id in ids {
            csv.push_str(id);
            csv.push_str(",customer,hi\n");
        }
        let path = write(dir.path(), "t.csv", csv.as_bytes());
        let (result, _) = read_with(ReaderBuilder::new(), &[path]);
        result.err().map(|e| e.to_string())
    };
    let numbered: Vec<String> = (1..=3_000).map(|i| i.to_string()).collect();
    assert_eq!(error_of(&numbered), None, "in order, none reappears");
    for (ids, again, line) in [
        (numbered.clone(), "1", 3_002),
        (numbered.clone(), "10", 3_002),
        (vec!["9".into(), "10".into(), "11".into()], "10", 5),
        (vec!["c".into(), "b".into(), "a".into()], "b", 5),
        (vec!["a".into(), "c".into(), "b".into(), "d".into()], "b", 6),
    ] {
        let mut rows = ids.clone();
        rows.push(again.to_owned());
        let err = error_of(&rows).unwrap_or_else(|| panic!("{again} after {} ids", ids.len()));
        assert!(
            err.contains(&format!("t.csv:{line}: conversation `{again}` reappears")),
            "{err}"
        );
    }
}

#[test]
fn the_conversations_finished_before_a_reappearing_id_are_given_and_its_row_is_not_read() {
    let dir = tempfile::tempdir().unwrap();
    let csv = "conversation_id,role,text\na,customer,1\nb,customer,2\nb,customer,3\na,robot,4\n";
    let path = write(dir.path(), "t.csv", csv.as_bytes());
    let mut reader = ReaderBuilder::new().build(vec![Input::Path(path)]);
    let mut given = Vec::new();
    let mut error = None;
    for item in reader.by_ref() {
        match item {
            Ok(c) => given.push((c.id.clone(), c.messages.len())),
            Err(e) => error = Some(e.to_string()),
        }
    }
    // `b` may go on after `a`'s row, which reading stops at: it is not given as if
    // complete (it was, cut short, with 2 of its messages), and the error says so.
    assert_eq!(given, [("a".to_owned(), 1)]);
    let error = error.unwrap();
    assert!(
        error.contains("t.csv:5: conversation `a` reappears"),
        "{error}"
    );
    assert!(
        error.contains("note: `a` was read from its earlier rows only; `b`, whose rows from "),
        "{error}"
    );
    assert!(
        error.contains("t.csv:3 may go on after this one, is left out"),
        "{error}"
    );
    // Reading stops at the row: it is no message, and its unknown role goes unreported.
    let report = reader.into_report();
    assert_eq!(report.messages, 3);
    assert!(
        report.unknown_roles.is_empty(),
        "{:?}",
        report.unknown_roles
    );
}

#[test]
fn a_reappearing_id_names_the_file_its_earlier_rows_end_in() {
    let dir = tempfile::tempdir().unwrap();
    let one = write(
        dir.path(),
        "1.csv",
        b"conversation_id,role,text\na,customer,1\n",
    );
    let two = write(
        dir.path(),
        "2.csv",
        b"conversation_id,role,text\nb,customer,2\na,customer,3\n",
    );
    let (result, _) = read_with(ReaderBuilder::new(), &[one, two]);
    let err = result.unwrap_err().to_string();
    assert!(err.contains("2.csv:3: conversation `a` reappears"), "{err}");
    assert!(err.contains("its earlier rows end at "), "{err}");
    assert!(err.contains("1.csv:2)"), "{err}");
}

#[test]
fn a_conversation_may_continue_into_the_next_file() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "1.csv",
        b"conversation_id,role,text\nx,customer,1\ny,customer,2\n",
    );
    let b = write(
        dir.path(),
        "2.jsonl",
        b"{\"conversation_id\":\"y\",\"role\":\"bot\",\"text\":\"3\"}\n",
    );
    let (convs, _) = read(&[a, b]);
    assert_eq!(convs.len(), 2);
    assert_eq!(convs[1].messages.len(), 2);
}

/// Issue 7: ids in order keep nothing, so memory stays flat however many conversations
/// a file holds; the first id out of order reads the file again up to its row, and from
/// then on every id is kept.
#[test]
fn ids_in_order_are_not_kept_until_one_comes_out_of_order() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("conversation_id,role,text\n");
    for i in 1..=2_000 {
        writeln!(csv, "{i},customer,hi").unwrap();
    }
    // Out of order but new (line 2,002), then ids in order again: none reappears.
    csv.push_str("0,customer,hi\n2001,customer,hi\n2002,customer,hi\n");
    let path = write(dir.path(), "t.csv", csv.as_bytes());
    let mut reader = ReaderBuilder::new().build(vec![Input::Path(path)]);
    assert!(reader.grouper.history_is_kept());
    // The 2,000th is given when the row out of order is read.
    let mut read = 0;
    while read < 1_999 {
        reader.next().unwrap().unwrap();
        read += 1;
        assert_eq!(reader.grouper.ids_kept(), 0, "after {read} in order");
    }
    let rest: Vec<_> = reader.by_ref().map(|c| c.unwrap().id).collect();
    assert_eq!(rest, ["2000", "0", "2001", "2002"]);
    assert!(!reader.grouper.history_is_kept());
    // The 2,000 ids before the one out of order, read again, and the three after it.
    assert_eq!(reader.grouper.ids_kept(), 2_003);
}

/// The ids read again are those before the row out of order, in every file before it
/// and CSV or JSONL alike: not the row itself nor any after it, which would make a new
/// id look like one seen before.
#[test]
fn reading_again_stops_at_the_row_out_of_order_across_files() {
    let dir = tempfile::tempdir().unwrap();
    let one = write(
        dir.path(),
        "1.csv",
        b"conversation_id,role,text\nb,customer,1\nc,customer,2\n",
    );
    let row = |id: &str| {
        format!("{{\"conversation_id\":\"{id}\",\"role\":\"customer\",\"text\":\"x\"}}\n")
    };
    let jsonl = [row("d"), row("a"), row("e"), row("b")].concat();
    let two = write(dir.path(), "2.jsonl", jsonl.as_bytes());
    let (result, _) = read_with(ReaderBuilder::new(), &[one.clone(), two]);
    let err = result.unwrap_err().to_string();
    assert!(
        err.contains("2.jsonl:4: conversation `b` reappears"),
        "{err}"
    );
    assert!(err.contains("1.csv:2)"), "{err}");

    // `a` comes out of order and again later: the first time it is new.
    let jsonl = [row("d"), row("a"), row("e"), row("a")].concat();
    let two = write(dir.path(), "2.jsonl", jsonl.as_bytes());
    let (result, _) = read_with(ReaderBuilder::new(), &[one, two]);
    let err = result.unwrap_err().to_string();
    assert!(
        err.contains("2.jsonl:4: conversation `a` reappears"),
        "{err}"
    );
    assert!(err.contains("2.jsonl:2)"), "{err}");
}

/// Stdin, a pipe or a directory cannot be read again: their ids are kept from the start.
#[test]
fn only_files_and_bytes_in_memory_are_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "t.csv", b"conversation_id,role,text\n");
    let memory = Input::Memory {
        name: PathBuf::from("m.csv"),
        bytes: std::sync::Arc::from(&b"conversation_id,role,text\n"[..]),
    };
    let mapping = ColumnMapping::default();
    let of = |inputs: &[Input]| History::of(inputs, &mapping, None, 1024).is_some();
    assert!(of(&[Input::Path(file.clone()), memory.clone()]));
    assert!(!of(&[Input::Path(file.clone()), Input::Stdin]));
    assert!(!of(&[Input::Path(dir.path().to_owned())]));
    // Grouping in memory checks no id.
    let reader = ReaderBuilder::new()
        .group_policy(GroupPolicy::InMemory)
        .build(vec![Input::Path(file)]);
    assert!(!reader.grouper.history_is_kept());
}

/// A file that changed before it is read again is an error naming it: the ids read
/// again would not be those read the first time.
#[test]
fn a_file_changed_before_it_is_read_again_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = write(
        dir.path(),
        "t.csv",
        b"conversation_id,role,text\nb,customer,1\nc,customer,2\na,customer,3\n",
    );
    let mut reader = ReaderBuilder::new().build(vec![Input::Path(path.clone())]);
    assert_eq!(reader.next().unwrap().unwrap().id, "b");
    // Everything is in the reader's buffer; the file on disk grows.
    std::fs::write(
        &path,
        b"conversation_id,role,text\nb,customer,1\nc,customer,2\na,customer,3\nz,customer,4\n",
    )
    .unwrap();
    let rest: Vec<_> = reader.by_ref().collect();
    let err = rest
        .into_iter()
        .find_map(Result::err)
        .expect("an error")
        .to_string();
    assert!(
        err.contains("t.csv: the file changed while it was read"),
        "{err}"
    );
}

/// A reappearing id whose earlier rows are further back than the last conversations
/// reading remembers (4,096) is found by reading the file again: the error still says
/// where they ended.
#[test]
fn a_reappearing_id_far_back_names_where_its_earlier_rows_ended() {
    let dir = tempfile::tempdir().unwrap();
    let mut csv = String::from("conversation_id,role,text\n");
    for i in 1..=5_000 {
        writeln!(csv, "{i},customer,hi").unwrap();
        if i == 1 {
            writeln!(csv, "1,customer,again").unwrap();
        }
    }
    csv.push_str("1,customer,back\n");
    let path = write(dir.path(), "t.csv", csv.as_bytes());
    let (result, _) = read_with(ReaderBuilder::new(), &[path]);
    let err = result.unwrap_err().to_string();
    assert!(
        err.contains("t.csv:5003: conversation `1` reappears"),
        "{err}"
    );
    assert!(err.contains("its earlier rows end at "), "{err}");
    assert!(err.contains("t.csv:3)"), "{err}");
}
