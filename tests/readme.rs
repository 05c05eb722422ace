//! The README stays true: its examples are valid rules and what the tool prints.

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

/// GitHub's anchor for a heading: lower case, spaces to `-`, punctuation dropped.
fn slug(heading: &str) -> String {
    heading
        .trim()
        .to_lowercase()
        .chars()
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

#[test]
fn links_between_the_docs_lead_somewhere() {
    let link = regex::Regex::new(r"\]\(([^)\s]+)\)").unwrap();
    let mut pages = vec![root().join("README.md"), root().join("SECURITY.md")];
    for entry in std::fs::read_dir(root().join("docs")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "md") {
            pages.push(path);
        }
    }
    let (mut broken, mut checked) = (Vec::new(), 0);
    for page in &pages {
        let text = std::fs::read_to_string(page).unwrap();
        for cap in link.captures_iter(&text) {
            let target = &cap[1];
            if target.starts_with("http") || target.starts_with("mailto:") {
                continue;
            }
            checked += 1;
            let (file, anchor) = target.split_once('#').unwrap_or((target, ""));
            let path = if file.is_empty() {
                page.clone()
            } else {
                page.parent().unwrap().join(file)
            };
            if !path.exists() {
                broken.push(format!("{}: {target}", page.display()));
                continue;
            }
            if !anchor.is_empty() {
                let headings = std::fs::read_to_string(&path).unwrap_or_default();
                let found = headings
                    .lines()
                    .filter_map(|l| l.strip_prefix('#'))
                    .map(|l| slug(l.trim_start_matches('#')))
                    .any(|s| s == anchor);
                if !found {
                    broken.push(format!("{}: {target} (no such heading)", page.display()));
                }
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
    assert!(
        checked > 30,
        "only {checked} links found: is the pattern right?"
    );
}

#[test]
fn the_project_file_example_in_the_readme_is_valid() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let example = readme
        .split("### `.handoff.yaml`")
        .nth(1)
        .and_then(|s| s.split("```yaml\n").nth(1))
        .and_then(|s| s.split("```").next())
        .expect("the README shows a .handoff.yaml");
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), ".handoff.yaml", example);
    write(
        dir.path(),
        "export.csv",
        "Ticket ID,Created At,Turn,Author Type,Body,Customer Tier\nT1,2026-03-02T09:00:00Z,1,Answer Bot,hello,pro\nT1,2026-03-02T09:01:00Z,2,customer,this is ridiculous,\n",
    );
    // Both halves are read: the mapping by replay, the severities by lint.
    let out = crate::common::stdout_of(
        handoff()
            .current_dir(dir.path())
            .args(["replay", "-q", "-f", "jsonl", "-r"])
            .arg(root().join("rules"))
            .arg("export.csv"),
    );
    assert!(
        out.contains(r#""conversation_id":"T1","escalated":true"#),
        "{out}"
    );
    handoff()
        .current_dir(dir.path())
        .arg("lint")
        .arg(root().join("rules"))
        .assert()
        .success();
}

/// The README's `explain` example: its lines, `…` for those left out, are what `explain`
/// prints, in order.
#[test]
fn the_explain_example_in_the_readme_is_what_explain_prints() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let block = readme
        .split("```text\n$ handoff explain -c ")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("the README shows an explain run");
    let (command, shown) = block.split_once('\n').unwrap();
    let id = command.split_whitespace().next().unwrap();
    let out = crate::common::stdout_of(handoff().args(["explain", "-c", id]));
    let mut lines = out.lines();
    for want in shown.lines().filter(|l| l.trim() != "…") {
        assert!(
            lines.any(|l| l == want),
            "the README's explain example is out of date at {want:?}; explain prints:\n{out}"
        );
    }
}

/// The README's `coverage` example on the sample transcripts: each run of its lines
/// between `…` (those left out) is a run of what `coverage` prints, whole, in order (a
/// review found a trigger's row missing from a table).
#[test]
fn the_coverage_example_in_the_readme_is_what_coverage_prints() {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let block = readme
        .split("On the sample transcripts:\n\n```text\n")
        .nth(1)
        .and_then(|s| s.split("```").next())
        .expect("the README shows a coverage run");
    let out = crate::common::stdout_of(handoff().arg("coverage"));
    let printed: Vec<&str> = out.lines().map(str::trim_end).collect();
    let shown: Vec<&str> = block.lines().map(str::trim_end).collect();
    let mut from = 0;
    for run in shown.split(|l| l.trim() == "…").filter(|r| !r.is_empty()) {
        let at = (printed.windows(run.len()).enumerate().skip(from))
            .find_map(|(i, lines)| (lines == run).then_some(i))
            .unwrap_or_else(|| {
                panic!("the README's coverage example is out of date at {run:#?}; coverage prints:\n{out}")
            });
        from = at + run.len();
    }
}
