//! Text for a terminal: a writer that passes text through with its control characters
//! escaped (`\u{1b}`), so that a transcript's value cannot clear the screen, move the
//! cursor, ring the bell or set the window title when a report is printed. Line breaks
//! and tabs pass. Used for the formats people read; JSON escapes on its own, and CSV is
//! data.

use std::io::{self, Write};

/// Escapes what it is given, and writes it to `out`.
pub struct Printable<'a> {
    out: &'a mut dyn Write,
}

impl<'a> Printable<'a> {
    pub fn new(out: &'a mut dyn Write) -> Self {
        Printable { out }
    }
}

impl Write for Printable<'_> {
    /// Writes all of `buf`, escaped as [`crate::text::escape_controls`] escapes text.
    /// Text comes from `str`s written whole, so `buf` is UTF-8 (anything else is
    /// written as it is).
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match std::str::from_utf8(buf) {
            Ok(text) => self
                .out
                .write_all(crate::text::escape_controls(text).as_bytes())?,
            Err(_) => self.out.write_all(buf)?,
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn printed(text: &str) -> String {
        let mut out = Vec::new();
        Printable::new(&mut out).write_all(text.as_bytes()).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn control_characters_are_escaped_and_text_passes() {
        assert_eq!(printed("ansi\x1b[2J"), "ansi\\u{1b}[2J");
        assert_eq!(printed("Bob\x1b]0;pwned\x07!"), "Bob\\u{1b}]0;pwned\\u{7}!");
        assert_eq!(
            printed("a\rb\u{7f}c\u{9b}31m"),
            "a\\u{d}b\\u{7f}c\\u{9b}31m"
        );
        assert_eq!(printed("line\n\tnext — ok é ¢"), "line\n\tnext — ok é ¢");
    }

    /// The stream and the string forms escape alike.
    #[test]
    fn text_escapes_as_the_stream_does() {
        for text in ["ansi\x1b[2J", "a\rb\u{7f}c\u{9b}31m", "line\n\tok é", ""] {
            assert_eq!(crate::text::escape_controls(text), printed(text));
        }
    }
}
