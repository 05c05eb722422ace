//! The replay summary's lines wrapped to a terminal's width, as the table above them is:
//! takes the summary's text (its control characters escaped) and a width; gives each
//! line broken between words, its later lines hanging under its first. A count line
//! (`  by trigger: frustration 7, human-request 6, …`) is broken only between its
//! counts, each `name N` whole, its later lines under its first count. Does not choose
//! the width: `replay` does, as the table's is chosen.

use unicode_width::UnicodeWidthStr;

/// How far a wrapped line's later lines are indented past its own indent.
const HANG: usize = 2;

/// The labels of the count lines, as [`super::Summary::render`] writes them.
const COUNT_LABELS: [&str; 2] = ["  by trigger: ", "  by team:    "];

/// `text` with each line longer than `width` columns broken between words (a count
/// line between counts); a word wider than a line alone is on a line of its own.
pub fn wrap(text: &str, width: u16) -> String {
    let width = usize::from(width).max(1);
    let mut out = String::with_capacity(text.len());
    for line in text.lines() {
        if line.width() <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let (head, units, hang) = match COUNT_LABELS.iter().find(|l| line.starts_with(*l)) {
            Some(label) => {
                let counts: Vec<&str> = line[label.len()..].split_inclusive(", ").collect();
                (*label, counts, label.width())
            }
            None => {
                let indent = line.len() - line.trim_start_matches(' ').len();
                (&line[..indent], labelled(&line[indent..]), indent + HANG)
            }
        };
        for wrapped in lines_of(head, &units, hang, width) {
            out.push_str(wrapped.trim_end());
            out.push('\n');
        }
    }
    out
}

/// The words of `text`, each with the space after it, a number kept with the word
/// before it (`later 1,`, `missed 1)`): a label is not parted from its count.
fn labelled(text: &str) -> Vec<&str> {
    let mut units: Vec<&str> = Vec::new();
    let mut start = 0;
    for word in text.split_inclusive(' ') {
        let at = word.as_ptr() as usize - text.as_ptr() as usize;
        if !units.is_empty() && word.starts_with(|c: char| c.is_ascii_digit()) {
            units.pop();
        } else {
            start = at;
        }
        units.push(&text[start..at + word.len()]);
    }
    units
}

/// `units` (each with the space after it) after `head`, in lines at most `width` wide,
/// the lines after the first indented `hang`, the same on every line: [`HANG`] where
/// the widest unit would not fit after `hang` (a narrow terminal), so that the lines
/// stay aligned rather than each indented by what room its unit leaves.
fn lines_of(head: &str, units: &[&str], hang: usize, width: usize) -> Vec<String> {
    let widest = units
        .iter()
        .map(|u| u.trim_end().width())
        .max()
        .unwrap_or(0);
    let hang = if hang + widest <= width {
        hang
    } else {
        hang.min(HANG)
    };
    let mut lines = Vec::new();
    let mut current = head.to_owned();
    let mut fresh = true;
    for unit in units {
        let used = current.trim_end().width();
        if !fresh && used + unit.trim_end().width() > width {
            lines.push(std::mem::take(&mut current));
            current = " ".repeat(hang);
        }
        current.push_str(unit);
        fresh = false;
    }
    lines.push(current);
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    /// At 80 columns the starter rules' `by trigger:` line was 138 wide.
    #[test]
    fn a_count_line_is_broken_between_counts_under_its_first() {
        let text = "escalated 24 of 33 (72.7%)\n  by trigger: frustration 7, human-request 6, bot-loop 3, pricing-negotiation 3, legal-compliance 2, technical-question 2, billing-issue 1\n  by team:    frontline 12, senior-ae 6\n";
        assert_eq!(
            wrap(text, 80),
            "escalated 24 of 33 (72.7%)
  by trigger: frustration 7, human-request 6, bot-loop 3, pricing-negotiation 3,
              legal-compliance 2, technical-question 2, billing-issue 1
  by team:    frontline 12, senior-ae 6
"
        );
        for line in wrap(text, 40).lines() {
            assert!(line.width() <= 40, "{line}");
        }
        // At 20 to 32 columns, where a count does not fit after the label, the later
        // lines of a count line keep one indent (2), not each the room its count leaves.
        for line in text.lines().skip(1) {
            for width in 20..=32 {
                let wrapped = wrap(&format!("{line}\n"), width);
                let indents: std::collections::BTreeSet<usize> = wrapped
                    .lines()
                    .skip(1)
                    .map(|l| l.len() - l.trim_start().len())
                    .collect();
                assert!(indents.len() <= 1, "{width}:\n{wrapped}");
            }
        }
        // A count is never parted from its name.
        assert!(wrap(text, 40).contains("pricing-negotiation 3,"));
    }

    #[test]
    fn other_lines_are_broken_between_words_hanging() {
        let text =
            "actual handoffs in the transcripts: 3 (rules earlier 1, same 0, later 1, missed 1)\n";
        assert_eq!(
            wrap(text, 40),
            "actual handoffs in the transcripts: 3
  (rules earlier 1, same 0, later 1,
  missed 1)
"
        );
        // A word wider than the line is alone on its line, not cut.
        let x = "x".repeat(30);
        assert_eq!(wrap(&format!("a {x} b\n"), 10), format!("a\n  {x}\n  b\n"));
        // cli39 review: at 20 to 32 columns the later lines were each indented by the
        // room their word left (right-aligned), and `missed` was parted from its `1)`.
        for width in 20..=32 {
            let wrapped = wrap(text, width);
            for later in wrapped.lines().skip(1) {
                assert!(
                    later.starts_with("  ") && !later.starts_with("   "),
                    "{width}:\n{wrapped}"
                );
                assert!(
                    !later.trim_start().starts_with(|c: char| c.is_ascii_digit()),
                    "{width}:\n{wrapped}"
                );
            }
            assert!(
                wrapped.contains("missed 1)") && wrapped.contains("later 1,"),
                "{width}:\n{wrapped}"
            );
        }
        // What fits is as it was.
        assert_eq!(wrap(text, 200), text);
    }
}
