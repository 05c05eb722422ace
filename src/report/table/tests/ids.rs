//! The human table's ids: never split, one escaped token, spaces kept on one line, and
//! a long or broken id not deciding the layout of every row.

use super::*;

/// At any usual terminal width, ids, timestamps, trigger ids and the header's words
/// are whole on one line (to copy into `explain -c`): the bridge message wraps, and
/// a narrow table stacks the short columns rather than split them.
#[test]
fn ids_timestamps_and_trigger_ids_are_never_split() {
    let mut outcomes = sample::outcomes();
    outcomes[0].conversation_id = "c11-person-after-integration".to_owned();
    for width in [60, 80, 100, 120, 140] {
        let text = render_at(&outcomes, width);
        let mut whole: Vec<&str> = vec!["conversation", "message", "2026-03-02T09:01:30Z"];
        // An id with a space in it may wrap at the space.
        whole.extend(
            outcomes
                .iter()
                .map(|o| o.conversation_id.as_str())
                .filter(|id| !id.contains(' ')),
        );
        whole.extend(
            outcomes
                .iter()
                .flat_map(|o| o.triggers.iter().map(|t| t.id.as_str())),
        );
        for word in whole {
            assert!(
                text.contains(word),
                "{word} split at width {width}:\n{text}"
            );
        }
        assert!(
            text.lines()
                .all(|l| l.chars().count() <= usize::from(width)),
            "wider than {width}:\n{text}"
        );
    }
}

/// Review at 52 columns: a 45-character id took the left column to its cap of 40, split
/// mid-word (`...-fro` / `m-acme-corp`), and left the bridge message 10 columns, its
/// `personally,` split as `person` / `ally,`. Where the bridge message cannot be
/// `BRIDGE_MIN` (24) beside the ids, everything goes in one column: ids whole, the bridge
/// message wrapped between its words, each row ruled from the next.
#[test]
fn a_long_id_on_a_narrow_terminal_stays_whole_and_so_do_the_bridge_words() {
    let mut outcomes = sample::outcomes();
    let ids = [
        "c02-enterprise-discount-request-from-acme-corp",
        "enterprisediscountrequestfromacmecorpxyzabcde",
    ];
    outcomes[0].conversation_id = ids[0].to_owned();
    outcomes[1].conversation_id = ids[1].to_owned();
    outcomes[0].bridge_message =
        Some("I'm stepping in to help you personally, as you asked.".to_owned());
    for width in [52, 60] {
        let text = render_at(&outcomes, width);
        assert!(widest(&text) <= usize::from(width), "{width}:\n{text}");
        for id in ids {
            assert!(
                text.contains(&format!("│ {id} ")),
                "{id} split at {width}:\n{text}"
            );
        }
        for o in outcomes.iter().filter(|o| o.escalated) {
            for word in o.bridge_message.iter().flat_map(|b| b.split_whitespace()) {
                assert!(text.contains(word), "{word} split at {width}:\n{text}");
            }
        }
        // The rows are ruled apart, the header lines one under the other.
        assert!(text.contains("├╌"), "{text}");
        assert!(text.contains("│ route → team"), "{text}");
        assert!(text.contains("│ bridge message"), "{text}");
    }
    // Where there is room for the id beside the bridge message, it is whole there
    // (it was split at 40 characters at any width).
    for width in [80, 120] {
        let text = render_at(&outcomes, width);
        for id in ids {
            assert!(
                text.contains(&format!("│ {id} ")),
                "{id} split at {width}:\n{text}"
            );
        }
        assert!(!text.contains("├╌"), "{text}");
    }
}

/// Review: one id of 200 characters among the sample's made the whole table one column
/// at 200 columns (125 lines became 249): an id too wide for any stacking is broken in
/// the stacking the other ids choose, in lines of 40 at most.
#[test]
fn an_id_broken_anyway_does_not_choose_the_stacking() {
    let outcomes = sample::outcomes();
    let mut with_long = outcomes.clone();
    let mut long = outcomes[0].clone();
    long.conversation_id = "x".repeat(200);
    with_long.push(long);
    assert_eq!(Stack::choose(200, &rows_of(&with_long)).0, Stack::None);
    for width in [200, 140, 60] {
        let (stack, room) = Stack::choose(width, &rows_of(&with_long));
        assert_eq!(
            stack,
            Stack::choose(width, &rows_of(&outcomes)).0,
            "at {width}"
        );
        assert!(room.iter().all(|&r| r <= width), "{room:?}");
        let text = render_at(&with_long, width);
        assert!(
            text.lines()
                .all(|l| l.chars().count() == usize::from(width)),
            "{text}"
        );
        // The id's lines in the first column: all of it, none over 40.
        let xs: Vec<usize> = text
            .lines()
            .filter_map(|l| l.split(['│', '┆']).nth(1))
            .map(|cell| cell.trim().matches('x').count())
            .filter(|&n| n > 0)
            .collect();
        assert_eq!(xs.iter().sum::<usize>(), 200, "{text}");
        assert!(xs.iter().all(|&n| n <= 40), "{xs:?}");
    }
}

/// cli39: at 80 columns one 67-character id (fitting the width, but no table of columns
/// beside a 24-column bridge message) made every row one column, each cell one under
/// the other. It is broken after its hyphens instead, and the rows keep their columns.
#[test]
fn one_long_hyphenated_id_does_not_make_every_row_one_column() {
    let mut outcomes = sample::outcomes();
    let long = "c01-enterprise-discount-with-a-very-long-identifier-from-the-export";
    assert_eq!(long.len(), 67);
    outcomes[0].conversation_id = long.to_owned();
    let text = render_at(&outcomes, 80);
    assert!(widest(&text) <= 80, "{text}");
    assert!(text.contains('┆'), "one column:\n{text}");
    assert!(!text.contains("├╌"), "rows ruled apart:\n{text}");
    // Broken after a hyphen, each piece whole.
    assert!(!text.contains(long), "{text}");
    for piece in [
        "c01-enterprise-discount-",
        "with-a-very-long-",
        "identifier-from-the-export",
    ] {
        assert!(text.contains(&format!("│ {piece} ")), "{piece}:\n{text}");
    }
    // Where it fits beside the bridge message, it is whole.
    let text = render_at(&outcomes, 120);
    assert!(text.contains(&format!("│ {long} ")), "{text}");
}

/// cli41: an id holding a line break was written raw, two lines of one id (which a
/// `(human at N)` line could be faked by); its escape character's `\u{1b}` was broken
/// across two lines at the column's edge. Each id is one escaped token, its escapes
/// whole; cut short, it is found by the id as read.
#[test]
fn an_id_is_one_escaped_token() {
    let mut outcomes = sample::outcomes();
    outcomes[0].conversation_id = "a\nb".to_owned();
    outcomes[1].conversation_id = format!("c{}\u{1b}{}", "x".repeat(37), "y".repeat(100));
    outcomes[2].conversation_id = "fake\n(human at 1)".to_owned();
    let mut out = Vec::new();
    let mut writer = TableWriter::new(&mut out, Some(140));
    for o in &outcomes {
        writer.write(o).unwrap();
    }
    writer.cut_short("a\nb", "its rows go on").unwrap();
    writer.finish().unwrap();
    let text = String::from_utf8(out).unwrap();
    // cli42: quoted, an escaped id reads as no id written with a backslash.
    assert!(text.contains("│ \"a\\nb\" "), "{text}");
    assert!(text.contains("│ \"fake\\n(human at 1)\" "), "{text}");
    assert!(!text.contains("│ b "), "{text}");
    assert!(text.contains("(cut short: its rows"), "{text}");
    assert!(
        text.contains(&format!("│ \"c{}\n", "x".repeat(37)).replace('\n', " ")),
        "{text}"
    );
    assert!(text.contains("│ \\u{1b}yyy"), "{text}");
    assert!(!text.contains("\\u ") && !text.contains("│ {1b}"), "{text}");
}

/// cli42 review: ids kept whole by no-break spaces could not be copied into `explain -c`
/// or found by `grep`. An id keeps its real spaces, and its column its content width:
/// the other columns wrap, at any width with room for the id.
#[test]
fn a_spaced_id_keeps_its_spaces_and_one_line() {
    let mut outcomes = sample::outcomes();
    let ids = ["order 123 abc", "chat number 12 of the spring"];
    outcomes[0].conversation_id = ids[0].to_owned();
    outcomes[1].conversation_id = ids[1].to_owned();
    for width in [40, 52, 60, 80, 120] {
        let text = render_at(&outcomes, width);
        assert!(!text.contains('\u{a0}'), "{width}:\n{text}");
        assert!(widest(&text) <= usize::from(width), "{width}:\n{text}");
        for id in ids {
            assert!(
                text.contains(&format!("│ {id} ")),
                "{id} wrapped at {width}:\n{text}"
            );
        }
    }
}
