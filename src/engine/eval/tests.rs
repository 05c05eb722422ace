//! `meta_holds` (equals, in, numeric bounds, exists, matches) and `quote`, the evidence
//! line: whitespace joined, cut at `MAX_QUOTE_CHARS`.

use super::*;
use crate::rules::Expected;

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

/// `in: [1.0]` matched `1` but not `1.0`; `equals: 0x10` matched `16`. A value
/// written as a number equals a value that reads as the same number; otherwise, and for a
/// value that reads as none, text as written equals text.
#[test]
fn a_value_written_as_a_number_equals_the_same_number() {
    let number = |text: &str, n: f64| Expected {
        text: text.into(),
        number: Some(n),
        flag: None,
    };
    let t = MetaTest {
        one_of: Some(vec![number("1.0", 1.0)]),
        ..test()
    };
    for value in ["1", "1.0", "1.00", "1,0", " 1 "] {
        assert!(meta_holds(&t, Some(value)), "{value}");
    }
    assert!(!meta_holds(&t, Some("1.5")));
    assert!(!meta_holds(&t, Some("one")));
    let t = MetaTest {
        equals: Some(Expected::text("0x10")),
        ..test()
    };
    assert!(meta_holds(&t, Some("0X10")));
    assert!(!meta_holds(&t, Some("16")));
    let t = MetaTest {
        equals: Some(Expected::text("1.0")),
        ..test()
    };
    assert!(meta_holds(&t, Some("1.0")));
    assert!(!meta_holds(&t, Some("1")));
}

/// Lint called `equals: 1` and `equals: "1.0"` disjoint. The engine holds both
/// for a value `1.0` (a number, and the text as written), and `1.00` only the first;
/// lint now asks the same [`Expected::matches`].
#[test]
fn a_number_and_its_text_in_quotes_both_hold_for_that_text() {
    let one = Expected {
        text: "1".into(),
        number: Some(1.0),
        flag: None,
    };
    let quoted = Expected::text("1.0");
    let holds = |e: &Expected, value: &str| {
        let t = MetaTest {
            equals: Some(e.clone()),
            ..test()
        };
        meta_holds(&t, Some(value))
    };
    assert!(holds(&one, "1.0") && holds(&quoted, "1.0"));
    assert!(holds(&one, "1.00") && !holds(&quoted, "1.00"));
    assert!(quoted.within(&one) && !one.within(&quoted));
    let empty = Expected::text(" ");
    assert!(empty.is_empty() && !holds(&empty, " "));
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
    // A word too long for a quote is cut inside.
    let long = "x".repeat(500);
    assert_eq!(quote(&long), format!("{}…", "x".repeat(MAX_QUOTE_CHARS)));
    // Else after the last whole word.
    let words = format!("{} tail", "word ".repeat(40));
    assert_eq!(quote(&words), format!("{}…", ["word"; 32].join(" ")));
    // Text without spaces is cut too, not left out.
    let cjk = "退款".repeat(100);
    assert_eq!(quote(&cjk).chars().count(), MAX_QUOTE_CHARS + 1);
}

/// Evidence quoting a masked message without spaces (as Chinese is written) was cut
/// inside a mask (`…[ema…`): the cut moves to before the mask, left out whole.
#[test]
fn a_quote_is_never_cut_inside_a_mask() {
    for before in MAX_QUOTE_CHARS - 6..=MAX_QUOTE_CHARS {
        let text = format!("{}[email]{}", "退".repeat(before), "款".repeat(50));
        assert_eq!(
            quote(&text),
            format!("{}…", "退".repeat(before)),
            "{before}"
        );
    }
    let text = format!(
        "{}[email]{}",
        "退".repeat(MAX_QUOTE_CHARS - 7),
        "款".repeat(50)
    );
    assert!(quote(&text).ends_with("退[email]…"));
    // In a word cut at the limit after words joined: the same.
    let text = format!(
        "a {}[NAME]{}",
        "x".repeat(MAX_QUOTE_CHARS - 4),
        "y".repeat(50)
    );
    assert_eq!(
        quote(&text),
        format!("a {}…", "x".repeat(MAX_QUOTE_CHARS - 4))
    );
}

/// `explain` quoted a message of flags cut by characters: half a flag (one regional
/// indicator) before the `…`. A quote now ends before the flag or family emoji the cut
/// falls inside.
#[test]
fn a_quote_never_ends_inside_a_flag_or_a_family() {
    let flags = "🇺🇸".repeat(MAX_QUOTE_CHARS);
    let quoted = quote(&flags);
    let kept = quoted.strip_suffix('…').unwrap();
    assert_eq!(kept, "🇺🇸".repeat(MAX_QUOTE_CHARS / 2));
    let family = "👨\u{200D}👩\u{200D}👧";
    let text = format!("{}{}", "x".repeat(MAX_QUOTE_CHARS - 2), family.repeat(3));
    assert_eq!(
        quote(&text),
        format!("{}…", "x".repeat(MAX_QUOTE_CHARS - 2))
    );
}

proptest::proptest! {
    /// The words joined by single spaces, cut as `text::clip::cut` cuts the whole line.
    #[test]
    fn quote_is_words_joined_and_cut(text in "([a-zé退0-9]{0,40}[ \n\t\u{b}\u{a0}]{0,3}){0,12}") {
        let mut expected = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if expected.chars().count() > MAX_QUOTE_CHARS {
            expected.truncate(crate::text::clip::cut(&expected, MAX_QUOTE_CHARS));
            expected.push('…');
        }
        proptest::prop_assert_eq!(quote(&text), expected);
    }
}

/// `equals: true` matched a metadata value `true` (any case) but not
/// the `Yes`, `y` or `1` a spreadsheet writes in the same column, which the labels CSV
/// reads as booleans. A value written as a YAML boolean equals every spelling tabular
/// data has of it; `"yes"` in quotes is still the text.
#[test]
fn a_value_written_as_a_boolean_equals_every_spelling_of_it() {
    let flag = |b: bool| Expected {
        text: b.to_string(),
        number: None,
        flag: Some(b),
    };
    let holds = |e: &Expected, value: &str| {
        let t = MetaTest {
            equals: Some(e.clone()),
            ..test()
        };
        meta_holds(&t, Some(value))
    };
    for value in ["true", "TRUE", "Yes", "y", "1", " yes "] {
        assert!(holds(&flag(true), value), "{value}");
        assert!(!holds(&flag(false), value), "{value}");
    }
    for value in ["false", "No", "N", "0"] {
        assert!(holds(&flag(false), value), "{value}");
    }
    for value in ["", "maybe", "on", "1.0", "2"] {
        assert!(
            !holds(&flag(true), value) && !holds(&flag(false), value),
            "{value}"
        );
    }
    let quoted = Expected::text("yes");
    assert!(holds(&quoted, "YES") && !holds(&quoted, "true"));
    // Lint's question in the same terms: the text "yes" is within `true`, not the reverse.
    assert!(quoted.within(&flag(true)));
    assert!(!flag(true).within(&quoted));
    assert!(flag(true).within(&flag(true)) && !flag(true).within(&flag(false)));
    let one = Expected {
        text: "1".into(),
        number: Some(1.0),
        flag: None,
    };
    assert!(!flag(true).within(&one) && !one.within(&flag(true)));
}
