//! Text for Markdown (`CommonMark` and GitHub's or GitLab's flavour): what a transcript, a
//! contact list or the rules wrote, escaped so that it shows as the words it is and never
//! as structure, Markdown links, HTML, maths, mentions or issue references (a web or
//! e-mail address stays whole, to be copied).
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
/// emphasis, strike-through or maths (`$`) escaped. A mention (`@name`, which notifies)
/// and an issue or merge-request reference (`#123`, `!123`, `GH-123`) are broken by a
/// zero-width space (`&#8203;`); web and e-mail addresses are left whole, to be copied
/// (GitHub may link them). Underscores inside words
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
    for (i, c) in line[skip..].char_indices() {
        // Most characters stand for themselves wherever they are: written without
        // looking at their neighbours (which made escaping most of a packet's cost).
        if may_escape(c) {
            let (before, rest) = (&line[..skip + i], &line[skip + i + c.len_utf8()..]);
            escape_char(before, c, rest, out);
        } else {
            out.push(c);
        }
    }
}

/// `c` between `before` and `rest` on its line, escaped where it stands, onto `out`.
fn escape_char(before: &str, c: char, rest: &str, out: &mut String) {
    let (prev, next) = (before.chars().next_back(), rest.chars().next());
    let intraword = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    if let Some(broken) = link_break(before, c, rest) {
        out.push_str(broken);
        return;
    }
    match c {
        '\\' | '*' | '`' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '$' => {
            out.push('\\');
            out.push(c);
        }
        '_' if !(intraword(prev) && intraword(next)) => out.push_str("\\_"),
        // An entity begins `&#` or `&` and a letter: "A & B" stays as it is.
        '&' if next.is_some_and(|c| c.is_ascii_alphanumeric() || c == '#') => {
            out.push_str("\\&");
        }
        c if c.is_control() && c != '\t' => out.push(' '),
        _ => out.push(c),
    }
}

/// Whether [`escape_char`] may write `c` otherwise than as it is: a character that
/// [`link_break`] breaks or that is escaped in some place, or a control character. Kept
/// by hand, for the characters most text is made of to be written at once; a test
/// holds it to `escape_char`.
fn may_escape(c: char) -> bool {
    matches!(
        c,
        '@' | '#'
            | '!'
            | '-'
            | '\\'
            | '*'
            | '`'
            | '['
            | ']'
            | '<'
            | '>'
            | '|'
            | '~'
            | '$'
            | '_'
            | '&'
    ) || (c.is_control() && c != '\t')
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

/// What to write for `c`, between `before` and `rest` on its line, when it would make a
/// reference GitHub or GitLab acts on: the character with a zero-width space (`&#8203;`)
/// on the side that breaks the pattern. A mention, which notifies (`@name`, not in an
/// e-mail address), and an issue or merge-request reference (`#123`, `!123`, `GH-123`: a
/// word before them is no sure protection), which links and cross-references the issue.
/// Web and e-mail addresses are left whole: they are what the customer wrote, and the
/// person who reads a packet must be able to copy them (a zero-width space would go
/// with the copy); GitHub may show them as links.
fn link_break(before: &str, c: char, rest: &str) -> Option<&'static str> {
    let (prev, next) = (before.chars().next_back(), rest.chars().next());
    let ends_word = |word: &[u8]| {
        let before = before.as_bytes();
        before.len() >= word.len()
            && before[before.len() - word.len()..].eq_ignore_ascii_case(word)
            && !before[..before.len() - word.len()]
                .last()
                .is_some_and(u8::is_ascii_alphanumeric)
    };
    match c {
        '@' if next.is_some_and(|c| c.is_ascii_alphanumeric())
            && !prev.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_') =>
        {
            Some("@&#8203;")
        }
        '#' if next.is_some_and(|c| c.is_ascii_digit()) => Some("#&#8203;"),
        '!' if next.is_some_and(|c| c.is_ascii_digit()) => Some("!&#8203;"),
        '-' if next.is_some_and(|c| c.is_ascii_digit()) && ends_word(b"gh") => Some("-&#8203;"),
        _ => None,
    }
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
/// and what would link broken by a zero-width space, as [`escape_markdown`] breaks it.
pub fn escape_html_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let (before, rest) = (&text[..i], &text[i + c.len_utf8()..]);
        if let Some(broken) = link_break(before, c, rest) {
            out.push_str(broken);
            continue;
        }
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c if c.is_control() || is_line_break(c) => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests;
