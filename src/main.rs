//! The `handoff` binary: parse the arguments, run, print the error chain, exit.

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = handoff::cli::Cli::parse();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    match handoff::cli::run(cli, &mut stdout.lock(), &mut stderr.lock()) {
        Ok(status) => status.into(),
        Err(err) => {
            // A closed pipe (`handoff replay | head`) is not an error: the reader
            // got what it wanted. ripgrep does the same (crates/core/main.rs).
            if handoff::cli::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(stderr, "{}", handoff::cli::format_error(&err));
            handoff::cli::ExitStatus::Error.into()
        }
    }
}
