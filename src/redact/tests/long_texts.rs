//! Long texts (a row may hold 16 MiB): a megabyte of digits, of PINs in a list, of
//! card-like groups, of cards → redacted in time linear in the length. Nothing is timed:
//! with work per match that grows with the rest of the text (as it did, 10 s for 800 KB
//! of digits), these take minutes, not the fraction of a second they take now.

use super::*;

/// About a megabyte; a tenth of it in a debug build, where the regexes run a few times
/// slower (the shape of the cost is the same).
const LEN: usize = if cfg!(debug_assertions) {
    1 << 17
} else {
    1 << 20
};

/// Digits from a small xorshift: the same every run, no new dependency.
fn digits(len: usize) -> String {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..len)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            char::from(b'0' + u8::try_from(state % 10).unwrap())
        })
        .collect()
}

/// `unit` repeated to `LEN` bytes, after `head`.
fn repeated(head: &str, unit: impl Fn(usize) -> String) -> String {
    let mut text = head.to_owned();
    let mut i = 0;
    while text.len() < LEN {
        text.push_str(&unit(i));
        i += 1;
    }
    text
}

/// `--redact` on long messages took quadratic time in a run of digits
/// (a card search each 19 digits counting the rest of the run) and in a list of PINs
/// (each number checked against every span found before).
#[test]
fn long_runs_of_numbers_are_redacted_in_linear_time() {
    let run = digits(LEN);
    assert_eq!(r(&run), run, "one run of digits is no number of any kind");

    let pins = repeated("my pin is ", |i| format!("{} or ", 1000 + i % 9000));
    let out = r(&pins);
    assert!(
        out.starts_with("my pin is [secret] or [secret] or "),
        "{}",
        &out[..80]
    );
    assert!(!out.contains("1003"));

    let groups = repeated("", |_| "4111 ".to_owned());
    let _ = r(&groups);

    let cards = repeated("", |_| "card 4111 1111 1111 1111, ".to_owned());
    assert_eq!(r(&cards), cards.replace("4111 1111 1111 1111", "[card]"));

    let passwords = repeated("", |_| "password: abc4111111111111111 ".to_owned());
    assert!(!r(&passwords).contains("abc"));

    let hex = repeated("", |i| {
        format!("{:x}", u64::try_from(i).unwrap() * 0x9E37_79B9)
    });
    let _ = r(&hex);
}

/// A phone number's `+` or `(` right after a digit: the search steps past it (it once
/// stood still there, skipping a run of digits of length zero).
#[test]
fn a_number_after_a_digit_is_stepped_past() {
    for text in ["1+12 3456 78", "1(555) 123-4567", "07+44 20 7946 0958"] {
        let _ = r(text);
    }
    assert_eq!(r("1 +44 20 7946 0958"), "1 [phone]");
}

/// A megabyte of a customer's name beside personal data ("Tyler a@b.co", "Tyler 06 12 34
/// 56 78"): each name was checked against every span of personal data for an overlap,
/// which took 3 s for a megabyte of names and emails; a binary search each now.
#[test]
fn names_beside_personal_data_are_masked_in_linear_time() {
    let names = crate::redact::names::names_of(&[("name", "Tyler Jones")]);
    for (unit, masked_unit) in [
        ("Tyler a@b.co ", "[name] [email] "),
        ("Tyler 06 12 34 56 78 ", "[name] [phone] "),
    ] {
        let text = repeated("", |_| unit.to_owned());
        assert_eq!(
            crate::redact::masked(&text, &names),
            text.replace(unit, masked_unit)
        );
    }
}
