//! Codes near the word that names them, as chats say them: a text → the spans of the
//! numbers a few words after "PIN", "passcode" or "code", across the end of a sentence
//! ("my PIN. I think it's 9431 but it could be 3941", "I have a pin - is that useful
//! for you? 0314", "the PIN was 1596 or 9431? Try 0314 first"), or just before it
//! ("Can you try 9431 or 3941 for the PIN?", "7402 is my pin", "It was either 7402 or
//! 9503, my PIN"). What `secret.rs`'s pattern left; a number after another thing's
//! label ("my PIN, and my order 123456") or of a thing's code ("zip code 90210") stays.

use std::sync::LazyLock;

use regex::Regex;

use super::Kind;
use super::as_masked::{self, Word};
use super::labels::is_label;
use super::taken::Taken;
use super::written::year_of_time;

mod numbers;
pub(super) use numbers::names_a_secret;
pub(in crate::redact) use numbers::part_of_a_number;
use numbers::{OTHER_LABELS, code_run, is_code_word, is_year, run_start};

/// The words that name a code.
static CODE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?:pins?|pass\s?codes?|codes?)(?-u:\b)")
        .expect("the code word pattern is valid")
});

/// How many words after the code's word a number may be ("PIN", "passcode"; "code",
/// which names more things, fewer), and after a number another.
const AFTER: usize = 8;
const AFTER_CODE: usize = 5;
const AFTER_ANOTHER: usize = 5;

/// Words that may stand between a number and the code's word after it ("9431 or 3941
/// for the PIN", "7402 is my pin", "9503, my PIN"). Sorted.
const BEFORE_WORDS: &[&str] = &[
    "a", "actual", "and", "as", "be", "correct", "current", "either", "for", "is", "it", "it's",
    "its", "it’s", "my", "new", "old", "or", "that's", "thats", "that’s", "the", "try", "was",
    "would", "your",
];

/// How many words before the code's word a number may be, and before a number another.
const BEFORE: usize = 4;

/// Takes the spans of the numbers near a code's word that no span taken overlaps. The
/// text is read as its masked text will be ([`as_masked`]): a span taken is one word, its
/// mask's, and the words beside it end there, so that a second pass over the masked text
/// finds nothing the first did not (`PIN4111 1111\n1111` is `PIN[secret]\n[secret]`).
pub(super) fn spans(text: &str, taken: &mut Taken) {
    spans_walking(text, taken, false);
}

/// [`spans`], each code's word walked from a clean slate when `apart` (what sharing
/// the walks is tested against).
fn spans_walking(text: &str, taken: &mut Taken, apart: bool) {
    taken.settle();
    let secret = Kind::Secret.mask();
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut words: Option<Vec<Word>> = None;
    // The states each word was walked in, after a code's word and before one: a walk
    // that reaches a word in a state another reached it in finds what that one found
    // from there, and stops. A text of thousands of codes' words, each walk running
    // to its end ("What is your PIN? 0001 What is your PIN? 0002 …"), took time
    // growing with its square.
    let mut walked: Vec<Walked> = Vec::new();
    for (from, to) in as_masked::gaps(text, taken) {
        let room = &text[from..to];
        for code in CODE_WORD.find_iter(room) {
            if !names_a_secret(room, code.start(), code.as_str()) {
                continue;
            }
            let words = words.get_or_insert_with(|| as_masked::words(text, taken));
            if walked.is_empty() || apart {
                walked.clear();
                walked.resize(words.len(), Walked::default());
            }
            let code_end = from + code.end();
            let next = words.partition_point(|word| word.start < code_end);
            let left = if code.as_str().to_ascii_lowercase().starts_with("code") {
                AFTER_CODE
            } else {
                AFTER
            };
            after(text, words, next, left, &mut walked, &mut found);
            let end = next.saturating_sub(1);
            before(text, &words[..end], &mut walked[..end], &mut found);
        }
    }
    // A code said again in the same text ("the code was 031431, like that old song!
    // 031431!"), once one was found.
    let mut codes: Vec<&str> = taken
        .overlapping(0, text.len())
        .filter(|&(_, _, mask)| mask == secret)
        .chain(found.iter().map(|&(a, b)| (a, b, secret)))
        .map(|(a, b, _)| &text[a..b])
        .filter(|code| code.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    if !codes.is_empty() {
        codes.sort_unstable();
        codes.dedup();
        let words = words.get_or_insert_with(|| as_masked::words(text, taken));
        for word in words.iter() {
            if word.mask.is_none()
                && codes.binary_search(&&text[word.start..word.end]).is_ok()
                && is_code_word(text, word)
            {
                found.push((word.start, word.end));
            }
        }
    }
    found.sort_unstable();
    found.dedup();
    for (start, end) in found {
        if !taken.overlaps(start, end) {
            taken.push((start, end, secret));
        }
    }
    taken.settle();
}

/// The states a word was walked in ([`after`], [`before`]): one bit for each.
#[derive(Clone, Copy, Default)]
struct Walked {
    /// After a code's word: bit `2 * left + given`.
    after: u32,
    /// Before one, past its first word: bit `left`.
    before: u8,
}

const _: () = assert!(2 * AFTER + 1 < 32 && 2 * AFTER_CODE + 1 < 32 && 2 * AFTER_ANOTHER + 1 < 32);
const _: () = assert!(BEFORE < 8);

/// Whether the walk in `state` (a bit) walked `flags` before; marks it walked.
fn walked_before<T>(flags: &mut T, state: T) -> bool
where
    T: Copy + std::ops::BitAnd<Output = T> + std::ops::BitOrAssign + PartialEq + Default,
{
    let seen = *flags & state != T::default();
    *flags |= state;
    seen
}

/// Finds the numbers among `words` from the one at `from`, those after a code's word,
/// up to `left` words on and as many after each number found, until another thing's
/// label. Stops at a word `walked` in the same state before: what follows was found.
fn after(
    text: &str,
    words: &[Word],
    from: usize,
    mut left: usize,
    walked: &mut [Walked],
    found: &mut Vec<(usize, usize)>,
) {
    let mut given = false;
    let mut i = from;
    while let Some(word) = words.get(i) {
        if walked_before(&mut walked[i].after, 1 << (2 * left + usize::from(given))) {
            break;
        }
        i += 1;
        if left == 0 {
            break;
        }
        // A code written in groups ("12 34 56 78 9"): one number, masked whole.
        if let Some((end, groups)) = code_run(text, &words[i - 1..]) {
            found.push((word.start, end));
            i += groups - 1;
            left = AFTER_ANOTHER;
            given = true;
            continue;
        }
        match word.mask {
            // A code given (masked already, or to be): more may follow it.
            Some(mask) if mask == Kind::Secret.mask() => {
                left = AFTER_ANOTHER;
                given = true;
                continue;
            }
            // Another thing's number: one word, as its mask is, that names nothing
            // ("[phone]" is no label: "PIN for 555 123 4567 then 9431" gives the code).
            Some(_) => {
                left -= 1;
                continue;
            }
            None if is_code_word(text, word) => {
                // After a code, a year is one only as another choice ("either 1596 or
                // 2019"): "My PIN is 1234. And 2019 is when I opened it".
                let room = &text[word.room.0..word.room.1];
                let number = &text[word.start..word.end];
                if (given && is_year(number) && !offered(room, word.start - word.room.0))
                    || year_of_time(room, word.start - word.room.0, word.end - word.room.0)
                {
                    left -= 1;
                    continue;
                }
                found.push((word.start, word.end));
                left = AFTER_ANOTHER;
                given = true;
                continue;
            }
            None => {}
        }
        if is_label(&word.lower(text), OTHER_LABELS) {
            break;
        }
        left -= 1;
    }
}

/// Finds the numbers among `words`, those before a code's word, each within a few words
/// of it or of the number after it, those words all ones that may stand there. Stops at
/// a word `walked` in the same state before (past the first, whose next word the slice
/// leaves out): what precedes it was found.
fn before(text: &str, words: &[Word], walked: &mut [Walked], found: &mut Vec<(usize, usize)>) {
    let mut left = BEFORE;
    let mut i = words.len();
    while i > 0 {
        i -= 1;
        if i + 1 < words.len() && walked_before(&mut walked[i].before, 1 << left) {
            break;
        }
        let word = &words[i];
        if left == 0 || word.mask.is_some() || sentence_ends(text, word, words.get(i + 1)) {
            break;
        }
        // A code written in groups ("12 34 56 78 9 is my pin"), from its first group.
        if let Some(first) = run_start(text, words, i)
            && let Some((end, _)) = code_run(text, &words[first..])
            && end == word.end
        {
            found.push((words[first].start, end));
            i = first;
            left = BEFORE;
            continue;
        }
        if is_code_word(text, word) {
            // Not another thing's number in its sentence ("Account number is 95381901
            // and PIN is 1234"), nor one longer than a PIN.
            let from = i.saturating_sub(3);
            let label = (from..i).any(|j| {
                is_label(&words[j].lower(text), OTHER_LABELS)
                    && !words[j..=i]
                        .windows(2)
                        .any(|pair| text[pair[0].end..pair[1].start].contains(['.', '!', '?', ';']))
            });
            if label || word.end - word.start > 6 {
                break;
            }
            found.push((word.start, word.end));
            left = BEFORE;
            continue;
        }
        let lower = word.lower(text);
        if BEFORE_WORDS.binary_search(&lower.as_str()).is_err() {
            break;
        }
        left -= 1;
    }
}

/// Whether a sentence ends between `word` and `next` ("in 2019. 1234 is my pin"): a
/// number before it is no code the code's word after it names.
fn sentence_ends(text: &str, word: &Word, next: Option<&Word>) -> bool {
    next.is_some_and(|next| {
        let between = &text[word.end..next.start];
        between.contains(['.', '!', '?']) && between.contains(char::is_whitespace)
    })
}

/// Whether the word before `at` offers a number as another choice: "or", "either",
/// "try", "maybe", "perhaps".
fn offered(text: &str, at: usize) -> bool {
    let word = super::word_before(text, at, char::is_whitespace).to_lowercase();
    matches!(word.as_str(), "or" | "either" | "try" | "maybe" | "perhaps")
}

#[cfg(test)]
mod tests;
