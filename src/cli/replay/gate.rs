//! `replay --fail-on`: what in a finished replay fails the run (exit 1), for CI.
//!
//! Takes the replay's [`Summary`]; gives the exit status and, for each gate that failed,
//! a `gate failed: …` line on stderr, as `diff`'s gates say theirs. Counts nothing
//! itself: the summary already counts what the gates look at, so a gate costs the replay
//! nothing per conversation.

use std::io::{self, Write};

use clap::ValueEnum;

use crate::cli::ExitStatus;
use crate::report::Summary;

/// What `--fail-on` fails a replay on, and a diff on (judged on its head rules).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// An escalation whose bridge message could not be rendered (`bridge_error` in the
    /// output; for diff, of the head rules, changed or not)
    BridgeError,
}

/// The status of a replay that ran: [`ExitStatus::Failure`] when one of `fail_on` is in
/// `summary`, each such gate said on `stderr` (even with `--quiet`: it is why the run
/// failed).
pub(super) fn settle(
    fail_on: &[FailOn],
    summary: &Summary,
    stderr: &mut dyn Write,
) -> io::Result<ExitStatus> {
    let mut status = ExitStatus::Success;
    // Each gate once, however often it is given.
    if fail_on.contains(&FailOn::BridgeError) && summary.bridge_errors > 0 {
        writeln!(
            stderr,
            "gate failed: {} could not be rendered (`bridge_error` in the output), with --fail-on bridge-error",
            crate::text::count(summary.bridge_errors, "bridge message")
        )?;
        status = ExitStatus::Failure;
    }
    Ok(status)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bridge_errors_fail_the_run_only_when_asked() {
        let mut summary = Summary::default();
        let run = |fail_on: &[FailOn], summary: &Summary| {
            let mut stderr = Vec::new();
            let status = settle(fail_on, summary, &mut stderr).unwrap();
            (status, String::from_utf8(stderr).unwrap())
        };
        assert_eq!(
            run(&[FailOn::BridgeError], &summary),
            (ExitStatus::Success, String::new())
        );
        summary.bridge_errors = 2;
        assert_eq!(run(&[], &summary), (ExitStatus::Success, String::new()));
        let (status, said) = run(&[FailOn::BridgeError, FailOn::BridgeError], &summary);
        assert_eq!(status, ExitStatus::Failure);
        assert_eq!(said.lines().count(), 1, "each gate once: {said}");
        assert_eq!(
            run(&[FailOn::BridgeError], &summary).1,
            "gate failed: 2 bridge messages could not be rendered (`bridge_error` in the output), with --fail-on bridge-error\n"
        );
    }
}
