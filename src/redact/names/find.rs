//! Where a customer's names are in a text: [`Names`] and a text → the spans of the words
//! of the names (a possessive keeps its tail), of the values masked whole, of a surname
//! given in lower case after a word of the names, of a name given in that very text, of
//! an initial alone after the title of a name given ("Dr. P." after "Dr. Patel"), in
//! order and apart; not a name that is a common word where it reads as that word ("Will
//! you call?" after "Dr. Will"). Puts together what each finder finds (the words and
//! values as written: `find/words.rs`; the introductions and titles: `intro`). Finds;
//! what is masked is `mod.rs`'s choice.

use super::{Names, fold, is_common_english, is_hyphen};
use crate::redact::intro::{
    before_a_persons_verb, glued_whole, initials_after_titles, introduced, slips_inside,
    word_after, words_after_titles,
};

mod words;
pub(in crate::redact) use words::find_ascii_caseless;

impl Names {
    /// `text` with every word of these names masked; borrowed when there was none.
    #[cfg(test)]
    pub(in crate::redact) fn mask<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        let spans: Vec<(usize, usize, &str)> = self
            .spans(text)
            .into_iter()
            .map(|(s, e)| (s, e, crate::redact::NAME_MASK))
            .collect();
        crate::redact::apply(text, &spans)
    }

    /// Where the words of these names are in `text`, in order and apart. A word runs
    /// over letters, digits, combining marks and inner apostrophes ("O'Brien"); a
    /// possessive keeps its tail ("Chen's" → "\[name\]'s").
    pub(in crate::redact) fn spans(&self, text: &str) -> Vec<(usize, usize)> {
        let mut out = self.whole_spans(text);
        let wholes = out.len();
        let apart = |out: &[(usize, usize)], (start, end): (usize, usize)| {
            !out[..wholes].iter().any(|&(a, b)| start < b && a < end)
                && out[wholes..].last().is_none_or(|&(_, b)| b <= start)
        };
        for span in self.word_spans(text) {
            if apart(&out, span) {
                out.push(span);
                // "Brian white": a surname given in lower case, after a word of the name.
                if let Some(surname) = self.surname_after(text, span.1)
                    && apart(&out, surname)
                {
                    out.push(surname);
                }
            }
        }
        // A name given in this very text is masked there whatever its case ("my name is
        // will"), as is one after a title in anyone's words ("Dr. Lee has no slot").
        let found = out.len();
        // A name given in lower case in this very reply ("it's mark"): comparing the
        // texts stops at their lengths but for the reply itself. The spans so far stand
        // apart, so sorted their ends rise too, and the given ones, sorted too: a binary
        // search and the last end tell an overlap (a scan of all for each was
        // quadratic in a reply of thousands).
        let replies: Vec<usize> = (self.given_texts.iter().enumerate())
            .filter(|(_, reply)| reply.as_str() == text)
            .map(|(i, _)| i)
            .collect();
        if !replies.is_empty() {
            let mut so_far = out.clone();
            so_far.sort_unstable();
            let mut given: Vec<(usize, usize)> = (self.given.iter())
                .filter(|(reply, _, _)| replies.contains(reply))
                .map(|&(_, start, end)| (start, end))
                .collect();
            if replies.len() > 1 {
                given.sort_unstable();
            }
            let mut last_end = 0;
            for (start, end) in given {
                let i = so_far.partition_point(|&(a, _)| a < end);
                let overlaps = i > 0 && so_far[i - 1].1 > start;
                if !overlaps && start >= last_end {
                    out.push((start, end));
                    last_end = end;
                }
            }
        }
        // Introductions can overlap each other too ("my name is Ms Carter" names "Ms
        // Carter", and its title "Carter" again): each span is kept once. The spans so
        // far stand apart, so sorted their ends rise too: one binary search tells whether
        // an introduction overlaps any (a scan of them all for each made a text of
        // thousands of "my name is Tyler" quadratic).
        let mut introductions = introduced(text, false);
        let mut before = if introductions.is_empty() {
            Vec::new()
        } else {
            out.clone()
        };
        before.sort_unstable();
        let overlaps_before = |start: usize, end: usize| {
            let i = before.partition_point(|&(a, _)| a < end);
            i > 0 && before[i - 1].1 > start
        };
        // A name the text gives with a slip of punctuation or a hyphen inside ("Dr Al;exis",
        // "Dr Mary-jane") is masked whole, over the parts of it already found ("Al",
        // "Mary").
        let mut grown = Vec::new();
        introductions.sort_by_key(|&(start, _, _)| start);
        let mut kept_end = 0;
        for (start, end, _) in introductions {
            if start >= kept_end && !overlaps_before(start, end) {
                out.push((start, end));
                kept_end = end;
            } else if start >= kept_end
                && text[start..end].contains(|c| slips_inside(c) || is_hyphen(c))
            {
                grown.push((start, end));
                kept_end = end;
            }
        }
        // "Dr. P." after "Dr. Patel": an initial alone after the title of a name given.
        if !self.titled.is_empty() && self.holds_titled_letter(text) {
            for (start, end, pair) in initials_after_titles(text) {
                if self.titled.binary_search(&pair).is_ok()
                    && !out.iter().any(|&(a, b)| start < b && a < end)
                {
                    out.push((start, end));
                }
            }
        }
        // "Mr. Clean" after "Mr. Clean is my landlord": a brand's name said to be someone.
        let holds = |(_, word): &(String, String)| find_ascii_caseless(text, word, 0).is_some();
        if self.titled_words.iter().any(holds) {
            for (start, end, pair) in words_after_titles(text) {
                if self.titled_words.contains(&pair)
                    && !out.iter().any(|&(a, b)| start < b && a < end)
                {
                    out.push((start, end));
                }
            }
            // "Clean rang again" after "Mr. Clean called me": alone, capitalised, before
            // a person's verb.
            for (_, word) in &self.titled_words {
                let mut from = 0;
                while let Some(start) = find_ascii_caseless(text, word, from) {
                    let end = start + word.len();
                    from = end;
                    let apart = !text[..start].ends_with(|c: char| c.is_alphanumeric())
                        && !text[end..].starts_with(|c: char| c.is_alphanumeric());
                    if apart
                        && text[start..].starts_with(char::is_uppercase)
                        && before_a_persons_verb(text, end)
                        && !out.iter().any(|&(a, b)| start < b && a < end)
                    {
                        out.push((start, end));
                    }
                }
            }
        }
        if out.len() > found || wholes > 0 {
            out.sort_unstable();
        }
        for (start, end) in grown {
            grow(&mut out, start, end);
        }
        // "al;exis" after "dr al;exis": a word of the names glued to more letters by a
        // slip of punctuation is masked with them.
        glued_whole(text, &mut out);
        joined_by_hyphens(text, &mut out);
        out
    }

    /// Whether `text` holds the letter of a name given after a title alone, a capital
    /// or a small letter between what is no letter or digit ("P" of "Dr. P.", "p" of
    /// "dr p"): a quick look before the
    /// titles' pattern, which most texts of a conversation that named "Dr. Patel" hold.
    fn holds_titled_letter(&self, text: &str) -> bool {
        let mut previous = ' ';
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            // "dr p said so": in lower case too, but "a" and "i" with their full stop
            // only, as `initials_after_titles` takes them (the words are everywhere).
            let lower =
                c.is_ascii_lowercase() && (!matches!(c, 'a' | 'i') || chars.peek() == Some(&'.'));
            if (c.is_uppercase() || lower)
                && !previous.is_alphanumeric()
                && !chars.peek().is_some_and(|next| next.is_alphanumeric())
                && self
                    .titled
                    .iter()
                    .any(|&(_, letter)| letter == c.to_ascii_uppercase())
            {
                return true;
            }
            previous = c;
        }
        false
    }

    /// Where a surname the customer gave in lower case is in `text` right after a word of
    /// the names ending at `end` ("white" in "Brian white"), if it is.
    fn surname_after(&self, text: &str, end: usize) -> Option<(usize, usize)> {
        if self.surnames.is_empty() {
            return None;
        }
        let (start, end) = word_after(text, end)?;
        let word = &text[start..end];
        let folded = if word.is_ascii() {
            word.to_ascii_lowercase()
        } else {
            fold(word)
        };
        self.surnames
            .binary_search(&folded)
            .is_ok()
            .then_some((start, end))
    }
}

/// `spans` (in order, apart) with `(start, end)` in them, made one with those it
/// overlaps.
fn grow(spans: &mut Vec<(usize, usize)>, start: usize, end: usize) {
    let first = spans.partition_point(|&(_, b)| b <= start);
    let overlapped = spans[first..].partition_point(|&(a, _)| a < end);
    let (start, end) = spans[first..first + overlapped]
        .iter()
        .fold((start, end), |(s, e), &(a, b)| (s.min(a), e.max(b)));
    spans.splice(first..first + overlapped, [(start, end)]);
}

/// `spans` (in order, apart) with those that a hyphen alone parts made one: a hyphenated
/// name is masked whole ("Mary-Jane" is "\[name\]", not "\[name\]-\[name\]"), which
/// tells no more of it than any name.
///
/// A word a hyphen joins to a name is masked with it too if it is no common English word
/// ("okafor-smith" after "Mr. Okafor": a review found "\[name\]-smith", the rest of a
/// double-barrelled surname shown; "\[name\]-style pasta", "Nurse-\[name\]" keep theirs).
fn joined_by_hyphens(text: &str, spans: &mut Vec<(usize, usize)>) {
    let letters_from = |at: usize| {
        text[at..]
            .find(|c: char| !c.is_alphabetic())
            .map_or(text.len(), |i| at + i)
    };
    for span in spans.iter_mut() {
        let mut after = text[span.1..].chars();
        if after.next().is_some_and(is_hyphen) && after.next().is_some_and(char::is_alphabetic) {
            let from = span.1 + text[span.1..].chars().next().map_or(1, char::len_utf8);
            let end = letters_from(from);
            if !is_common_english(&fold(&text[from..end])) {
                span.1 = end;
            }
        }
        let before = &text[..span.0];
        if let Some(hyphen) = before.chars().next_back().filter(|&c| is_hyphen(c)) {
            let head = &before[..before.len() - hyphen.len_utf8()];
            let word = head.len()
                - head
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphabetic())
                    .map(char::len_utf8)
                    .sum::<usize>();
            if word < head.len() && !is_common_english(&fold(&head[word..])) {
                span.0 = word;
            }
        }
    }
    // Grown, two spans may overlap ("Mary-Jane" with both masked): one.
    spans.dedup_by(|next, kept| {
        if next.0 < kept.1 {
            kept.1 = kept.1.max(next.1);
            return true;
        }
        let mut between = text[kept.1..next.0].chars();
        let joined = between.next().is_some_and(is_hyphen) && between.next().is_none();
        if joined {
            kept.1 = next.1;
        }
        joined
    });
}
