//! Names through decomposed accents, combining marks of newer Unicode, diacritics beyond
//! Latin-1 and scripts without case or spaces; and the properties of masking that such
//! names, glued or whole, keep.

use super::*;

#[test]
fn decomposed_names_are_whole_words() {
    // A name field in NFD made `Á[name] [name]́[name]`.
    let n = names(&[("name", "A\u{301}lvaro Gonza\u{301}lez")]);
    masks_to(
        &n,
        "Hi A\u{301}lvaro Gonza\u{301}lez, Álvaro González, Alvaro Gonzalez",
        "Hi [name] [name], [name] [name], [name] [name]",
        &["lvaro", "lez", "\u{301}"],
    );
    // NFC name, NFD text.
    let n = names(&[("name", "Álvaro")]);
    masks_to(&n, "Hi A\u{301}lvaro!", "Hi [name]!", &["lvaro", "\u{301}"]);
}

/// The combining marks of Unicode 15 to 18: a table of Unicode 14's marks the names
/// kept of their own took them for letters of a word ("Ana\u{cf3}" was no "Ana"), or
/// for what ends one. One predicate now, the NFKC normalisation's.
const NEWER_MARKS: &[(u32, u32)] = &[
    (0x05C8, 0x05C9),
    (0x0897, 0x0897),
    (0x0B53, 0x0B54),
    (0x0CF3, 0x0CF3),
    (0x0ECE, 0x0ECE),
    (0x1ACF, 0x1AF0),
    (0x10D69, 0x10D6D),
    (0x10ECB, 0x10ECF),
    (0x10EF0, 0x10EFF),
    (0x11241, 0x11241),
    (0x113B8, 0x113C0),
    (0x113C2, 0x113C2),
    (0x113C5, 0x113C5),
    (0x113C7, 0x113CA),
    (0x113CC, 0x113D0),
    (0x113D2, 0x113D2),
    (0x113E1, 0x113E2),
    (0x11B60, 0x11B67),
    (0x11DF0, 0x11DF0),
    (0x11F00, 0x11F01),
    (0x11F03, 0x11F03),
    (0x11F34, 0x11F3A),
    (0x11F3E, 0x11F42),
    (0x11F5A, 0x11F5A),
    (0x13440, 0x13440),
    (0x13447, 0x13455),
    (0x1611E, 0x1612F),
    (0x1D127, 0x1D128),
    (0x1D250, 0x1D252),
    (0x1D25B, 0x1D25C),
    (0x1D25F, 0x1D25F),
    (0x1D280, 0x1D281),
    (0x1E08F, 0x1E08F),
    (0x1E4EC, 0x1E4EF),
    (0x1E5EE, 0x1E5EF),
    (0x1E6E3, 0x1E6E3),
    (0x1E6E6, 0x1E6E6),
    (0x1E6EE, 0x1E6EF),
    (0x1E6F5, 0x1E6F5),
];

#[test]
fn marks_of_newer_unicode_do_not_hide_a_name() {
    let marks: Vec<char> = NEWER_MARKS
        .iter()
        .flat_map(|&(first, last)| first..=last)
        .filter_map(char::from_u32)
        .collect();
    assert_eq!(marks.len(), 172);
    let n = names(&[("name", "Ana")]);
    for mark in marks {
        assert!(crate::text::is_combining_mark(mark), "{mark:?}");
        assert_eq!(fold(&format!("Ana{mark}")), "ana", "{mark:?}");
        masks_to(
            &n,
            &format!("Hi Ana{mark}, A{mark}na!"),
            "Hi [name], [name]!",
            &["Ana", &mark.to_string()],
        );
    }
}

#[test]
fn diacritics_beyond_latin_1_do_not_hide_a_name() {
    let n = names(&[("name", "Nguyễn Thị Hồng")]);
    masks_to(
        &n,
        "Nguyen Hong, Nguye\u{302}\u{303}n Thi\u{323} Ho\u{302}\u{300}ng, Nguyễn",
        "[name] [name], [name] [name] [name], [name]",
        &["Nguy", "Hong", "Ho\u{302}"],
    );
    let n = names(&[("first_name", "Ștefan"), ("last_name", "Țurcanu")]);
    masks_to(
        &n,
        "Stefan Turcanu; Ştefan",
        "[name] [name]; [name]",
        &["tefan", "urcanu"],
    );
    let n = names(&[("name", "Łukasz Søren Yıldız")]);
    masks_to(
        &n,
        "Lukasz, Soren, Yildiz",
        "[name], [name], [name]",
        &["ukasz"],
    );
}

#[test]
fn names_in_scripts_without_case_or_spaces() {
    let n = names(&[("name", "王伟")]);
    masks_to(&n, "Hi 王伟", "Hi [name]", &["王伟"]);
    masks_to(&n, "我是王伟，谢谢", "我是[name]，谢谢", &["王伟"]);
    let n = names(&[("name", "김민준")]);
    masks_to(
        &n,
        "김민준입니다. 김민준 씨",
        "[name]입니다. [name] 씨",
        &["김민준"],
    );
    let n = names(&[("name", "山田 太郎")]);
    masks_to(&n, "山田太郎です", "[name][name]です", &["山田", "太郎"]);
    // Thai, with a tone mark; Arabic and Hebrew words, whatever their length.
    let n = names(&[("name", "สมชาย น้ำ")]);
    masks_to(&n, "ผมชื่อสมชายครับ น้ำ", "ผมชื่อ[name]ครับ [name]", &["สมชาย"]);
    let n = names(&[("name", "محمد علي"), ("last_name", "כהן")]);
    masks_to(
        &n,
        "مرحبا علي، كהן כהן",
        "مرحبا [name]، كהן [name]",
        &["علي"],
    );
    // One character is no name to hunt for.
    assert!(names(&[("first_name", "伟")]).is_empty());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(1000))]
    /// Usernames masked whole, names found inside words of scripts without spaces and
    /// decomposed accents keep the properties of masking: spans in order, apart and on
    /// character boundaries, and masking again keeps every mask and nests none.
    #[test]
    fn whole_glued_and_decomposed_names_keep_the_properties(
        pieces in proptest::collection::vec(
            proptest::prop_oneof![
                proptest::strategy::Strategy::prop_map(
                    proptest::sample::select(vec![
                    "ana.card92", "ANA.CARD92", "Ana", "王伟", "我是", "김민준", "입니다",
                    "A\u{301}lvaro", "Álvaro", "\u{301}", "[name]", "name", "สมชาย", "\u{e49}",
                    "@", ".", "Card",
                ]),
                    str::to_owned,
                ),
                "[a-zA-Z0-9 .王伟\u{301}\u{e49}]{0,4}",
            ],
            0..8,
        ),
        glue in proptest::sample::select(vec!["", " ", ".", "\u{301}"]),
    ) {
        let text = pieces.join(glue);
        let n = names(&[
            ("username", "ana.card92"),
            ("name", "王伟 A\u{301}lvaro"),
            ("last_name", "김민준 สมชาย"),
        ]);
        let spans = n.spans(&text);
        for pair in spans.windows(2) {
            proptest::prop_assert!(pair[0].1 <= pair[1].0, "{spans:?} in {text:?}");
        }
        for &(start, end) in &spans {
            proptest::prop_assert!(start < end && text.get(start..end).is_some());
        }
        let once = crate::redact::masked(&text, &n).into_owned();
        let twice = crate::redact::masked(&once, &n).into_owned();
        // Masking again may mask more in text no one writes (a username after a Thai
        // tone mark on a digit), never less.
        proptest::prop_assert!(
            twice.matches("[name]").count() >= once.matches("[name]").count(),
            "{once:?} → {twice:?}"
        );
        proptest::prop_assert!(!twice.contains("[[") && !twice.contains("]]"), "{}", twice);
    }
}
