//! The names of the part of a message its security answer is read from, past the words
//! a customer gives in with ("whatevs Paris I want a human", "It is private" then
//! "whatever Paris"): a message and where the part starts → the part's names and the
//! names given in it as security answers, those the whole message holds there with them.

use std::collections::HashSet;

use super::names::{Found, Given, names_and_secrets};

/// [`names_and_secrets`] of `text[from..]`, and beside them those of all of `text` that
/// stand in it, their offsets in the part: a word that opens the part is no name there
/// (a sentence's first word), where the words before it made it one ("whatevs Paris I
/// want a human": a review found "Paris" shown, masked when read in the whole message).
/// A name that starts before `from` is none of the part.
pub(in crate::summary) fn names_in_part(text: &str, from: usize) -> (Found<'_>, Given<'_>) {
    let part = &text[from..];
    let (mut found, mut given) = names_and_secrets(part);
    if from == 0 {
        return (found, given);
    }
    let (whole, whole_given) = names_and_secrets(text);
    let in_part = |s: &str| s.as_ptr() as usize >= part.as_ptr() as usize;
    // Sets, not a search of the list for each name: a long message holds thousands.
    let mut at_found: HashSet<usize> = found.iter().map(|&(at, _)| at).collect();
    for (at, name) in whole {
        if at >= from && at_found.insert(at - from) {
            found.push((at - from, name));
        }
    }
    found.sort_by_key(|&(at, _)| at);
    let key = |n: &str| (n.as_ptr() as usize, n.len());
    let mut at_given: HashSet<(usize, usize)> = given.iter().map(|&(n, _)| key(n)).collect();
    for (name, pet) in whole_given {
        if in_part(name) && at_given.insert(key(name)) {
            given.push((name, pet));
        }
    }
    (found, given)
}

#[cfg(test)]
mod tests {
    use super::names_in_part;

    /// A word that opens the part is a name where the whole message made it one.
    #[test]
    fn the_whole_messages_names_stand_in_the_part() {
        let text = "whatevs Paris I want a human";
        let (found, _) = names_in_part(text, 8);
        assert_eq!(found, vec![(0, "Paris")]);
        // Read alone, "Paris" opens a sentence: no name.
        let (alone, _) = names_in_part("Paris I want a human", 0);
        assert!(alone.is_empty(), "{alone:?}");
        // A name before the part is none of it; one in both is there once.
        let text = "Dear Kevin, whatever, my dog Rex";
        let (found, given) = names_in_part(text, 22);
        assert!(found.iter().all(|&(_, n)| n != "Kevin"), "{found:?}");
        assert!(found.iter().filter(|&&(_, n)| n == "Rex").count() <= 1);
        assert!(given.iter().filter(|&&(n, _)| n == "Rex").count() <= 1);
    }
}
