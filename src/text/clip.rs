//! Cutting text for a quote: text and a length in characters → where to cut it: after the
//! last whole word that fits, or inside a word when whole words would keep less than half
//! (a long link, text written without spaces).
//!
//! Under `--redact` every quote is cut after its text is masked (evidence and traces
//! quote the masked message, summaries are made from masked messages, coverage examples
//! are cut after masking; the 4 KiB a coverage example holds before it is masked end
//! before any number at the cut, `coverage/gaps.rs`): cut first, a card number or an
//! address cut in two would no longer be recognised, and its first part would show. And
//! a cut never falls inside a mask (`[NAM…`, `[ema…` in text without spaces): it moves
//! to before the mask. Nor inside a character as the reader sees it (a grapheme): a flag,
//! a family emoji, a skin tone or an accent written as a combining mark stays whole or
//! goes whole ([`grapheme_start`]).

/// The byte length of the prefix of `text` to quote within `max` characters: all of it
/// when it fits; else up to the end of the last word that fits, less trailing whitespace,
/// when that keeps at least half of `max`; else the first `max` characters. Before the
/// mask (`[secret]`) that would be cut, if any ([`outside_mask`]).
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
        outside_mask(text, grapheme_start(text, limit))
    }
}

/// `at`, or the start of the grapheme (what a reader sees as one character) that byte
/// `at` of `text` falls inside: a cut there leaves no half flag (🇺|🇸), no family emoji
/// cut at a zero-width joiner, no skin tone or variation selector torn from its emoji
/// and no combining accent from its letter. Without a segmentation crate (none is a
/// dependency): the rules of UAX #29 that emoji and accents need, not Hangul syllables
/// or Indic conjuncts.
pub(crate) fn grapheme_start(text: &str, mut at: usize) -> usize {
    const ZWJ: char = '\u{200D}';
    let extends = |c: char| {
        crate::text::is_combining_mark(c)
            || c == ZWJ
            || matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}' | '\u{E0020}'..='\u{E007F}' | '\u{E0100}'..='\u{E01EF}')
    };
    let regional = |c: char| matches!(c, '\u{1F1E6}'..='\u{1F1FF}');
    while let (Some(c), Some(before)) = (text[at..].chars().next(), text[..at].chars().next_back())
    {
        if extends(c) || before == ZWJ {
            at -= before.len_utf8();
        } else if regional(c) && regional(before) {
            // Flags pair regional indicators from the start of their run: an odd number
            // of them before `at` puts `at` inside a pair.
            let run = text[..at]
                .chars()
                .rev()
                .take_while(|&c| regional(c))
                .count();
            if run % 2 == 1 {
                at -= before.len_utf8();
            }
            break;
        } else {
            break;
        }
    }
    at
}

/// `at`, or the start of the mask (`[secret]`, `[name]`, `[NAME]`) that byte `at` of
/// `text` falls inside: where to cut `text`, or to start quoting it, so that a mask
/// shows whole or not at all.
pub(crate) fn outside_mask(text: &str, at: usize) -> usize {
    crate::redact::mask_start(text, at).unwrap_or(at)
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

    /// A cut inside a word never falls inside a mask, in any case: it moves to before
    /// the mask, which the quote leaves out whole; brackets that are no mask are cut as
    /// any text.
    #[test]
    fn never_inside_a_mask() {
        let xs = "x".repeat(20);
        for mask in ["[secret]", "[email]", "[name]", "[NAME]", "[Email]", "[ip]"] {
            let text = format!("{xs}{mask}{xs}");
            for max in 21..20 + mask.len() {
                assert_eq!(clipped(&text, max), xs, "{mask} {max}");
            }
            assert_eq!(clipped(&text, 20), xs);
            let whole = format!("{xs}{mask}");
            assert_eq!(clipped(&text, 20 + mask.len()), whole);
            assert_eq!(outside_mask(&text, 22), 20);
            assert_eq!(outside_mask(&text, 20), 20);
            assert_eq!(outside_mask(&text, 20 + mask.len()), 20 + mask.len());
        }
        // Not a mask: cut where the length says.
        for other in ["[x]", "[secrets]", "[name", "[notamask]"] {
            let text = format!("{xs}{other}{xs}");
            assert_eq!(clipped(&text, 22), &text[..22], "{other}");
        }
        // Text without spaces, as Chinese is written: the mask is left out whole.
        let zh = format!("{}[email]{}", "退款".repeat(10), "退款".repeat(10));
        assert_eq!(clipped(&zh, 24), "退款".repeat(10));
    }

    /// A cut inside a word never splits what a reader sees as one character: a flag,
    /// a family emoji joined by zero-width joiners, a skin tone, a keycap, an accent
    /// written as a combining mark. (`explain` quoted half a flag.)
    #[test]
    fn never_inside_a_grapheme() {
        let flags = "🇺🇸🇬🇧🇫🇷";
        // Six regional indicators: a cut after 1, 3 or 5 falls inside a flag.
        assert_eq!(clipped(flags, 1), "");
        assert_eq!(clipped(flags, 2), "🇺🇸");
        assert_eq!(clipped(flags, 3), "🇺🇸");
        assert_eq!(clipped(flags, 5), "🇺🇸🇬🇧");
        let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦";
        let text = format!("ab{family}{family}");
        for max in 3..9 {
            assert_eq!(clipped(&text, max), "ab", "{max}");
        }
        assert_eq!(clipped(&text, 9), format!("ab{family}"));
        assert_eq!(clipped("xx👍🏽👍🏽", 3), "xx");
        assert_eq!(clipped("xx1\u{FE0F}\u{20E3}yy", 4), "xx");
        assert_eq!(clipped("cafe\u{301}cafe\u{301}", 4), "caf");
        // Text the rules above leave alone is cut where the length says.
        assert_eq!(clipped("退款还没有到账", 3), "退款还");
        assert_eq!(grapheme_start(flags, 0), 0);
        assert_eq!(grapheme_start(flags, flags.len()), flags.len());
    }

    proptest! {
        /// No cut shows part of a mask: what is kept ends before a `[` of a mask or
        /// after its `]`.
        #[test]
        fn no_cut_shows_part_of_a_mask(
            text in "([a-z退]{0,6}(\\[name\\]|\\[SECRET\\]|\\[email\\])?[ ]?){0,12}",
            max in 0usize..60,
        ) {
            let kept = clipped(&text, max);
            let open = kept.rfind('[');
            let close = kept.rfind(']');
            prop_assert!(open.is_none() || close > open, "{kept:?}");
        }

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
