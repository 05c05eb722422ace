//! The README stays true: its rule reference example is a valid rule set.

use crate::common::{handoff, root, write};

#[test]
fn the_rule_format_example_in_the_readme_validates_and_runs() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let section = readme
        .split("## Rule format reference")
        .nth(1)
        .expect("README has a rule format reference");
    let example = section
        .split("```yaml\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("the reference starts with a YAML example");
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "rules.yaml", example);
    let transcript = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text,name,tier,company_size\n1,customer,\"Can you do better on price for 40 seats?\",Alex Chen,enterprise,5000\n",
    );
    let assert = handoff()
        .args(["replay", "-q", "--rules"])
        .arg(&rules)
        .arg(&transcript)
        .assert()
        .success();
    let out: serde_json::Value = serde_json::from_slice(&assert.get_output().stdout).unwrap();
    assert_eq!(out["route"], "enterprise-pricing");
    assert_eq!(
        out["bridge_message"],
        "Hi Alex, I'm Maya. I see you asked about 40 seats; let's find a plan that fits.",
        "the team's template for the primary trigger, citing the summary's first fact"
    );
}

#[test]
fn the_sample_markdown_packet_in_the_readme_is_what_replay_writes() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let dir = tempfile::tempdir().unwrap();
    handoff()
        .args(["replay", "-q", "-f", "jsonl", "--packets"])
        .arg(dir.path())
        .args(["--contacts", "fixtures/crm/contacts.csv"])
        .assert()
        .success();
    let markdown =
        std::fs::read_to_string(dir.path().join("c08-frustrated-enterprise.md")).unwrap();
    assert!(
        readme.contains(&format!("```markdown\n{markdown}```")),
        "the README's sample packet is out of date; it is now:\n{markdown}"
    );
}
