//! Contacts: reading a contacts file (bad rows, keys, headers, unnamed and twice-named
//! columns, the mapping's fields); quotes, encodings and byte order marks are in
//! `tests/rows.rs`, the join's cases in `tests/joining.rs`.

use super::*;
use crate::transcript::{Message, Metadata, Role};

mod joining;
mod rows;

fn contacts(csv: &str) -> Contacts {
    Contacts::read(
        Path::new("crm.csv"),
        "Email",
        "email",
        &ColumnMapping::default(),
        csv.as_bytes(),
    )
    .unwrap()
}

fn conversation(id: &str, meta: &[(&str, &str)]) -> Conversation {
    let mut metadata = Metadata::default();
    for (k, v) in meta {
        metadata.insert(k, v);
    }
    Conversation {
        id: id.into(),
        messages: vec![Message {
            role: Role::Customer,
            text: "hi".into(),
            time: String::new(),
            timestamp: None,
            clock: crate::transcript::Clock::Written,
            line: 7,
        }],
        metadata,
        file: Arc::new(PathBuf::from("t.csv")),
    }
}

const CRM: &str = "Email,Owner,Lifecycle Stage,ARR\r\n\
    ana@example.com,Rita,customer,120000\r\n\
    bo@example.com,Sam,lead,\r\n\
    dup@example.com,A,lead,1\r\n\
    DUP@example.com ,B,lead,2\r\n\
    broken,row\r\n\
    ,Nobody,lead,0\r\n";

#[test]
fn duplicate_keys_and_bad_rows_are_reported_with_their_lines() {
    let c = contacts(CRM);
    assert_eq!(c.key(), "email");
    assert_eq!(c.len(), 2, "ana and bo; dup is ambiguous");
    let found: Vec<(Option<&str>, String, u32)> = c
        .diagnostics
        .iter()
        .map(|d| (d.code, d.message.clone(), d.location.as_ref().unwrap().line))
        .collect();
    // D010 is said once a key, after the rows are read (with how many rows it is on).
    assert_eq!((found[0].0, found[0].2), (Some("D001"), 6));
    assert_eq!(found[1].0, Some("D010"));
    assert_eq!(found[1].2, 4, "the first row with the key");
    assert!(
        c.diagnostics[1].related.is_empty(),
        "the message lists the lines"
    );
    assert_eq!((found[2].0, found[2].2), (Some("D012"), 7));
    assert_eq!(
        c.skipped_rows(),
        1,
        "the ragged row; not the one without a key"
    );
    assert_eq!(c.lookup("dup@example.com"), Lookup::Ambiguous);
}

/// A phone-only lead (no email) was a malformed row, and failed the run (exit 2)
/// though leaving it out loses no message. Now counted, reported once at the first.
#[test]
fn contact_rows_without_a_key_are_counted_once_not_skipped_as_malformed() {
    let c = contacts(
        "Email,Phone,Owner\n,555 0100,Rita\nana@example.com,,Sam\n  ,555 0101,Al\n,555 0102,Di\n",
    );
    assert_eq!(c.len(), 1);
    assert_eq!(c.skipped_rows(), 0);
    let [d] = c.diagnostics.as_slice() else {
        panic!("one warning: {:?}", c.diagnostics);
    };
    assert_eq!(d.code, Some("D012"));
    assert_eq!(d.severity, crate::diag::Severity::Warning);
    assert_eq!(
        d.message,
        "3 contact rows have no `email` to join on and are left out; the first is here"
    );
    assert_eq!(d.location.as_ref().unwrap().line, 2);
    let one = contacts("Email,Owner\nana@example.com,Sam\n,Rita\n");
    assert_eq!(
        one.diagnostics[0].message,
        "1 contact row has no `email` to join on and is left out"
    );
    assert_eq!(one.diagnostics[0].location.as_ref().unwrap().line, 3);
}

/// The columns as the file names them (cli42: they were listed normalised, `email`,
/// `lifecycle_stage`, which the file does not say).
#[test]
fn a_missing_key_column_lists_the_columns() {
    let err = Contacts::read(
        Path::new("crm.csv"),
        "customer_id",
        "customer_id",
        &ColumnMapping::default(),
        CRM.as_bytes(),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "crm.csv:1: the contacts file has no `customer_id` column to join on; the columns are: `Email`, `Owner`, `Lifecycle Stage`, `ARR`"
    );
}

/// An empty contacts file said it had no `email` column, "the columns are: " and
/// nothing; a header alone passed without a word, each conversation then "no such
/// contact".
#[test]
fn an_empty_contacts_file_is_said_so_and_a_header_alone_is_d007() {
    let read = |csv: &str| {
        Contacts::read(
            Path::new("crm.csv"),
            "email",
            "email",
            &ColumnMapping::default(),
            csv.as_bytes(),
        )
    };
    assert_eq!(
        read("").unwrap_err().to_string(),
        "crm.csv:1: the contacts file is empty: no header, no contacts"
    );
    let header_only = read("email,owner\n").unwrap();
    let codes: Vec<_> = header_only.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Some("D007")]);
    assert_eq!(
        header_only.diagnostics[0].message,
        "contacts file has a header and no rows: no conversation can get a contact"
    );
    assert!(
        read("email,owner\na@x.example,Sam\n")
            .unwrap()
            .diagnostics
            .is_empty()
    );
}

/// Two columns that normalise alike (`Contact Owner`, `contact_owner`) were
/// accepted silently, the last winning; transcripts refuse them. Now the same error.
#[test]
fn two_columns_of_one_name_are_an_error_naming_both() {
    let read = |csv: &str| {
        Contacts::read(
            Path::new("crm.csv"),
            "email",
            "email",
            &ColumnMapping::default(),
            csv.as_bytes(),
        )
        .unwrap_err()
        .to_string()
    };
    assert_eq!(
        read("email,Contact Owner,contact_owner\na@x.io,Rita,Bob\n"),
        "crm.csv:1: columns 2 `Contact Owner` and 3 `contact_owner` of the header both read as `contact_owner` (names are compared in lower case, other characters as `_`)\n  hint: rename or remove one of them: which of the two is meant cannot be told"
    );
    assert_eq!(
        read("\u{feff}Email,owner,Email\n"),
        "crm.csv:1: the header has column `Email` twice (columns 1 and 3)\n  hint: rename or remove one of them: which of the two is meant cannot be told"
    );
}

/// An unnamed column of a contacts file became a field `""` of every joined
/// conversation (in packets too), without a word. It is said (D013) and joins nothing.
#[test]
fn an_unnamed_column_is_said_and_joins_nothing() {
    let c = contacts("Email,,Owner\nana@example.com,secret,Rita\n");
    let codes: Vec<_> = c.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, [Some("D013")]);
    assert_eq!(
        c.diagnostics[0].to_string(),
        "crm.csv:1: warning[D013]: column 2 of the header has no name (no letter or digit): its values are not read, as contact fields or otherwise"
    );
    assert_eq!(c.fields().collect::<Vec<_>>(), ["email", "owner"]);
    let mut conv = conversation("c1", &[("email", "ana@example.com")]);
    let mut stats = JoinStats::default();
    c.join(&mut conv, &mut stats);
    assert_eq!(
        conv.metadata.iter().collect::<Vec<_>>(),
        [("email", "ana@example.com"), ("owner", "Rita")]
    );
    assert_eq!(
        c.record_of(&conv).unwrap().collect::<Vec<_>>(),
        [("email", "ana@example.com"), ("owner", "Rita")]
    );
}

/// With blank lines before the header, its errors and warnings said line 1.
/// They name the header's own line.
#[test]
fn header_findings_name_the_headers_line() {
    let read = |csv: &str, key: &str| {
        Contacts::read(
            Path::new("crm.csv"),
            key,
            key,
            &ColumnMapping::default(),
            csv.as_bytes(),
        )
    };
    let err = read("\n\nemail,Email\na,b\n", "email").unwrap_err();
    assert!(
        err.to_string()
            .starts_with("crm.csv:3: columns 1 `email` and 2 `Email`"),
        "{err}"
    );
    let err = read("\r\n\r\nid,owner\na,b\n", "email").unwrap_err();
    assert_eq!(
        err.to_string(),
        "crm.csv:3: the contacts file has no `email` column to join on; the columns are: `id`, `owner`"
    );
    let c = read("\n\n\nemail,,owner\na,b,c\n", "email").unwrap();
    assert_eq!(c.diagnostics.len(), 1);
    assert!(
        c.diagnostics[0]
            .to_string()
            .starts_with("crm.csv:4: warning[D013]"),
        "{}",
        c.diagnostics[0]
    );
}

/// The contacts' columns are read through the mapping's `meta.` pairs, as a transcript's
/// are: `Password` under `meta.notes=password` is the field `notes`, which the
/// transcripts may lack. A column named as the field next to the column it is read from
/// is refused: which of the two is meant cannot be told.
#[test]
fn a_contacts_column_is_read_as_the_field_the_mapping_names() {
    let mut mapping = ColumnMapping::default();
    mapping.set_pair("meta.notes=password").unwrap();
    mapping.set_pair("meta.plan=Customer Tier").unwrap();
    let read = |csv: &str| {
        Contacts::read(
            Path::new("crm.csv"),
            "Email",
            "email",
            &mapping,
            csv.as_bytes(),
        )
    };
    let crm = read("Email,Password,region\nana@example.com,hunter2xyz,emea\n").unwrap();
    assert_eq!(
        crm.fields().collect::<Vec<_>>(),
        ["email", "notes", "region"]
    );
    assert_eq!(crm.mapped_columns(), ["password"]);
    let mut conv = conversation("c1", &[("email", "ana@example.com")]);
    crm.join(&mut conv, &mut JoinStats::default());
    assert_eq!(conv.metadata.get("notes"), Some("hunter2xyz"));
    assert_eq!(conv.metadata.get("password"), None);
    let err = read("Email,plan,Customer Tier\nana@example.com,gold,silver\n")
        .unwrap_err()
        .to_string();
    assert_eq!(
        err,
        "crm.csv:1: column `plan` would be contact field `plan`, which `meta.plan` reads from column `Customer Tier`: which of the two is meant cannot be told\n  hint: leave one of them out of the contacts file, or read `meta.plan` from another column"
    );
}
