//! Normalisation (the ASCII fast path held to the general one, `trim` to `str::trim`),
//! mapping matches back to the original text, and `count`. Negation is tested in
//! `negation`.

use super::*;
use proptest::prelude::*;

#[test]
fn counts_are_singular_only_for_one() {
    assert_eq!(count(1_usize, "message"), "1 message");
    assert_eq!(count(0_u64, "message"), "0 messages");
    assert_eq!(count(2_u32, "file"), "2 files");
}

/// A phrase missed text typed decomposed ("cafe" + U+0301, as macOS
/// and iOS input and some exports write it) and full-width letters; redaction already
/// took them for their composed, plain forms.
#[test]
fn text_is_normalised_in_nfkc_whatever_form_it_was_typed_in() {
    let composed = Normalized::new("CAFÉ open");
    for other in [
        "cafe\u{301} open",
        "CAFE\u{301} open",
        "ＣＡＦＥ\u{301} open",
        "ｃａｆé open",
    ] {
        assert_eq!(
            Normalized::new(other).as_str(),
            composed.as_str(),
            "{other:?}"
        );
    }
    assert_eq!(Normalized::new("ﬁne").as_str(), " fine ");
    // A mark nothing composes with stays in its word.
    assert_eq!(Normalized::new("q\u{301}uick").as_str(), " q\u{301}uick ");
    // A quote of a match takes the marks of its last letter, and maps back in full.
    let original = "so cafe\u{301} open";
    let n = Normalized::new(original);
    let start = n.as_str().find(" café ").unwrap();
    let (from, to) = n.original_range(start, start + " café ".len(), original);
    assert_eq!(&original[from..to], "cafe\u{301}");
    let original = "ＣＡＦＥ!";
    let n = Normalized::new(original);
    let (from, to) = n.original_range(0, n.as_str().len(), original);
    assert_eq!(&original[from..to], "ＣＡＦＥ");
}

proptest! {
    #[test]
    fn the_ascii_path_normalises_like_the_general_one(
        // Any ASCII; and mostly words, as messages are.
        original in prop_oneof![
            "[ -~\t\n\r]{0,80}",
            "([a-zA-Z0-9 ]{0,20}[.,'! ]{1,2}){0,6}",
            // Long runs of letters, digits and spaces, for the eight-byte path.
            "([a-zA-Z0-9]{0,12} {1,2}){0,12}[a-zA-Z0-9 @`{/:\\[]{0,9}",
        ],
        track: bool,
    ) {
        let mut fast = Normalized::default();
        fast.fill(&original, track);
        let mut general = Normalized { track, ..Normalized::default() };
        general.push_space(0, false);
        general.fill_chars(&original, track);
        general.push_space(u32::try_from(original.len()).unwrap(), false);
        prop_assert_eq!(&fast.text, &general.text);
        prop_assert_eq!(&fast.origin, &general.origin);
        prop_assert_eq!(&fast.breaks, &general.breaks);
    }

    #[test]
    fn trim_is_str_trim(
        s in "[ \t\n\r\x0b\x0c\u{85}\u{a0}\u{2003}a-z0-9é]{0,12}",
    ) {
        prop_assert_eq!(trim(&s), s.trim());
    }
}

/// Every ASCII character at either end is trimmed as `str::trim` trims it (the fast
/// path's own test of whitespace).
#[test]
fn trim_takes_ascii_whitespace_as_str_trim_does() {
    for b in 0u8..0x80 {
        let c = char::from(b);
        for s in [
            format!("{c}x"),
            format!("x{c}"),
            format!("{c}"),
            format!("{c}x{c}"),
        ] {
            assert_eq!(trim(&s), s.trim(), "{b:#04x}");
        }
    }
}

/// The long s is an `s`, as the regex crate's case-insensitive matching takes it (so a
/// word gate may hold an `s`); the Kelvin sign lower-cases to `k` by itself.
#[test]
fn the_long_s_is_an_s() {
    assert_eq!(Normalized::new("my COUN\u{17F}EL").as_str(), " my counsel ");
    assert_eq!(Normalized::new("\u{212A}ick").as_str(), " kick ");
    assert_eq!(normalize_phrase("coun\u{17F}el"), " counsel ");
}

#[test]
fn lowercases_and_strips_punctuation() {
    assert_eq!(
        Normalized::new("This is RIDICULOUS!!! Too   expensive...").as_str(),
        " this is ridiculous too expensive "
    );
}

#[test]
fn apostrophes_straight_and_curly_vanish() {
    assert_eq!(normalize_phrase("don't"), " dont ");
    assert_eq!(normalize_phrase("don\u{2019}t"), " dont ");
    assert_eq!(normalize_phrase("dont"), " dont ");
}

#[test]
fn multiline_and_unicode() {
    let n = Normalized::new("Ärger\r\nüber   Preis");
    assert_eq!(n.as_str(), " ärger über preis ");
    let words: Vec<&[u8]> = n.words().collect();
    assert_eq!(
        words,
        ["ärger".as_bytes(), "über".as_bytes(), "preis".as_bytes()]
    );
}

#[test]
fn blank_when_no_words() {
    assert!(Normalized::new("!!! ...").is_blank());
    assert!(Normalized::new("").is_blank());
    assert!(!Normalized::new("a").is_blank());
}

#[test]
fn maps_matches_back_to_the_original() {
    let original = "Well, it’s TOO expensive!";
    let n = Normalized::new(original);
    let start = n.as_str().find(" too expensive ").unwrap();
    let end = start + " too expensive ".len();
    let (a, b) = n.original_range(start, end, original);
    assert_eq!(&original[a..b], "TOO expensive");
}

#[test]
fn maps_non_ascii_matches_back() {
    let original = "Der Ärger!";
    let n = Normalized::new(original);
    let start = n.as_str().find(" ärger ").unwrap();
    let (a, b) = n.original_range(start, start + " ärger ".len(), original);
    assert_eq!(&original[a..b], "Ärger");
}

/// A phrase of a script written without spaces (`返金`, refund) never matched
/// inside a message (`返金してください`), since the whole run was one word. Each such
/// character is a word of its own now; other scripts keep their words.
#[test]
fn characters_of_scripts_without_spaces_are_words() {
    let n = Normalized::new("返金してください。Refund 今すぐ");
    assert_eq!(n.as_str(), " 返 金 し て く だ さ い refund 今 す ぐ ");
    assert!(n.as_str().contains(&normalize_phrase("返金")));
    let (from, to) = n.original_range(0, " 返 金 ".len(), "返金してください。Refund 今すぐ");
    assert_eq!(&"返金してください。Refund 今すぐ"[from..to], "返金");
    // Thai, with its vowel marks; Korean and Cyrillic are written with spaces.
    assert!(
        Normalized::new("ขอคืนเงินด้วยครับ")
            .as_str()
            .contains(&normalize_phrase("คืนเงิน"))
    );
    assert_eq!(Normalized::new("환불 해주세요").as_str(), " 환불 해주세요 ");
    assert_eq!(
        Normalized::new("Верните деньги").as_str(),
        " верните деньги "
    );
    // The ideographic full stop ends a clause, as `.` does.
    let n = Normalized::new("not 返金。返金");
    let second = n.as_str().rfind(" 返 金 ").unwrap();
    assert!(!n.negated_before(second, 4));
    assert!(n.negated_before(n.as_str().find(" 返 金 ").unwrap(), 4));
}

/// The normalised copy of a text of megabytes goes back once read; the next text is
/// normalised, and mapped back, as ever.
#[test]
fn a_long_text_is_given_back() {
    let mut n = Normalized::default();
    let long = "Call me, Ana. ".repeat(100_000);
    n.set_with_origin(&long);
    assert!(n.as_bytes().starts_with(b" call me ana call me "));
    n.release_long();
    assert!(n.text.capacity() < 1 << 20);
    let short = "so it's ÄRGER";
    n.set_with_origin(short);
    assert_eq!(n.as_str(), " so its ärger ");
    let (from, to) = n.original_range(7, n.as_str().len(), short);
    assert_eq!(&short[from..to], "ÄRGER");
    // A short one is kept: no allocation a message.
    n.release_long();
    assert!(n.text.capacity() >= short.len());
}
