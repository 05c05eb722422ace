//! Shares in the coverage reports (table, Markdown, HTML): counts → the percentages
//! shown, never rounded to what they are not. A share short of the whole is not 100%, a
//! share above nothing not 0%; the share of triggers that fired never rounds up to a
//! whole number it is under (`--fail-under-triggers` takes whole percentages), and a
//! share of escalations (the default route's, which `--max-default-share` judges) never
//! reads as a one-decimal percentage it is not. The gates' own figures are
//! `cli::coverage`'s (`beside`).

use crate::coverage::CoverageReport;

/// `part` of `whole` as a percentage with one decimal; `–` of nothing.
pub(super) fn percent(part: u64, whole: u64) -> String {
    if whole == 0 {
        "–".to_owned()
    } else {
        shown_percent(part as f64 * 100.0 / whole as f64, 1)
    }
}

/// A percentage (0 to 100) with `decimals` decimals, never rounded to what it is not: a
/// share short of the whole is not shown as 100% (199 triggers of 200 fired is `99%`,
/// 1,999 of 2,000 with one decimal `99.9%`), nor a share above nothing as 0% (`<0.1%`).
pub(crate) fn shown_percent(p: f64, decimals: usize) -> String {
    let scale = 10f64.powi(i32::try_from(decimals).unwrap_or(0));
    let rounded = (p * scale).round() / scale;
    let step = 1.0 / scale;
    if p > 0.0 && rounded <= 0.0 {
        format!("<{step:.decimals$}%")
    } else if p < 100.0 && rounded >= 100.0 {
        format!("{:.decimals$}%", 100.0 - step)
    } else {
        format!("{p:.decimals$}%")
    }
}

/// The share of triggers that fired; `–` for rules without triggers.
pub(super) fn fired_share(r: &CoverageReport) -> String {
    r.triggers_fired_percent()
        .map_or_else(|| "–".to_owned(), share_of_triggers)
}

/// A share of triggers: whole when it is (`100%`, `50%`), else with one decimal, never
/// rounded up to or past a whole number it is under. 8 of 9 triggers was `89%` while
/// `--fail-under-triggers 89` failed; it is `88.9%`, and 88.96 is `88.9%`.
fn share_of_triggers(p: f64) -> String {
    if p.fract() == 0.0 {
        return format!("{p:.0}%");
    }
    let rounded = (p * 10.0).round() / 10.0;
    if rounded > p && rounded.floor() > p.floor() {
        let floored = (p * 10.0).floor() / 10.0;
        return format!("{floored:.1}%");
    }
    shown_percent(p, 1)
}

/// The default route's share of escalations, as [`share_of_escalations`] shows it; `–`
/// when nothing escalated.
pub(super) fn default_share(r: &CoverageReport) -> String {
    r.default_share
        .map_or_else(|| "–".to_owned(), |s| share_of_escalations(s * 100.0))
}

/// Where the escalations no route took went, for the summaries: `default route took
/// 12.5% of escalations`; for rules without a default route, `no default route: 25.0%
/// of escalations unrouted` (they have no team), where "default route took 0.0%" read as
/// if nothing fell through. The share goes between `mark`s (`**` for Markdown's bold).
pub(super) fn fallen_through(r: &CoverageReport, mark: &str) -> String {
    if r.has_default_route() {
        format!(
            "default route took {mark}{}{mark} of escalations",
            default_share(r)
        )
    } else {
        format!(
            "no default route: {mark}{}{mark} of escalations unrouted",
            escalation_share(r.unrouted, r.escalated)
        )
    }
}

/// `part` of `whole` escalations as a percentage: see [`share_of_escalations`]; `–` of
/// nothing.
pub(crate) fn escalation_share(part: u64, whole: u64) -> String {
    if whole == 0 {
        "–".to_owned()
    } else {
        share_of_escalations(part as f64 * 100.0 / whole as f64)
    }
}

/// A share of escalations (0 to 100): one decimal when that is what it is (`40.0%`,
/// `12.5%`), else as many more as it takes not to read as a one-decimal percentage it is
/// not: 11 of 24 is `45.83%`, not `45.8%`, and a share of 40.04% is
/// `40.04%`, not `40.0%`, which `--max-default-share 0.4` fails (a `--max-default-share`
/// of up to three decimals is a one-decimal percentage); nor is a share above nothing
/// `0.0%` (1 of 20,000 is `0.01%`), nor one short of the whole `100.0%`.
fn share_of_escalations(p: f64) -> String {
    // Whether a percentage is a one-decimal one, to within what a ratio of counts can
    // tell apart from one.
    let one_decimal = |p: f64| ((p * 10.0).round() - p * 10.0).abs() < 1e-9;
    if one_decimal(p) {
        return format!("{p:.1}%");
    }
    (2..=17)
        .map(|d| format!("{p:.d$}"))
        .find(|shown| shown.parse::<f64>().is_ok_and(|v| !one_decimal(v)))
        .map_or_else(|| format!("{p}%"), |shown| format!("{shown}%"))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "N% of triggers fired" showed 199 of 200 as 100%.
    #[test]
    fn a_partial_share_is_never_shown_as_all_or_nothing() {
        assert_eq!(shown_percent(199.0 * 100.0 / 200.0, 0), "99%");
        assert_eq!(shown_percent(100.0, 0), "100%");
        assert_eq!(shown_percent(0.0, 0), "0%");
        assert_eq!(shown_percent(0.4, 0), "<1%");
        assert_eq!(shown_percent(50.4, 0), "50%");
        assert_eq!(percent(1999, 2000), "99.9%");
        assert_eq!(percent(19_999, 20_000), "99.9%");
        assert_eq!(percent(2000, 2000), "100.0%");
        assert_eq!(percent(1, 20_000), "<0.1%");
        assert_eq!(percent(0, 20_000), "0.0%");
        assert_eq!(percent(24, 33), "72.7%");
        assert_eq!(percent(0, 0), "–");
    }

    /// 8 of 9 triggers fired read `89%` while `--fail-under-triggers
    /// 89` failed. A share of triggers is never shown at or past a whole number above it.
    #[test]
    fn a_share_of_triggers_does_not_round_up_past_a_whole_number() {
        assert_eq!(share_of_triggers(8.0 * 100.0 / 9.0), "88.9%");
        assert_eq!(share_of_triggers(88.96), "88.9%");
        assert_eq!(share_of_triggers(88.94), "88.9%");
        assert_eq!(share_of_triggers(7.0 * 100.0 / 8.0), "87.5%");
        assert_eq!(share_of_triggers(2.0 * 100.0 / 3.0), "66.7%");
        assert_eq!(share_of_triggers(99.99), "99.9%");
        assert_eq!(share_of_triggers(0.01), "<0.1%");
        assert_eq!(share_of_triggers(100.0), "100%");
        assert_eq!(share_of_triggers(50.0), "50%");
        assert_eq!(share_of_triggers(0.0), "0%");
    }

    /// The default route's share was rounded to one decimal: 40.04% read
    /// `40.0%` in the report while `--max-default-share 0.4` failed on it.
    #[test]
    fn a_share_of_escalations_never_reads_as_a_one_decimal_share_it_is_not() {
        assert_eq!(share_of_escalations(40.04), "40.04%");
        assert_eq!(share_of_escalations(39.96), "39.96%");
        assert_eq!(share_of_escalations(40.004), "40.004%");
        assert_eq!(escalation_share(11, 24), "45.83%");
        assert_eq!(escalation_share(1, 3), "33.33%");
        assert_eq!(escalation_share(2, 5), "40.0%");
        assert_eq!(escalation_share(1, 8), "12.5%");
        assert_eq!(escalation_share(0, 8), "0.0%");
        assert_eq!(escalation_share(8, 8), "100.0%");
        assert_eq!(escalation_share(1, 20_000), "0.01%");
        assert_eq!(escalation_share(1, 3_000_000), "0.00003%");
        assert_eq!(escalation_share(19_999, 20_000), "99.995%");
        assert_eq!(escalation_share(2_999_999, 3_000_000), "99.99997%");
        assert_eq!(escalation_share(1, 0), "–");
        // 1001 of 2500 is 40.04%: over 0.4, and shown so.
        assert_eq!(escalation_share(1001, 2500), "40.04%");
    }
}
