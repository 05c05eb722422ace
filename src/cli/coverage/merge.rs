//! `coverage --merge`: coverage JSON reports of input shards → one report, refused when
//! they cannot be one (given twice, counting the same run, of another version, with and
//! without labels). Takes paths; gives the merged report or why not.

use std::path::{Path, PathBuf};

use anyhow::Context as _;

use crate::coverage::{CoverageReport, VERSION};

/// The most a coverage report to merge may hold (its text, gunzipped): far more than
/// one holds (its examples are capped, its entries are the rules'), so that a FIFO,
/// `/dev/zero` or a gzip bomb is refused, not read whole.
pub(super) const MAX_REPORT_BYTES: u64 = 256 * 1024 * 1024;

/// Merges the reports at `paths`, in input order.
pub(super) fn merge(paths: &[PathBuf]) -> anyhow::Result<CoverageReport> {
    let mut merged: Option<CoverageReport> = None;
    let mut seen = std::collections::HashSet::new();
    // The reports read so far, with the runs each counts.
    let mut read: Vec<(&PathBuf, Vec<String>)> = Vec::new();
    for path in paths {
        let key = std::fs::canonicalize(path).unwrap_or_else(|_| path.clone());
        if !seen.insert(key) {
            anyhow::bail!(
                "{} is given twice to --merge: its conversations would count twice",
                path.display()
            );
        }
        // Gzip by its magic bytes, as every input: CI artifacts are often kept compressed.
        let text = read_gunzipped(path)?;
        let mut report = read_report(path, &text)?;
        // A report made before the unrouted were a gap: their count, from beside it.
        let unrouted = report.unrouted;
        report.gaps.count_unrouted(unrouted);
        // The same run in two reports counts its conversations twice: a report copied, a
        // rerun over the same input, or a shard already inside a merged report.
        for (earlier, runs) in &read {
            if let Some(shard) = report.shards.iter().find(|s| runs.contains(s)) {
                let (a, b) = (path.display(), earlier.display());
                let what = if report.shards == *runs {
                    format!(
                        "{a} counts the same runs as {b} (a copy, or a run over the same input)"
                    )
                } else if report.shards.iter().all(|s| runs.contains(s)) {
                    format!("{a} is already counted in {b}")
                } else if runs.iter().all(|s| report.shards.contains(s)) {
                    format!("{a} already counts {b}")
                } else {
                    format!("{a} and {b} both count the run {shard}")
                };
                anyhow::bail!("{what}: its conversations would count twice");
            }
        }
        if let Some(m) = &merged
            && m.labels.is_some() != report.labels.is_some()
        {
            anyhow::bail!("{}", labels_in_one(&read, path, m.labels.is_some()));
        }
        read.push((path, report.shards.clone()));
        match &mut merged {
            None => merged = Some(report),
            Some(m) => m.merge(&report).with_context(|| {
                let into: Vec<String> = read.iter().map(|(p, _)| p.display().to_string()).collect();
                format!(
                    "cannot merge {} into {}",
                    path.display(),
                    into[..into.len() - 1].join(", ")
                )
            })?,
        }
    }
    let mut report = merged.context("--merge needs at least one report")?;
    report.finish();
    Ok(report)
}

/// Why `path` cannot be merged into the reports `read` before it, when only one side
/// evaluates labels (`earlier_labelled`: the reports before it do): names the side made
/// without `--labels`, whose conversations the label evaluation would leave out.
fn labels_in_one(read: &[(&PathBuf, Vec<String>)], path: &Path, earlier_labelled: bool) -> String {
    let earlier: Vec<String> = read.iter().map(|(p, _)| p.display().to_string()).collect();
    let (without, with) = if earlier_labelled {
        (path.display().to_string(), earlier.join(", "))
    } else {
        (earlier.join(", "), path.display().to_string())
    };
    let (was, its) = if !earlier_labelled && earlier.len() > 1 {
        ("were", "their shards")
    } else {
        ("was", "its shard")
    };
    format!(
        "cannot merge {}: {without} {was} made without --labels, {with} with them: the label \
         evaluation would leave out the conversations of {without}; run coverage on {its} \
         again with the same --labels, or merge reports made without",
        path.display()
    )
}

/// The text of the file at `path`, gunzipped when it is gzip data; refused, as every
/// input is, when it is binary or UTF-16, or gzip data truncated or corrupt.
fn read_gunzipped(path: &Path) -> anyhow::Result<String> {
    let cannot = || format!("cannot read coverage report {}", path.display());
    // A gzip file cut short (a CI artifact downloaded in part) is said so, with how to
    // test it, as a transcript is; not the decoder's "incomplete deflate stream".
    let damaged = |e: std::io::Error| match crate::transcript::gzip_data_words(&e) {
        Some(words) => anyhow::anyhow!(crate::transcript::damaged_gzip_message(
            path,
            0,
            "coverage report",
            &words
        )),
        None => anyhow::Error::new(e).context(cannot()),
    };
    let file = std::fs::File::open(path)
        .map_err(|e| crate::transcript::explain_open_error(path, e))
        .with_context(cannot)?;
    let (input, not_text) =
        crate::transcript::decoded_text(std::io::BufReader::new(file)).map_err(damaged)?;
    match not_text {
        Some(crate::transcript::NotText::Binary) => anyhow::bail!(
            "{} is not a text file (JSON): its first bytes are binary\n  hint: give the report `handoff coverage -f json` wrote (gzip-compressed or not)",
            path.display()
        ),
        Some(crate::transcript::NotText::Utf16) => anyhow::bail!(
            "{} is UTF-16, not UTF-8: not a report handoff wrote; give the one `handoff coverage -f json` wrote, or convert it with `iconv -f UTF-16 -t UTF-8`",
            path.display()
        ),
        None => {}
    }
    // Bounded as rule files are (a FIFO, `/dev/zero`, a gzip bomb), by a report's limit.
    let bytes = crate::rules::load::read_at_most(input, MAX_REPORT_BYTES).map_err(|unread| {
        match unread {
            crate::rules::load::Unread::Io(e) => damaged(e),
            _ => anyhow::anyhow!(
                "coverage report {} is over the limit of {} (gunzipped, if it is gzip data): not a report `handoff coverage -f json` wrote",
                path.display(),
                crate::rules::load::limit_in_words(MAX_REPORT_BYTES),
            ),
        }
    })?;
    String::from_utf8(bytes).map_err(|e| anyhow::anyhow!(not_utf8(path, &e)))
}

/// A report whose bytes stop being UTF-8, said at the first bad byte as a transcript's
/// bad bytes are: the file, its line, the byte and its offset (in the text a gzip file
/// holds, for one); not serde's "stream did not contain valid UTF-8", which named
/// neither.
fn not_utf8(path: &Path, e: &std::string::FromUtf8Error) -> String {
    let bytes = e.as_bytes();
    let at = e.utf8_error().valid_up_to();
    // UTF-8 up to the bad byte.
    let before = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    let byte = bytes.get(at).copied().unwrap_or_default();
    format!(
        "{}:{line}:{column}: not valid UTF-8 text: byte 0x{byte:02X} at byte offset {at} is not UTF-8\n  hint: a report `handoff coverage -f json` writes is UTF-8: give that one, not one an editor or a tool saved in another encoding",
        path.display()
    )
}

/// A coverage report read back, parsed once; refused when another version of handoff
/// made it, which is said rather than the fields it lacks or has (its version is read
/// alone only then, when the whole does not read).
fn read_report(path: &std::path::Path, text: &str) -> anyhow::Result<CoverageReport> {
    #[derive(serde::Deserialize)]
    struct Head {
        version: u32,
    }
    let not_a_report = || format!("{} is not a handoff coverage JSON report", path.display());
    let (version, read) = match serde_json::from_str::<CoverageReport>(text) {
        Ok(report) => (report.version, Ok(report)),
        Err(e) => {
            let head: Head = serde_json::from_str(text).with_context(not_a_report)?;
            (head.version, Err(e))
        }
    };
    if version != VERSION {
        let by = if version < VERSION {
            "an older"
        } else {
            "a newer"
        };
        anyhow::bail!(
            "{} was made by {by} handoff (coverage report version {version}; this one reads \
             version {VERSION}): run coverage on its shard again with this handoff",
            path.display(),
        );
    }
    let report = read.with_context(not_a_report)?;
    if let Some(why) = report.inconsistency() {
        anyhow::bail!(
            "{} does not add up: {why}; it is not the report handoff wrote (edited or damaged \
             since): run coverage on its shard again",
            path.display()
        );
    }
    // An id emptied by hand proves nothing: said of the file, before it is compared.
    if let Some(why) = report.unproven() {
        anyhow::bail!(
            "{} was edited since handoff wrote it: {why}\n  hint: run coverage on its shard again, or give the report as handoff wrote it",
            path.display()
        );
    }
    Ok(report)
}
