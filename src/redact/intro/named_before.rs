//! A name read before what ends it: a text, where a name may start and a test of what
//! follows it → the capitalised words of the name that end where the test passes
//! ("Regards, Tyler Jones", "Tyler here", "Siobhan Aoife Kelly Byrne here"). Finds; the
//! cues (a sign-off, "here") are `intro.rs`'s and `its_and_here.rs`'s.

use super::initials::initials_between;
use super::particles::{Spacing, is_particle, lone_particle, particles_at};
use super::words::{
    everyday, is_lettered_noun, is_service, is_tech_pair, may_be_remembered, name_after, word_after,
};
use super::{Cue, courtesy, glued_end, is_given_name, title};
use crate::text::capitalised;
use crate::text::places::{LONGEST, is_known_place};

/// The capitalised words of a name starting at `at` (as after [`Cue::Weak`]) when what
/// follows them passes `then`, into `out`; when `initialled` ends a name, a given name,
/// a middle initial and a surname too, whatever follows them ("Thanks, John A. Smith I
/// want a human": [`has_middle_initial`]).
pub(super) fn name_before(
    text: &str,
    at: usize,
    then: impl Fn(&str) -> bool,
    initialled: bool,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    let mut words = Vec::new();
    name_after(text, at, Cue::Weak, &mut words);
    // "Plan B. Tyler here": a noun a letter names one of and the initial after it are a
    // thing's ("plan B", "vitamin C"), the name after them (a review found "Plan" and
    // "B" masked); a list, as many given names are words too ("Grant B. Tyler here": a
    // review found it shown when every common word was taken).
    if let [(first, first_end, _), (second, ..), ..] = words[..]
        && is_lettered_noun(&text[first..first_end])
        && text[first_end..second].contains('.')
        && initials_between(&text[first_end..second]).is_some()
    {
        words.remove(0);
    }
    let place = read_on_before(text, &mut words);
    if words.iter().any(|&(s, e, _)| everyday(&text[s..e]))
        || words.first().is_some_and(|&(s, e, _)| courtesy(text, s, e))
        || is_tech_pair(text, &words)
    {
        return;
    }
    // "Thanks, John Smith Paris": the name, then where the customer writes from, then
    // what passes. The place is masked with the name, here only: it may be a second
    // surname ("Thanks, María Martínez Valencia", "Luis Gómez Granada": a review found
    // them shown when the place ended the name), and a city shown beside a masked name
    // tells more than one masked.
    if let Some((place, end)) = place
        && then(&text[places_on(text, end)..])
    {
        out.extend(words);
        out.extend(place.into_iter().map(|(s, e)| (s, e, Cue::Part)));
        return;
    }
    // The last word may be what follows ("Tyler Here"): the name is the words before
    // what passes.
    while let Some(&(_, end, _)) = words.last() {
        // Past what a slip of punctuation glued to it ("Regards, Har;per"), and past
        // where the customer writes from after a comma ("Thanks, John Smith, London"):
        // the name is masked, the place shown.
        let end = glued_end(text, end);
        if then(&text[end..])
            || (text[end..].starts_with(", ") && then(&text[places_on(text, end)..]))
            || (initialled && has_middle_initial(text, &words))
            || given_before_a_word_read_as_a_surname(text, &words, &then)
        {
            out.extend(words);
            return;
        }
        words.pop();
    }
}

/// Whether `words` are a given name of the list alone before particles in lower case and
/// a capitalised word that the particles' reading took for no surname, after which
/// what follows passes `then` ("Regards, Ana do Remember": "Remember" is no surname,
/// `title/parts.rs`; a review found "Ana" shown with it). The given name is the name,
/// the particles and the word after them shown.
fn given_before_a_word_read_as_a_surname(
    text: &str,
    words: &[(usize, usize, Cue)],
    then: impl Fn(&str) -> bool,
) -> bool {
    let [(start, end, _)] = words[..] else {
        return false;
    };
    if !is_given_name(&text[start..end]) {
        return false;
    }
    let Some((first, _)) = word_after(text, end) else {
        return false;
    };
    let run = particles_at(text, first, Spacing::AsAName, |(s, e), _| {
        lone_particle(&text[s..e])
    });
    !run.words.is_empty()
        && run
            .next
            .is_some_and(|(s, e)| capitalised(&text[s..e]) && then(&text[glued_end(text, e)..]))
}

/// Whether `words`, a name's words, are a given name, a middle initial and a surname
/// (`initials.rs`: "John A. Smith", "Maria J. Garcia Lopez", "Peter K Jones"): a name
/// whatever follows it, which a sign-off's name read only at a sentence's end left shown
/// ("Thanks, John A. Smith I want a human"). Every word after the given name one that
/// [`may_be_remembered`]: an initial and its full stop end a sentence as often ("Thanks,
/// Mark B. Internet is down", "Thanks, Anna P. London office is closed": a review found
/// "Internet" and "London" masked and remembered), unless the initial has none.
fn has_middle_initial(text: &str, words: &[(usize, usize, Cue)]) -> bool {
    let [(first, first_end, _), (second, ..), ..] = words[..] else {
        return false;
    };
    let between = &text[first_end..second];
    // Without its full stop the initial ends no sentence: the word after it, which
    // reads as a surname to be read at all (`initials.rs`), is one ("Thanks, Mark D
    // Day. I want a human": a review found it shown).
    is_given_name(&text[first..first_end])
        && initials_between(between).is_some()
        && (!between.contains('.')
            || words[1..]
                .iter()
                .all(|&(s, e, _)| may_be_remembered(&text[s..e])))
}

/// Whether `words`, a name read after a sign-off before the end of a sentence, not of
/// the message ("Thanks, Ana de la Cruz. I want a human"), are one as a name needs
/// elsewhere: a given name of the list ("Michael"), or two words or more, each one that
/// [`may_be_remembered`] ("Tyler Jones"), a particle ("de la") or a given name. Not an ordinary capitalised word a sign-off is
/// said to ("Thanks, Mate. I want a human", "Thanks, Love.", "Thank you, Chase Bank. Can
/// you check?", "Thanks, Sarah K. Lol.", "Thanks, Alexa.": a review found them masked, and
/// remembered). After initials (`initialled`), one such word is a surname: "Thanks, J.
/// Smith. I want a human" (a review found it shown).
pub(super) fn named_mid_message(
    text: &str,
    words: &[(usize, usize, Cue)],
    initialled: bool,
) -> bool {
    let Some(&(first, first_end, _)) = words.first() else {
        return false;
    };
    let first = &text[first..first_end];
    (is_given_name(first) || ((words.len() > 1 || initialled) && may_be_remembered(first)))
        && words[1..].iter().all(|&(s, e, _)| {
            let word = &text[s..e];
            may_be_remembered(word) || is_particle(word) || is_given_name(word)
        })
}

/// The most words [`name_before`] reads a name to ("Siobhan Aoife Kelly Byrne here").
const MOST_BEFORE: usize = 6;

/// After the first two capitalised words of a name before what ends it (`words`: "here",
/// a sign-off's end), the words after them shaped as a name's third, into `words`:
/// "Siobhan Aoife Kelly Byrne here, I booked", "Thanks, Mary Ann Smith" (a review found
/// them shown whole: two words were read, and what followed them was no "here" nor the
/// end). Each a [`Cue::Weak`], remembered, when the first two are given names and up
/// to a place's or a business's word ([`may_be_remembered`]), a [`Cue::Part`], masked
/// where it stands only, otherwise, as after a relative set off by commas (`kin.rs`).
/// A known place after a given name and a surname ends the name ([`place_after_a_name`]:
/// "Thanks, John Smith Paris"): that place's words and where they end, if one does.
fn read_on_before(
    text: &str,
    words: &mut Vec<(usize, usize, Cue)>,
) -> Option<(Vec<(usize, usize)>, usize)> {
    let [(first, first_end, _), (second, second_end, _)] = words[..] else {
        return None;
    };
    let mut cue =
        if is_given_name(&text[first..first_end]) && is_given_name(&text[second..second_end]) {
            Cue::Weak
        } else {
            Cue::Part
        };
    let (mut start, mut end) = (second, second_end);
    while words.len() < MOST_BEFORE {
        // "Thanks, John Smith Paris": where they write from, no word of the name.
        let mut place: Vec<(usize, usize)> = Vec::new();
        while place.len() < LONGEST {
            let Some(word) = word_after(text, place.last().map_or(end, |&(_, e)| e)) else {
                break;
            };
            place.push(word);
        }
        let said: Vec<&str> = place.iter().map(|&(s, e)| &text[s..e]).collect();
        let name: Vec<&str> = words.iter().map(|&(s, e, _)| &text[s..e]).collect();
        if let Some(n) = place_after_a_name(&name, &said) {
            let end = glued_end(text, place.get(n - 1)?.1);
            place.truncate(n);
            return Some((place, end));
        }
        let mut next = Vec::new();
        title::third_word(text, &text[start..end], end, &mut next);
        // "Thanks, John Smith Netflix": a service's name is no one's.
        let &(next_start, next_end, _) = next
            .first()
            .filter(|&&(s, e, _)| !is_service(&text[s..e]))?;
        // A place's or a business's word and those after it: here only.
        if !may_be_remembered(&text[next_start..next_end]) {
            cue = Cue::Part;
        }
        words.push((next_start, next_end, cue));
        (start, end) = (next_start, next_end);
    }
    None
}

/// Whether the words `place` (one to [`LONGEST`], the first capitalised), after the
/// words of a name `name`, open a known place's name (`text/places.txt`, whole: "Paris",
/// "New York", not "New" alone) that is no given name the list knows, when the name's
/// first word is a given name and its second is not: a given name and a surname, whole,
/// and where the customer writes from after them ("Thanks, John Smith Paris": "John
/// Smith New York" was shown whole, read to no end of the message). After two given
/// names the third word is the surname more likely ("Thanks, Mary Ann Washington"), and
/// is read as one; after a particle, the surname ("Peter Van Houston", "Carlos Del Rio":
/// the summary's `name` fact was "Peter Van"). How many words of `place` the place's
/// name is, if it is one. Redaction masks the place with the name (it may be a second
/// surname: "María Martínez Valencia"); the summary's `name` facts end the name there.
pub(crate) fn place_after_a_name(name: &[&str], place: &[&str]) -> Option<usize> {
    let (&[first, second, ..], Some(head)) = (name, place.first()) else {
        return None;
    };
    if !is_given_name(first)
        || is_given_name(second)
        || name.last().is_some_and(|w| is_particle(w))
        || !capitalised(head)
        || is_given_name(head)
    {
        return None;
    }
    (1..=place.len().min(LONGEST))
        .rev()
        .find(|&n| is_known_place(&place[..n]))
}

/// Where the known places right after `end` end, each after a space or a comma and a
/// space, two at most ("Paris France", "Paris, France", "New York, USA" as far as
/// "York", "Manchester UK"): a place a customer writes from may name its country after
/// it, capitalised or in capitals.
fn places_on(text: &str, mut end: usize) -> usize {
    for _ in 0..2 {
        let from = if text[end..].starts_with(", ") {
            end + 1
        } else {
            end
        };
        let mut words: Vec<(usize, usize)> = Vec::new();
        while words.len() < LONGEST {
            let Some(word) = word_after(text, words.last().map_or(from, |&(_, e)| e)) else {
                break;
            };
            words.push(word);
        }
        let said: Vec<&str> = words.iter().map(|&(s, e)| &text[s..e]).collect();
        let Some(n) = (1..=said.len()).rev().find(|&n| {
            said[..n].iter().all(|w| w.starts_with(char::is_uppercase))
                && is_known_place(&said[..n])
        }) else {
            break;
        };
        end = glued_end(text, words[n - 1].1);
    }
    end
}
