//! Known over-masking of `--redact` listed after the gaps (`gaps.rs`): what is no personal
//! data but was masked as some, each kept now, in whole conversations as `--redact`
//! reads them, and the personal data beside it still masked.

use super::gaps::last_masked;
use crate::transcript::Role;

/// Known over-masking: after a PIN, a number with a label before it said of as another
/// ("My flight 5678 is my old one") and a year that was "my first one" were masked as
/// codes.
#[test]
fn a_labelled_number_or_a_first_one_after_a_pin_is_no_code() {
    for said in [
        "My flight 5678 is my old one",
        "2019 was my first one",
        "Room #5678 was the other one",
        "order no. 5678 is the previous one",
        "the year 2019 was my old one",
    ] {
        assert_eq!(
            last_masked(&[(Role::Customer, "My PIN is 1234"), (Role::Customer, said)]),
            said
        );
    }
    assert_eq!(
        super::r("My PIN is 1234. My flight 5678 is my old one"),
        "My PIN is [secret]. My flight 5678 is my old one"
    );
    // Codes still: without a label, and a first PIN.
    for (said, expected) in [
        ("And 5678 is my old one", "And [secret] is my old one"),
        ("5678 was my first pin", "[secret] was my first pin"),
        (
            "my flight is fine. 5678 is my old one",
            "my flight is fine. [secret] is my old one",
        ),
        (
            "my flight. 5678 is my old one",
            "my flight. [secret] is my old one",
        ),
    ] {
        assert_eq!(
            last_masked(&[(Role::Customer, "My PIN is 1234"), (Role::Customer, said)]),
            expected
        );
    }
}
