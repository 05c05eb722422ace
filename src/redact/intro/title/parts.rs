//! The parts of a name after a title beyond the one or two words found as after "I'm": a
//! text, where the name may start and the words found → the initials before the surname
//! ("Nurse J. Smith"), the particles before it ("Dr. van der Berg", "Sr. de la Cruz"), a
//! third capitalised word ("Judge Ruth Bader Ginsburg"), a name in a script without case
//! ("Dr.李"); whether the words found name a place is `places.rs`'s. Tells; which words
//! are a name is `title.rs`'s.

use super::super::initials::{Initials, past_initials};
use super::super::particles::{Spacing, is_particle, only_a_particle, particles_at};
use super::super::words::{everyday, is_place_end, name_after, one_of, word_after, word_at};
use super::super::{Cue, capitalised, is_common_english, is_only_a_word};
use super::streets::a_street;
use super::{lower, names_a_thing};
use crate::redact::names::{fold, is_glued};
use crate::summary::may_be_name;

mod any_surname;
mod places;
use any_surname::only_a_surname_before;
pub(in crate::redact::intro::title) use places::a_place;
use places::place_noun;

/// The particles glued to a surname by a hyphen ("al-Farsi", "el-Sayed", "bin-Laden"):
/// the whole word is the surname, in any case. Sorted.
const HYPHENED_PARTICLES: &[&str] = &["abd", "abu", "al", "bin", "el", "ibn"];

/// The particles glued to a surname by an apostrophe ("d'Souza", "d'Amico", "l'Estrange"):
/// the whole word is the surname, in any case. Sorted.
const APOSTROPHED_PARTICLES: &[&str] = &["d", "dell", "l"];

/// Whether the word `text[start..end]` is a particle, a hyphen or an apostrophe and a
/// surname ("al-Farsi", "el-sayed", "d'Souza"): the particle one of
/// [`HYPHENED_PARTICLES`] (of [`APOSTROPHED_PARTICLES`]), the rest a word that may be a
/// name and is no common English word ("al-Farsi" after "Dr.", "Mr. d'Souza": leaks
/// reviews found, the word read as neither capitalised nor in lower case).
fn hyphened(text: &str, start: usize, end: usize) -> bool {
    let word = &text[start..end];
    let (particle, rest, list) = if let Some((particle, rest)) = word.split_once('-') {
        (particle, rest, HYPHENED_PARTICLES)
    } else if let Some((particle, rest)) = word.split_once(['\'', '\u{2019}']) {
        (particle, rest, APOSTROPHED_PARTICLES)
    } else {
        return false;
    };
    let rest_lower = lower(rest);
    one_of(list, particle)
        && rest.chars().count() >= 2
        && rest.chars().all(char::is_alphabetic)
        && !is_common_english(&rest_lower)
        && may_be_name(rest)
}

/// Whether the particle at `start..end` may stand where it does: "do" is the English verb
/// in lower case as often, a particle only right after a given name of the list ("Maria
/// do Carmo"), not after a title or a surname ("Does Dr. Patel do Botox injections?",
/// "Could Dr. do Zoom calls": a review found "Botox", "Zoom" masked and remembered).
/// "los" and "las" right after a surname (not `after_title` or another particle) open a
/// place as often ("I saw Dr. Lee los Angeles office", "Sr. Garcia las Vegas trip").
/// "y" is Spanish's "and" but between two capitalised words of a name, the second no
/// particle ("Ana Garcia y Lopez"; not "Dr. Garcia y la enfermera", "El Sr. Pérez y las
/// niñas": a review found them masked, "la" after), nor a given name, a title or a word
/// that opens a clause (`other_languages.rs`: "El Sr. Garcia y Pedro vinieron").
fn may_stand(text: &str, start: usize, end: usize, after_title: bool) -> bool {
    let after_a_given_name = || super::super::untitled::name_before(text, start).is_some();
    let capitalised_at = |at: Option<(usize, usize)>| {
        at.is_some_and(|(s, e)| capitalised(&text[s..e]) && !is_particle(&text[s..e]))
    };
    match &text[start..end] {
        "do" => after_a_given_name(),
        "los" | "las" => after_title || after_a_given_name(),
        "y" | "Y" => {
            capitalised_at(super::super::letters_before(text, start))
                && capitalised_at(word_after(text, end))
                && word_after(text, end).is_some_and(|(s, e)| {
                    super::super::other_languages::and_joins_surnames_before(&text[s..e])
                })
        }
        _ => true,
    }
}

/// The particles and the surname after them at `at` ("van der Berg", "de la Cruz"), the
/// particles each a [`Cue::Part`] and the surname's words as after a title, into `out`;
/// whether there were. Particles only before a capitalised word that may be a name, or a
/// word glued to a particle ("abd al-Rahman"); right after the title (`after_title`, not
/// after a surname already read: "Mr. Smith de facto said no" names Smith alone), also
/// before one that is a common word ("Mr. le Pen", "Mr. van Dam") or one in lower case
/// or in capitals that is none ("mr. de souza", "MRS. DE SOUZA"; "Mr. de facto" names
/// no one), after a surname only after two particles ("Dr Jones de la cruz").
pub(in crate::redact::intro) fn particled(
    text: &str,
    at: usize,
    after_title: bool,
    out: &mut Vec<(usize, usize, Cue)>,
) -> bool {
    if let Some((start, end)) = word_at(text, at).filter(|&(s, e)| hyphened(text, s, e)) {
        out.push((start, end, Cue::Title));
        return true;
    }
    let run = particles_at(text, at, Spacing::AsAName, |(s, e), before| {
        is_particle(&text[s..e]) && may_stand(text, s, e, after_title || before > 0)
    });
    let Some((start, end)) = run.next.filter(|_| !run.words.is_empty()) else {
        return false;
    };
    let next = start;
    let surname = &text[start..end];
    let particles: Vec<_> = run.words.iter().map(|&(s, e)| (s, e, Cue::Part)).collect();
    if hyphened(text, start, end) {
        out.extend(particles);
        out.push((start, end, Cue::Title));
        return true;
    }
    // "mr. de souza", "Mr. van der merwe": a surname in lower case after particles, when
    // it is no common English word (a review found "souza", "merwe" shown, the particles
    // masked); "Dr. Smith van is parked" names the van, "reverend al fresco dining" and
    // "al dente" no one ("al" before a word in lower case is Italian or Spanish as often).
    let lower_surname = lower(surname);
    let apostrophe = |c: char| c == '\'' || c == '\u{2019}';
    // "MRS. DE SOUZA": in capitals after particles in capitals.
    let in_capitals = surname.chars().all(|c| c.is_uppercase() || apostrophe(c))
        && particles
            .iter()
            .all(|&(s, e, _)| !text[s..e].chars().any(char::is_lowercase));
    // After a surname, only after two particles ("Dr Jones de la cruz"; "Mr. Smith de
    // facto" names Smith alone).
    if (after_title || particles.len() >= 2)
        && !particles
            .first()
            .is_some_and(|&(s, e, _)| text[s..e].eq_ignore_ascii_case("al"))
        && (surname.chars().all(|c| c.is_lowercase() || apostrophe(c)) || in_capitals)
        && surname.chars().count() >= 2
        && ((!is_common_english(&lower_surname) && !everyday(&lower_surname))
            || (after_title && only_a_surname_before(text, &particles)))
        && !names_a_thing(surname)
    {
        out.extend(particles);
        out.push((start, end, Cue::Title));
        return true;
    }
    if !capitalised(surname) || !may_be_name(surname) {
        return false;
    }
    let mut words = Vec::new();
    name_after(text, next, Cue::Title, &mut words);
    if words.is_empty() && after_title && !names_a_thing(surname) {
        // "Mr. le Pen", "Mr. van Dam": after particles right after a title, a
        // capitalised word is the surname, a common word too.
        words.push((start, end, Cue::Title));
    }
    let only_particles = particles
        .iter()
        .all(|&(s, e, _)| only_a_particle(&text[s..e]));
    if only_particles && (words.is_empty() || is_only_a_word(&lower_surname)) {
        // "Omar ibn Said": the particle says a surname follows.
        words = vec![(start, end, Cue::Title)];
    }
    if words.is_empty() || (!after_title && !only_particles && is_only_a_word(&lower_surname)) {
        return false;
    }
    let surname = words;
    out.extend(particles);
    out.extend(surname);
    true
}

/// The particles and the surname after the first word found after a title, `out[from]`
/// ("Dr. Smith van der Berg", "Dr Jones de la Cruz"), into `out` in place of the second
/// word found where that is the first particle ("van", found as a surname in lower
/// case): the particles each a [`Cue::Part`], the surname a [`Cue::Title`]. Unless a
/// capitalised word that may be a name follows the particles, a particle in lower case
/// found as the second word is dropped ("Dr. Smith van is parked": the van). So after
/// "my name is" and "this is" too ("Hi this is Jose da Silva", "My name is Ana de la
/// Cruz": a review found the surname shown, "da" masked as one).
pub(in crate::redact::intro) fn particles_after(
    text: &str,
    from: usize,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    let Some(&(_, first_end, _)) = out.get(from) else {
        return;
    };
    let at = match out.get(from + 1) {
        Some(&(s, e, _)) if out.len() == from + 2 && is_particle(&text[s..e]) => s,
        Some(_) => return,
        None => match word_after(text, first_end) {
            Some((s, e)) if is_particle(&text[s..e]) => s,
            _ => return,
        },
    };
    let mut found = Vec::new();
    if particled(text, at, false, &mut found) {
        out.truncate(from + 1);
        out.extend(found);
    } else if out.len() == from + 2 && text[at..].starts_with(char::is_lowercase) {
        // "Dr. Smith van is parked", "the Mister Softee van": a particle in lower case
        // with no surname after it is the word ("van"), no surname of its own.
        out.truncate(from + 1);
    }
}

/// The middle names of Vietnamese names, folded ("Văn", "Thị", "Đức"): after one, a
/// third capitalised word is the given name even when it is a word too ("Dr. Nguyễn Văn
/// An", "Trần Thị Mai"). Sorted.
const VIETNAMESE_MIDDLE: &[&str] = &[
    "cong", "dinh", "duc", "hong", "huu", "minh", "ngoc", "quoc", "thanh", "thi", "van", "xuan",
];

/// The initials between `at` and the name's first word found at `first` ("J." of "Nurse
/// J. Smith", "J" and "R" of "Dr J R Smith"), each a [`Cue::Part`], into `out`: a letter
/// shown with its surname masked names someone all the same.
pub(super) fn initials(text: &str, at: usize, first: usize, out: &mut Vec<(usize, usize, Cue)>) {
    if past_initials(text, at, Initials::AnyCase) != first || first <= at {
        return;
    }
    for (i, c) in text[at..first].char_indices() {
        if c.is_alphabetic() {
            out.push((at + i, at + i + c.len_utf8(), Cue::Part));
        }
    }
}

/// Two initials in a row at `at`, each capitalised with its full stop ("Mr. A. B. said
/// no", "Dr. A.B."), each a [`Cue::Part`], into `out`: a name left in initials, masked
/// where it stands only. One initial alone names no one ("Dr. B's office", "Mr. T").
pub(super) fn two_initials(text: &str, at: usize, out: &mut Vec<(usize, usize, Cue)>) {
    let initial = |at: usize| {
        let (start, end) = word_at(text, at)?;
        let mut letters = text[start..end].chars();
        let (Some(letter), None) = (letters.next(), letters.next()) else {
            return None;
        };
        (start == at && letter.is_uppercase() && text[end..].starts_with('.'))
            .then_some((start, end))
    };
    let Some((first, first_end)) = initial(at) else {
        return;
    };
    let next = first_end + 1;
    let next = next + usize::from(text[next..].starts_with(' '));
    if let Some((second, second_end)) = initial(next) {
        out.push((first, first_end, Cue::Part));
        out.push((second, second_end, Cue::Part));
    }
}

/// Degrees and suffixes after a name (`Jane Doe PhD`, "Martin Luther King Jr."): never a
/// part of it. Sorted.
const SUFFIXES: &[&str] = &["dds", "esq", "ii", "iii", "iv", "jr", "md", "phd", "sr"];

/// A third capitalised word after the two found, `text[..end]` ending the second
/// ("Judge Ruth Bader Ginsburg", "Dr. Van Der Berg"), into `out`: one that may be a name
/// and is no common word but a name, no degree or suffix (`Dr. Jane Doe PhD`), no place's
/// end and no thing, and not before a street's word, past a suffix ("Dr. Martin Luther
/// King Jr. Blvd", a street).
pub(in crate::redact::intro) fn third_word(
    text: &str,
    second: &str,
    end: usize,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    let Some((start, word_end)) = word_after(text, end) else {
        return;
    };
    if shaped_as_third_word(text, second, start, word_end, &text[start..word_end]) {
        out.push((start, word_end, Cue::Title));
    }
}

/// Whether the word `text[start..word_end]`, read as `word` (itself, or a word in
/// capitals as Title Case: `rest.rs`), may be a name's third word after `second`
/// ([`third_word`]).
pub(in crate::redact::intro) fn shaped_as_third_word(
    text: &str,
    second: &str,
    start: usize,
    word_end: usize,
    word: &str,
) -> bool {
    // "Dr. Nguyễn Văn An": after a Vietnamese middle name, the given name whatever word
    // it is too.
    let given = VIETNAMESE_MIDDLE
        .binary_search(&fold(second).as_str())
        .is_ok();
    // "King Jr. Blvd": the word after a suffix and its full stop.
    let past_suffix = word_after(text, word_end).and_then(|(s, e)| {
        let after = e + usize::from(text[e..].starts_with('.'));
        one_of(SUFFIXES, &text[s..e]).then(|| word_after(text, after))?
    });
    let street =
        a_street(text, start, word_end) || past_suffix.is_some_and(|(s, e)| a_street(text, s, e));
    !one_of(SUFFIXES, word)
        && !street
        && capitalised(word)
        && (given || (may_be_name(word) && !everyday(word) && !is_only_a_word(&lower(word))))
        && !is_place_end(word)
        && !place_noun(word)
        && !names_a_thing(word)
}

/// The name at `at` in a script without case ("Dr.李", "Dr. 王伟", "Dr. Пётр" has case):
/// its word, of a script without spaces its first three letters at most (a Chinese name
/// has one to three, and the words after it run on), into `out`.
pub(super) fn uncased(text: &str, at: usize, out: &mut Vec<(usize, usize, Cue)>) {
    let Some(first) = text[at..].chars().next() else {
        return;
    };
    if !first.is_alphabetic() || first.is_uppercase() || first.is_lowercase() {
        return;
    }
    let Some((start, mut end)) = word_at(text, at) else {
        return;
    };
    if is_glued(first) {
        end = text[start..end]
            .char_indices()
            .nth(3)
            .map_or(end, |(i, _)| start + i);
    }
    out.push((start, end, Cue::Title));
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lists_are_sorted() {
        assert!(super::SUFFIXES.is_sorted());
        assert!(super::VIETNAMESE_MIDDLE.is_sorted());
    }
}
