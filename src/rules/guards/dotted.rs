//! Dotted values as a bridge template writes them, for the guard walk ([`super`]): an
//! expression → its parts (`customer.name`, and a quoted key's too: `customer['order
//! id']`), and a value's place in the source → how a message shows it
//! (`customer['order id']`, as written, not `customer.order_id`) and the bytes it spans.
//! A quoted key is a field as a dotted name is, so that a read of one is guarded,
//! reported and named as a read of the other would be; a computed key (`customer[k]`)
//! is no dotted value.

use std::ops::Range;

use minijinja::machinery::ast::Expr;

/// `expr` as a dotted value rooted at a variable (`customer.name`, `customer['order
/// id']`), its parts in order (a quoted key as written: `order id`), with the byte
/// offset of the value in the template. A key with a dot in it is a part only of
/// `customer`, whose fields are normalised names ([`canonical`]: `a.b` → `a_b`).
pub(super) fn located<'a>(expr: &'a Expr<'a>) -> Option<(Vec<&'a str>, usize)> {
    match expr {
        Expr::Var(v) => Some((vec![v.id], v.span().start_offset as usize)),
        Expr::GetAttr(g) => {
            let (mut parts, at) = located(&g.expr)?;
            parts.push(g.name);
            Some((parts, at))
        }
        Expr::GetItem(g) => {
            let Expr::Const(key) = &g.subscript_expr else {
                return None;
            };
            let key = key.value.as_str()?;
            let (mut parts, at) = located(&g.expr)?;
            if key.contains('.') && parts != ["customer"] {
                return None;
            }
            parts.push(key);
            Some((parts, at))
        }
        _ => None,
    }
}

/// The parts of a value of the context as the walk keys it: a customer's field by the
/// name the export's column became (`customer['order id']` and `customer.Order_ID`
/// read `customer.order_id`), as the engine looks it up.
pub(super) fn canonical(parts: &[&str]) -> Vec<String> {
    parts
        .iter()
        .enumerate()
        .map(|(i, part)| match (i, parts.first()) {
            (1, Some(&"customer")) => crate::transcript::normalize_field(part),
            _ => (*part).to_owned(),
        })
        .collect()
}

/// `expr`, a dotted value, as a message shows it (`c.company`, `customer['order id']`),
/// at its byte offset.
pub(super) fn written(expr: &Expr<'_>) -> Option<(String, usize)> {
    let (_, at) = located(expr)?;
    Some((shown(expr)?, at))
}

fn shown(expr: &Expr<'_>) -> Option<String> {
    match expr {
        Expr::Var(v) => Some(v.id.to_owned()),
        Expr::GetAttr(g) => Some(format!("{}.{}", shown(&g.expr)?, g.name)),
        Expr::GetItem(g) => match &g.subscript_expr {
            Expr::Const(key) => Some(format!(
                "{}{}",
                shown(&g.expr)?,
                key_shown(key.value.as_str()?)
            )),
            _ => None,
        },
        _ => None,
    }
}

/// A quoted key as a message shows it: `['order id']`, or `["it's"]`.
fn key_shown(key: &str) -> String {
    if key.contains('\'') {
        format!("[\"{key}\"]")
    } else {
        format!("['{key}']")
    }
}

/// The first `parts` parts of the dotted value written at byte `at` of `source` (`c`,
/// `customer.name`, `customer [ "order id" ]`): as a message shows them
/// (`customer['order id']`) and the bytes they span; `None` when `source` does not
/// write one there.
pub(crate) fn shown_at(source: &str, at: usize, parts: usize) -> Option<(String, Range<usize>)> {
    let rest = source.get(at..)?;
    let name_len = |s: &str| {
        s.find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(s.len())
    };
    let mut end = name_len(rest);
    if end == 0 {
        return None;
    }
    let mut shown = rest[..end].to_owned();
    for _ in 1..parts {
        let after = rest[end..].trim_start();
        if let Some(attr) = after.strip_prefix('.') {
            let attr = attr.trim_start();
            let len = name_len(attr);
            if len == 0 {
                return None;
            }
            shown.push('.');
            shown.push_str(&attr[..len]);
            end = rest.len() - attr.len() + len;
        } else {
            let inside = after.strip_prefix('[')?.trim_start();
            let quote = inside.chars().next().filter(|&c| c == '\'' || c == '"')?;
            let key_len = inside[1..].find(quote)?;
            let key = &inside[1..=key_len];
            let closed = inside[key_len + 2..].trim_start().strip_prefix(']')?;
            shown.push_str(&key_shown(key));
            end = rest.len() - closed.len();
        }
    }
    Some((shown, at..at + end))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_shown_as_written_with_its_bytes() {
        let source = "Hi {{ customer [ \"order id\" ] }} {{ c . name }} {{ customer.x | d }}";
        let at = source.find("customer").unwrap();
        let (shown, range) = shown_at(source, at, 2).unwrap();
        assert_eq!(shown, "customer['order id']");
        assert_eq!(&source[range], "customer [ \"order id\" ]");
        let at = source.find("c .").unwrap();
        let (shown, range) = shown_at(source, at, 2).unwrap();
        assert_eq!((shown.as_str(), &source[range]), ("c.name", "c . name"));
        assert_eq!(shown_at(source, at, 1).unwrap().0, "c");
        // Fewer parts written than asked for; not a value at all; past the end.
        assert_eq!(
            shown_at(source, source.find("customer.x").unwrap(), 3),
            None
        );
        assert_eq!(shown_at(source, source.find('|').unwrap(), 1), None);
        assert_eq!(shown_at(source, source.len() + 5, 1), None);
        assert_eq!(shown_at("{{ customer['x", 3, 2), None);
        assert_eq!(shown_at("{{ customer['it''s'] }}", 3, 2), None);
    }

    #[test]
    fn a_customer_field_is_keyed_by_its_normalised_name() {
        assert_eq!(
            canonical(&["customer", "Order id"]),
            ["customer", "order_id"]
        );
        assert_eq!(
            canonical(&["customer", "a.b", "X"]),
            ["customer", "a_b", "X"]
        );
        assert_eq!(canonical(&["summary", "Goal"]), ["summary", "Goal"]);
    }
}
