//! The rest of an introduced name after its first words: a text and the words found
//! after "my name is", "I'm", "this is" → the words after them that are the name's too
//! ("Maria San Jose", "Maria Porto da Silva", "joao do carmo"). Two words were a name's
//! most; a review found the third shown ("\[name\] \[name\] Jose", "\[name\] \[name\] da
//! Silva"), and a customer's name shown is a leak, a third word masked too many is not.
//! Tells; the first words are `words.rs`'s, the particles' and a third word's rules
//! `title/parts.rs`'s, as after a title.

use super::super::Cue;
use super::super::particles::{Spacing, is_particle, lone_particle, particles_at};
use super::super::title::{particled, third_word};
use super::super::untitled::is_given_name;
use super::past_second::{in_capitals, shaped_past_the_second};
use super::stand_ins::{everyday, is_not_a_name, is_service};
use super::word_after;
use crate::redact::names::is_common_english;
use crate::text::capitalised;

/// The first words of place-shaped surnames ("San Jose", "Santa Cruz", "São Paulo",
/// "Saint Pierre"), in lower case: after one, the next word is the surname's, not a
/// word after the name. Sorted.
const PLACE_OPENERS: &[&str] = &["saint", "san", "santa", "santo", "sao", "são"];

/// The most words a name after "my name is" is read to, particles included ("José
/// María de la Cruz Fernández" has six).
const MOST: usize = 8;

/// After the words found of an introduced name (`out[from..]`), the rest of it, into
/// `out`: after "my name is", each word up to the clause's end that may be a name's,
/// particles and a surname ("Maria Porto da Silva", "Ana Garcia Lopez"), in lower case or
/// in capitals too ("joao do carmo", "MARIA SAN JOSE"), but a third word or later in
/// Title Case or in capitals only ([`rest_after_my_name_is`]); after "I'm" or "this is", only
/// particles and a surname after two words, or a third after a place-shaped surname's
/// first word ("This is Ana San Antonio speaking"), as "I'm" is said of more than a name
/// ("I'm Jane Smith London office" keeps the office).
pub(in crate::redact::intro) fn rest_of_name(
    text: &str,
    cue: Cue,
    from: usize,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    match cue {
        Cue::Named => rest_after_my_name_is(text, from, out),
        Cue::Weak => rest_after_im(text, from, out),
        Cue::Title | Cue::Part => {}
    }
}

/// [`rest_of_name`] after "my name is": word by word until one is none of a name's.
/// Beyond the first two words, only particles and a surname ("Maria Porto da Silva",
/// "joao do carmo"), the surname after a place-shaped surname's first word ("Maria San
/// Jose") or after a particle's surname ("maria da silva santos"), and, in Title Case or
/// in capitals, a word shaped as a name ([`shaped_past_the_second`]: "MY NAME IS ANA GARCIA LOPEZ",
/// where a review found "LOPEZ" shown; not "MY NAME IS JANE DOE PAYPAL"); in lower case
/// no other word ("my name is jane doe wifi not working": a review found "wifi",
/// "PAYPAL" masked and remembered, so masked everywhere after).
fn rest_after_my_name_is(text: &str, from: usize, out: &mut Vec<(usize, usize, Cue)>) {
    if four_in_lower_case(text, from, out) {
        return;
    }
    read_on(text, from, out);
    remember_four(text, from, out);
}

/// The fewest words shaped as a name, particles aside, that make each a name's to
/// remember ([`remember_four`]).
const REMEMBERED_FROM: usize = 4;

/// After "my name is" and four words shaped as a name or more, particles aside
/// (`out[from..]`: "My name is Ana Maria Garcia Lopez"), the first two of them given
/// names ([`is_given_name`]), each a [`Cue::Named`], so masked wherever said later
/// ("Lopez is my surname": a review found it shown). A third word after a name of two is
/// read as a brand's as often ("My name is John Smith Tesla owner"), so masked where it
/// stands only ([`shaped_past_the_second`]), and so are a third and a fourth after two that are not
/// both given names ("My name is John Smith Tesla Cybertruck owner": a later review found
/// "Cybertruck" masked and remembered).
fn remember_four(text: &str, from: usize, out: &mut [(usize, usize, Cue)]) {
    let words: Vec<&str> = out[from..]
        .iter()
        .map(|&(s, e, _)| &text[s..e])
        .filter(|word| !is_particle(word))
        .collect();
    if words.len() < REMEMBERED_FROM || !words[..2].iter().all(|word| is_given_name(word)) {
        return;
    }
    for found in &mut out[from..] {
        if !is_particle(&text[found.0..found.1]) {
            found.2 = Cue::Named;
        }
    }
}

/// [`rest_after_my_name_is`] past the words in lower case: word by word.
fn read_on(text: &str, from: usize, out: &mut Vec<(usize, usize, Cue)>) {
    let title_case = out[from..]
        .iter()
        .all(|&(s, e, cue)| cue == Cue::Part || capitalised(&text[s..e]));
    // "MY NAME IS ANA GARCIA LOPEZ": a name in capitals read on as one in Title Case (a
    // review found "LOPEZ" shown where "Ana Garcia Lopez" was masked whole).
    let capitals = !title_case
        && out[from..]
            .iter()
            .all(|&(s, e, cue)| cue == Cue::Part || in_capitals(&text[s..e]));
    while out.len() > from && out.len() - from < MOST {
        let Some(&(start, end, _)) = out.last() else {
            return;
        };
        let last = &text[start..end];
        // "my name is jane van": a particle taken as a surname, `words.rs`'s.
        let Some((next, _)) =
            word_after(text, end).filter(|_| !lone_particle(&last.to_lowercase()))
        else {
            return;
        };
        let mut found = Vec::new();
        // "Ana Garcia y necesito ayuda": after a capitalised word, "y" before one in
        // lower case is Spanish's "and".
        let and = capitalised(last) && text[next..].starts_with("y ");
        if !particled(text, next, false, &mut found) && !and {
            lower_case_particled(text, next, &mut found);
        }
        // "My name is John Smith Acct 5551234", "… Postcode SW1A 1AA": a field's label
        // ends the name (a review found "Acct" masked and remembered).
        if super::word_at(text, next).is_some_and(|(s, e)| is_field_label(&text[s..e])) {
            return;
        }
        let taken = out.len() - from;
        let place_shaped = taken == 2 && PLACE_OPENERS.contains(&last.to_lowercase().as_str());
        // Right after a particle's surname ("Maria da Silva Santos"); a word of the
        // name masked in place only is a [`Cue::Part`] too, and no particle.
        let after_a_particle = taken > 2 && {
            let (s, e, cue) = out[out.len() - 2];
            cue == Cue::Part && lone_particle(&text[s..e].to_lowercase())
        };
        // The second word, when the first words stopped at one ("my name is jane doe an
        // i need help"), as a third word after a place-shaped surname's first.
        let second = taken == 1;
        if found.is_empty() && (second || place_shaped) {
            third_word(text, last, end, &mut found);
        }
        if found.is_empty() && (second || place_shaped || (after_a_particle && !title_case)) {
            uncapitalised_word(text, end, &mut found);
        }
        if found.is_empty() && (title_case || capitals) {
            // Only the second word, or the word right after a particle's surname ("Maria
            // da Silva Santos"), is remembered; another is masked in the introduction
            // only: no list knows every brand ("My name is John Smith Tesla owner" then
            // "my Tesla app is broken": a review found "my \[name\] app"; so Ryanair,
            // Barclays, Hotmail, Easter, Samsung).
            let cue = if second || after_a_particle {
                Cue::Named
            } else {
                Cue::Part
            };
            found.extend(
                shaped_past_the_second(text, (last, end), capitals).map(|(s, e)| (s, e, cue)),
            );
        }
        if found.is_empty() {
            return;
        }
        out.extend(found.into_iter().map(|(s, e, cue)| {
            let cue = if cue == Cue::Part { cue } else { Cue::Named };
            (s, e, cue)
        }));
    }
}

/// After "my name is" and two words in lower case (`out[from..]`), two more in lower
/// case that may be a surname's ([`uncapitalised_word`], and no service's), ending the
/// run of such words, into `out`; whether there were ("my name is maria jose garcia
/// lopez": a review found "garcia lopez" shown). Four words none of which is a common
/// English word are a name; three are not read so ("my name is jane doe gracias",
/// "jane doe netflix"), nor four with a common word ("jane doe wifi not working"). The
/// last two are each a [`Cue::Part`], masked where they stand only, as no list knows
/// every word of other languages ("my name is ana lopez muchas gracias": a later review
/// found "gracias" masked in every message after).
fn four_in_lower_case(text: &str, from: usize, out: &mut Vec<(usize, usize, Cue)>) -> bool {
    let [(_, _, Cue::Named), (start, end, Cue::Named)] = out[from..] else {
        return false;
    };
    let in_lower_case = |word: &str| word.chars().all(char::is_lowercase);
    if !out[from..]
        .iter()
        .all(|&(s, e, _)| in_lower_case(&text[s..e]))
    {
        return false;
    }
    let (mut last, mut end) = (&text[start..end], end);
    let mut found = Vec::new();
    while found.len() < 3 && !lone_particle(last) {
        let mut next = Vec::new();
        uncapitalised_word(text, end, &mut next);
        match next.first() {
            Some(&(s, e, _)) if in_lower_case(&text[s..e]) && !is_service(&text[s..e]) => {
                found.push((s, e, Cue::Part));
                (last, end) = (&text[s..e], e);
            }
            _ => break,
        }
    }
    if found.len() != 2 {
        return false;
    }
    out.extend(found);
    true
}

/// The labels of a field a customer types after their name, besides those of
/// `kinds/labels.rs` ("Acct 5551234"), in lower case. Sorted.
const FIELD_LABELS: &[&str] = &["acc", "acct", "dob", "id", "postal", "tel"];

/// Whether `word` labels a field ("Acct", "Postcode", "Zip", "Ref", "Order"): no word
/// of a name after "my name is".
fn is_field_label(word: &str) -> bool {
    crate::redact::kinds::is_label(&word.to_lowercase(), FIELD_LABELS)
}

/// [`rest_of_name`] after "I'm", "this is" and the other weak cues: after two words,
/// particles and a surname, or a third word after a place-shaped surname's first.
fn rest_after_im(text: &str, from: usize, out: &mut Vec<(usize, usize, Cue)>) {
    let [_, (start, end, Cue::Weak)] = out[from..] else {
        return;
    };
    let second = text[start..end].to_lowercase();
    let Some((next, _)) = word_after(text, end).filter(|_| !lone_particle(&second)) else {
        return;
    };
    let mut found = Vec::new();
    if !particled(text, next, false, &mut found) && PLACE_OPENERS.contains(&second.as_str()) {
        third_word(text, &text[start..end], end, &mut found);
        for word in &mut found {
            word.2 = Cue::Weak;
        }
    }
    out.extend(found);
}

/// A particle or more in lower case at `at` and the surname in lower case after them,
/// when it is no common English word ("do carmo", "da silva"; not "do you", "de facto"
/// nor "la la land"), the particles each a [`Cue::Part`], the surname a [`Cue::Named`],
/// into `out`.
fn lower_case_particled(text: &str, at: usize, out: &mut Vec<(usize, usize, Cue)>) {
    let run = particles_at(text, at, Spacing::AsAName, |(s, e), _| {
        lone_particle(&text[s..e])
    });
    let Some(&(_, last)) = run.words.last() else {
        return;
    };
    let mut found = Vec::new();
    uncapitalised_word(text, last, &mut found);
    if !found.is_empty() {
        out.extend(run.words.iter().map(|&(s, e)| (s, e, Cue::Part)));
        out.extend(found);
    }
}

/// The word in lower case or in capitals after `text[..end]` and a space or two
/// ([`word_after`]), when it may be a surname after "my name is": three letters at least, no common English word,
/// no particle, nothing that stands where a name would ("my name is maria san jose", "MY
/// NAME IS MARIA SAN JOSE"; not "my name is jane doe please", "MARIA LEE AND I"), into
/// `out` as a [`Cue::Named`].
fn uncapitalised_word(text: &str, end: usize, out: &mut Vec<(usize, usize, Cue)>) {
    let Some((start, word_end)) = word_after(text, end) else {
        return;
    };
    let word = &text[start..word_end];
    let folded = word.to_lowercase();
    let one_case = word.chars().all(char::is_lowercase) || word.chars().all(char::is_uppercase);
    if word.chars().count() >= 3
        && one_case
        && !lone_particle(&folded)
        && !is_common_english(&folded)
        && !everyday(&folded)
        && !is_not_a_name(&folded)
    {
        out.push((start, word_end, Cue::Named));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_sorted() {
        assert!(super::PLACE_OPENERS.is_sorted());
        assert!(super::FIELD_LABELS.is_sorted());
    }
}
