//! `diff`'s CI gates: `--fail-on-change`, `--max-changed` and `--fail-on bridge-error`.
//!
//! Takes the finished counts (conversations changed, head escalations whose bridge
//! message could not be rendered); gives why each gate that failed failed, for stderr
//! (`gate failed: …`) and the Markdown comment. Counts nothing itself: `cli::diff`
//! counts while it replays.

use super::DiffArgs;
use crate::cli::replay::gate::FailOn;
use crate::report::FailedGate;
use crate::text::count;

/// What the gates judge, counted over every conversation read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Counts {
    /// Conversations whose outcome changes.
    pub changed: u64,
    /// Conversations that the head rules escalate with a bridge message they cannot
    /// render, whether the conversation changes or not.
    pub head_bridge_errors: u64,
    /// Of those, the ones whose outcome does not change (the base rules could not render
    /// it either): the diff lists no example of them.
    pub unchanged_head_bridge_errors: u64,
}

/// The flags of the gates given, for "an empty export cannot pass a gate".
pub(super) fn given(args: &DiffArgs) -> Vec<&'static str> {
    [
        args.fail_on_change.then_some("--fail-on-change"),
        args.max_changed.map(|_| "--max-changed"),
        (!args.fail_on.is_empty()).then_some("--fail-on bridge-error"),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The gates that `counts` fail, each said as why; empty: all passed.
pub(super) fn failed(args: &DiffArgs, counts: Counts) -> Vec<FailedGate> {
    let changed = counts.changed;
    let changed_text = || format!("{} changed", count(changed, "conversation"));
    let mut failed = Vec::new();
    if args.fail_on_change && changed > 0 {
        failed.push(FailedGate::new(format!(
            "{}, with --fail-on-change",
            changed_text()
        )));
    }
    if let Some(max) = args.max_changed
        && changed > max
    {
        failed.push(FailedGate::new(format!(
            "{}, over --max-changed {max}",
            changed_text()
        )));
    }
    // Each gate once, however often it is given.
    if args.fail_on.contains(&FailOn::BridgeError) && counts.head_bridge_errors > 0 {
        failed.push(bridge_errors(counts));
    }
    failed
}

/// `2 bridge messages of the head rules could not be rendered (…), with --fail-on
/// bridge-error`, as `replay --fail-on bridge-error` says it, and how many of them are in
/// conversations that do not change, which the diff does not list.
fn bridge_errors(counts: Counts) -> FailedGate {
    let unchanged = match counts.unchanged_head_bridge_errors {
        0 => String::new(),
        u => format!(
            "; not listed: {u} in unchanged conversations (the base rules could not render them either)"
        ),
    };
    FailedGate::new(format!(
        "{} of the head rules could not be rendered (`bridge_error` of `head` in the JSON){unchanged}, with --fail-on bridge-error",
        count(counts.head_bridge_errors, "bridge message")
    ))
}

#[cfg(test)]
mod tests {
    use clap::Parser as _;

    use super::*;

    fn args(flags: &[&str]) -> DiffArgs {
        #[derive(clap::Parser)]
        struct Cli {
            #[command(flatten)]
            diff: DiffArgs,
        }
        let mut argv = vec!["diff", "--base", "old"];
        argv.extend_from_slice(flags);
        Cli::try_parse_from(argv).unwrap().diff
    }

    fn said(flags: &[&str], counts: Counts) -> Vec<String> {
        failed(&args(flags), counts)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    /// `diff` exited 0 when the head rules' escalations got no bridge
    /// message; `--fail-on bridge-error` fails it, as it fails `replay`.
    #[test]
    fn head_bridge_errors_fail_the_diff_only_when_asked() {
        let broken = Counts {
            changed: 1,
            head_bridge_errors: 1,
            unchanged_head_bridge_errors: 0,
        };
        assert!(said(&[], broken).is_empty());
        assert!(said(&["--fail-on", "bridge-error"], Counts::default()).is_empty());
        assert_eq!(
            said(
                &["--fail-on", "bridge-error", "--fail-on", "bridge-error"],
                broken
            ),
            [
                "1 bridge message of the head rules could not be rendered (`bridge_error` of `head` in the JSON), with --fail-on bridge-error"
            ]
        );
        // Unchanged (the base rules could not render them either): still a failure, and
        // said, since no example of them is listed.
        let unchanged = Counts {
            changed: 0,
            head_bridge_errors: 2,
            unchanged_head_bridge_errors: 2,
        };
        assert_eq!(
            said(&["--fail-on", "bridge-error"], unchanged),
            [
                "2 bridge messages of the head rules could not be rendered (`bridge_error` of `head` in the JSON); not listed: 2 in unchanged conversations (the base rules could not render them either), with --fail-on bridge-error"
            ]
        );
        let some = Counts {
            changed: 3,
            head_bridge_errors: 3,
            unchanged_head_bridge_errors: 1,
        };
        assert_eq!(
            said(&["--fail-on", "bridge-error", "--max-changed", "2"], some),
            [
                "3 conversations changed, over --max-changed 2",
                "3 bridge messages of the head rules could not be rendered (`bridge_error` of `head` in the JSON); not listed: 1 in unchanged conversations (the base rules could not render them either), with --fail-on bridge-error"
            ]
        );
        assert_eq!(
            given(&args(&["--fail-on", "bridge-error"])),
            ["--fail-on bridge-error"]
        );
    }
}
