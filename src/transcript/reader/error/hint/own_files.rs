//! Files given where a transcript export goes that are none: a file's path and the
//! columns (or keys) its header seems to have → whether it is a rule file, or which of
//! handoff's own outputs it is (`replay`'s outcomes or packets, a command's JSON
//! report), and what to give instead. Read by the missing-column hint, and by the
//! readers (JSONL's first lines, a CSV header that starts like JSON, contacts and
//! labels files), which tell the same files apart by their keys.

use super::super::OwnReport;

/// Whether a file read as transcripts is a rule file: named `.yaml`/`.yml` (gzipped or
/// not), or its header's first column is a rule file's first line (`version: 1`, a
/// `yaml-language-server` comment).
pub(crate) fn looks_like_rules(path: &std::path::Path, found: &[String]) -> bool {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let first = found.first().map_or("", |f| f.trim());
    name.ends_with(".yaml")
        || name.ends_with(".yml")
        || first.starts_with("version:")
        || first.starts_with('#') && first.contains("yaml-language-server")
}

/// Which of handoff's own outputs a file of these columns (or keys) is: `replay`'s
/// outcomes (JSONL, JSON or CSV) or its packets, by keys only they have together.
pub(super) fn own_output(found: &[String]) -> Option<&'static str> {
    let has = |name: &str| found.iter().any(|c| c == name);
    // A packet's objects are flattened with `_`, as any JSONL's are.
    let under = |name: &str| found.iter().any(|c| c.starts_with(&format!("{name}_")));
    if has("escalated") && has("escalation_turn") && has("bridge_message") {
        Some("`replay`'s outcomes, a conversation a line")
    } else if under("escalation") && under("summary") && has("bridge_message") {
        Some("`replay --packets`, a packet a line")
    } else if has("escalation_turn") && has("route") && has("versus_actual") {
        Some("`replay`'s outcomes")
    } else {
        None
    }
}

/// Which command's JSON report (`coverage`, `diff`, `lint`, `test` with `-f json`)
/// `keys` are: those of its object flattened with `_` (compacted, read as JSONL), or the
/// first keys of its lines (re-indented), by keys only it has together.
pub(crate) fn report_keys(keys: &[String]) -> Option<OwnReport> {
    let has = |name: &str| keys.iter().any(|c| c == name);
    let under = |name: &str| keys.iter().any(|c| c.starts_with(&format!("{name}_")));
    // Its keys sorted (`jq -S .`, review of cli41), the few lines read show the first
    // key or two, and the sorted keys of the first item of a list it starts with.
    let starts =
        |names: &[&str]| keys.len() >= names.len() && keys.iter().zip(names).all(|(k, n)| k == n);
    if starts(&["conversations", "dead_phrases"]) {
        return Some(OwnReport::Coverage);
    } else if starts(&["base", "by_kind"]) {
        return Some(OwnReport::Diff);
    } else if starts(&["diagnostics", "files"]) || starts(&["diagnostics", "code", "column"]) {
        return Some(OwnReport::Lint);
    } else if starts(&["cases", "failures", "file"]) || starts(&["cases", "diagnostics"]) {
        return Some(OwnReport::Test);
    }
    // SARIF (`lint -f sarif`): its `$schema` (`schema` as a column), `runs`, `version`.
    if has("runs") && has("version") && (has("$schema") || has("schema")) {
        return Some(OwnReport::LintSarif);
    }
    if has("rules") && has("shards") {
        Some(OwnReport::Coverage)
    } else if has("changes")
        && (has("base") || has("head"))
        // Keys only `diff`'s report has beside them (cli43: any JSON of `base`,
        // `changes`, `head` and `version` was called handoff's diff report).
        && (has("by_kind") || under("by_kind") || has("team_flows") || has("by_team"))
    {
        Some(OwnReport::Diff)
    } else if has("version") && (has("tool") || under("tool")) {
        Some(OwnReport::Lint)
    } else if has("cases") && (has("untested") || under("summary"))
        || has("summary") && has("total") && has("passed")
    {
        Some(OwnReport::Test)
    } else {
        None
    }
}

/// The hint for the JSON report `report` given where transcripts go: a coverage
/// report is merged with `coverage --merge`; the others hold no conversations.
pub(crate) fn report_given(report: OwnReport) -> String {
    let command = report.command();
    if report == OwnReport::Coverage {
        "this is handoff's own output (a `coverage -f json` report), not a transcript export: coverage reports are added up with `handoff coverage --merge REPORT…`; give the export itself to count it".to_owned()
    } else {
        format!(
            "this is handoff's own output (`{command} -f {}`'s report), not a transcript export: give a CSV or JSONL export of conversations",
            report.format()
        )
    }
}

/// Whether `keys`, those of a JSON file's objects, are those of `replay`'s outcomes
/// (or packets): handoff's own output.
pub(crate) fn outcomes_keys(keys: &[String]) -> bool {
    own_output(keys).is_some()
}

/// Whether `keys`, those of a JSON document's first lines, are a packet's that
/// `replay --packets` writes: `version`, `conversation_id` and `escalation`; or, its
/// keys sorted, `bridge_message` then `contact`, `contact_history` or
/// `conversation_id` (or `bridge_error` then `bridge_message`).
pub(crate) fn packet_keys(keys: &[String]) -> bool {
    ["version", "conversation_id", "escalation"]
        .iter()
        .all(|k| keys.iter().any(|key| key == k))
        // Its keys sorted (`jq -S .`), the few lines read show `bridge_message` first
        // and the key after it (cli41: it was told to write "one object a line").
        // One whose bridge message failed: `bridge_error` before it (review of cli41).
        || matches!(keys, [first, second, ..] if first == "bridge_message"
            && matches!(second.as_str(), "contact" | "contact_history" | "conversation_id"))
        || matches!(keys, [first, second, ..] if first == "bridge_error" && second == "bridge_message")
}

/// Whether `keys`, those the first lines of a JSON document written over many lines
/// start with (`"escalated": true,`), are the first keys of `replay`'s outcomes:
/// `conversation_id`, `escalated`, `escalation_turn` as it writes them (and `jq .`
/// keeps them), or `actual_handoff_time`, `actual_handoff_turn`, `bridge_message` with
/// the keys sorted (`jq -S .`). The few lines read before a file is told not to be
/// JSONL show no more of an outcome than these.
pub(crate) fn outcome_document_keys(keys: &[String]) -> bool {
    let all = |names: [&str; 3]| names.iter().all(|n| keys.iter().any(|k| k == n));
    all(["conversation_id", "escalated", "escalation_turn"])
        || all([
            "actual_handoff_time",
            "actual_handoff_turn",
            "bridge_message",
        ])
}
