//! Tests of `as_a_word`: which remembered names read as words where they stand.

#[test]
fn the_lists_are_sorted() {
    assert!(super::THINGS.is_sorted());
    assert!(super::SAID.is_sorted());
    assert!(super::IN_TIME.is_sorted());
    assert!(super::PART_OF_A_MONTH.is_sorted());
}

/// "3 May" after "I'm May" was masked "3 [name]".
#[test]
fn a_month_reads_as_a_date_beside_a_day_a_year_or_a_word_of_time() {
    let date = |text: &str, word: &str| {
        let start = text.rfind(word).unwrap();
        super::Names::reads_as_a_date(text, start, start + word.len())
    };
    for text in [
        "My order from 3 May never came",
        "on the 3rd of May",
        "May 3rd",
        "May 3, please",
        "since May 2024",
        "it came in May",
        "until  May",
        "the end of May.",
    ] {
        assert!(date(text, "May"), "{text:?}");
    }
    assert!(date("placed June 5, 2024", "June"));
    for text in [
        "May called me",
        "thanks May",
        "a message from May",
        "May I ask",
        "I'm May",
        "room 301 May",
        "May 32",
    ] {
        assert!(!date(text, "May"), "{text:?}");
    }
    assert!(!date("Grace 3", "Grace"));
}

/// "I ordered mid-May and May-June was the window" after "I'm May" was masked
/// "mid-[name]" and "[name]": a month joined to a month or to "mid" is a date.
#[test]
fn a_month_joined_to_a_month_or_to_mid_reads_as_a_date() {
    let date = |text: &str, at: usize| super::Names::reads_as_a_date(text, at, at + "May".len());
    for (text, at) in [
        ("I ordered mid-May", 14),
        ("May-June was the window", 0),
        ("April–May", 8),
        ("late-May", 5),
        ("May-Jun", 0),
        ("Jan-May", 4),
    ] {
        assert!(date(text, at), "{text:?}");
    }
    for (text, at) in [
        ("Mary-May", 5),
        ("May-Smith said", 0),
        ("pre-May", 4),
        ("May-", 0),
    ] {
        assert!(!date(text, at), "{text:?}");
    }
}
