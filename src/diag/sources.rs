//! The source files diagnostics quote: each file's path and text, with where its lines
//! start, found once when the file is added.
//!
//! Takes a file's text; gives a byte offset's line and column ([`Sources::line_col`]) and
//! the whole lines a span touches ([`SourceFile::lines_of`]), each by a binary search of
//! the line starts: a file with many diagnostics (10,000 unknown keys) is not scanned
//! from its start for each one. Reads no file and renders nothing (`render.rs` does).

use std::ops::Range;
use std::path::{Path, PathBuf};

use super::{FileId, Location, Span};

/// One source file whose text is kept so diagnostics can quote it.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    pub text: String,
    /// The byte offset at which each line starts: 0, and after every `\n`.
    line_starts: Vec<usize>,
}

impl SourceFile {
    fn new(path: PathBuf, text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1))
            .collect();
        SourceFile {
            path,
            text,
            line_starts,
        }
    }

    /// The 0-based index of the line that byte `offset` is on.
    fn line_of(&self, offset: usize) -> usize {
        // `line_starts[0]` is 0, so at least one start is ≤ any offset.
        self.line_starts.partition_point(|&start| start <= offset) - 1
    }

    /// 1-based line and character column of byte `offset` (clamped to the text); `None`
    /// when it falls inside a character.
    pub fn line_col(&self, offset: usize) -> Option<(u32, u32)> {
        let offset = offset.min(self.text.len());
        let line = self.line_of(offset);
        let column = self
            .text
            .get(self.line_starts[line]..offset)?
            .chars()
            .count()
            + 1;
        Some((
            u32::try_from(line + 1).unwrap_or(u32::MAX),
            u32::try_from(column).unwrap_or(u32::MAX),
        ))
    }

    /// The whole lines that the byte `range` touches (each with its line break): their
    /// byte range in the text and the 1-based number of the first. A renderer given only
    /// these lines, numbered from there, draws what it draws given the whole text.
    pub(crate) fn lines_of(&self, range: &Range<usize>) -> (usize, Range<usize>) {
        let len = self.text.len();
        let (start, end) = (range.start.min(len), range.end.min(len).max(range.start));
        // The end of a text that ends with a line break is drawn at the end of its last
        // line, not on an empty line after it.
        let line = |offset| match self.line_of(offset) {
            line if line > 0 && self.line_starts[line] == len => line - 1,
            line => line,
        };
        let (first, last) = (line(start), line(end));
        let until = self.line_starts.get(last + 1).copied().unwrap_or(len);
        (first + 1, self.line_starts[first]..until)
    }
}

/// The rule files a rule set was loaded from.
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn add(&mut self, path: PathBuf, text: String) -> FileId {
        let id = u32::try_from(self.files.len()).unwrap_or(u32::MAX);
        self.files.push(SourceFile::new(path, text));
        FileId(id)
    }

    pub fn get(&self, id: FileId) -> Option<&SourceFile> {
        self.files.get(id.0 as usize)
    }

    pub fn files(&self) -> &[SourceFile] {
        &self.files
    }

    pub fn by_path(&self, path: &Path) -> Option<&SourceFile> {
        self.files.iter().find(|f| f.path == path)
    }

    /// 1-based line and character column of byte `offset` in the file at `path`.
    pub fn line_col(&self, path: &Path, offset: usize) -> Option<(u32, u32)> {
        self.by_path(path)?.line_col(offset)
    }

    /// The location a span points at, for a diagnostic. Its range stops at the last
    /// character that is not a blank or a line break: a block scalar's span (a too-long
    /// bridge template written `|`, `S009`) runs over the blank lines after its text to
    /// the next key, which the underline would run into.
    pub fn location(&self, span: Span) -> Location {
        let file = self.get(span.file);
        let path = file.map_or_else(PathBuf::new, |f| f.path.clone());
        let end = file
            .and_then(|f| f.text.get(span.start..span.end))
            .map(|text| text.trim_end_matches([' ', '\t', '\r', '\n']))
            .filter(|text| !text.is_empty())
            .map_or(span.end, |text| span.start + text.len());
        Location {
            path,
            line: span.line,
            column: Some(span.column),
            range: (span.end >= span.start).then_some(span.start..end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> SourceFile {
        SourceFile::new(PathBuf::from("f.yaml"), text.to_owned())
    }

    #[test]
    fn line_and_column_at_start_middle_end_after_crlf_and_wide_characters() {
        let text = "ab\r\ncdé€f\n\nlast";
        let f = file(text);
        let at = |needle: &str| text.find(needle).unwrap();
        assert_eq!(f.line_col(0), Some((1, 1)), "start");
        assert_eq!(f.line_col(1), Some((1, 2)));
        // The `\r` of a CRLF ends its line's characters; the next line starts after `\n`.
        assert_eq!(f.line_col(2), Some((1, 3)), "at the \\r");
        assert_eq!(f.line_col(3), Some((1, 4)), "at the \\n");
        assert_eq!(f.line_col(at("cd")), Some((2, 1)), "after CRLF");
        // Columns count characters, not bytes: `é` is 2 bytes, `€` 3.
        assert_eq!(
            f.line_col(at("€")),
            Some((2, 4)),
            "after a 2-byte character"
        );
        assert_eq!(
            f.line_col(at("f\n")),
            Some((2, 5)),
            "after a 3-byte character"
        );
        assert_eq!(f.line_col(at("é") + 1), None, "inside a character");
        assert_eq!(
            f.line_col(at("\n\nlast") + 1),
            Some((3, 1)),
            "an empty line"
        );
        assert_eq!(f.line_col(at("last")), Some((4, 1)));
        assert_eq!(f.line_col(text.len()), Some((4, 5)), "end");
        assert_eq!(f.line_col(text.len() + 10), Some((4, 5)), "past the end");
        assert_eq!(file("").line_col(0), Some((1, 1)));
        assert_eq!(
            file("a\n").line_col(2),
            Some((2, 1)),
            "after a final line break"
        );
    }

    #[test]
    fn the_lines_a_range_touches_are_whole() {
        let text = "one\ntwo\r\nthree\nfour";
        let f = file(text);
        let at = |needle: &str| text.find(needle).unwrap();
        let lines = |range: Range<usize>| {
            let (first, bytes) = f.lines_of(&range);
            (first, &text[bytes])
        };
        assert_eq!(lines(0..1), (1, "one\n"));
        assert_eq!(lines(at("wo")..at("wo") + 2), (2, "two\r\n"));
        assert_eq!(lines(at("wo")..at("hree")), (2, "two\r\nthree\n"));
        assert_eq!(lines(at("four")..text.len()), (4, "four"));
        assert_eq!(lines(text.len()..text.len()), (4, "four"));
        let text = "one\n";
        let (first, bytes) = file(text).lines_of(&(text.len()..text.len()));
        assert_eq!(
            (first, &text[bytes]),
            (1, "one\n"),
            "the end, after a line break"
        );
        // A range that ends where a line starts touches that line too.
        assert_eq!(lines(0..at("two")), (1, "one\ntwo\r\n"));
    }

    /// A block scalar's span runs over the blank lines after its text, to the next
    /// key: S009's underline of a too-long block template ran into it. A location's
    /// range stops at its last character that is not blank; a span of blanks only
    /// stays as it is.
    #[test]
    fn a_location_stops_at_the_last_character_that_is_not_blank() {
        let text = "bridge: |\n  Hello\r\n  there\n\n  \nagent: Maya\n";
        let mut sources = Sources::default();
        let id = sources.add(PathBuf::from("r.yaml"), text.to_owned());
        let at = |needle: &str| text.find(needle).unwrap();
        let span = |start: usize, end: usize| Span {
            file: id,
            line: 2,
            column: 3,
            start,
            end,
        };
        let range = |start, end| sources.location(span(start, end)).range;
        let there = at("there") + "there".len();
        assert_eq!(range(at("Hello"), at("agent")), Some(at("Hello")..there));
        assert_eq!(range(at("Hello"), there), Some(at("Hello")..there));
        let blank = at("\n\n");
        assert_eq!(range(blank, blank + 2), Some(blank..blank + 2));
        assert_eq!(range(blank, blank), Some(blank..blank));
    }
}
