//! A reply to the bot's security question ("What was your mother's maiden name?", "And
//! what was the name of the pet you had as a child?"): the customer's reply → the
//! answers it gives, after the words that open a reply ("It was Sanchez", "Umm, Molly
//! maybe.", "Wong and Buddy", "smith"), each a credential (`[secret]`); none when the
//! reply says something else ("I can't remember", "No idea", "Why do you ask?"). Which
//! word may be an answer is `kinds/security.rs`'s.

use crate::redact::intro::{Spacing, lone_particle, particles_at};
use crate::redact::kinds::answer;
use crate::text::capitalised;

/// Words that open a reply before the answer: "It was", "I think it's", "Oh, maybe",
/// "Sure, that's", "Hmm, I believe it was", and its label ("Answer: Leeds", "answer -
/// Leeds"). Sorted, for a binary search.
/// "His name was Charlie", "Her maiden name was Wong", "She was called Molly".
const OPENERS: &[&str] = &[
    "ah", "answer", "believe", "called", "dear", "er", "erm", "geez", "gosh", "guess", "he",
    "hello", "her", "hey", "hi", "his", "hm", "hmm", "hmmm", "i", "i'm", "is", "it", "it's", "its",
    "just", "maiden", "maybe", "my", "name", "named", "oh", "ok", "okay", "perhaps", "pretty",
    "probably", "right", "she", "so", "sure", "that", "that's", "thats", "the", "think", "try",
    "uh", "um", "umm", "was", "well", "yea", "yeah", "yep", "yes", "yup",
];

/// Words that may follow an answer in its clause ("Molly the dog", "Molly maybe", "Nemo
/// like the fish", "Wong and Buddy", "Wilson I think"). Sorted.
const AFTER: &[&str] = &[
    "and", "as", "haha", "he", "i", "is", "like", "lol", "maybe", "or", "perhaps", "probably",
    "she", "the", "though", "too", "was",
];

/// Words a reply may open with where an answer would be, that are none ("Sorry?",
/// "Seriously?", "Great. Let me think"): capitalised, they would pass for a name. Those
/// that are none anywhere (`kinds/security.rs`'s `NOT_ANSWERS`: "Agent", "Skip") are
/// refused by [`answer`] too.
const REPLY_NOT_ANSWERS: &[&str] = &[
    "account",
    "alright",
    "cool",
    "correct",
    "excellent",
    "fine",
    "forgot",
    "great",
    "hang",
    "hold",
    "huh",
    "idk",
    "later",
    "nevermind",
    "nope",
    "pardon",
    "really",
    "seriously",
    "sorry",
    "thank",
    "thanks",
    "wait",
    "whatever",
];

/// The answers a reply to the bot's security question gives, in order: past the words
/// that open it, one or two words that may be an answer (`kinds::answer`), at the end of
/// the reply or of its clause or before a word that may follow one ([`AFTER`]), and more
/// after "and", "or" or a comma ("Wong and Buddy"); at most three.
pub(in crate::redact) fn security_reply(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = skip(text, 0);
    if let Some(word) = greeting_alone_that_may_answer(text, at) {
        return vec![word];
    }
    // Past the words that open the reply, and the clauses that only greet.
    loop {
        at = past_greetings(text, at);
        let Some(end) = word_end(text, at) else {
            break;
        };
        let lower = text[at..end].to_lowercase().replace('’', "'");
        if OPENERS.binary_search(&lower.as_str()).is_err() {
            break;
        }
        at = skip(text, end);
    }
    while out.len() < 3 {
        let Some(end) = word_end(text, at) else {
            break;
        };
        let lower = text[at..end].to_lowercase();
        if REPLY_NOT_ANSWERS.binary_search(&lower.as_str()).is_ok() {
            break;
        }
        let Some((start, end)) = particled_surname(text, at).or_else(|| answer(text, at)) else {
            break;
        };
        let rest = text[end..].trim_start_matches([' ', '\t']);
        let next = word_end(rest, 0).map(|e| rest[..e].to_lowercase());
        let ends = rest.is_empty() || !rest.starts_with(char::is_alphanumeric);
        let followed = next.is_some_and(|w| AFTER.binary_search(&w.as_str()).is_ok());
        if !(ends || followed) {
            break;
        }
        out.push((start, end));
        // Another answer after "and", "or" or a comma.
        let joined = rest
            .strip_prefix(',')
            .or_else(|| rest.strip_prefix("and "))
            .or_else(|| rest.strip_prefix("or "));
        match joined {
            Some(more) => at = skip(text, text.len() - more.len()),
            None => break,
        }
    }
    out
}

/// Greetings that may be a maiden name given alone, in lower case: no filler, chat word
/// or thank-you ("Ummm", "Okie", "Bruh", "Gracias": a review found them masked, and
/// remembered, when every greeting that is no common English word was one). Sorted.
const GREETINGS_THAT_MAY_ANSWER: &[&str] = &["aloha", "ciao", "howdy", "shalom"];

/// The word at `at` when it is all the reply says and one of
/// [`GREETINGS_THAT_MAY_ANSWER`] ("Aloha", "Howdy" in reply to "What is your mother's
/// maiden name?"): the answer, the safer reading, where the summary reads a greeting
/// (`summary::greets`) and a review found it shown. Any other greeting ("Morning",
/// "Hello", "Ummm") or one with more after it ("Aloha! I want a human") is no answer,
/// as before.
fn greeting_alone_that_may_answer(text: &str, at: usize) -> Option<(usize, usize)> {
    let end = word_end(text, at)?;
    let word = &text[at..end];
    let alone = text[end..]
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '.' | '!' | '?' | ','));
    (alone
        && GREETINGS_THAT_MAY_ANSWER
            .binary_search(&word.to_lowercase().as_str())
            .is_ok()
        && crate::redact::kinds::answer_word(word))
    .then_some((at, end))
}

/// A surname after its particles in lower case, at `at` ("de la Cruz", "van der Berg"
/// after "Morning!" in reply to a question for a maiden name: a review found it shown,
/// the particle no answer and the rest no word that may follow one): from the first
/// particle to the surname's end, one to three particles and a capitalised word that
/// may be an answer.
fn particled_surname(text: &str, at: usize) -> Option<(usize, usize)> {
    let run = particles_at(text, at, Spacing::Single, |(s, e), _| {
        lone_particle(&text[s..e]) && word_end(text, s) == Some(e)
    });
    let (start, _) = run.next.filter(|_| !run.words.is_empty())?;
    let end = word_end(text, start)?;
    let word = &text[start..end];
    (capitalised(word) && crate::redact::kinds::answer_word(word)).then_some((at, end))
}

/// Where the next word starts from `at`, past the clauses there that only greet (up to
/// a comma, a full stop, a line break…), as the summary reads a reply to a security
/// question (`summary::greets`: "Morning!", "Good evening all,", "Hello there."): a
/// greeting is no answer, however short. A review found "Morning! I want a human"
/// masked `[secret]! I want a human` where the summary took no answer.
///
/// A clause is looked at within [`GREETING_BYTES`] of where it starts: a greeting is a
/// few words ("Good morning everyone"), and a reply of a long run of openers ("ok ok ok
/// …", each read past here) is read in time of its length, not its square.
fn past_greetings(text: &str, mut at: usize) -> usize {
    loop {
        let rest = &text[at..];
        let mut window = rest.len().min(GREETING_BYTES);
        while !rest.is_char_boundary(window) {
            window -= 1;
        }
        let cut = rest[..window]
            .find([',', ';', '.', '!', '?', '\n', '\r'])
            .or((window == rest.len()).then_some(window));
        match cut {
            Some(cut) if cut > 0 && crate::summary::greets(&rest[..cut]) => {
                at = skip(text, at + cut);
            }
            _ => return at,
        }
    }
}

/// How far a clause that only greets is looked for ([`past_greetings`]), in bytes.
const GREETING_BYTES: usize = 64;

/// Where the next word starts from `at`, past spaces and punctuation.
fn skip(text: &str, at: usize) -> usize {
    text[at..]
        .find(|c: char| c.is_alphanumeric())
        .map_or(text.len(), |i| at + i)
}

/// Where the word at `at` (letters, digits and inner apostrophes) ends, if one starts
/// there.
fn word_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at..];
    if !rest.starts_with(char::is_alphanumeric) {
        return None;
    }
    let mut end = 0;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '\'' | '’' | '-')
            && chars
                .peek()
                .is_some_and(|&(_, next)| next.is_alphanumeric());
        if !(c.is_alphanumeric() || inner) {
            break;
        }
        end = i + c.len_utf8();
    }
    Some(at + end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(reply: &str) -> Vec<&str> {
        security_reply(reply)
            .into_iter()
            .map(|(s, e)| &reply[s..e])
            .collect()
    }

    #[test]
    fn the_lists_are_sorted() {
        for list in [OPENERS, AFTER, REPLY_NOT_ANSWERS] {
            assert!(list.windows(2).all(|pair| pair[0] < pair[1]), "{list:?}");
        }
    }

    /// Replies in STAR to "What was your mother's maiden name?" and
    /// "And what was the name of the pet you had as a child?".
    #[test]
    fn the_answers_a_reply_gives() {
        for (reply, expected) in [
            ("It was Sanchez", &["Sanchez"][..]),
            ("Toleman", &["Toleman"]),
            ("taylor", &["taylor"]),
            ("Poppy?", &["Poppy"]),
            ("It is Wong.", &["Wong"]),
            ("oh Jones", &["Jones"]),
            ("Um, Beulah Harris.", &["Beulah Harris"]),
            ("Umm, Molly maybe.", &["Molly"]),
            ("Wilson, I think.", &["Wilson"]),
            ("Molly the dog.", &["Molly"]),
            ("Nemo like the fish :)", &["Nemo"]),
            ("Poppy, she was the best!", &["Poppy"]),
            ("Wong and Buddy", &["Wong", "Buddy"]),
            ("maybe it was Sparky?", &["Sparky"]),
            ("Arugula-Louise", &["Arugula-Louise"]),
            ("Oh just try Molly. Does it work?", &["Molly"]),
            (
                "Charlie. I had him for 15 years. He was the best.",
                &["Charlie"],
            ),
            // After words about the answer.
            ("His name was Charlie.", &["Charlie"]),
            ("Her maiden name was Wong", &["Wong"]),
            ("She was called Molly", &["Molly"]),
            // After its label.
            ("Answer: Leeds", &["Leeds"]),
            ("answer - Leeds", &["Leeds"]),
            ("The answer is Leeds", &["Leeds"]),
            ("My answer is Leeds", &["Leeds"]),
            // After a greeting clause, the answer still.
            ("Morning! Rex", &["Rex"]),
            ("Good morning, it was Sanchez", &["Sanchez"]),
            // A clause longer than a greeting is read as before.
            (
                "Hello hello hello hello hello hello hello hello hello hello hello, Rex",
                &["Rex"],
            ),
        ] {
            assert_eq!(answers(reply), expected, "{reply:?}");
        }
    }

    /// A reply that gives no answer.
    #[test]
    fn replies_that_give_none() {
        for reply in [
            "I can't remember",
            "No idea",
            "I don't remember. That was way back",
            "Why do you ask for my pet's name?",
            "Oh geez I don't remember let me call my mom and ask her.",
            "That's a really weird question to ask someone you've just met.",
            "Account number? I guess I didn't contact you just to talk then.",
            "Sorry?",
            "Seriously?",
            "ok thanks for your help",
            "Please do not bring her into this.",
            "Should I bake the cake at 350 or 400 degrees?",
            "Great. Let me think",
            "It's [name].",
            "Wouldn't it be faster just to ask me my PIN?",
            // A greeting alone, however short: no answer, as the summary reads it.
            "Morning! I want a human",
            "Good evening all. I want a human",
            "Evening, I want a human",
            "Hacked. I want a human",
        ] {
            assert_eq!(answers(reply), Vec::<&str>::new(), "{reply:?}");
        }
    }
}
