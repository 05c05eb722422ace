//! Tags: every one found at the tag, spelled as written; none in a text without one;
//! deep nesting; blanked in place; undeclared handles found as any tag, hiding nothing,
//! up to the limit.

use super::*;

/// The first tag written in `text`, as the error to report for it; `None` when it
/// has none (or none before a syntax error).
fn first_tag(text: &str) -> Option<YamlError> {
    scan(text).tags.into_iter().next()
}

/// `!!binary`, `!!int`, `!!float`, `!!bool` and `!!str` were resolved and
/// accepted; every tag is found, at its line and column, spelled as written.
#[test]
fn every_tag_is_found_at_the_tag() {
    for (text, tag, line, column) in [
        ("a: [!!binary cmVmdW5k]\n", "!!binary", 1, 5),
        ("a: !!int 3\n", "!!int", 1, 4),
        ("a: !!float 3\n", "!!float", 1, 4),
        ("a: !!bool true\n", "!!bool", 1, 4),
        ("a: b\nc: !!str x\n", "!!str", 2, 4),
        ("a: !foo b\n", "!foo", 1, 4),
        ("a: ! b\n", "!", 1, 4),
        ("!!str a: b\n", "!!str", 1, 1),
        ("a: !!map\n  b: c\n", "!!map", 1, 4),
        ("a: !!seq\n- b\n", "!!seq", 1, 4),
        (
            "a: !<tag:yaml.org,2002:str> b\n",
            "!<tag:yaml.org,2002:str>",
            1,
            4,
        ),
        ("é: !!str x\n", "!!str", 1, 4),
    ] {
        let err = first_tag(text).unwrap_or_else(|| panic!("{text}: no tag found"));
        assert_eq!(
            (err.line, err.column, &text[err.start..err.end]),
            (line, column, tag),
            "{text}"
        );
        assert_eq!(err.kind, YamlErrorKind::WrongType);
        assert!(
            err.message
                .starts_with(&format!("YAML tags are not supported, found `{tag}`: ")),
            "{}",
            err.message
        );
    }
}

#[test]
fn text_without_a_tag_has_none() {
    for text in [
        "a: b\n",
        "a: '!b'\n",
        "a: \"!!binary x\"\n",
        "a: b!\n",
        "# !!str\na: b\n",
        "",
        "a: 'Hello?!'\n",
        "a: '[?!., ]*'\n",
    ] {
        assert!(first_tag(text).is_none(), "{text}");
    }
}

/// Only a `!` where a node's properties can begin makes the text worth parsing; every
/// tag is at such a place, and a text without one is not parsed at all.
#[test]
fn a_tag_starts_where_a_node_can_begin() {
    for text in [
        "!!str a: b\n",
        "a: !!str b\n",
        "a:\n\t!t b\n",
        "a: [x,!t b]\n",
        "a: {b: c,!t d}\n",
        "{\"a\":!!str b}\n",
        "- [!t x]\n",
        "\u{feff}!t a\n",
    ] {
        assert!(may_hold_a_tag(text), "{text:?}");
    }
    for text in ["a: b!\n", "a: 'Hello?!'\n", "a: '[?!., ]*$'\n", "a: b\n"] {
        assert!(!may_hold_a_tag(text), "{text:?}");
    }
}

proptest::proptest! {
    /// A text no `!` of which can start a tag has no tag when parsed.
    #[test]
    fn a_text_passed_over_holds_no_tag(
        pieces in proptest::collection::vec(proptest::sample::select(vec![
            "a", ": ", "!", "!!", "!t", "?", "'", "\"", "\n", " ", "- ", "[", "]", "{", "}",
            ",", "#", "\t", "str", "x!y",
        ]), 0..16)
    ) {
        let text = pieces.concat();
        if !may_hold_a_tag(&text) {
            let parsed = Parser::new_from_str(&text)
                .map_while(Result::ok)
                .any(|(event, span)| tag_of(&event, span, &text).is_some());
            proptest::prop_assert!(!parsed, "{text:?} holds a tag");
        }
    }
}

/// Deep nesting the deserializer did not reach (it stopped at an earlier error) does
/// not exhaust the stack here: the parser reads it without recursion, up to its own
/// nesting limit, past which the document is a syntax error and has no tag here.
#[test]
fn deep_nesting_is_read_to_the_parser_limit() {
    let nested = |depth: usize| {
        format!(
            "a: 1\nb: {}!!str x{}\n",
            "[".repeat(depth),
            "]".repeat(depth)
        )
    };
    let err = first_tag(&nested(200)).unwrap();
    assert_eq!((err.line, err.column), (2, 204));
    assert!(first_tag(&nested(100_000)).is_none());
}

/// A key of a piece is read with the piece's tags blanked out, each value where it
/// is written; the tag right before a wrong value is that value's mistake.
#[test]
fn tags_are_blanked_in_place_and_found_before_a_value() {
    let text = "a: !!str 5\nb: [!foo x, y]\nc: é\n";
    let tags = scan(text);
    assert_eq!(tags.blanked(text), "a:       5\nb: [     x, y]\nc: é\n");
    assert!(matches!(scan("a: b\n").blanked("a: b\n"), Cow::Borrowed(_)));
    let five = text.find('5').unwrap();
    assert_eq!(
        tags.causing(text, five).map(|t| (t.line, t.column)),
        Some((1, 4))
    );
    assert_eq!(tags.causing(text, text.find('y').unwrap()), None);
    assert_eq!(tags.causing(text, 0), None);
}

/// `!e!str` of a handle no directive declared is a syntax error to the parser: said
/// as every tag is, at the tag.
#[test]
fn a_tag_of_an_undeclared_handle_is_a_tag() {
    let err = super::super::from_str::<serde::de::IgnoredAny>("a: [x, !e!str y]\n").unwrap_err();
    assert_eq!(err.kind, YamlErrorKind::WrongType);
    assert_eq!((err.line, err.column, err.start, err.end), (1, 8, 7, 13));
    assert_eq!(err.message, message("!e!str"));
    // Declared, it is found as any other.
    let text = "%TAG !e! tag:example.com,2000:\n---\na: !e!str y\n";
    let err = super::super::from_str::<serde::de::IgnoredAny>(text).unwrap_err();
    assert_eq!(
        (err.line, err.column, &text[err.start..err.end]),
        (3, 4, "!e!str")
    );
}

/// Team note (lint12): a tag of an undeclared handle was a syntax error to the
/// parser, and so the file's one error: every other mistake in the file went unsaid
/// until it was fixed. It is blanked out where it is written, found as every tag is,
/// and the text around it read: the outline of the document too.
#[test]
fn a_tag_of_an_undeclared_handle_hides_nothing() {
    let text = "a: [x, !e!str y]\nb: !f!int 3\nc: !!str z\n";
    let scanned = scan(text);
    assert_eq!(
        scanned.readable,
        "a: [x,        y]\nb:        3\nc: !!str z\n"
    );
    let tags: Vec<_> = (scanned.tags.into_iter())
        .map(|t| (t.line, t.column, text[t.start..t.end].to_owned(), t.message))
        .collect();
    assert_eq!(
        tags,
        [
            (1, 8, "!e!str".to_owned(), message("!e!str")),
            (2, 4, "!f!int".to_owned(), message("!f!int")),
            (3, 4, "!!str".to_owned(), message("!!str")),
        ]
    );
    assert!(matches!(scan("a: b\n").readable, Cow::Borrowed(_)));
    assert!(matches!(scan("a: '!e!x'\n").readable, Cow::Borrowed(_)));
    // A syntax error stays the text's one error: nothing is blanked for it.
    assert!(matches!(scan("a: [!e!x\n").readable, Cow::Borrowed(_)));
    let outline = super::super::outline(text).expect("an outline");
    let keys: Vec<&str> = outline.entries.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys, ["a", "b", "c"]);
    // Non-ASCII before it: the column counts characters, the range bytes.
    let text = "é: [!e!str y]\n";
    let tag = first_tag(text).unwrap();
    assert_eq!(
        (tag.line, tag.column, &text[tag.start..tag.end]),
        (1, 5, "!e!str")
    );
}

/// Each tag of an undeclared handle costs a parse of the text: past
/// `MAX_UNDECLARED`, the next is the text's one (syntax) error, and no tag after it
/// is found.
#[test]
fn undeclared_handles_are_blanked_up_to_the_limit() {
    use std::fmt::Write as _;
    let mut text = String::new();
    for i in 0..MAX_UNDECLARED + 6 {
        let _ = writeln!(text, "k{i}: !e!x v");
    }
    let scanned = scan(&text);
    assert_eq!(scanned.tags.len(), MAX_UNDECLARED);
    assert_eq!(scanned.readable.matches("!e!x").count(), 6);
}

#[test]
fn binary_says_to_write_the_text() {
    assert_eq!(
        message("!!binary"),
        "YAML tags are not supported, found `!!binary`: write the text itself, not base64, without a tag"
    );
}
