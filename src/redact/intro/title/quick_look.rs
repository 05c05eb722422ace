//! The quick look before the introductions' patterns: a text's bytes → whether it may
//! hold "name" or a title at a word's start ("Dr", "mr", "prof", "miss", "sir", "nurse",
//! "officer"), so that most texts skip the searches. Tells; the patterns are `intro.rs`'s.

/// Whether `text` has what `intro.rs`'s `NAMED` or `TITLE` needs: "name" in any case, or
/// a title in any case at a word's start ("Dr", "mr", "MS", "Mx", "prof", "miss", "sir",
/// "nurse", "officer": each but "miss" has an `r` after its first letter). One pass over
/// the few `m` and `M` of a text and one over its `r` and `R` instead of two searches
/// (most texts have neither).
pub(in crate::redact::intro) fn may_name(text: &[u8]) -> bool {
    let lowered = |i: usize| text.get(i).map_or(0, u8::to_ascii_lowercase);
    // No ASCII letter, digit or `_` at `i`, as before a word's start (`\b`).
    let apart =
        |i: Option<usize>| i.is_none_or(|i| !(text[i].is_ascii_alphanumeric() || text[i] == b'_'));
    memchr::memchr2_iter(b'm', b'M', text).any(|i| {
        let next = lowered(i + 1);
        let named = i > 0 && lowered(i - 1) == b'a' && next == b'e';
        // "miss" in any case, a word of its own ("missing" is none): looked at only
        // after an `i`, as this runs for every `m` of every text masked.
        let miss = || {
            next == b'i'
                && lowered(i + 2) == b's'
                && lowered(i + 3) == b's'
                && !text.get(i + 4).is_some_and(u8::is_ascii_alphanumeric)
        };
        named || ((matches!(next, b'r' | b's' | b'x') || miss()) && apart(i.checked_sub(1)))
    }) || memchr::memchr2_iter(b'r', b'R', text).any(|i| {
        // "dr", "prof", "sir", "nurse", "officer": the letters before the `r`.
        let before = |n: usize| i.checked_sub(n).map_or(0, lowered);
        let starts = |n: usize| i + 1 >= n && apart(i.checked_sub(n));
        match before(1) {
            b'd' => starts(2),
            b'p' => lowered(i + 1) == b'o' && lowered(i + 2) == b'f' && starts(2),
            b'i' => before(2) == b's' && starts(3),
            b'u' => {
                before(2) == b'n' && lowered(i + 1) == b's' && lowered(i + 2) == b'e' && starts(3)
            }
            b'e' => {
                before(2) == b'c'
                    && i >= 6
                    && text[i - 6..i].eq_ignore_ascii_case(b"office")
                    && starts(7)
            }
            _ => false,
        }
    })
}
