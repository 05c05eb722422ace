//! The variables of a bridge template that does not parse (a `T001`): its source → the
//! names read in each tag that parses alone, less the names the template binds itself
//! (loop targets and `loop`, `set` and `with` names, macro and call-block parameters),
//! so that a syntax error in one tag hides no unknown variable in the others and shows
//! none that is not. Without the whole template, scopes are not known: a name bound
//! anywhere in it is taken as bound everywhere.

use std::sync::LazyLock;

use regex::Regex;

/// A statement tag's body, without its delimiters and whitespace control.
static STATEMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)\{%[-+]?\s*(.*?)\s*[-+]?%\}").expect("valid pattern"));

/// The variables of a template that does not parse, read from each of its tags that
/// parses alone (`{{ … }}`, and the condition of `{% if … %}` and `{% elif … %}`), less
/// the names it binds ([`bound`]).
pub(super) fn variables_of_tags(env: &minijinja::Environment<'_>, source: &str) -> Vec<String> {
    let bound = bound(source);
    let mut used = Vec::new();
    let mut rest = source;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let (close, statement) = match after.chars().next() {
            Some('{') => ("}}", false),
            Some('%') => ("%}", true),
            _ => {
                rest = after;
                continue;
            }
        };
        let body = &after[1..];
        let Some(end) = body.find(close) else { break };
        let inner = body[..end].trim_matches(|c: char| c == '-' || c.is_whitespace());
        let tag = if statement {
            inner
                .strip_prefix("if ")
                .or_else(|| inner.strip_prefix("elif "))
                .map(|condition| format!("{{% if {condition} %}}{{% endif %}}"))
        } else {
            Some(format!("{{{{ {inner} }}}}"))
        };
        match tag.and_then(|tag| {
            env.template_from_str(&tag)
                .ok()
                .map(|t| t.undeclared_variables(true))
        }) {
            Some(names) => {
                used.extend(names.into_iter().filter(|n| {
                    let top = n.split('.').next().unwrap_or(n);
                    !bound.iter().any(|b| b == top)
                }));
                rest = &body[end + close.len()..];
            }
            // A tag that does not parse may have swallowed the opening of the next.
            None => rest = body,
        }
    }
    used
}

/// The names `source` binds itself, from its statement tags: `{% for k, v in … %}` (and
/// `loop`), `{% set a, b = … %}` and `{% set x %}`, `{% with a = 1, b = 2 %}`,
/// `{% macro name(p, q=1) %}` (the macro, its parameters, `caller`, `varargs`,
/// `kwargs`), `{% call(p) … %}`; and `self`, which every template has.
fn bound(source: &str) -> Vec<String> {
    let mut names = vec!["self".to_owned()];
    for tag in STATEMENT.captures_iter(source).filter_map(|c| c.get(1)) {
        let tag = tag.as_str();
        let (keyword, rest) = tag
            .split_once(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or((tag, ""));
        match keyword {
            "for" => {
                let rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
                let targets = rest.split(" in ").next().unwrap_or_default();
                names.extend(targets_of(targets));
                names.push("loop".to_owned());
            }
            "set" => {
                let targets = rest.split('=').next().unwrap_or_default();
                names.extend(targets_of(targets));
            }
            "with" => names.extend(assigned(rest, false)),
            "macro" => {
                let (name, params) = rest.split_once('(').unwrap_or((rest, ""));
                names.extend(targets_of(name));
                names.extend(assigned(params.trim_end_matches(')'), true));
                names.extend(["caller", "varargs", "kwargs"].map(str::to_owned));
            }
            "call" if rest.trim_start().starts_with('(') || tag.starts_with("call(") => {
                let params = tag["call".len()..].trim_start();
                let params = params[1..].split(')').next().unwrap_or_default();
                names.extend(assigned(params, true));
            }
            "block" => names.push("super".to_owned()),
            _ => {}
        }
    }
    names.sort();
    names.dedup();
    names
}

/// The names of an assignment's targets: `a`, `a, b`, `(a, b)`; not `ns.x` (an
/// attribute of a variable, which binds nothing).
fn targets_of(targets: &str) -> impl Iterator<Item = String> + '_ {
    targets
        .split(',')
        .map(|t| t.trim_matches(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']')))
        .filter(|t| {
            t.chars()
                .next()
                .is_some_and(|c| c.is_alphabetic() || c == '_')
                && t.chars().all(|c| c.is_alphanumeric() || c == '_')
        })
        .map(str::to_owned)
}

/// The names a list of assignments gives values (`a = 1, b = 2` of `with`), or a list of
/// parameters (`who, punct="!"`) when `bare` names count too; not one compared (`a ==
/// b`). A comma inside a value (`a = f(1, b=2)`) may give one name too many, which can
/// only hide an unknown variable, never report one that is not.
fn assigned(list: &str, bare: bool) -> impl Iterator<Item = String> + '_ {
    list.split(',').filter_map(move |item| {
        let item = item.trim_start();
        let end = item
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(item.len());
        let (name, after) = item.split_at(end);
        let after = after.trim_start();
        let given = after.starts_with('=') && !after.starts_with("==");
        let named = name
            .chars()
            .next()
            .is_some_and(|c| c.is_alphabetic() || c == '_');
        (named && (given || (bare && after.is_empty()))).then(|| name.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::bound;

    #[test]
    fn the_names_a_template_binds_are_found() {
        let source = "{% for (k, v) in x %}{% endfor %}{%- for f in y if f -%}{% endfor %}\
                      {% set a, b = 1, 2 %}{% set ns.count = 3 %}{% set whole %}x{% endset %}\
                      {% with p = 1, q = (2 == 2) %}{% endwith %}\
                      {% macro greet(who, punct=\"!\") %}{% endmacro %}\
                      {% call(user) greet(1) %}{% endcall %}";
        assert_eq!(
            bound(source),
            [
                "a", "b", "caller", "f", "greet", "k", "kwargs", "loop", "p", "punct", "q", "self",
                "user", "v", "varargs", "who", "whole"
            ]
        );
        // `==` is a comparison, not an assignment; `ns.count` binds nothing.
        assert_eq!(bound("{% with x = a == b %}{% endwith %}"), ["self", "x"]);
        assert_eq!(
            bound("{% for\n  f\n  in y %}{% endfor %}"),
            ["f", "loop", "self"]
        );
        assert_eq!(bound("{{ x }}"), ["self"]);
    }
}
