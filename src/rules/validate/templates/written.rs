//! Where a template's text is written in its YAML file: a rule file's text and the span
//! of a template's scalar → for each byte of the string YAML reads from it, the bytes of
//! the file that write it, through escapes (`\"`, `\n`, `\u00e9`), a single-quoted
//! scalar's `''`, and the indentation and folded line breaks of plain, quoted and block
//! (`|`, `>`) scalars. For the caret of `T001` under a token however the file spells it
//! ([`super::spans::text_span`]). The text read back must be the template: when it is
//! not (a style or an indentation this reading does not follow), it gives nothing, and
//! the caller falls back; it decides nothing about what the template means.

use std::ops::Range;

/// The bytes of `file` (a rule file's text) that write `range` of `template`, the string
/// read from the scalar at bytes `start..end` of `file` (serde-saphyr's span of it:
/// from its opening quote, or from the first character of a block scalar's first line);
/// `None` when the scalar, read again here, is not `template`, or `range` is empty.
pub(super) fn written_at(
    file: &str,
    start: usize,
    end: usize,
    template: &str,
    range: Range<usize>,
) -> Option<Range<usize>> {
    if range.is_empty() {
        return None;
    }
    let read = read(file, start, end)?;
    // A block scalar's span holds its trailing line breaks, which chomping (`|-`, `|`,
    // `|+`) keeps some of.
    let matches = if read.block {
        read.text
            .strip_prefix(template)
            .is_some_and(|rest| rest.bytes().all(|b| b == b'\n'))
    } else {
        read.text == template
    };
    if !matches {
        return None;
    }
    let first = read.from.get(range.start)?;
    let last = read.from.get(range.end - 1)?;
    Some(first.start..last.end)
}

/// A scalar read: its text, and for each byte of it the bytes of the file that wrote it.
#[derive(Debug, Default)]
struct Read {
    text: String,
    from: Vec<Range<usize>>,
    /// A block scalar's text: its trailing line breaks are all there.
    block: bool,
}

impl Read {
    fn push(&mut self, c: char, from: Range<usize>) {
        self.text.push(c);
        self.from.extend(std::iter::repeat_n(from, c.len_utf8()));
    }
}

/// The scalar at `start..end` of `file`, read in the style it is written in.
fn read(file: &str, start: usize, end: usize) -> Option<Read> {
    match file.get(start..)?.chars().next()? {
        '"' => flow(file, start + 1, Quote::Double),
        '\'' => flow(file, start + 1, Quote::Single),
        _ => match block_header(file, start) {
            Some(header) => block(file, start, end, header),
            None => flow(file, start, Quote::Plain(end)),
        },
    }
}

/// How a flow scalar is written: in double or single quotes, or plain (ending at the
/// byte given, where its span ends).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Quote {
    Double,
    Single,
    Plain(usize),
}

/// A flow scalar (quoted or plain) whose text starts at byte `at` of `file`: a line
/// break between two lines is a space (a run of `n` breaks, `n - 1` newlines), the
/// white space around it dropped; in double quotes, escapes are read, and an escaped
/// break is dropped with the next line's indentation.
fn flow(file: &str, mut at: usize, quote: Quote) -> Option<Read> {
    let mut read = Read::default();
    // White space written since the last character: kept unless a line break follows.
    let mut white: Vec<(char, Range<usize>)> = Vec::new();
    loop {
        if let Quote::Plain(end) = quote
            && at >= end
        {
            read.extend(white);
            return Some(read);
        }
        let c = file.get(at..)?.chars().next()?;
        match c {
            '"' if quote == Quote::Double => {
                read.extend(white);
                return Some(read);
            }
            '\'' if quote == Quote::Single => {
                if file.get(at + 1..at + 2) == Some("'") {
                    read.extend(white.drain(..));
                    read.push('\'', at..at + 2);
                    at += 2;
                    continue;
                }
                read.extend(white);
                return Some(read);
            }
            ' ' | '\t' => {
                white.push((c, at..at + 1));
                at += 1;
            }
            '\n' | '\r' => {
                white.clear();
                at = fold(file, at, &mut read, true)?;
            }
            '\\' if quote == Quote::Double => {
                read.extend(white.drain(..));
                let next = file.get(at + 1..)?.chars().next()?;
                if matches!(next, '\n' | '\r') {
                    // An escaped line break: no space for it.
                    at = fold(file, at + 1, &mut read, false)?;
                    continue;
                }
                let (c, len) = escape(file.get(at + 1..)?)?;
                read.push(c, at..at + 1 + len);
                at += 1 + len;
            }
            c => {
                read.extend(white.drain(..));
                read.push(c, at..at + c.len_utf8());
                at += c.len_utf8();
            }
        }
    }
}

impl Read {
    fn extend(&mut self, white: impl IntoIterator<Item = (char, Range<usize>)>) {
        for (c, from) in white {
            self.push(c, from);
        }
    }
}

/// The line break at byte `at` of `file` in a flow scalar and the empty lines after it,
/// folded into `read`: a space for the break when `spaced` and no empty line follows, a
/// newline for each empty line. Gives where the next line's text starts.
fn fold(file: &str, at: usize, read: &mut Read, spaced: bool) -> Option<usize> {
    let first = at..at + line_break(file, at)?;
    let mut at = first.end;
    let mut breaks = 0;
    loop {
        let rest = file.get(at..)?;
        let indent = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        match line_break(file, at + indent) {
            Some(len) => {
                read.push('\n', at + indent..at + indent + len);
                breaks += 1;
                at += indent + len;
            }
            None => {
                if breaks == 0 && spaced {
                    read.push(' ', first);
                }
                return Some(at + indent);
            }
        }
    }
}

/// The length of the line break at byte `at` of `file` (`\n`, `\r\n`), if one is there.
fn line_break(file: &str, at: usize) -> Option<usize> {
    let rest = file.get(at..)?;
    if rest.starts_with("\r\n") {
        Some(2)
    } else if rest.starts_with('\n') || rest.starts_with('\r') {
        Some(1)
    } else {
        None
    }
}

/// The character a double-quoted scalar's escape stands for, `rest` being what follows
/// its `\`, and how many bytes of `rest` it takes (YAML 1.2, 5.7).
fn escape(rest: &str) -> Option<(char, usize)> {
    let c = rest.chars().next()?;
    let simple = match c {
        '0' => '\0',
        'a' => '\x07',
        'b' => '\x08',
        't' | '\t' => '\t',
        'n' => '\n',
        'v' => '\x0b',
        'f' => '\x0c',
        'r' => '\r',
        'e' => '\x1b',
        ' ' => ' ',
        '"' => '"',
        '/' => '/',
        '\\' => '\\',
        'N' => '\u{85}',
        '_' => '\u{a0}',
        'L' => '\u{2028}',
        'P' => '\u{2029}',
        'x' | 'u' | 'U' => {
            let digits = match c {
                'x' => 2,
                'u' => 4,
                _ => 8,
            };
            let hex = rest.get(1..1 + digits)?;
            let code = u32::from_str_radix(hex, 16).ok()?;
            return Some((char::from_u32(code)?, 1 + digits));
        }
        _ => return None,
    };
    Some((simple, 1))
}

/// A block scalar's header: literal (`|`) or folded (`>`).
#[derive(Clone, Copy)]
struct Header {
    folded: bool,
}

/// The header of the block scalar whose first line's text starts at byte `start` of
/// `file`: found at the end of the last line before it that is not blank (a comment
/// after it allowed); `None` when the scalar is not a block one.
fn block_header(file: &str, start: usize) -> Option<Header> {
    let line_start = file.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    if !file.get(line_start..start)?.bytes().all(|b| b == b' ') {
        return None;
    }
    let before = file.get(..line_start)?;
    let line = before.lines().rev().find(|l| !l.trim().is_empty())?;
    // A comment starts at a `#` after white space.
    let line = match line.find(" #").or_else(|| line.find("\t#")) {
        Some(i) => &line[..i],
        None => line,
    };
    let line = line.trim_end();
    let indicators = line.trim_end_matches(|c: char| c.is_ascii_digit() || c == '+' || c == '-');
    let (head, folded) = match indicators.strip_suffix('>') {
        Some(head) => (head, true),
        None => (indicators.strip_suffix('|')?, false),
    };
    // The indicator stands alone: after a key's `:`, a list's `-`, a tag or the start.
    if !(head.is_empty() || head.ends_with([' ', '\t'])) {
        return None;
    }
    Some(Header { folded })
}

/// A block scalar whose first line's text starts at byte `start` of `file`, its lines
/// running to `end`: each line without the indentation of the first; a literal one's
/// line breaks kept, a folded one's between two lines of text (not more indented) a
/// space, or dropped before empty lines (each a newline).
fn block(file: &str, start: usize, end: usize, header: Header) -> Option<Read> {
    let line_start = file.get(..start)?.rfind('\n').map_or(0, |i| i + 1);
    let indent = start - line_start;
    let mut read = Read {
        block: true,
        ..Read::default()
    };
    let mut at = line_start;
    // Whether the last line of text was more indented (or none came yet), and the break
    // after it, not yet written.
    let mut last: Option<(bool, Range<usize>)> = None;
    let mut empty: Vec<Range<usize>> = Vec::new();
    while at < end {
        let rest = file.get(at..end)?;
        let len = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let line = &rest[..len];
        let brk = at + len..at + len + line_break(file, at + len).unwrap_or(0);
        let text = line.get(indent..).filter(|_| line.len() > indent);
        let Some(text) = text.filter(|_| line.get(..indent).is_some_and(|l| l.trim().is_empty()))
        else {
            if !line.trim_matches(' ').is_empty() {
                // Less indented and not blank: not this scalar's line.
                return None;
            }
            empty.push(brk.clone());
            at = brk.end.max(at + len + 1);
            continue;
        };
        let spaced = text.starts_with([' ', '\t']);
        if let Some((last_spaced, last_break)) = last.take() {
            if header.folded && !spaced && !last_spaced {
                if empty.is_empty() {
                    read.push(' ', last_break);
                }
            } else {
                read.push('\n', last_break);
            }
        }
        for e in empty.drain(..) {
            read.push('\n', e);
        }
        let from = at + indent;
        for (i, c) in text.char_indices() {
            read.push(c, from + i..from + i + c.len_utf8());
        }
        last = Some((spaced, brk.clone()));
        if brk.is_empty() {
            break;
        }
        at = brk.end;
    }
    if let Some((_, last_break)) = last
        && !last_break.is_empty()
    {
        read.push('\n', last_break);
    }
    for e in empty {
        read.push('\n', e);
    }
    Some(read)
}

#[cfg(test)]
mod tests;
