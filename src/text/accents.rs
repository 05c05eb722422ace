//! Letters without their accents: a letter → its base letter ("é" → "e", "ł" → "l"), and a
//! word as written → the same word with its accents and combining marks off, its case
//! kept ("Bogotá" → "Bogota", "Łódź" → "Lodz"). Redaction folds names with it and the
//! known places are looked up with it, so "Zürich" and "Zurich" are one place and
//! "Łukasz" and "Lukasz" one name.
//!
//! A table rather than a normalisation crate: only each letter's base is needed, and a
//! text in NFD ("A\u{301}lvaro") gives what the same text in NFC ("Álvaro") does, as the
//! marks are dropped and the precomposed letters mapped to their base.

use super::accent_tables::BASES;
use super::is_combining_mark;

/// The base letter of a lower-case letter with a diacritic, else the letter itself. The
/// letters whose stroke or slash is no decomposition, but which names written in ASCII
/// drop all the same ("Łukasz" as "Lukasz", "Søren", "Đặng", "Yıldız"), are mapped too.
pub(crate) fn unaccented(c: char) -> char {
    match c {
        'ł' => 'l',
        'ø' => 'o',
        'đ' => 'd',
        'ħ' => 'h',
        'ı' => 'i',
        _ => {
            let code = u32::from(c);
            match BASES.binary_search_by_key(&code, |&(letter, _)| letter) {
                Ok(i) => char::from_u32(BASES[i].1).unwrap_or(c),
                Err(_) => c,
            }
        }
    }
}

/// `word` with the accents off its letters and its combining marks dropped, upper case
/// kept upper ("Montréal" → "Montreal", "ÅLESUND" → "ALESUND", "Bogota\u{301}" →
/// "Bogota"); `None` when there is nothing to take off, as in every ASCII word.
pub(crate) fn without_accents(word: &str) -> Option<String> {
    if word.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if is_combining_mark(c) {
        } else if c.is_lowercase() {
            out.push(unaccented(c));
        } else {
            // An upper-case letter's base is its lower case's, in upper case again ("Ł"
            // → "ł" → "l" → "L"); "İ" lowers to "i" and a dot above, which is dropped.
            let lower: String = c.to_lowercase().collect();
            let bases: String = (lower.chars())
                .filter(|&l| !is_combining_mark(l))
                .map(unaccented)
                .collect();
            if bases == lower {
                out.push(c);
            } else {
                out.extend(bases.chars().flat_map(char::to_uppercase));
            }
        }
    }
    (out != word).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted() {
        assert!(BASES.is_sorted_by_key(|&(letter, _)| letter));
    }

    #[test]
    fn a_letter_gives_its_base() {
        for (letter, base) in [('é', 'e'), ('ș', 's'), ('ễ', 'e'), ('ł', 'l'), ('ø', 'o')] {
            assert_eq!(unaccented(letter), base, "{letter}");
        }
        for letter in ['e', 'ß', '伟', 'ж'] {
            assert_eq!(unaccented(letter), letter);
        }
    }

    #[test]
    fn a_word_loses_its_accents_and_keeps_its_case() {
        for (word, bare) in [
            ("Bogotá", "Bogota"),
            ("Bogota\u{301}", "Bogota"),
            ("Montréal", "Montreal"),
            ("ÅLESUND", "ALESUND"),
            ("Łódź", "Lodz"),
            ("São", "Sao"),
            ("İzmir", "Izmir"),
        ] {
            assert_eq!(without_accents(word).as_deref(), Some(bare), "{word}");
        }
        for word in ["Bogota", "", "Straße", "Москва", "北京"] {
            assert_eq!(without_accents(word), None, "{word}");
        }
    }
}
