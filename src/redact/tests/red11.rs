//! The gaps of `--redact` earlier sessions left "needing a decision", decided and closed
//! (branch red11): each masked, beside a near miss that stays.

use super::gaps::last_masked;
use super::r;
use crate::transcript::Role;

/// The customer's message `text`, alone in its conversation, masked.
fn alone(text: &str) -> String {
    last_masked(&[(Role::Customer, text)])
}

/// Item 6: "I've had this pin since 2019" masked the year: the year after "since" or
/// "in" is when, not the PIN; a year the PIN's words give is the PIN.
#[test]
fn a_year_said_as_a_time_near_a_pin_stays() {
    for text in [
        "I've had this pin since 2019",
        "pin changed in 2021",
        "my PIN was reset in 2020 and I forgot it",
        "the passcode from 2018 no longer works",
    ] {
        assert_eq!(r(text), text);
        assert_eq!(alone(text), text);
    }
    for (text, expected) in [
        ("my pin is 2019", "my pin is [secret]"),
        ("pin: 2019", "pin: [secret]"),
        ("PIN 2019 please", "PIN [secret] please"),
        (
            "I've had this pin since 2019, it is 4821",
            "I've had this pin since 2019, it is [secret]",
        ),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
        assert_eq!(alone(text), expected, "{text:?}");
    }
}
