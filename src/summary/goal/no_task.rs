//! Takes a sentence the goal's reader found a clear request and gives whether it names
//! no task ("I have a question", "I've got a quick problem", or help asked for alone:
//! "Can you help me?", "I need some help"): no goal beside a request for a person, nor
//! before what follows it.

use super::boundaries::{lowered, split_words};

/// Words of a request that says there is something without saying what ("I have a
/// question", "I've got a quick problem"): [`names_no_task`].
const NO_TASK: &[&str] = &[
    "i",
    "i've",
    "ive",
    "have",
    "got",
    "had",
    "a",
    "an",
    "one",
    "some",
    "another",
    "quick",
    "small",
    "simple",
    "little",
    "few",
    "just",
    "also",
    "question",
    "questions",
    "problem",
    "problems",
    "issue",
    "issues",
    "there",
    "there's",
    "is",
    "to",
    "ask",
];

/// Words of help asked for without saying what with ("Can you help me?", "Can anyone
/// help me??", "I sure hope someone can help me this time", "I need some help"):
/// [`names_no_task`] when one of [`HELP`] is among them.
const HELP_ALONE: &[&str] = &[
    "can",
    "could",
    "would",
    "will",
    "you",
    "u",
    "anyone",
    "anybody",
    "someone",
    "somebody",
    "please",
    "pls",
    "plz",
    "me",
    "us",
    "need",
    "needs",
    "want",
    "hope",
    "hoping",
    "sure",
    "really",
    "this",
    "time",
    "today",
    "now",
    "again",
    "out",
    "with",
    "something",
    "bit",
    "of",
    "for",
    "if",
    "wondering",
    "i'm",
    "im",
    "am",
    "be",
    "able",
    "get",
    "here",
    "kindly",
    "urgently",
    "desperately",
    "who",
    "some",
    "help",
    "assist",
    "assistance",
    "helping",
];

/// The words that make a sentence of [`HELP_ALONE`]'s words a request for help.
const HELP: &[&str] = &["help", "assist", "assistance", "helping"];

/// Whether `sentence` asks without naming a task: all its words are [`NO_TASK`]'s ("I
/// have a question"), or all of them are [`HELP_ALONE`]'s or [`NO_TASK`]'s and one asks
/// for help ("Can you help me?", "I need some help": STAR star-1979, star-1365 and
/// star-3977 took such an opener for the goal, the problem said after it aside). "I need
/// help with my account" names one.
pub(super) fn names_no_task(sentence: &str) -> bool {
    let (all, help, other) = no_task_words(sentence);
    all && (help || !other)
}

/// Whether `sentence` asks for help alone ("Can you help me?", "I need some help"): it
/// names no task ([`names_no_task`]) and one of [`HELP`] is among its words. Such a
/// request is the goal when nothing better is said, before what else is said beside it
/// or after it ("I'm so tired of bots", "This is useless"); "I have a question" is not.
pub(super) fn asks_help(sentence: &str) -> bool {
    let (all, help, _) = no_task_words(sentence);
    all && help
}

/// Whether all of `sentence`'s words are [`NO_TASK`]'s or [`HELP_ALONE`]'s, whether one
/// is [`HELP`]'s and whether one is not [`NO_TASK`]'s.
fn no_task_words(sentence: &str) -> (bool, bool, bool) {
    let lower = lowered(sentence);
    let mut words = split_words(&lower);
    let mut help = false;
    let mut other = false;
    let all = words.all(|w| {
        help |= HELP.contains(&w);
        let no_task = NO_TASK.contains(&w);
        other |= !no_task;
        no_task || HELP_ALONE.contains(&w)
    });
    (all, help, other)
}
