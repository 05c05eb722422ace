//! Stdout as the commands write it: takes the process's stdout, gives a writer that
//! remembers a write that failed, so that an error it caused says "cannot write output"
//! (a full disk, `> /dev/full`) whichever command wrote, not a bare "No space left on
//! device"; and that, for a command whose exit status is a verdict, goes on without its
//! reader when the pipe closes (`handoff test | head`), so that the verdict stands.

use std::io::{self, Write};

/// What an error that a write to stdout caused says first.
pub(super) const CANNOT_WRITE_OUTPUT: &str = "cannot write output";

/// A writer that remembers the kind of the first error a write or flush gave.
pub struct Watched<W> {
    inner: W,
    failed: Option<io::ErrorKind>,
    /// Whether a closed pipe is a reader that has seen enough: the rest is dropped.
    past_closed_pipe: bool,
    /// Whether the pipe closed (and with `past_closed_pipe`, output is dropped since).
    closed: bool,
}

impl<W: Write> Watched<W> {
    pub fn new(inner: W) -> Self {
        Watched {
            inner,
            failed: None,
            past_closed_pipe: false,
            closed: false,
        }
    }

    /// The same writer, for a command whose exit status is a verdict (`lint`, `test`,
    /// `diff` and `coverage` gates): once the pipe closes, what is written is dropped and
    /// the command runs to its end, so that `handoff test | head -1` still fails on a
    /// failing case however much output came before it. (`replay` stops there instead:
    /// its reader has what it wanted, and replaying the rest would only cost time.)
    #[must_use]
    pub fn past_closed_pipe(mut self) -> Self {
        self.past_closed_pipe = true;
        self
    }

    /// The kind of the first error writing gave, if any.
    pub fn failed(&self) -> Option<io::ErrorKind> {
        self.failed
    }

    /// `result`, remembered when an error; a closed pipe is `done` instead when output
    /// goes on past it.
    fn note<T>(&mut self, result: io::Result<T>, done: T) -> io::Result<T> {
        match result {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe && self.past_closed_pipe => {
                self.closed = true;
                Ok(done)
            }
            Err(e) => {
                self.failed.get_or_insert(e.kind());
                Err(e)
            }
            ok => ok,
        }
    }
}

impl<W: Write> Write for Watched<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        if self.closed {
            return Ok(buf.len());
        }
        let result = self.inner.write(buf);
        self.note(result, buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.closed {
            return Ok(());
        }
        let result = self.inner.flush();
        self.note(result, ())
    }
}

/// `err` with "cannot write output" first when writing stdout failed with the I/O error
/// it ends with. The one place that says so: commands leave it to `main`.
pub fn said_as_output(err: anyhow::Error, failed: Option<io::ErrorKind>) -> anyhow::Error {
    let caused = failed.is_some_and(|kind| {
        err.root_cause()
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == kind)
    });
    // A replay's own error says it already (`ReplayError::Output`): not twice.
    let said = err.chain().any(|e| e.to_string() == CANNOT_WRITE_OUTPUT);
    if caused && !said {
        err.context(CANNOT_WRITE_OUTPUT)
    } else {
        err
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A replay's write error said "cannot write output" twice, its own and `main`'s.
    #[test]
    fn cannot_write_output_is_said_once() {
        let full = || io::Error::from(io::ErrorKind::StorageFull);
        let replay = anyhow::Error::new(crate::replay::ReplayError::Output(full()));
        let said = said_as_output(replay, Some(io::ErrorKind::StorageFull));
        let chain: Vec<String> = said.chain().map(ToString::to_string).collect();
        assert_eq!(
            chain.iter().filter(|e| *e == CANNOT_WRITE_OUTPUT).count(),
            1,
            "{chain:?}"
        );
        let plain = said_as_output(anyhow::Error::new(full()), Some(io::ErrorKind::StorageFull));
        assert_eq!(plain.to_string(), CANNOT_WRITE_OUTPUT);
    }

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
        // An error of another kind (a missing input file) is left as it is.
        let other = anyhow::Error::from(io::Error::from(io::ErrorKind::NotFound));
        assert_eq!(said_as_output(other, out.failed()).chain().count(), 1);
        assert_eq!(Watched::new(Vec::new()).failed(), None);
    }

    /// A pipe that closes after `accepts` bytes, counting what it is asked to write.
    struct Closes {
        accepts: usize,
        asked: usize,
    }
    impl Write for Closes {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.asked += 1;
            if self.accepts == 0 {
                return Err(io::Error::from(io::ErrorKind::BrokenPipe));
            }
            let n = buf.len().min(self.accepts);
            self.accepts -= n;
            Ok(n)
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn a_closed_pipe_stops_replay_but_not_a_command_with_a_verdict() {
        let pipe = || Closes {
            accepts: 3,
            asked: 0,
        };
        let mut stops = Watched::new(pipe());
        let e = stops.write_all(b"hello").unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::BrokenPipe);
        assert_eq!(stops.failed(), Some(io::ErrorKind::BrokenPipe));

        let mut goes_on = Watched::new(pipe()).past_closed_pipe();
        goes_on.write_all(b"hello").unwrap();
        goes_on.write_all(b"more output, dropped").unwrap();
        goes_on.flush().unwrap();
        assert_eq!(goes_on.failed(), None, "a closed pipe is no failure");
        // "hel", then the closed pipe once: nothing is written to it after that.
        assert_eq!(goes_on.inner.asked, 2);
    }
}
