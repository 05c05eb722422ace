//! Phone numbers, cards, IBANs and emails as real chats write them: numbers with other
//! separators or glued to words, emails in other scripts, dates with times; each masked,
//! and what only looks similar kept. (Secrets as real chats write them:
//! `pins_and_passwords.rs`.)

use super::*;

/// Phone numbers with a country code, an extension, `00` for `+`, a
/// slash, or dots in pairs. (Letters right after one, "07700900123please", were masked
/// too, until the heads of UUIDs were: `tests/ids.rs`.)
#[test]
fn phone_numbers_with_country_codes_extensions_and_other_separators() {
    for (text, expected, raw) in [
        ("1-555-123-4567", "[phone]", &["4567"][..]),
        ("1 800 555 0199", "[phone]", &["0199"]),
        ("+1-555-123-4567", "[phone]", &["4567"]),
        // The extension is masked with its number.
        ("555-123-4567x89", "[phone]", &["4567", "89"]),
        ("555-123-4567 ext. 89", "[phone]", &["4567", "89"]),
        // RFC 3966's extension (";ext=12" was shown after the mask).
        ("+1 (555) 123-4567;ext=12", "[phone]", &["4567", "12"]),
        (
            "call 555-123-4567;EXT=12 thanks",
            "call [phone] thanks",
            &["12"],
        ),
        ("0044 20 7946 0958", "[phone]", &["7946", "0958"]),
        ("00442079460958", "[phone]", &["2079"]),
        ("030/12345678", "[phone]", &["12345678"]),
        ("tel 06.12.34.56.78", "tel [phone]", &["56", "78"]),
        ("+33.6.12.34.56.78", "[phone]", &["56", "78"]),
    ] {
        masks_to(text, expected, raw);
    }
}

/// Numbers near a phone number's shape that are none stay.
#[test]
fn dates_amounts_and_references_are_no_phone_numbers() {
    for text in [
        "2024-03-01",
        "01/03/2024",
        "exp 12/27",
        "$1,234.56",
        "1 200 000 users",
        "at 10:30:15",
        "version 2.3.4.5",
        "order 123456789",
        "ISBN 978-3-16-148410-0",
        "0123456789",
        "0012345678",
        "1920x1080",
        "see row 12;ext=5",
    ] {
        assert_eq!(r(text), text);
    }
}

/// Numbers written with no-break, narrow and thin spaces, en dashes,
/// non-breaking hyphens and figure dashes; cards with dots, slashes or a line break.
#[test]
fn numbers_with_other_separators() {
    for sep in [
        '\u{A0}', '\u{202F}', '\u{2009}', '\u{2013}', '\u{2011}', '\u{2012}',
    ] {
        let card = ["4111", "1111", "1111", "1111"].join(&sep.to_string());
        masks_to(&format!("card {card} ok"), "card [card] ok", &["1111"]);
        let phone = ["020", "7946", "0958"].join(&sep.to_string());
        masks_to(&format!("call {phone}"), "call [phone]", &["7946"]);
        let international = ["+44", "20", "7946", "0958"].join(&sep.to_string());
        masks_to(&format!("call {international}"), "call [phone]", &["7946"]);
        let ssn = ["078", "05", "1120"].join(&sep.to_string());
        masks_to(&format!("ssn {ssn}"), "ssn [ssn]", &["1120"]);
        let iban = ["GB82", "WEST", "1234", "5698", "7654", "32"].join(&sep.to_string());
        masks_to(&format!("iban {iban}"), "iban [iban]", &["WEST", "5698"]);
    }
    masks_to("4111.1111.1111.1111", "[card]", &["1111"]);
    masks_to("4111/1111/1111/1111", "[card]", &["1111"]);
    masks_to("card 4111 1111\n1111 1111 ok", "card [card] ok", &["1111"]);
    masks_to("4111 1111\r\n1111 1111", "[card]", &["1111"]);
    masks_to("123 45 6789", "[ssn]", &["6789"]);
    masks_to("123.45.6789", "[ssn]", &["6789"]);
    masks_to("078–05–1120", "[ssn]", &["1120"]);
    // Dotted amounts are no cards, whatever their checksum; numbers of an SSN's shape
    // outside the ranges issued, or among more groups, are no SSNs.
    for text in [
        "1.234.567.890.123",
        "000 12 3456",
        "666.12.3456",
        "call 020 12 3456 78",
    ] {
        assert_ne!(r(text), "[card]", "{text}");
        assert!(!r(text).contains("[ssn]"), "{text}");
    }
}

/// IBANs in lower or mixed case, with dashes, glued to words.
#[test]
fn ibans_in_any_case_and_glued_to_words() {
    for (text, expected, raw) in [
        ("gb82west12345698765432", "[iban]", &["5698"][..]),
        ("gb82 west 1234 5698 7654 32", "[iban]", &["5698"]),
        ("De89370400440532013000", "[iban]", &["0440"]),
        ("DE89-3704-0044-0532-0130-00", "[iban]", &["0044"]),
        ("myibanDE89370400440532013000", "myiban[iban]", &["0440"]),
        ("DE89370400440532013000please", "[iban]please", &["0440"]),
        (
            "ab12 then GB82WEST12345698765432",
            "ab12 then [iban]",
            &["5698"],
        ),
    ] {
        masks_to(text, expected, raw);
    }
}

/// Cards glued to words; the checksum keeps the rest.
#[test]
fn cards_glued_to_words() {
    for (text, expected) in [
        ("card_4111111111111111", "card_[card]"),
        ("cardno4111111111111111", "cardno[card]"),
        ("x4111111111111111", "x[card]"),
        ("4111111111111111exp1227", "[card]exp1227"),
        ("card:4111-1111-1111-1111cvv123", "card:[card]cvv[secret]"),
    ] {
        masks_to(text, expected, &["1111", "cvv123"]);
    }
    // A longer run of digits is no card.
    assert_eq!(r("41111111111111111111"), "41111111111111111111");
}

/// Addresses with letters of any script, `_` or `'` in them.
#[test]
fn emails_in_any_script() {
    for (text, raw) in [
        ("josé@acme.example", "josé"),
        ("alex@exämple.de", "exämple"),
        ("alex@example.рф", "alex"),
        ("_alex@acme.example", "alex"),
        ("o'brien@acme.example", "brien"),
        ("王伟@acme.example", "王伟"),
    ] {
        masks_to(&format!("mail {text} now"), "mail [email] now", &[raw]);
    }
}

/// The bounds of an address, an SSN and an IP address beside letters past ASCII, since
/// their patterns have no Unicode word boundary (`\b`, which on such text leaves the
/// whole of it to the regex crate's slowest engine). An address takes in the letters
/// and combining marks of any script glued to it (text without spaces cannot tell a
/// Chinese address's name from the words before it), as it did, and accents written as
/// their own character (shown before) too; digits or `_` after its domain stay out of
/// the mask (the address was shown whole). An SSN or IP address glued to a letter past
/// ASCII is one (Chinese and Japanese glue numbers to their words: shown before); glued
/// to an ASCII letter, `_` or a digit of any script, it is part of an id.
#[test]
fn boundaries_beside_letters_past_ascii() {
    for (text, expected, raw) in [
        ("mail 王伟@acme.example now", "mail [email] now", "王伟"),
        ("请发到ana@example.com谢谢", "[email]", "ana"),
        ("mail ana@example.рф now", "mail [email] now", "ana"),
        (
            "mail jose\u{301}@acme.example now",
            "mail [email] now",
            "jose",
        ),
        ("mail ana@acme.co\u{301}m ok", "mail [email] ok", "acme"),
        ("राम@acme.example", "[email]", "राम"),
        ("mail ana@example.com123", "mail [email]123", "ana"),
        ("mail ana@example.com_x", "mail [email]_x", "ana"),
        (
            "我的社保号是123-45-6789谢谢",
            "我的社保号是[ssn]谢谢",
            "6789",
        ),
        ("номер123-45-6789", "номер[ssn]", "6789"),
        ("ssn １２３-４５-６７８９", "ssn [ssn]", "６７８９"),
        ("ssn ١٢٣-٤٥-٦٧٨٩ ok", "ssn [ssn] ok", "٦٧٨٩"),
        ("我的IP是192.168.1.20", "我的IP是[ip]", "168"),
    ] {
        masks_to(text, expected, &[raw]);
    }
    // Part of an id: glued to an ASCII letter, `_` or a digit of any script.
    for text in [
        "abc123-45-6789",
        "_123-45-6789",
        "123-45-6789x",
        "123-45-6789_",
        "٣123-45-6789",
        "123-45-6789٣",
        "1123-45-6789",
        "x192.168.1.20",
        "٣192.168.1.20",
    ] {
        let out = r(text);
        assert!(!out.contains("[ssn]") && !out.contains("[ip]"), "{out:?}");
    }
}

/// Pieces of personal data in the shapes real chats write: other separators, glued words,
/// lower-case IBANs, extensions, `00` prefixes, passwords without digits, lists of PINs.
pub(super) fn written_shape_piece() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    prop_oneof![
        prop::sample::select(vec![
            "4111\u{a0}1111\u{a0}1111\u{a0}1111",
            "4111.1111.1111.1111",
            "4111 1111\n1111 1111",
            "cardno4111111111111111",
            "078–05–1120",
            "123 45 6789",
            "gb82west12345698765432",
            "DE89-3704-0044-0532-0130-00",
            "myibanDE89370400440532013000please",
            "555-123-4567x89",
            "ext. 89",
            "0044 20 7946 0958",
            "030/12345678",
            "06.12.34.56.78",
            "+33.6.12.34.56.78",
            "1-555-123-4567",
            "my pin is either",
            "It was",
            "or 0314",
            "PIN's",
            "cvv",
            "password:",
            "pass:",
            "password is",
            "hunter",
            "wrong",
            "o'brien@acme.example",
            "josé@exämple.рф",
            "[secret]",
            "[name]",
        ])
        .prop_map(str::to_owned),
        "[0-9\u{a0}\u{2013}\u{2011} ./+x-]{1,12}",
        "[a-zA-Z'é]{1,6}",
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]

    /// The shapes real chats write: counting first finds what searching everywhere finds, the
    /// spans are in order, apart and whole characters, and masking again keeps every
    /// mask and puts none inside another.
    #[test]
    fn written_shapes_keep_the_properties(
        pieces in proptest::collection::vec(proptest::prop_oneof![written_shape_piece(), piece()], 0..8),
        glue in proptest::sample::select(vec!["", " ", ", ", "-", ". ", "\u{a0}"]),
    ) {
        let text = pieces.join(glue);
        let found = spans(&text, None);
        proptest::prop_assert_eq!(&spans(&text, Some(&TextCounts::of(&text))), &found);
        proptest::prop_assert_eq!(pattern_spans(&text), found.clone());
        for pair in found.windows(2) {
            proptest::prop_assert!(pair[0].1 <= pair[1].0, "{found:?} in {text:?}");
        }
        for &(start, end, _) in &found {
            proptest::prop_assert!(start < end && text.get(start..end).is_some());
        }
        let n = names(&[("name", "Ana Card"), ("last_name", "Phone Ip")]);
        let once = masked(&text, &n).into_owned();
        let twice = masked(&once, &n).into_owned();
        proptest::prop_assert!(!twice.contains("[[") && !twice.contains("]]"), "{}", twice);
        let masks = |t: &str| {
            ["[email]", "[iban]", "[card]", "[ssn]", "[phone]", "[ip]", "[secret]", "[name]"]
                .iter()
                .map(|m| t.matches(m).count())
                .sum::<usize>()
        };
        proptest::prop_assert!(masks(&twice) >= masks(&once), "{once:?} → {twice:?}");
    }
}

/// A date then a time ("2024-03-01 09:15:00", the timestamps exports write) was
/// no phone number (it was masked as "[phone]:15:00").
#[test]
fn a_date_and_time_is_no_phone_number() {
    for text in [
        "on 2024-03-01 09:15:00 ok",
        "created 2024-03-01 09:15",
        "meeting 2024-03-01 10:00-11:00",
        "01/03/2024 10:30",
        "2024–03–01 09:15",
    ] {
        assert_eq!(r(text), text);
    }
    assert_eq!(r("call 020 7946 0958 at 10:30"), "call [phone] at 10:30");
}

/// A phone number right after an id or a long number is masked (it was not: the match
/// started inside the id, was rejected, and the search went on after all of it).
#[test]
fn a_phone_number_after_an_id_is_masked() {
    masks_to(
        "order ORD498722359903 555 123 4567 please",
        "order ORD498722359903 [phone] please",
        &["555 123 4567"],
    );
    masks_to(
        "ref 4987223599031234 call 020 7946 0958",
        "ref 4987223599031234 call [phone]",
        &["7946 0958"],
    );
}

/// Dates of birth and identity numbers: "born" of a thing, codes of the shape
/// of a national insurance number after a thing's label, and the forms that leaked.
#[test]
fn dates_of_birth_and_identity_numbers_near_things_and_their_labels() {
    for text in [
        "product code SE123456A",
        "Model number AB123456C",
        "Ref: JP123456B",
        "Voucher PA 12 34 56 D",
        "The company was born in 2010",
        "this idea was born on 2 May 2020",
        "passport expires 2027",
    ] {
        assert_eq!(r(text), text);
    }
    for (text, expected, raw) in [
        ("my NI is AB 12 34 56 C", "my NI is [id]", &["12 34"][..]),
        ("I was born on 2 May 1990", "I was born on [dob]", &["1990"]),
        (
            "my son was born 3/4/2015",
            "my son was born [dob]",
            &["2015"],
        ),
        ("Born: 1985", "Born: [dob]", &["1985"]),
        (
            "my date of birth? 04/03/1985",
            "my date of birth? [dob]",
            &["1985"],
        ),
        ("dob is 4th march 85", "dob is [dob]", &["85"]),
        (
            "passport number: X 1234567",
            "passport number: [id]",
            &["1234567"],
        ),
        (
            "passport number is AB 123456",
            "passport number is [id]",
            &["123456"],
        ),
        ("passport: 1234 5678 9", "passport: [id]", &["5678"]),
    ] {
        masks_to(text, expected, raw);
    }
}
