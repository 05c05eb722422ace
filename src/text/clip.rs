//! Cutting text for a quote: text and a length in characters → where to cut it so that no
//! word is cut in two, and no number written in groups ("4111 1111 1111 1111", "+44 7700
//! 900123", "GB29 NWBK 6016 …") loses only its end. Redaction recognises a card, an IBAN,
//! an email address or a name only whole (a card by its Luhn check, a name by its words):
//! a quote cut inside one would show the part that no check can recognise any more.

/// The byte length of the prefix of `text` to quote within `max` characters: all of it when
/// it fits; else the whole words that fit, less trailing whitespace, and less the
/// number-like words at their end when the first word left out is number-like too (see
/// [`keep_before`]). A first word longer than `max` keeps nothing.
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
    let next = text[end..].split_whitespace().next().unwrap_or_default();
    keep_before(&text[..end], next)
}

/// How much of `kept` (whole words) to keep when the word `next` is the first left out:
/// `kept` less its trailing whitespace, and, when `next` belongs to a number written in
/// groups, less that number's groups at the end of `kept` as well.
pub(crate) fn keep_before(kept: &str, next: &str) -> usize {
    let mut end = kept.trim_end().len();
    if !in_number(next) {
        return end;
    }
    while end > 0 {
        let start = kept[..end]
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        if !in_number(&kept[start..end]) {
            break;
        }
        end = kept[..start].trim_end().len();
    }
    end
}

/// Whether `word` can be a group of a number written in groups: it has a digit ("4111",
/// "(555)", "123-4567", "GB29"), is only separators ("-", "/"), or is a bank code's four
/// capitals ("NWBK" in a British IBAN).
fn in_number(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_digit())
        || (!word.is_empty()
            && word
                .chars()
                .all(|c| matches!(c, '-' | '–' | '/' | '.' | '+')))
        || (word.len() == 4 && word.bytes().all(|b| b.is_ascii_uppercase()))
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
        // No word is cut: a first word too long for the quote keeps nothing.
        assert_eq!(clipped("https://example.com/a/very/long/path", 10), "");
        assert_eq!(
            clipped("write to jo.smith@example.com today", 20),
            "write to"
        );
    }

    #[test]
    fn a_number_in_groups_is_never_cut_in_two() {
        let text = "the card I used was 4111 1111 1111 1111 thanks";
        for max in 20..39 {
            assert_eq!(clipped(text, max), "the card I used was", "{max}");
        }
        assert_eq!(clipped(text, 39), "the card I used was 4111 1111 1111 1111");
        assert_eq!(clipped("call +44 7700 900123 now", 14), "call");
        assert_eq!(clipped("call (555) 123-4567 now", 12), "call");
        assert_eq!(clipped("iban GB29 NWBK 6016 1331 9268 19", 20), "iban");
        assert_eq!(clipped("card 4111 - 1111 - 1111", 12), "card");
        // Words before it that are not part of it stay; so do numbers not cut.
        assert_eq!(
            clipped("order 88123 was late, sorry", 20),
            "order 88123 was"
        );
        assert_eq!(clipped("I am OK 4111 1111", 12), "I am OK");
    }

    proptest! {
        /// Whatever the length, the quote is whole words of the text, within `max`
        /// characters, and never ends inside the card number: either all of it or none.
        #[test]
        fn a_quote_holds_a_card_number_whole_or_not_at_all(
            before in "([a-zA-Z]{1,9} ){0,12}",
            separator in prop::sample::select(vec![" ", "-", " - "]),
            after in "( [a-z]{1,9}){0,6}",
            max in 0usize..140,
        ) {
            let card = ["4539", "1488", "0343", "6467"].join(separator);
            let text = format!("{before}{card}{after}");
            let quoted = clipped(&text, max);
            prop_assert!(quoted.chars().count() <= max);
            prop_assert!(text.starts_with(quoted));
            prop_assert!(
                quoted.contains(&card) || !quoted.contains("4539"),
                "{quoted:?}"
            );
            let rest = &text[quoted.len()..];
            prop_assert!(rest.is_empty() || rest.starts_with(char::is_whitespace) || quoted.is_empty());
        }
    }
}
