//! M014 cases: lists folded by YAML, dashes and separators between alternatives, and
//! the sentences, numbers and quoted phrases that are not lists.

use super::*;

fn items(text: &str, source: &str) -> Option<Vec<String>> {
    judge(text, source).map(|f| f.items)
}

#[test]
fn a_folded_list_item_is_found_with_its_lines() {
    let source = "lawyer\n      - attorney\n      - sue you\n      - small claims";
    let found = judge("lawyer - attorney - sue you - small claims", source).unwrap();
    assert_eq!(found.kind, Kind::Lines(4));
    assert_eq!(
        found.items,
        ["lawyer", "attorney", "sue you", "small claims"]
    );
    // A list item that lost its dash: the lines are the phrases.
    let found = judge("lawyer attorney", "lawyer\n        attorney").unwrap();
    assert_eq!(found.kind, Kind::Lines(2));
    assert_eq!(found.items, ["lawyer", "attorney"]);
    // A quoted or block phrase folded over two lines is folded on purpose (the help
    // split a sentence into a list).
    assert_eq!(judge("talk to a person", "\"talk to\n   a person\""), None);
    assert_eq!(
        judge(
            "waiting for an hour and nobody answers",
            ">-\n        waiting for an hour\n        and nobody answers"
        ),
        None
    );
    assert_eq!(judge("sue you", "phrase: 'sue\n   you'\n  weight: 2"), None);
}

#[test]
fn a_block_mapping_spans_lines_but_its_phrase_does_not() {
    let source = "phrase: sue you\n        weight: 2";
    assert_eq!(judge("sue you", source), None);
    // Folded inside the mapping, it is found.
    let source = "phrase: sue\n          you\n        weight: 2";
    assert_eq!(
        judge("sue you", source).map(|f| f.kind),
        Some(Kind::Lines(2))
    );
    // Escapes: the phrase is on no line and not in the folded text, so no guess.
    assert_eq!(judge("a\"b", "phrase: \"a\\\"b\"\n  weight: 2"), None);
}

#[test]
fn a_dash_between_words_on_one_line() {
    assert_eq!(
        judge("lawyer - attorney", "lawyer - attorney").map(|f| f.kind),
        Some(Kind::Dash)
    );
    assert_eq!(items("e-mail me", "e-mail me"), None);
    // A sentence with a dash, as with a comma.
    assert_eq!(items("sorry - I didn't understand", "x"), None);
    assert_eq!(items("open 24/7 - 365 days", "x"), None);
    assert_eq!(items("- ", "\"- \""), None);
    assert_eq!(items("a - ", "\"a - \""), None);
}

#[test]
fn a_comma_or_semicolon_between_alternatives() {
    assert_eq!(
        items("refund, money back", "refund, money back").unwrap(),
        ["refund", "money back"]
    );
    assert_eq!(
        items("price; cost; quote", "price; cost; quote").unwrap(),
        ["price", "cost", "quote"]
    );
    assert_eq!(
        items("cancel my booking, refund", "x").unwrap(),
        ["cancel my booking", "refund"]
    );
}

/// Sentences with commas match as written: punctuation is dropped from messages too.
#[test]
fn a_comma_in_a_sentence_is_no_list() {
    for text in [
        "sorry, I didn't understand",
        "no, I want a person",
        "yes, please",
        "this is ridiculous, nobody helps me",
        "I said, talk to a person",
        "thanks, but no thanks",
        "seriously, a human please",
        "come on, really",
        "ok, that's it",
        "well, that's useless",
        "hello, anyone there",
        "refund,",
        // A bot's hand-off lines, numbers with a comma, a suffix.
        "one moment, connecting you to an agent",
        "please hold while I transfer you, thanks for waiting",
        "charged me $1,000",
        "2,5 hours",
        "24/7, 365",
        "please hold, transferring you",
        "thanks, goodbye",
    ] {
        assert_eq!(judge(text, text), None, "{text}");
    }
}

#[test]
fn the_list_is_written_out_as_yaml() {
    let list =
        |items: &[&str]| flow_list(&items.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
    assert_eq!(list(&["lawyer", "sue you"]), "[lawyer, sue you]");
    assert_eq!(list(&["don't", "C++", "#1"]), r##"[don't, "C++", "#1"]"##);
}
