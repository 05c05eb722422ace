//! `meta_holds` (equals, in, numeric bounds, exists, matches) and `quote`, the evidence
//! line: whitespace joined, cut at `MAX_QUOTE_CHARS`.

use super::*;

fn test() -> MetaTest {
    MetaTest::default()
}

#[test]
fn equals_and_in_ignore_case_and_whitespace() {
    let t = MetaTest {
        equals: Some("Enterprise".into()),
        ..test()
    };
    assert!(meta_holds(&t, Some(" enterprise ")));
    assert!(!meta_holds(&t, Some("pro")));
    assert!(!meta_holds(&t, None));
    let t = MetaTest {
        one_of: Some(vec!["pro".into(), "ENTERPRISE".into()]),
        ..test()
    };
    assert!(meta_holds(&t, Some("Enterprise")));
    assert!(!meta_holds(&t, Some("free")));
}

#[test]
fn numeric_bounds_read_export_formatting() {
    let t = MetaTest {
        gte: Some(1000.0),
        lt: Some(5000.0),
        ..test()
    };
    assert!(meta_holds(&t, Some("1,200")));
    assert!(meta_holds(&t, Some("$1000")));
    assert!(!meta_holds(&t, Some("5000")));
    assert!(!meta_holds(&t, Some("lots")));
    assert!(!meta_holds(&t, None));
}

#[test]
fn exists_treats_blank_as_missing() {
    let yes = MetaTest {
        exists: Some(true),
        ..test()
    };
    let no = MetaTest {
        exists: Some(false),
        ..test()
    };
    assert!(meta_holds(&yes, Some("Acme")));
    assert!(!meta_holds(&yes, Some("  ")));
    assert!(meta_holds(&no, None));
    assert!(!meta_holds(&no, Some("Acme")));
}

#[test]
fn matches_uses_the_regex() {
    let t = MetaTest {
        matches: Some(regex::Regex::new(r"@acme\.com$").unwrap()),
        ..test()
    };
    assert!(meta_holds(&t, Some("jo@acme.com")));
    assert!(!meta_holds(&t, Some("jo@acme.co")));
}

#[test]
fn quotes_are_one_bounded_line() {
    assert_eq!(quote("a\n  b"), "a b");
    // No part of a word: one too long for a quote leaves only the ellipsis.
    assert_eq!(quote(&"x".repeat(500)), "…");
    let long = format!("{} tail", "word ".repeat(40));
    assert_eq!(quote(&long), format!("{}…", ["word"; 32].join(" ")));
}

#[test]
fn a_quote_never_ends_inside_a_card_number() {
    // Cut inside the number, the rest would no longer pass the Luhn check and be masked.
    let text = format!(
        "{} the card I used was 4111 1111 1111 1111 thanks",
        "so ".repeat(43)
    );
    let quoted = quote(&text);
    assert!(quoted.ends_with("was…"), "{quoted}");
    assert!(!quoted.contains("4111"), "{quoted}");
}

proptest::proptest! {
    /// The words joined by single spaces, and when that is too long, the words that fit
    /// whole and an ellipsis.
    #[test]
    fn quote_is_words_joined_and_cut(text in "([a-zé]{0,40}[ \n\t\u{b}\u{a0}]{0,3}){0,12}") {
        let words: Vec<&str> = text.split_whitespace().collect();
        let mut expected = words.join(" ");
        if expected.chars().count() > MAX_QUOTE_CHARS {
            let mut kept = String::new();
            for word in words {
                let len = word.chars().count() + usize::from(!kept.is_empty());
                if kept.chars().count() + len > MAX_QUOTE_CHARS {
                    break;
                }
                if !kept.is_empty() {
                    kept.push(' ');
                }
                kept.push_str(word);
            }
            expected = format!("{kept}…");
        }
        proptest::prop_assert_eq!(quote(&text), expected);
    }
}
