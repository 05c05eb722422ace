//! Help for a value cut short by a comment: ` #` starts a comment in
//! YAML, inside `[ … ]` and `{ … }` too, so `ignore_columns: [Message #]` leaves the `[`
//! unclosed. Takes the text and the error's line; gives the help, with the line written
//! as it should be when quoting the value is only adding quotes, or nothing when no
//! value there is cut by a ` #`.

/// Lines of a flow collection looked at, from the line it opens on.
const MAX_LINES: usize = 20;

/// The help for a syntax error at `line` (1-based) of `text`, when a plain value on it
/// (or on the lines of the flow collection it opens) holds ` #`, or one in a flow
/// collection opened on a line above it and still open there (the parser may stumble
/// over what follows the cut first: a `:` on the next line).
pub(super) fn help(text: &str, line: u32) -> Option<String> {
    let at = usize::try_from(line).ok()?.checked_sub(1)?;
    let lines: Vec<&str> = text.lines().take(at + MAX_LINES).collect();
    if let Some(help) = lines.get(at..).and_then(|below| cut_from(below, at + 1)) {
        return Some(help);
    }
    let first = at.saturating_sub(MAX_LINES);
    let above = lines.get(first..at)?;
    (0..above.len())
        .rev()
        .find_map(|from| cut_open_over(&above[from..], first + from + 1))
}

/// The help for the first value cut by ` #` in `lines`, read from the first line on
/// while a flow collection opened there is open (at most [`MAX_LINES`]); the first is
/// line `number` of the text.
fn cut_from(lines: &[&str], number: usize) -> Option<String> {
    let mut depth = 0usize;
    for (n, l) in lines.iter().take(MAX_LINES).enumerate() {
        if let Some(cut) = cut_value(l, &mut depth, false) {
            return Some(cut.help(l, number + n));
        }
        if depth == 0 || n + 1 == MAX_LINES {
            return None;
        }
    }
    None
}

/// The help for a value cut by ` #` inside a flow collection opened on the first of
/// `lines` (line `number` of the text) and open at the end of each of them.
fn cut_open_over(lines: &[&str], number: usize) -> Option<String> {
    let mut depth = 0usize;
    let mut found = None;
    for (n, l) in lines.iter().enumerate() {
        if let Some(cut) = cut_value(l, &mut depth, true) {
            found.get_or_insert_with(|| cut.help(l, number + n));
        }
        if depth == 0 {
            return None;
        }
    }
    found
}

/// A plain value with ` #` in it: the byte range of the value as the user meant it, and
/// where the comment starts.
#[derive(Debug, PartialEq, Eq)]
struct Cut {
    start: usize,
    hash: usize,
    end: usize,
}

impl Cut {
    /// The help for this cut of `line`, line number `n` (1-based).
    fn help(&self, line: &str, n: usize) -> String {
        let meant = line[self.start..self.end].trim_end();
        let kept = line[self.start..self.hash].trim_end();
        let quoted = if !meant.contains(['"', '\\']) {
            Some(format!("\"{meant}\""))
        } else if !meant.contains('\'') {
            Some(format!("'{meant}'"))
        } else {
            None
        };
        let example = quoted.map_or_else(String::new, |q| {
            let written = format!(
                "{}{q}{}",
                &line[..self.start],
                &line[self.start + meant.len()..]
            );
            let written = written.trim();
            if written.chars().count() <= 80 {
                format!(", as in `{written}`")
            } else {
                format!(": `{q}`")
            }
        });
        format!(
            "` #` starts a comment in YAML, also inside `[ ]` and `{{ }}`: on line {n}, `{meant}` \
             is read as `{kept}` and the rest of the line is left out; quote a value that holds \
             ` #`{example}"
        )
    }
}

/// The first plain value of `line` that a ` #` cuts, if any, `depth` being how many flow
/// collections are open at its start (updated to the end of the line when none is).
/// Inside a flow collection any ` #` after a value cuts it; outside one (unless
/// `flow_only`), only a `#` with no space after it (`Ticket #1`): `value # note` is how
/// comments are written.
fn cut_value(line: &str, depth: &mut usize, flow_only: bool) -> Option<Cut> {
    let mut quote: Option<char> = None;
    let mut start: Option<usize> = None;
    let mut chars = line.char_indices().peekable();
    let mut previous = ' ';
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map_or(' ', |&(_, n)| n);
        if let Some(q) = quote {
            if c == q {
                quote = None;
            } else if q == '"' && c == '\\' {
                chars.next();
            }
            previous = c;
            continue;
        }
        match c {
            '#' if previous == ' ' || previous == '\t' => {
                let cut = start.filter(|_| *depth > 0 || (!flow_only && !next.is_whitespace()));
                return cut.map(|start| Cut {
                    start,
                    hash: i,
                    end: value_end(line, i, *depth),
                });
            }
            '"' | '\'' if start.is_none() => quote = Some(c),
            '[' | '{' if start.is_none() => *depth += 1,
            ']' | '}' if *depth > 0 => {
                *depth -= 1;
                start = None;
            }
            ',' if *depth > 0 => start = None,
            ':' if next.is_whitespace() => start = None,
            '-' if start.is_none() && next.is_whitespace() => {}
            ' ' | '\t' => {}
            _ => {
                start.get_or_insert(i);
            }
        }
        previous = c;
    }
    None
}

/// Where the value cut at byte `hash` was meant to end: at the next `,`, `]` or `}` in a
/// flow collection, at the end of the line outside one.
fn value_end(line: &str, hash: usize, depth: usize) -> usize {
    if depth == 0 {
        return line.len();
    }
    line[hash..]
        .find([',', ']', '}'])
        .map_or(line.len(), |at| hash + at)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `[Message #]` gave "unclosed bracket" and no hint of the comment.
    #[test]
    fn a_hash_in_a_flow_list_is_a_comment() {
        let help = super::help("input:\n  ignore_columns: [Message #]\n", 2).unwrap();
        assert_eq!(
            help,
            "` #` starts a comment in YAML, also inside `[ ]` and `{ }`: on line 2, `Message #` is \
             read as `Message` and the rest of the line is left out; quote a value that holds ` #`, as \
             in `ignore_columns: [\"Message #\"]`"
        );
        let help = super::help("x: [a, Ticket #, b]\n", 1).unwrap();
        assert!(help.ends_with("as in `x: [a, \"Ticket #\", b]`"), "{help}");
        // A flow mapping opened on the error's line, the value on a line below it.
        let help = super::help("columns: {\n  text: Body,\n  id: It's #, role: x }\n", 1).unwrap();
        assert!(
            help.contains("on line 3, `It's #` is read as `It's`"),
            "{help}"
        );
        assert!(
            help.ends_with("as in `id: \"It's #\", role: x }`"),
            "{help}"
        );
        let help = super::help("x: [say \"hi\" #1]\n", 1).unwrap();
        assert!(help.ends_with("as in `x: ['say \"hi\" #1']`"), "{help}");
        let help = super::help("x: [it's \"a\" #1]\n", 1).unwrap();
        assert!(help.ends_with("quote a value that holds ` #`"), "{help}");
    }

    #[test]
    fn a_hash_after_a_plain_word_with_no_space_after_it_is_a_cut_value() {
        let help = super::help("bridge: Hi, this is ticket #4 on\n", 1).unwrap();
        assert!(help.contains("`Hi, this is ticket #4 on` is read as `Hi, this is ticket`"));
        let long = format!("name: {} #1\n", "x".repeat(90));
        assert!(
            super::help(&long, 1)
                .unwrap()
                .ends_with(&format!(": `\"{} #1\"`", "x".repeat(90)))
        );
    }

    #[test]
    fn comments_that_cut_nothing_get_no_help() {
        for text in [
            "team: vip-desk  # the VIP team\n",
            "x: [a, b] # note\n",
            "x: [a, b]#1\n",
            "x: \"Message #\"\n",
            "x: ['Message #', \"a\\\" #1\"]\n",
            "# a comment #1\n",
            "x: [a, # note\n  b]\n",
            "- #1\n",
            "a: [b\n",
        ] {
            assert_eq!(help(text, 1), None, "{text:?}");
        }
        assert_eq!(help("a: 1\n", 0), None);
        assert_eq!(help("a: 1\n", 5), None);
        // Above the error's line, only a flow collection still open at it counts.
        let found = super::help("input:\n  ignore_columns: [Message #]\n  colums: {}\n", 3);
        let found = found.unwrap();
        assert!(found.contains(": on line 2, `Message #`"), "{found}");
        assert!(found.ends_with("as in `ignore_columns: [\"Message #\"]`"));
        assert_eq!(super::help("a: Ticket #1\nb: [x\n", 2), None);
        // `]` is in the comment: the `[` is open on the next line.
        assert!(super::help("a: [Ticket #1]\nb: [x\n", 2).is_some());
        assert_eq!(super::help("a: [Ticket #1\n]\nb: c\n  d: e\n", 4), None);
        // A flow collection is followed for so many lines only.
        let far = format!("x: [\n{}  Message #]\n", "  a,\n".repeat(MAX_LINES));
        assert_eq!(help(&far, 1), None);
    }
}
