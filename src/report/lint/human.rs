//! Human lint output: rustc-style diagnostics, then one summary line (none when quiet,
//! unless warnings are denied: then it says so, as it is why the run fails).

use std::io::{self, Write};

use super::LintOutput;
use crate::diag::Severity;

pub(super) fn write(output: &LintOutput<'_>, out: &mut dyn Write) -> io::Result<()> {
    for d in output.diagnostics {
        writeln!(out, "{}\n", d.render(output.sources, output.color))?;
    }
    let (errors, warnings) = (
        output.count(Severity::Error),
        output.count(Severity::Warning),
    );
    let denied = match &output.denied_warnings {
        Some(why) if warnings > 0 => format!("; failed: warnings are denied ({why})"),
        _ => String::new(),
    };
    // Quiet leaves the summary out, but not why the run failed.
    if output.quiet && denied.is_empty() {
        return Ok(());
    }
    let files = files_linted(output.sources.files().len(), output.not_rule_files);
    if errors + warnings == 0 {
        writeln!(out, "lint: no problems in {files}")
    } else {
        writeln!(
            out,
            "lint: {errors} error{}, {warnings} warning{} in {files}{denied}",
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" },
        )
    }
}

/// What the summary says was linted: `rules` rule files, and `others` files given that
/// are not rule files (`2 rule files and 1 file that is not one`; not "0 rule files" of
/// a transcript export given as rules).
fn files_linted(rules: usize, others: usize) -> String {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    let rule_files = format!("{rules} rule file{}", plural(rules));
    match (rules, others) {
        (_, 0) => rule_files,
        (0, 1) => "1 file that is not a rule file".to_owned(),
        (0, n) => format!("{n} files that are not rule files"),
        (_, 1) => format!("{rule_files} and 1 file that is not one"),
        (_, n) => format!("{rule_files} and {n} files that are not rule files"),
    }
}

#[cfg(test)]
mod tests {
    use super::files_linted;

    #[test]
    fn files_that_are_not_rule_files_are_counted_apart() {
        assert_eq!(files_linted(1, 0), "1 rule file");
        assert_eq!(files_linted(0, 0), "0 rule files");
        assert_eq!(files_linted(0, 1), "1 file that is not a rule file");
        assert_eq!(files_linted(0, 2), "2 files that are not rule files");
        assert_eq!(
            files_linted(3, 1),
            "3 rule files and 1 file that is not one"
        );
        assert_eq!(
            files_linted(1, 2),
            "1 rule file and 2 files that are not rule files"
        );
    }
}
