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
    /// The line of the end of the tag the read is in (`}}`, `%}`): an expression written
    /// over lines fails at any of them.
    last_line: usize,
    written: String,
    what: What,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum What {
    /// A value of the context, by its parts (a customer's field by its normalised name),
    /// and as the template names it (`customer['order id']`).
    Value { parts: Vec<String>, shown: String },
    /// A variable the template may have left unset; the line of its `{% set %}`.
    Unset { set_line: usize },
    /// An attribute of a value of the template's own (a loop's item): the dotted values
    /// that may be the one undefined.
    Own(Vec<String>),
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
            last_line: line_of(tag_end(source, at)),
            written,
            what: match reads {
                Reads::Value { path, shown } => What::Value {
                    parts: path.split('.').map(str::to_owned).collect(),
                    shown,
                },
                Reads::Unset { set } => What::Unset {
                    set_line: line_of(set),
                },
                Reads::Own(paths) => What::Own(paths),
            },
        })
        .collect()
}

/// Where the tag holding byte `at` of `source` ends: its `}}` or `%}`, else the end.
fn tag_end(source: &str, at: usize) -> usize {
    let rest = source.get(at..).unwrap_or("");
    let end = [rest.find("}}"), rest.find("%}")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(rest.len());
    at + end
}

/// What failed at template line `line` (minijinja's) given `context` (its customer's
/// fields by their normalised names, as the reads name them): of the reads whose
/// tag spans that line (an expression written over lines fails at a later one), the
/// first of a context value that is not there, else the first of a variable that may be
/// unset, else the attributes of the template's own values read there (a loop's item:
/// its value is not the context's, so which one is not there cannot be told); `None`
/// when no read is. Gives "undefined variable `…`" (or "undefined value `f.x` or
/// `f.x.y`") and what follows the place (for an unset variable, why and how to fix it).
pub(super) fn named(
    suspects: &[Located],
    line: Option<usize>,
    context: &minijinja::Value,
) -> Option<(String, String)> {
    let line = line?;
    let spanning = || {
        suspects
            .iter()
            .filter(move |s| s.line <= line && line <= s.last_line)
    };
    // A value known to be missing before a variable that only may be unset.
    let found = spanning()
        .find(|s| matches!(&s.what, What::Value { parts, .. } if absent(context, parts)))
        .or_else(|| spanning().find(|s| matches!(s.what, What::Unset { .. })));
    let Some(found) = found else {
        let mut own: Vec<&str> = spanning()
            .filter_map(|s| match &s.what {
                What::Own(paths) => Some(paths.iter().map(String::as_str)),
                _ => None,
            })
            .flatten()
            .collect();
        let mut seen = std::collections::BTreeSet::new();
        own.retain(|path| seen.insert(*path));
        return (!own.is_empty())
            .then(|| (format!("undefined value {}", one_of(&own)), String::new()));
    };
    Some(match &found.what {
        What::Value { shown, .. } => {
            // Named where it is written (`customer.name` of `customer.name.first`), or
            // through the variable set to it: "`c` (`customer.company`)".
            let tail = found.written.strip_prefix(shown.as_str());
            let name = if tail.is_some_and(|t| t.is_empty() || t.starts_with(['.', '['])) {
                format!("`{shown}`")
            } else {
                format!("`{}` (`{shown}`)", found.written)
            };
            (format!("undefined variable {name}"), String::new())
        }
        // Not found above: named with the others of its line, by the `else`.
        What::Own(paths) => {
            let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
            (format!("undefined value {}", one_of(&paths)), String::new())
        }
        What::Unset { set_line } => (
            format!("undefined variable `{}`", found.written),
            format!(
                ": it is set (template line {set_line}) in some branches of an `{{% if %}}` only; set it in every branch or before the `{{% if %}}`"
            ),
        ),
    })
}

/// `paths` in backticks, the last after "or": "`f.x`, `g.y` or `g.y.z`".
fn one_of(paths: &[&str]) -> String {
    let quoted: Vec<String> = paths.iter().map(|p| format!("`{p}`")).collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, init)) => format!("{} or {last}", init.join(", ")),
        None => String::new(),
    }
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
        let source = "{% set c = customer.company %}Hi {{ c }}";
        assert_eq!(
            named_in(source, 1).unwrap().0,
            "undefined variable `c` (`customer.company`)"
        );
        // Over lines: the nearest line before the failing one.
        assert_eq!(
            named_in("{{ customer.company\n | upper }}", 2).unwrap().0,
            "undefined variable `customer.company`"
        );
        // A read on an earlier line, in a tag closed there, is not what failed (a value
        // of a branch not taken, say).
        assert_eq!(
            named_in(
                "{% if x %}{{ customer.company }}{% endif %}\n{{ customer[k] }}",
                2
            ),
            None
        );
        // Nothing undefined read there.
        assert_eq!(named_in("{{ customer.name }}", 1), None);
        assert_eq!(named(&suspects("{{ x"), Some(1), &context()), None);
    }

    /// A field read by a quoted key (`customer['order id']`) was named by nothing:
    /// "undefined value". It is named as written, and found there by the field it reads
    /// (the context's customer is keyed by normalised name, `order_id`).
    #[test]
    fn a_field_read_by_a_quoted_key_is_named_as_written() {
        let source = "Hi {{ customer['name'] }}, order {{ customer[\"Order ID\"] | upper }}";
        assert_eq!(
            named_in(source, 1).unwrap().0,
            "undefined variable `customer['Order ID']`"
        );
        let context = minijinja::context! {
            customer => minijinja::context! { name => "Ana", order_id => "A-1" },
        };
        assert_eq!(named(&suspects(source), Some(1), &context), None);
        // Through a variable set to it.
        let source = "{% set o = customer['order id'] %}Order {{ o }}";
        assert_eq!(
            named_in(source, 1).unwrap().0,
            "undefined variable `o` (`customer['order id']`)"
        );
    }

    /// A read of a loop's item, whose values are not the context's, was named by
    /// nothing: "undefined value". What it reads is named, each part that may be the
    /// one undefined.
    #[test]
    fn an_attribute_of_a_loop_item_is_named() {
        let source = "{% for f in triggers %}{{ f.x.y }}{% endfor %}";
        assert_eq!(
            named_in(source, 1).unwrap().0,
            "undefined value `f.x` or `f.x.y`"
        );
        // Read through `default`, only an attribute of an undefined value fails.
        let source = "{% for f in triggers %}\n{{ f.x.y | default('') }}{{ loop.index }} {{ f.z }}{% endfor %}";
        assert_eq!(
            named_in(source, 2).unwrap().0,
            "undefined value `f.x` or `f.z`"
        );
        // A value of the context known to be missing is named before them.
        let source = "{% for f in triggers %}{{ f.x }}{{ customer.company }}{% endfor %}";
        assert_eq!(
            named_in(source, 1).unwrap().0,
            "undefined variable `customer.company`"
        );
        // `loop.index` is always there; an item printed whole is not an attribute.
        assert_eq!(
            named_in(
                "{% for f in triggers %}{{ loop.index }}{{ f }}{% endfor %}",
                1
            ),
            None
        );
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

    #[test]
    fn a_value_known_to_be_missing_is_named_before_a_variable_that_may_be_unset() {
        let source =
            "{% if route == 'x' %}{% set g = 'a' %}{% endif %}\n{{ g }} {{ customer.company }}";
        assert_eq!(
            named_in(source, 2).unwrap().0,
            "undefined variable `customer.company`"
        );
    }
}
