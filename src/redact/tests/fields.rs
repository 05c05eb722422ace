//! What fields are masked as: a packet's customer and contact fields (each repeated
//! value masked as it alone is, name fields whole), and the fields a reader's column
//! mapping names as secrets (each reader's own mapping).

use super::*;

/// A packet masks each distinct value of its customer and contact once (the customer's
/// `email` is a metadata field too, and a contact record may hold it again): what each
/// field gets is what masking it alone gives, name fields whole.
#[test]
fn a_packets_repeated_values_are_masked_as_each_alone() {
    let n = names(&[("name", "Alex Chen")]);
    let email = "alex.chen@acme.example";
    let mut packet = crate::packet::Packet::sample(
        "c1",
        &[
            ("name", "Alex Chen"),
            ("email", email),
            ("company", "Chen Alex Ltd, call 555-010-9999"),
            ("tier", "Alex"),
        ],
    );
    packet.customer.email = Some(email.to_owned());
    packet.customer.company = Some("Chen Alex Ltd, call 555-010-9999".to_owned());
    packet.customer.name = Some("Alex Chen".to_owned());
    packet.contact = Some(crate::packet::Contact {
        key: "email".into(),
        value: email.into(),
        fields: crate::packet::Fields(vec![
            ("email".into(), email.into()),
            ("owner".into(), "Alex".into()),
        ]),
    });
    let alone = |text: &str| masked(text, &n).into_owned();
    packet.redact_with(&n);
    let c = &packet.customer;
    assert_eq!(c.email.as_deref(), Some(alone(email).as_str()));
    assert_eq!(c.name.as_deref(), Some("[name]"));
    assert_eq!(
        c.company.as_deref(),
        Some(alone("Chen Alex Ltd, call 555-010-9999").as_str())
    );
    assert_eq!(
        c.fields.0,
        [
            ("name".to_owned(), "[name]".to_owned()),
            ("email".to_owned(), alone(email)),
            (
                "company".to_owned(),
                alone("Chen Alex Ltd, call 555-010-9999")
            ),
            ("tier".to_owned(), alone("Alex")),
        ]
    );
    let contact = packet.contact.as_ref().unwrap();
    assert_eq!(contact.value, alone(email));
    assert_eq!(
        contact.fields.0,
        [
            ("email".to_owned(), alone(email)),
            ("owner".to_owned(), alone("Alex")),
        ]
    );
    assert_eq!(alone(email), "[email]");
    assert_eq!(alone("Alex"), "[name]");
}

/// Regression: the `meta.` pairs were kept for the process, set by the command line, so
/// a second run in one process (these tests) masked as the first's mapping said. Each
/// reader now gives its conversations its own mapping's pairs: `notes` read from
/// `password` is a secret there, and `notes` read as itself is not, at once.
#[test]
fn each_readers_mapping_decides_what_its_fields_are_masked_as() {
    use crate::transcript::{ColumnMapping, Input, ReaderBuilder};
    let read = |pair: Option<&str>, csv: &'static str| {
        let mut mapping = ColumnMapping::default();
        if let Some(pair) = pair {
            mapping.set_pair(pair).unwrap();
        }
        let input = Input::Memory {
            name: "t.csv".into(),
            bytes: std::sync::Arc::from(csv.as_bytes()),
        };
        let mut reader = ReaderBuilder::new().mapping(mapping).build(vec![input]);
        reader.next().unwrap().unwrap()
    };
    let mapped = read(
        Some("meta.notes=password"),
        "conversation_id,role,text,password\nc1,customer,hi,hunter2xyz\n",
    );
    let plain = read(
        None,
        "conversation_id,role,text,notes\nc1,customer,hi,hunter2xyz\n",
    );
    let (mapped_names, plain_names) = (
        Names::of_conversation(&mapped),
        Names::of_conversation(&plain),
    );
    assert_eq!(mapped.metadata.get("notes"), Some("hunter2xyz"));
    assert_eq!(
        masked_field("notes", "hunter2xyz", &mapped_names),
        "[secret]"
    );
    assert_eq!(
        masked_field("notes", "hunter2xyz", &plain_names),
        "hunter2xyz"
    );
    assert!(is_masked_field(
        "notes",
        mapped.metadata.read_from().map(AsRef::as_ref)
    ));
    assert!(!is_masked_field(
        "notes",
        plain.metadata.read_from().map(AsRef::as_ref)
    ));
    // The secret is hunted in the text too, only where the mapping says it is one.
    assert_eq!(
        masked("my code hunter2xyz", &mapped_names),
        "my code [secret]"
    );
    assert_eq!(
        masked("my code hunter2xyz", &plain_names),
        "my code hunter2xyz"
    );
}
