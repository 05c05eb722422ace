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
        "conversation_id,role,text,name,tier,company_size\n1,customer,\"Can you do better on price?\",Alex Chen,enterprise,5000\n",
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
        "Hi Alex, I'm Maya, stepping in to dive deeper into pricing. I've read our chat so far."
    );
}
