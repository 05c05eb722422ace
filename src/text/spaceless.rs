//! Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
//! Myanmar): a character → whether normalised text takes it as a word of its own, so
//! that a phrase of them (`返金`) matches inside a run of them (`返金してください`) as a
//! phrase of words matches inside a sentence. Korean is written with spaces: not here.

/// Whether `c` (a letter or digit) is of a script written without spaces between words.
pub(crate) fn is_spaceless(c: char) -> bool {
    matches!(
        c,
        // Thai, Lao
        '\u{0E00}'..='\u{0EFF}'
        // Myanmar
        | '\u{1000}'..='\u{109F}'
        // Khmer
        | '\u{1780}'..='\u{17FF}'
        // the iteration and closing marks (々, 〆, 〇)
        | '\u{3005}'..='\u{3007}'
        // Hiragana, Katakana and its phonetic extensions
        | '\u{3040}'..='\u{30FF}'
        | '\u{31F0}'..='\u{31FF}'
        // CJK ideographs: extension A, the unified block, compatibility ideographs
        | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        // half-width Katakana
        | '\u{FF66}'..='\u{FF9F}'
        // CJK ideographs past the first plane (extensions B to H, compatibility)
        | '\u{20000}'..='\u{3134F}'
    )
}

/// Whether `c` ends a clause as `.`, `!`, `?`, `;`, `,` and `:` do, in the full-width
/// and ideographic forms these scripts write (`。`, `、`, `！`, `？`, `；`, `，`, `：`).
pub(crate) fn is_wide_clause_mark(c: char) -> bool {
    matches!(
        c,
        '\u{3001}'
            | '\u{3002}'
            | '\u{FF01}'
            | '\u{FF0C}'
            | '\u{FF0E}'
            | '\u{FF1A}'
            | '\u{FF1B}'
            | '\u{FF1F}'
            | '\u{FF61}'
            | '\u{FF64}'
    )
}
