//! The first word after a title read by what stands around it, the same in either case: a
//! text, where the title starts and where the word ends → whether the word is a
//! greeting's ("thanks dr hope to see you"), a weekday ("see dr friday"), a verb in the
//! third person ("dr feels fine"), or a modal or an adjective that is a surname too
//! ("dr will see you", "is dr free"; not "dr will is great", "with dr good"); and the
//! name after the verb "miss" ("miss johnson's party") and the modal or adjective
//! capitalised that is a surname ("Dr. Will is good"). Tells; what each case takes
//! beyond these is `title.rs`'s and `lower_case.rs`'s.

use super::super::words::{is_service, name_after, word_at};
use super::super::{Cue, courtesy, is_common_english, is_name_word};
use super::miss::in_calendar;
use super::{lower, word_before};
use crate::summary::may_be_name;
use crate::text::calendar;
use crate::text::capitalised;

/// Names that are words chats put after a name (`NOT_SURNAMES`: "I'm Jane hope you can
/// help"), but a surname right after a title that is no noun ("dr love", "dr best",
/// "dr hope") unless in a greeting ([`greets`]).
pub(super) const SURNAMES_AFTER_A_TITLE: &[&str] = &["best", "hope", "love"];

/// Words after which one of [`SURNAMES_AFTER_A_TITLE`] is the word of a greeting, no
/// surname: a pronoun or a determiner opening a clause, "to", "for", "of", "get" or a
/// noun ("thanks dr hope to see you", "hi dr hope you are well", "dr hope everything's
/// fine", "thank you dr best wishes", "ok dr best time is 3pm", "thanks dr love you");
/// not "dr hope said", "see dr love tomorrow". A word's "'s" is off ("everything's").
const AFTER_A_GREETING_WORD: &[&str] = &[
    "all",
    "bet",
    "day",
    "everyone",
    "everything",
    "for",
    "get",
    "her",
    "him",
    "it",
    "its",
    "luck",
    "me",
    "my",
    "of",
    "option",
    "our",
    "regards",
    "that",
    "the",
    "them",
    "these",
    "they",
    "thing",
    "things",
    "this",
    "those",
    "time",
    "to",
    "u",
    "ur",
    "us",
    "way",
    "we",
    "wishes",
    "ya",
    "you",
    "you're",
    "youre",
    "your",
    "yours",
];

/// Words before a title that make it and its name an object ("appointment with dr will",
/// "see dr good", "ask dr hope"): the name can be no verb nor adjective of a clause the
/// title opens.
const OBJECT_OF: &[&str] = &[
    "about",
    "ask",
    "asked",
    "at",
    "book",
    "booked",
    "by",
    "call",
    "called",
    "contact",
    "contacted",
    "email",
    "for",
    "from",
    "like",
    "meet",
    "met",
    "of",
    "saw",
    "see",
    "seeing",
    "seen",
    "tell",
    "than",
    "to",
    "told",
    "visit",
    "visited",
    "with",
];

/// Words after a name that make it a clause's subject: a verb no modal, adjective nor
/// verb of the title's can stand before ("dr will is great", "dr good said so", "dr
/// free can see you"), and a conjunction ("dr will and dr may").
const AFTER_A_SUBJECT: &[&str] = &[
    "and", "can", "can't", "cannot", "cant", "could", "couldn't", "did", "didn't", "didnt", "does",
    "doesn't", "doesnt", "had", "has", "hasn't", "is", "isn't", "isnt", "may", "might", "must",
    "or", "said", "says", "should", "too", "was", "wasn't", "wasnt", "who", "will", "won't",
    "wont", "would", "wrote",
];

/// Modals that are surnames too ("Dr. Will", "dr may"): the modal before a verb or a
/// pronoun ("dr will see you", "Dr. May I ask"), else the surname ([`reads_as_surname`]).
const MODALS: &[&str] = &["may", "will"];

/// Adjectives that are surnames too ("dr free", "Dr Good"): the adjective said of the
/// doctor ("is dr free tomorrow", "dr good?"), the surname as an object or a subject
/// ([`reads_as_surname`]).
const ADJECTIVES: &[&str] = &["free", "good"];

/// The word after `end` in `text` past spaces and tabs, where no punctuation comes first,
/// in lower case and without its "'s" ("everything's" → "everything").
fn next_word(text: &str, end: usize) -> Option<String> {
    let rest = &text[end..];
    let at = end + rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let (s, e) = word_at(text, at)?;
    let word = lower(&text[s..e]);
    Some(
        word.strip_suffix("'s")
            .map_or_else(|| word.clone(), str::to_owned),
    )
}

/// Whether the title starting at `title_start` in `text` is an object: the word before
/// it is one of [`OBJECT_OF`].
fn an_object(text: &str, title_start: usize) -> bool {
    OBJECT_OF.contains(&word_before(text, title_start).as_str())
}

/// Whether the word after `end` makes the word before it a subject: one of
/// [`AFTER_A_SUBJECT`], or a past tense in "-ed" ("dr will prescribed it").
fn before_its_verb(text: &str, end: usize) -> bool {
    next_word(text, end).is_some_and(|next| {
        AFTER_A_SUBJECT.contains(&next.as_str())
            || (next.len() > 4 && next.ends_with("ed") && !next.ends_with("eed"))
    })
}

/// Whether `word` (lower case), the first after the title at `title_start` and ending at
/// `end`, is a greeting's: one of [`SURNAMES_AFTER_A_TITLE`] before one of
/// [`AFTER_A_GREETING_WORD`], the title no object ("thanks dr hope to see you"; not "ask
/// dr hope to call").
pub(super) fn greets(text: &str, title_start: usize, end: usize, word: &str) -> bool {
    SURNAMES_AFTER_A_TITLE.contains(&word)
        && !an_object(text, title_start)
        && next_word(text, end).is_some_and(|next| AFTER_A_GREETING_WORD.contains(&next.as_str()))
}

/// Whether `word` (lower case) is a day of the week whole (`text::calendar`'s) or the
/// weekend, its "'s" off: what a title is followed by when the visit is ("see dr
/// friday", "the Dr. Monday", "dr friday's"), never a surname after one.
pub(super) fn weekday(word: &str) -> bool {
    let word = word.strip_suffix("'s").unwrap_or(word);
    calendar::weekday(word).is_some() || matches!(word, "weekend" | "weekends")
}

/// Whether `word` (lower case), the first after the title at `title_start` and ending at
/// `end`, is a verb in the third person ("dr feels", "dr refuses to", "dr insists"): one
/// of [`THIRD_PERSON_VERBS`], where the title is no object ("see dr says") and nothing
/// after it makes it a subject. A closed list, not every word in "-s" whose stem is a
/// word: surnames are often plurals of words ("dr sims", "dr brooks", "dr banks", "dr
/// childs"), and a surname shown is worse than a verb masked.
pub(super) fn third_person(text: &str, title_start: usize, end: usize, word: &str) -> bool {
    THIRD_PERSON_VERBS.contains(&word)
        && !an_object(text, title_start)
        && !before_its_verb(text, end)
}

/// Verbs in the third person that chats put after "dr" or "miss" as the subject ("dr
/// feels", "my dr thinks", "dr tries"), none of them a common surname ("burns", "banks",
/// "hughes" are left out: masked).
const THIRD_PERSON_VERBS: &[&str] = &[
    "accepts",
    "advises",
    "agrees",
    "answers",
    "asks",
    "believes",
    "calls",
    "cancels",
    "charges",
    "comes",
    "confirms",
    "does",
    "explains",
    "feels",
    "gets",
    "gives",
    "goes",
    "has",
    "insists",
    "knows",
    "likes",
    "looks",
    "needs",
    "prefers",
    "prescribes",
    "recommends",
    "refuses",
    "replies",
    "requires",
    "says",
    "sees",
    "seems",
    "sounds",
    "suggests",
    "takes",
    "tells",
    "thinks",
    "tries",
    "wants",
    "works",
    "writes",
];

/// Whether `word` (lower case) is a modal or an adjective that is a surname too
/// ([`MODALS`], [`ADJECTIVES`]: "will", "may", "free", "good"): what stands around it
/// decides ([`reads_as_surname`]).
pub(super) fn surname_that_is_a_word(word: &str) -> bool {
    MODALS.contains(&word) || ADJECTIVES.contains(&word)
}

/// Whether `word` (lower case), one of [`surname_that_is_a_word`], the first after the
/// title at `title_start` and ending at `end`, reads as that surname. The rule, in either
/// case: the surname where the title is an object ("appointment with dr will", "see Dr
/// Good"), where what follows makes it a subject ("dr will is great", "Dr May said so",
/// "dr free can see you"), or where a capitalised word of a name follows (`surname`:
/// "Dr. Will Smith"). A modal is the surname too after "is" ("is dr will in") and where
/// it ends its clause ("Thanks Dr. Will!"), and the modal before a verb or a pronoun
/// ("dr will see you", "Dr. May I ask", "Dr May be late"); an adjective is said of the
/// doctor elsewhere ("is dr free tomorrow", "dr good?").
pub(super) fn reads_as_surname(
    text: &str,
    title_start: usize,
    end: usize,
    word: &str,
    surname: bool,
) -> bool {
    let either = surname || an_object(text, title_start) || before_its_verb(text, end);
    if MODALS.contains(&word) {
        let before = word_before(text, title_start);
        either
            || matches!(
                before.as_str(),
                "is" | "was" | "isn't" | "wasn't" | "isnt" | "wasnt"
            )
            || next_word(text, end).is_none()
    } else {
        either
    }
}

/// The name the verb "miss" at `at` misses, into `out`: a possessive, or a capitalised
/// word that may be a name, whose stem is no common English word or is a name that is
/// one, neither a day, a month or a holiday nor a service ("i have to miss johnson's
/// party", "I'll Miss Tom's party", "We Miss Johnson"; not "miss friday's meeting",
/// "miss mom's cooking", "I Miss You", "we kinda miss london"). Of a possessive, the
/// stem is the name; its "'s" stays.
pub(super) fn missed_name(text: &str, at: usize, out: &mut Vec<(usize, usize, Cue)>) {
    let Some((start, end)) = word_at(text, at) else {
        return;
    };
    let word = &text[start..end];
    let name_end = word
        .strip_suffix('s')
        .and_then(|head| head.strip_suffix(['\'', '\u{2019}']))
        .map(str::len)
        .or_else(|| (capitalised(word) && may_be_name(word)).then_some(word.len()));
    let Some(name_end) = name_end else {
        return;
    };
    let stem = lower(&word[..name_end]);
    if stem.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && (!stem.contains(['\'', '-', '\u{2019}'])
            || word[..name_end]
                .split(['\'', '-', '\u{2019}'])
                .all(|part| part.chars().next().is_some_and(char::is_uppercase)))
        && (!is_common_english(&stem) || is_name_word(&stem))
        && !in_calendar(&stem)
        && !is_service(&stem)
    {
        out.push((start, start + name_end, Cue::Title));
    }
}

/// The name at `at` after the title at `title_start` that is a modal or an adjective
/// capitalised ("Dr. Will is good", "Dr May said so", "appointment with Dr Good", "Dr.
/// Will Smith": the capitalised word after it too) where it reads as one by the rules
/// either case shares ([`reads_as_surname`]: not "Dr. Will you call", "Is Dr Free
/// today"), into `out`.
pub(super) fn modal_name(
    text: &str,
    title_start: usize,
    at: usize,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    let Some((start, end)) = word_at(text, at).filter(|&(s, e)| capitalised(&text[s..e])) else {
        return;
    };
    let word = lower(&text[start..end]);
    if !surname_that_is_a_word(&word) || courtesy(text, start, end) {
        return;
    }
    let rest = &text[end..];
    let next = end + rest.len() - rest.trim_start_matches([' ', '\t']).len();
    let mut surname = Vec::new();
    if next == end + 1 {
        name_after(text, next, Cue::Title, &mut surname);
        surname.truncate(1);
    }
    if reads_as_surname(text, title_start, end, &word, !surname.is_empty()) {
        out.push((start, end, Cue::Title));
        out.extend(surname);
    }
}
