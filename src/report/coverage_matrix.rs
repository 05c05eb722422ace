//! The coverage table's primary trigger × route matrix: takes the report's matrix and
//! the width the tables get; gives the grid of counts when it fits with its ids whole,
//! else the same counts as a list, one row for each trigger and route it took (seven
//! routes side by side are twice as wide as a terminal of 60 columns), as replay's table
//! stacks its short columns rather than split an id. Chooses nothing else of the report.

use comfy_table::Table;

use super::coverage::grid;
use super::fit;
use crate::coverage::CoverageReport;

/// The matrix of `r` as a table at most `width` wide (`None`: the terminal's width,
/// when stdout is one), or `None` when no escalation had a primary trigger.
pub(super) fn matrix(r: &CoverageReport, width: Option<u16>) -> Option<Table> {
    if r.matrix.is_empty() {
        return None;
    }
    let routes: Vec<String> = route_columns(r);
    let mut header = vec!["primary trigger \\ route"];
    header.extend(routes.iter().map(String::as_str));
    let mut t = grid(&header, width);
    for (trigger, row) in &r.matrix {
        let mut cells = vec![trigger.clone()];
        cells.extend(
            routes
                .iter()
                .map(|route| row.get(route).map_or_else(String::new, u64::to_string)),
        );
        t.add_row(cells);
    }
    let needed = fit::table_width(&fit::longest_words(&t));
    // The width given, else the terminal's (comfy-table's): none, when neither is known.
    match t.width() {
        Some(room) if needed > u32::from(room) => {
            Some(super::narrow::fit_to(list(r, &routes, width), None))
        }
        _ => Some(fit::fitted(t)),
    }
}

/// The matrix as a list: a row for each primary trigger and route it took, in the
/// routes' order, the trigger named on its first row only.
fn list(r: &CoverageReport, routes: &[String], width: Option<u16>) -> Table {
    let mut t = grid(&["primary trigger", "route", "escalations"], width);
    for (trigger, row) in &r.matrix {
        let taken = routes
            .iter()
            .filter_map(|route| row.get(route).map(|n| (route, n)));
        for (i, (route, n)) in taken.enumerate() {
            let name = if i == 0 {
                trigger.clone()
            } else {
                String::new()
            };
            t.add_row([name, route.clone(), n.to_string()]);
        }
    }
    t
}

/// The routes, as the matrix's columns: the rules' in order, then any other a trigger
/// took (the unrouted).
pub(super) fn route_columns(r: &CoverageReport) -> Vec<String> {
    let mut routes: Vec<String> = r.routes.iter().map(|x| x.id.clone()).collect();
    for row in r.matrix.values() {
        for route in row.keys() {
            if !routes.contains(route) {
                routes.push(route.clone());
            }
        }
    }
    routes
}
