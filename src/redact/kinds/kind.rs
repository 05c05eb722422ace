//! What each kind of personal data found by pattern is: a kind → its mask, whether a
//! text can hold one (by its counts of digits and `@`: [`TextCounts`]), and whether a
//! candidate match is one (checksums, digit counts). Finds nothing; the patterns and
//! the search are `kinds.rs`'s.

use super::numbers::{iban_groups, iban_valid, luhn_valid, ni_valid, ssn_valid, written_as_cards};
use super::phone::phone_like;
use super::{group_lengths, names_a_secret};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Email,
    Iban,
    Card,
    Ssn,
    Phone,
    Ip,
    /// A PIN, password or security code, after the word that says so.
    Secret,
    /// A date of birth, after the words that say so (`secret.rs`).
    Dob,
    /// A passport, national insurance or national identity number: after its label
    /// (`secret.rs`), or a UK national insurance number as it is written.
    Id,
    /// A bank account, sort code or routing number, after its label (`labelled.rs`).
    Account,
    /// A street address: a house number, a street's name and a word for a street
    /// (`address.rs`).
    Address,
    /// A UK postcode as it is written, or a US ZIP code after a state or its label
    /// (`address.rs`).
    Postcode,
}

impl Kind {
    pub(super) const ALL: [Kind; 12] = [
        Kind::Email,
        Kind::Iban,
        Kind::Card,
        Kind::Ssn,
        Kind::Phone,
        Kind::Ip,
        Kind::Secret,
        Kind::Dob,
        Kind::Id,
        Kind::Account,
        Kind::Address,
        Kind::Postcode,
    ];

    pub(super) fn mask(self) -> &'static str {
        match self {
            Kind::Email => "[email]",
            Kind::Iban => "[iban]",
            Kind::Card => "[card]",
            Kind::Ssn => "[ssn]",
            Kind::Phone => "[phone]",
            Kind::Ip => "[ip]",
            Kind::Secret => "[secret]",
            Kind::Dob => "[dob]",
            Kind::Id => "[id]",
            Kind::Account => "[account]",
            Kind::Address => "[address]",
            Kind::Postcode => "[postcode]",
        }
    }

    /// Whether a text can hold one this kind accepts, by what each needs in what it
    /// matches: an `@`, or so many ASCII digits (`accepts` counts only those; an IBAN is
    /// at least half digits, and at least 15 long), or for an SSN, which it takes as
    /// matched, so many Unicode digits (`\d`); a password needs no digit, but a word
    /// that names it.
    pub(super) fn possible(self, text: &TextCounts) -> bool {
        match self {
            Kind::Email => text.at_sign,
            Kind::Iban | Kind::Phone => text.ascii_digits >= 8,
            Kind::Card => text.ascii_digits >= 13,
            Kind::Ssn => text.digits >= 9,
            Kind::Ip => text.ascii_digits >= 4,
            Kind::Secret => text.ascii_digits >= 1 || text.password_word,
            // Found with the secrets, after their labels; an address by its house number.
            Kind::Dob | Kind::Address | Kind::Postcode => text.ascii_digits >= 1,
            Kind::Id => text.ascii_digits >= 6,
            // Found with the secrets, after their labels.
            Kind::Account => text.ascii_digits >= 5,
        }
    }

    /// Whether a candidate match really is one (checksums, digit counts).
    pub(super) fn accepts(self, found: &str) -> bool {
        match self {
            Kind::Email
            | Kind::Secret
            | Kind::Dob
            | Kind::Account
            | Kind::Address
            | Kind::Postcode => true,
            Kind::Id => ni_valid(found),
            Kind::Ssn => ssn_valid(found),
            Kind::Iban => iban_valid(found) && iban_groups(found),
            Kind::Card => {
                let digits: Vec<u32> = found.chars().filter_map(|c| c.to_digit(10)).collect();
                // Groups are a card only as cards are written (4111 1111 1111 1111,
                // 4111.1111.1111.1111): other dotted runs are amounts, and other groups
                // numbers beside each other ("4567 2026-03-01 9", as the run of groups
                // `card_in_run` looks in would not take either).
                (13..=19).contains(&digits.len())
                    && matches!(digits[0], 2..=6)
                    && written_as_cards(&group_lengths(found))
                    && luhn_valid(&digits)
            }
            Kind::Phone => phone_like(found),
            Kind::Ip => found
                .split('.')
                .all(|part| part.parse::<u16>().is_ok_and(|n| n <= 255)),
        }
    }
}

/// Whether `text` is the mask of a kind found by pattern (`[card]`).
pub(in crate::redact) fn is_kind_mask(text: &str) -> bool {
    Kind::ALL.iter().any(|kind| kind.mask() == text)
}

/// The length of the longest mask of a kind found by pattern, brackets and all.
pub(in crate::redact) fn longest_kind_mask() -> usize {
    Kind::ALL
        .iter()
        .map(|kind| kind.mask().len())
        .max()
        .unwrap_or(0)
}

/// What [`Kind::possible`] needs to know of a text.
pub(in crate::redact) struct TextCounts {
    ascii_digits: usize,
    digits: usize,
    at_sign: bool,
    /// Whether a word for a password, a security question or a PIN may be in it; looked
    /// for only without a digit (with one, a secret is possible anyway).
    password_word: bool,
}

impl TextCounts {
    pub(in crate::redact) fn of(text: &str) -> TextCounts {
        let ascii_digits = text.bytes().filter(u8::is_ascii_digit).count();
        TextCounts {
            ascii_digits,
            digits: if text.is_ascii() {
                ascii_digits
            } else {
                text.chars().filter(|c| c.is_numeric()).count()
            },
            at_sign: text.contains('@'),
            password_word: ascii_digits == 0 && names_a_secret(text),
        }
    }
}
