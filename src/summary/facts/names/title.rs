//! A job's title: a run of capitalised words → whether it names a job, not a person
//! ("Chief Engineer", "Chief Surgeon"; not "First Officer Chewie"). Read by `push`,
//! which keeps no title as a name.

use crate::redact::{is_common_english, is_name_word};

use super::words::{HEADS, RANKS, ROLES};

/// Whether `name` is a job's title and no more: all its words are [`RANKS`]' or
/// [`ROLES`]', one a role ("Chief Engineer", "Vice President", "Customer Service
/// Manager"), or a head of a title ([`HEADS`]) before everyday words ("Chief
/// Surgeon"); not "First Officer Chewie" nor "Captain Kirk".
pub(super) fn is_job_title(name: &str) -> bool {
    // "Chief Surgeon", "Head Gardener": a head of a title before everyday words alone
    // is one too, whatever the job (a review found "Chief Surgeon" a name).
    let mut words = name.split_whitespace();
    if let Some(first) = words.next()
        && HEADS.iter().any(|h| first.eq_ignore_ascii_case(h))
    {
        let mut rest = words
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .peekable();
        if rest.peek().is_some() && rest.all(|w| is_common_english(&w) && !is_name_word(&w)) {
            return true;
        }
    }
    let mut role = false;
    let all = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| !w.is_empty())
        .all(|w| {
            let w = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase();
            let is_role = ROLES.contains(&w.as_str());
            role |= is_role;
            is_role || RANKS.contains(&w.as_str())
        });
    all && role
}
