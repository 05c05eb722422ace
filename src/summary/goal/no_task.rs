//! Takes a sentence the goal's reader found a clear request and gives whether it names
//! no task ("I have a question", "I've got a quick problem"): no goal beside a request
//! for a person, nor before what follows it.

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

/// Whether `sentence` asks without naming a task: all its words are [`NO_TASK`]'s.
pub(super) fn names_no_task(sentence: &str) -> bool {
    sentence
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .all(|w| NO_TASK.contains(&w))
}
