//! Cutting text for a quote: text and a length in characters → where to cut it: after the
//! last whole word that fits, or inside a word when whole words would keep less than half
//! (a long link, text written without spaces).
//!
//! Under `--redact` every quote is cut after its text is masked (evidence and traces
//! quote the masked message, summaries are made from masked messages, coverage examples
//! are cut after masking; the 4 KiB a coverage example holds before it is masked end
//! before any number at the cut, `coverage/gaps.rs`): cut first, a card number or an
//! address cut in two would no longer be recognised, and its first part would show.

/// The byte length of the prefix of `text` to quote within `max` characters: all of it
/// when it fits; else up to the end of the last word that fits, less trailing whitespace,
/// when that keeps at least half of `max`; else the first `max` characters.
pub(crate) fn cut(text: &str, max: usize) -> usize {
    let Some((limit, _)) = text.char_indices().nth(max) else {
        return text.len();
    };
    // `limit` is the first character past `max`: the words that end before it are whole.
    let end = if text[limit..].starts_with(char::is_whitespace) {
        limit
    } else {
        text[..limit].rfind(char::is_whitespace).unwrap_or(0)
    };
    let words = text[..end].trim_end().len();
    if text[..words].chars().count() * 2 >= max {
        words
    } else {
        limit
    }
}

/// Whether `text` is already one line of words as a quote writes them (most messages
/// are): ASCII, one space between words, none around them and no other whitespace.
pub(crate) fn is_one_line(text: &str) -> bool {
    let mut after_space = true;
    let single_spaced = text.bytes().all(|b| {
        let ok = b.is_ascii()
            && !matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r')
            && (b != b' ' || !after_space);
        after_space = b == b' ';
        ok
    });
    // No space at the end either (the first passes only after none).
    single_spaced && (text.is_empty() || !after_space)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn clipped(text: &str, max: usize) -> &str {
        &text[..cut(text, max)]
    }

    #[test]
    fn text_that_fits_is_whole() {
        assert_eq!(cut("", 0), 0);
        assert_eq!(clipped("two words", 9), "two words");
        assert_eq!(clipped("ünïcödé", 7), "ünïcödé");
    }

    #[test]
    fn cuts_after_the_last_whole_word() {
        assert_eq!(clipped("the quick brown fox", 9), "the quick");
        assert_eq!(clipped("the quick brown fox", 10), "the quick");
        assert_eq!(clipped("the quick brown fox", 14), "the quick");
        assert_eq!(clipped("the quick brown fox", 15), "the quick brown");
        assert_eq!(clipped("ünïcödé ünïcödé", 10), "ünïcödé");
    }

    #[test]
    fn inside_a_word_when_whole_words_keep_too_little() {
        assert_eq!(
            clipped("https://example.com/a/very/long/path", 10),
            "https://ex"
        );
        assert_eq!(
            clipped("see https://example.com/a/very/long/path", 12),
            "see https://"
        );
        assert_eq!(clipped("退款还没有到账请帮我查一下", 6), "退款还没有到");
        assert_eq!(clipped("x".repeat(50).as_str(), 3), "xxx");
    }

    proptest! {
        /// At most `max` characters, a prefix of the text, and whole words unless they
        /// would keep under half of `max`.
        #[test]
        fn a_cut_is_a_short_enough_prefix(
            text in "([a-zé退]{0,12}[ \n]{0,2}){0,12}",
            max in 0usize..60,
        ) {
            let kept = clipped(&text, max);
            prop_assert!(kept.chars().count() <= max);
            prop_assert!(text.starts_with(kept));
            if kept.len() < text.len() && kept.chars().count() * 2 >= max && !kept.is_empty() {
                let rest = &text[kept.len()..];
                prop_assert!(
                    rest.starts_with(char::is_whitespace) || kept.chars().count() == max,
                    "{kept:?} | {rest:?}"
                );
            }
        }

        /// One line exactly when joining the words with single spaces changes nothing.
        #[test]
        fn one_line_is_words_joined(text in "[ a\t\n\r\u{0B}\u{0C}\u{A0}é.]{0,24}") {
            let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
            prop_assert_eq!(is_one_line(&text), text.is_ascii() && joined == text);
        }
    }
}
