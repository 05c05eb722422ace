//! Error wording: a serde-saphyr error → the kind of mistake it is, and a message in a
//! rule author's words (`a whole number ≥ 0`, not `invalid u32`). Where the error is
//! placed is [`super::place`]'s.

use super::{MAX_DEPTH, YamlErrorKind};

/// The error in words a rule author uses, where serde-saphyr's would name Rust types or
/// its own API (`invalid u32`, `use from_str_multiple`).
pub(super) fn in_words(err: &serde_saphyr::Error) -> Option<String> {
    use serde_saphyr::Error as E;
    Some(match original(err) {
        E::InvalidScalar { ty, .. } => format!("expected {}", scalar_in_words(ty)),
        E::MultipleDocuments { .. } => {
            "expected one YAML document per file, found a second one after `---`".to_owned()
        }
        E::SerdeInvalidType {
            unexpected,
            expected,
            ..
        }
        | E::SerdeInvalidValue {
            unexpected,
            expected,
            ..
        } => format!(
            "expected {}, found {}",
            scalar_in_words(expected),
            found_in_words(unexpected)
        ),
        E::Unexpected { expected, .. } => format!("expected {}", scalar_in_words(expected)),
        // A number field read as any value (`super::number`): `.inf`, `.nan`, `1e999`.
        E::NonFiniteFloat { value, .. } => format!("expected a finite number, found `{value}`"),
        E::UnsupportedTag { tag, .. } => super::tags::message(tag),
        E::NullIntoString { .. } => {
            "expected text, found nothing (`~` or an empty value)".to_owned()
        }
        _ => return None,
    })
}

/// `message` (`expected …, found the number N`) with the number said as `text` writes it
/// at `start`, where the error is placed: serde names the number YAML read, `NaN` for
/// `.nan`, `inf` for `1e400`, `18446744073709552000.0` for `18446744073709551616` (an
/// integer too large to be read as one). A number that is not finite is not one to
/// write: it is quoted as written (``found `.nan` ``). `None` when the message says no
/// number or no plain number is written there.
pub(super) fn number_as_written(message: &str, text: &str, start: usize) -> Option<String> {
    let (expected, read) = message.rsplit_once(", found the number ")?;
    let written = text.get(start..super::extent::scalar_end(text, start, start))?;
    let number = |c: char| c.is_ascii_digit() || matches!(c, '+' | '-' | '.');
    if !written.starts_with(number) {
        return None;
    }
    Some(if matches!(read, "NaN" | "inf" | "-inf") {
        format!("{expected}, found `{written}`")
    } else {
        format!("{expected}, found the number {written}")
    })
}

/// What to write where a boolean belongs and something else is.
pub(super) const BOOLEAN_HELP: &str = "write `true` or `false`, unquoted: `yes`, `no`, `on`, `off`, `1` and `0` are not booleans here";

/// What to write where a boolean belongs and `written` (the value as the file has it,
/// quotes and all) is: for a word that means one (`yes`, `On`, `"false"`, `n`), that one
/// (`write `true`, unquoted: …`), as YAML 1.2 has only `true` and `false` (YAML 1.1 and
/// spreadsheets read `yes`/`no`/`on`/`off`; handoff's files do not, so that it means the
/// same to every YAML reader); [`BOOLEAN_HELP`] for anything else.
pub(super) fn boolean_help(written: &str) -> String {
    let word = written
        .trim()
        .trim_matches(['"', '\''])
        .to_ascii_lowercase();
    let meant = match word.as_str() {
        "true" | "yes" | "y" | "on" | "1" => "true",
        "false" | "no" | "n" | "off" | "0" => "false",
        _ => return BOOLEAN_HELP.to_owned(),
    };
    format!(
        "write `{meant}`, unquoted: handoff's YAML files follow YAML 1.2, where only `true` and `false` are booleans (`yes`, `no`, `on`, `off`, `1` and `0` are not)"
    )
}

/// The help of `message` (`expected true or false, found …`) for the value at
/// `text[start..end]`, `written` as a scalar: a list or mapping is not a word for a
/// boolean, so it is said what it is ([`boolean_shape_help`]); else [`boolean_help`].
pub(super) fn not_boolean_help(
    message: &str,
    text: &str,
    start: usize,
    end: usize,
    written: &str,
) -> String {
    match ["a list", "a mapping"]
        .into_iter()
        .find(|shape| message.ends_with(&format!("found {shape}")))
    {
        Some(shape) => boolean_shape_help(text, start, end, shape),
        None => boolean_help(written),
    }
}

/// What to write where a boolean belongs and a list or mapping (`shape`: `a list`, `a
/// mapping`) is, at `text[start..end]`: one value, with the key's own example
/// (`escalated: [true]` → ``write `escalated: true` ``), not [`boolean_help`]'s
/// `yes`/`no`, which is not the mistake.
pub(super) fn boolean_shape_help(text: &str, start: usize, end: usize, shape: &str) -> String {
    let key = key_before(text, start);
    let written = text.get(start..end).unwrap_or_default().trim();
    // A flow list of one boolean (`[true]`): that one.
    let only = written
        .strip_prefix('[')
        .and_then(|w| w.strip_suffix(']'))
        .map(str::trim)
        .filter(|w| matches!(*w, "true" | "false"));
    let example = |value: &str| match key {
        Some(key) => format!("`{key}: {value}`"),
        None => format!("`{value}`"),
    };
    let write = match only {
        Some(value) => format!("write {}", example(value)),
        None => format!("write {} or {}", example("true"), example("false")),
    };
    let takes = key.map_or_else(
        || "this key takes".to_owned(),
        |key| format!("`{key}` takes"),
    );
    format!("{takes} one value, `true` or `false`, not {shape}: {write}")
}

/// What to write where a list belongs and the value at `text[start..]` is one value or
/// a mapping: the value as a list of one (`phrases: cancel my plan` → ``write `phrases:
/// [cancel my plan]` ``), or how a list's items are written. `None` when the key before
/// it is not found.
pub(super) fn list_help(text: &str, start: usize) -> Option<String> {
    let key = key_before(text, start)?;
    let rest = text.get(start..)?;
    let line = rest.lines().next().unwrap_or_default().trim_end();
    // `{ … }`, or a block mapping's first key (`message: { … }` under `all:`).
    let mapping = line.starts_with('{')
        || line.split_once(':').is_some_and(|(k, after)| {
            !k.is_empty()
                && !k.contains([' ', '"', '\'', '[', '{'])
                && (after.is_empty() || after.starts_with(' '))
        });
    if mapping {
        return Some(format!(
            "`{key}` takes a list: start each item on its own line with `- `, or write `[…, …]`"
        ));
    }
    // Quoted, whole, quotes and all; plain, to a comment.
    let written = match line.chars().next() {
        Some('"' | '\'') => {
            let end = super::extent::scalar_end(text, start, start);
            text.get(start..end).unwrap_or_default()
        }
        _ => {
            let plain = line.split(" #").next().unwrap_or_default();
            // In a flow mapping or list, a plain value ends at `,`, `}` or `]`.
            let flow = in_flow(text, start);
            let plain = match plain.find([',', '}', ']']) {
                Some(at) if flow => &plain[..at],
                _ => plain,
            };
            plain.trim()
        }
    };
    // A rule file's definitions are mappings: `teams: [sales]` would be the next error.
    if let Some(item) = definition_item(text, start, key) {
        let id = if written.is_empty() || written.contains(['"', '\'', ' ']) {
            "ID"
        } else {
            written
        };
        return Some(format!(
            "`{key}` takes a list of definitions, each a mapping: write each below it on its own line, indented, as `- {}`",
            item.replace("ID", id)
        ));
    }
    // A rule test's messages are each a mapping of a role to its text: `[hi]` would be
    // the next error.
    if key == "messages" {
        let text = if written.is_empty() { "TEXT" } else { written };
        return Some(format!(
            "`messages` takes a list of messages, each `ROLE: TEXT`: write `messages: [{{ customer: {text} }}]`, or each on its own line as `- customer: …`"
        ));
    }
    // Nothing to show (a quote not closed on its line, a value on the lines below): said
    // without the value.
    if written.is_empty() {
        return Some(format!(
            "`{key}` takes a list, even of one item: `{key}: [ITEM]`"
        ));
    }
    Some(format!(
        "`{key}` takes a list, even of one item: write `{key}: [{written}]`"
    ))
}

/// A definition of the top-level list `key` of a rule file, as an example whose id is
/// `ID`, when `key`, written at the start of its line before `start`, is one.
fn definition_item(text: &str, start: usize, key: &str) -> Option<&'static str> {
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    if !text.get(line_start..)?.starts_with(key) {
        return None;
    }
    Some(match key {
        "signals" => "{ id: ID, phrases: [PHRASE] }",
        "triggers" => "{ id: ID, when: { message: { phrases: [PHRASE] } } }",
        "routes" => "{ id: ID, when: { trigger: TRIGGER }, team: TEAM }",
        "teams" => "{ id: ID, name: NAME, bridge: TEXT }",
        "templates" => "{ id: ID, text: TEXT }",
        _ => return None,
    })
}

/// Whether byte `start` of `text` is inside a flow mapping or list opened on its line
/// (`{ field: tier, in: pro }`), brackets in quotes aside.
pub(super) fn in_flow(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or_default();
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let mut depth = 0i32;
    let mut quote = None;
    for c in before[line_start..].chars() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (None, '"' | '\'') => quote = Some(c),
            (None, '{' | '[') => depth += 1,
            (None, '}' | ']') => depth -= 1,
            _ => {}
        }
    }
    depth > 0
}

/// The plain key whose value starts at byte `start` of `text` (`escalated` of
/// `escalated: [true]`, or of a block list's first item under it), if there is one.
pub(super) fn key_before(text: &str, start: usize) -> Option<&str> {
    let before = text.get(..start)?.trim_end();
    let before = before.strip_suffix('-').map_or(before, str::trim_end);
    let before = before.strip_suffix(':')?;
    let key_start = before
        .trim_end_matches(|c: char| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
        .len();
    Some(&before[key_start..]).filter(|key| !key.is_empty())
}

/// A value that is not a boolean where one is asked for, in the words of the other
/// wrong values (serde-saphyr says "invalid boolean (strict mode expects true/false)",
/// without the value): what was found, read from `text[start..end]`, the value's place,
/// and what to write instead. `None` for another error.
pub(super) fn boolean_in_words(
    err: &serde_saphyr::Error,
    text: &str,
    start: usize,
    end: usize,
) -> Option<(String, String)> {
    let serde_saphyr::Error::InvalidBooleanStrict { .. } = original(err) else {
        return None;
    };
    let written = text.get(start..end).unwrap_or_default().trim();
    let found = match written
        .strip_prefix(['"', '\''])
        .and_then(|w| w.strip_suffix(['"', '\'']))
    {
        Some(inner) => format!("the text \"{inner}\""),
        None if written.parse::<f64>().is_ok() => format!("the number {written}"),
        None => format!("the text \"{written}\""),
    };
    Some((
        format!("expected true or false, found {found}"),
        boolean_help(written),
    ))
}

/// A Rust scalar type as the value a rule author would write.
fn scalar_in_words(ty: &str) -> &str {
    match ty {
        "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => "a whole number ≥ 0",
        "i8" | "i16" | "i32" | "i64" | "i128" | "isize" => "a whole number",
        "floating point" | "f32" | "f64" => "a number",
        "boolean" | "a boolean" => "true or false",
        "a string" | "string scalar" => "text",
        // What serde-saphyr says of a value of another shape where a collection is read.
        "sequence start" => "a list",
        "mapping start" => "a mapping (`key: value`)",
        other => other,
    }
}

/// serde's name for what it found (`unit value`, `map`) as a rule author would say it.
fn found_in_words(unexpected: &str) -> String {
    match unexpected {
        "unit value" | "Option value" => "nothing (`~` or an empty value)".to_owned(),
        "sequence" => "a list".to_owned(),
        "map" => "a mapping".to_owned(),
        "boolean `true`" | "boolean `false`" => unexpected.replacen("boolean ", "", 1),
        // serde's `string "turn"`.
        _ if unexpected.starts_with("string \"") => unexpected.replacen("string ", "the text ", 1),
        _ => ["integer ", "floating point "]
            .iter()
            .find_map(|p| unexpected.strip_prefix(p))
            .map_or_else(
                || unexpected.to_owned(),
                |n| format!("the number {}", n.trim_matches('`')),
            ),
    }
}

pub(super) fn kind(err: &serde_saphyr::Error) -> YamlErrorKind {
    use serde_saphyr::Error as E;
    if too_deep_to_scan(err) {
        return YamlErrorKind::OverLimit;
    }
    match original(err) {
        E::Budget { .. } => YamlErrorKind::OverLimit,
        E::SerdeUnknownField { .. } | E::SerdeUnknownVariant { .. } => YamlErrorKind::UnknownField,
        E::SerdeMissingField { .. } => YamlErrorKind::MissingField,
        E::DuplicateMappingKey { .. } => YamlErrorKind::DuplicateKey,
        E::SerdeInvalidType { .. }
        | E::SerdeInvalidValue { .. }
        | E::SerdeInvalidLength { .. }
        | E::Unexpected { .. }
        | E::InvalidScalar { .. }
        | E::InvalidBooleanStrict { .. }
        | E::NullIntoString { .. }
        | E::UnsupportedTag { .. }
        | E::NonFiniteFloat { .. }
        | E::UnexpectedSequenceEnd { .. }
        | E::UnexpectedMappingEnd { .. }
        | E::UnexpectedValueForUnit { .. }
        | E::ExpectedStringKeyForExternallyTaggedEnum { .. }
        | E::ExternallyTaggedEnumExpectedScalarOrMapping { .. }
        | E::ExpectedMappingEndAfterEnumVariantValue { .. } => YamlErrorKind::WrongType,
        _ => YamlErrorKind::Syntax,
    }
}

/// The error inside alias and snippet wrappers.
pub(super) fn original(mut err: &serde_saphyr::Error) -> &serde_saphyr::Error {
    use serde_saphyr::Error as E;
    while let E::AliasError { error, .. } | E::WithSnippet { error, .. } = err {
        err = error;
    }
    err
}

/// The parser's own limit on brackets within brackets (`[{[{…`), which it meets before
/// the budget's depth when it scans a flow collection ahead: the same limit for a rule
/// author (exploratory review: "recursion limit exceeded", `S001`, no limit named, past
/// about 128 levels, where 65 gave `S009` "nested more than 64 levels deep").
fn too_deep_to_scan(err: &serde_saphyr::Error) -> bool {
    matches!(
        original(err),
        serde_saphyr::Error::ExternalMessage { msg, .. } if msg == "recursion limit exceeded"
    )
}

/// What a budget breach means for a rule author.
pub(super) fn over_limit(err: &serde_saphyr::Error) -> Option<String> {
    use serde_saphyr::budget::BudgetBreach as B;
    if too_deep_to_scan(err) {
        return Some(format!("nested more than {MAX_DEPTH} levels deep"));
    }
    let serde_saphyr::Error::Budget { breach, .. } = original(err) else {
        return None;
    };
    Some(match breach {
        B::Depth { .. } => format!("nested more than {MAX_DEPTH} levels deep"),
        B::Nodes { nodes } => format!(
            "more than {} YAML nodes, counting what aliases expand to",
            nodes.saturating_sub(1)
        ),
        B::Events { events } => format!(
            "more than {} YAML events, counting what aliases expand to",
            events.saturating_sub(1)
        ),
        B::Aliases { aliases } => format!("more than {} aliases", aliases.saturating_sub(1)),
        B::Anchors { anchors } => format!("more than {} anchors", anchors.saturating_sub(1)),
        other => format!("over the YAML parser's limits ({other:?})"),
    })
}

/// One line, no control characters, no "set `DuplicateKeyPolicy`" advice meant for
/// programmers rather than rule authors.
pub(super) fn clean_message(message: &str) -> String {
    let message: String = message
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    match message.split_once(", set DuplicateKeyPolicy") {
        Some((head, _)) => head.to_owned(),
        None => message,
    }
}
