//! `handoff diff` on bridge messages the head rules cannot render, and on when each
//! example escalated: the rows mark them, the summary
//! counts them apart from rewordings, and each side says its escalation's time.

use std::path::{Path, PathBuf};

use crate::common::{handoff, root, stdout_of, write};

/// A copy of the starter rules with the first `from` in `file` replaced by `to`, and
/// `extra` files added: the head rules of each test. A `from` the file does not hold
/// fails the test (a reworded starter file would otherwise leave head and base alike).
fn head_rules(dir: &Path, file: &str, from: &str, to: &str, extra: &[(&str, &str)]) -> PathBuf {
    let rules = dir.join("rules");
    std::fs::create_dir_all(&rules).unwrap();
    let mut replaced = false;
    for entry in std::fs::read_dir(root().join("rules")).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            let name = path.file_name().unwrap().to_str().unwrap().to_owned();
            let mut text = std::fs::read_to_string(&path).unwrap();
            if name == file && text.contains(from) {
                text = text.replacen(from, to, 1);
                replaced = true;
            }
            std::fs::write(rules.join(&name), text).unwrap();
        }
    }
    assert!(replaced, "rules/{file} has no {from:?}");
    for (name, text) in extra {
        write(&rules, name, text);
    }
    rules
}

fn diff(head: &Path, transcripts: &Path, format: &str) -> String {
    stdout_of(
        handoff()
            .args(["diff", "--base", "rules", "--format", format, "--head"])
            .arg(head)
            .arg(transcripts),
    )
}

/// The frontline bridge now reads `customer.company`. The conversation
/// without a company gets no bridge message: it was counted with a harmless rewording
/// as "bridge message changed 2", and its excerpt was cut just before the field's name.
#[test]
fn a_broken_bridge_is_marked_and_counted_apart_from_a_reworded_one() {
    let dir = tempfile::tempdir().unwrap();
    let head = head_rules(
        dir.path(),
        "teams.yaml",
        "support. I'm stepping in to {{ reason }}",
        "support for {{ customer.company }}. I'm stepping in to {{ reason }}",
        &[],
    );
    let csv = write(
        dir.path(),
        "br.csv",
        "conversation_id,timestamp,role,text,name,company\n\
         c1,2026-03-04T09:00:00Z,customer,can I talk to a human,Ann Lee,\n\
         c2,2026-03-04T09:05:00Z,customer,can I talk to a human,Bo Chan,Acme\n",
    );
    let table = diff(&head, &csv, "table");
    for line in [
        "  bridge message changed       1\n",
        "  bridge message broken        1\n",
        "⚠ 1 escalation would get no bridge message with the head rules\n",
        "⚠ no bridge message: no `customer.company` —",
        "turn 1 at 2026-03-04T09:00:00Z",
        "turn 1 at 2026-03-04T09:05:00Z",
    ] {
        assert!(table.contains(line), "{line:?} in\n{table}");
    }
    let md = diff(&head, &csv, "markdown");
    assert!(
        md.contains("**⚠ 1 escalation would get no bridge message with the head rules.**"),
        "{md}"
    );
    assert!(
        md.contains("⚠ no bridge message: no \\`customer.company\\`"),
        "{md}"
    );
    let json: serde_json::Value = serde_json::from_str(&diff(&head, &csv, "json")).unwrap();
    assert_eq!(json["head_bridge_errors"], 1);
    assert_eq!(json["by_kind"]["bridge_broken"], 1);
    assert_eq!(json["by_kind"]["bridge_changed"], 1);
}

/// A new `vip` route to a team whose bridge reads `customer.name`; the
/// second VIP has no name. Both rows read alike (`team changed … vip → vip-desk`), and
/// the new team's opening line never showed.
#[test]
fn a_team_change_shows_the_new_teams_bridge_or_why_there_is_none() {
    let dir = tempfile::tempdir().unwrap();
    let head = head_rules(
        dir.path(),
        "routes.yaml",
        "routes:\n",
        "routes:\n  - id: vip\n    when: { meta: { field: plan, equals: vip } }\n    team: vip-desk\n\n",
        &[(
            "vip.yaml",
            "version: 1\nteams:\n  - id: vip-desk\n    name: VIP Desk\n    agent: Elena\n    \
             bridge: >-\n      Hello {{ customer.name }}, I'm {{ agent }} from the VIP Desk, \
             stepping in to {{ reason }}.\n",
        )],
    );
    let csv = write(
        dir.path(),
        "vip.csv",
        "conversation_id,timestamp,role,text,name,plan\n\
         v1,2026-03-04T10:00:00Z,customer,can I talk to a human,Ann Lee,vip\n\
         v2,2026-03-04T11:00:00Z,customer,can I talk to a human,,vip\n",
    );
    let md = diff(&head, &csv, "markdown");
    let row = |id: &str| {
        md.lines()
            .find(|l| l.starts_with(&format!("| `{id}` |")))
            .unwrap_or_else(|| panic!("no row {id} in\n{md}"))
            .to_owned()
    };
    let v1 = row("v1");
    assert!(
        v1.contains("turn 1 at 2026-03-04T10:00:00Z")
            && v1.contains("vip → vip-desk; bridge: “Hello Ann Lee, I'm Elena from the VIP Desk")
            && !v1.contains('⚠'),
        "{v1}"
    );
    let v2 = row("v2");
    assert!(
        v2.ends_with(
            "vip → vip-desk; ⚠ no bridge message: no \\`customer.name\\` — undefined variable \
             \\`customer.name\\` (team… |"
        ),
        "{v2}"
    );
    assert!(
        md.contains("**⚠ 1 escalation would get no bridge message with the head rules.**"),
        "{md}"
    );
    let table = diff(&head, &csv, "table");
    assert!(
        table.contains("⚠ 1 escalation would get no bridge message with the head rules"),
        "{table}"
    );
}

/// A new `after-hours` route (Europe/Berlin) moved conversations to the night
/// shift, and neither the table nor the comment said when they happened. Each side says
/// its escalation's time, and the head the local time its `hours:` route saw.
#[test]
fn an_hours_route_change_shows_when_and_the_local_time() {
    let dir = tempfile::tempdir().unwrap();
    let head = head_rules(
        dir.path(),
        "routes.yaml",
        "\ndefault_route:",
        "\n  - id: after-hours\n    when:\n      any:\n        \
         - hours: { between: \"18:00-08:00\", tz: Europe/Berlin }\n        \
         - hours: { days: [sat, sun], tz: Europe/Berlin }\n    \
         team: night-shift\n\ndefault_route:",
        &[(
            "night.yaml",
            "version: 1\nteams:\n  - id: night-shift\n    name: Night Shift\n    agent: Sam\n    \
             bridge: Hi, I'm {{ agent }} on the night shift, stepping in to {{ reason }}.\n",
        )],
    );
    let md = stdout_of(
        handoff()
            .args(["diff", "--base", "rules", "--format", "md", "--head"])
            .arg(&head),
    );
    let row = md
        .lines()
        .find(|l| l.starts_with("| `c10-asks-for-person` |"))
        .unwrap_or_else(|| panic!("no row in\n{md}"));
    // 18:00 UTC on Monday 2 March is 19:00 in Berlin.
    assert!(
        row.contains(
            "| turn 1 at 2026-03-02T18:00:00Z; human-request: “talk to a real person” (turn 1); \
             default → frontline | turn 1 at 2026-03-02T18:00:00Z; human-request: “talk to a \
             real person” (turn 1); after-hours → night-shift (hours: Mon 2026-03-02 19:00 \
             Europe/Berlin); bridge: “Hi, I'm Sam on the night shift"
        ),
        "{row}"
    );
}
