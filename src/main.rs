//! The `handoff` binary: parse the arguments, run, print the error chain, exit.

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = handoff::cli::parse_args();
    let stderr = std::io::stderr();
    let mut watched = handoff::cli::output::Watched::new(std::io::stdout().lock());
    if !cli.command.stops_at_closed_stdout() {
        watched = watched.past_closed_pipe();
    }
    // Block-buffered: a line-buffered stdout costs a write per outcome on big replays.
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, watched);
    let result = handoff::cli::run(cli, &mut stdout, &mut stderr.lock()).and_then(|status| {
        match stdout.flush() {
            // The command did its work (packets written, problems said on stderr);
            // only the end of its output found the pipe closed: its status stands.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(status),
            flushed => flushed.map(|()| status).map_err(anyhow::Error::from),
        }
    });
    match result {
        Ok(status) => status.into(),
        Err(err) => {
            // A closed pipe (`handoff replay | head`) is not an error: the reader
            // got what it wanted. ripgrep does the same (crates/core/main.rs).
            if handoff::cli::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            // A full disk (`> /dev/full`) says it could not write the output, whichever
            // command wrote it.
            let err = handoff::cli::output::said_as_output(err, stdout.get_ref().failed());
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(stderr, "{}", handoff::cli::format_error(&err));
            handoff::cli::ExitStatus::Error.into()
        }
    }
}
