//! Whether a full stop after an initial or a degree ends its sentence: the sentence
//! splitter's one question that needs words (a name, a common word). Takes the text
//! before and after the stop; gives yes or no. Anything not plainly a name or a degree
//! sequence splits, as any full stop does.

use crate::text::english::is_only_a_word;

/// Degree parts written with a full stop after an initial ("M. Sc.", "B. A.", "Ph.D."):
/// only in such a sequence is the stop no sentence's end ("an M. Sc. Physics certificate").
const DEGREE_PARTS: &[&str] = &[
    "A", "D", "Sc", "Eng", "Ed", "Phil", "Pharm", "Hons", "Com", "Arch", "Tech", "Mus",
];

/// Fields a degree is in, common words that go on after "M. Sc." ("M. Sc. Physics").
const FIELDS: &[&str] = &[
    "Physics",
    "Chemistry",
    "Biology",
    "Mathematics",
    "Maths",
    "Math",
    "Engineering",
    "Economics",
    "Computer",
    "Computing",
    "Nursing",
    "Law",
    "Medicine",
    "Education",
    "History",
    "Finance",
    "Business",
    "Management",
    "Psychology",
    "Science",
    "Arts",
    "Accounting",
];

/// Words a sentence often opens with that are names too or no common words ("Will",
/// "I'm"), and days and months: none of them goes on a name ("Maria G. Will you …",
/// "plan B. Monday the charge doubled").
const NO_NAMES: &[&str] = &[
    "I",
    "I'm",
    "I've",
    "I'd",
    "I'll",
    "Will",
    "Can",
    "May",
    "Mark",
    "Hi",
    "Hello",
    "Ok",
    "Okay",
    "Thanks",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Titles an initial goes on after ("Dr. J. Smith", "Mr J. Smith").
const TITLES: &[&str] = &[
    "Dr", "Mr", "Mrs", "Ms", "Mx", "Prof", "Sir", "Dame", "Madam",
];

/// Whether the full stop between `before` and `after` is no sentence's end: an initial
/// after a title or a first name with a name after it ("Sarah K. Lopez", "Dr. J. Smith",
/// "M. Dubois" — "M." for Monsieur), or a degree sequence ("M. Sc.", "M. Sc. Physics").
/// Not "Sarah K. Reset my password", "plan B. Monday …", "I have a `PhD`. Update …".
pub(in crate::summary) fn name_goes_on(before: &str, after: &str) -> bool {
    let mut back = before.rsplit(' ');
    let last = back.next().unwrap_or("");
    let next = after.split_whitespace().next().unwrap_or("");
    if is_initial(last) {
        // "M. Sc.", "B. A.": a degree goes on.
        if next
            .strip_suffix('.')
            .is_some_and(|part| DEGREE_PARTS.contains(&part))
        {
            return true;
        }
        let name_before = back.next().is_some_and(|word| {
            let word = word.trim_end_matches('.');
            TITLES.contains(&word) || is_name_like(word)
        });
        return (name_before || last == "M") && is_name_like(trimmed(next));
    }
    // "M. Sc. Physics", "Ph.D. Physics": the degree's last part after an initial.
    let in_sequence = match last.split_once('.') {
        // "Ph.D"
        Some((head, part)) => head == "Ph" && part == "D",
        None => {
            DEGREE_PARTS.contains(&last)
                && back
                    .next()
                    .and_then(|word| word.strip_suffix('.'))
                    .is_some_and(is_initial)
        }
    };
    let next = trimmed(next);
    in_sequence && (FIELDS.contains(&next) || is_name_like(next))
}

/// A capital letter alone: "K", not "L.A" (whose stop may end a sentence, "… in L.A.
/// Today is Thursday.", STAR star-4664).
fn is_initial(word: &str) -> bool {
    word.len() == 1 && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// `word` without the punctuation after it ("Lopez," → "Lopez").
fn trimmed(word: &str) -> &str {
    word.trim_end_matches(|c: char| !c.is_alphanumeric() && c != ']')
}

/// Whether `word` reads as a name: a mask under `--redact` (`[name]`), or capitalised and
/// not a common English word ("Lopez", "Mark"; not "Reset", "Nothing", "Monday").
fn is_name_like(word: &str) -> bool {
    if word.starts_with('[') && word.ends_with(']') {
        return true;
    }
    word.chars().next().is_some_and(char::is_uppercase)
        && word.len() > 1
        && !NO_NAMES.contains(&word)
        && word
            .chars()
            .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        && !is_only_a_word(&word.to_lowercase())
}

#[cfg(test)]
mod tests;
