//! Secrets as real chats write them: PINs as customers write them (and "pin" the verb),
//! more codes after one given, card security and one-time codes, passwords without a
//! digit or ending in marks; and words about secrets, which stay.

use super::*;

/// PINs as customers write them, beyond "PIN 1234".
#[test]
fn pins_as_customers_write_them() {
    for (text, expected, raw) in [
        (
            "my pin is either 3100 or 0314",
            "my pin is either [secret] or [secret]",
            &["3100", "0314"][..],
        ),
        (
            "My pin was either 1596 or 0314.",
            "My pin was either [secret] or [secret].",
            &["1596", "0314"],
        ),
        (
            "I remember my PIN. It was either 1596 or 0314.",
            "I remember my PIN. It was either [secret] or [secret].",
            &["1596", "0314"],
        ),
        (
            "my PIN - 9921 or 3941",
            "my PIN - [secret] or [secret]",
            &["9921", "3941"],
        ),
        ("my PIN's 4821", "my PIN's [secret]", &["4821"]),
        ("PIN no. 4821", "PIN no. [secret]", &["4821"]),
        ("a pin of 4821", "a pin of [secret]", &["4821"]),
        ("PINs 4821", "PINs [secret]", &["4821"]),
        ("PIN 4 8 2 1", "PIN [secret]", &["4 8 2 1", "8 2"]),
        ("my PIN, 4821", "my PIN, [secret]", &["4821"]),
        (
            "I changed my PIN to 4821",
            "I changed my PIN to [secret]",
            &["4821"],
        ),
        ("PIN is now 4821", "PIN is now [secret]", &["4821"]),
        ("PIN.4821", "PIN.[secret]", &["4821"]),
    ] {
        masks_to(text, expected, raw);
    }
}

/// More codes in the sentence after a PIN given already, and a list that
/// goes on after a comma.
#[test]
fn more_codes_after_one_given() {
    for (text, expected, raw) in [
        (
            "my PIN is 1234. It was either 5678 or 9012",
            "my PIN is [secret]. It was either [secret] or [secret]",
            &["1234", "5678", "9012"][..],
        ),
        (
            "my pin is 4455, or maybe 6677",
            "my pin is [secret], or maybe [secret]",
            &["4455", "6677"],
        ),
        (
            "PIN 4455. Or maybe 6677?",
            "PIN [secret]. Or maybe [secret]?",
            &["4455", "6677"],
        ),
        (
            "my pin's 4455; it might be 6677 though",
            "my pin's [secret]; it might be [secret] though",
            &["4455", "6677"],
        ),
    ] {
        masks_to(text, expected, raw);
    }
    // The sentence after says something else: its numbers stay ("It was 2019
    // when…" gave "[secret]").
    for (text, expected) in [
        (
            "my PIN is 1234. The order was 5678.",
            "my PIN is [secret]. The order was 5678.",
        ),
        (
            "my pin is 1234. It was 2019 when I opened it",
            "my pin is [secret]. It was 2019 when I opened it",
        ),
        (
            "my pin is 1234. It's 1500 miles away",
            "my pin is [secret]. It's 1500 miles away",
        ),
        (
            "The pin is 4321. Maybe 2000 people saw it",
            "The pin is [secret]. Maybe 2000 people saw it",
        ),
        (
            "the security code is 123. It is 2024 and still broken",
            "the security code is [secret]. It is 2024 and still broken",
        ),
        (
            "my pin is 1234, and 300 dollars were taken",
            "my pin is [secret], and 300 dollars were taken",
        ),
    ] {
        masks_to(text, expected, &["1234"]);
    }
}

/// "pin" is a verb only when the number is what something is pinned to or for
/// ("to 300 channels"); "pin it 1234" gives a PIN.
#[test]
fn pin_as_a_verb_needs_a_preposition_before_the_number() {
    for (text, expected) in [
        ("pin it 1234", "pin it [secret]"),
        ("Pin it 4455 please", "Pin it [secret] please"),
        ("pin the new one 7788", "pin the new one [secret]"),
        ("pin a 1234", "pin a [secret]"),
        ("Pin this: 1234", "Pin this: [secret]"),
        (
            "pin the message to 300 channels",
            "pin the message to 300 channels",
        ),
        (
            "please pin it for 1000 users",
            "please pin it for 1000 users",
        ),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
    }
}

/// Card security codes glued to their word or to the expiry.
#[test]
fn card_codes_glued_to_their_word() {
    masks_to("cvv123", "cvv[secret]", &["123"]);
    masks_to("exp 12/27cvv 123", "exp 12/27cvv [secret]", &["123"]);
    masks_to("CVC2: 123", "CVC2: [secret]", &["123"]);
}

/// One-time codes.
#[test]
fn one_time_codes() {
    masks_to("OTP 482193", "OTP [secret]", &["482193"]);
    masks_to(
        "verification code: 482193",
        "verification code: [secret]",
        &["482193"],
    );
    masks_to(
        "one-time code is 482193",
        "one-time code is [secret]",
        &["482193"],
    );
}

/// Passwords without a digit, after more words, or with other labels.
#[test]
fn passwords_as_customers_write_them() {
    for (text, expected, raw) in [
        (
            "my password is hunter",
            "my password is [secret]",
            &["hunter"][..],
        ),
        (
            "password: CorrectHorseBattery!",
            "password: [secret]",
            &["CorrectHorse"],
        ),
        (
            "the password I use is Fluffy2020",
            "the password I use is [secret]",
            &["Fluffy"],
        ),
        ("passwords: abc123", "passwords: [secret]", &["abc123"]),
        ("pass: Secret123", "pass: [secret]", &["Secret123"]),
        ("pw: Secret123", "pw: [secret]", &["Secret123"]),
        ("Passwort: Geheim123", "Passwort: [secret]", &["Geheim123"]),
        // The year goes with the word: a password written with a space.
        (
            "password is Summer 2024",
            "password is [secret]",
            &["Summer", "2024"],
        ),
        ("password: abc;123", "password: [secret]", &["abc", "123"]),
        (
            "I changed my password to Secret123",
            "I changed my password to [secret]",
            &["Secret123"],
        ),
        (
            "password: hunter-two",
            "password: [secret]",
            &["hunter", "two"],
        ),
    ] {
        masks_to(text, expected, raw);
    }
}

/// What only mentions a PIN, a password or a code stays.
#[test]
fn words_about_secrets_are_no_secrets() {
    for text in [
        "my password is wrong",
        "password is not working",
        "my password is too long",
        "I reset my password yesterday",
        "PIN reset takes a day",
        "the pin on the map",
        "discount code SAVE20",
        "error code 500",
        "pass the salt",
        "I'll pass on that",
        "my password is still wrong",
        "the password reset link is broken",
        "password is 12 characters long",
    ] {
        assert_eq!(r(text), text);
    }
    // A ZIP code is no secret, but a postcode.
    assert_eq!(r("zip code 90210"), "zip code [postcode]");
}

/// A number found inside a password goes with it, not leaving the rest of it; a value
/// that is a number found on its own stays as found.
#[test]
fn a_password_holding_a_number_is_masked_whole() {
    masks_to(
        "password: abc4111111111111111",
        "password: [secret]",
        &["abc"],
    );
    assert_eq!(r("password: ana@acme.example"), "password: [email]");
    assert_eq!(r("password: [secret][name]"), "password: [secret][name]");
}

/// `password=Sup3rS3cret!` is masked whole (it became `[secret]!`, its last character
/// showing).
#[test]
fn a_passwords_last_marks_are_masked_with_it() {
    assert_eq!(r("password=Sup3rS3cret!"), "password=[secret]");
    assert_eq!(
        r("my password is hunter2?! help"),
        "my password is [secret] help"
    );
}
