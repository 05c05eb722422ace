//! The charts of the coverage page, drawn in inline SVG: rows of numbers → horizontal bars
//! ([`bars`]), the trigger × route counts → a heat map, the escalation turns → a
//! histogram. Each gives its markup as text; the page places them.

use std::fmt::Write as _;

use super::esc;
use crate::coverage::CoverageReport;

/// Horizontal bars: one row per (label, value, optional second value drawn lighter).
pub(super) fn bars(
    rows: &[(String, u64, Option<u64>)],
    color: &str,
    legend: Option<(&str, &str)>,
) -> String {
    let max = rows
        .iter()
        .map(|r| r.1.max(r.2.unwrap_or(0)))
        .max()
        .unwrap_or(0)
        .max(1);
    let (label_w, bar_w, row_h) = (190.0, 560.0, 24.0);
    let height = row_h * rows.len() as f64 + if legend.is_some() { 26.0 } else { 6.0 };
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{height}\" role=\"img\">",
        label_w + bar_w + 70.0
    );
    for (i, (label, value, second)) in rows.iter().enumerate() {
        let y = i as f64 * row_h + 4.0;
        let _ = write!(
            s,
            "<text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"12\">{}</text>",
            label_w - 8.0,
            y + 14.0,
            esc(label)
        );
        if let Some(second) = second {
            let w = bar_w * (*second as f64) / max as f64;
            let _ = write!(
                s,
                "<rect x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"18\" fill=\"{color}\" opacity=\"0.28\"/>"
            );
        }
        let w = bar_w * (*value as f64) / max as f64;
        let _ = write!(
            s,
            "<rect x=\"{label_w}\" y=\"{y}\" width=\"{w:.1}\" height=\"18\" fill=\"{color}\"/><text x=\"{:.1}\" y=\"{}\" font-size=\"12\">{}</text>",
            label_w + w.max(second.map_or(0.0, |v| bar_w * v as f64 / max as f64)) + 6.0,
            y + 14.0,
            match second {
                Some(v) => format!("{value} / {v}"),
                None => value.to_string(),
            }
        );
    }
    if let Some((dark, light)) = legend {
        let y = rows.len() as f64 * row_h + 8.0;
        let _ = write!(
            s,
            "<rect x=\"{label_w}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{color}\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>\
             <rect x=\"{}\" y=\"{y}\" width=\"12\" height=\"12\" fill=\"{color}\" opacity=\"0.28\"/><text x=\"{}\" y=\"{}\" font-size=\"12\">{}</text>",
            label_w + 16.0,
            y + 11.0,
            esc(dark),
            label_w + 200.0,
            label_w + 216.0,
            y + 11.0,
            esc(light)
        );
    }
    s.push_str("</svg>");
    s
}

pub(super) fn heat_map(r: &CoverageReport) -> String {
    let routes = crate::report::coverage_matrix::route_columns(r);
    let max = r
        .matrix
        .values()
        .flat_map(|row| row.values())
        .copied()
        .max()
        .unwrap_or(1)
        .max(1);
    let mut s = String::from("<table><tr><th>primary trigger \\ route</th>");
    for route in &routes {
        let _ = write!(s, "<th>{}</th>", esc(route));
    }
    s.push_str("</tr>");
    for (trigger, row) in &r.matrix {
        let _ = write!(s, "<tr><td>{}</td>", esc(trigger));
        for route in &routes {
            let n = row.get(route).copied().unwrap_or(0);
            let alpha = if n == 0 {
                0.0
            } else {
                0.15 + 0.85 * n as f64 / max as f64
            };
            let ink = if alpha > 0.6 { "#fff" } else { "#1d2430" };
            let _ = write!(
                s,
                "<td style=\"background:rgba(44,106,179,{alpha:.2});color:{ink}\">{}</td>",
                if n == 0 { String::new() } else { n.to_string() }
            );
        }
        s.push_str("</tr>");
    }
    s.push_str("</table>");
    s
}

pub(super) fn histogram(r: &CoverageReport) -> String {
    if r.escalation_turns.is_empty() {
        return "<p class=\"muted\">Nothing escalated.</p>".to_owned();
    }
    // Turns beyond 30 share the last bar.
    let mut buckets = [0u64; 31];
    for (&turn, &n) in &r.escalation_turns {
        buckets[turn.clamp(1, 31) - 1] += n;
    }
    let last = buckets.iter().rposition(|&n| n > 0).unwrap_or(0);
    let max = buckets.iter().copied().max().unwrap_or(1).max(1);
    let (bar, height) = (22.0, 140.0);
    let mut s = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{}\" height=\"{}\" role=\"img\">",
        ((last + 1) as f64 * bar + 20.0).max(260.0),
        height + 36.0
    );
    for (i, &n) in buckets.iter().enumerate().take(last + 1) {
        let h = height * n as f64 / max as f64;
        let x = i as f64 * bar + 10.0;
        let _ = write!(
            s,
            "<rect x=\"{x}\" y=\"{:.1}\" width=\"{}\" height=\"{h:.1}\" fill=\"#2c6ab3\"><title>turn {}: {n}</title></rect>\
             <text x=\"{}\" y=\"{}\" font-size=\"10\" text-anchor=\"middle\">{}</text>",
            height - h + 4.0,
            bar - 4.0,
            i + 1,
            x + (bar - 4.0) / 2.0,
            height + 18.0,
            if i == 30 {
                "31+".to_owned()
            } else {
                (i + 1).to_string()
            }
        );
    }
    let _ = write!(
        s,
        "<text x=\"10\" y=\"{}\" font-size=\"11\" fill=\"#5b6675\">escalation turn (message number)</text></svg>",
        height + 33.0
    );
    s
}
