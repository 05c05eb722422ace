//! Why a CI gate failed (`diff`'s `--max-changed`, coverage's `--max-default-share`, …),
//! as the reports say it: the tool's own words and numbers, with what the rules or the
//! input named (a trigger id) kept apart.
//!
//! Takes the pieces a command's gate check writes; gives the plain line (stderr, after
//! `gate failed: `; HTML, escaped whole) and the Markdown line, where only the named
//! pieces are escaped (as code spans): the tool's words and numbers hold no Markdown, and
//! escaped they read `0\.458` in the comment's source. Deciding which gates
//! failed is the commands' business.

use std::fmt;

use crate::text::markdown::code_span;

/// One failed gate's reason.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FailedGate {
    parts: Vec<Part>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    /// The tool's words, numbers and flags: no Markdown in them.
    Own(String),
    /// Something the rules or the input named: escaped in Markdown.
    Named(String),
}

impl FailedGate {
    /// A reason in the tool's own words (which must hold no Markdown: no `*`, `_` at a
    /// word's edge, `[`, `<`, `|` or backtick that is not meant as one).
    pub fn new(own: impl Into<String>) -> Self {
        FailedGate {
            parts: vec![Part::Own(own.into())],
        }
    }

    /// Adds more of the tool's own words.
    #[must_use]
    pub fn own(mut self, text: impl Into<String>) -> Self {
        self.parts.push(Part::Own(text.into()));
        self
    }

    /// Adds something the rules or the input named (an id), shown as it is in plain
    /// text and as a code span in Markdown.
    #[must_use]
    pub fn named(mut self, name: impl Into<String>) -> Self {
        self.parts.push(Part::Named(name.into()));
        self
    }

    /// The reason as inline Markdown: the tool's words as they are, each name a code
    /// span.
    pub fn markdown(&self) -> String {
        self.parts
            .iter()
            .map(|part| match part {
                Part::Own(text) => text.clone(),
                Part::Named(name) => code_span(name),
            })
            .collect()
    }
}

/// The plain reason, as stderr says it after `gate failed: `.
impl fmt::Display for FailedGate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for part in &self.parts {
            match part {
                Part::Own(text) | Part::Named(text) => f.write_str(text)?,
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `**Gate failed:** 0\.458 of escalations …` — the Markdown escaper ran
    /// over the tool's own number; the ids the rules named must still be escaped.
    #[test]
    fn only_what_the_rules_named_is_escaped_in_markdown() {
        let gate = FailedGate::new(
            "0.458 of escalations fell to the default route, over --max-default-share 0.4",
        );
        assert_eq!(
            gate.markdown(),
            "0.458 of escalations fell to the default route, over --max-default-share 0.4"
        );
        let gate = FailedGate::new("50.0% of triggers escalated anything (never: ")
            .named("*bold* [x](y) <b>")
            .own(", ")
            .named("a`b")
            .own(")");
        assert_eq!(
            gate.to_string(),
            "50.0% of triggers escalated anything (never: *bold* [x](y) <b>, a`b)"
        );
        assert_eq!(
            gate.markdown(),
            "50.0% of triggers escalated anything (never: `*bold* [x](y) <b>`, `` a`b ``)"
        );
    }
}
