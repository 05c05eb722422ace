//! Letters as names are compared: what counts as part of a word (letters, digits and the
//! combining marks that decomposed text writes accents with) or joins two (a hyphen), a
//! word folded (lower case, marks and accents off, with [`crate::text::accents`], as the
//! known places are looked up), and the scripts written without case or without spaces.
//! What a mark is is [`crate::text::is_combining_mark`], as in the normalised text rules
//! match.

use crate::text::accents::unaccented;
use crate::text::is_combining_mark;

/// Whether `c` belongs to a word: a letter, a digit or a combining mark.
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_combining_mark(c)
    }
}

/// Whether `c` joins the parts of a hyphenated name ("Mary-Jane"): the hyphen-minus or
/// the hyphen (U+2010).
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}')
}

/// Whether `c` is of a script written without spaces between words (Chinese, Japanese,
/// Korean words with their particles, Thai, Lao, Khmer, Myanmar): a name in it is found
/// inside the run of letters around it ("我是王伟", "김민준입니다").
pub(in crate::redact) fn is_glued(c: char) -> bool {
    matches!(u32::from(c),
        0x0E00..=0x0EFF // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1100..=0x11FF // Hangul Jamo
        | 0x1780..=0x17FF // Khmer
        | 0x3040..=0x30FF // Hiragana, Katakana
        | 0x3130..=0x318F // Hangul compatibility Jamo
        | 0x31F0..=0x31FF // Katakana phonetic extensions
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xAC00..=0xD7AF // Hangul syllables
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0xFF66..=0xFF9F // half-width Katakana
        | 0x20000..=0x3FFFF // CJK extensions B and later
    )
}

/// Lower case, accents and combining marks off ("Álvarez" and "A\u{301}lvarez" →
/// "alvarez", "Ștefan" → "stefan", "Nguyễn" → "nguyen"), a curly apostrophe as a
/// straight one: how a name is compared with a word.
pub(in crate::redact) fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        for lower in c.to_lowercase() {
            if let Some(folded) = folded(lower) {
                out.push(folded);
            }
        }
    }
    out
}

/// [`fold`], with the byte offset in `word` of the character each folded character comes
/// from, in order: to find a name inside a word and say where it is in the word as
/// written.
pub(super) fn fold_mapped(word: &str) -> (String, Vec<(usize, usize)>) {
    let mut out = String::with_capacity(word.len());
    let mut map = Vec::with_capacity(word.len());
    for (at, c) in word.char_indices() {
        for lower in c.to_lowercase() {
            if let Some(folded) = folded(lower) {
                map.push((out.len(), at));
                out.push(folded);
            }
        }
    }
    (out, map)
}

/// A lower-case character folded: none for a combining mark.
fn folded(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c);
    }
    if c == '\u{2019}' {
        return Some('\'');
    }
    if is_combining_mark(c) {
        return None;
    }
    Some(unaccented(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_and_composed_fold_alike() {
        assert_eq!(fold("A\u{301}lvaro"), "alvaro");
        assert_eq!(fold("Álvaro"), "alvaro");
        assert_eq!(fold("Nguyễn Thị Hồng"), "nguyen thi hong");
        assert_eq!(fold("Nguye\u{302}\u{303}n"), "nguyen");
        assert_eq!(fold("Ștefan Țurcanu Şerban"), "stefan turcanu serban");
        assert_eq!(
            fold("Łukasz Søren Yıldız İlker"),
            "lukasz soren yildiz ilker"
        );
        assert_eq!(fold("王伟 김민준"), "王伟 김민준");
        assert!(
            is_combining_mark('\u{301}')
                && is_combining_mark('\u{e49}')
                && !is_combining_mark('a')
                && !is_combining_mark('伟')
        );
        assert!(is_word_char('\u{301}') && !is_word_char('-'));
    }

    #[test]
    fn folded_offsets_point_into_the_word() {
        let (folded, map) = fold_mapped("İA\u{301}b");
        assert_eq!(folded, "iab");
        assert_eq!(map, [(0, 0), (1, 2), (2, 5)]);
    }
}
