//! Stdout as the commands write it: takes the process's stdout, gives a writer that
//! remembers a write that failed, so that an error it caused says "cannot write output"
//! (a full disk, `> /dev/full`) whichever command wrote, not a bare "No space left on
//! device".

use std::io::{self, Write};

/// What an error that a write to stdout caused says first.
pub const CANNOT_WRITE_OUTPUT: &str = "cannot write output";

/// A writer that remembers the kind of the first error a write or flush gave.
pub struct Watched<W> {
    inner: W,
    failed: Option<io::ErrorKind>,
}

impl<W: Write> Watched<W> {
    pub fn new(inner: W) -> Self {
        Watched {
            inner,
            failed: None,
        }
    }

    /// The kind of the first error writing gave, if any.
    pub fn failed(&self) -> Option<io::ErrorKind> {
        self.failed
    }

    fn note<T>(&mut self, result: io::Result<T>) -> io::Result<T> {
        if let Err(e) = &result
            && self.failed.is_none()
        {
            self.failed = Some(e.kind());
        }
        result
    }
}

impl<W: Write> Write for Watched<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let result = self.inner.write(buf);
        self.note(result)
    }

    fn flush(&mut self) -> io::Result<()> {
        let result = self.inner.flush();
        self.note(result)
    }
}

/// `err` with "cannot write output" first when writing stdout failed with the I/O error
/// it ends with, unless a command said so already (replay does).
pub fn said_as_output(err: anyhow::Error, failed: Option<io::ErrorKind>) -> anyhow::Error {
    let caused = failed.is_some_and(|kind| {
        err.root_cause()
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == kind)
    });
    let said = err.chain().any(|c| c.to_string() == CANNOT_WRITE_OUTPUT);
    if caused && !said {
        err.context(CANNOT_WRITE_OUTPUT)
    } else {
        err
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Full;
    impl Write for Full {
        fn write(&mut self, _: &[u8]) -> io::Result<usize> {
            Err(io::Error::from(io::ErrorKind::StorageFull))
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn an_error_writing_stdout_says_cannot_write_output_once() {
        let mut out = Watched::new(Full);
        let e = out.write_all(b"x").unwrap_err();
        assert_eq!(out.failed(), Some(io::ErrorKind::StorageFull));
        let err = said_as_output(anyhow::Error::from(e), out.failed());
        let chain: Vec<String> = err.chain().map(ToString::to_string).collect();
        assert_eq!(chain[0], CANNOT_WRITE_OUTPUT);
        assert_eq!(chain.len(), 2);
        let again = said_as_output(err, out.failed());
        assert_eq!(again.chain().count(), 2, "said once");
        // An error of another kind (a missing input file) is left as it is.
        let other = anyhow::Error::from(io::Error::from(io::ErrorKind::NotFound));
        assert_eq!(said_as_output(other, out.failed()).chain().count(), 1);
        assert_eq!(Watched::new(Vec::new()).failed(), None);
    }
}
