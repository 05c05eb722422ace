//! Other people's and animals' names after the word for who they are: a text → the
//! spans of the capitalised names in "my son John", "my wife Sarah Lee", "her husband,
//! Tom," (one or two words, as after "I'm": [`Cue::Weak`]), so "my son is sick", "my wife
//! and I" and "my husband Called" give none; and of the name after "called" said of an
//! animal or a person ("a dog called Buster", "a guy called Mike"), in lower case too when
//! it is no common English word and said of an animal, "a" person or after "is called"
//! ("a dog called rex", masked in any case then: a name given in lower case is written
//! so), not "it is called support", "someone called comcast"; and of the person asked for
//! or spoken to ("ask for Priya", "I spoke to Mike"). Finds; which words may be a
//! name is `words.rs`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::super::names::is_a_word_too;
use super::untitled::is_given_name;
use super::words::{
    MODAL_NAMES, ends_a_clause, everyday, follows_names, is_not_a_name, is_service,
    may_be_remembered, rest_of_name, word_at,
};
use super::{Cue, capitalised, is_common_english, is_only_a_word, name_after};
use crate::text::calendar;

mod described;
mod teams;

/// "my son", "her husband,", "our eldest daughter", "my ex-wife", "my mother-in-law",
/// "my hubby", "my doctor", "my husband (": a
/// possessive, maybe a word saying which, the word for someone close or whom one sees
/// for a service, then a space, a comma or an opening bracket ("my husband (Jan Bosch)
/// booked it": a review found it shown), and "is" or "was" after it ("my doctor is
/// Morgan": STAR star-1426; taken after [`SERVICES`] only).
static KIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:(?-u:\b)(?:my|his|her|our|their|your)\s+(?:(?:late|eldest|oldest|youngest|little|baby|big|older|younger|step|ex|new|best)[\s-]*)?(?:(?:mother|father|brother|sister|son|daughter)-in-law|son|daughter|wife|wifey|husband|hubby|partner|spouse|fianc[eé]e?|boyfriend|girlfriend|brother|sister|mother|father|mom|mum|mommy|mummy|dad|daddy|grandson|granddaughter|grandmother|grandfather|grandma|grandpa|granny|nephew|niece|cousin|aunt|auntie|uncle|friend|kid|child|baby|colleague|coworker|boss|manager|supervisor|roommate|flatmate|neighbou?r|doctor|gp|dentist|physician|surgeon|therapist|landlord|landlady|lawyer|attorney|teacher|tutor|nurse|midwife|carer|caregiver|nanny|counsell?or|psychiatrist|pharmacist|vet)(?-u:\b))(?:[ \t]*[,(][ \t]*|[ \t]+)(?:(?:is|was)[ \t]+)?",
    )
    .expect("the kin pattern is valid")
});

/// "a dog called", "my son was called", "someone called", "my doctor is called", "my
/// manager is called", "my manager's called" (before a name in quotes only): an animal (the group `animal`) or a person (whom one sees for a
/// service, the group `service`, or someone close or at work, the group `close`, a niece,
/// a grandma, a girlfriend, a fiancé, a mother-in-law, a hubby too, with
/// "is" or "was" only), maybe after "a", "some" … (the group `a`), then
/// "called", maybe after "is", "was" or "'s" (the group `is`) (a pet's is `kinds/security.rs`'s: an answer to a
/// security question).
static CALLED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:(?-u:\b)(?<a>(?:a|an|some|this|that)\s+)?(?:(?<animal>dog|doggy|cat|puppy|pup|kitten|kitty|horse|pony|bird|parrot|budgie|hamster|rabbit|bunny|goldfish|turtle|tortoise|snake|ferret)|son|daughter|boy|girl|guy|man|woman|lady|baby|kid|friend|brother|sister|cousin|agent|driver|person|someone|somebody|(?<close>(?:mother|father|brother|sister|son|daughter)-in-law|husband|hubby|wife|wifey|partner|spouse|fianc[eé]e?|girlfriend|boyfriend|mother|father|mom|mum|dad|grandma|grandpa|granny|grandmother|grandfather|grandson|granddaughter|niece|nephew|aunt|auntie|uncle|boss|manager|supervisor|colleague|coworker|neighbou?r)|(?<service>doctor|gp|dentist|physician|surgeon|therapist|landlord|landlady|lawyer|attorney|teacher|tutor|nurse|midwife|carer|caregiver|nanny|counsell?or|psychiatrist|pharmacist|vet))(?:(?<is>\s+(?:is|was)\s+|['’]s\s+)|\s+)called)[ \t]+",
    )
    .expect("the called pattern is valid")
});

/// "ask for", "asked for", "speak to", "talk with": the person asked for by name
/// follows ("ask for Priya", "I spoke to Mike Ross yesterday"), a capitalised word that may
/// be a name ("ask for Help", "speak to Sales", "talk to Comcast" name no one).
static ASK_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)(?:ask(?:ed|ing)?[ \t]+for|(?:speak|spoke|talk|talked)[ \t]+(?:to|with)))[ \t]+")
        .expect("the ask-for pattern is valid")
});

/// The words of [`KIN`] for whom one sees for a service, after which "is" or "was" is
/// followed by their name ("my doctor is Morgan"); after family and friends, by what they
/// are as often ("my friend is Canadian", "my son is Sick"). Sorted.
const SERVICES: &[&str] = &[
    "attorney",
    "caregiver",
    "carer",
    "counsellor",
    "counselor",
    "dentist",
    "doctor",
    "gp",
    "landlady",
    "landlord",
    "lawyer",
    "midwife",
    "nanny",
    "nurse",
    "pharmacist",
    "physician",
    "psychiatrist",
    "surgeon",
    "teacher",
    "therapist",
    "tutor",
    "vet",
];

/// "get Alexis vaccinated" (STAR star-2479): a capitalised word after "get" and before
/// what is done to a patient names the patient, a child as often as not. Latin letters
/// (Latin-1's accented ones too) only: the Unicode classes cost more to build than the
/// pattern costs to run over a thousand conversations.
static GET_SEEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(?i:get|getting)[ \t]+[A-ZÀ-Þ][a-zA-Zß-ÿ'’]*(?:[ \t]+[A-ZÀ-Þ][a-zA-Zß-ÿ'’]*)?[ \t]+(?i:vaccinated|immunized|immunised|checked|tested|examined|seen)(?-u:\b)",
    )
    .expect("the get-seen pattern is valid")
});

/// The names right after each word for someone close, and after "called" of an animal
/// or a person, in `text`, into `out`.
pub(super) fn names(text: &str, out: &mut Vec<(usize, usize, Cue)>) {
    for m in KIN.find_iter(text) {
        // "my doctor is": only after a word of a service.
        let found = m.as_str().trim_end().to_ascii_lowercase();
        let said = found
            .strip_suffix(" is")
            .or_else(|| found.strip_suffix(" was"));
        let word = said
            .unwrap_or(&found)
            .trim_end_matches([' ', '\t', ',', '('])
            .rsplit([' ', '\t', '-', ',', '('])
            .next();
        let service = word.is_some_and(|word| SERVICES.binary_search(&word).is_ok());
        if said.is_some() && !service {
            continue;
        }
        let from = out.len();
        capitalised_name_after(text, m.end(), out);
        if let Some(close) = [(',', ','), ('(', ')')]
            .into_iter()
            .find_map(|(open, close)| m.as_str().contains(open).then_some(close))
        {
            rest_set_off(text, from, close, out);
        }
        if service && said.is_some() && out.len() == from {
            modal_name_alone(text, m.end(), out);
        }
        if service {
            // "my doctor is French", "Covid positive": what the doctor is, no name.
            if out[from..]
                .first()
                .is_some_and(|&(s, e, _)| described::describes(text, s, e))
            {
                out.truncate(from);
            }
            // Whom one sees for a service is named as after a title ("my doctor is
            // Morgan" … "morgan was my previous one": STAR star-1426), in any case later;
            // but a name that is a word too only where capitalised ("my doctor is
            // Smith" … "the smith at the forge").
            for found in &mut out[from..] {
                if !is_a_word_too(&text[found.0..found.1].to_lowercase()) {
                    found.2 = Cue::Title;
                }
            }
        }
    }
    for m in ASK_FOR.find_iter(text) {
        capitalised_name_after(text, m.end(), out);
    }
    for m in GET_SEEN.find_iter(text) {
        let Some(at) = m.as_str().find(char::is_whitespace).map(|i| m.start() + i) else {
            continue;
        };
        let at = at + text[at..].len() - text[at..].trim_start_matches([' ', '\t']).len();
        let mut words = Vec::new();
        capitalised_name_after(text, at, &mut words);
        // The verb is no word of the name ("get Alexis Seen" aside).
        let verb = text[..m.end()].rfind([' ', '\t']).unwrap_or(m.end());
        out.extend(words.into_iter().filter(|&(_, e, _)| e <= verb));
    }
    for c in CALLED.captures_iter(text) {
        let Some(m) = c.get(0) else { continue };
        // "my doctor is called Okafor"; "my doctor called Okafor" phoned them, as "my
        // manager called Anna" did ("My manager is called 'Anna Berg'": a review found it
        // shown).
        if (c.name("service").is_some() || c.name("close").is_some()) && c.name("is").is_none() {
            continue;
        }
        // "My husband was called Tuesday by your agent", "My manager was called Friday
        // about it": someone close "was called" on the phone, named no one (a review found
        // "Tuesday" masked and remembered); "my husband is called Steve" names him.
        let was = c.name("is").is_some_and(|is| {
            let is = is.as_str().trim_start().to_lowercase();
            !is.starts_with("is") && !is.starts_with(['\'', '’'])
        });
        if c.name("close").is_some() && was {
            continue;
        }
        // "My wife's called Wells Fargo twice", "my son's called Delta": "'s called" is
        // "has called" as often as "is called", so it names someone only in quotes ("My
        // manager's called 'Anna Berg'"); a review found companies masked and remembered.
        // An animal phones no one: "my dog's called rex" names it.
        let has = c
            .name("is")
            .is_some_and(|is| is.as_str().starts_with(['\'', '’']));
        if has
            && c.name("animal").is_none()
            && !text[m.end()..].starts_with(super::words::OPENING_QUOTES)
        {
            continue;
        }
        // A day is when, never a name ("my son was called Friday"), and so is a month
        // after "was called" ("my son was called May"); "my daughter is called June" names
        // her.
        let unquoted = text[m.end()..].trim_start_matches(super::words::OPENING_QUOTES);
        if word_at(text, text.len() - unquoted.len()).is_some_and(|(s, e)| {
            calendar::weekday(&text[s..e]).is_some()
                || (was && calendar::month(&text[s..e]).is_some())
        }) {
            continue;
        }
        let before = out.len();
        capitalised_name_after(text, m.end(), out);
        if c.name("service").is_some()
            && out[before..]
                .first()
                .is_some_and(|&(s, e, _)| described::describes(text, s, e))
        {
            out.truncate(before);
        }
        if c.name("service").is_some() {
            // Named as after "my doctor is" ("is called Okafor" … "okafor said so").
            for found in &mut out[before..] {
                if !is_a_word_too(&text[found.0..found.1].to_lowercase()) {
                    found.2 = Cue::Title;
                }
            }
        }
        if out.len() > before {
            continue;
        }
        // In lower case, one word that is no common English word, said of an animal, of
        // "a" person or with "is" or "was" ("a dog called rex", "some guy called mike",
        // "my son is called tom"): after a person alone, "called" is more often the
        // verb, and what follows it a company ("someone called comcast", "my friend
        // called verizon").
        if c.name("animal").is_none() && c.name("a").is_none() && c.name("is").is_none() {
            continue;
        }
        if let Some((start, end)) = word_at(text, m.end()).filter(|&(s, _)| s == m.end()) {
            let lower = text[start..end].to_lowercase().replace('’', "'");
            if lower.chars().all(char::is_lowercase)
                && lower.chars().count() >= 2
                && !is_common_english(&lower)
                && !is_not_a_name(&text[start..end])
                && !everyday(&lower)
                && !is_service(&lower)
            {
                let from = out.len();
                out.push((start, end, Cue::Named));
                // "my husband is called jan van den bosch", "my son is called tom
                // riddle": the rest of a name given so is read as after "my name is" (a
                // review found "[name] van den bosch").
                if c.name("is").is_some() {
                    rest_of_name(text, Cue::Named, from, out);
                }
            }
        }
    }
}

/// The most words a name set off by commas is read to past its first two (eight in all,
/// as after "my name is").
const MOST_SET_OFF: usize = 6;

/// After a word for someone close set off by a comma (or an opening bracket) and the
/// first two words of a name found (`out[from..]`), the rest of the name up to the
/// comma (the `close`ing bracket) that closes it ("my husband (Jan van Bosch Smit)"), each word
/// capitalised and shaped as a name's third ("My wife, Ana Maria Lopez Garcia, booked
/// it": a review found "Lopez Garcia" shown), into `out`; none without that comma ("my
/// wife, Ana Maria Lopez Garcia booked it" stays as after "I'm"). Each a [`Cue::Weak`],
/// remembered, when the first two are given names ("Ana Maria") and up to a word no
/// name's third may be remembered as ([`may_be_remembered`]: a place's, a business's), a
/// [`Cue::Part`], masked where it stands only, otherwise ("My wife, Sarah Lee Marriott
/// Bonvoy, booked": a later review found "Marriott" masked in every message after).
fn rest_set_off(text: &str, from: usize, close: char, out: &mut Vec<(usize, usize, Cue)>) {
    let [(first, first_end, _), (mut start, mut end, _)] = out[from..] else {
        return;
    };
    let mut cue = if is_given_name(&text[first..first_end]) && is_given_name(&text[start..end]) {
        Cue::Weak
    } else {
        Cue::Part
    };
    let mut found = Vec::new();
    while found.len() < MOST_SET_OFF {
        let mut next = Vec::new();
        super::title::third_word(text, &text[start..end], end, &mut next);
        let Some(&(next_start, next_end, _)) = next.first() else {
            return;
        };
        // "My wife, Jose Luis Baker McKenzie London, booked": a place's, a business's
        // word and those after it are masked here only (a review found "London"
        // remembered).
        if !may_be_remembered(&text[next_start..next_end]) {
            cue = Cue::Part;
        }
        found.push((next_start, next_end, cue));
        if text[next_end..].starts_with(close) {
            out.extend(found);
            return;
        }
        (start, end) = (next_start, next_end);
    }
}

/// After "my doctor is": a capitalised modal that is a name too ("Will", "May") that ends
/// its clause ("my doctor is Will", "my doctor is Will, he said") names the doctor, as no
/// modal ends a clause; as does one before a capitalised surname ("my doctor is Will
/// Smith", which a review found shown whole); not one before a verb ("my doctor is May be
/// late" aside, "my doctor is Will you" reads as a question). A review found "Will" shown.
/// One before a word that joins another clause ([`ends_a_clause`]: "my doctor is Will
/// and he is nice") ends its own, as a name: the forty-second session's review found it
/// shown.
fn modal_name_alone(text: &str, at: usize, out: &mut Vec<(usize, usize, Cue)>) {
    let Some((start, end)) = word_at(text, at).filter(|&(s, _)| s == at) else {
        return;
    };
    let word = &text[start..end];
    let rest = text[end..].trim_start_matches([' ', '\t']);
    if !capitalised(word) || !MODAL_NAMES.contains(&word.to_lowercase().as_str()) {
        return;
    }
    if ends_a_clause(rest) {
        out.push((start, end, Cue::Weak));
        return;
    }
    let surname_at = end + text[end..].len() - rest.len();
    let mut surname = Vec::new();
    if surname_at > end {
        capitalised_name_after(text, surname_at, &mut surname);
    }
    if let Some(&found) = surname.first().filter(|&&(s, _, _)| s == surname_at) {
        out.push((start, end, Cue::Weak));
        out.push(found);
    }
}

/// The capitalised words of a name at `at` (as after "I'm"), into `out`; not a word in
/// lower case after one: "my daughter Angela vaccinated" (STAR) names Angela alone; nor
/// a common word chats put after a name, capitalised ("my father Said no", "my son
/// Went home": what follows names, no name of its own).
fn capitalised_name_after(text: &str, at: usize, out: &mut Vec<(usize, usize, Cue)>) {
    let mut words = Vec::new();
    name_after(text, at, Cue::Weak, &mut words);
    if words.first().is_some_and(|&(s, e, _)| {
        let lower = text[s..e].to_lowercase();
        is_only_a_word(&lower) && follows_names(&lower)
    }) {
        return;
    }
    // "Your supervisor, Customer Care, hung up", "My manager, Regional Sales": a team's
    // word in or right after the words names a team (a review found "Customer [name]").
    let next = words
        .last()
        .and_then(|&(_, e, _)| super::words::word_after(text, e));
    if words
        .iter()
        .map(|&(s, e, _)| (s, e))
        .chain(next)
        .any(|(s, e)| teams::is_team(&text[s..e]))
    {
        return;
    }
    // The particles before a capitalised surname are the name's ("My husband, Jan van
    // den Bosch, called me": a review found all but "Jan" shown).
    out.extend(
        words
            .into_iter()
            .take_while(|&(s, e, cue)| cue == Cue::Part || capitalised(&text[s..e])),
    );
}

#[cfg(test)]
mod tests;
