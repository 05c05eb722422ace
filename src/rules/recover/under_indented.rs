//! A key's value written at the key's own indentation:
//!
//! ```yaml
//!     when:
//!     message: { role: customer, signal: gdpr }
//! ```
//!
//! YAML reads `when:` as holding nothing and `message:` as a key beside it: two errors
//! ("expected a condition …, found nothing" and "unknown field `message`") for one
//! mistake. Takes the errors found in a piece and the file's text; gives the first with
//! help saying to indent the keys under it, and drops the unknown-key errors of the lines
//! right below it at its indentation. Changes nothing else.
//!
//! A value written as nothing (`when: ~`, `when: null`) with a key it holds below it is
//! the same mistake, the value written beside the `~` rather than in its place: the help
//! says to delete the `~` and indent the keys (only for a key whose value's keys are
//! known: a `bridges: ~` with any key below is not taken for it). Not so a key below
//! that the value could not hold (`when:` and `colour:` beside it, not a condition): that
//! is a key of its own, said on its own. A misspelling of one (`mesage:`) is taken for
//! it, and the help says the spelling too. Below `not: ~`, nested in a list of `all:` or
//! not, a condition spelt right has no error to merge (it is a key of the same condition
//! mapping): it is found by its place, and gets the same help.

use crate::yaml::{YamlError, YamlErrorKind, fields_of};

use super::super::schema::{
    CONDITIONS, RawCounterCondition, RawDefaultRoute, RawHoursCondition, RawMessageCondition,
    RawMetaCondition, RawSeenCondition,
};

/// Merges each "found nothing" error of `errors` with the unknown keys written right
/// below its key, at its indentation.
pub(super) fn merge(errors: &mut Vec<YamlError>, text: &str) {
    let mut dropped = Vec::new();
    for i in 0..errors.len() {
        let error = &errors[i];
        if error.kind != YamlErrorKind::WrongType || !error.message.contains("found nothing") {
            continue;
        }
        let Some((key, column)) = key_at(text, error.start) else {
            continue;
        };
        // `when: ~` then `message:` below it: the condition written beside the `~`
        // rather than in its place. Only for a key whose value holds known keys.
        let nothing = written_as_nothing(text, error.start);
        if nothing.is_some() && value_keys(key).is_none() {
            continue;
        }
        // A key the value holds, or a misspelling of one ("mesage:" below "when:", a
        // condition meant, which a review found said as the trigger's own unknown field).
        let holds = |k: &str| {
            value_keys(key).is_none_or(|keys| {
                keys.contains(&k) || crate::diag::did_you_mean(k, keys.iter().copied()).is_some()
            })
        };
        let mut line = error.line;
        let mut below = Vec::new();
        // The unknown keys on the next lines (blank lines and comments between them
        // aside), at the key's column, one after the other.
        while let Some(next) = next_content_line(text, line) {
            let found = errors.iter().position(|e| {
                e.kind == YamlErrorKind::UnknownField
                    && e.line == next
                    && e.column == column
                    && written_key(text, e.start).is_some_and(holds)
            });
            if let Some(found) = found {
                below.push(Below::Error(found));
            } else if let Some(k) = condition_beside_not(key, text, next, column) {
                // Beside `not`, a condition is no unknown key and has no error of its
                // own: the mapping holding both is one condition too many, which serde
                // does not reach after the "found nothing" of `not`.
                below.push(Below::Key(k));
            } else {
                break;
            }
            line = next;
        }
        if below.is_empty() {
            continue;
        }
        let names: Vec<String> = below
            .iter()
            .filter_map(|b| b.key(text, errors))
            .map(|k| format!("`{k}:`"))
            .collect();
        let names = match names.as_slice() {
            [one] => one.clone(),
            [first @ .., last] => format!("{} and {last}", first.join(", ")),
            [] => continue,
        };
        let help = if let Some(nothing) = nothing {
            let (is, it, a_key) = if below.len() == 1 {
                ("is", "it", "a key")
            } else {
                ("are", "them", "keys")
            };
            format!(
                "{names} {is} at the indentation of `{key}: {nothing}` above {it}, so YAML reads `{key}` as holding nothing (`{nothing}`) and {names} as {a_key} beside it: to make {it} the value of `{key}`, delete `{nothing}` and indent {names} further than `{key}:`"
            )
        } else if below.len() == 1 {
            format!(
                "{names} is at the indentation of `{key}:` above it, so YAML reads `{key}` as holding nothing and {names} as a key beside it: indent {names} further than `{key}:` to make it the value of `{key}`"
            )
        } else {
            format!(
                "{names} are at the indentation of `{key}:` above them, so YAML reads `{key}` as holding nothing and them as keys beside it: indent them further than `{key}:` to make them the value of `{key}`"
            )
        };
        errors[i].help.push(help);
        // A misspelt key indented as told would be the next error: say it now.
        for b in &below {
            if let (Some(k), Some(keys)) = (b.key(text, errors), value_keys(key))
                && !keys.contains(&k)
                && let Some(meant) = crate::diag::did_you_mean(k, keys.iter().copied())
            {
                let help = format!("`{k}:` is not a key of `{key}`: did you mean `{meant}:`?");
                errors[i].help.push(help);
            }
        }
        dropped.extend(below.iter().filter_map(|b| match b {
            Below::Error(i) => Some(*i),
            Below::Key(_) => None,
        }));
    }
    let mut index = 0;
    errors.retain(|_| {
        index += 1;
        !dropped.contains(&(index - 1))
    });
}

/// A key written below the key with nothing, at its indentation.
enum Below<'a> {
    /// Said by the error at this index of the errors (an unknown key), dropped.
    Error(usize),
    /// Said by no error: a condition beside `not`.
    Key(&'a str),
}

impl<'a> Below<'a> {
    fn key(&self, text: &'a str, errors: &[YamlError]) -> Option<&'a str> {
        match *self {
            Below::Error(i) => written_key(text, errors[i].start),
            Below::Key(k) => Some(k),
        }
    }
}

/// The condition written on line `line` (1-based) at `column`, right after the blanks
/// that indent it (no `- ` before it), when the key with nothing above it is `not`: a
/// condition beside `not: ~` is a key of the same condition mapping, so no unknown key
/// and no error of its own. Below `when:` a condition is an unknown key of the trigger,
/// said by its error.
fn condition_beside_not(key: &str, text: &str, line: u32, column: u32) -> Option<&'static str> {
    if key != "not" {
        return None;
    }
    let written = text
        .lines()
        .nth(usize::try_from(line).ok()?.checked_sub(1)?)?;
    let indent = usize::try_from(column).ok()?.checked_sub(1)?;
    let rest = written
        .get(..indent)?
        .bytes()
        .all(|b| b == b' ')
        .then(|| &written[indent..])?;
    let k = rest.split(':').next()?.trim_end();
    CONDITIONS
        .iter()
        .copied()
        .find(|&c| c == k && rest[k.len()..].trim_start().starts_with(':'))
}

/// The key whose value is at `start` (the key's `:`, where serde-saphyr places nothing,
/// or after it), and the 1-based column of the key on its line.
fn key_at(text: &str, start: usize) -> Option<(&str, u32)> {
    let line_start = text.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let before = text.get(line_start..start)?.trim_end();
    let before = before.strip_suffix(':').unwrap_or(before);
    let key_start = before
        .trim_end_matches(|c: char| c.is_alphanumeric() || matches!(c, '_' | '-'))
        .len();
    let key = &before[key_start..];
    if key.is_empty()
        || !before[..key_start]
            .trim_start_matches([' ', '-'])
            .is_empty()
    {
        return None;
    }
    let column = u32::try_from(before[..key_start].chars().count()).ok()? + 1;
    Some((key, column))
}

/// The value at `start` when it is written, as `~` or `null`, rather than left off the
/// line (nothing after the `:` but a comment).
fn written_as_nothing(text: &str, start: usize) -> Option<&str> {
    let rest = text.get(start..).unwrap_or_default();
    let line = rest.split('\n').next().unwrap_or_default();
    let value = line.strip_prefix(':').unwrap_or(line);
    let value = value.split(" #").next().unwrap_or_default().trim();
    (!value.is_empty() && !value.starts_with('#')).then_some(value)
}

/// The keys the value of `key` may hold, where the format says: a condition's kinds, a
/// condition's or the default route's fields. `None` for a key whose value may hold
/// any key (a team's `bridges`, by trigger), or one not known here.
fn value_keys(key: &str) -> Option<&'static [&'static str]> {
    Some(match key {
        "when" | "not" => CONDITIONS,
        "default_route" => fields_of::<RawDefaultRoute>(),
        "message" => fields_of::<RawMessageCondition>(),
        "seen" => fields_of::<RawSeenCondition>(),
        "counter" => fields_of::<RawCounterCondition>(),
        "meta" => fields_of::<RawMetaCondition>(),
        "hours" => fields_of::<RawHoursCondition>(),
        _ => return None,
    })
}

/// The key written at `start` (`message` in `message: {…}`).
fn written_key(text: &str, start: usize) -> Option<&str> {
    let rest = text.get(start..)?;
    let end = rest.find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-')))?;
    Some(&rest[..end]).filter(|k| !k.is_empty())
}

/// The number of the first line after `line` (1-based) that holds more than blanks or a
/// comment.
fn next_content_line(text: &str, line: u32) -> Option<u32> {
    let skip = usize::try_from(line).ok()?;
    text.lines()
        .enumerate()
        .skip(skip)
        .find(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .and_then(|(i, _)| u32::try_from(i + 1).ok())
}
