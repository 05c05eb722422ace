//! Hints for a transcript header that lacks a column: takes the file's path, the field
//! missing and the columns (or keys) found; gives what to do: map it, say the
//! delimiter, flatten a conversation a line, or give an export rather than rules or
//! handoff's own output, or change the mapping where it was given. Which files are
//! rules or handoff's own output is told in `hint/own_files.rs`; which delimiter a
//! header holds, in `hint/delimiters.rs`.

mod delimiters;
mod own_files;

pub(crate) use delimiters::{
    other_delimiter_among, other_delimiter_in, other_split_has, sep_line_hint,
};
use own_files::own_output;
pub(crate) use own_files::{
    looks_like_rules, outcome_document_keys, outcomes_keys, packet_keys, report_given, report_keys,
};

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
