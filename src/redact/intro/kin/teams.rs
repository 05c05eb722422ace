//! The words that name a team or a department ("Customer Care", "Tech Support"): a word →
//! whether it is one, so "Your supervisor, Customer Care, hung up" names no one. Tells;
//! `kin.rs` reads the words after "my manager,".

/// Words that name a team or a department, no one ("Customer Care", "Tech Support",
/// "Head Office"), in lower case. Sorted.
const TEAMS: &[&str] = &[
    "billing",
    "care",
    "department",
    "dept",
    "desk",
    "helpdesk",
    "office",
    "reception",
    "sales",
    "service",
    "services",
    "support",
    "team",
];

/// Whether `word` is one of [`TEAMS`] (in any case).
pub(super) fn is_team(word: &str) -> bool {
    TEAMS.binary_search(&word.to_lowercase().as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_teams_are_sorted_and_lower_case() {
        assert!(super::TEAMS.is_sorted());
        assert!(super::TEAMS.iter().all(|w| *w == w.to_lowercase()));
        assert!(super::is_team("Care") && super::is_team("SALES") && !super::is_team("Berg"));
    }
}
