//! Bridge templates compiled: their source → a [`Compiled`] in the template
//! environment, with what each reads (customer fields, summary fields) and whether it
//! renders directly; the environment's rules (strict, bounded, how values are written).

use minijinja::{Environment, UndefinedBehavior};

use super::direct::Direct;
use super::goal_case::GOAL_MARK;
use super::undefined::{Located, suspects};

/// Bound on template execution: ample for a message, fatal for a runaway loop.
const FUEL: u64 = 20_000;

/// One template, compiled into the environment.
pub(super) struct Compiled {
    pub(super) name: String,
    /// Whose template it is, for an error: "team `a`'s bridge for trigger `t`".
    pub(super) place: String,
    /// The `customer.*` fields it names (`customer.name`, `customer['order id']`). Only
    /// these are put in the context: building the whole metadata map for every
    /// escalation was a tenth of a replay's time, and a template has no way to read
    /// another (loading refuses one that reads `customer` otherwise, `T004`; were one
    /// compiled all the same, it would still be given only these).
    /// Each as written, with the field it reads (`order id` → `order_id`, the name the
    /// export's column became).
    pub(super) customer_fields: Vec<(String, String)>,
    /// Whether it tests `customer` for truth: then the render's customer is not empty
    /// when the conversation has fields the template does not name.
    pub(super) customer_tested: bool,
    /// The `customer.*` fields it names unguarded (no `default`, no `is defined`), for
    /// an error to say which of them a conversation lacks (a template that fails on one
    /// says only "undefined value"): each by the field it reads (`order_id`), with how
    /// the template names it (`customer['order id']`).
    pub(super) unguarded_fields: Vec<(String, String)>,
    /// It reads `summary`, which is worked out only then.
    pub(super) summary: bool,
    /// The values some escalations lack ([`crate::rules::context`]) that it names
    /// unguarded (`summary.goal`), as it names them (`summary['goal']`), with why one may
    /// lack it, for an error to say which this one lacks.
    pub(super) unguarded_optional: Vec<(String, String, &'static str)>,
    /// Its plan, when it renders without the template engine (most do).
    pub(super) direct: Option<Direct>,
    /// Its reads that fail on an undefined value, for an error to name the one that did.
    pub(super) suspects: Vec<Located>,
}

/// What a render says of a group of values written whole (`{{ customer }}`); loading
/// the rules says it too, of a template that does so (`T004`).
pub(crate) const GROUP_WRITTEN_WHOLE: &str =
    "a group of values cannot be written whole into a message";
/// The rest of the render's words: what to write instead.
pub(crate) const NAME_A_FIELD: &str = "name one of its fields (`customer.first_name`, `team.name`)";

/// The template environment: strict about undefined variables (printing one, reading
/// its attributes or giving it to a filter fails) except in a test of truth, where one
/// is false (`{% if customer.company %}`, `customer.company or "you"`), bounded, no escaping;
/// a list is written as its items joined with ", " (`{{ summary.facts }}`: `$40, order
/// 12345`, not `['$40', 'order 12345']`), a group of values (`{{ customer }}`, every
/// field of the customer's in front of them) is an error, and the summary's goal is
/// marked where it is written ([`super::goal_case`]).
pub(super) fn environment() -> Environment<'static> {
    let mut env = Environment::new();
    env.set_undefined_behavior(UndefinedBehavior::SemiStrict);
    env.set_fuel(Some(FUEL));
    env.set_auto_escape_callback(|_| minijinja::AutoEscape::None);
    env.set_formatter(|out, state, value| {
        use minijinja::value::ValueKind;
        match value.kind() {
            ValueKind::Seq | ValueKind::Iterable => {
                for (i, item) in value.try_iter()?.enumerate() {
                    if i > 0 {
                        out.write_str(", ")?;
                    }
                    minijinja::escape_formatter(out, state, &item)?;
                }
                Ok(())
            }
            ValueKind::Map | ValueKind::Plain => Err(minijinja::Error::new(
                minijinja::ErrorKind::InvalidOperation,
                format!("{GROUP_WRITTEN_WHOLE}; {NAME_A_FIELD}"),
            )),
            ValueKind::String if is_goal(state, value) => {
                let mut mark = [0; 4];
                out.write_str(GOAL_MARK.encode_utf8(&mut mark))?;
                minijinja::escape_formatter(out, state, value)
            }
            _ => minijinja::escape_formatter(out, state, value),
        }
    });
    env
}

/// Whether `value`, being written, is the summary's goal: marked for
/// [`super::goal_case::place_marked`] to write as where it is wants it.
fn is_goal(state: &minijinja::State<'_, '_>, value: &minijinja::Value) -> bool {
    state
        .lookup("summary")
        .and_then(|s| s.get_attr("goal").ok())
        .is_some_and(|goal| goal.as_str().is_some() && goal.as_str() == value.as_str())
}

/// Adds a template to `env`, noting what it reads and whether it renders directly.
pub(super) fn compile(
    env: &mut Environment<'static>,
    name: String,
    source: &str,
) -> Result<Compiled, String> {
    // The goal's mark is the renderers' own: written by a rule author (it is invisible),
    // it cut the text and lower-cased the word after it.
    let source = &*super::goal_case::unmarked(source);
    env.add_template_owned(name.clone(), source.to_owned())
        .map_err(|e| format!("bridge template `{name}`: {e}"))?;
    let template = env.get_template(&name).map_err(|e| e.to_string())?;
    let used = template.undeclared_variables(true);
    let direct = Direct::parse(source);
    // What it reads unguarded (a quoted key too), each with its first such read, named
    // as the template writes it there (`customer['order id']`, `summary['goal']`).
    let reads = crate::rules::guards::unguarded(source).unwrap_or_default();
    let shown = |path: &str, at: usize| {
        crate::rules::guards::shown_at(source, at, 2)
            .map_or_else(|| path.to_owned(), |(shown, _)| shown)
    };
    let unguarded_fields = reads
        .iter()
        .filter_map(|(path, &at)| {
            let field = path.strip_prefix("customer.")?;
            (!field.contains('.')).then(|| (field.to_owned(), shown(path, at)))
        })
        .collect();
    // The fields the template names, a subscript's quoted key too (`customer['order
    // id']`, which minijinja's dotted names miss), whatever else it does with
    // `customer` (which does not load).
    let (customer_fields, customer_tested) = crate::rules::reach::reach(source)
        .map(|reach| {
            (
                reach
                    .customer_fields
                    .into_iter()
                    .map(|f| {
                        let field = crate::transcript::normalize_field(&f);
                        (f, field)
                    })
                    .collect(),
                reach.customer_tested,
            )
        })
        .unwrap_or_default();
    let summary = template.undeclared_variables(false).contains("summary");
    let unguarded_optional = crate::rules::context::optional_values()
        .filter_map(|(path, _, why)| {
            let &at = reads.get(&path)?;
            // Of the context's group, not of a variable of that name the template set.
            let group = path.split('.').next().unwrap_or_default();
            (used.contains(&path) || used.contains(group)).then(|| {
                let shown = shown(&path, at);
                (path, shown, why)
            })
        })
        .collect();
    Ok(Compiled {
        place: format!("template `{name}`"),
        name,
        customer_fields,
        customer_tested,
        unguarded_fields,
        summary,
        unguarded_optional,
        direct,
        suspects: suspects(source),
    })
}
