//! GitHub Actions workflow commands: `::error file=…,line=…,col=…,title=…::message`, which
//! GitHub shows as annotations on the changed lines of a pull request. When warnings are
//! denied, each is an `::error` whose text says why: the job fails on them, and an
//! annotation that said `warning` would leave it red with no error to show for it.

use std::io::{self, Write};

use super::{LintOutput, Region};
use crate::diag::Severity;
use crate::lint::code::lookup;

pub(super) fn write(output: &LintOutput<'_>, out: &mut dyn Write) -> io::Result<()> {
    for d in output.diagnostics {
        let level = match output.effective(d) {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let mut properties = Vec::new();
        if let Some(location) = &d.location {
            let r = Region::of(location, output.sources);
            properties.push(format!("file={}", property(&r.file)));
            properties.push(format!("line={}", r.line));
            if let Some(end_line) = r.end_line {
                properties.push(format!("endLine={end_line}"));
            }
            if let Some(column) = r.column {
                properties.push(format!("col={column}"));
            }
            if let (Some(end_column), Some(end_line)) = (r.end_column, r.end_line)
                && end_line == r.line
            {
                properties.push(format!("endColumn={end_column}"));
            }
        }
        if let Some(code) = d.code {
            let title = match lookup(code) {
                Some(c) => format!("{code} {}", c.name),
                None => code.to_owned(),
            };
            properties.push(format!("title={}", property(&title)));
        }
        let message = output.full_message(d, true);
        writeln!(
            out,
            "::{level} {}::{}",
            properties.join(","),
            data(&message)
        )?;
    }
    Ok(())
}

/// Escapes a command's message: `%`, CR and LF as GitHub requires, then the other
/// control characters (ESC, BEL from a rule's value) as the terminal outputs do
/// (`\u{1b}`): the log shows them raw.
fn data(s: &str) -> String {
    let s = s
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    crate::text::escape_controls(&s).into_owned()
}

/// Escapes a property value: as data, plus `:` and `,`.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_github_requires() {
        assert_eq!(data("50% done\r\nnext"), "50%25 done%0D%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }

    /// A rule's value with ESC or BEL went raw into the annotation text.
    #[test]
    fn control_characters_are_escaped_as_in_the_terminal_outputs() {
        assert_eq!(
            data("unknown signal `a\u{1b}[31mX\u{7}`"),
            "unknown signal `a\\u{1b}[31mX\\u{7}`"
        );
        assert_eq!(property("t\u{1b}:x"), "t\\u{1b}%3Ax");
    }
}
