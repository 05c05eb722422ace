//! Every diagnostic code handoff emits: its id, name, origin, default severity and
//! documentation.
//!
//! Codes are permanent: a code is never reused for another problem. A renamed check keeps
//! its id and gets a new name; a removed one stays here with `Status::Removed`. The full
//! list is snapshot-tested, so any change shows up in review. The documentation of each
//! code lives in `docs/<ID>.md` beside this file (fixed headings: What it checks / Why
//! it matters / Example / How to fix); `handoff lint --explain` prints it and
//! `docs/checks/` is generated from it.

use crate::diag::Severity;

mod suggest;

pub use suggest::{numbered, of_letter, short_id, suggestion};

/// Where a code comes from, which decides whether its severity can be changed. JSON
/// (`lint --list -f json`) writes it in the words of the human list and the README
/// ([`Origin::label`]; it wrote `fatal` for "rule loading").
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Origin {
    /// Loading and validating rules: a rule set with this problem cannot run.
    #[serde(rename = "rule loading")]
    Fatal,
    /// A lint check: severity can be overridden.
    #[serde(rename = "lint check")]
    Check,
    /// `replay`, about transcript rows.
    #[serde(rename = "replay")]
    Transcript,
    /// `test`, about rule-test files.
    #[serde(rename = "rule tests")]
    Test,
}

impl Origin {
    /// What emits codes of this origin, for listings.
    pub fn label(self) -> &'static str {
        match self {
            Origin::Fatal => "rule loading",
            Origin::Check => "lint check",
            Origin::Transcript => "replay",
            Origin::Test => "rule tests",
        }
    }
}

/// Whether a code is in use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Stable,
    /// Kept so the id is never reused; no longer emitted.
    Removed,
}

/// A diagnostic code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Code {
    pub id: &'static str,
    pub name: &'static str,
    pub origin: Origin,
    pub severity: Severity,
    pub status: Status,
    pub summary: &'static str,
    #[serde(skip)]
    pub doc: &'static str,
}

macro_rules! codes {
    ($( $id:literal $name:literal $origin:ident $severity:ident $summary:literal; )*) => {
        /// Every code, in id order within each category.
        pub static CODES: &[Code] = &[
            $( Code {
                id: $id,
                name: $name,
                origin: Origin::$origin,
                severity: Severity::$severity,
                status: Status::Stable,
                summary: $summary,
                doc: include_str!(concat!("docs/", $id, ".md")),
            }, )*
        ];
    };
}

codes! {
    "S001" "yaml-syntax" Fatal Error "the file is not valid YAML";
    "S002" "unknown-field" Fatal Error "a field or condition the format does not have";
    "S003" "wrong-type" Fatal Error "a value of the wrong type";
    "S004" "missing-field" Fatal Error "a required field is missing";
    "S005" "unsupported-version" Fatal Error "a `version` other than 1";
    "S006" "duplicate-key" Fatal Error "the same key twice in one mapping";
    "S007" "duplicate-id" Fatal Error "two definitions with the same id, or two default routes";
    "S008" "invalid-value" Fatal Error "a value that cannot mean anything";
    "S009" "over-limit" Fatal Error "more rules, phrases or template text than the limits for untrusted rules allow, or YAML nested deeper than 64 levels or expanding past the parser's budget of nodes and aliases";
    "R001" "undefined-signal" Fatal Error "a condition names a signal that is not defined";
    "R002" "undefined-trigger" Fatal Error "a route or a team's `bridges` names a trigger that is not defined";
    "R003" "undefined-team" Fatal Error "a route names a team that is not defined";
    "R004" "undefined-template" Fatal Error "a team names a template that is not defined";
    "R005" "trigger-condition-in-trigger" Fatal Error "a `trigger:` condition inside a trigger";
    "R006" "undefined-route" Test Error "a rule test expects a route that is not defined";
    "R007" "undefined-builtin-phrase" Fatal Error "an `exclude:` entry that is not in the signal's built-in lexicon";
    "R008" "test-file-without-cases" Test Warning "a rule-test file with no case, beside files that have some";
    "R010" "unused-signal" Check Warning "a signal no trigger or route uses";
    "R011" "unused-team" Check Warning "a team no route sends conversations to";
    "R012" "team-without-bridge" Check Warning "a team with no bridge message";
    "M001" "invalid-regex" Fatal Error "a regex that does not compile or is too large";
    "M002" "matches-everything" Fatal Error "a regex or phrase that would match every message";
    "M010" "duplicate-phrase" Check Warning "the same phrase or regex twice in one signal";
    "M011" "lossy-phrase" Check Warning "a phrase whose symbols normalisation drops";
    "M012" "ambiguous-phrase" Check Warning "the same phrase in signals that lead to different teams";
    "M013" "customer-language-from-bot" Check Warning "a customer-language built-in (`human_request`, `frustration`, `shouting`) read in the bot's messages too";
    "M014" "phrase-looks-like-a-list" Check Warning "a phrase that is several run together: a list item YAML folded into the one above, or alternatives separated by commas";
    "L001" "unreachable-route" Check Warning "a route an earlier route always pre-empts";
    "L002" "missing-default-route" Check Warning "no default route";
    "L003" "unsatisfiable-condition" Check Error "a condition that can never hold";
    "L004" "always-true-trigger" Check Error "a trigger that holds after every message";
    "L005" "pointless-bound" Check Warning "a bound that excludes nothing";
    "L006" "no-triggers" Check Warning "a rule set with no triggers, under which nothing escalates";
    "L007" "unreachable-threshold" Check Error "a signal whose threshold is above the most it can score in one message";
    "L008" "unreachable-window-count" Check Error "a `bot_repeats` count above what its window can hold, as the customer writes between any two bot repeats";
    "T001" "template-syntax" Fatal Error "a bridge template that does not parse, names a filter or test that does not exist, or calls a method";
    "T002" "undefined-template-variable" Fatal Error "a template variable the bridge context never provides";
    "T003" "template-include" Fatal Error "a template that includes, imports or extends another";
    "T004" "template-writes-group" Fatal Error "a template that writes a group of values (`{{ customer }}`) whole, or reads one other than by naming a field";
    "T010" "unused-template" Check Warning "a template no team uses";
    "T011" "optional-value-unguarded" Check Warning "a template reads a value some escalations lack (`trigger.description`, `conversation.time`, `summary.goal`) unguarded";
    "T012" "agent-placeholder" Check Warning "a team without `agent:` whose bridge message writes `{{ agent }}`, which customers read as “[agent name]”";
    "C001" "field-not-in-export" Check Warning "a metadata field the export does not have";
    "C002" "never-fires-on-export" Check Error "a trigger or route that cannot fire on the export";
    "C003" "template-field-not-in-export" Check Error "a template field the export does not have, unguarded";
    "C004" "timestamp-not-in-export" Check Warning "a rule reads message times (`hours:`, `minutes_elapsed`) but the export has no timestamp column";
    "D001" "malformed-row" Transcript Warning "a transcript row that was skipped";
    "D002" "unknown-role" Transcript Warning "a role value the role table does not know";
    "D003" "bad-timestamp" Transcript Warning "a timestamp that does not parse";
    "D004" "invalid-utf8" Transcript Warning "a row with invalid UTF-8";
    "D005" "metadata-varies" Transcript Note "a metadata column that varies within a conversation";
    "D006" "timestamps-out-of-order" Transcript Warning "a timestamp earlier than the previous message's";
    "D007" "empty-file" Transcript Warning "an empty transcript file, or a transcript, labels or contacts file with a header and no rows";
    "D008" "unclosed-quote" Transcript Warning "a quote never closed (its row skipped), a quoted field holding lines that look like rows, or a quote inside one not doubled";
    "D009" "nothing-to-ignore" Transcript Warning "a column .handoff.yaml ignores that the export does not have";
    "D010" "duplicate-contact-key" Transcript Warning "a key on more than one row of the contacts file";
    "D011" "no-contact" Transcript Warning "conversations the contacts file has no record for";
    "D012" "contact-without-key" Transcript Warning "contact rows without the join key, left out";
    "D013" "unnamed-column" Transcript Warning "a header column or JSONL key without a name, whose values are not read";
    "D014" "repeated-header" Transcript Warning "a header row again inside a CSV transcript, skipped";
    "D015" "misplaced-byte-order-mark" Transcript Warning "a byte order mark past the start of a transcript, contacts or labels file, left out";
    "D016" "not-a-file" Transcript Warning "a directory, FIFO or device named like a transcript or rule file in an input, rules or rule-tests directory, left out";
    "D017" "hidden-file" Transcript Warning "a hidden file (`.name.yaml`, `.name.csv`) in a rules, rule-tests or input directory, left out";
    "D018" "delimiter-for-jsonl" Transcript Warning "a CSV delimiter the mapping sets, for an export read as JSONL, where it does nothing";
}

/// `key` with the full-width forms of ASCII letters and digits (`Ｌ００３`, as an East
/// Asian input method types them) as ASCII (`L003`), as NFKC reads them; nothing else
/// changes. A code is ASCII, so a key is read this way wherever it names one.
pub fn ascii_folded(key: &str) -> std::borrow::Cow<'_, str> {
    // U+FF10..U+FF19 are `０`..`９`, U+FF21..U+FF3A `Ａ`..`Ｚ`, U+FF41..U+FF5A `ａ`..`ｚ`:
    // each its ASCII letter or digit plus 0xFEE0.
    let wide = |c: char| matches!(c, '\u{FF10}'..='\u{FF19}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}');
    if !key.chars().any(wide) {
        return std::borrow::Cow::Borrowed(key);
    }
    key.chars()
        .map(|c| {
            if wide(c) {
                char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c)
            } else {
                c
            }
        })
        .collect()
}

/// The code with this id (`R010`) or name (`unused-signal`), case-insensitively (and
/// written full-width: [`ascii_folded`]).
pub fn lookup(key: &str) -> Option<&'static Code> {
    let key = ascii_folded(key);
    let key = key.trim();
    CODES
        .iter()
        .find(|c| c.id.eq_ignore_ascii_case(key) || c.name.eq_ignore_ascii_case(key))
}

/// The code with exactly this id.
///
/// # Panics
///
/// On an unregistered id: a programming error, which the test
/// `every_code_used_in_the_source_is_registered` catches first.
pub fn code(id: &str) -> &'static Code {
    CODES
        .iter()
        .find(|c| c.id == id)
        .unwrap_or_else(|| panic!("unregistered diagnostic code {id}"))
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;
    use std::fmt::Write as _;

    use super::*;

    /// cli45: `--deny Ｌ００３`, typed full-width, named no code.
    #[test]
    fn full_width_letters_and_digits_are_read_as_ascii() {
        assert_eq!(ascii_folded("Ｌ００３"), "L003");
        assert_eq!(ascii_folded("ｌ００３"), "l003");
        assert!(matches!(
            ascii_folded("L003"),
            std::borrow::Cow::Borrowed("L003")
        ));
        // Only letters and digits: the full-width hyphen and other scripts are kept.
        assert_eq!(ascii_folded("Ｌ－００３é"), "L－003é");
        assert_eq!(lookup(" Ｌ００３ ").map(|c| c.id), Some("L003"));
        assert_eq!(numbered("００３"), numbered("003"));
        assert_eq!(suggestion("Ｌ００４"), Some("L004"));
        assert_eq!(short_id("Ｒ８").map(|c| c.id), Some("R008"));
    }

    #[test]
    fn origins_are_written_in_json_as_they_are_listed() {
        for origin in [
            Origin::Fatal,
            Origin::Check,
            Origin::Transcript,
            Origin::Test,
        ] {
            assert_eq!(serde_json::to_value(origin).unwrap(), origin.label());
        }
    }

    #[test]
    fn codes_are_unique_and_well_formed() {
        let mut ids = HashSet::new();
        let mut names = HashSet::new();
        for c in CODES {
            assert!(ids.insert(c.id), "duplicate id {}", c.id);
            assert!(names.insert(c.name), "duplicate name {}", c.name);
            assert!(
                c.id.len() == 4 && c.id[1..].bytes().all(|b| b.is_ascii_digit()),
                "{}",
                c.id
            );
            assert!(
                c.name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
                "{}",
                c.name
            );
        }
    }

    #[test]
    fn every_doc_has_the_fixed_headings() {
        for c in CODES {
            assert!(
                c.doc.starts_with(&format!("# {} {}\n", c.id, c.name)),
                "{}: doc must start with its title",
                c.id
            );
            for heading in [
                "## What it checks",
                "## Why it matters",
                "## Example",
                "## How to fix",
            ] {
                assert!(c.doc.contains(heading), "{} lacks {heading}", c.id);
            }
        }
    }

    #[test]
    fn every_code_used_in_the_source_is_registered() {
        let mut unknown = Vec::new();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut stack = vec![root];
        let re = regex::Regex::new(r#""([SRMLTCD]\d{3})""#).unwrap();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for cap in re.captures_iter(&text) {
                        if lookup(&cap[1]).is_none() {
                            unknown.push(format!("{}: {}", path.display(), &cap[1]));
                        }
                    }
                }
            }
        }
        assert!(unknown.is_empty(), "unregistered codes: {unknown:?}");
    }

    /// `docs/checks/` is generated from the docs beside the code; this fails when it is
    /// stale. Regenerate with `UPDATE_DOCS=1 cargo test docs_checks`.
    #[test]
    fn docs_checks_are_current() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/checks");
        let mut expected = vec![("README.md".to_owned(), index())];
        for c in CODES {
            expected.push((format!("{}.md", c.id), c.doc.to_owned()));
        }
        if std::env::var_os("UPDATE_DOCS").is_some() {
            std::fs::create_dir_all(&dir).unwrap();
            for (name, text) in &expected {
                std::fs::write(dir.join(name), text).unwrap();
            }
        }
        let mut stale = Vec::new();
        for (name, text) in &expected {
            if std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str()) {
                stale.push(name.clone());
            }
        }
        assert!(
            stale.is_empty(),
            "docs/checks is out of date ({stale:?}); run `UPDATE_DOCS=1 cargo test docs_checks`"
        );
    }

    fn index() -> String {
        let mut out = String::from(
            "# Diagnostic codes\n\nGenerated from `src/lint/docs/` by `UPDATE_DOCS=1 cargo test docs_checks`; do not edit.\n`handoff lint --explain CODE` prints the same text.\n\n| code | name | origin | default | summary |\n|---|---|---|---|---|\n",
        );
        for c in CODES {
            let origin = c.origin.label();
            writeln!(
                out,
                "| [{id}]({id}.md) | `{}` | {origin} | {} | {} |",
                c.name,
                c.severity,
                c.summary,
                id = c.id
            )
            .unwrap();
        }
        out
    }

    /// A rename or a new code shows up in review here.
    #[test]
    fn code_list_snapshot() {
        let mut list = String::new();
        for c in CODES {
            let origin = c.origin.label();
            writeln!(
                list,
                "{} {:<30} {:<10} {:<8} {}",
                c.id, c.name, origin, c.severity, c.summary
            )
            .unwrap();
        }
        insta::assert_snapshot!(list);
    }
}
