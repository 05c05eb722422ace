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

/// Degrees written with a full stop ("M. Sc.", "Ph.D.", "`MSc.`"), whose full stop ends no
/// sentence when a name goes on after it ("an M. Sc. Physics certificate").
const DEGREES: &[&str] = &[
    "Sc", "MSc", "BSc", "PhD", "D", "MBA", "MA", "BA", "MD", "Eng", "Phil", "MPhil", "DPhil",
    "LLB", "LLM", "BEd", "MEd", "Hons", "Pharm",
];

/// Words a sentence often opens with, after which a full stop behind an initial or a
/// degree ends its sentence after all ("I need plan B. Can you …", "I have an MBA. The
/// job …"): a name goes on with none of them.
const OPENERS: &[&str] = &[
    "I", "I'm", "I've", "I'd", "I'll", "A", "An", "The", "My", "Our", "Your", "It", "It's", "This",
    "That", "There", "We", "You", "He", "She", "They", "Can", "Could", "Would", "Will", "Should",
    "Please", "Thanks", "Thank", "What", "Why", "How", "When", "Where", "Which", "Who", "Is",
    "Are", "Do", "Does", "Did", "And", "But", "So", "Then", "Also", "Yes", "No", "Ok", "Okay",
    "Hi", "Hello", "Let", "Just", "Not", "If", "Any", "Oh", "Sorry", "Now", "Still", "Again",
];

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

/// Whether the full stop between `before` and `after` closes an initial or a degree
/// ([`DEGREES`]) that a name goes on after: a capitalised word after it that opens no
/// sentence ([`OPENERS`]): "M. Dubois", "M. Sc. Physics"; not "plan B. Can you".
fn name_goes_on(before: &str, after: &str) -> bool {
    let last = before
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // A letter alone, after a space or at the start: not one of "L.A." or "U.S.", whose
    // stop may end a sentence ("… tomorrow in L.A. Today is Thursday.", STAR star-4664).
    let initial = last.len() == 1
        && last.bytes().all(|b| b.is_ascii_uppercase())
        && before[..before.len() - 1]
            .chars()
            .next_back()
            .is_none_or(char::is_whitespace);
    if !(initial || DEGREES.contains(&last)) {
        return false;
    }
    let next = after
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_end_matches(|c: char| !c.is_alphanumeric());
    // A mask stands for the name under `--redact` ("Can M. [name] call me").
    next.starts_with('[')
        || (next.chars().next().is_some_and(char::is_uppercase) && !OPENERS.contains(&next))
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

#[cfg(test)]
mod tests {
    use super::sentences;

    /// Regression: "Can M. Dubois call me …" was cut at "M." (the goal "Dubois call me
    /// …", "[name] call me …" under `--redact`), and "an M. Sc. Physics certificate" at
    /// "M." and "Sc.".
    #[test]
    fn an_initial_or_a_degree_before_a_name_ends_no_sentence() {
        for (text, want) in [
            (
                "Can M. Dubois call me tomorrow? Thanks.",
                &["Can M. Dubois call me tomorrow?", "Thanks."][..],
            ),
            (
                "I need an M. Sc. Physics certificate copy.",
                &["I need an M. Sc. Physics certificate copy."],
            ),
            (
                "My MSc. Physics diploma is lost.",
                &["My MSc. Physics diploma is lost."],
            ),
            ("Ask J. Smith.", &["Ask J. Smith."]),
            // Under `--redact` the name is a mask.
            ("Can M. [name] call me?", &["Can M. [name] call me?"]),
            // A sentence that opens after one still does.
            (
                "I need plan B. Can you change it?",
                &["I need plan B.", "Can you change it?"],
            ),
            (
                "I have an MBA. The job is mine.",
                &["I have an MBA.", "The job is mine."],
            ),
            ("Row A. seat 3", &["Row A.", "seat 3"]),
            (
                "The weather in L.A. Today is Thursday.",
                &["The weather in L.A.", "Today is Thursday."],
            ),
            (
                "Is it in L.A. Smith said so.",
                &["Is it in L.A.", "Smith said so."],
            ),
            ("It is vitamin C.", &["It is vitamin C."]),
        ] {
            assert_eq!(sentences(text).collect::<Vec<_>>(), want, "{text}");
        }
    }
}
