//! Ids that only look like personal data: UUIDs, hex hashes and order numbers →
//! unchanged by redaction, alone and among words (about 2% of UUIDs and SHA-1s, and
//! 0.7% of order numbers, were partly masked).

use super::*;

/// A small xorshift: the same ids every run, no new dependency.
struct Ids(u64);

impl Ids {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn hex(&mut self, len: usize) -> String {
        (0..len)
            .map(|_| char::from(b"0123456789abcdef"[usize::try_from(self.next() % 16).unwrap()]))
            .collect()
    }

    /// A version 4 UUID: `xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`, y one of 8, 9, a, b.
    fn uuid(&mut self) -> String {
        let variant = ['8', '9', 'a', 'b'][usize::try_from(self.next() % 4).unwrap()];
        format!(
            "{}-{}-4{}-{variant}{}-{}",
            self.hex(8),
            self.hex(4),
            self.hex(3),
            self.hex(3),
            self.hex(12)
        )
    }

    fn order(&mut self) -> String {
        format!("ORD{:012}", self.next() % 1_000_000_000_000)
    }
}

/// `id` comes out of redaction as it went in, alone and between words.
#[track_caller]
fn unchanged(id: &str) {
    assert_eq!(r(id), id);
    let text = format!("ref {id} zzgo");
    assert_eq!(r(&text), text);
}

/// Ids the pattern kinds took for personal data: `08460086-38da-f051-…` became
/// `[phone]da-f051-…`, a hash `0ad1725d[iban]b642b5cfa4`, `ORD556689626486 zzgo`
/// `O[iban]`.
#[test]
fn uuids_hashes_and_order_numbers_are_not_masked() {
    let mut ids = Ids(0x2545_F491_4F6C_DD1D);
    for _ in 0..2000 {
        let uuid = ids.uuid();
        unchanged(&uuid);
        unchanged(&uuid.to_uppercase());
    }
    for _ in 0..2000 {
        let hash = ids.hex(40);
        unchanged(&hash);
        unchanged(&hash.to_uppercase());
    }
    for _ in 0..2000 {
        unchanged(&ids.order());
    }
}

/// Ids taken for personal data, and what they are near: a number glued to a UUID's
/// letters is no phone number; a tracking number then a word is no IBAN.
#[test]
fn ids_near_phone_numbers_cards_and_ibans_are_not_masked() {
    for id in [
        "08460086-38da-f051-9c1e-5e0bd2a1f3c4",
        "0ad1725d9e6a7b0c3f2e1d4c5b6a7988b642b5cfa4",
        "ORD556689626486",
        "LH819253258GB",
        // A phone number's shape among a UUID's groups, a card's glued to its letters.
        "00778323-0774-4A39-8CD0-1F8ED12B8E68",
        "00124713-2828-4324-b29b-750612011be0",
        "x36b49834-4515-4845-8144-ac44646bb349",
        "x2e2fda9f78c07bb373ab45c82bc6501933537145",
        "fe55ec04-62c6-45bb-9722-3566779496f9",
    ] {
        unchanged(id);
    }
    // A phone number runs into no letter: "07700900123please" was masked, and so was
    // the head of a UUID; the UUIDs win.
    assert_eq!(r("phone:07700900123please"), "phone:07700900123please");
    assert_eq!(r("phone: 07700900123 please"), "phone: [phone] please");
}

/// What the id rules leave masked: words glued to a card, a dash before a phone number
/// after a word, an IBAN in capitals glued to a word in lower case.
#[test]
fn numbers_beside_words_are_still_masked() {
    for (text, expected) in [
        ("card-4111111111111111", "card-[card]"),
        ("tel-555-123-4567", "tel-[phone]"),
        ("555-123-4567-ext", "[phone]-ext"),
        ("4111-1111-1111-1111-99", "[card]-99"),
        ("ibanDE89370400440532013000please", "iban[iban]please"),
        ("IBAN DE89 3704 0044 0532 0130 00 ZZGO", "IBAN [iban] ZZGO"),
    ] {
        assert_eq!(r(text), expected, "{text}");
    }
}
