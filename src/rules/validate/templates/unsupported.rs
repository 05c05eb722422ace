//! Statements the template engine does not have: a `T001`'s "unknown statement" from
//! the parser → what the user wrote, why it is refused and what to write instead. The
//! engine is built without macros (`{% macro %}`, `{% call %}`) and without loop
//! controls (`{% break %}`, `{% continue %}`); the parser's words for them, "unknown
//! statement macro", read like a typo and gave no way forward.

/// The message, label and help of a `T001` whose parser error is `detail`, when it names
/// a statement Jinja has and bridge templates do not; `None` for any other error.
pub(super) fn unsupported(detail: &str) -> Option<(String, &'static str, String)> {
    let name = detail.strip_prefix("unknown statement ")?.trim();
    let (label, help) = match name {
        "macro" | "endmacro" | "call" | "endcall" => (
            "bridge templates have no macros",
            "write the text where it is needed; text used more than once in a template can \
             be set once (`{% set greeting %}Hi {{ customer.first_name | default(\"there\") }}\
             {% endset %}`) and written with `{{ greeting }}`; text shared between teams goes \
             under `templates:`, named by each team's `bridge_template:`",
        ),
        "break" | "continue" => (
            "bridge templates have no loop controls",
            "leave items out with a loop filter (`{% for f in summary.facts if f != \"x\" %}`) \
             or an `{% if %}` inside the loop; take the first few with a slice \
             (`{% for f in summary.facts[:2] %}`)",
        ),
        _ => return None,
    };
    Some((
        format!("template uses `{{% {name} %}}`, which bridge templates do not support"),
        label,
        help.to_owned(),
    ))
}

#[cfg(test)]
mod tests {
    use super::unsupported;

    #[test]
    fn macros_and_loop_controls_are_named_and_other_errors_are_not() {
        let (message, label, help) = unsupported("unknown statement macro").unwrap();
        assert_eq!(
            message,
            "template uses `{% macro %}`, which bridge templates do not support"
        );
        assert_eq!(label, "bridge templates have no macros");
        assert!(help.contains("{% set greeting %}"), "{help}");
        assert!(unsupported("unknown statement call").is_some());
        let (_, label, help) = unsupported("unknown statement break").unwrap();
        assert_eq!(label, "bridge templates have no loop controls");
        assert!(help.contains("[:2]"), "{help}");
        assert!(unsupported("unknown statement frobnicate").is_none());
        assert!(unsupported("unexpected end of input").is_none());
    }
}
