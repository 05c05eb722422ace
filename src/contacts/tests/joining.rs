//! The join: a contact's fields added without overriding the transcript's, on a field
//! and column named differently or mapped, its names kept under `--redact`, and D011
//! telling an empty join column, a missing one and a message column apart.

use super::*;

#[test]
fn a_join_adds_fields_without_overriding_the_transcript() {
    let c = contacts(CRM);
    let mut stats = JoinStats::default();
    let mut ana = conversation("c1", &[("email", " Ana@Example.com"), ("owner", "Zed")]);
    c.join(&mut ana, &mut stats);
    assert_eq!(ana.metadata.get("lifecycle_stage"), Some("customer"));
    assert_eq!(ana.metadata.get("arr"), Some("120000"));
    assert_eq!(
        ana.metadata.get("owner"),
        Some("Zed"),
        "the transcript's value wins"
    );
    let mut bo = conversation("c2", &[("email", "bo@example.com")]);
    c.join(&mut bo, &mut stats);
    assert_eq!(bo.metadata.get("arr"), None, "empty values add nothing");
    let record: Vec<_> = c.record_of(&bo).unwrap().collect();
    assert_eq!(
        record,
        [
            ("email", "bo@example.com"),
            ("owner", "Sam"),
            ("lifecycle_stage", "lead")
        ]
    );
    for (id, meta) in [
        ("c3", vec![]),
        ("c4", vec![("email", "nobody@example.com")]),
        ("c5", vec![("email", "dup@example.com")]),
    ] {
        c.join(&mut conversation(id, &meta), &mut stats);
    }
    assert_eq!(
        (stats.joined, stats.no_key, stats.no_record, stats.ambiguous),
        (2, 1, 1, 1)
    );
    let d = stats.diagnostics(&c, None);
    assert_eq!(d.len(), 2);
    assert!(
        d[0].message
            .contains("1 conversation has no value in `email`"),
        "{}",
        d[0].message
    );
    assert!(
        d[1].message.contains("`nobody@example.com` in `c4`"),
        "{}",
        d[1].message
    );
    assert_eq!(d[1].location.as_ref().unwrap().line, 7);
}

/// A key given only on a later row (an agent looked the customer's email up)
/// joined a contact whose fields every message saw, from the first: hindsight. They are
/// known from the message whose row gives the key; a key on the first row, from the start.
#[test]
fn a_contact_is_known_from_the_message_whose_row_gives_its_key() {
    let c = contacts(CRM);
    let mut stats = JoinStats::default();
    let email: Arc<str> = Arc::from("email");
    let mut late = conversation("c1", &[]);
    late.metadata.offer_at(&email, "ana@example.com", 3);
    c.join(&mut late, &mut stats);
    assert_eq!(late.metadata.known_from("owner"), Some(("Rita", 3)));
    assert_eq!(late.metadata.known_at("owner", 2), None);
    assert_eq!(late.metadata.known_at("owner", 3), Some("Rita"));
    let mut early = conversation("c2", &[("email", "ana@example.com")]);
    c.join(&mut early, &mut stats);
    assert_eq!(early.metadata.known_from("owner"), Some(("Rita", 0)));
}

/// A contact's `owner` where a later row gives another was not used at
/// all: the field was missing until that row. It is the field's until then.
#[test]
fn a_contacts_value_holds_until_a_later_row_gives_another() {
    let c = contacts(CRM);
    let mut stats = JoinStats::default();
    let mut ana = conversation("c1", &[("email", "ana@example.com")]);
    ana.metadata.offer_at(&Arc::from("owner"), "Zed", 2);
    c.join(&mut ana, &mut stats);
    let m = &ana.metadata;
    assert_eq!(
        m.get("owner"),
        Some("Zed"),
        "the transcript's value, once given"
    );
    assert_eq!(m.known_at("owner", 1), Some("Rita"));
    assert_eq!(m.known_at("owner", 2), Some("Zed"));
    // A key given after that row: the contact's value comes too late to be seen.
    let mut late = conversation("c2", &[]);
    late.metadata.offer_at(&Arc::from("owner"), "Zed", 1);
    late.metadata
        .offer_at(&Arc::from("email"), "ana@example.com", 3);
    c.join(&mut late, &mut stats);
    let m = &late.metadata;
    assert_eq!(
        (m.known_at("owner", 0), m.known_at("owner", 3)),
        (None, Some("Zed"))
    );
    assert_eq!(m.known_earlier("owner"), None);
}

#[test]
fn the_transcript_field_and_the_contacts_column_can_differ() {
    let c = Contacts::read(
        Path::new("crm.csv"),
        "Email",
        "Customer Email",
        &ColumnMapping::default(),
        CRM.as_bytes(),
    )
    .unwrap();
    let mut stats = JoinStats::default();
    let mut ana = conversation("c1", &[("customer_email", "ana@example.com")]);
    c.join(&mut ana, &mut stats);
    assert_eq!(ana.metadata.get("owner"), Some("Rita"));
    assert_eq!(stats.joined, 1);
}

/// Regression: with the transcript's own "Al W", the CRM's "Alexandra
/// Whitfield" was in the packet's contact fields and in the chat, and never masked: under
/// `--redact` the join keeps the contact's names it hides, for the names to be found.
#[test]
fn under_redact_the_join_keeps_the_contact_names_the_transcript_hides() {
    let crm = "Email,First Name,Last Name,Company Name\r\n\
               al@example.com,Alexandra,Whitfield,Whitfield Ltd\r\n";
    let meta = [
        ("email", "al@example.com"),
        ("first_name", "Al"),
        ("last_name", "W"),
        ("company_name", "Acme"),
    ];
    let mut stats = JoinStats::default();
    let mut plain = conversation("c1", &meta);
    contacts(crm).join(&mut plain, &mut stats);
    assert_eq!(plain.metadata.get("first_name"), Some("Al"));
    assert_eq!(
        plain.metadata.aside().count(),
        0,
        "nothing kept without --redact"
    );
    let mut kept = conversation("c1", &meta);
    contacts(crm)
        .keeping_names(true)
        .join(&mut kept, &mut stats);
    assert_eq!(
        kept.metadata.get("first_name"),
        Some("Al"),
        "the transcript's wins"
    );
    assert_eq!(
        kept.metadata.aside().collect::<Vec<_>>(),
        [("first_name", "Alexandra"), ("last_name", "Whitfield")],
        "names only: the company is no name"
    );
    let names = crate::redact::Names::of_conversation(&kept);
    let masked = crate::redact::masked("Hi, Alexandra Whitfield here; Al W", &names);
    assert_eq!(masked, "Hi, [name] [name] here; [name] W");
}

/// D011 said "the transcripts need the `email` column" when the column was there
/// and empty on some conversations; and `--join-on conversation_id` said "33
/// conversations have no `conversation_id`" (the id column is no metadata). The id is now
/// joined on, and each situation is said as it is.
#[test]
fn d011_says_an_empty_column_a_missing_one_and_a_message_column_apart() {
    let say = |join_field: &str, convs: &[Conversation]| {
        let c = Contacts::read(
            Path::new("crm.csv"),
            "Email",
            join_field,
            &ColumnMapping::default(),
            CRM.as_bytes(),
        )
        .unwrap();
        let mut stats = JoinStats::default();
        for conv in convs {
            c.join(&mut conv.clone(), &mut stats);
        }
        let d = stats.diagnostics(&c, None);
        d.iter()
            .map(|d| format!("{} | {}", d.message, d.help.join(" ")))
            .collect::<Vec<_>>()
    };
    let with = conversation("c1", &[("email", "ana@example.com")]);
    let without = conversation("c2", &[]);
    // The column is there (c1 has a value), empty on c2.
    let d = say("email", &[with.clone(), without.clone()]);
    assert_eq!(d.len(), 1, "{d:?}");
    assert!(
        d[0].starts_with(
            "1 conversation has no value in `email`, so no contact is joined to it, e.g. `c2`"
        ),
        "{d:?}"
    );
    assert!(
        d[0].contains("it is empty on every row of these conversations"),
        "{d:?}"
    );
    assert!(!d[0].contains("need"), "{d:?}");
    // No conversation has a value: the column is missing, or empty throughout.
    let d = say("customer_email", &[without.clone(), without.clone()]);
    assert!(
        d[0].starts_with("no conversation has a value in `customer_email` to join contacts on (2 conversations in all)"),
        "{d:?}"
    );
    assert!(
        d[0].contains("have no `customer_email` column, or it is empty on every row"),
        "{d:?}"
    );
    // A message column is no customer field.
    let d = say("role", std::slice::from_ref(&with));
    assert!(
        d[0].starts_with(
            "no conversation can be joined on `role`: it is read as each message's role"
        ),
        "{d:?}"
    );
    // The conversation id is joined on: nothing is missing, `c1` has no record.
    let crm = "Conversation ID,Owner\nc1,Rita\n";
    let c = Contacts::read(
        Path::new("crm.csv"),
        "conversation_id",
        "conversation_id",
        &ColumnMapping::default(),
        crm.as_bytes(),
    )
    .unwrap();
    let mut stats = JoinStats::default();
    let mut c1 = conversation("c1", &[]);
    c.join(&mut c1, &mut stats);
    c.join(&mut conversation("c9", &[]), &mut stats);
    assert_eq!(c1.metadata.get("owner"), Some("Rita"));
    assert_eq!((stats.joined, stats.no_key, stats.no_record), (1, 0, 1));
    let d = stats.diagnostics(&c, None);
    assert_eq!(d.len(), 1);
    assert!(
        d[0].message
            .contains("its `conversation_id` is not in the contacts file, e.g. `c9` in `c9`"),
        "{}",
        d[0].message
    );
}

/// `meta.email=customer_email`: the conversations' metadata is `email`, so joining on
/// the column (`--join-on customer_email`) joins on the field, as for the id's column.
#[test]
fn the_column_of_a_mapped_metadata_field_joins_on_the_field() {
    let mut mapping = ColumnMapping::default();
    mapping.set_pair("meta.email=customer_email").unwrap();
    let c = Contacts::read(
        Path::new("crm.csv"),
        "Email",
        "Customer Email",
        &mapping,
        CRM.as_bytes(),
    )
    .unwrap();
    assert_eq!(c.join_field(), "email");
    let mut conv = conversation("c1", &[("email", "ana@example.com")]);
    c.join(&mut conv, &mut JoinStats::default());
    assert_eq!(conv.metadata.get("owner"), Some("Rita"));
}
