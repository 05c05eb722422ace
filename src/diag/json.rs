//! Diagnostics as JSON documents carry them: one item shape for every output that has a
//! `diagnostics` array (`lint -f json`, `coverage -f json`).
//!
//! Takes a [`Diagnostic`] and the [`Sources`] its spans point into; gives a
//! [`JsonDiagnostic`], owned, which serialises as the README's "Lint output" documents an
//! item and reads back (`coverage --merge` reads reports). Every item has every key: a
//! diagnostic of no place has `null` for `file`, `line` and the columns. Writes nothing.

use serde::{Deserialize, Serialize};

use super::{Diagnostic, Location, Severity, Sources};

/// One diagnostic as JSON outputs write it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonDiagnostic {
    /// The stable code (`D007`), if any.
    pub code: Option<String>,
    /// The code's kebab-case name (`empty-labels`), if any.
    pub name: Option<String>,
    pub severity: Severity,
    pub message: String,
    /// `/` between a path's parts on every system.
    pub file: Option<String>,
    pub line: Option<u32>,
    pub column: Option<u32>,
    pub end_line: Option<u32>,
    pub end_column: Option<u32>,
    pub label: Option<String>,
    pub help: Vec<String>,
    pub related: Vec<JsonRelated>,
}

/// Another place of the same problem (the first of two duplicates).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct JsonRelated {
    pub file: String,
    pub line: u32,
    pub column: Option<u32>,
    pub end_line: Option<u32>,
    pub end_column: Option<u32>,
    pub message: String,
}

/// A location's file, line, column and end (from its byte range in `sources`).
struct Place {
    file: String,
    line: u32,
    column: Option<u32>,
    end: Option<(u32, u32)>,
}

impl Place {
    fn of(location: &Location, sources: &Sources) -> Place {
        Place {
            file: slashed(&location.path),
            line: location.line,
            column: location.column,
            end: location
                .range
                .as_ref()
                .and_then(|r| sources.line_col(&location.path, r.end)),
        }
    }
}

impl JsonDiagnostic {
    /// `d` as JSON writes it, its spans resolved in `sources`.
    pub fn of(d: &Diagnostic, sources: &Sources) -> JsonDiagnostic {
        let place = d.location.as_ref().map(|l| Place::of(l, sources));
        JsonDiagnostic {
            code: d.code.map(str::to_owned),
            name: d
                .code
                .and_then(crate::lint::code::lookup)
                .map(|c| c.name.to_owned()),
            severity: d.severity,
            message: d.message.clone(),
            file: place.as_ref().map(|p| p.file.clone()),
            line: place.as_ref().map(|p| p.line),
            column: place.as_ref().and_then(|p| p.column),
            end_line: place.as_ref().and_then(|p| p.end.map(|e| e.0)),
            end_column: place.as_ref().and_then(|p| p.end.map(|e| e.1)),
            label: d.label.clone(),
            help: d.help.clone(),
            related: d
                .related
                .iter()
                .map(|(l, message)| {
                    let p = Place::of(l, sources);
                    JsonRelated {
                        file: p.file,
                        line: p.line,
                        column: p.column,
                        end_line: p.end.map(|e| e.0),
                        end_column: p.end.map(|e| e.1),
                        message: message.clone(),
                    }
                })
                .collect(),
        }
    }
}

/// A path as reports write it (JSON, SARIF, JUnit): `/` between its parts on every
/// system, so that a report reads the same on Windows.
pub(crate) fn slashed(path: &std::path::Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_item_has_every_key_and_reads_back() {
        let d = Diagnostic::warning("D007", "the labels file has no rows")
            .at(Location::line("dir\\labels.csv", 1))
            .help("add a row");
        let item = JsonDiagnostic::of(&d, &Sources::default());
        let v = serde_json::to_value(&item).unwrap();
        assert_eq!(v["code"], "D007");
        assert_eq!(v["name"], crate::lint::code::lookup("D007").unwrap().name);
        assert_eq!(v["severity"], "warning");
        assert_eq!(v["file"], "dir/labels.csv");
        assert_eq!(v["line"], 1);
        assert!(v["column"].is_null() && v["end_line"].is_null(), "{v}");
        assert_eq!(v["help"][0], "add a row");
        let back: JsonDiagnostic = serde_json::from_value(v).unwrap();
        assert_eq!(back, item);
        // No place: the keys are there, null.
        let v = serde_json::to_value(JsonDiagnostic::of(
            &Diagnostic::new(None, Severity::Note, "n"),
            &Sources::default(),
        ))
        .unwrap();
        assert!(
            v["file"].is_null() && v["line"].is_null() && v["code"].is_null(),
            "{v}"
        );
        assert_eq!(v["related"], serde_json::json!([]));
    }
}
