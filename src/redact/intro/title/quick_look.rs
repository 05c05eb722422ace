//! The quick look before the introductions' patterns: a text's bytes → whether it may
//! hold "name" or a title at a word's start ("Dr", "mr", "prof", "miss", "sir", "nurse",
//! "officer", "doctor", "Capt", "Judge" …), so that most texts skip the searches. Tells;
//! the patterns are `intro.rs`'s.

/// Whether `text` has what `intro.rs`'s `NAMED` or `TITLE` needs: "name" in any case, or
/// a title at a word's start: in any case one with an `r` after its first letters or an
/// `m` ("Dr", "mr", "MS", "Mx", "prof", "miss", "sir", "nurse", "officer", "doctor",
/// "sister", "mister", "father", "lord", "sergeant", "rev", "sr", "dame", "señor"), capitalised or
/// in capitals one without ("Capt", "Col", "Detective", "Doc", "Gen", "Judge", "Lady", "Lt",
/// "Sgt", "Det", "Fr", "Hon", "Maj", "Major", "Mme", "Pastor"), "Insp" in any case, and "captain" and
/// "judge" in lower case (one more pass, over its rare `j`), "Avv." and "Ing." with their
/// full stop (one over the capitals `A` and `I`). One pass over the
/// few `m` and `M` of a text, one over its `r` and `R`, one over its few capitals those
/// start with, and one over its `p` and `P`, instead of the searches (most texts have
/// none).
pub(in crate::redact::intro) fn may_name(text: &[u8]) -> bool {
    let lowered = |i: usize| text.get(i).map_or(0, u8::to_ascii_lowercase);
    // No ASCII letter, digit or `_` at `i`, as before a word's start (`\b`).
    let apart =
        |i: Option<usize>| i.is_none_or(|i| !(text[i].is_ascii_alphanumeric() || text[i] == b'_'));
    memchr::memchr2_iter(b'm', b'M', text).any(|i| {
        let next = lowered(i + 1);
        // "name", and "dame" with it.
        let named = i > 0 && lowered(i - 1) == b'a' && next == b'e';
        // "miss" in any case, a word of its own ("missing" is none): looked at only
        // after an `i`, as this runs for every `m` of every text masked.
        let miss = || {
            next == b'i'
                && lowered(i + 2) == b's'
                && lowered(i + 3) == b's'
                && !text.get(i + 4).is_some_and(u8::is_ascii_alphanumeric)
        };
        // "mademoiselle", "monsieur" in lower case (capitalised, by their capital).
        let french = || {
            matches!(next, b'a' | b'o')
                && [&b"mademoiselle"[..], b"monsieur"].iter().any(|word| {
                    text.get(i..i + word.len())
                        .is_some_and(|letters| letters.eq_ignore_ascii_case(word))
                })
        };
        named
            || ((matches!(next, b'r' | b's' | b'x') || miss() || french())
                && apart(i.checked_sub(1)))
    }) || memchr::memchr2_iter(b'r', b'R', text).any(|i| {
        // "dr", "prof", "sir", "nurse", "officer", …: the letters before the `r`.
        let before = |n: usize| i.checked_sub(n).map_or(0, lowered);
        let starts = |n: usize| i + 1 >= n && apart(i.checked_sub(n));
        // The five letters before the `r` are `word` ("docto" of "doctor").
        let ends = |word: &[u8]| i >= 5 && text[i - 5..i].eq_ignore_ascii_case(word) && starts(6);
        match before(1) {
            // "dr", "sr", "sra"
            b'd' | b's' => starts(2),
            b'p' => lowered(i + 1) == b'o' && lowered(i + 2) == b'f' && starts(2),
            // "frau" in lower case ("Frau" is looked for by its capital).
            // "fräulein" too.
            b'f' => {
                ((lowered(i + 1) == b'a' && lowered(i + 2) == b'u')
                    || text.get(i + 1..i + 3) == Some("ä".as_bytes()))
                    && starts(2)
            }
            b'i' => before(2) == b's' && starts(3),
            b'u' => {
                before(2) == b'n' && lowered(i + 1) == b's' && lowered(i + 2) == b'e' && starts(3)
            }
            b'e' => match before(2) {
                b'c' => i >= 6 && text[i - 6..i].eq_ignore_ascii_case(b"office") && starts(7),
                // "sergeant"
                b's' => starts(3),
                // "sister", "mister"
                b't' => ends(b"siste") || ends(b"miste"),
                b'h' => ends(b"fathe"),
                _ => false,
            },
            // "lord", "doctor", "señor"
            b'o' => {
                (before(2) == b'l' && lowered(i + 1) == b'd' && starts(3))
                    || ends(b"docto")
                    || ends("seño".as_bytes())
            }
            // "rev", "reverend"
            _ => lowered(i + 1) == b'e' && lowered(i + 2) == b'v' && starts(1),
        }
    }) || memchr::memchr3_iter(b'C', b'D', b'G', text)
        .chain(memchr::memchr3_iter(b'J', b'L', b'S', text))
        .chain(memchr::memchr3_iter(b'F', b'H', b'M', text))
        .any(|i| {
            // The letters after the capital, in any case: "Capt", "Captain", "Col",
            // "Cpl", "Det", "Detective", "Doc", "Fr", "Gen", "Hon", "Herr", "Judge", "Lady", "Lt",
            // "Maj", "Mme", "Mlle", "Sgt", "Señor", "Sig.", "Dott." ("Frau" and "Frl." as
            // "Fr").
            let after = |word: &[u8]| {
                text.get(i + 1..i + 1 + word.len())
                    .is_some_and(|letters| letters.eq_ignore_ascii_case(word))
            };
            apart(i.checked_sub(1))
                && match text[i] {
                    b'C' => after(b"apt") || after(b"ol") || after(b"pl"),
                    // "Doc" a word of its own ("Document" is none).
                    b'D' => {
                        after(b"et")
                            || after(b"ott.")
                            || (after(b"oc")
                                && !text.get(i + 3).is_some_and(u8::is_ascii_alphanumeric))
                    }
                    b'F' => after(b"r"),
                    b'G' => after(b"en"),
                    b'H' => after(b"on") || after(b"err"),
                    b'J' => after(b"udge"),
                    b'L' => after(b"t") || after(b"ady"),
                    // "Madame", "Mademoiselle", "Monsieur", "Mons.", "M. Dubois", "M
                    // Dubois", "MM. Dubois".
                    b'M' => {
                        after(b"aj")
                            || after(b"me")
                            || after(b"lle")
                            || after(b"ad")
                            || after(b"onsieur")
                            || after(b"ons.")
                            || after(b". ")
                            || after(b" ")
                            || after(b"M. ")
                    }
                    _ => {
                        after(b"gt")
                            || after(b"ig.")
                            || after(b"ignor")
                            || after("eñor".as_bytes())
                            || after("EÑOR".as_bytes())
                    }
                }
        })
        // "Avv." and "Ing.", Italian titles, with their full stop.
        || memchr::memchr2_iter(b'A', b'I', text).any(|i| {
            text.get(i + 1..i + 4)
                .is_some_and(|letters| letters == b"vv." || letters == b"VV." || letters == b"ng.")
                && (i == 0 || !(text[i - 1].is_ascii_alphanumeric() || text[i - 1] == b'_'))
        })
        || memchr::memchr2_iter(b'p', b'P', text).any(|i| {
            // "Insp" in any case, by its rarer letter, "captain" in lower case, and
            // "Pastor" capitalised or in capitals.
            (i >= 3 && text[i - 3..=i].eq_ignore_ascii_case(b"insp") && apart((i - 3).checked_sub(1)))
                || (text[i] == b'P'
                    && text
                        .get(i + 1..i + 6)
                        .is_some_and(|letters| letters.eq_ignore_ascii_case(b"astor"))
                    && apart(i.checked_sub(1)))
                || (i >= 2
                    && text.get(i - 2..i + 2) == Some(b"capt")
                    && apart((i - 2).checked_sub(1)))
        })
        // "doc" in lower case, by the rare "do" and "c" together.
        || memchr::memmem::find_iter(text, b"doc")
            .any(|i| apart(i.checked_sub(1)) && !text.get(i + 3).is_some_and(u8::is_ascii_alphanumeric))
        // "judge" in lower case.
        || memchr::memchr_iter(b'j', text)
            .any(|i| text.get(i..i + 5) == Some(b"judge") && apart(i.checked_sub(1)))
}
