//! A job's title: a run of capitalised words → whether it names a job, not a person
//! ("Chief Engineer", "Chief Surgeon"; not "First Officer Chewie"). Read by `push`,
//! which keeps no title as a name.

use crate::text::english::{is_common_english, is_name_word};

use super::words::{HEADS, OCCUPATIONS, RANKS, ROLES};

/// Whether `name` is a job's title and no more: all its words are [`RANKS`]' or
/// [`ROLES`]', one a role ("Chief Engineer", "Vice President", "Customer Service
/// Manager"), or a head of a title ([`HEADS`]) before an occupation ([`OCCUPATIONS`]:
/// "Chief Surgeon") or "Head Office"; not "First Officer Chewie", "Captain Kirk" nor
/// "Head Start".
pub(super) fn is_job_title(name: &str) -> bool {
    // "Chief Surgeon", "Head Gardener", "Head Office": a head of a title before an
    // occupation is one too (a review found "Chief Surgeon" a name); before other words
    // it may be a name ("Head Start", "Senior Living Center", "Chief Hotel").
    let mut words = name.split_whitespace();
    if let Some(first) = words.next()
        && HEADS.iter().any(|h| first.eq_ignore_ascii_case(h))
    {
        let rest: Vec<String> = words
            .map(|w| {
                w.trim_matches(|c: char| !c.is_alphanumeric())
                    .to_lowercase()
            })
            .collect();
        let occupation = rest.split_last().is_some_and(|(last, before)| {
            (OCCUPATIONS.contains(&last.as_str())
                || ROLES.contains(&last.as_str())
                || (first.eq_ignore_ascii_case("head") && last == "office" && before.is_empty()))
                && before
                    .iter()
                    .all(|w| is_common_english(w) && !is_name_word(w))
        });
        if occupation {
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

/// Names headed by a head of a title before words that are no occupation: names, not
/// titles (session 41's review found them lost). Read by this module's tests and by the
/// summary's (`a_name_headed_like_a_title_stays_a_name`).
#[cfg(test)]
pub(in crate::summary) const NAMES_HEADED_LIKE_TITLES: &[&str] = &[
    "Head Start",
    "Junior Achievement",
    "Vice News",
    "Senior Living Center",
    "Junior League",
    "Chief Hotel",
    "Chief Bird",
];

#[cfg(test)]
mod tests {
    use super::{NAMES_HEADED_LIKE_TITLES, is_job_title};

    /// Regression (session 41's review): a head of a title before words that are no
    /// occupation is a name ("Head Start", "Junior Achievement"), not a title.
    #[test]
    fn a_head_of_a_title_makes_one_only_before_an_occupation() {
        for title in [
            "Chief Surgeon",
            "Head Gardener",
            "Head Teacher",
            "Senior Architect",
            "Head Nurse",
            "Head Office",
            "Chief Engineer",
            "Vice President",
            // Trades and services (a review found "Head Barista" a name).
            "Head Barista",
            "Head Bartender",
            "Chief Electrician",
            "Head Waiter",
            "Senior Stylist",
            "Head Housekeeper",
        ] {
            assert!(is_job_title(title), "{title}");
        }
        for name in NAMES_HEADED_LIKE_TITLES.iter().chain(&["Chief Joseph"]) {
            assert!(!is_job_title(name), "{name}");
        }
    }
}
