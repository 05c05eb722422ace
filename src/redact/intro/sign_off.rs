//! What ends a sign-off's name and what follows a sign-off without being one: the text
//! after a name read after "Thanks," or "Regards," → whether it ends the message, or its
//! sentence, clause or line; a word and the one after it → whether they are a courtesy
//! ("Take Care"). Tells; the sign-offs themselves are `intro.rs`'s, the name before
//! what ends it `named_before.rs`'s.

use super::word_after;

/// Whether `rest`, what follows a name after a sign-off, is the end of the message: only
/// spaces, full stops and exclamation marks.
pub(super) fn ends_the_message(rest: &str) -> bool {
    rest.chars()
        .all(|c| c.is_whitespace() || matches!(c, '.' | '!'))
}

/// Whether `rest`, what follows a name after a sign-off, ends its sentence, its clause or
/// its line: a full stop, an exclamation mark, a question mark or a semicolon and a space
/// or the end ("Thanks, Ana de la Cruz. I want a human", "Thanks, Ana Lopez? I want a
/// human", "Thanks, Ana Lopez; I want a human": a review found the last two shown), a
/// dash with a space each side ("Thanks, Ana Lopez - I want a human"), an en or em dash
/// glued to the word after it ("Thanks, Ana Lopez—I want a human"), or a line break
/// ("Regards,\nTyler Jones\nSent from my phone").
pub(super) fn ends_a_sentence(rest: &str) -> bool {
    let spaced = rest.starts_with([' ', '\t']);
    let rest = rest.trim_start_matches([' ', '\t']);
    let after = rest.trim_start_matches(['.', '!', '?', ';']);
    // An en or em dash ends a clause glued to the words too ("Ana Lopez—I want a
    // human"); a hyphen glued is inside a word ("Lopez-Garcia").
    let dash = rest.strip_prefix(['-', '–', '—']).is_some_and(|after| {
        (spaced && after.starts_with(char::is_whitespace))
            || (!spaced && !rest.starts_with('-') && after.starts_with(char::is_alphabetic))
    });
    (after.len() < rest.len() && (after.is_empty() || after.starts_with(char::is_whitespace)))
        || dash
        || rest.starts_with(['\n', '\r'])
}

/// Sign-offs and courtesies of two words, in lower case: capitalised after a sign-off or
/// a title ("Thank You Dr Best Wishes", "Thanks Take Care"), they name no one.
const COURTESIES: &[&str] = &[
    "all best",
    "best regards",
    "best wishes",
    "god bless",
    "good afternoon",
    "good day",
    "good evening",
    "good luck",
    "good morning",
    "good night",
    "happy holidays",
    "kind regards",
    "kindest regards",
    "many thanks",
    "merry christmas",
    "much appreciated",
    "stay safe",
    "take care",
    "thanks again",
    "warm regards",
    "warmest regards",
    "yours sincerely",
    "yours truly",
];

/// Whether the word `text[start..end]` and the one after it (past a single space) are
/// one of [`COURTESIES`].
pub(in crate::redact) fn courtesy(text: &str, start: usize, end: usize) -> bool {
    word_after(text, end).is_some_and(|(s, e)| {
        let phrase = format!("{} {}", &text[start..end], &text[s..e]).to_lowercase();
        COURTESIES.contains(&phrase.as_str())
    })
}
