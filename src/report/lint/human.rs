//! Human lint output: rustc-style diagnostics, then one summary line (none when quiet).

use std::io::{self, Write};

use super::LintOutput;
use crate::diag::Severity;

pub(super) fn write(output: &LintOutput<'_>, out: &mut dyn Write) -> io::Result<()> {
    for d in output.diagnostics {
        writeln!(out, "{}\n", d.render(output.sources, output.color))?;
    }
    if output.quiet {
        return Ok(());
    }
    let files = output.sources.files().len();
    let files = format!("{files} rule file{}", if files == 1 { "" } else { "s" });
    let (errors, warnings) = (
        output.count(Severity::Error),
        output.count(Severity::Warning),
    );
    if errors + warnings == 0 {
        writeln!(out, "lint: no problems in {files}")
    } else {
        writeln!(
            out,
            "lint: {errors} error{}, {warnings} warning{} in {files}",
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" },
        )
    }
}
