//! JUnit XML: one `<testsuite>` per test file, one `<testcase>` per case, a `<failure>`
//! for each failing case (expected vs actual in its `message`; in its body, what the
//! human format prints: the conditions and routes that decided it); with `--require-tests`, a
//! `require-tests` suite with a failing testcase per untested trigger and route. The
//! warnings and notes said on stderr are each suite's `<system-err>`, in a suite of
//! their own file (with no testcase, for a test file without cases) or `handoff test`.
//! No timings, so the output is the same on every run. A run that could not happen is a
//! testcase with an `<error>` per error.

use std::fmt::Write as _;
use std::io::{self, Write};

use super::TestOutput;
use crate::diag::{Diagnostic, JsonDiagnostic, Severity};
use crate::ruletest::CaseResult;

pub(super) fn write(output: &TestOutput<'_>, out: &mut dyn Write) -> io::Result<()> {
    let mut suites: Vec<(String, Vec<&CaseResult<'_>>)> = Vec::new();
    for r in output.results {
        let file = crate::report::slashed(&r.case.file);
        match suites.last_mut() {
            Some((name, cases)) if *name == file => cases.push(r),
            _ => suites.push((file, vec![r])),
        }
    }
    // With `--require-tests`, each untested trigger and route is a failing testcase:
    // the run fails for it, and a CI's test report must say why.
    let untested: Vec<(&str, &str)> = output
        .untested()
        .map(|(triggers, routes)| {
            let triggers = triggers.iter().map(|t| ("trigger", t.as_str()));
            triggers
                .chain(routes.iter().map(|r| ("route", r.as_str())))
                .collect()
        })
        .unwrap_or_default();
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        s,
        "<testsuites name=\"handoff rule tests\" tests=\"{}\" failures=\"{}\" errors=\"0\">",
        output.results.len() + untested.len(),
        output.failed() + untested.len()
    );
    let mut said = Said::of(output.diagnostics);
    for (file, cases) in &suites {
        let failures = cases.iter().filter(|r| !r.passed()).count();
        let _ = writeln!(
            s,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\">",
            escape(file),
            cases.len()
        );
        for r in cases {
            let _ = write!(
                s,
                "    <testcase name=\"{}\" classname=\"{}\" file=\"{}\" line=\"{}\"",
                escape(&r.case.name),
                escape(file),
                escape(file),
                r.case.line
            );
            if r.passed() {
                s.push_str("/>\n");
                continue;
            }
            let message: Vec<String> = r
                .failures
                .iter()
                .map(|m| {
                    let at = m.differs_at.map_or(String::new(), |at| {
                        format!(" (first difference at character {at})")
                    });
                    format!("{}: expected {}, got {}{at}", m.field, m.expected, m.actual)
                })
                .collect();
            // The body is what the human format prints (a merge request's
            // reviewer saw only expected and got): how to fix a mismatch, the conditions
            // that decided it, the route tree, the local time `hours:` saw.
            let mut body = String::new();
            super::human::failure(&mut body, r);
            let _ = writeln!(
                s,
                ">\n      <failure message=\"{}\" type=\"expectation\">{}</failure>\n    </testcase>",
                escape(&message.join("; ")),
                escape(&dedent(&body))
            );
        }
        said.close(&mut s, file);
    }
    said.rest(&mut s);
    if !untested.is_empty() {
        let _ = writeln!(
            s,
            "  <testsuite name=\"require-tests\" tests=\"{0}\" failures=\"{0}\" errors=\"0\">",
            untested.len()
        );
        for (kind, id) in &untested {
            let how = if *kind == "trigger" {
                format!("`trigger: {id}` or `triggers: [{id}, …]`")
            } else {
                format!("`route: {id}`")
            };
            let _ = writeln!(
                s,
                "    <testcase name=\"require-tests: {kind} {}\" classname=\"require-tests\">\n      <failure message=\"{}\" type=\"require-tests\">{}</failure>\n    </testcase>",
                escape(id),
                escape(&format!("{kind} `{id}` has no positive test")),
                escape(&format!(
                    "{kind} `{id}` has no positive test: no case that expects an escalation names it ({how})"
                )),
            );
        }
        s.push_str("  </testsuite>\n");
    }
    s.push_str("</testsuites>\n");
    out.write_all(s.as_bytes())
}

/// The document of a run that could not happen: a testcase with an `<error>` per error
/// (the warnings and notes beside them in `<system-err>`, as on a run)
/// (as `semgrep --junit-xml` reports its errors), in a suite per file (`handoff test` for
/// an error of no file), so a CI's JUnit reader shows why instead of refusing an empty
/// file.
pub(super) fn write_errors(diagnostics: &[Diagnostic], out: &mut dyn Write) -> io::Result<()> {
    let (errors, said): (Vec<&Diagnostic>, Vec<&Diagnostic>) = diagnostics
        .iter()
        .partition(|d| d.severity == Severity::Error);
    let none = crate::diag::Sources::default();
    let said: Vec<JsonDiagnostic> = said.iter().map(|d| JsonDiagnostic::of(d, &none)).collect();
    let mut said = Said::of(&said);
    let mut suites: Vec<(String, Vec<&Diagnostic>)> = Vec::new();
    for &d in &errors {
        let file = d.location.as_ref().map_or_else(
            || "handoff test".to_owned(),
            |l| crate::report::slashed(&l.path),
        );
        match suites.last_mut() {
            Some((name, list)) if *name == file => list.push(d),
            _ => suites.push((file, vec![d])),
        }
    }
    let mut s = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        s,
        "<testsuites name=\"handoff rule tests\" tests=\"{0}\" failures=\"0\" errors=\"{0}\">",
        errors.len()
    );
    for (file, list) in &suites {
        let _ = writeln!(
            s,
            "  <testsuite name=\"{}\" tests=\"{1}\" failures=\"0\" errors=\"{1}\">",
            escape(file),
            list.len()
        );
        for d in list {
            let code = d.code.unwrap_or("error");
            let _ = write!(
                s,
                "    <testcase name=\"{}\" classname=\"{}\"",
                escape(&format!("{code}: {}", d.message)),
                escape(file)
            );
            if let Some(l) = &d.location {
                let _ = write!(s, " file=\"{}\" line=\"{}\"", escape(file), l.line);
            }
            let mut body = d.to_string();
            for help in &d.help {
                let _ = write!(body, "\n  help: {help}");
            }
            let _ = writeln!(
                s,
                ">\n      <error message=\"{}\" type=\"{}\">{}</error>\n    </testcase>",
                escape(&d.message),
                escape(code),
                escape(&body)
            );
        }
        said.close(&mut s, file);
    }
    said.rest(&mut s);
    s.push_str("</testsuites>\n");
    out.write_all(s.as_bytes())
}

/// The warnings and notes said on stderr, as the lines stderr showed (`warning[R008]:
/// no test cases in …`, with their `help:`), grouped by file in the order said: each is
/// its file's suite's `<system-err>`, so a CI's test report shows a test file emptied by
/// a bad merge beside the others.
struct Said(Vec<(String, String)>);

impl Said {
    fn of(diagnostics: &[JsonDiagnostic]) -> Self {
        let mut groups: Vec<(String, String)> = Vec::new();
        for d in diagnostics {
            let file = d.file.clone().unwrap_or_else(|| "handoff test".to_owned());
            let severity = d.severity;
            let mut line = match &d.code {
                Some(code) => format!("{severity}[{code}]: {}", d.message),
                None => format!("{severity}: {}", d.message),
            };
            if let (Some(path), Some(l)) = (&d.file, d.line) {
                let _ = write!(line, "\n  --> {path}:{l}");
            }
            for help in &d.help {
                let _ = write!(line, "\n  help: {help}");
            }
            match groups.iter_mut().find(|(f, _)| *f == file) {
                Some((_, text)) => {
                    text.push('\n');
                    text.push_str(&line);
                }
                None => groups.push((file, line)),
            }
        }
        Self(groups)
    }

    /// Closes the suite of `file`, with what was said of it, if anything.
    fn close(&mut self, s: &mut String, file: &str) {
        if let Some(at) = self.0.iter().position(|(f, _)| f == file) {
            let (_, text) = self.0.remove(at);
            let _ = writeln!(s, "    <system-err>{}</system-err>", escape(&text));
        }
        s.push_str("  </testsuite>\n");
    }

    /// A suite of no testcase for each file said of that has no case run (a test file
    /// without cases, a directory's left-out entries, or none: `handoff test`).
    fn rest(self, s: &mut String) {
        for (file, text) in self.0 {
            let _ = writeln!(
                s,
                "  <testsuite name=\"{}\" tests=\"0\" failures=\"0\" errors=\"0\">\n    <system-err>{}</system-err>\n  </testsuite>",
                escape(&file),
                escape(&text)
            );
        }
    }
}

/// The human format's failure lines without their indent under the case name (six
/// spaces), and without the last line break.
fn dedent(text: &str) -> String {
    let lines: Vec<&str> = text
        .lines()
        .map(|l| l.strip_prefix("      ").unwrap_or(l))
        .collect();
    lines.join("\n")
}

/// XML text and attribute escaping; characters XML 1.0 cannot carry become U+FFFD.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\t' | '\r' => out.push(c),
            c if (c as u32) < 0x20 => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            escape("a<b & \"c\"\n\u{1}"),
            "a&lt;b &amp; &quot;c&quot;&#10;\u{fffd}"
        );
    }
}
