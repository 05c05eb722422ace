//! The titles that are words too ("Nurse", "Sir", "Officer", "Doctor", "Captain",
//! "Father", "Judge" …) and the abbreviations of titles that abbreviate other words too
//! ("Capt", "Rev", "Sgt", "Lt", "Col", "Gen", "Sr", "Sra"): a title → whether it is one;
//! a text and where one ends → the words of the name after it, only where they may be
//! no word ("Nurse Joy", "nurse joy", "Nurse JOY", "Nurse J. Joy", "Capt. Smith"; not
//! "the nurse said", "Officer Training", "my father Said", "Gen Z", "Sr Manager").
//! Tells; the title's pattern is `intro.rs`'s.

use super::super::initials::{Initials, past_initials};
use super::super::words::name_after;
use super::super::{Cue, courtesy, is_only_a_word};
use super::either_case::{greets, weekday};
use super::lower_case::{After, uncapitalised_name};
use super::{lower, names_a_thing};
use crate::text::english::{is_common_english, is_name_word};

mod doc;
use doc::{
    DOCUMENT_NOUNS, a_document, after_a_document_verb, doc_name_in_lower_case,
    name_then_an_author_verb,
};

/// Titles that are words of their own too ("the nurse said", "sir, I need help", "a
/// police officer", "my father", "the judge"): before a name only where it may be one, a
/// capitalised word that is no common English word but a name ("Nurse Joy", "Officer
/// Dibble", "Sir Alan", "Father Brown"), or a word in lower case or in capitals that is
/// none either ("nurse joy", "sir alan", "NURSE JOY"), as after a title that is a noun
/// ("my dr brown"). "Major" and "Pastor" only capitalised or in capitals (`intro.rs`'s
/// pattern): "I'm Major Tom" reads as "I'm Captain Okafor", the title kept.
const WORD_TITLES: &[&str] = &[
    "captain",
    "dame",
    "detective",
    "doc",
    "doctor",
    "father",
    "judge",
    "lady",
    "lord",
    "major",
    "mister",
    "nurse",
    "officer",
    "pastor",
    "professor",
    "reverend",
    "sergeant",
    "sir",
    "sister",
];

/// Abbreviations of titles that abbreviate other words too ("Gen Z", "Col A", "Sr
/// Manager", "Rev 3", "Lt Blue", "Fr" for French, "Hon" for honey), and the titles of
/// other languages ("Mme", "Mlle", "Herr", "Frau", "Señora", "Fräulein", "Madame",
/// "Signora", "M." for "Monsieur", "MM." for "Messieurs", "Sig.", "Dott.", "Avv.",
/// "Ing.", "Frl.", "Mons."): before a capitalised name only, as
/// [`WORD_TITLES`] take one ("Capt. Smith", "Lt Dan", "Sra Lopez", "Det. Smith").
const SHORT_TITLES: &[&str] = &[
    "avv",
    "capt",
    "col",
    "cpl",
    "det",
    "dott",
    "dra",
    "fr",
    "frau",
    "frl",
    "fräulein",
    "gen",
    "herr",
    "hon",
    "ing",
    "insp",
    "lt",
    "m",
    "madame",
    "mademoiselle",
    "maj",
    "mlle",
    "mm",
    "mme",
    "mons",
    "monsieur",
    "rev",
    "sgt",
    "sig",
    "signor",
    "signora",
    "signorina",
    "señor",
    "señora",
    "señorita",
    "sr",
    "sra",
    "srta",
];

/// Words after a title that is a word too that name no one one would mask: what is said
/// to a god ("Lord Jesus!", "oh lord christ"), a hero or a holiday named so ("Captain
/// America", "Father Christmas", "Madame Tussauds", "Madame Butterfly"), the other way to address someone unnamed ("Dear
/// Sir/Madam"), a rank ("Sergeant Major"; "major" is a surname too), and a generation's
/// people ("Gen Xers", "Gen Zers").
const NO_ONE: &[&str] = &[
    "almighty",
    "america",
    "butterfly",
    "christ",
    "christmas",
    "jesus",
    "ma'am",
    "maam",
    "madam",
    "mam",
    "major",
    "tussaud",
    "tussaud's",
    "tussauds",
    "xers",
    "zers",
    "zoomers",
];

/// Words in lower case after a title that is a word too that the common English words
/// lack and that name no one: what such a person is or does ("nurse practitioner",
/// "nurse triage line", "police officer cadet", "nurse lpn", "officer nypd"), a visit cut
/// short ("a Doctor appoint with Dr. Lee", STAR) and a family's ("Sister inlaw"). Sorted.
const AFTER_A_WORD_TITLE: &[&str] = &[
    "aide",
    "appoint",
    "cadet",
    "cna",
    "hotline",
    "inlaw",
    "inlaws",
    "lapd",
    "lpn",
    "midwife",
    "navigator",
    "nypd",
    "pd",
    "practitioner",
    "triage",
];

/// The titles that are words too that take a name in lower case or in capitals though
/// written in lower case themselves: those chats address someone with ("nurse joy",
/// "officer dibble", "sir alan"), and "mister", a title only ("mister okafor": a review
/// found it shown). The others in lower case are nouns far more often than
/// titles, before slips of typing and words the common English words lack ("my doctor
/// recomended it", "my sister inlaw", "my doctor bill"): they take one only capitalised
/// or in capitals ("Doctor okafor", "DOCTOR OKAFOR").
/// "frau", a title only too ("frau schmidt": a review found it shown).
/// "fräulein" alike ("mademoiselle" and "monsieur" take one the names list holds only,
/// [`name_in_lower_case`]: "Oui Monsieur merci" is French).
const ADDRESSED: &[&str] = &["frau", "fräulein", "mister", "nurse", "officer", "sir"];

/// The titles of other languages that are titles only, which take a name in capitals or
/// in lower case as [`WORD_TITLES`] do ("MLLE DUPONT", "Frau schmidt", "M. DUBOIS": one
/// in lower case after "M." or "MM." is no name, `foreign.rs`); not "señora", a noun too
/// ("señora muy amable").
const TITLES_ONLY: &[&str] = &["frau", "fräulein", "herr", "m", "mlle", "mm", "mme"];

/// Whether `title` (in lower case) is one of [`WORD_TITLES`] or [`SHORT_TITLES`].
pub(in crate::redact::intro) fn is_word_title(title: &str) -> bool {
    WORD_TITLES.contains(&title) || SHORT_TITLES.contains(&title)
}

/// The words of a name at `at` after the title `text[title_start..title_end]`, one of
/// [`is_word_title`]'s, past initials ("Nurse J. Joy"), into `out`: capitalised, taken
/// as after "I'm", but not a thing, a courtesy, a weekday or a greeting ("Nurse
/// Appointment", "Sir Best Wishes", "Officer Friday", "Thanks Sir Hope you are well"),
/// nor a common word that is no name ("Nurse Call button", "Officer Training", "the
/// officer Said no": a review found each masked, and the word then masked wherever the
/// conversation said it, "`[name]` me back"); else, after a word title that may address
/// someone ([`ADDRESSED`]), in lower case or in capitals, as after a title that is a noun
/// ("nurse joy", "NURSE JOY", "Doctor okafor"; not "the nurse said", "officer on duty", "sir please
/// help", "my doctor bill"); "Gen Ed" is a class.
pub(super) fn name_after_a_word_title(
    text: &str,
    title_start: usize,
    title_end: usize,
    at: usize,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    let from = out.len();
    let past = past_initials(text, at, Initials::Title);
    name_after(text, past, Cue::Weak, out);
    if out[from..].first().is_some_and(|&(s, e, _)| {
        let word = lower(&text[s..e]);
        names_a_thing(&word)
            || courtesy(text, s, e)
            || weekday(&word)
            || greets(text, title_start, e, &word)
            || is_only_a_word(&word)
            // "Nurse-Practitioner", "Nurse-Midwife": what the nurse is.
            || (text[..at].ends_with('-') && AFTER_A_WORD_TITLE.binary_search(&word.as_str()).is_ok())
    }) || (lower(&text[title_start..title_end]) == "doc" && a_document(text, title_start, &out[from..]))
    {
        out.truncate(from);
    }
    let written = &text[title_start..title_end];
    let title = lower(written);
    let addressed = ADDRESSED.contains(&title.as_str()) || written.starts_with(char::is_uppercase);
    // A title of office in lower case ("judge", "my doctor", "reverend") takes no name in
    // lower case: it is a noun far more often, and a word after it that the common words
    // lack is as often a day, a drug, a slip or a shop ("the doctor thursday told me",
    // "my doctor hasnt called", "my doctor zoloft"), which, masked, would be masked in
    // the whole conversation (a rule tried in the thirty-seventh session, removed).
    // "Doc" takes a capitalised name only: in lower case after it, "Doc pls" is a file.
    // "DOC BROWN" in capitals is the doctor; "FRAU SCHMIDT", "frau schmidt", "MLLE
    // DUPONT": a title of another language is a title only (a review found each shown).
    let doc_in_capitals = title == "doc" && !written.chars().any(char::is_lowercase);
    let foreign = TITLES_ONLY.contains(&title.as_str());
    if out.len() == from
        && (WORD_TITLES.contains(&title.as_str()) || foreign)
        && addressed
        && (title != "doc" || doc_in_capitals)
    {
        let past = past_initials(text, at, Initials::AnyCase);
        uncapitalised_name(text, title_start, past, After::Noun, out);
        if out[from..].first().is_some_and(|&(s, e, _)| {
            AFTER_A_WORD_TITLE
                .binary_search(&lower(&text[s..e]).as_str())
                .is_ok()
        }) {
            out.truncate(from);
        }
    }
    // "doc taylor", "monsieur taylor" in lower case: a name the names list holds that is
    // no common word ("doc pls", "doc link" are a file's, "Make the doc black", "Set doc
    // green" a document's colour, "Oui Monsieur merci" French: a review found each
    // masked), after "my" too ("my doc taylor": the doctor, as "my dr taylor"), not after
    // "the" ("the doc …"); after "doc", a word that is no common word or a name that is
    // one too ("doc jones", "doc patel", "doc brown": a later review found them shown),
    // but after a verb that does something to a document ("Set doc green", "send doc
    // pls") or an article, unless a verb of making or wanting the document follows the
    // word ("the doc smith sent": a review found it shown).
    if out.len() == from
        && (written == "doc" || matches!(title.as_str(), "monsieur" | "mademoiselle"))
        && (!(after_an_article(text, title_start)
            || (written == "doc" && after_a_document_verb(text, title_start)))
            || (written == "doc" && name_then_an_author_verb(text, title_end)))
    {
        let past = past_initials(text, at, Initials::AnyCase);
        uncapitalised_name(text, title_start, past, After::Noun, out);
        let name = |word: &str| {
            if written == "doc" {
                doc_name_in_lower_case(word)
            } else {
                name_in_lower_case(word)
            }
        };
        if !out[from..]
            .first()
            .is_some_and(|&(s, e, _)| name(&lower(&text[s..e])))
        {
            out.truncate(from);
        }
    }
    // "Gen Ed": general education, a class, no general.
    let gen_ed = |word: &str| title == "gen" && matches!(word, "ed" | "eds");
    if out[from..].first().is_some_and(|&(s, e, _)| {
        let word = lower(&text[s..e]);
        NO_ONE.contains(&word.as_str()) || gen_ed(&word)
    }) {
        out.truncate(from);
    }
    // Found as after "I'm", but a name after a title all the same: said again later in
    // lower case, it is masked as one after "Dr" is ("Judge Okafor" … "okafor"), where a
    // word after "I'm" is not ("I'm Canadian" … "canadian").
    for found in &mut out[from..] {
        found.2 = Cue::Title;
    }
}

/// Whether `word` (in lower case), after "doc", "monsieur" or "mademoiselle" in lower
/// case, is a name: one the names list holds that is no common English word ("taylor";
/// not "brown", "black", "white", "green", nor a document's noun).
fn name_in_lower_case(word: &str) -> bool {
    is_name_word(word) && !is_common_english(word) && DOCUMENT_NOUNS.binary_search(&word).is_err()
}

/// Whether an article stands before the title at `title_start` ("the doc link").
fn after_an_article(text: &str, title_start: usize) -> bool {
    let before = text[..title_start].trim_end_matches([' ', '\t']);
    let start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(0, |(i, c)| i + c.len_utf8());
    matches!(
        lower(&before[start..]).as_str(),
        "a" | "an" | "the" | "this" | "that"
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_words_after_a_word_title_are_sorted() {
        assert!(super::AFTER_A_WORD_TITLE.is_sorted());
    }
}
