//! SARIF 2.1.0 (OASIS), the format GitHub code scanning and other viewers read: one run,
//! the tool's rules (every code that can appear, with its documentation) and one result
//! per diagnostic with a physical location and region (but a note with neither a code
//! nor a location, which names the checks that did not run).

use std::io::{self, Write};

use serde_json::{Value, json};

use super::{LintOutput, Region};
use crate::diag::Severity;
use crate::lint::code::{CODES, Origin};

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

pub(super) fn write(output: &LintOutput<'_>, out: &mut dyn Write) -> io::Result<()> {
    let rules: Vec<&crate::lint::Code> = CODES
        .iter()
        .filter(|c| matches!(c.origin, Origin::Fatal | Origin::Check))
        .collect();
    let rule_values: Vec<Value> = rules
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
        // A note with neither code nor location (the checks that did not run) would be a
        // result without a rule or a place, which code scanning does not take: left out
        // here, it is in the other formats.
        .filter(|d| d.code.is_some() || d.location.is_some())
        .map(|d| {
            let mut message = d.message.clone();
            if let Some(label) = &d.label {
                message = format!("{message}: {label}");
            }
            for help in &d.help {
                message = format!("{message}\nhelp: {help}");
            }
            let mut result = json!({
                "level": level(d.severity),
                "message": { "text": message },
                "locations": d.location.iter().map(|l| location(&Region::of(l, output.sources))).collect::<Vec<_>>(),
            });
            if let Some(code) = d.code {
                result["ruleId"] = json!(code);
                if let Some(index) = rules.iter().position(|c| c.id == code) {
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
        .map(|f| json!({ "location": { "uri": f.path.to_string_lossy().replace('\\', "/") } }))
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
        "artifactLocation": { "uri": r.file },
        "region": region,
    } })
}

/// The "What it checks" paragraph of a code's documentation.
fn first_paragraph(doc: &str) -> &str {
    doc.split("## What it checks")
        .nth(1)
        .and_then(|s| s.split("\n## ").next())
        .map_or(doc, str::trim)
}
