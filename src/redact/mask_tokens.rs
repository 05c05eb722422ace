//! Masks as text: a span, a bracketed token or a byte → whether it is a mask (`[name]`,
//! `[card]`, `[secret]`…), where one starts, how long the longest is; so that text masked
//! once is masked again as it is and a cut never shows part of a mask.

use super::NAME_MASK;
use super::kinds::{is_kind_mask, longest_kind_mask};

/// Whether `text[start..end]` is the word of a mask (`card` in `[card]`): text masked
/// once is masked again as it is (an outcome's evidence is quoted masked, then the
/// outcome is), and a customer named Card must not turn `[card]` into `[[name]]`.
pub(super) fn is_mask(text: &str, start: usize, end: usize) -> bool {
    start
        .checked_sub(1)
        .and_then(|open| text.get(open..=end))
        .is_some_and(is_mask_token)
}

/// Whether `bracketed` is a mask, brackets and all (`[secret]`, `[name]`).
pub(crate) fn is_mask_token(bracketed: &str) -> bool {
    bracketed == NAME_MASK || is_kind_mask(bracketed)
}

/// Whether `text` holds a mask (`[card]`, `[name]`). Each `[` is looked past only as
/// far as a mask is long (a text of many `[` is no quadratic search).
pub(crate) fn holds_mask(text: &str) -> bool {
    let longest = longest_mask();
    text.match_indices('[').any(|(open, _)| {
        text.as_bytes()[open..]
            .iter()
            .take(longest)
            .position(|&b| b == b']')
            .is_some_and(|close| is_mask_token(&text[open..=open + close]))
    })
}

/// The length of the longest mask, brackets and all (`[secret]`).
pub(crate) fn longest_mask() -> usize {
    NAME_MASK.len().max(longest_kind_mask())
}

/// Where the mask (`[secret]`, `[name]`, or in another case, `[NAME]` as a bridge
/// template's `upper` writes one) that byte `at` of `text` falls inside starts (at
/// `at` past its `[` and not past its `]`): a text cut at `at` would show part of the
/// mask (`[NAM…`). Reads only the few bytes a mask spans around `at`.
pub(crate) fn mask_start(text: &str, at: usize) -> Option<usize> {
    let longest = longest_mask();
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
    let open = (at.saturating_sub(longest - 1)..at)
        .rev()
        .find(|&i| bytes[i] == b'[')?;
    let close = open
        + bytes[open..]
            .iter()
            .take(longest)
            .position(|&b| b == b']')?;
    // `[` and `]` are ASCII: the slice between them starts and ends on characters.
    (at <= close && is_mask_token(&text[open..=close].to_ascii_lowercase())).then_some(open)
}
