//! A surname in lower case after a title of office written in lower case ("judge okafor
//! ruled", "my doctor patel said", "reverend al sharpton spoke", "señora lopez"; a
//! Spanish title capitalised too, "Señor garcia called"): a text
//! and where the title ends → the words of the name, only where the sentence says a
//! person is named. Tells; which title and how it is written is `word_titles.rs`'s.
//!
//! These titles are nouns far more often than titles, and a word after them that the
//! common English words lack is as often a verb, a slip of typing or a drug ("the doctor
//! stitched", "my doctor sayd", "my doctor metformin refill") as a surname: a list of
//! words cannot tell them apart (a broad rule masked 14 % of STAR's packets and 7 of 50
//! ordinary sentences). So the word must be no common English word, no verb's or
//! adverb's form and no slip of a common word, and what follows must say a person is
//! named: a verb of what a person said or did ("okafor ruled", "patel told me"), a
//! possessive ("okafor's courtroom"), or the end of the text or of a clause where no
//! "the", "my" or "a" makes the title a noun ("judge okafor", "señora lopez, please").
//! Two such words before such a verb are a given name and a surname ("reverend jesse
//! jackson spoke", "reverend al sharpton spoke").

use super::super::words::{NOT_A_NAME, everyday, is_service, word_after, word_at};
use super::super::{Cue, is_common_english};
use super::lower_case::a_noun;
use super::names_a_thing;
use crate::redact::intro::possessive_stem;
use crate::redact::names::NOT_SURNAMES;

/// The titles of office and the Spanish titles, in lower case, that this reads.
const OFFICE: &[&str] = &["doctor", "judge", "reverend", "señor", "señora", "señorita"];

/// Verbs of what a person said or did, after a name ("judge okafor ruled", "my doctor
/// patel told me"): no drug, slip or visit is followed by one. Sorted.
const PERSON_DID: &[&str] = &[
    "agreed",
    "asked",
    "asks",
    "called",
    "calls",
    "emailed",
    "explained",
    "gave",
    "mentioned",
    "prescribed",
    "recommended",
    "replied",
    "ruled",
    "said",
    "says",
    "sent",
    "sentenced",
    "signed",
    "spoke",
    "suggested",
    "tells",
    "texted",
    "thinks",
    "told",
    "wants",
    "will",
    "wrote",
];

/// Whether `title` (in lower case) is one of [`OFFICE`].
pub(super) fn is_office(title: &str) -> bool {
    OFFICE.contains(&title)
}

/// The surname, and a given name before it, in lower case at `at` after the title of
/// office starting at `title_start` in `text` written in lower case, into `out` as
/// [`Cue::Title`]: only as the module says.
pub(super) fn surname_after_office(
    text: &str,
    title_start: usize,
    at: usize,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    let Some((start, end)) = word_at(text, at) else {
        return;
    };
    let (first, possessive) = stem(&text[start..end]);
    let first_end = start + first.len();
    if may_be_surname(first)
        && (possessive
            || person_did(text, first_end)
            || (ends_a_clause(text, first_end) && !a_noun(text, title_start)))
    {
        out.push((start, first_end, Cue::Title));
        return;
    }
    // "reverend al sharpton spoke": a given name (of two letters or more) and a
    // surname, before a verb or as a possessive only.
    if possessive || !(first.chars().count() >= 2 && first.chars().all(char::is_lowercase)) {
        return;
    }
    let Some((second, second_end)) = word_after(text, first_end) else {
        return;
    };
    let (surname, possessive) = stem(&text[second..second_end]);
    let surname_end = second + surname.len();
    if !is_common_english(first)
        && may_be_surname(surname)
        && (possessive || person_did(text, surname_end))
    {
        out.push((start, first_end, Cue::Title));
        out.push((second, surname_end, Cue::Title));
    }
}

/// `word` without its "'s", and whether it had one.
fn stem(word: &str) -> (&str, bool) {
    possessive_stem(word).map_or((word, false), |stem| (stem, true))
}

/// Whether `word` may be a surname in lower case after a title of office: letters in
/// lower case only, three or more, no common English word, none of the words chats put
/// after a name or a title that the common words lack ("asap", "pls", "appt", "tmrw"),
/// no service, no verb's or adverb's form ("-ed", "-ing", "-ly": "stitched",
/// "rescheduling"), no plural of a common word and, of six letters or more, no slip of a
/// common word ("definately", "presciption": a short surname is often one letter from a
/// word, "patel" from "pastel").
fn may_be_surname(word: &str) -> bool {
    let letters = word.chars().count();
    letters >= 3
        && word.chars().all(char::is_lowercase)
        && !is_common_english(word)
        && NOT_SURNAMES.binary_search(&word).is_err()
        && !NOT_A_NAME.contains(&word)
        && !everyday(word)
        && !is_service(word)
        && !names_a_thing(word)
        && !["ed", "ing", "ly"].iter().any(|end| word.ends_with(end))
        && !word.strip_suffix('s').is_some_and(is_common_english)
        && (letters < 6 || !slip_of_a_word(word))
}

/// Whether `word` is one slip of typing from a common English word: a letter dropped,
/// added, swapped with the next or hit for another.
fn slip_of_a_word(word: &str) -> bool {
    let chars: Vec<char> = word.chars().collect();
    let is_word = |candidate: &[char]| is_common_english(&candidate.iter().collect::<String>());
    let mut buffer = Vec::with_capacity(chars.len() + 1);
    for i in 0..=chars.len() {
        for letter in 'a'..='z' {
            // Added: the word with `letter` put at `i`.
            buffer.clear();
            buffer.extend_from_slice(&chars[..i]);
            buffer.push(letter);
            buffer.extend_from_slice(&chars[i..]);
            if is_word(&buffer) {
                return true;
            }
            // Hit for another: `letter` in place of the letter at `i`.
            if i < chars.len() && chars[i] != letter {
                buffer.remove(i + 1);
                buffer[i] = letter;
                if is_word(&buffer) {
                    return true;
                }
            }
        }
        if i < chars.len() {
            // Dropped: the word without the letter at `i`.
            buffer.clear();
            buffer.extend_from_slice(&chars[..i]);
            buffer.extend_from_slice(&chars[i + 1..]);
            if is_word(&buffer) {
                return true;
            }
        }
        if i + 1 < chars.len() {
            // Swapped with the next.
            buffer.clear();
            buffer.extend_from_slice(&chars);
            buffer.swap(i, i + 1);
            if is_word(&buffer) {
                return true;
            }
        }
    }
    false
}

/// Whether the word after `end` in `text` (past one space) is one of [`PERSON_DID`].
fn person_did(text: &str, end: usize) -> bool {
    word_after(text, end).is_some_and(|(s, e)| PERSON_DID.binary_search(&&text[s..e]).is_ok())
}

/// Whether the text or a clause ends at `end`: nothing but spaces after it, or a
/// punctuation mark.
fn ends_a_clause(text: &str, end: usize) -> bool {
    let rest = text[end..].trim_start_matches([' ', '\t']);
    rest.is_empty() || rest.starts_with(['.', ',', '!', '?', ';', ':', ')', '\n'])
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_verbs_are_sorted() {
        assert!(super::PERSON_DID.is_sorted());
    }

    #[test]
    fn a_slip_is_one_letter_from_a_common_word() {
        for slip in ["definately", "presciption", "recomend", "appointmnet"] {
            assert!(super::slip_of_a_word(slip), "{slip}");
        }
        for surname in ["okafor", "sharpton", "garcia", "jackson"] {
            assert!(!super::slip_of_a_word(surname), "{surname}");
        }
    }
}
