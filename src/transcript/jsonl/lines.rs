//! A line of a JSONL file as the reader takes it: passing over the rest of one too long to
//! hold (to its line break, without holding it), and a line's bytes without a byte order
//! mark. Reading the objects is `jsonl.rs`'s.

use std::io::BufRead;

/// Passes over the rest of a line, to its line break (or the end of the input), without
/// holding it.
pub(super) fn skip_line(reader: &mut dyn BufRead) -> std::io::Result<()> {
    loop {
        let bytes = match reader.fill_buf() {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if bytes.is_empty() {
            return Ok(());
        }
        match memchr::memchr(b'\n', bytes) {
            Some(k) => {
                reader.consume(k + 1);
                return Ok(());
            }
            None => {
                let n = bytes.len();
                reader.consume(n);
            }
        }
    }
}

/// A line of a file, read into `buf`, without a byte order mark: the first line's, or
/// one past the start of files joined with `cat` (D015, said by the reader).
pub(super) fn line_bytes(buf: &[u8]) -> &[u8] {
    buf.strip_prefix("\u{feff}".as_bytes()).unwrap_or(buf)
}
