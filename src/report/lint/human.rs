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
    let files = output.sources.files().len();
    let files = format!("{files} rule file{}", if files == 1 { "" } else { "s" });
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
