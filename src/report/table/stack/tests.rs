//! The breaking of words wider than their column ([`super::break_words`]): after a
//! hyphen, else at the room; never before a hyphen, nor inside an escape.

use super::break_words;

#[test]
fn words_wider_than_their_room_break_after_a_hyphen_else_at_the_room() {
    assert_eq!(break_words("a-bc-def", 5), "a-bc-\ndef");
    assert_eq!(break_words("abcdefgh", 3), "abc\ndef\ngh");
    assert_eq!(break_words("ok a-b-c\nfine", 4), "ok a-b-\nc\nfine");
    assert_eq!(break_words("fits as is", 5), "fits as is");
    // A leading hyphen is no place to break; a wide character is never cut.
    assert_eq!(break_words("-abcd", 3), "-ab\ncd");
    assert_eq!(break_words("日本語", 1), "日\n本\n語");
    assert_eq!(break_words("", 0), "");
}

/// `abcdefghijklmnop-qrst` at 20 columns (16 of room) was `abcdefghijklmnop` / `-qrst`:
/// a hyphen just past the room started the next line.
#[test]
fn no_line_of_a_broken_id_starts_with_its_hyphen() {
    assert_eq!(
        break_words("abcdefghijklmnop-qrst", 16),
        "abcdefghijklmno\np-qrst"
    );
    assert_eq!(
        break_words("conversation-identifier-x", 12),
        "conversatio\nn-\nidentifier-x"
    );
    assert_eq!(break_words("abc--def", 3), "ab\nc--\ndef");
    for room in 2..12 {
        let text = break_words("ab-cdefghijklmnopq-rst-uvw-x", room);
        assert!(text.lines().all(|l| !l.starts_with('-')), "{room}: {text}");
    }
}

/// cli41: an id's `\u{1b}` (its escape character, escaped) was broken as `\u` / `{1b}`
/// across two lines. An escape is kept whole: the line ends before it, or (where it
/// starts the line) after it.
#[test]
fn an_escape_is_never_broken() {
    let id = format!("c{}\\u{{1b}}{}", "x".repeat(37), "y".repeat(10));
    assert_eq!(
        break_words(&id, 40),
        format!("c{}\n\\u{{1b}}{}", "x".repeat(37), "y".repeat(10))
    );
    assert_eq!(break_words("ab\\ncd", 3), "ab\n\\nc\nd");
    assert_eq!(break_words("\\u{1b}abc", 3), "\\u{1b}\nabc");
    assert_eq!(break_words("\\u{1b}\\u{7}", 4), "\\u{1b}\n\\u{7}");
    // A backslash that starts no escape breaks as any character.
    assert_eq!(break_words("a\\u{zz}", 3), "a\\u\n{zz\n}");
    for room in 1..12 {
        let broken = break_words("ab\\u{1b}c\\td\\u{202e}-x\\\\y", room);
        for line in broken.lines() {
            assert!(
                !line.ends_with("\\u") && !line.starts_with('{'),
                "{room}: {broken}"
            );
            assert!(
                !line.ends_with('\\') || line.ends_with("\\\\"),
                "{room}: {broken}"
            );
        }
    }
}
