//! Why a route was not taken, in words: a coverage report's route → the triggers it
//! names that never fired, the columns it reads that no conversation had, the escalations
//! an earlier route took although its condition held, and those in which enough of its
//! triggers fired but the rest of its condition did not hold. The table, Markdown and
//! HTML say the same, each writing names its own way.

use crate::coverage::{CoverageReport, RouteCoverage};
use crate::text::count;

/// Why the route `id` was not taken (more), where the report can tell, each name
/// through `code`: "its trigger `x` never fired; in 4 escalations enough of its triggers
/// fired but the rest of its condition did not hold"; `None` when it cannot tell.
pub(super) fn route_why(
    r: &CoverageReport,
    id: &str,
    code: impl Fn(&str) -> String,
) -> Option<String> {
    let route = r.routes.iter().find(|route| route.id == id)?;
    let triggers: Vec<String> = route.unfired_triggers.iter().map(|t| code(t)).collect();
    let fields: Vec<String> = route.missing_fields.iter().map(|f| code(f)).collect();
    let mut why = Vec::new();
    match triggers.as_slice() {
        [] => {}
        [one] => why.push(format!("its trigger {one} never fired")),
        many => why.push(format!("its triggers {} never fired", many.join(", "))),
    }
    match fields.as_slice() {
        [] => {}
        [one] => why.push(format!(
            "column {one} is not in these transcripts (or always empty)"
        )),
        many => why.push(format!(
            "columns {} are not in these transcripts (or always empty)",
            many.join(", ")
        )),
    }
    why.extend(taken_earlier(route, &code));
    if route.rest_unmet > 0 {
        why.push(format!(
            "in {} enough of its triggers fired but the rest of its condition did not hold",
            count(route.rest_unmet, "escalation")
        ));
    }
    (!why.is_empty()).then(|| why.join("; "))
}

/// "in 3 escalations its condition held but the earlier route `legal` took them", or
/// with several routes "… but earlier routes took them (`legal` 2, `billing` 1)".
fn taken_earlier(route: &RouteCoverage, code: impl Fn(&str) -> String) -> Option<String> {
    let total: u64 = route.taken_earlier.values().sum();
    let by: Vec<(&String, &u64)> = route.taken_earlier.iter().collect();
    let escalations = count(total, "escalation");
    match by.as_slice() {
        [] => None,
        [(by, _)] => Some(format!(
            "in {escalations} its condition held but the earlier route {} took {}",
            code(by),
            if total == 1 { "it" } else { "them" }
        )),
        many => {
            let each: Vec<String> = many
                .iter()
                .map(|(by, n)| format!("{} {n}", code(by)))
                .collect();
            Some(format!(
                "in {escalations} its condition held but earlier routes took them ({})",
                each.join(", ")
            ))
        }
    }
}

/// The routes taken at least once for which the report can say why they were not taken
/// more ([`route_why`]), with that, in the report's order.
pub(super) fn passed_over(
    r: &CoverageReport,
    code: impl Fn(&str) -> String,
) -> Vec<(&RouteCoverage, String)> {
    (r.routes.iter())
        .filter(|route| route.matched > 0)
        .filter_map(|route| route_why(r, &route.id, &code).map(|why| (route, why)))
        .collect()
}
