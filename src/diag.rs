//! Diagnostics: a finding or an error that points at a place in an input file.
//!
//! Every stage reports problems it can live with (a malformed transcript row, an
//! invalid rule) as a [`Diagnostic`]; only problems that stop the tool become `Err`.
//! Diagnostics are rendered rustc-style for a terminal, with the source line and a caret
//! under the span when the source text is known ([`Sources`], `diag/sources.rs`), in
//! `diag/render.rs`.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

mod json;
mod render;
mod sources;

pub(crate) use json::slashed;
pub use json::{JsonDiagnostic, JsonRelated};
pub use sources::{SourceFile, Sources};

/// How serious a diagnostic is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Note,
    Warning,
    Error,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        })
    }
}

/// Index of a file in [`Sources`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub u32);

/// A place in a source file: 1-based line and column, and the byte range it covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub file: FileId,
    pub line: u32,
    pub column: u32,
    pub start: usize,
    pub end: usize,
}

/// Where a diagnostic points: a file, a line, and for rule files a column and byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub path: PathBuf,
    pub line: u32,
    pub column: Option<u32>,
    pub range: Option<Range<usize>>,
}

impl Location {
    /// A line in a file without a column (transcript rows).
    pub fn line(path: impl Into<PathBuf>, line: u32) -> Self {
        Location {
            path: path.into(),
            line,
            column: None,
            range: None,
        }
    }
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.path.display(), self.line)?;
        if let Some(column) = self.column {
            write!(f, ":{column}")?;
        }
        Ok(())
    }
}

/// A problem found in an input, with a stable code where one exists.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Option<&'static str>,
    pub severity: Severity,
    pub message: String,
    pub location: Option<Location>,
    /// The file or directory the diagnostic is about when it has no place in one (D016: a
    /// directory named like a rule file; D017: a hidden file): reports that need a place
    /// for every finding (SARIF) point there.
    pub subject: Option<PathBuf>,
    /// The label under the caret, when it says more than the message.
    pub label: Option<String>,
    /// Other places that belong to the same problem (the first of two duplicates).
    pub related: Vec<(Location, String)>,
    /// `help:` lines printed after the snippet.
    pub help: Vec<String>,
    /// The values read from the data (a cell, a conversation id, a column name) that the
    /// texts above quote, as they are: a terminal shows each through
    /// [`crate::text::shown`] (escaped, cut), JSON and SARIF as they are.
    pub quoted: Vec<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Some(code), Severity::Error, message)
    }

    pub fn warning(code: &'static str, message: impl Into<String>) -> Self {
        Self::new(Some(code), Severity::Warning, message)
    }

    pub fn new(code: Option<&'static str>, severity: Severity, message: impl Into<String>) -> Self {
        Diagnostic {
            code,
            severity,
            message: message.into(),
            location: None,
            subject: None,
            label: None,
            related: Vec::new(),
            help: Vec::new(),
            quoted: Vec::new(),
        }
    }

    #[must_use]
    pub fn at(mut self, location: Location) -> Self {
        self.location = Some(location);
        self
    }

    /// Says which file or directory the diagnostic is about (see [`Diagnostic::subject`]).
    #[must_use]
    pub fn about(mut self, path: impl Into<PathBuf>) -> Self {
        self.subject = Some(path.into());
        self
    }

    #[must_use]
    pub fn label(mut self, label: impl Into<String>) -> Self {
        self.label = Some(label.into());
        self
    }

    #[must_use]
    pub fn related(mut self, location: Location, label: impl Into<String>) -> Self {
        self.related.push((location, label.into()));
        self
    }

    #[must_use]
    pub fn help(mut self, help: impl Into<String>) -> Self {
        self.help.push(help.into());
        self
    }

    /// Says that the texts quote `value`, read from the data (see [`Diagnostic::quoted`]).
    #[must_use]
    pub fn quoting(mut self, value: impl Into<String>) -> Self {
        self.quoted.push(value.into());
        self
    }
}

/// Builder methods for a diagnostic already pushed to a list (`&mut`, not by value).
pub trait Annotate {
    fn with_quoted(&mut self, value: impl Into<String>) -> &mut Self;
    fn with_help(&mut self, help: impl Into<String>) -> &mut Self;
    fn with_help_opt(&mut self, help: Option<String>) -> &mut Self;
    fn with_label(&mut self, label: impl Into<String>) -> &mut Self;
    fn with_related(&mut self, location: Location, label: impl Into<String>) -> &mut Self;
}

impl Annotate for Diagnostic {
    fn with_quoted(&mut self, value: impl Into<String>) -> &mut Self {
        self.quoted.push(value.into());
        self
    }

    fn with_help(&mut self, help: impl Into<String>) -> &mut Self {
        self.help.push(help.into());
        self
    }

    fn with_help_opt(&mut self, help: Option<String>) -> &mut Self {
        if let Some(help) = help {
            self.help.push(help);
        }
        self
    }

    fn with_label(&mut self, label: impl Into<String>) -> &mut Self {
        self.label = Some(label.into());
        self
    }

    fn with_related(&mut self, location: Location, label: impl Into<String>) -> &mut Self {
        self.related.push((location, label.into()));
        self
    }
}

impl fmt::Display for Diagnostic {
    /// One line: `path:line:col: severity[code]: message`, for logs and summaries; the
    /// values it quotes shown as on a terminal ([`crate::text::shown`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(loc) = &self.location {
            write!(f, "{loc}: ")?;
        }
        write!(f, "{}", self.severity)?;
        if let Some(code) = self.code {
            write!(f, "[{code}]")?;
        }
        write!(f, ": {}", render::for_terminal(&self.message, &self.quoted))
    }
}

/// Several mistakes of one file as one error's text: "N mistakes in `what` PATH:", then
/// each at its place on a line of its own, then how many more were not listed. A
/// message's own further lines (a `hint:`) are indented under it.
pub fn mistakes(what: &str, path: &Path, errors: &[(Location, String)], more: usize) -> String {
    use std::fmt::Write as _;
    let mut s = format!(
        "{} mistakes in {what} {}:",
        errors.len() + more,
        path.display()
    );
    for (location, message) in errors {
        let _ = write!(s, "\n  {location}: {}", message.replace('\n', "\n  "));
    }
    if more > 0 {
        let _ = write!(s, "\n  … and {more} more");
    }
    s
}

/// The one candidate that `name` begins (ignoring case), if only one does: a name cut
/// short. `whole_words`: also one `name` begins as a whole word (`human` of
/// `human_request`); without it only a cut inside a word (`frust`), where a whole word
/// may be a name of its own (`system` is a role exports use, not `system_bot`).
/// Three letters at least, and four for a cut inside a word: fewer begin too much
/// to be meant (`sh` of `shouting`), and a short word is often a word of its own
/// (`any` is no `anyone-there` cut short). `candidates` are each with its lower case.
fn begun<'a>(lower: &str, candidates: &[(String, &'a str)], whole_words: bool) -> Option<&'a str> {
    let letters = lower.chars().count();
    if letters < 3 {
        return None;
    }
    let ends_a_word = |rest: &str| {
        !rest.chars().next().is_some_and(char::is_alphanumeric)
            || !lower.chars().next_back().is_some_and(char::is_alphanumeric)
    };
    let mut begun: Vec<&'a str> = candidates
        .iter()
        .filter(|(c, _)| {
            c.len() > lower.len()
                && c.starts_with(lower)
                && if ends_a_word(&c[lower.len()..]) {
                    whole_words
                } else {
                    letters >= 4
                }
        })
        .map(|&(_, c)| c)
        .collect();
    // The same one twice (a list with repeats) is still one.
    begun.sort_unstable();
    begun.dedup();
    match begun[..] {
        [one] => Some(one),
        _ => None,
    }
}

/// The closest candidate to `name`, if it is close enough to be a likely typo; of two
/// as close, the one closer in case, then the first in alphabetical order, so that the
/// answer does not depend on the candidates' order (a hash map's, which changes from
/// run to run). A name cut short (`frust`, `billing` of `billing-issue`) is no typo: the
/// one candidate it begins (`begun`), if only one, comes before any typo, however far it is;
/// one that differs only in case comes before that.
pub fn did_you_mean<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    suggest(name, candidates, true)
}

/// [`did_you_mean`] among names a whole word of which may be a name of its own, which
/// is not read as one cut short: `system` is a role of exports, not `system_bot`.
pub fn did_you_mean_in_words<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    suggest(name, candidates, false)
}

fn suggest<'a>(
    name: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    whole_words: bool,
) -> Option<&'a str> {
    let lower = name.to_lowercase();
    // Each lowered once.
    let candidates: Vec<(String, &'a str)> = candidates
        .into_iter()
        .map(|c| (c.to_lowercase(), c))
        .collect();
    // One that differs only in case is closer still.
    let same_but_case = |(l, c): &(String, &str)| *c != name && *l == lower;
    if !candidates.iter().any(same_but_case)
        && let Some(one) = begun(&lower, &candidates, whole_words)
    {
        return Some(one);
    }
    candidates
        .iter()
        .map(|(l, c)| (levenshtein(&lower, l), *c))
        // A candidate that differs only in case is the best there is (distance 0).
        .filter(|&(d, c)| {
            c != name && d <= (c.chars().count().max(lower.chars().count()) / 3).max(1)
        })
        .min_by_key(|&(d, c)| (d, levenshtein(name, c), c))
        .map(|(_, c)| c)
}

/// Edit distance where swapping two adjacent letters counts as one edit ("angyr").
pub(crate) fn levenshtein(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let width = b.len() + 1;
    let mut d = vec![0usize; (a.len() + 1) * width];
    for i in 0..=a.len() {
        d[i * width] = i;
    }
    for (j, cell) in d.iter_mut().enumerate().take(width) {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[(i - 1) * width + j] + 1)
                .min(d[i * width + j - 1] + 1)
                .min(d[(i - 1) * width + j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[(i - 2) * width + j - 2] + 1);
            }
            d[i * width + j] = best;
        }
    }
    d[a.len() * width + b.len()]
}

#[cfg(test)]
mod tests;
