//! A text as its masked text reads: the text and the spans taken in it → its words, a
//! span taken being one word (its mask's: `[ip]` reads "ip"), and a word of the text
//! ending where a span starts (`PIN4111 1111` reads "PIN", "secret"). A search that reads
//! words this way finds in a masked text what it found before masking, and no more:
//! masking twice changes nothing. Reads; what a caller finds is its own (`near.rs`).

use std::sync::LazyLock;

use regex::Regex;

use super::Kind;
use super::taken::Taken;

/// A word: letters, digits and inner apostrophes.
static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*").expect("the word pattern is valid")
});

/// A word of the text as masked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Word {
    pub(super) start: usize,
    pub(super) end: usize,
    /// The mask of the span taken this word is, or of the mask it is written as
    /// (`[secret]` in a masked text: the word "secret" in its brackets).
    pub(super) mask: Option<&'static str>,
    /// The part of the text between spans taken that holds the word: what a check
    /// reads around it, as it reads up to a mask in a masked text.
    pub(super) room: (usize, usize),
}

impl Word {
    /// The word's text in lower case: its mask's word for a mask.
    pub(super) fn lower(&self, text: &str) -> String {
        match self.mask {
            Some(mask) => mask.trim_matches(['[', ']']).to_owned(),
            None => text[self.start..self.end].to_lowercase(),
        }
    }
}

/// The parts of `text` between the spans taken, in order: where words are read.
pub(super) fn gaps(text: &str, taken: &Taken) -> Vec<(usize, usize)> {
    let mut gaps = Vec::new();
    let mut at = 0;
    for (start, end, _) in taken.overlapping(0, text.len()) {
        if at < start {
            gaps.push((at, start));
        }
        at = at.max(end);
    }
    if at < text.len() {
        gaps.push((at, text.len()));
    }
    gaps
}

/// The words of `text` as its masked text reads them, in order: those of its parts
/// between the spans `taken` ([`gaps`]), and one for each span.
pub(super) fn words(text: &str, taken: &Taken) -> Vec<Word> {
    let mut words = Vec::new();
    let mut at = 0;
    let mut spans = taken.overlapping(0, text.len()).peekable();
    loop {
        let next = spans
            .peek()
            .map_or(text.len(), |&(start, _, _)| start.max(at));
        let room = (at, next);
        for found in WORD.find_iter(&text[at..next]) {
            let (start, end) = (at + found.start(), at + found.end());
            words.push(Word {
                start,
                end,
                mask: written_mask(text, start, end),
                room,
            });
        }
        let Some((start, end, mask)) = spans.next() else {
            break;
        };
        if end <= at {
            continue;
        }
        let start = start.max(at);
        words.push(Word {
            start,
            end,
            mask: Some(mask),
            room: (start, end),
        });
        at = end;
    }
    words
}

/// The mask the word `text[start..end]` is written as, in its brackets.
fn written_mask(text: &str, start: usize, end: usize) -> Option<&'static str> {
    let bracketed = text.get(start.checked_sub(1)?..end + 1)?;
    Kind::ALL
        .iter()
        .map(|kind| kind.mask())
        .find(|&mask| mask == bracketed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, spans: &[(usize, usize, &'static str)]) -> Vec<String> {
        let mut taken = Taken::default();
        for &span in spans {
            taken.push(span);
        }
        taken.settle();
        words(text, &taken)
            .iter()
            .map(|word| word.lower(text))
            .collect()
    }

    #[test]
    fn a_span_taken_reads_as_its_mask_word() {
        let text = "PIN4111 1111\n1111 at 10.0.0.1.";
        assert_eq!(
            read(text, &[(3, 12, "[secret]"), (21, 29, "[ip]")]),
            ["pin", "secret", "1111", "at", "ip"]
        );
        assert_eq!(
            read("PIN[secret]\n1111 at [ip].", &[]),
            read(text, &[(3, 12, "[secret]"), (21, 29, "[ip]")])
        );
        assert_eq!(gaps(text, &Taken::default()), [(0, text.len())]);
    }

    #[test]
    fn a_mask_is_known_in_its_brackets_only() {
        let mut taken = Taken::default();
        taken.settle();
        let masks: Vec<_> = words("[secret] secret [ip", &taken)
            .iter()
            .map(|word| word.mask)
            .collect();
        assert_eq!(masks, [Some("[secret]"), None, None]);
    }
}
