//! What `handoff lint` says of mistakes a user writing rules makes, found by a review
//! playing one (cli35): a too-long block template whose underline ran into the next
//! key. Each output is the product: snapshotted whole.

use crate::common::lint_text_failing;

/// S009's underline for a too-long block template ran past the block's last line,
/// over the blank line after it, into the next key (`agent:`).
#[test]
fn a_too_long_block_template_is_underlined_to_its_last_line() {
    let lines: Vec<String> = (0..300)
        .map(|i| format!("      Line {i} of a bridge message far longer than any needs to be."))
        .collect();
    let text = format!(
        "version: 1
triggers:
  - {{ id: t, when: {{ message: {{ phrases: [help] }} }} }}
teams:
  - id: a
    name: A
    bridge: |
{}

    agent: Maya
default_route: {{ team: a }}
",
        lines.join("\n")
    );
    let out = lint_text_failing(&text);
    insta::assert_snapshot!("too_long_block_template", out);
    assert!(!out.contains("agent: Maya"), "{out}");
}
