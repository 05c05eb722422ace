//! Booleans as tabular data writes them: a cell of a labels CSV, a transcript's metadata
//! value. Takes text; gives `true`, `false` or nothing. Knows nothing of rules or files.
//!
//! The one policy for booleans read from data (README, "Booleans"): spreadsheets and
//! exports write `TRUE`, `Yes`, `Y`, `1`, so each of `true`/`false`, `yes`/`no`, `y`/`n`
//! and `1`/`0` is read, in any case, spaces around it left out. YAML files are not data:
//! they take `true` and `false` only (YAML 1.2; `crate::yaml`'s flag readers).

/// The spellings of `true`, then of `false`, lowercase.
pub(crate) const TRUE: [&str; 4] = ["true", "yes", "y", "1"];
pub(crate) const FALSE: [&str; 4] = ["false", "no", "n", "0"];

/// The boolean `value` writes (`Yes` → true, ` 0 ` → false), or `None` (`maybe`, empty).
/// No allocation: it is asked of metadata values while conversations replay.
pub(crate) fn parse_flag(value: &str) -> Option<bool> {
    let value = value.trim();
    let is = |words: [&str; 4]| words.iter().any(|w| value.eq_ignore_ascii_case(w));
    if is(TRUE) {
        Some(true)
    } else if is(FALSE) {
        Some(false)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::parse_flag;

    #[test]
    fn every_spelling_in_any_case_and_nothing_else() {
        for yes in [
            "true", "TRUE", "True", "yes", "Yes", "YES", "y", "Y", "1", " yes ",
        ] {
            assert_eq!(parse_flag(yes), Some(true), "{yes}");
        }
        for no in ["false", "FALSE", "no", "No", "n", "N", "0", "\tfalse"] {
            assert_eq!(parse_flag(no), Some(false), "{no}");
        }
        for other in [
            "", " ", "on", "off", "maybe", "2", "1.0", "yess", "t", "f", "ja",
        ] {
            assert_eq!(parse_flag(other), None, "{other}");
        }
    }
}
