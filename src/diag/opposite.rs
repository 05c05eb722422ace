//! Whether two names are opposites, for the "did you mean" of [`super::did_you_mean`]:
//! takes two names, gives whether one is the other with a negating prefix (`un-`, `in-`,
//! `non-`, `not-`, `dis-`) added to one of its words. Such a name is a typo away (two
//! or three letters) but means the contrary: `defined-team` is not `undefined-team`.

/// Prefixes that turn a word into its opposite, longest first.
const NEGATING: [&str; 5] = ["non", "not", "dis", "un", "in"];

/// Whether `a` and `b` (compared ignoring case) are the same name but for a negating
/// prefix at the start of one of the words of one of them (`reachable-route` and
/// `unreachable-route`, `blocking` and `non-blocking`, `team_ready` and `team_not_ready`).
pub(super) fn opposites(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    let (long, short) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let starts = std::iter::once(0).chain(
        long.char_indices()
            .filter(|&(_, c)| !c.is_alphanumeric())
            .map(|(i, c)| i + c.len_utf8()),
    );
    for start in starts {
        let (head, rest) = long.split_at(start);
        for prefix in NEGATING {
            let Some(after) = rest.strip_prefix(prefix) else {
                continue;
            };
            // The prefix alone or written with a separator (`non-blocking`).
            let joined = after
                .strip_prefix(['-', '_', ' '])
                .into_iter()
                .chain([after]);
            if joined.filter(|after| !after.is_empty()).any(|after| {
                short.len() == head.len() + after.len()
                    && short.starts_with(head)
                    && short.ends_with(after)
            }) {
                return true;
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::opposites;

    #[test]
    fn a_negating_prefix_added_or_removed_makes_an_opposite() {
        for (a, b) in [
            ("defined-team", "undefined-team"),
            ("unreachable-route", "reachable-route"),
            ("team-defined", "team-undefined"),
            ("blocking", "non-blocking"),
            ("ready", "not_ready"),
            ("Active", "inactive"),
            ("agree", "disagree"),
            ("nonurgent", "urgent"),
        ] {
            assert!(opposites(a, b), "{a} / {b}");
        }
        for (a, b) in [
            ("frustation", "frustration"),
            ("unused-signal", "unknown-signal"),
            ("in", "un"),
            ("defined-team", "defined-team"),
            ("team", "inteam-x"),
            ("invoice", "voices"),
        ] {
            assert!(!opposites(a, b), "{a} / {b}");
        }
    }
}
