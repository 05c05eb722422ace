//! The rest of an introduced name after its first words: a text and the words found
//! after "my name is", "I'm", "this is" → the words after them that are the name's too
//! ("Maria San Jose", "Maria Porto da Silva", "joao do carmo"). Two words were a name's
//! most; a review found the third shown ("[name] [name] Jose", "[name] [name] da
//! Silva"), and a customer's name shown is a leak, a third word masked too many is not.
//! Tells; the first words are `words.rs`'s, the particles' and a third word's rules
//! `title/parts.rs`'s, as after a title.

use super::super::Cue;
use super::super::title::{lone_particle, particled, third_word};
use super::stand_ins::{everyday, is_not_a_name};
use super::word_after;
use crate::redact::names::is_common_english;

/// The first words of place-shaped surnames ("San Jose", "Santa Cruz", "São Paulo",
/// "Saint Pierre"), in lower case: after one, the next word is the surname's, not a
/// word after the name. Sorted.
const PLACE_OPENERS: &[&str] = &["saint", "san", "santa", "santo", "sao", "são"];

/// After the words found of an introduced name (`out[from..]`), the rest of it, into
/// `out`: after two words, a third that may be a name ("my name is Ana Garcia Lopez";
/// after "I'm" or "this is" only after a place-shaped surname's first word, "This is
/// Ana San Antonio speaking", as "I'm" is said of more than a name), or particles and a
/// surname ("Maria Porto da Silva"); after "my name is", particles and a surname in
/// lower case too ("my name is joao do carmo", "maria porto da silva").
pub(super) fn rest_of_name(text: &str, cue: Cue, from: usize, out: &mut Vec<(usize, usize, Cue)>) {
    if !matches!(cue, Cue::Named | Cue::Weak) || out[from..].iter().any(|w| w.2 == Cue::Part) {
        return;
    }
    let (second, end) = match out[from..] {
        [(_, end, _)] if cue == Cue::Named => (None, end),
        [_, (start, end, _)] => (Some(&text[start..end]), end),
        _ => return,
    };
    let Some((next, _)) = word_after(text, end) else {
        return;
    };
    if let Some(second) = second {
        // "my name is jane van": the particle taken as a surname is `words.rs`'s.
        if lone_particle(&second.to_lowercase()) {
            return;
        }
        let mut found = Vec::new();
        if particled(text, next, false, &mut found) {
            out.extend(found);
            return;
        }
        let opener = PLACE_OPENERS.contains(&second.to_lowercase().as_str());
        if cue == Cue::Named || opener {
            third_word(text, second, end, &mut found);
            if found.is_empty() && cue == Cue::Named {
                lower_case_word(text, end, &mut found);
            }
            out.extend(found.iter().map(|&(s, e, _)| (s, e, cue)));
        }
        if !found.is_empty() || cue != Cue::Named {
            return;
        }
    }
    lower_case_particled(text, next, out);
}

/// A particle or more in lower case at `at` and the surname in lower case after them,
/// when it is no common English word ("do carmo", "da silva"; not "do you", "de facto"
/// nor "la la land"), the particles each a [`Cue::Part`], the surname a [`Cue::Named`],
/// into `out`.
fn lower_case_particled(text: &str, at: usize, out: &mut Vec<(usize, usize, Cue)>) {
    let mut particles = Vec::new();
    let mut word = super::word_at(text, at);
    while let Some((start, end)) =
        word.filter(|&(s, e)| particles.len() < 3 && lone_particle(&text[s..e]))
    {
        particles.push((start, end, Cue::Part));
        word = word_after(text, end);
    }
    let Some(&(_, last, _)) = particles.last() else {
        return;
    };
    let mut found = Vec::new();
    lower_case_word(text, last, &mut found);
    if !found.is_empty() {
        out.extend(particles);
        out.extend(found);
    }
}

/// The word in lower case after `text[..end]` and a single space, when it may be a
/// surname after "my name is": three letters at least, no common English word, no
/// particle, nothing that stands where a name would ("my name is maria san jose"; not
/// "my name is jane doe please"), into `out` as a [`Cue::Named`].
fn lower_case_word(text: &str, end: usize, out: &mut Vec<(usize, usize, Cue)>) {
    let Some((start, word_end)) = word_after(text, end) else {
        return;
    };
    let word = &text[start..word_end];
    if word.chars().count() >= 3
        && word.chars().all(char::is_lowercase)
        && !lone_particle(word)
        && !is_common_english(word)
        && !everyday(word)
        && !is_not_a_name(word)
    {
        out.push((start, word_end, Cue::Named));
    }
}
