//! Names given in the text itself: text → the spans of the words a speaker introduces as
//! a name ("my name is Tyler Jones", "Name: Tyler", "I'm Ben", "it is Tyler Jones",
//! "Tyler here", "Here is Tyler", "Regards, Tyler", "Dr. Lee", "my kids' names are Tyler
//! and Jane": `listed.rs`, "my son John": `kin.rs`, "de Souza": `untitled.rs`, "Me llamo
//! Lucía", "Soy Lucía": `other_languages.rs`), and the name a
//! customer gives in reply to a question for it ("Could I get your name?" "Tyler Jones",
//! "Tyler Jones, and my order is late": `reply.rs`), for the exports that carry no name
//! column. Which words after a cue may be a name is `words.rs`'s; the cues "it's" and
//! "here", `its_and_here.rs`'s; a name read up to what ends it ("here", a sign-off's
//! end), `named_before.rs`'s.
//!
//! Each cue but "my name is" and "Name:" takes only capitalised words that may be a name
//! ("this is urgent", "I'm Sorry", "Thanks, bye", "It's me, Again" give none), and after
//! one a surname in lower case that is no word chats put after a name ("Jane doe", not
//! "Jane and"); "it's" only a name that ends its clause ("It's Chicago weather" gives
//! none). Two words that end as a place's or a business's name ("Name: Cactus Club",
//! "It's Southside Venue") and a service's name ("my friend Netflix account") are none
//! but after "my name is"; what follows "your name is" is the bot's. A reply to a
//! question for the name may give it in lower case ("susan", "it's
//! mark"), when its words are no common English words (`text/common_english.txt`) or a
//! cue says a name follows; not before a measure ("Samsung 55 inch TV"). Accepted: a
//! capitalised word before "here" in the message that opens a conversation is taken for a
//! name ("Netflix here, …").

use std::sync::LazyLock;

use regex::Regex;

use super::memo::{Memo, remembered};
use super::names::{is_common_english, is_name_word, is_only_a_word, is_word_char};
use crate::text::capitalised;
use initials::Initials;

mod between;
mod initials;
mod its_and_here;
mod kin;
mod listed;
mod named_before;
mod other_languages;
mod particles;
mod reply;
mod sign_off;
mod slips;
mod title;
mod typo;
mod untitled;
mod words;
pub(in crate::redact) use initials::initials_among;
use its_and_here::after_its;
pub(super) use its_and_here::{its_in_reply, named_here};
pub(crate) use named_before::place_after_a_name;
use named_before::{name_before, named_mid_message};
pub(crate) use other_languages::is_state_in_another_language;
pub(in crate::redact) use particles::{Spacing, lone_particle, particles_at};
pub(super) use reply::{asks_for_name, reply_name};
pub(super) use sign_off::courtesy;
use sign_off::{ends_a_sentence, ends_the_message};
use slips::glued_end;
pub(in crate::redact) use slips::{glued_whole, possessive_stem, slips_inside};
use title::is_word_title;
use title::may_name;
pub(super) use title::{
    TitledInitial, TitledWord, before_a_persons_verb, initials_after_titles, is_brand_name,
    is_brand_word, title_before, titled_initials, words_after_titles,
};
pub(in crate::redact) use title::{is_street_word, is_title_word};
pub(crate) use untitled::is_given_name;
use words::{
    CHAT_ABBREVIATIONS, NOT_A_NAME, everyday, follows_names, is_tech_pair, name_after,
    rare_or_name, said_name_after, surname_in_lower_case, word_at,
};
pub(crate) use words::{
    is_not_a_name, is_place_end, is_state_word, is_tier_before_its_noun, stands_for_no_name,
};
pub(super) use words::{letters_before, word_after};

/// How sure the words after an introduction are a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Cue {
    /// "my name is …", "name's …": the next words are the name, in any case.
    Named,
    /// "Dr. …", "mrs. …": a capitalised word after a title, or one in lower case that is
    /// no common English word (`title.rs`).
    Title,
    /// "I'm …", "I am …", "this is …", "call me …": only a capitalised word that could be
    /// a name ("I'm Ben", not "I'm Sorry").
    Weak,
    /// A part of a name after a title masked where it stands but no word of the names
    /// said again later: an initial ("Nurse J. Smith") or a particle ("Dr. van der
    /// Berg"), which remembered would mask every "J", "van" or "de" of the conversation.
    Part,
}

/// "my name is", "name's": the name follows, in any case.
static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)name(?:\s+is|['’]s))[\s:]+")
        .expect("the introduction pattern is valid")
});

/// A title before a name, in any case ("Dr", "dr.", "MRS", "Dr'" typed for "Dr.", "miss"),
/// and its full stop or a slip of punctuation without a space after ("Dr.Johnson",
/// "Mr;Smith": STAR star-1122, star-4403; "Dr,Harper", "Dr:Harper", "Dr/Harper",
/// "Miss.Lee"; an underscore, a quote or a bracket, `Nurse_Joy`, `Dr_Smith`,
/// `Nurse "Joy"`, "Dr (Smith)"); the titles that are words too, in any case, before a
/// space or glued by a slip ("Sir", "nurse", "OFFICER", "Doctor", "Mister", "Father", "Lord",
/// "Dame", "judge", "captain": only a name that is no common word follows, "Nurse Joy",
/// not "the nurse said"; "Nurse.Joy", and a capitalised one after a hyphen, "Nurse-Joy"),
/// and the others only capitalised or in capitals ("Detective", "Lady", "Major",
/// "Pastor"; "Doc" capitalised: "Doc Johnson", STAR star-1117, or in lower case
/// before a name the names list holds: "doc brown"); and the
/// abbreviations of titles that abbreviate other words too, capitalised or in capitals,
/// with their full stop or without ("Capt.", "Rev", "Sgt", "Lt", "Col", "Gen", "Sr",
/// "Sra", "Det", "Insp", "Cpl", "Maj", "Fr", "Hon", "Mme", "Mlle", "Herr", "Frau", "Señora", "Dra",
/// "Srta", "Fräulein", "Mademoiselle", "Madame", "Monsieur", "Signora", "Signorina",
/// "Signor", "Sig.", "Dott.", "Avv.", "Ing.", "Frl." and "Mons." with their full stop,
/// an Italian title's abbreviation with its feminine ending after the full stop
/// ("Sig.ra", "Sig.na", "Dott.ssa", "Prof.ssa", "Avv.ssa": any of "Sig", "Dott", "Prof",
/// "Avv", "Ing" with "ra", "na" or "ssa"), "M." and "MM."
/// with theirs and a space, "M" before a space (a capitalised name that is no word only,
/// `foreign.rs`): "Gen Z", "Sr Manager" name no one,
/// `title.rs`), "señor", "señora", "señorita", "frau", "fräulein", "mademoiselle" and
/// "monsieur" in lower case too, "DOC" in capitals; a full stop and a dash
/// may glue the name to the title ("Dr.—Patel", "Mr.--Jones"). What may follow one, when "miss" is the verb ("I
/// miss you"), and what a title glued to the word after it takes, is `title.rs`'s.
static TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"(?-u:\b)(?:(?:Sig|SIG|Dott|DOTT|Prof|PROF|Avv|AVV|Ing)\.(?:ra|na|ssa|RA|NA|SSA)\.?(?:\s*["“(]|\s+)|(?i-u:dr|mr|mrs|ms|mx|prof)(?:[.'’]?\s*["“(]|[.'’]?\s+|\.(?:[—–]|--)|[.;,:/_])|(?i-u:miss)(?:\s*["“(]|\s+|[.;,:/_])|(?:(?i-u:sir|nurse|officer|doctor|mister|professor|reverend|sergeant|sister|father|lord|dame|judge|captain)|Detective|DETECTIVE|Doc|DOC|doc|Lady|LADY|Major|MAJOR|Pastor|PASTOR)(?:\s*["“(]|\s+|[.;,:/_-])|(?:Capt|CAPT|Rev|REV|Sgt|SGT|Lt|LT|Col|COL|Gen|GEN|Sra?|SRA?|Det|DET|Insp|INSP|Cpl|CPL|Maj|MAJ|Fr|FR|Hon|HON|Mme|MME|Mlle|MLLE|Herr|HERR|Frau|FRAU|frau|Señora?|SEÑORA?|señora?|Señorita|SEÑORITA|señorita|Dra|DRA|Srta|SRTA|Fräulein|FRÄULEIN|fräulein|Mademoiselle|MADEMOISELLE|mademoiselle|Madame|MADAME|Monsieur|MONSIEUR|monsieur|Signora|SIGNORA|Signorina|SIGNORINA|Signor|SIGNOR)(?:\.?\s*["“(]|\.?\s+|\.(?:[—–]|--)|[.;,:/_])|(?:Sig|SIG|Dott|DOTT|Avv|AVV|Ing|Frl|FRL|Mons|MONS)\.(?:\s*["“(]|\s+)|M{1,2}\.[ \t]+|M[ \t]+)"#,
    )
    .expect("the introduction pattern is valid")
});

/// A label: "Name: Tyler Jones", "Full name: …", "name - Tyler"; the name follows (after
/// a dash, only a capitalised one). Not "Company name: Acme" ([`label_names_customer`]).
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)name)(?:[ \t]*[:：][ \t]*|[ \t]+[-–—][ \t]+)")
        .expect("the introduction pattern is valid")
});

/// A sign-off before the name that ends a message: "Regards, Tyler Jones", "Cheers,
/// Tyler", "Thanks,\nTyler", "Thanks, John" (a thank-you to the agent by name names the
/// agent, masked as well: a name is a name; "Thanks, Amazon", "Thanks, Great", "thanks,
/// ok" name no one: [`name_before`] takes a capitalised word that may be a name); "Best,"
/// with its comma or a colon ("Best, Sarah Smith", "Best: Sarah Smith"; "Best" alone is
/// the adjective: "Best Buy"), and the Spanish and French sign-offs "Saludos", "Un
/// saludo", "Cordialement"; a colon after one as its comma ("Thanks: Ana Lopez",
/// "Regards: Ana": a review found them shown), a space or two before either ("Thanks :
/// Ana", "Thanks , Ana").
static SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:(?-u:\b)(?:(?:(?:kind|best|warm|warmest|many)\s+)?(?:regards|cheers|sincerely|wishes|thanks|thank\s+you|thx)|best[ \t]*[,:]|saludos|un\s+saludo|cordialement))(?:[ \t]+[,:]|[,.!:])?\s*",
    )
    .expect("the introduction pattern is valid")
});

/// A dash before the name that ends a message, at the start of a line or after a
/// sentence's end: "I need a refund\n- Dave", "Please call me back. -Dave"; not after a
/// word ("status - Pending", "London - Heathrow": a dash there joins two things).
static DASH_SIGN_OFF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m:^|[.!?][ \t]+)[ \t]*[-–—~][ \t]*").expect("the introduction pattern is valid")
});

/// The other introductions: "I'm", "I am", "I'm called", "this is", "call me", "my name"
/// without "is" ("My name Sarah Brown"), "names" for "name's", and "it's" or "it's me,"
/// (its own group: [`after_its`]), "it's me" also written "its me" or "it is me", and its
/// comma with no space after it ("It's me,Alexis"), "it's still" as "it's" ("Duh, it's
/// still Alexis": STAR star-804). "Its" without "me" is none: "its
/// Bluetooth." is a thing's; "it is" without "me" is [`IT_IS`]'s.
static WEAK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:(?-u:\b)(?:((?:it['’]?s|it\s+is)\s+me(?:\s*,\s*|\s+))|(?:(?:i['’]?m|i\s+am)(?:\s+called)?|this\s+is|call\s+me|my\s+name|names|(it['’]s(?:\s+still)?))\s+))",
    )
    .expect("the introduction pattern is valid")
});

/// "it is" before a name of two words ("Hi, it is Tyler Jones"): written out, "it is"
/// is said of a place or a thing more often than "it's" is ("It is Chicago."), so one
/// capitalised word after it names no one ([`it_is_two_words`]).
static IT_IS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i:(?-u:\b)it\s+is\s+)").expect("the introduction pattern is valid")
});

/// The spans of name words introduced in `text`, with the cue that introduced them, in
/// order; the weak cues' only if `weak`. Two words a name ("Tyler Jones"), and the rest
/// of one after "my name is" or a place-shaped surname's first word ("Maria Porto da
/// Silva", "Ana San Antonio": `words/rest.rs`); a first word that cannot be a name ends
/// the search at that introduction. "Tyler here"
/// is not looked for: [`named_here`]. Kept for the next time the same text comes
/// (`memo.rs`): each text is masked more than once (in the transcript, the summary, the
/// evidence), and customers' messages repeat.
pub(super) fn introduced(text: &str, weak: bool) -> Vec<(usize, usize, Cue)> {
    thread_local! {
        static ALL: Memo<Vec<(usize, usize, Cue)>> = Memo::default();
        static STRONG: Memo<Vec<(usize, usize, Cue)>> = Memo::default();
    }
    if weak {
        remembered(&ALL, text, |text| introductions(text, true))
    } else if may_name(text.as_bytes()) {
        remembered(&STRONG, text, |text| introductions(text, false))
    } else {
        Vec::new()
    }
}

/// [`introduced`], found.
fn introductions(text: &str, weak: bool) -> Vec<(usize, usize, Cue)> {
    let mut out = Vec::new();
    // Where each cue ends, and how initials after it are written: those before the name
    // read there go with it ([`initials::with_initials_before`]).
    let mut cues = Vec::new();
    // Each on its own: finding without groups is the regex crate's fastest path.
    if may_name(text.as_bytes()) {
        for (regex, cue) in [(&NAMED, Cue::Named), (&TITLE, Cue::Title)] {
            for m in regex.find_iter(text) {
                match cue {
                    // "Your name is bank?": the bot's or the agent's name, not the
                    // customer's.
                    Cue::Named if word_before_is(text, m.start(), "your") => {}
                    Cue::Named => {
                        cues.push((m.end(), Initials::Title));
                        said_name_after(text, m.end(), cue, &mut out);
                    }
                    _ => title::name_after_title(text, m.start(), m.end(), &mut out),
                }
            }
        }
        for m in LABEL.find_iter(text) {
            if label_names_customer(text, m.start()) {
                let dash = m.as_str().contains(['-', '–', '—']);
                let cue = if dash { Cue::Title } else { Cue::Named };
                cues.push((m.end(), Initials::Title));
                name_after(text, m.end(), cue, &mut out);
            }
        }
    }
    if weak {
        weak_cues(text, &mut cues, &mut out);
        listed::names(text, &mut out);
        kin::names(text, &mut out);
        other_languages::names(text, &mut out);
        untitled::names(text, &mut out);
    }
    // "Dr Al;exis": a slip of punctuation inside a name leaves its part after it as much
    // the name's.
    for span in &mut out {
        span.1 = glued_end(text, span.1);
    }
    out.sort_unstable_by_key(|&(start, _, _)| start);
    // "Lucía de la Cruz": the particles between a name's words stay as written.
    between::without_particles_between(text, &mut out);
    // "John A. Smith": an initial between a name's words is masked with them.
    initials::with_initials_between(text, &mut out);
    // "I am J. Smith": the initial before a name with it.
    initials::with_initials_before(text, &cues, &mut out);
    out
}

/// The names after "I'm", "this is" … and before a sign-off in `text`, into `out`; where
/// each cue ends, into `cues`.
fn weak_cues(text: &str, cues: &mut Vec<(usize, Initials)>, out: &mut Vec<(usize, usize, Cue)>) {
    for c in WEAK.captures_iter(text) {
        let end = c.get(0).map_or(0, |m| m.end());
        cues.push((end, Initials::Dotted));
        let mut words = Vec::new();
        name_after(text, end, Cue::Weak, &mut words);
        // "I am Wi Fi": a thing, as after a sign-off.
        if is_tech_pair(text, &words) {
            continue;
        }
        if c.get(1).is_none() && c.get(2).is_none() {
            out.extend(words);
            continue;
        }
        if words
            .last()
            .is_some_and(|&(_, end, _)| after_its(&text[end..]))
        {
            out.extend(words);
        }
    }
    for m in IT_IS.find_iter(text) {
        cues.push((m.end(), Initials::Dotted));
        let mut words = Vec::new();
        name_after(text, m.end(), Cue::Weak, &mut words);
        if it_is_two_words(text, &words) {
            out.extend(words);
        }
    }
    for m in SIGN_OFF.find_iter(text) {
        cues.push((m.end(), Initials::Dotted));
        let from = out.len();
        name_before(text, m.end(), ends_the_message, true, out);
        // "Thanks, Ana de la Cruz. I want a human": after a sign-off with its comma, a
        // name that ends a sentence or a line, where it reads as a name elsewhere would
        // (a review found it shown; a later one found "Thanks, Mate. I want a human"
        // and "Cheers,\nZoom\nIdk" masked). "Thanks. Amazon sent it", "Thanks, Internet
        // is down" name no one.
        if out.len() == from && m.as_str().contains([',', ':']) {
            let mut words = Vec::new();
            name_before(text, m.end(), ends_a_sentence, true, &mut words);
            let initialled = initials::past_initials(text, m.end(), Initials::Dotted) > m.end();
            if named_mid_message(text, &words, initialled) {
                out.extend(words);
            }
        }
    }
    for m in DASH_SIGN_OFF.find_iter(text) {
        cues.push((m.end(), Initials::Dotted));
        name_before(text, m.end(), ends_the_message, false, out);
    }
}

/// Whether the words a weak cue took after "it is" are a name: two capitalised words,
/// the first no common English word but a name ("it is Tyler Jones", not "It is New
/// York"), that end a clause as after "it's" ([`after_its`]).
fn it_is_two_words(text: &str, words: &[(usize, usize, Cue)]) -> bool {
    let [(s, e, _), (_, end, _)] = words else {
        return false;
    };
    let first = super::names::fold(&text[*s..*e]);
    capitalised(&text[*s..*e])
        && capitalised(&text[words[1].0..*end])
        && (!is_common_english(&first) || is_name_word(&first))
        && after_its(&text[*end..])
}

/// Whether the word before `at`, past spaces, is `word` (in any case).
fn word_before_is(text: &str, at: usize, word: &str) -> bool {
    let before = text[..at].trim_end();
    before.len() >= word.len()
        && before.is_char_boundary(before.len() - word.len())
        && before[before.len() - word.len()..].eq_ignore_ascii_case(word)
        && !before[..before.len() - word.len()]
            .chars()
            .next_back()
            .is_some_and(is_word_char)
}

/// Whether `text` starts with `word` (in any case), and it ends there.
fn starts_with_word(text: &str, word: &str) -> bool {
    text.get(..word.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(word))
        && !text[word.len()..].chars().next().is_some_and(is_word_char)
}

/// Whether the label "name:" at `at` is the customer's: not that of a thing or of
/// someone else ("Company name:", "Agent name:", "file name -").
fn label_names_customer(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_word_char(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let word = before[word_start..].to_lowercase();
    !super::names::names_someone_else(&word)
}

#[cfg(test)]
mod tests;
