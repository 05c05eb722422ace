//! Codes written in groups and tokens: a code written in groups of digits showed its
//! tail past the fourth group (or past the eighth single digit, or after a dot), and one
//! of groups of two or fewer digits after "code" showed whole. Each masked to the end of
//! its run; what follows it (a year, a price, a count) kept.

use super::r;

/// Groups of `sizes` digits (`1234567890…` in turn) joined by `sep`.
fn grouped(sizes: &[usize], sep: &str) -> String {
    let mut digits = "1234567890".chars().cycle();
    sizes
        .iter()
        .map(|&n| digits.by_ref().take(n).collect::<String>())
        .collect::<Vec<_>>()
        .join(sep)
}

/// 8, 9, 12, 16 and 19 digits in groups, spaced by spaces, dashes and dots,
/// after the words for a PIN, a one-time code and a code, and before "is my pin": masked
/// whole, and a year and a price in the same sentence kept.
#[test]
fn a_code_in_groups_is_masked_to_the_end_of_its_run() {
    let shapes: &[&[usize]] = &[
        &[4, 4],
        &[2, 2, 2, 2],
        &[1, 1, 1, 1, 1, 1, 1, 1],
        &[3, 3, 3],
        &[2, 2, 2, 2, 1],
        &[1, 1, 1, 1, 1, 1, 1, 1, 1],
        &[4, 4, 4],
        &[3, 3, 3, 3],
        &[4, 4, 4, 4],
        &[4, 4, 4, 4, 3],
        &[3, 3, 3, 3, 3, 3, 1],
        &[4, 4, 4, 1],
    ];
    let mut checked = 0;
    for sizes in shapes {
        for sep in [" ", "-", ".", "\u{a0}", "\u{2013}"] {
            let code = grouped(sizes, sep);
            // Masked whole as another kind by chance ("123.456.789.012" reads as an IP
            // address, "1234 5678" as a phone number): that kind's tests' business.
            if r(&code).starts_with('[') {
                continue;
            }
            for (text, expected) in [
                (
                    format!("my pin is {code} and I paid 45.99 in 2019"),
                    "my pin is [secret] and I paid 45.99 in 2019",
                ),
                (
                    format!("my otp is {code}, expires 2026"),
                    "my otp is [secret], expires 2026",
                ),
                (
                    format!("my code is {code} from 2019, it cost $12.50"),
                    "my code is [secret] from 2019, it cost $12.50",
                ),
                (
                    format!("Paid 45.99 in 2019. {code} is my pin"),
                    "Paid 45.99 in 2019. [secret] is my pin",
                ),
            ] {
                let once = r(&text);
                assert_eq!(once, expected, "{text:?}");
                assert_eq!(r(&once), once, "{text:?} masked again");
            }
            checked += 1;
        }
    }
    // Most shapes are codes only: the test is not emptied by the skip above.
    assert!(checked >= 50, "{checked} codes checked");
}

/// The run ends where its groups do: a count after one long group ("1234 5 times"), a
/// date, an amount, a time or a version after the code's word, and digits after a word
/// or a sentence's end stay.
#[test]
fn what_follows_a_code_in_groups_stays() {
    for (text, expected) in [
        ("my pin is 1234 5 times", "my pin is [secret] 5 times"),
        (
            "my code is 123 456 789. In 2019 it cost 12.50",
            "my code is [secret]. In 2019 it cost 12.50",
        ),
        (
            "pin 123 456 789 at 10:30 on 2024-03-01",
            "pin [secret] at 10:30 on 2024-03-01",
        ),
        (
            "the code worked on 2024-03-01 for 10.50 and 1.2.3",
            "the code worked on 2024-03-01 for 10.50 and 1.2.3",
        ),
        ("my code is 01.03.2024", "my code is 01.03.2024"),
        ("the code costs 10.50", "the code costs 10.50"),
        ("my code is 1 500 miles away", "my code is 1 500 miles away"),
        ("zip code 90 210 12", "zip code 90 210 12"),
    ] {
        assert_eq!(r(text), expected, "{text:?}");
    }
}

/// Credentials machines write showed whole: a
/// bearer token, a JSON web token, API keys by their issuers' prefixes, a URL's
/// credential parameters, an email address percent-encoded in a URL. Each masked, what
/// announces it kept, and masking again changes nothing.
#[test]
fn tokens_keys_and_credentials_in_urls_are_masked() {
    let jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";
    for (text, expected) in [
        (
            format!("Authorization: Bearer {jwt}"),
            "Authorization: Bearer [secret]",
        ),
        (format!("my token: {jwt} ok"), "my token: [secret] ok"),
        ("bearer abcdefgh1234".to_owned(), "bearer [secret]"),
        (
            "api key sk_live_51HcGqKJd8s7f6g5h4j3k2l1, thanks".to_owned(),
            "api key [secret], thanks",
        ),
        (
            "ghp_16C7e42F292c6912E7710c838347Ae178B4a and xoxb-1234567890-abcdefghij".to_owned(),
            "[secret] and [secret]",
        ),
        ("AKIAIOSFODNN7EXAMPLE".to_owned(), "[secret]"),
        (
            "https://example.com/reset?token=abc123XYZsecret&user=ana%40example.com#top".to_owned(),
            "https://example.com/reset?token=[secret]&user=[email]#top",
        ),
        (
            "https://app.example.com/login?page=2&session=9f8e7d6c5b4a&lang=en".to_owned(),
            "https://app.example.com/login?page=2&session=[secret]&lang=en",
        ),
        (
            "callback?code=4111111111111111&state=xyz".to_owned(),
            "callback?code=[secret]&state=xyz",
        ),
    ] {
        let once = r(&text);
        assert_eq!(once, expected, "{text:?}");
        assert_eq!(r(&once), once, "{text:?} masked again");
    }
    // Not credentials: the word alone, other parameters, a price or a time.
    for text in [
        "the bearer instrument was lost",
        "https://shop.example.com/item?id=88123&page=2&sort=asc",
        "I paid $45.99 at 10:30, order #88123",
        "sk_live is the prefix of a key",
    ] {
        assert_eq!(r(text), text);
    }
}

/// An email address spelt out so that no program reads it showed whole. Masked
/// with "(at)" in brackets, or a bare "at" after a name that reads as an address's or
/// before a mail provider; "at" a place or a site stays.
#[test]
fn an_email_spelt_out_is_masked() {
    for (text, expected) in [
        (
            "my email is ana dot lopez at gmail dot com",
            "my email is [email]",
        ),
        ("reach me: ana(at)example(dot)com", "reach me: [email]"),
        ("ana [at] example [dot] com thanks", "[email] thanks"),
        (
            "email me at ana.lopez at gmail.com please",
            "email me at [email] please",
        ),
        ("ana at gmail dot com", "[email]"),
        ("ana_l at acme.co.uk", "[email]"),
    ] {
        let once = r(text);
        assert_eq!(once, expected, "{text:?}");
        assert_eq!(r(&once), once, "{text:?} masked again");
    }
    for text in [
        "I looked at amazon dot com yesterday",
        "I'll be at home dot com",
        "we met at starbucks.com",
        "meet me at noon",
    ] {
        assert_eq!(r(text), text);
    }
}
