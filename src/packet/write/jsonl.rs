//! The bytes of a JSONL packets file: takes the temporary file it is written under;
//! gives a writer that gzip-compresses them (`.jsonl.gz`, `.ndjson.gz`) or not, and the
//! file back once all is written, to be synced and renamed into place.

use std::fs::File;
use std::io::{self, BufWriter, Write};

use flate2::write::GzEncoder;

pub enum JsonlOut {
    Plain(BufWriter<File>),
    Gzip(GzEncoder<BufWriter<File>>),
}

impl JsonlOut {
    pub(super) fn new(file: File, gzip: bool) -> JsonlOut {
        let out = BufWriter::new(file);
        if gzip {
            JsonlOut::Gzip(GzEncoder::new(out, flate2::Compression::default()))
        } else {
            JsonlOut::Plain(out)
        }
    }

    /// Writes what is buffered (and the gzip trailer): the file, complete.
    pub(super) fn into_file(self) -> io::Result<File> {
        let out = match self {
            JsonlOut::Plain(out) => out,
            JsonlOut::Gzip(gz) => gz.finish()?,
        };
        out.into_inner().map_err(io::IntoInnerError::into_error)
    }
}

impl Write for JsonlOut {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            JsonlOut::Plain(out) => out.write(buf),
            JsonlOut::Gzip(gz) => gz.write(buf),
        }
    }

    fn write_all(&mut self, buf: &[u8]) -> io::Result<()> {
        match self {
            JsonlOut::Plain(out) => out.write_all(buf),
            JsonlOut::Gzip(gz) => gz.write_all(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            JsonlOut::Plain(out) => out.flush(),
            JsonlOut::Gzip(gz) => gz.flush(),
        }
    }
}
