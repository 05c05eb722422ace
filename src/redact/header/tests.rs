//! A header's cells and metadata keys under `--redact`: the data of a header row of
//! data masked (as cells, as the keys of a packet's `fields`, as the column D005 names),
//! a header's column names kept as written.

use super::*;

fn shown(cell: &str) -> String {
    masked_header_cell(cell, &Names::default()).into_owned()
}

#[test]
fn data_in_a_header_is_masked() {
    for (cell, expected) in [
        ("Tyler Jones", "[name] [name]"),
        ("tyler jones", "[name] [name]"),
        (
            "Hi I am Tyler my card is 4111 1111 1111 1111",
            "Hi I am [name] my card is [card]",
        ),
        ("ana@example.com", "[email]"),
        ("Priya", "[name]"),
    ] {
        assert_eq!(shown(cell), expected, "{cell:?}");
    }
}

fn keys(fields: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut fields: Vec<(String, String)> = fields
        .iter()
        .map(|&(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    mask_data_keys(&mut fields, &Names::default());
    fields
}

/// A file without a header, mapped with `--map` to its first row's
/// cells, keyed the metadata by that row's data; a packet's `fields` showed it.
#[test]
fn the_keys_of_a_header_row_of_data_are_masked_with_their_values() {
    let first = [
        ("tyler_jones", "Tyler Jones"),
        ("tyler_example_com", "tyler@example.com"),
        ("07700900123", "07700900123"),
        ("springfield", "Springfield"),
    ];
    let shown = [
        ("[name] [name]", "[name] [name]"),
        ("[email]", "[email]"),
        ("[phone]", "[phone]"),
        ("[name]", "[name]"),
    ];
    let owned = |pairs: &[(&str, &str)]| -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|&(k, v)| (k.to_owned(), v.to_owned()))
            .collect()
    };
    assert_eq!(keys(&first), owned(&shown));
    // Another conversation of the file: the keys are the first's data, the values
    // its own.
    let other = [
        ("tyler_jones", "Ann Lee"),
        ("tyler_example_com", "ann@example.org"),
        ("07700900123", "07700900999"),
        ("springfield", "Boston"),
    ];
    assert_eq!(keys(&other), owned(&shown));
    // Keys masked alike stay apart.
    assert_eq!(
        keys(&[
            ("ana_example_com", "ana@example.com"),
            ("bo_example_org", "x")
        ]),
        owned(&[("[email]", "[email]"), ("[email] 2", "x")])
    );
}

/// A header's column names stay, values as written,
/// whatever the values are.
#[test]
fn the_keys_of_a_header_stay() {
    let fields = [
        ("name", "Tyler Jones"),
        ("company", "Company 2005"),
        ("lead_score", "74"),
        ("utm_source", "newsletter"),
        ("sfdc_nps", "9"),
        ("hubspot_id", "12345"),
        ("tier", "tier"),
        ("city", "Springfield"),
    ];
    let expected: Vec<(String, String)> = fields
        .iter()
        .map(|&(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
    assert_eq!(keys(&fields), expected);
}

/// D005 named a column of a header row of data as it was read
/// (`tyler_jones`); it is shown as the packets key it, and a header's column stays.
#[test]
fn a_column_is_shown_as_the_packets_key_it() {
    let metadata = |pairs: &[(&str, &str)]| {
        let mut metadata = Metadata::default();
        for (k, v) in pairs {
            metadata.insert(k, v);
        }
        metadata
    };
    let data = metadata(&[
        ("tyler_jones", "Ann Lee"),
        ("tyler_example_com", "ann@example.org"),
        ("turn", "2"),
    ]);
    assert_eq!(shown_column("tyler_jones", &data), "[name] [name]");
    assert_eq!(shown_column("tyler_example_com", &data), "[email]");
    let header = metadata(&[("turn", "2"), ("name", "Ann Lee"), ("tier", "pro")]);
    assert_eq!(shown_column("turn", &header), "turn");
    assert_eq!(shown_column("absent", &header), "absent");
}

proptest::proptest! {
    /// Telling a key from its value's name by the first letter first changes
    /// no answer.
    #[test]
    fn a_value_is_its_keys_name_as_normalised(
        value in "[ _\\-.A-Za-z0-9éÉİß\u{feff}]{0,12}",
        key in proptest::sample::select(vec!["", "tyler_jones", "a", "ss", "i̇stanbul", "x_1"]),
    ) {
        let normalised = crate::transcript::normalize_field(&value);
        proptest::prop_assert!(is_name_of(&value, &normalised));
        proptest::prop_assert_eq!(is_name_of(&value, key), normalised == key);
    }
}

#[test]
fn an_email_address_key_has_three_parts_and_a_domain() {
    assert!(DOMAINS.windows(2).all(|w| w[0] < w[1]), "{DOMAINS:?}");
    assert!(email_key("ana_example_com") && email_key("ana_smith_example_co_uk"));
    assert!(!email_key("example_com") && !email_key("lead_score_total"));
}

#[test]
fn column_names_stay() {
    for cell in [
        "conversation_id",
        "Customer Tier",
        "timestamp",
        "c1",
        "ID",
        "CSAT score",
        "2026-03-01T09:00:00Z",
        "customer",
        "Hello there",
        "utm_source",
        "first_name",
        "",
    ] {
        assert_eq!(shown(cell), cell, "{cell:?}");
    }
}
