//! SARIF 2.1.0 (OASIS), the format GitHub code scanning and other viewers read: one run,
//! the tool's rules (every code, of every family, with its documentation, so that each
//! result's `ruleIndex` points at its own) and one result per diagnostic with a physical
//! location (but a note with neither a code nor a place, which names the checks that did
//! not run). A diagnostic about a whole file or directory (D016, D017) points at it, at
//! line 1: GitHub's upload rejects a whole file when one result has no location.

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{LintOutput, Region};
use crate::diag::{Diagnostic, Severity};
use crate::lint::code::CODES;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub(super) fn write(output: &LintOutput<'_>, out: &mut dyn Write) -> io::Result<()> {
    // Every code, not only the lint checks and rule loading: loading a rules directory finds
    // D016 and D017 too, and a result whose rule is not in the list has no `ruleIndex`, so
    // viewers show it without its documentation.
    let rule_values: Vec<Value> = CODES
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "name": c.name,
                "shortDescription": { "text": c.summary },
                "fullDescription": { "text": first_paragraph(c.doc) },
                "help": { "text": c.doc, "markdown": c.doc },
                "defaultConfiguration": { "level": level(c.severity) },
            })
        })
        .collect();
    let results: Vec<Value> = output
        .diagnostics
        .iter()
        // A note with neither code nor place (the checks that did not run) would be a
        // result without a rule or a place, which code scanning does not take: left out
        // here, it is in the other formats.
        .filter(|d| d.code.is_some() || d.location.is_some() || d.subject.is_some())
        .map(|d| {
            let message = output.full_message(d, false);
            let mut result = json!({
                "level": level(output.effective(d)),
                "message": { "text": message },
                "locations": [primary_location(d, output)],
            });
            if let Some(code) = d.code {
                result["ruleId"] = json!(code);
                if let Some(index) = CODES.iter().position(|c| c.id == code) {
                    result["ruleIndex"] = json!(index);
                }
            }
            if !d.related.is_empty() {
                result["relatedLocations"] = d
                    .related
                    .iter()
                    .enumerate()
                    .map(|(i, (l, m))| {
                        let mut loc = location(&Region::of(l, output.sources));
                        loc["id"] = json!(i);
                        loc["message"] = json!({ "text": m });
                        loc
                    })
                    .collect();
            }
            result
        })
        .collect();
    let artifacts: Vec<Value> = output
        .sources
        .files()
        .iter()
        .map(|f| json!({ "location": { "uri": uri(&crate::report::slashed(&f.path)) } }))
        .collect();
    let doc = json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "handoff",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": rule_values,
            } },
            // Columns count characters, as the other formats do (SARIF's default is
            // UTF-16 code units, which differ past the first plane: emoji).
            "columnKind": "unicodeCodePoints",
            "artifacts": artifacts,
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *out, &doc)?;
    writeln!(out)
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// Where a result is: its place, else the file or directory it is about, at line 1
/// (GitHub's ingestion wants an artifact URI and a `startLine` on every result:
/// "locationFromSarifResult: expected at least one location", which fails the whole upload:
/// github/codeql-action#1738, #2459),
/// else, for a diagnostic of no place at all, the working directory the run read from.
fn primary_location(d: &Diagnostic, output: &LintOutput<'_>) -> Value {
    if let Some(l) = &d.location {
        return location(&Region::of(l, output.sources));
    }
    let file = d
        .subject
        .as_deref()
        .map_or_else(|| ".".to_owned(), crate::report::slashed);
    location(&Region {
        file,
        line: 1,
        column: None,
        end_line: None,
        end_column: None,
    })
}

fn location(r: &Region) -> Value {
    let mut region = json!({ "startLine": r.line });
    if let Some(c) = r.column {
        region["startColumn"] = json!(c);
    }
    if let Some(l) = r.end_line {
        region["endLine"] = json!(l);
    }
    if let Some(c) = r.end_column {
        region["endColumn"] = json!(c);
    }
    json!({ "physicalLocation": {
        "artifactLocation": { "uri": uri(&r.file) },
        "region": region,
    } })
}

/// A path (with `/` separators) as SARIF's `uri` wants it, a URI reference (RFC 3986):
/// relative as it is, an absolute one as a `file:` URI, and every byte that is not
/// unreserved, a separator or a sub-delimiter percent-encoded (spaces, `%`, `#`, `?`,
/// letters past ASCII in UTF-8). A `:` is encoded too but after a drive letter, so that
/// `a:b.yaml` does not read as a scheme.
fn uri(path: &str) -> String {
    use std::fmt::Write as _;
    let bytes = path.as_bytes();
    let drive =
        bytes.len() >= 3 && bytes[0].is_ascii_alphabetic() && bytes[1] == b':' && bytes[2] == b'/';
    let mut out = String::with_capacity(path.len() + 8);
    if drive {
        out.push_str("file:///");
    } else if path.starts_with('/') {
        out.push_str("file://");
    }
    for (i, &b) in bytes.iter().enumerate() {
        let kept = b.is_ascii_alphanumeric()
            || matches!(
                b,
                b'-' | b'.'
                    | b'_'
                    | b'~'
                    | b'/'
                    | b'!'
                    | b'$'
                    | b'&'
                    | b'\''
                    | b'('
                    | b')'
                    | b'*'
                    | b'+'
                    | b','
                    | b';'
                    | b'='
                    | b'@'
            )
            || (b == b':' && drive && i == 1);
        if kept {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The "What it checks" paragraph of a code's documentation.
fn first_paragraph(doc: &str) -> &str {
    doc.split("## What it checks")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .map_or(doc, str::trim)
}

#[cfg(test)]
mod tests {
    use super::uri;

    /// Paths went into SARIF as they are, which is no URI when they hold a space
    /// or a letter past ASCII, or start at the root.
    #[test]
    fn paths_become_uri_references() {
        assert_eq!(uri("rules/a.yaml"), "rules/a.yaml");
        assert_eq!(uri("sp ace/r ü.yaml"), "sp%20ace/r%20%C3%BC.yaml");
        assert_eq!(uri("a#b?c%d.yaml"), "a%23b%3Fc%25d.yaml");
        assert_eq!(uri("a:b.yaml"), "a%3Ab.yaml");
        assert_eq!(uri("/tmp/rules/a.yaml"), "file:///tmp/rules/a.yaml");
        assert_eq!(uri("C:/work/r.yaml"), "file:///C:/work/r.yaml");
    }
}
