//! Text helpers of the summary: a message → its sentences (not cut after "Dr."), its
//! word count, one line, a capital first letter, a clipped length. No I/O, no rules.

/// Titles written before a name, whose full stop does not end a sentence ("Dr. Lee").
const TITLES: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Rev", "Sr", "Jr", "St", "Capt", "Sgt", "Hon",
];

/// Whether `word` (without its full stop) is a title such as "Dr" or "Mrs".
pub(super) fn is_title(word: &str) -> bool {
    TITLES.contains(&word)
}

mod initials;

pub(super) use initials::name_goes_on;

/// Sentences of `text`: split after `.`, `!`, `?` followed by a space, and at line breaks;
/// not after a title ("Dr. Lee"), nor after an initial or a degree that a name goes on
/// after ("Can M. Dubois call me", "an M. Sc. Physics certificate").
pub(super) fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let bytes = line.as_bytes();
        for (i, &b) in bytes.iter().enumerate() {
            if matches!(b, b'.' | b'!' | b'?')
                && bytes.get(i + 1).is_none_or(|n| *n == b' ')
                && !(b == b'.'
                    && (ends_with_title(&line[..i]) || name_goes_on(&line[..i], &line[i + 1..])))
            {
                out.push(line[start..=i].trim());
                start = i + 1;
            }
        }
        out.push(line[start..].trim());
    }
    out.into_iter().filter(|s| !s.is_empty())
}

/// Whether the last word of `before` is a title.
fn ends_with_title(before: &str) -> bool {
    is_title(
        before
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or(""),
    )
}

// Inline: `goal`, in another module, calls it for every sentence; called across modules
// it cost 16 M more instructions over 20,000 transcripts (callgrind, `replay --redact`).
#[inline]
pub(super) fn words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// `text` with a capital first letter, as a sentence of the summary starts; a first word
/// with a capital inside it is left as written: "iPhone", "eBay", "macOS" are the
/// names' own spellings, not lower-case sentence starts (`IPhone` was shown).
pub(super) fn capitalise(text: &str) -> String {
    let first_word = text.split_whitespace().next().unwrap_or("");
    if first_word.chars().skip(1).any(char::is_uppercase) {
        return text.to_owned();
    }
    let mut chars = text.chars();
    let mut out = String::with_capacity(text.len() + 3);
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        // The rest as it is, in one copy (collecting it a char at a time cost 2,000
        // instructions a bullet).
        out.push_str(chars.as_str());
    }
    out
}

/// `text`'s words joined by single spaces.
pub(super) fn one_line(text: &str) -> String {
    // Most messages are that already: copied as they are, for a quarter of the
    // instructions of splitting and joining.
    if crate::text::clip::is_one_line(text) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `text` cut to at most `max` characters, with `…` when cut: after a whole word, or
/// inside one when whole words keep under half (`text::clip::cut`). Under
/// `--redact` summaries are made from masked messages, so no number is cut before its
/// mask.
pub fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let cut = &text[..crate::text::clip::cut(text, max.saturating_sub(1))];
    format!(
        "{}…",
        cut.trim_end_matches(|c: char| c.is_whitespace() || c == ',')
    )
}
