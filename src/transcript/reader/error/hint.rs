//! Hints for a transcript header that lacks a column: takes the file's path, the field
//! missing and the columns (or keys) found; gives what to do: map it, say the
//! delimiter, flatten a conversation a line, or give an export rather than rules or
//! handoff's own output, or change the mapping where it was given.

/// What the error says of the field a missing column was to give: where the mapping
/// gave it (` (mapped to text by `--map text=body`)`, ` (mapped to meta.plan at
/// m.yaml:4:3)`), or the field alone when a default reads it from another name.
pub(super) fn mapped_to(field: &str, column: &str, set_at: Option<&str>) -> String {
    match set_at {
        Some(flag) if flag.starts_with('`') => format!(" (mapped to {field} by {flag})"),
        Some(at) => format!(" (mapped to {field} at {at})"),
        None if crate::transcript::normalize_field(column) == field => String::new(),
        None => format!(" (mapped to {field})"),
    }
}

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
fn own_output(found: &[String]) -> Option<&'static str> {
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
pub(crate) fn report_keys(keys: &[String]) -> Option<super::OwnReport> {
    let has = |name: &str| keys.iter().any(|c| c == name);
    let under = |name: &str| keys.iter().any(|c| c.starts_with(&format!("{name}_")));
    // Its keys sorted (`jq -S .`, review of cli41), the few lines read show the first
    // key or two, and the sorted keys of the first item of a list it starts with.
    let starts =
        |names: &[&str]| keys.len() >= names.len() && keys.iter().zip(names).all(|(k, n)| k == n);
    if starts(&["conversations", "dead_phrases"]) {
        return Some(super::OwnReport::Coverage);
    } else if starts(&["base", "by_kind"]) {
        return Some(super::OwnReport::Diff);
    } else if starts(&["diagnostics", "files"]) || starts(&["diagnostics", "code", "column"]) {
        return Some(super::OwnReport::Lint);
    } else if starts(&["cases", "failures", "file"]) || starts(&["cases", "diagnostics"]) {
        return Some(super::OwnReport::Test);
    }
    // SARIF (`lint -f sarif`): its `$schema` (`schema` as a column), `runs`, `version`.
    if has("runs") && has("version") && (has("$schema") || has("schema")) {
        return Some(super::OwnReport::LintSarif);
    }
    if has("rules") && has("shards") {
        Some(super::OwnReport::Coverage)
    } else if has("changes")
        && (has("base") || has("head"))
        // Keys only `diff`'s report has beside them (cli43: any JSON of `base`,
        // `changes`, `head` and `version` was called handoff's diff report).
        && (has("by_kind") || under("by_kind") || has("team_flows") || has("by_team"))
    {
        Some(super::OwnReport::Diff)
    } else if has("version") && (has("tool") || under("tool")) {
        Some(super::OwnReport::Lint)
    } else if has("cases") && (has("untested") || under("summary"))
        || has("summary") && has("total") && has("passed")
    {
        Some(super::OwnReport::Test)
    } else {
        None
    }
}

/// The hint for the JSON report `report` given where transcripts go: a coverage
/// report is merged with `coverage --merge`; the others hold no conversations.
pub(crate) fn report_given(report: super::OwnReport) -> String {
    let command = report.command();
    if report == super::OwnReport::Coverage {
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

/// How to find a missing column: map it, or, when the header (read with commas, the
/// delimiter it holds most of) holds another delimiter too, say which one separates it.
pub(super) fn missing_column_hint(
    path: &std::path::Path,
    field: &str,
    found: &[String],
    (looks, jsonl): (super::JsonLook, bool),
    (other_delimiter, sep_line): (Option<u8>, Option<u8>),
    mapped: Option<&crate::transcript::mapping::MappedAt>,
) -> String {
    if let Some(p) = mapped.and_then(|m| m.project.as_ref()) {
        return format!(
            "this file already has a `{field}` column, as handoff reads by default: the mapping in {} (line {}) is for another export; read this file with `{}` (flags win over {}), or give the command a file of the export that mapping is for (a sample of it in place of this one, when this is the sample `handoff init` wrote)",
            p.path.display(),
            p.line,
            p.back_to_defaults.join(" "),
            p.path.display()
        );
    }
    // A rule file given where transcripts go (`handoff replay rules/routes.yaml`): its
    // first line read as a header.
    if looks_like_rules(path, found) {
        return "this looks like YAML rules (or rule tests), not a transcript export: rules are given with -r (--rules); give a CSV or JSONL export here".to_owned();
    }
    // handoff's own output given back to it (`cat outcomes.jsonl | handoff replay -`),
    // which holds no messages to replay: its outcomes or packets, by the keys it writes.
    // Or as JSON (`replay -f json`, an array, maybe re-indented or compacted by `jq`),
    // read as CSV: by the keys of its lines.
    if let Some(command) = report_keys(found).or(match looks {
        super::JsonLook::Report(command) => Some(command),
        _ => None,
    }) {
        return report_given(command);
    }
    let own = own_output(found).or(match looks {
        super::JsonLook::Outcomes
            if found
                .first()
                .is_some_and(|f| f.trim_start().starts_with('[')) =>
        {
            Some("`replay -f json`'s outcomes, a JSON array")
        }
        super::JsonLook::Outcomes => Some("`replay`'s outcomes, as JSON"),
        super::JsonLook::Packet => Some("a packet `replay --packets` wrote"),
        super::JsonLook::NotJson | super::JsonLook::Json | super::JsonLook::Report(_) => None,
    });
    if let Some(what) = own {
        return format!(
            "this looks like handoff's own output ({what}), not a transcript export: give the export that was replayed"
        );
    }
    // A JSON export read as CSV: its first "column" starts the JSON, in the header or in
    // one of the lines after it (a title line first).
    if looks != super::JsonLook::NotJson
        || found
            .first()
            .is_some_and(|first| first.starts_with('[') || first.starts_with('{'))
    {
        return "this is JSON, not CSV: a file of one object a line is read as JSONL when its name ends in .jsonl, or with --input-format jsonl; a JSON array, once written one object a line (`jq -c '.[]' export.json > export.jsonl`)".to_owned();
    }
    // The header read with commas, holding another delimiter outside quotes: the fields
    // may be separated by it, in a header with as many commas (`id;name, first;…`).
    if let Some(c) = other_delimiter {
        let word = crate::transcript::mapping::delimiter_word(c);
        let shown = match c {
            b'\t' => "tabs".to_owned(),
            _ => format!("`{}`", crate::transcript::mapping::delimiter_name(c)),
        };
        // "tabs separate", "`;` separates".
        let separate = if c == b'\t' { "separate" } else { "separates" };
        if let Some(said) = sep_line {
            return sep_line_hint(said, c, true);
        }
        return format!(
            "the header holds {shown} as well as commas: if {shown} {separate} the fields, say so with --map delimiter={word}, or `delimiter: {word}` under `input:` in .handoff.yaml"
        );
    }
    // A JSON object a conversation, its messages in one key: the layout handoff does
    // not read, which no mapping of a column fixes. Only where neither a role nor a
    // text key is there: a CSV or JSONL whose text column is named `messages` is told
    // to map it.
    let has = |name: &str| {
        found
            .iter()
            .any(|c| crate::transcript::normalize_field(c) == name)
    };
    if jsonl
        && (field == "role" || field == "conversation_id" && !has("role"))
        && !has("text")
        && let Some(list) = found.iter().find(|c| {
            matches!(
                crate::transcript::normalize_field(c).as_str(),
                "messages" | "turns" | "utterances" | "dialog" | "dialogue" | "transcript"
            )
        })
    {
        // The conversation's id as the object names it, if one of the usual keys.
        let id = found
            .iter()
            .find(|c| {
                matches!(
                    crate::transcript::normalize_field(c).as_str(),
                    "conversation_id"
                        | "id"
                        | "session_id"
                        | "chat_id"
                        | "ticket_id"
                        | "dialog_id"
                        | "dialogue_id"
                )
            })
            .filter(|c| c.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '_'))
            .map_or("conversation_id", String::as_str);
        return format!(
            "the messages seem to be in one key, `{list}`, a conversation a line: handoff reads one message a line (a JSON object with its conversation id, role and text); flatten the export first, e.g. `jq -c '.{id} as $id | .{list}[] | {{conversation_id: $id}} + .' export.jsonl > messages.jsonl`"
        );
    }
    // A mapping the user gave names the column: what to change is where they gave it.
    let (column, columns) = if jsonl {
        ("key", "keys")
    } else {
        ("column", "columns")
    };
    match mapped.and_then(|m| m.at.as_deref()) {
        Some(flag) if flag.starts_with('`') => {
            return format!(
                "map {field} to one of this file's {columns} in place of {flag}: --map {field}=<{column}>"
            );
        }
        Some(at) => {
            return format!(
                "the mapping at {at} names a {column} this file does not have: give one of its {columns} with --map {field}=<{column}> (flags win over mapping files), or change the mapping there"
            );
        }
        None => {}
    }
    match field.strip_prefix("meta.") {
        Some(key) => format!(
            "map it with --map {field}=<column>, or `{key}: <column>` under `input: meta:` in .handoff.yaml"
        ),
        None => format!(
            "map it with --map {field}=<column>, or under `input: columns:` in .handoff.yaml"
        ),
    }
}

/// The hint for a header read with the delimiter `said` by Excel's `sep=` line that
/// holds `holds` instead (`sep=,` above `id;role;text`): remove the line, or (`flag`:
/// a transcript's, which `--map delimiter=` reads) say the delimiter. Contacts and
/// labels files, which take theirs from the file, are told the first only.
pub(crate) fn sep_line_hint(said: u8, holds: u8, flag: bool) -> String {
    use crate::transcript::mapping::{delimiter_name, delimiter_word};
    let shown = match holds {
        b'\t' => "tabs".to_owned(),
        _ => format!("`{}`", delimiter_name(holds)),
    };
    // "tabs separate", "`;` separates".
    let separate = if holds == b'\t' {
        "separate"
    } else {
        "separates"
    };
    let or_flag = if flag {
        format!(
            ", or say so with --map delimiter={} (which wins over it)",
            delimiter_word(holds)
        )
    } else {
        String::new()
    };
    format!(
        "the file's first line, Excel's `sep={}`, says `{}` separates the fields, but the header holds {shown}: if {shown} {separate} them, remove the `sep=` line{or_flag}",
        delimiter_name(said).replace("tab", "\\t"),
        delimiter_name(said)
    )
}

/// The delimiter other than its own (of `,`, `;`, tab, `|`) that the cells of
/// `header` hold most of: the one that separates it, when the delimiter it was read with
/// came from Excel's `sep=` line and is wrong (`sep=,` above `id;role;text`). For a
/// hint only: a quoted cell's delimiter counts too.
pub(crate) fn other_delimiter_in(header: &crate::transcript::records::Record) -> Option<u8> {
    other_delimiter_among(header.iter(), header.delimiter())
}

/// [`other_delimiter_in`] of a header's `cells`, read with `own`: for a contacts or
/// labels file's header too.
pub(crate) fn other_delimiter_among<'a>(
    cells: impl IntoIterator<Item = &'a [u8]>,
    own: u8,
) -> Option<u8> {
    const OTHERS: [u8; 4] = [b',', b';', b'\t', b'|'];
    let mut counts = [0usize; 4];
    for &b in cells.into_iter().flatten() {
        if let Some(i) = OTHERS.iter().position(|&d| d == b && d != own) {
            counts[i] += 1;
        }
    }
    OTHERS
        .into_iter()
        .zip(counts)
        .filter(|&(_, n)| n > 0)
        .max_by_key(|&(d, n)| (n, std::cmp::Reverse(d)))
        .map(|(d, _)| d)
}

/// Whether the header whose `cells` were read with `said`, read again with `holds`
/// (outside quotes), has a column named `wanted` (as [`normalize_field`] names it): the
/// condition for saying `holds` may separate it. `sep=,` over `Mail,"First;Last",Phone`,
/// or a right `sep=;` over `Mail;Name, first;Phone`, get no hint a missing column's
/// absence would not fix. The cells are joined with `said` again, a cell that holds
/// `said` quoted as the file must have quoted it: `sep=;` over
/// `"x;conversation_id,y";role` is no `conversation_id` column read with `,` either. A
/// quote closed mid-cell (`"Mail; work",email` read with `;`, one cell) is quoted whole
/// too: such a header gets no hint rather than a wrong one.
///
/// [`normalize_field`]: crate::transcript::normalize_field
pub(crate) fn other_split_has<'a>(
    cells: impl IntoIterator<Item = &'a [u8]>,
    said: u8,
    holds: u8,
    wanted: &str,
) -> bool {
    let mut line = Vec::new();
    for (i, cell) in cells.into_iter().enumerate() {
        if i > 0 {
            line.push(said);
        }
        // Read as one cell, it was quoted (cli42: joined bare, its quotes lost, a quoted
        // `"conversation_id,x"` was the column `conversation_id` split at the comma).
        if cell.contains(&said) {
            line.push(b'"');
            for &b in cell {
                if b == b'"' {
                    line.push(b'"');
                }
                line.push(b);
            }
            line.push(b'"');
        } else {
            line.extend_from_slice(cell);
        }
    }
    let wanted = crate::transcript::normalize_field(wanted);
    let mut quoted = false;
    line.split(|&b| {
        if b == b'"' {
            quoted = !quoted;
        }
        b == holds && !quoted
    })
    .any(|field| {
        let field = String::from_utf8_lossy(field);
        crate::transcript::normalize_field(field.trim().trim_matches('"')) == wanted
    })
}
