//! Security answers given before the words that announce them: a text and a cue found
//! in it → the span of the answer said to be what the cue names ("Wong is mama's
//! maiden", "Buster was my first pet's name", "Leeds was my memorable place"). Finds;
//! the cues are `security.rs`'s, and so is what an answer may be (`answer_word`).

use std::sync::LazyLock;

use regex::Regex;

/// The end of a text before a cue: a word, "is" or "was", then up to three words saying
/// whose ("my", "mama's", "my mother's", "our first"). The answer is the group.
static SAID_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\A|[^\p{L}\p{M}'’-])(\p{L}[\p{L}\p{M}'’-]*)\s+(?:is|was|=)\s+(?:(?:my|our|his|her|their|the|first|old|childhood|family|late|dear|\p{L}+['’]s|\p{L}+s['’]?)\s+){0,3}\z",
    )
    .expect("the security answer-before pattern is valid")
});

/// Whether a cue (in lower case) names what an answer is, so that a word said to be it
/// before it is one: "maiden", "maiden name", "pet's name", "first pet", "childhood pet",
/// "memorable word"; not "pet" or "pets" alone ("Max is my pet" may be a dog's name said
/// in passing; "it was my pet" is none anyway), nor "security question".
pub(super) fn names_the_answer(cue: &str) -> bool {
    cue.ends_with("name")
        || cue.ends_with("maiden")
        || cue.starts_with("memorable")
        || ((cue.starts_with("first") || cue.starts_with("childhood")) && cue.ends_with("pet"))
}

/// The span of the answer before the cue that starts at `cue_start` in `text`, when
/// the words before the cue say a word is it ("Wong is mama's maiden"); none when that
/// word may be no answer (`is_answer`: "It was my first pet's name", "dog was my first
/// pet").
pub(super) fn answer_before(
    text: &str,
    cue_start: usize,
    is_answer: impl Fn(&str) -> bool,
) -> Option<(usize, usize)> {
    let before = &text[..cue_start];
    // Only the last few words can be the answer, its verb and whose: a long text is not
    // searched from its start for each cue.
    let from = before
        .char_indices()
        .rev()
        .filter(|&(_, c)| c.is_whitespace())
        .nth(6)
        .map_or(0, |(i, _)| i);
    let found = SAID_BEFORE.captures(&before[from..])?.get(1)?;
    let word = found.as_str().trim_end_matches(['\'', '’', '-']);
    is_answer(word).then(|| (from + found.start(), from + found.start() + word.len()))
}
