//! Name facts: a message → the runs of capitalised words in it that are not just a
//! sentence's first word (product, company, place and person names), with their byte
//! offsets. Patterns only: no dictionary of names, a list of common words that are no
//! name when alone, of pet names ("Honey", "Buddy") that name nobody, and of cuisines
//! and languages ("Thai", "Spanish"); the words before a name say whether it was given
//! as one ("named Buddy"), given to an animal ("my dog was named Buddy": no fact) or
//! someone is addressed by it ("Thanks, Grace Dear").

mod places;
mod said;
mod title;
mod words;

use super::super::sentences::name_goes_on;
use crate::redact::{
    is_state_in_another_language, is_state_word, is_tier_before_its_noun, stands_for_no_name,
};
use crate::text::calendar;
use crate::text::capitalised;
use crate::text::english::{is_common_english, is_name_word, is_only_a_word};
use crate::text::peoples::is_people_faith_or_tongue;
pub(super) use places::is_a_place_in;
use places::without_a_place_after;
use said::{Said, said_before};
#[cfg(test)]
pub(in crate::summary) use title::NAMES_HEADED_LIKE_TITLES;
use title::is_job_title;
use words::{
    COMPASS, MODAL_NAMES, NOT_NAME_REPLIES, NOT_NAMES, OPENING_VERBS, PET_NAMES, PET_TAILS,
    STARTERS,
};

/// Whether `word` is a pet name ([`PET_NAMES`]), in any case.
pub(in crate::summary) fn is_pet_name(word: &str) -> bool {
    PET_NAMES.iter().any(|p| word.eq_ignore_ascii_case(p))
}

/// Runs of capitalised words that are not just a sentence's first word: product,
/// company, place and person names ("Google Sheets", "Salesforce", "Tyler Jones", "Dr.
/// Johnson"). Byte offset and text of each.
pub(in crate::summary) fn names(text: &str) -> Vec<(usize, &str)> {
    names_and_secrets(text).0
}

/// Names found, each with its byte offset.
pub(in crate::summary) type Found<'a> = Vec<(usize, &'a str)>;

/// A name given as a security answer, and whether it was given to a pet.
pub(in crate::summary) type Given<'a> = Vec<(&'a str, bool)>;

/// [`names`], and beside them the names given as security answers ([`Said::Pet`]: "my
/// dog Rex", flagged; [`Said::Secret`]: "my mother's maiden name is Cooper"), which are
/// none: secrets, to be kept out of the summary wherever they show again.
pub(in crate::summary) fn names_and_secrets(text: &str) -> (Found<'_>, Given<'_>) {
    let mut secrets = Vec::new();
    let mut out = Vec::new();
    // An ellipsis ends a sentence as a full stop does; same length, so offsets hold.
    let spaced = text.replace("...", ". .");
    let mut sentence_start = true;
    // The sentence's first word, or a title ("Dr."), when it may be the start of a name.
    let mut opener: Option<(usize, usize)> = None;
    let mut run: Option<(usize, usize)> = None;
    // What the words before the run, or before the opener it starts at, say of it.
    let (mut said, mut opener_said) = (Said::Plain, Said::Plain);
    // The last four words, latest first.
    let mut before: [&str; 4] = [""; 4];
    let mut offset = 0;
    // Punctuation that ends a name ends a piece even without a space after it:
    // "Hurry;Assistant:" is two words.
    let pieces = spaced
        .split_inclusive(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '(' | ')'));
    for piece in pieces {
        let start = offset;
        offset += piece.len();
        let word = piece.trim_end();
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lead = word.len()
            - word
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let (b_start, b_end) = (start + lead, start + lead + bare.len());
        // "Assistant:" (a transcript pasted into a message) is a speaker, and what follows
        // it a new sentence.
        if word.ends_with(':') && is_speaker(bare) {
            if let Some(span) = run.take() {
                route(&mut out, &mut secrets, text, span, said);
            }
            opener = None;
            sentence_start = true;
            continue;
        }
        // A middle initial inside a name goes on with it ("Thanks, John A. Smith": a
        // review found the facts "John" and "Smith Paris"), where the sentence splitter
        // reads its full stop as no sentence's end (`sentences::name_goes_on`).
        if let Some((begin, _)) = run
            && is_initial(word)
            && name_goes_on(&text[..b_end], &text[offset..])
        {
            run = Some((begin, start + word.len()));
            before = [bare, before[0], before[1], before[2]];
            opener = None;
            sentence_start = false;
            continue;
        }
        let title = super::super::sentences::is_title(bare);
        let capitalised = capitalised(bare) && may_be_name(bare);
        if capitalised && !sentence_start {
            if run.is_none() {
                said = match opener {
                    Some(_) => opener_said,
                    None => said_before(&before),
                };
            }
            let begin = run.map_or_else(|| opener.map_or(b_start, |(s, _)| s), |(s, _)| s);
            run = Some((begin, b_end));
        } else if let Some(span) = run.take() {
            route(&mut out, &mut secrets, text, span, said);
        }
        // A verb or an adverb that opens the sentence ("Try Tamarind instead") starts
        // no name: the name starts after it.
        let opens = capitalised && sentence_start && !is_opening_verb(bare);
        opener = (opens || title).then_some((b_start, b_end));
        // A name that starts at a title ("thanks Dr. Love") is said as the words before
        // the title say; one that starts a sentence, as nothing before it does.
        opener_said = if title {
            said_before(&before)
        } else {
            Said::Plain
        };
        if !bare.is_empty() {
            before = [bare, before[0], before[1], before[2]];
        }
        if !bare.is_empty() && word.ends_with([',', ';', ':', ')', '"']) {
            if let Some(span) = run.take() {
                route(&mut out, &mut secrets, text, span, said);
            }
            opener = None;
        }
        // A title's full stop does not end the sentence; a word's, or a line break, does.
        // A run of spaces, or a dash, leaves things as they were.
        if title {
            sentence_start = false;
        } else if !bare.is_empty() {
            sentence_start = word.ends_with(['.', '!', '?']) || piece.contains('\n');
        } else {
            sentence_start |= word.ends_with(['.', '!', '?']) || piece.contains('\n');
        }
    }
    if let Some(span) = run {
        route(&mut out, &mut secrets, text, span, said);
    }
    (out, secrets)
}

/// [`push`]es the name at `span` of `text` to `out`, and to `secrets` as well when it
/// was given as a security answer ([`Said::Pet`], [`Said::Secret`]), which `push` drops.
fn route<'a>(
    out: &mut Vec<(usize, &'a str)>,
    secrets: &mut Given<'a>,
    text: &'a str,
    (s, e): (usize, usize),
    said: Said,
) {
    if matches!(said, Said::Pet | Said::Secret) {
        secrets.push((&text[s..e], said == Said::Pet));
    }
    push(out, text, (s, e), said);
}

/// The name a reply to the bot's question for the customer's name opens with, when it
/// is a word alone as the reply's first answer ("Alex", "Alex.", "Alex, Miller",
/// "Alex\nMiller", "Alex and Miller"): a sentence's first word, which [`names`] never
/// takes alone, a name as [`names`] keeps one (not "Yes", "Hello", "Honey"), and no word
/// that stands where a name would without being one: a common English word that is no
/// name too ("Maybe", "Later"; `is_only_a_word`), one the common words lack
/// ([`NOT_NAME_REPLIES`]: "Unsure", "Hubby"), or, as redaction reads a reply, a support
/// chat's ("Billing", "Refund", "Agent") or a service's ("Netflix"). A modal verb that
/// is a name ([`MODAL_NAMES`]: "May", "Will") is one when it is the whole reply. Its byte
/// offset and text, and whether it is the whole reply.
pub(super) fn first_answer(text: &str) -> Option<(usize, &str, bool)> {
    let start = text.find(|c: char| !c.is_whitespace())?;
    let item = text[start..]
        .split([',', ';', '\n', '\r'])
        .next()
        .unwrap_or("");
    let item = item.split(" and ").next().unwrap_or(item);
    let word = item.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!'));
    let whole = text[start + word.len()..]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!'))
        .is_empty();
    let lower = word.to_lowercase().replace('’', "'");
    if word.is_empty()
        || !word
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
        || !capitalised(word)
        || !(may_be_name(word) || (whole && MODAL_NAMES.contains(&word)))
        || stands_for_no_name(word)
        || is_only_a_word(&lower)
        || NOT_NAME_REPLIES.contains(&lower.as_str())
    {
        return None;
    }
    let mut out = Vec::new();
    push(&mut out, text, (start, start + word.len()), Said::Plain);
    out.pop().map(|(at, name)| (at, name, whole))
}

/// Adds the name at `span` of `text` to `out`, unless it is a single everyday word
/// capitalised for emphasis or as a heading ("Hurry", "Flight", "University", "Center"):
/// a common English word that is not also a name ("Mark", "Brown" stay); points of the
/// compass alone ([`COMPASS`]); a job's title alone, but given as a name
/// ([`title::is_job_title`]: "Chief Engineer"; "My name is Chief Baker" is one); pet names ([`is_pet_name_alone`]); or a cuisine, a
/// language, a nationality or a faith alone ([`is_people_faith_or_tongue`]); an animal's name ([`Said::Pet`]: "my dog was named
/// Buddy") or a mother's maiden name ([`Said::Secret`]). A pet name given as a name ([`Said::Named`]: "I'm named Buddy") is one (an
/// everyday word so given is not: "it's called Stay with Me", STAR star-1147); a name
/// someone is addressed by goes without the pet names after it ("Thanks, Grace Dear" →
/// "Grace").
fn push<'a>(out: &mut Vec<(usize, &'a str)>, text: &'a str, (s, e): (usize, usize), said: Said) {
    let mut name = &text[s..e];
    // A title given as a name is one ("My name is Chief Baker"); said otherwise it is
    // a job ("I'm the Head Waiter here").
    if matches!(said, Said::Pet | Said::Secret)
        || is_direction(name)
        || (said != Said::Named && is_job_title(name))
    {
        return;
    }
    if said == Said::Addressed {
        name = without_pet_names_after(name);
        name = without_a_place_after(name);
    }
    // "I'm Knackered", "Soy Cliente": how or what the customer is, as redaction reads
    // it after "I'm" or "soy"; a tier before its noun ("I am Gold member", "Soy Gold
    // member" gave the fact "Gold").
    let alone = !name.contains(char::is_whitespace);
    if alone
        && ((said == Said::Am && is_state_word(name))
            || (said == Said::AmInAnotherLanguage && is_state_in_another_language(name))
            || (matches!(said, Said::Am | Said::AmInAnotherLanguage)
                && is_tier_before_its_noun(text, s, e)))
    {
        return;
    }
    if is_pet_name_alone(name) {
        if said == Said::Named {
            out.push((s, name));
        }
        return;
    }
    if !name.contains(char::is_whitespace) {
        let lower = name.to_lowercase().replace('\u{2019}', "'");
        let base = lower.strip_suffix("'s").unwrap_or(&lower);
        if (is_common_english(base) && !is_name_word(base)) || is_people_faith_or_tongue(base) {
            return;
        }
    }
    out.push((s, name));
}

/// `name` without the pet names (and their tails: [`PET_TAILS`]) that end it, if a word
/// is left: "Grace Dear" → "Grace", "Grace Sweetie Pie" → "Grace"; "Dear", "Grace Pie"
/// as they are.
fn without_pet_names_after(name: &str) -> &str {
    let mut kept = name;
    let mut cut = name;
    let mut pet = false;
    while let Some((head, last)) = cut.trim_end().rsplit_once(char::is_whitespace) {
        let last = last.trim_end_matches(|c: char| !c.is_alphanumeric());
        if is_pet_name(last) {
            pet = true;
        } else if !PET_TAILS.iter().any(|t| last.eq_ignore_ascii_case(t)) {
            break;
        }
        cut = head.trim_end();
        if pet {
            kept = cut;
        }
    }
    kept
}

/// Whether `name` is a pet name, alone or with pet names and everyday words that are
/// no names ("Honey", "Listen Buddy", "Sweetie Pie", "Dear Sir"): not "Buddy Holly" nor
/// "Mark Love", where another word is a name, nor "Sugar Land" and "Love Field", where a
/// pet word but "Dear" starts a place's name ([`PET_TAILS`] aside: "Baby Girl").
fn is_pet_name_alone(name: &str) -> bool {
    let mut pet = false;
    let mut starts_with_pet = false;
    for (i, w) in name.split_whitespace().enumerate() {
        let w = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if is_pet_name(w) {
            pet = true;
            starts_with_pet |= i == 0 && !w.eq_ignore_ascii_case("dear");
            continue;
        }
        if starts_with_pet && !PET_TAILS.iter().any(|t| w.eq_ignore_ascii_case(t)) {
            return false;
        }
        let lower = w.to_lowercase();
        if !is_common_english(&lower) || is_name_word(&lower) {
            return false;
        }
    }
    pet
}

/// Whether `word` (as written) is an initial: one capital letter and its full stop
/// ("A.").
fn is_initial(word: &str) -> bool {
    matches!(word.as_bytes(), [letter, b'.'] if letter.is_ascii_uppercase())
}

/// Whether every word of `name` is a point of the compass ("North", "South East",
/// "North-West", "West's"): a direction, not a name.
fn is_direction(name: &str) -> bool {
    name.split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .all(|w| {
            let w = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("\u{2019}s"))
                .unwrap_or(w);
            COMPASS.iter().any(|c| w.eq_ignore_ascii_case(c))
        })
}

/// Whether `word`, in any case, opens a sentence as a verb or an adverb
/// ([`OPENING_VERBS`]: "Try", "Like"), never as the first word of a name; nor as a
/// word a customer chose, typed before the reply goes on ("Actually I want a human").
pub(in crate::summary) fn is_opening_verb(word: &str) -> bool {
    OPENING_VERBS.iter().any(|v| word.eq_ignore_ascii_case(v))
}

/// Who speaks in a transcript pasted into a message ("Assistant: …"), in any case.
fn is_speaker(word: &str) -> bool {
    const SPEAKERS: &[&str] = &[
        "agent",
        "ai",
        "assistant",
        "bot",
        "client",
        "customer",
        "human",
        "me",
        "operator",
        "rep",
        "support",
        "system",
        "user",
        "visitor",
        "you",
    ];
    SPEAKERS.iter().any(|s| word.eq_ignore_ascii_case(s))
}

/// Whether `word`, in any case, is a cuisine, a language, a nationality or a faith
/// ([`is_people_faith_or_tongue`]): no name alone ("I'm Canadian").
pub(crate) fn is_cuisine(word: &str) -> bool {
    let lower = word.to_lowercase();
    is_people_faith_or_tongue(&lower)
}

/// Whether a capitalised `word` may be (part of) a name: not a title, a word that opens
/// sentences ("Maybe", "Thanks"), a weekday or a contraction.
pub(crate) fn may_be_name(word: &str) -> bool {
    !word.contains('.')
        && !super::super::sentences::is_title(word)
        && !NOT_NAMES.contains(&word)
        && !is_weekday(word)
        && !STARTERS.contains(&word)
        && !is_contraction(word)
}

/// Whether `word` is a weekday's name as a sentence writes it, whole and capitalised
/// ("Monday"; not "MONDAY", "monday" nor "Mon", which this never took for weekdays): the
/// names of `text::calendar`.
fn is_weekday(word: &str) -> bool {
    word.strip_prefix(|c: char| c.is_ascii_uppercase())
        .is_some_and(|rest| !rest.bytes().any(|b| b.is_ascii_uppercase()))
        && calendar::weekday(word).is_some()
}

/// "Can't", "It'll", "They're", "Let's": a word and a verb, never a name (unlike
/// "O'Brien" or "Macy's").
fn is_contraction(word: &str) -> bool {
    let Some((base, suffix)) = word.rsplit_once(['\'', '\u{2019}']) else {
        return false;
    };
    matches!(suffix, "t" | "ll" | "re" | "ve" | "d" | "m")
        || suffix == "s"
            && [
                "It", "That", "There", "Here", "Let", "What", "Who", "Where", "How", "He", "She",
                "When", "Why",
            ]
            .contains(&base)
}

#[cfg(test)]
mod tests;
