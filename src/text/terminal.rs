//! Text for a terminal: what a transcript, a contact list or a label file holds, shown
//! so that it cannot clear the screen, set the window title or move the cursor
//! ([`escape_controls`], for whole texts such as a report or a message), and so that a
//! value quoted inside a line of words keeps that line whole and short ([`shown`], for
//! the values a diagnostic quotes). JSON, SARIF and CSV are data: they keep values as
//! they are, and their encoders escape what they must.

use std::borrow::Cow;
use std::fmt::Write as _;

/// The characters of a value [`shown`] shows, at most: a longer value is cut, with `…`.
pub const SHOWN_CHARS: usize = 80;

/// `text` with its control characters but line feed and tab escaped (`\u{1b}`), for a
/// terminal: a value from a transcript must not clear the screen or set the title.
/// Borrowed when there were none. [`crate::report::Printable`] does it for a stream.
pub fn escape_controls(text: &str) -> Cow<'_, str> {
    let is_escaped = |c: char| c.is_control() && c != '\n' && c != '\t';
    if !text.chars().any(is_escaped) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_escaped(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `value` as a line of words quotes it: its control characters (line breaks and tabs
/// too), line and paragraph separators and the marks that reorder text (bidirectional
/// overrides) escaped as Rust writes them (`\n`, `\t`, `\u{1b}`), a backslash doubled
/// so that a value holding `\n` as two characters does not read as a line break, and cut
/// after [`SHOWN_CHARS`] characters, with `…`: before a redaction mask (`[email]`) the
/// cut would fall inside, as every display cut is (`clip::outside_mask`).
/// Borrowed when it needs neither.
pub fn shown(value: &str) -> Cow<'_, str> {
    quoted(value, true, true)
}

/// `value` as a table's cell shows a conversation id, whole however long: as it is when
/// it holds nothing hidden, so that the user can copy it into `explain -c`
/// (`back\\slash` doubled was "not found" there); else in double quotes, its control
/// characters escaped as [`shown`] escapes them and its backslashes and quotes escaped
/// too, so that an escaped id never reads as another (cli42: an id holding a line break
/// and one holding the two characters `\n` both showed `a\nb`). An id that starts with
/// a quote is quoted so as well: no bare id looks like a quoted one. Borrowed when it
/// needs no quotes.
pub fn token(value: &str) -> Cow<'_, str> {
    if !value.starts_with('"') && !value.chars().any(is_hidden) {
        return Cow::Borrowed(value);
    }
    let escaped = quoted(value, true, false).replace('"', "\\\"");
    Cow::Owned(format!("\"{escaped}\""))
}

/// The id a quoted [`token`] shows (`"a\nb"`, as a table prints it), unescaped:
/// `\n`, `\r`, `\t`, `\\`, `\"` and `\u{…}`; `None` when `value` is not in double
/// quotes or holds an escape [`token`] never writes or a quote it would have escaped.
/// `explain -c` takes the id so, as copied from the table (cli42).
pub fn untoken(value: &str) -> Option<String> {
    let inner = value.strip_prefix('"')?.strip_suffix('"')?;
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return None,
            '\\' => out.push(match chars.next()? {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                '\\' => '\\',
                '"' => '"',
                'u' => {
                    let rest = chars.as_str().strip_prefix('{')?;
                    let (hex, after) = rest.split_once('}')?;
                    let code = u32::from_str_radix(hex, 16)
                        .ok()
                        .filter(|_| hex.len() <= 6)?;
                    chars = after.chars();
                    char::from_u32(code)?
                }
                _ => return None,
            }),
            c => out.push(c),
        }
    }
    Some(out)
}

/// A rule author's text (a regex, a phrase) as a diagnostic quotes it: as [`shown`], but
/// with its backslashes as written, not doubled. `regex "\\d*"` (Rust's `{:?}`) is not
/// what the author wrote; `\d*` is.
pub fn as_written(value: &str) -> Cow<'_, str> {
    quoted(value, false, true)
}

fn quoted(value: &str, double_backslashes: bool, cut: bool) -> Cow<'_, str> {
    let cut = (value.char_indices().nth(SHOWN_CHARS))
        .filter(|_| cut)
        .map(|(at, _)| super::clip::outside_mask(value, at));
    let kept = &value[..cut.unwrap_or(value.len())];
    let escaped = |c: char| (double_backslashes && c == '\\') || is_hidden(c);
    if cut.is_none() && !kept.chars().any(escaped) {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(kept.len() + 8);
    for c in kept.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\\' if double_backslashes => out.push_str("\\\\"),
            c if is_hidden(c) => {
                let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    if cut.is_some() {
        out.push('…');
    }
    Cow::Owned(out)
}

/// Names read from the data (a header's columns), each as [`shown`] shows it and quoted
/// in backticks as messages quote a name, with commas between: for an error that lists
/// them. Quoted, a column named `text, body` is not read as two. Cut after
/// [`NAMES_SHOWN`] characters (`…, and 812 more`): a compacted JSON file read as CSV
/// is a header of a thousand "columns", which made an error line of the whole file.
pub fn shown_names(names: &[String]) -> String {
    let mut out = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 && out.len() >= NAMES_SHOWN {
            let _ = write!(out, ", … and {} more", names.len() - i);
            break;
        }
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "`{}`", shown(name));
    }
    out
}

/// About how many characters [`shown_names`] lists before it cuts the list.
pub const NAMES_SHOWN: usize = 600;

/// Whether `c`, inside a quoted value, would not show as itself: a control character,
/// a line or paragraph separator, or a mark that reorders the text around it.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// cli40 review: a compacted JSON file read as CSV listed its whole text as the
    /// columns, a 20 KB error line.
    #[test]
    fn a_long_list_of_names_is_cut() {
        let names: Vec<String> = (0..1000).map(|i| format!("column{i}")).collect();
        let said = shown_names(&names);
        assert!(said.len() < NAMES_SHOWN + 40, "{}", said.len());
        assert!(said.starts_with("`column0`, `column1`, "), "{said}");
        assert!(said.ends_with(" more"), "{said}");
        let shown = said.matches('`').count() / 2;
        assert!(
            said.ends_with(&format!(", … and {} more", 1000 - shown)),
            "{said}"
        );
        assert_eq!(shown_names(&names[..3]), "`column0`, `column1`, `column2`");
    }

    /// A value with a line break broke a diagnostic's layout, and a long one
    /// filled the screen.
    #[test]
    fn a_shown_value_is_one_short_line() {
        assert_eq!(shown("2026-03-01"), Cow::Borrowed("2026-03-01"));
        assert_eq!(
            shown("a\nb\r\tc\u{1b}[2J\u{7}\u{202e}d\u{2028}"),
            "a\\nb\\r\\tc\\u{1b}[2J\\u{7}\\u{202e}d\\u{2028}"
        );
        let long = "é".repeat(SHOWN_CHARS + 1);
        assert_eq!(shown(&long), format!("{}…", "é".repeat(SHOWN_CHARS)));
        assert_eq!(shown(&long[2..]), long[2..]);
    }

    /// A long value was cut at its 80th character even inside a mask, where every
    /// other display cut moves to before the mask (`[em…` in a redacted diagnostic).
    #[test]
    fn a_shown_value_is_never_cut_inside_a_mask() {
        for mask in ["[email]", "[name]", "[NAME]", "[secret]"] {
            for before in SHOWN_CHARS - mask.len() + 1..SHOWN_CHARS {
                let value = format!("{}{mask}{}", "x".repeat(before), "y".repeat(20));
                assert_eq!(shown(&value), format!("{}…", "x".repeat(before)), "{value}");
            }
            // A mask that ends at the cut shows whole.
            let whole = format!("{}{mask}", "x".repeat(SHOWN_CHARS - mask.len()));
            assert_eq!(shown(&format!("{whole}yy")), format!("{whole}…"));
        }
        // Brackets that are no mask are cut as any text.
        let value = format!("{}[abcdef]", "x".repeat(SHOWN_CHARS - 3));
        assert_eq!(
            shown(&value),
            format!("{}[ab…", "x".repeat(SHOWN_CHARS - 3))
        );
    }

    /// A value holding a backslash and an `n` read as one holding a line break.
    #[test]
    fn a_shown_backslash_is_doubled() {
        assert_eq!(shown("a\\nb"), "a\\\\nb");
        assert_eq!(shown("a\nb"), "a\\nb");
        assert_eq!(shown("C:\\tmp"), "C:\\\\tmp");
    }

    /// cli41: a conversation id with a line break broke the replay table's row; a
    /// token's control characters are escaped as a shown value's are, but it is never
    /// cut, and (review of cli41) its backslashes stay single: `explain -c` takes the id.
    #[test]
    fn a_token_is_escaped_and_whole() {
        assert_eq!(token("conv-1"), Cow::Borrowed("conv-1"));
        assert_eq!(token("back\\slash"), Cow::Borrowed("back\\slash"));
        assert_eq!(token("a\nb\t\u{1b}c\\"), "\"a\\nb\\t\\u{1b}c\\\\\"");
        let long = "x".repeat(SHOWN_CHARS * 2);
        assert_eq!(token(&format!("{long}\n")), format!("\"{long}\\n\""));
    }

    /// cli42: an id holding a line break and one holding the two characters `\n` both
    /// showed `a\nb`. Escaped, an id is quoted, its backslashes and quotes escaped too;
    /// one that starts with a quote is quoted as well.
    #[test]
    fn an_escaped_token_reads_as_no_other() {
        assert_eq!(token("a\\nb"), Cow::Borrowed("a\\nb"));
        assert_eq!(token("a\nb"), "\"a\\nb\"");
        assert_eq!(token("\"a\\nb\""), "\"\\\"a\\\\nb\\\"\"");
        assert_eq!(token("say \"hi\""), Cow::Borrowed("say \"hi\""));
        assert_eq!(token("say\n\"hi\""), "\"say\\n\\\"hi\\\"\"");
    }

    /// cli42 review: the quoted form the table shows could not be given to `explain -c`.
    /// What [`token`] quotes, [`untoken`] gives back; what it never writes is `None`.
    #[test]
    fn a_quoted_token_reads_back() {
        for id in [
            "a\nb",
            "say\n\"hi\"",
            "\"x",
            "a\\nb\t\u{1b}c\\",
            "\u{202e}rtl",
            "é😀\r",
        ] {
            assert_eq!(untoken(&token(id)).as_deref(), Some(id), "{id:?}");
        }
        assert_eq!(untoken("\"plain\"").as_deref(), Some("plain"));
        assert_eq!(untoken("\"\"").as_deref(), Some(""));
        for bad in [
            "plain",
            "\"",
            "\"a\\qb\"",
            "\"a\"b\"",
            "\"a\\\"",
            "\"\\u{110000}\"",
            "\"\\u{zz}\"",
            "\"\\u{1b\"",
            "\"\\u{1234567}\"",
        ] {
            assert_eq!(untoken(bad), None, "{bad:?}");
        }
    }

    /// M002 quoted `regex: ['\d*']` as `"\\d*"`, Debug-escaped, not as written.
    #[test]
    fn an_authors_text_keeps_its_backslashes_and_hides_nothing() {
        assert_eq!(as_written("\\d*"), Cow::Borrowed("\\d*"));
        assert_eq!(as_written("say \"hi\""), "say \"hi\"");
        assert_eq!(as_written("a\nb\u{1b}[2J"), "a\\nb\\u{1b}[2J");
        let long = "x".repeat(SHOWN_CHARS + 1);
        assert_eq!(as_written(&long), format!("{}…", "x".repeat(SHOWN_CHARS)));
    }

    /// `the columns are: conversation_id, role, text, body` could be four columns or
    /// three, one named `text, body`: each name is quoted, its line breaks shown.
    #[test]
    fn listed_names_are_each_quoted() {
        let names = ["conversation_id", "role", "text, body", "a\nb"].map(str::to_owned);
        assert_eq!(
            shown_names(&names),
            "`conversation_id`, `role`, `text, body`, `a\\nb`"
        );
        assert_eq!(shown_names(&[]), "");
    }
}
