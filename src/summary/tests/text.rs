//! Text helpers: sentences, titles, clipping, one line, capitals.

use super::*;

#[test]
fn sentences_split_on_terminators_and_lines() {
    let got: Vec<&str> =
        sentences("Hi. What's the price?! I need 3.5 GB...\nsecond line").collect();
    assert_eq!(
        got,
        [
            "Hi.",
            "What's the price?!",
            "I need 3.5 GB...",
            "second line"
        ]
    );
}

#[test]
fn a_title_does_not_end_a_sentence() {
    let got: Vec<&str> = sentences(
        "I need to make an appointment with Dr. Johnson. Mrs. Lee referred me. See the Dr.",
    )
    .collect();
    assert_eq!(
        got,
        [
            "I need to make an appointment with Dr. Johnson.",
            "Mrs. Lee referred me.",
            "See the Dr."
        ]
    );
    // Only a title: "dr." in a word or a word ending in "dr" is not one.
    assert_eq!(sentences("Call Sandr. Now").count(), 2);
}

#[test]
fn clip_cuts_at_a_word_with_an_ellipsis() {
    assert_eq!(clip("short", 10), "short");
    assert_eq!(clip("the quick brown fox jumps", 15), "the quick…");
    assert_eq!(clip("ünïcödé ünïcödé ünïcödé", 12), "ünïcödé…");
    // Never inside a mask: a summary line of a masked message without spaces.
    let zh = format!("{}[secret]{}", "请".repeat(150), "查".repeat(30));
    assert_eq!(clip(&zh, 155), format!("{}…", "请".repeat(150)));
    assert_eq!(clip(&zh, 159), format!("{}[secret]…", "请".repeat(150)));
}

proptest::proptest! {
    /// One line is the words joined by single spaces, whatever the whitespace (Unicode
    /// included) and wherever it is.
    #[test]
    fn one_line_joins_the_words_with_single_spaces(
        text in "[ a\t\n\r\u{0B}\u{0C}\u{A0}\u{3000}é.]{0,24}",
    ) {
        let reference = text.split_whitespace().collect::<Vec<_>>().join(" ");
        proptest::prop_assert_eq!(one_line(&text), reference);
    }
}

#[test]
fn capitalise_upper_cases_the_first_letter_only() {
    assert_eq!(capitalise("refund for $49"), "Refund for $49");
    assert_eq!(capitalise("ßtraße"), "SStraße");
    assert_eq!(capitalise("élan Vital"), "Élan Vital");
    assert_eq!(capitalise(""), "");
}

/// A first word spelt with a capital inside ("iPhone", "eBay", "macOS") keeps its
/// spelling: the goal read "`IPhone` screen cracked …" in a bridge message.
#[test]
fn capitalise_leaves_a_word_with_inner_capitals_alone() {
    for word in [
        "iPhone 15 screen",
        "eBay order",
        "macOS update",
        "iOS",
        "McDonald's",
    ] {
        assert_eq!(capitalise(word), word);
    }
    assert_eq!(capitalise("ipad screen"), "Ipad screen");
    assert_eq!(capitalise("my iPhone broke"), "My iPhone broke");
    let m = messages(&[(
        "customer",
        "iPhone screen cracked after the update, can you repair it?",
    )]);
    let s = summarize(&m, &notes(1, &[], &[], &[]), Vec::new());
    assert_eq!(
        s.goal.as_deref(),
        Some("iPhone screen cracked after the update, can you repair it?")
    );
}
