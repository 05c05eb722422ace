//! Titles before a name: a word → whether it is a title ("Dr", "mrs", "PROF", "Miss",
//! never a word of a name), and a text and where a title ends → the words of the name
//! after it (the titles that are words too, "Sir", "Nurse", "Captain", "Judge", and the
//! abbreviations of other words too, "Capt", "Gen", only a name that may be no word:
//! `word_titles.rs`; a title glued to what follows, as before a space but where `glued.rs`
//! says none: "Dr,Harper", not "www.dr.com"; the surname after initials, in any case:
//! "Dr J Smith", "DR J SMITH", `initials.rs`; no one where the title's letters name a
//! street, "at Sunset Dr,Springfield", "Sir Francis Drake Blvd": `streets.rs`; the
//! initials masked too (an initial alone names no one: "Dr. B's"), particles, a third
//! word, a name in a script without case, and no one where the words name a place, "Lord
//! Howe Island": `parts.rs`; no one where the words name a product or a role, "Captain
//! Morgan rum", "Mr. Clean spray", "Herr Ober", `not_a_person.rs`): a
//! capitalised one as after "I'm" ("Dr. Lee", "Miss Baker"), a modal too
//! ("Dr. Will", not "Dr. May I ask"), and after a title written in lower case and its
//! full stop ("dr. Morgan") only one that is no common English word or a name that is
//! one ("my dr. Great news" names no one, "dr. Brown" does); or one in lower case or in
//! capitals (`lower_case.rs`: "with Dr johnson", "dr brown", "DR SPEED", "dr li"), unless
//! it is a word chats put after a title ("the dr will call", "dr said", "ms teams") or
//! the title is a noun and the word common ("the dr great"); never a thing chats put
//! after a title ("Mr. Robot", "dr pepper", "Dr appt", "dr stuff"), where a slip of
//! typing of one is a name ("Dr appointmnet"); "miss" in lower case is the verb after a
//! subject, a modal or an adverb ("i miss home"). Tells; the title's pattern is
//! `intro.rs`'s, the quick look for one before it `quick_look.rs`'s; the words after a
//! title that is no word too, `after_short_title.rs`'s.

use super::initials::{Initials, past_initials};
use super::words::{word_after, word_at};
use super::{Cue, capitalised};

mod after_short_title;
mod either_case;
mod foreign;
mod glued;
mod headlines;
mod lower_case;
mod quick_look;
mod streets;
mod word_titles;
use lower_case::ms_product;
pub(super) use lower_case::past_tense;
pub(super) use quick_look::may_name;
pub(super) use word_titles::is_word_title;
mod miss;
mod not_a_person;
mod parts;
pub(super) use parts::{particled, particles_after, shaped_as_third_word, third_word};
mod same_initial;
pub(in crate::redact) use not_a_person::{before_a_persons_verb, is_brand_name, is_brand_word};
pub(in crate::redact) use same_initial::{
    TitledInitial, TitledWord, initials_after_titles, title_before, titled_initials,
    words_after_titles,
};
pub(in crate::redact) use streets::is_street_word;

/// Whether `word` (in any case, without its full stop) is a title: "Dr", "mr", "Mrs",
/// "MS", "Mx", "prof", "Miss" (no word of a name: "Name: Miss Jane Smith"; where it
/// stands in a text, "miss" may be the verb: [`name_after_title`]).
pub(in crate::redact) fn is_title_word(word: &str) -> bool {
    ["dr", "mr", "mrs", "ms", "mx", "prof", "miss"]
        .iter()
        .any(|title| title.eq_ignore_ascii_case(word))
}

/// Words that follow a title in lower case without being a name, and are no common
/// English word either: "a dr appt", "my dr tmrw".
const AFTER_A_TITLE: &[&str] = &["appt", "appts", "apt", "apts", "tmr", "tmrw", "tonite"];

/// What chats put after a title that is no one, in any case: the visit and the place ("a
/// Dr Appointment", "the Dr. Office"), a bot addressed as one ("Mr. Robot", "Mrs
/// Assistant", STAR), what is the doctor's ("dr stuff like that"). No surname either.
const THINGS_AFTER_A_TITLE: &[&str] = &[
    "appointment",
    "appointments",
    "assistant",
    "bot",
    "chatbot",
    "clinic",
    "office",
    "prescription",
    "note",
    "notes",
    "pepper",
    "referral",
    "robot",
    "roboto",
    "stuff",
    "thing",
    "things",
    "visit",
    "visits",
];

/// Whether `word` (in any case) names a thing after a title: one of
/// [`THINGS_AFTER_A_TITLE`] or [`AFTER_A_TITLE`], as written, or a noun of headlines
/// ("Major Outage": `headlines.rs`). Not a slip of one: a
/// surname is often one letter from a thing ("Chabot" from "chatbot", "Ribot" from
/// "robot"), and a slip masked (`Dr [name]` for "Dr appointmnet") costs a word where a
/// surname shown is a leak.
pub(super) fn names_a_thing(word: &str) -> bool {
    let lower = lower(word);
    THINGS_AFTER_A_TITLE.contains(&lower.as_str())
        || AFTER_A_TITLE.contains(&lower.as_str())
        || headlines::is_headline_noun(&lower)
}

/// The words of the name after the title `text[title_start..at]` (its full stop, the
/// slip of punctuation or the spaces after it included), into `out`, each [`Cue::Title`]
/// (after a title that is a word too, `word_titles.rs`'s, [`Cue::Weak`]). A title glued to what follows
/// ("Dr.Smith", "Dr,Harper") takes what one before a space takes, but where it stands in
/// an address, a path or a file's name, or before a common word in lower case
/// (`glued.rs`).
pub(super) fn name_after_title(
    text: &str,
    title_start: usize,
    at: usize,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    // "I'M Going": the verb's "M", no title.
    if text[..title_start].ends_with(['\'', '\u{2019}']) && text[title_start..].starts_with('M') {
        return;
    }
    let Some((start, end)) = word_at(text, title_start) else {
        return;
    };
    // "Nurse-Joy": a hyphen glues only a capitalised name ("Nurse-Led Clinic" stays), and
    // is no part of the title's word.
    let hyphen = text[..at].ends_with('-');
    let end = if hyphen { end.min(at - 1) } else { end };
    let glued = glued::is_glued(text, at);
    if glued && !glued::may_stand(text, start, end) {
        return;
    }
    if foreign::names_no_one(text, start, end, at) {
        return;
    }
    let from = out.len();
    let word_title = word_titles::is_word_title(&lower(&text[start..end]));
    // "Dr. van der Berg", "Sr. de la Cruz": particles before the surname.
    let past = past_initials(text, at, Initials::AnyCase);
    // "Mr. St John": "Saint" opens the surname.
    let particled =
        parts::particled(text, past, true, out) || streets::saint_surname(text, past, out);
    if !particled {
        if word_title {
            word_titles::name_after_a_word_title(text, start, end, at, out);
        } else {
            after_short_title::words_after_title(text, start, end, at, out);
        }
    }
    // "Mr. de facto": a particle with no surname after it names no one (a review found
    // "de" masked).
    if let [(s, e, _)] = out[from..]
        && !particled
        && text[e..].starts_with(' ')
        && super::particles::lone_particle(&text[s..e])
    {
        out.truncate(from);
    }
    if out.len() == from {
        parts::uncased(text, at, out);
    }
    parts::particles_after(text, from, out);
    if let [(_, first_end, Cue::Title), (second, second_end, Cue::Title)] = out[from..]
        && text[first_end..second].trim_start_matches(' ').is_empty()
        && capitalised(&text[second..second_end])
    {
        parts::third_word(text, &text[second..second_end], second_end, out);
    }
    let dotted = text[end..].starts_with('.');
    if (hyphen
        && !out[from..]
            .first()
            .is_some_and(|&(s, e, _)| capitalised(&text[s..e])))
        || out[from..].first().is_some_and(|&(s, e, _)| {
            not_a_person::names_a_product_or_role(text, start, &text[start..end], dotted, s, e)
        })
    {
        out.truncate(from);
    }
    // "Mrs Chanel perfume", "Madame Figaro magazine": a thing's noun after the words,
    // or as their second, names a thing after the title, no one, where the first word
    // is a brand's or a title's of a short list; after a surname ("Mrs Smith perfume
    // order", "Frau Schmidt perfume": a review found them shown) the noun is no word of
    // the name and the surname is masked.
    let noun_at = out[from..]
        .iter()
        .skip(1)
        .position(|&(s, e, cue)| cue != Cue::Part && not_a_person::is_named_thing(&text[s..e]))
        .map(|at| from + 1 + at);
    let noun_after = out[from..].last().is_some_and(|&(_, e, _)| {
        word_after(text, e).is_some_and(|(s, e)| not_a_person::is_named_thing(&text[s..e]))
    });
    if noun_at.is_some() || noun_after {
        let thing = out[from..]
            .first()
            .is_some_and(|&(s, e, _)| not_a_person::is_things_name(&text[s..e]));
        if thing {
            out.truncate(from);
        } else if let Some(at) = noun_at {
            out.truncate(at);
        }
    }
    // "Mr. Okafor shampoo": a word of goods after the surname is no word of the name.
    if out.len() >= from + 2
        && out
            .last()
            .is_some_and(|&(s, e, cue)| cue != Cue::Part && not_a_person::is_goods(&text[s..e]))
    {
        out.pop();
    }
    // "Major Power Outage", "Major Outage's impact": a headline, whichever word of it
    // is the noun.
    if parts::a_place(text, &out[from..], word_title)
        || out[from..]
            .iter()
            .any(|&(s, e, _)| headlines::is_headline_noun(&lower(&text[s..e])))
    {
        out.truncate(from);
    }
    // "MS Excel", "MS.Word": Microsoft's, after "ms" in capitals as in lower case.
    let microsoft = text[start..end].eq_ignore_ascii_case("ms") && !capitalised(&text[start..end]);
    if out[from..].first().is_some_and(|&(s, e, _)| {
        (glued && glued::names_no_one(text, at, s, e)) || (microsoft && ms_product(&text[s..e]))
    }) || streets::drive(text, start, end, at)
        || out[from..]
            .last()
            .is_some_and(|&(s, e, _)| streets::a_street(text, s, e))
    {
        out.truncate(from);
    }
    // "Nurse J. Smith": the initials too, masked where they stand only. An initial alone
    // is no name ("Dr. B's office", "Mr. T", "Mr. J said"): one letter names no one, and
    // is how a writer leaves the name out.
    if let Some(&(first, _, _)) = out[from..].iter().min_by_key(|&&(s, _, _)| s) {
        parts::initials(text, at, first, out);
    }
    // "Mr. A. B. said no": two initials in a row and no surname are a name.
    if out.len() == from {
        parts::two_initials(text, at, out);
    }
    // "MM. Dubois et Martin": two people.
    foreign::second_name(text, &text[start..end], from, out);
}

/// The word before `at` in `text`, past spaces, in lower case: its letters and
/// apostrophes ("you'll", "don't"), a curly one straight.
fn word_before(text: &str, at: usize) -> String {
    let before = text[..at].trim_end_matches([' ', '\t']);
    lower(&before[start_of_word_before(text, at)..])
}

/// Where the word before `at` in `text` starts, past spaces ([`word_before`]'s word).
fn start_of_word_before(text: &str, at: usize) -> usize {
    text[..at]
        .trim_end_matches([' ', '\t'])
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, '\'' | '\u{2019}')))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// `word` in lower case, its curly apostrophe straight.
fn lower(word: &str) -> String {
    word.to_lowercase().replace('\u{2019}', "'")
}

#[cfg(test)]
mod tests {
    use super::super::introduced;

    fn found(text: &str) -> Vec<&str> {
        introduced(text, false)
            .into_iter()
            .map(|(s, e, _)| &text[s..e])
            .collect()
    }

    #[test]
    fn titles_in_any_case_are_titles() {
        for word in [
            "Dr", "dr", "DR", "mrs", "Ms", "MX", "prof", "Prof", "Miss", "miss",
        ] {
            assert!(super::is_title_word(word), "{word}");
        }
        for word in ["Drew", "d", "Missy", "professor", ""] {
            assert!(!super::is_title_word(word), "{word}");
        }
    }

    /// A name in lower case after a title, or after a title written in
    /// lower case, was shown ("with Dr johnson", "dr morgan": STAR star-661, star-703).
    #[test]
    fn a_name_after_a_title_in_any_case() {
        for (text, name) in [
            ("I need an appointment with Dr johnson", "johnson"),
            ("I have an apt with dr morgan, thanks", "morgan"),
            ("I went to dr. morgan NOT dr. alexis", "morgan alexis"),
            ("My new dr is dr. Morgan", "Morgan"),
            ("I need a followup with DR morgan", "morgan"),
            ("Dr. Alexis Smith, please", "Alexis Smith"),
            ("see Ms. lopez today", "lopez"),
            ("ask prof okafor", "okafor"),
        ] {
            assert_eq!(found(text).join(" "), name, "{text:?}");
        }
        // Not names: what follows a title without naming anyone.
        for text in [
            "I need to make a dr appointment",
            "Hopefully the dr. will share more stories",
            "I need to book a Dr appt please",
            "the Dr. today, ASAP!",
            "I saw my dr. Great news though",
            "Yeah what did the dr say about my pills",
            "we use ms teams and ms excel",
            "latency is 200 ms everywhere",
            "my dr tmrw",
            "dr pepper please",
        ] {
            assert!(found(text).is_empty(), "{text:?}: {:?}", found(text));
        }
    }
}
