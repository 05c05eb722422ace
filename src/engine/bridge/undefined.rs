//! What was undefined when a bridge template failed to render: the template's reads that
//! fail on an undefined value ([`crate::rules::guards::suspects`], located by template
//! line when it compiles), the line of minijinja's error and the context it was given →
//! "undefined variable `g`" and why. minijinja's error says only "undefined value" and the
//! line (its ranges need its `debug` feature, which this build leaves out).

use crate::rules::guards::suspects::{Reads, Suspect};

/// A read that may fail, by template line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Located {
    line: usize,
    written: String,
    what: What,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum What {
    /// A value of the context, by its parts.
    Value(Vec<String>),
    /// A variable the template may have left unset; the line of its `{% set %}`.
    Unset { set_line: usize },
}

/// The reads of `source` that fail when what they read is undefined, in its order.
pub(super) fn suspects(source: &str) -> Vec<Located> {
    let Some(analysis) = crate::rules::guards::analyse(source) else {
        return Vec::new();
    };
    let line_of = |at: usize| source.get(..at).map_or(1, |s| s.matches('\n').count() + 1);
    analysis
        .suspects
        .into_iter()
        .map(|Suspect { at, written, reads }| Located {
            line: line_of(at),
            written,
            what: match reads {
                Reads::Value(path) => What::Value(path.split('.').map(str::to_owned).collect()),
                Reads::Unset { set } => What::Unset {
                    set_line: line_of(set),
                },
            },
        })
        .collect()
}

/// What failed at template line `line` (minijinja's) given `context`: the first read on
/// that line of something undefined, or on the nearest line before it that has one (an
/// expression written over lines fails at a later one); `None` when no read is.
/// Gives "undefined variable `…`" and what follows the place (for an unset variable,
/// why and how to fix it).
pub(super) fn named(
    suspects: &[Located],
    line: Option<usize>,
    context: &minijinja::Value,
) -> Option<(String, String)> {
    let line = line?;
    let undefined = |s: &&Located| match &s.what {
        What::Unset { .. } => true,
        What::Value(parts) => absent(context, parts),
    };
    let found = suspects
        .iter()
        .filter(|s| s.line <= line)
        .filter(undefined)
        .max_by_key(|s| s.line)?;
    let found = suspects
        .iter()
        .filter(|s| s.line == found.line)
        .find(|s| undefined(s))?;
    Some(match &found.what {
        What::Value(parts) => {
            let path = parts.join(".");
            let name = if found.written == path || found.written.starts_with(&format!("{path}.")) {
                format!("`{path}`")
            } else {
                format!("`{}` (`{path}`)", found.written)
            };
            (format!("undefined variable {name}"), String::new())
        }
        What::Unset { set_line } => (
            format!("undefined variable `{}`", found.written),
            format!(
                ": it is set (template line {set_line}) in some branches of an `{{% if %}}` only; set it in every branch or before the `{{% if %}}`"
            ),
        ),
    })
}

/// Whether the value at `parts` of `context` is undefined (or a part of it is).
fn absent(context: &minijinja::Value, parts: &[String]) -> bool {
    let mut value = context.clone();
    for part in parts {
        match value.get_attr(part) {
            Ok(next) if !next.is_undefined() => value = next,
            _ => return true,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn context() -> minijinja::Value {
        minijinja::context! {
            customer => minijinja::context! { name => "Ana" },
            route => "billing",
        }
    }

    fn named_in(source: &str, line: usize) -> Option<(String, String)> {
        named(&suspects(source), Some(line), &context())
    }

    #[test]
    fn the_undefined_read_on_the_failing_line_is_named() {
        let (name, why) = named_in("Hi {{ customer.name }}\n{{ customer.company }}", 2).unwrap();
        assert_eq!(name, "undefined variable `customer.company`");
        assert_eq!(why, "");
        // A guarded read of a value that is not there is not the one that failed.
        let source = "{{ customer.plan | default('') }} {{ customer.company | upper }}";
        assert_eq!(
            named_in(source, 1).unwrap().0,
            "undefined variable `customer.company`"
        );
        // Through a variable set to it.
        let source = "{% set c = customer %}Hi {{ c.company }}";
        assert_eq!(
            named_in(source, 1).unwrap().0,
            "undefined variable `c.company` (`customer.company`)"
        );
        // Over lines: the nearest line before the failing one.
        assert_eq!(
            named_in("{{ customer.company\n | upper }}", 2).unwrap().0,
            "undefined variable `customer.company`"
        );
        // Nothing undefined read there.
        assert_eq!(named_in("{{ customer.name }}", 1), None);
        assert_eq!(named(&suspects("{{ x"), Some(1), &context()), None);
    }

    #[test]
    fn a_variable_set_in_one_branch_is_named_with_how_to_fix_it() {
        let source = "{% if route == 'x' %}\n{% set g = 'a' %}{% endif %}\nAbout {{ g }}";
        let (name, why) = named_in(source, 3).unwrap();
        assert_eq!(name, "undefined variable `g`");
        assert!(
            why.contains("it is set (template line 2) in some branches of an `{% if %}` only"),
            "{why}"
        );
        assert!(why.contains("set it in every branch or before the `{% if %}`"));
    }
}
