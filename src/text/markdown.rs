//! Text for Markdown (`CommonMark` and GitHub's or GitLab's flavour): what a transcript, a
//! contact list or the rules wrote, escaped so that it shows as the words it is and never
//! as structure, links, HTML, mentions or issue references.
//!
//! Takes any text; gives one line of inline Markdown ([`escape_markdown`]) that holds in
//! a table cell, a list item, a heading or a paragraph; a quote, line by line ([`quote`]);
//! a code span ([`code_span`], [`code_cell`] for a table); or text inside an HTML element
//! such as `<summary>` ([`escape_html_line`]). Where these go is the writers' business
//! (explain, packets, diff, coverage): any of those places holds them.

/// Whether `c` ends a line in Markdown, HTML or a text editor: what [`escape_markdown`]
/// shows as `<br>`. A carriage return followed by a line feed is one break.
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

/// `text` split at its line breaks, whatever their kind (`\r\n` is one).
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let text = rest?;
        match text.find(is_line_break) {
            Some(at) => {
                let after = if text[at..].starts_with("\r\n") {
                    at + 2
                } else {
                    at + text[at..].chars().next().map_or(1, char::len_utf8)
                };
                rest = Some(&text[after..]);
                Some(&text[..at])
            }
            None => {
                rest = None;
                Some(text)
            }
        }
    })
}

/// `text` escaped for Markdown, on one line: its line breaks as `<br>`, so that no line
/// of it starts a block and a table cell holds it; what would start a block at the start
/// of a line (`-`, `+`, `=`, `1.`, `1)`, and `#`, `>`, `|`, fences, which are escaped
/// everywhere) escaped there; its indentation one space (more would make code); and
/// what it would otherwise read as code, links, HTML, entities (`&lt;`), table cells,
/// emphasis or strike-through escaped. Two things GitHub and GitLab would link are broken by
/// a zero-width space (`&#8203;`) after their first character: `@name`, a mention that
/// notifies, and `#123`, an issue or pull-request reference. Underscores inside words
/// are not emphasis, and field names are full of them: left alone. Other control
/// characters show as a space.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, line) in lines(text).enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        escape_line(line, &mut out);
    }
    out
}

/// `text` as a Markdown quote: each of its lines after `> `, escaped as
/// [`escape_markdown`] escapes it, so that every line break stays inside the quote.
pub fn quote(text: &str) -> String {
    let quoted: Vec<String> = lines(text)
        .map(|line| match escape_markdown(line) {
            line if line.is_empty() => ">".to_owned(),
            line => format!("> {line}"),
        })
        .collect();
    quoted.join("\n")
}

/// One line of text, escaped, onto `out`.
fn escape_line(line: &str, out: &mut String) {
    // Indentation would make code of a line the writer starts with `- ` or `> `: a
    // space of it stays, for a text that follows other words.
    let unindented = line.trim_start_matches([' ', '\t']);
    if unindented.len() < line.len() {
        out.push(' ');
    }
    let line = unindented;
    let skip = block_start(line, out);
    let mut prev = line[..skip].chars().next_back();
    let mut chars = line[skip..].chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        let intraword = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        match c {
            // An issue or merge-request reference would link (GitHub, GitLab).
            '#' if starts_reference(next) => out.push_str("#&#8203;"),
            '\\' | '*' | '`' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '_' if !(intraword(prev) && intraword(next)) => out.push_str("\\_"),
            // An entity begins `&#` or `&` and a letter: "A & B" stays as it is.
            '&' if next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '#') => {
                out.push_str("\\&");
            }
            '@' if starts_mention(prev, next) => out.push_str("@&#8203;"),
            c if c.is_control() && c != '\t' => out.push(' '),
            _ => out.push(c),
        }
        prev = Some(c);
    }
}

/// Escapes, onto `out`, what would start a block at the start of `line` and is not
/// escaped wherever it stands: a list item (`-`, `+`, `1.`, `1)`), a thematic break
/// (`---`) or a setext heading's underline (`===`, `---`). Returns how many bytes of
/// `line` it wrote.
fn block_start(line: &str, out: &mut String) -> usize {
    if let Some(c @ ('-' | '+' | '=')) = line.chars().next() {
        out.push('\\');
        out.push(c);
        return 1;
    }
    let digits = line.len() - line.trim_start_matches(|c: char| c.is_ascii_digit()).len();
    // CommonMark's ordered list items have at most nine digits.
    if (1..=9).contains(&digits) && matches!(line.as_bytes().get(digits), Some(b'.' | b')')) {
        out.push_str(&line[..digits]);
        out.push('\\');
        out.push(char::from(line.as_bytes()[digits]));
        return digits + 1;
    }
    0
}

/// Whether an `@` between `prev` and `next` would start a GitHub mention (`@name`,
/// `@org/team`): a letter or digit follows it and no word character comes before it.
fn starts_mention(prev: Option<char>, next: Option<char>) -> bool {
    next.is_some_and(|c| c.is_ascii_alphanumeric())
        && !prev.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// Whether a `#` before `next` would start an issue or pull-request reference (`#123`),
/// which GitHub and GitLab link, and GitHub cross-references from the issue. Broken
/// wherever it stands: a word before it (`PR#12`) is no sure protection.
fn starts_reference(next: Option<char>) -> bool {
    next.is_some_and(|c| c.is_ascii_digit())
}

/// A value as a code span, on one line (a line break or other control character shows
/// as a space): fenced by one backtick more than the longest run of them in it, with a
/// space inside each fence when it holds a backtick (so that one at either end is not
/// taken for the fence), as the `CommonMark` spec has it. Not for a table: see
/// [`code_cell`].
pub fn code_span(value: &str) -> String {
    let value = value.replace(|c: char| c.is_control() || is_line_break(c), " ");
    let (mut longest, mut run) = (0, 0);
    for c in value.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    let fence = "`".repeat(longest + 1);
    // CommonMark strips one space from each end when both have one: put it back.
    let spaced = value.starts_with(' ') && value.ends_with(' ') && !value.trim().is_empty();
    if longest > 0 || spaced {
        format!("{fence} {value} {fence}")
    } else if value.is_empty() {
        "` `".to_owned()
    } else {
        format!("{fence}{value}{fence}")
    }
}

/// A value as a code span in a table cell; as escaped text ([`escape_markdown`]) when it
/// holds a `|`, which would end the cell inside a code span too (GitHub's tables take
/// `\|` there for a pipe, but then a backslash of the value before it would escape the
/// escape).
pub fn code_cell(value: &str) -> String {
    if value.contains('|') {
        escape_markdown(value)
    } else {
        code_span(value)
    }
}

/// Text inside HTML (a `<summary>`), where Markdown's backslash escapes do not work: its
/// `&`, `<`, `>` and `"` as entities, all on one line (a blank line would end the HTML),
/// and an `@` that would start a mention or a `#` an issue reference followed by a
/// zero-width space.
pub fn escape_html_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut prev = None;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied();
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '@' if starts_mention(prev, next) => out.push_str("@&#8203;"),
            '#' if starts_reference(next) => out.push_str("#&#8203;"),
            c if c.is_control() || is_line_break(c) => out.push(' '),
            c => out.push(c),
        }
        prev = Some(c);
    }
    out
}

#[cfg(test)]
mod tests;
