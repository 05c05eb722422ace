//! Whether an opening "so" or "no" is a filler to a goal ("so I need …", "No, I said
//! …") or a word the sentence needs ("So frustrating", "No one told me").

use super::DONE_MARKS;

/// Words after which an opening "so" is a filler ("so I need …", "so can you …", "ok so
/// what now"), not "so" that says how much ("So frustrating, can you …", "so far so
/// good", "so sorry"): lower case.
const AFTER_FILLER_SO: &[&str] = &[
    "a",
    "an",
    "anyway",
    "are",
    "basically",
    "can",
    "could",
    "did",
    "do",
    "does",
    "get",
    "he",
    "how",
    "i",
    "i'd",
    "i'll",
    "i'm",
    "i've",
    "if",
    "im",
    "is",
    "it",
    "it's",
    "its",
    "just",
    "let's",
    "lets",
    "my",
    "no",
    "now",
    "ok",
    "okay",
    "our",
    "please",
    "she",
    "that",
    "the",
    "then",
    "there",
    "they",
    "this",
    "um",
    "uh",
    "was",
    "we",
    "what",
    "what's",
    "whats",
    "when",
    "where",
    "who",
    "why",
    "will",
    "would",
    "yeah",
    "yes",
    "you",
    "your",
];

/// Whether "so" followed by `after` is a filler: before a comma, at the end, or before a
/// word of [`AFTER_FILLER_SO`].
pub(super) fn so_is_filler(after: &str) -> bool {
    let after = after.trim_start();
    if after.is_empty() || after.starts_with([',', '.', '!', '-', ':', ';']) {
        return true;
    }
    let end = after
        .find(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .unwrap_or(after.len());
    let word = after[..end].to_lowercase().replace('\u{2019}', "'");
    AFTER_FILLER_SO.contains(&word.as_str())
}

/// Whether "no" followed by `after` is the answer word, a filler to the goal: before a
/// mark or at the end ("No, I said …", "No."), before a word after which "so" is one
/// ([`so_is_filler`]: "No I need …", "No it was …"), or before thanks or an apology ("No
/// thanks, can you …", "No sorry I misspoke": STAR star-6388). Not "no" before a noun,
/// which the sentence needs: "No one told me …" was cut to "One told me …"; "No way",
/// "No idea", "No refund came" keep it.
pub(in super::super) fn no_is_filler(after: &str) -> bool {
    let word = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    // "No wait, …" but not "No wait time was shown", "No wait list" (a review found
    // them cut).
    if word.eq_ignore_ascii_case("wait") {
        return after.trim_start()[4..].trim_start().starts_with(DONE_MARKS);
    }
    so_is_filler(after) || AFTER_ANSWER_NO.iter().any(|t| word.eq_ignore_ascii_case(t))
}

/// Words after which an opening "no" is the answer word, besides [`so_is_filler`]'s:
/// thanks and apologies, a greeting, an address, and the words that go on from an answer
/// without a comma, as chat writes it ("No hi, I need …", "No actually I want …", "No
/// wait, …", "No sir, …", "No thats not it"; a review found these kept "No" once it was
/// kept before a noun).
const AFTER_ANSWER_NO: &[&str] = &[
    "thanks", "thank", "thx", "sorry", "hi", "hello", "hey", "actually", "but", "because", "wait",
    "not", "sir", "maam", "ma'am", "madam", "really", "that", "thats", "that's", "well", "ok",
    "okay", "please", "just", "nope", "no",
];
