//! A bridge template's filters (`| upper`) and tests (`is defined`): a parsed template →
//! an error for each one the template engine does not have (it parses, but fails every
//! render), with the nearest it has. Checks; the variables are `templates.rs`'s.

use crate::diag::{Annotate, Span, did_you_mean};

use super::super::Validator;

impl Validator<'_> {
    /// Reports filters (`| upper`) and tests (`is defined`) the template engine does not
    /// have: they parse, but fail every render.
    pub(super) fn check_filters_and_tests(
        &mut self,
        env: &minijinja::Environment<'_>,
        template: &minijinja::Template<'_, '_>,
        source: &str,
        span: Span,
    ) {
        use minijinja::machinery::Instruction;
        let mut seen = std::collections::BTreeSet::new();
        for (instructions, idx, instruction) in instructions(template) {
            let (kind, name, known) = match instruction {
                Instruction::ApplyFilter(name, ..) => ("filter", *name, KNOWN_FILTERS),
                Instruction::PerformTest(name, ..) => ("test", *name, KNOWN_TESTS),
                _ => continue,
            };
            if !seen.insert((kind, name)) || exists(env, kind, name) {
                continue;
            }
            let suggestion =
                did_you_mean(name, known.iter().copied().filter(|k| exists(env, kind, k)))
                    .map(|s| format!("did you mean `{s}`?"));
            // At the name where the template first writes it, else the whole scalar.
            let at = written_at(source, kind, name)
                .and_then(|range| super::spans::text_span(self.sources, span, source, range))
                .unwrap_or(span);
            let diag = self.error("T001", format!("template uses unknown {kind} `{name}`"), at);
            if let Some(line) = instructions.get_line(idx) {
                diag.with_label(format!("in line {line} of the template"));
            }
            diag.with_help_opt(suggestion).with_help(format!(
                "{kind}s bridge templates can use include: {}, …",
                known[..8].join(", ")
            ));
        }
    }
}

/// Where `source` first writes filter or test `name` (`kind`): the name after a `|`, or
/// after `is` or `is not`, as a word of its own.
fn written_at(source: &str, kind: &str, name: &str) -> Option<std::ops::Range<usize>> {
    let before = if kind == "filter" {
        r"\|\s*"
    } else {
        r"\bis\s+(?:not\s+)?"
    };
    let pattern = format!(r"{before}({})\b", regex::escape(name));
    let found = regex::Regex::new(&pattern).ok()?.captures(source)?.get(1)?;
    Some(found.range())
}

/// Candidates for "did you mean" after an unknown filter (each checked against the
/// engine before it is suggested).
const KNOWN_FILTERS: &[&str] = &[
    "default",
    "upper",
    "lower",
    "title",
    "capitalize",
    "trim",
    "replace",
    "length",
    "join",
    "split",
    "first",
    "last",
    "truncate",
    "round",
    "int",
    "float",
    "string",
    "list",
    "sort",
    "unique",
    "abs",
    "min",
    "max",
    "sum",
    "map",
    "select",
    "reject",
    "format",
    "lines",
    "wordcount",
    "indent",
    "escape",
    "safe",
    "items",
    "reverse",
    "batch",
    "slice",
    "dictsort",
    "bool",
    "attr",
    "count",
    "chain",
    "zip",
    "pprint",
];

/// Candidates for "did you mean" after an unknown test.
const KNOWN_TESTS: &[&str] = &[
    "defined",
    "undefined",
    "none",
    "string",
    "number",
    "integer",
    "float",
    "boolean",
    "sequence",
    "mapping",
    "iterable",
    "lower",
    "upper",
    "odd",
    "even",
    "divisibleby",
    "startingwith",
    "endingwith",
    "containing",
    "in",
    "true",
    "false",
    "eq",
    "ne",
    "lt",
    "le",
    "gt",
    "ge",
    "sameas",
];

/// Whether the template engine has a filter or test called `name`, asked through its own
/// `is filter` / `is test` tests so the answer follows the engine's configuration.
fn exists(env: &minijinja::Environment<'_>, kind: &str, name: &str) -> bool {
    let source = format!("{{% if name is {kind} %}}yes{{% endif %}}");
    env.render_str(&source, minijinja::context! { name })
        .is_ok_and(|out| out == "yes")
}

/// Each instruction of a parsed template, its blocks' too: the list it is in (to look
/// at the ones after it, or at its line), its index there, and the instruction.
fn instructions<'x, 'env>(
    template: &'x minijinja::Template<'env, 'env>,
) -> impl Iterator<
    Item = (
        &'x minijinja::machinery::Instructions<'env>,
        u32,
        &'x minijinja::machinery::Instruction<'env>,
    ),
> {
    let compiled = minijinja::machinery::get_compiled_template(template);
    std::iter::once(&compiled.instructions)
        .chain(compiled.blocks.values())
        .flat_map(|list| (0..).map_while(move |idx| list.get(idx).map(|i| (list, idx, i))))
}

#[cfg(test)]
mod tests {
    use super::written_at;

    #[test]
    fn a_filter_or_test_is_found_where_written_as_a_name_of_its_own() {
        let source = "{{ a | upper }}{{ b |up }}{% if c is not defind %}{% endif %}";
        assert_eq!(written_at(source, "filter", "up"), Some(21..23));
        assert_eq!(written_at(source, "filter", "upper"), Some(7..12));
        assert_eq!(written_at(source, "test", "defind"), Some(41..47));
        // Not as part of another word, nor a filter's name taken for a test's.
        assert_eq!(written_at(source, "test", "up"), None);
        assert_eq!(written_at("{{ x | uppercase }}", "filter", "upper"), None);
        // A name with regex characters is taken as written.
        assert_eq!(written_at("{{ x | a.b }}", "filter", "a+b"), None);
    }
}
