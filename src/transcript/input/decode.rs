//! The bytes of an input, before any row is read: gunzipped when they are gzip data
//! (an error of the gzip data marked as one, [`GzipDataError`]), and told apart from
//! UTF-16 text and from binary files, which every reader of rows (transcripts,
//! contacts, labels) refuses, in the words of [`not_text_message`] and
//! [`damaged_gzip_message`]. Takes a buffered reader, gives one of the decoded bytes;
//! reads no row.

use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

/// Bytes buffered at a time from an input, and from its gzip decoder.
pub(super) const BUFFER: usize = 256 * 1024;

/// An input as its rows are read: gunzipped when it is gzip data.
pub(crate) enum Decoded<R> {
    Plain(R),
    Gzip(BufReader<flate2::bufread::MultiGzDecoder<R>>),
}

impl<R: BufRead> Read for Decoded<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Decoded::Plain(r) => r.read(buf),
            Decoded::Gzip(r) => r.read(buf).map_err(gzip_data_error),
        }
    }
}

impl<R: BufRead> BufRead for Decoded<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        match self {
            Decoded::Plain(r) => r.fill_buf(),
            Decoded::Gzip(r) => r.fill_buf().map_err(gzip_data_error),
        }
    }

    fn consume(&mut self, amount: usize) {
        match self {
            Decoded::Plain(r) => r.consume(amount),
            Decoded::Gzip(r) => r.consume(amount),
        }
    }
}

/// `input` as every file handoff reads rows from is read (transcripts, contacts,
/// labels): gunzipped when it is gzip data (by its magic bytes: a name ending `.gz` is
/// neither needed nor trusted), and whether it is then UTF-16 text (Excel's "Unicode
/// Text", whose bytes would read as a header `c\0o\0n…`), which the caller refuses.
pub(crate) fn decoded<R: BufRead>(mut input: R) -> io::Result<(Decoded<R>, bool)> {
    let mut decoded = if is_gzip(input.fill_buf()?) {
        Decoded::Gzip(BufReader::with_capacity(
            BUFFER,
            flate2::bufread::MultiGzDecoder::new(input),
        ))
    } else {
        Decoded::Plain(input)
    };
    let utf16 = is_utf16(decoded.fill_buf()?);
    Ok((decoded, utf16))
}

/// What an input's first bytes are when they are no text a reader of rows reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NotText {
    /// UTF-16 text (`is_utf16`).
    Utf16,
    /// Binary bytes (`is_binary`): an executable, an archive, a spreadsheet.
    Binary,
}

/// `input` as [`decoded`] gives it, and what its first bytes are when they are no text
/// a reader of rows reads (UTF-16, binary): the one check of every file handoff reads
/// rows from.
pub(crate) fn decoded_text<R: BufRead>(input: R) -> io::Result<(Decoded<R>, Option<NotText>)> {
    let (mut decoded, utf16) = decoded(input)?;
    let not_text = if utf16 {
        Some(NotText::Utf16)
    } else if is_binary(decoded.fill_buf()?) {
        Some(NotText::Binary)
    } else {
        None
    };
    Ok((decoded, not_text))
}

/// What a binary file given for a file of `formats` (`CSV or JSONL`, `CSV`) is told:
/// not to give it, but the `export` (`transcript export`) itself.
pub(crate) fn not_text_message(path: &Path, formats: &str, export: &str) -> String {
    format!(
        "{} is not a text file ({formats}): its first bytes are binary\n  hint: give the {export} itself, a {formats} file (gzip-compressed or not); a spreadsheet (.xlsx) must be saved as CSV first",
        path.display()
    )
}

/// What a gzip file whose data is truncated or corrupt is told, read as `what`
/// (`transcript`, `contacts file`) at `line` (0: at its start, no line named), the
/// decoder's `words` in brackets, with how to test it.
pub(crate) fn damaged_gzip_message(path: &Path, line: u64, what: &str, words: &str) -> String {
    let at = if line == 0 {
        path.display().to_string()
    } else {
        format!("{}:{line}", path.display())
    };
    format!(
        "{at}: cannot read {what}: the gzip file is truncated or corrupt ({words})\n  hint: test it with `gzip -t {}`; copy or export it again",
        path.display()
    )
}

/// Whether `head`, the first bytes of a file, start gzip data (its magic bytes: a
/// name ending `.gz` is neither needed nor trusted).
fn is_gzip(head: &[u8]) -> bool {
    head.starts_with(&[0x1f, 0x8b])
}

/// What a UTF-16 CSV file is told, after its name and line 1.
pub(crate) const UTF16_ADVICE: &str = "this file is UTF-16, not UTF-8: save it as UTF-8 (in Excel, \"CSV UTF-8\"), or convert it with `iconv -f UTF-16 -t UTF-8`";

/// What a UTF-16 JSONL file is told: Excel writes no JSONL.
pub(crate) const UTF16_JSONL_ADVICE: &str = "this file is UTF-16, not UTF-8: write it as UTF-8, or convert it with `iconv -f UTF-16 -t UTF-8`";

/// Whether `head`, the first bytes of a file, are UTF-16 text: a byte order mark
/// (`FF FE`, `FE FF`), or, without one, a NUL every other byte (ASCII text in UTF-16),
/// which UTF-8 text never has.
pub(crate) fn is_utf16(head: &[u8]) -> bool {
    if head.starts_with(&[0xff, 0xfe]) || head.starts_with(&[0xfe, 0xff]) {
        return true;
    }
    let pairs: Vec<&[u8]> = head.chunks_exact(2).take(32).collect();
    let nul_at = |i: usize| pairs.iter().all(|p| p[i] == 0 && p[1 - i] != 0);
    pairs.len() >= 2 && (nul_at(0) || nul_at(1))
}

/// An error in gzip data itself (truncated, corrupt, a checksum that does not match),
/// not in reading the file that holds it: the reader says the gzip file is damaged,
/// not that it could not be read. Says what the decoder said.
#[derive(Debug)]
pub(crate) struct GzipDataError(io::Error);

impl std::fmt::Display for GzipDataError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for GzipDataError {}

/// `e`, an error out of the gzip decoder, marked as [`GzipDataError`] when it is one of
/// the data: the decoder passes the file's own read errors through as they are, and
/// says its own as `UnexpectedEof` (the data ends early), `InvalidInput` (a bad header,
/// a corrupt stream, a checksum that does not match) or a `DecompressError`.
fn gzip_data_error(e: io::Error) -> io::Error {
    let of_data = matches!(
        e.kind(),
        io::ErrorKind::UnexpectedEof | io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData
    ) || e
        .get_ref()
        .and_then(|inner| inner.downcast_ref::<flate2::DecompressError>())
        .is_some();
    if of_data {
        io::Error::new(e.kind(), GzipDataError(e))
    } else {
        e
    }
}

/// The decoder's words when `e` is an error of gzip data ([`GzipDataError`]).
pub(crate) fn gzip_data_words(e: &io::Error) -> Option<String> {
    e.get_ref()
        .and_then(|inner| inner.downcast_ref::<GzipDataError>())
        .map(ToString::to_string)
}

/// How many of a file's first bytes [`is_binary`] looks at.
const BINARY_SAMPLE: usize = 8 * 1024;

/// Whether `head`, the first bytes of a file (decoded, not UTF-16), are binary, not
/// text: NUL bytes, four or more and more than one in a hundred (executables and
/// archives are full of them; a text export may hold a stray one, its row read as any
/// other, however short the file); or many
/// control bytes, NUL among them (more than one in 50, tabs, line breaks, form feeds
/// and escapes aside) among much that is not UTF-8 (more than a quarter with them). Text in a legacy encoding (Latin-1,
/// Windows-1251) is not UTF-8 but has no control bytes, and a UTF-8 file with a stray
/// one is UTF-8: both are read, their rows that are not UTF-8 counted as malformed.
/// Random bytes have about one control byte in ten and half not UTF-8.
pub(crate) fn is_binary(head: &[u8]) -> bool {
    let head = &head[..head.len().min(BINARY_SAMPLE)];
    let nul = memchr::memchr_iter(0, head).count();
    if nul >= 4 && nul * 100 > head.len() {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| {
            (b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | 0x1b)) || b == 0x7f
        })
        .count();
    let invalid: usize = head.utf8_chunks().map(|c| c.invalid().len()).sum();
    control * 50 > head.len() && (control + invalid) * 4 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_bytes_or_control_bytes_among_non_utf8_are_binary() {
        assert!(is_binary(b"\x7fELF\x02\x01\x01\0\0\0"));
        assert!(is_binary(b"conversation_id\0\0,role\0,text\0\n"));
        // No NUL: one control byte in five, the rest not UTF-8.
        assert!(is_binary(&b"\x01\x90\x91\x92\x93".repeat(100)));
    }

    #[test]
    fn text_in_any_encoding_is_not_binary() {
        assert!(!is_binary(b""));
        assert!(!is_binary(
            b"conversation_id,role,text\r\na,customer,\"x\ty\"\x0c\n"
        ));
        // Windows-1251: hardly a byte of it UTF-8, and no control byte.
        assert!(!is_binary(
            &b"\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0\n".repeat(100)
        ));
        // A stray NUL in a message of a text export: its row is read as any other.
        let mut export = b"conversation_id,role,text\n".to_vec();
        export.extend(b"c1,customer,the app froze again\n".repeat(200));
        export[500] = 0;
        assert!(!is_binary(&export));
        // The same in a file of two rows, and in a short first read of a pipe.
        assert!(!is_binary(
            b"conversation_id,role,text\nc1,customer,hi there\0 zzqq\n"
        ));
        assert!(!is_binary(b"c1,customer,a\0b\0c\n"));
        // UTF-8 with a stray control byte and a row in Latin-1.
        assert!(!is_binary(
            "a,customer,caf\u{e9}\x07 \x1b[1mbold\x1b[0m\nb,customer,caf\u{e9}\n".as_bytes()
        ));
        assert!(!is_binary(b"a,customer,caf\xe9\n"));
    }

    #[test]
    fn decoder_errors_of_the_data_are_marked_and_read_errors_are_not() {
        let eof = gzip_data_error(io::Error::new(io::ErrorKind::UnexpectedEof, "incomplete"));
        assert_eq!(gzip_data_words(&eof).as_deref(), Some("incomplete"));
        let disk = gzip_data_error(io::Error::other("disk"));
        assert_eq!(gzip_data_words(&disk), None);
    }
}
