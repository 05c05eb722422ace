//! `handoff coverage` says why: a route never taken that reads metadata columns the
//! transcripts lack, or whose trigger never fired, in every format and in
//! `--max-default-share`'s failure.

use predicates::str::contains;

use crate::common::{coverage_of, handoff, json_of, stdout_of, write};

/// A chat export without CRM columns, as STAR's: frustration escalates, and only the
/// default route can take it.
const CHATS: &str = "conversation_id,role,text\n\
    c1,customer,this is useless and I am so frustrated\n\
    c1,bot,Sorry about that.\n\
    c2,customer,where is my parcel\n\
    c2,bot,It is on its way.\n";

/// The starter pack on STAR routed 99 % to the default team, and the report listed
/// `enterprise-lead` and `self-serve-pricing` as never taken without saying that the
/// chats have none of the columns they read.
#[test]
fn a_route_never_taken_names_the_columns_the_transcripts_lack() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "chats.csv", CHATS);
    let enterprise = "columns `company_size`, `deal_stage`, `industry`, `lead_score`, `tier` are not in these transcripts (or always empty)";
    let table = stdout_of(handoff().arg("coverage").arg(&csv));
    assert!(
        table.contains(&format!("\n  enterprise-lead: {enterprise}\n")),
        "{table}"
    );
    assert!(
        table.contains("\n  self-serve-pricing: its trigger `pricing-negotiation` never fired; columns `company_size`, `tier` are not"),
        "{table}"
    );
    // A route on a trigger alone says only that it never fired (below).
    assert!(
        table.contains("\n  legal: its trigger `legal-compliance` never fired\n"),
        "{table}"
    );
    let md = stdout_of(handoff().args(["coverage", "-f", "md"]).arg(&csv));
    assert!(
        md.contains(&format!("\n- route `enterprise-lead` — {enterprise}\n")),
        "{md}"
    );
    assert!(
        md.contains("\n- route `legal` — its trigger `legal-compliance` never fired\n"),
        "{md}"
    );
    let html = stdout_of(handoff().args(["coverage", "-f", "html"]).arg(&csv));
    assert!(
        html.contains("<li>route <code>enterprise-lead</code> — columns <code>company_size</code>, <code>deal_stage</code>, <code>industry</code>, <code>lead_score</code>, <code>tier</code> are not in these transcripts (or always empty)</li>"),
        "{html}"
    );
    let (json, text) = json_of(handoff().args(["coverage", "-f", "json"]).arg(&csv), 0);
    let route = |id: &str| {
        json["routes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id}: {text}"))
            .clone()
    };
    assert_eq!(
        route("enterprise-lead")["missing_fields"],
        serde_json::json!([
            "company_size",
            "deal_stage",
            "industry",
            "lead_score",
            "tier"
        ])
    );
    assert!(route("legal").get("missing_fields").is_none(), "{text}");
}

/// Team note (lint12): a route never taken whose trigger never fired gave no reason
/// (`legal`, `billing` and `pricing` in the starter pack, on chats that never ask about
/// them). It names the trigger in the table, Markdown, HTML and JSON
/// (`unfired_triggers`, version 7), beside the columns it lacks; a route that can hold on
/// either of two triggers (`technical`: `any:` of two) names each that never fired
/// (version 8), and a trigger that fired once is no reason.
#[test]
fn a_route_never_taken_names_the_trigger_that_never_fired() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "chats.csv", CHATS);
    let table = stdout_of(handoff().arg("coverage").arg(&csv));
    for line in [
        "\n  billing: its trigger `billing-issue` never fired\n",
        "\n  pricing: its trigger `pricing-negotiation` never fired\n",
        "\n  self-serve-pricing: its trigger `pricing-negotiation` never fired; columns `company_size`, `tier` are not in these transcripts (or always empty)\n",
    ] {
        assert!(table.contains(line), "{line}\n{table}");
    }
    assert!(
        table.contains(
            "\n  technical: its triggers `anyone-there`, `human-request`, `technical-question` never fired\n"
        ),
        "{table}"
    );
    let html = stdout_of(handoff().args(["coverage", "-f", "html"]).arg(&csv));
    assert!(
        html.contains("<li>route <code>billing</code> — its trigger <code>billing-issue</code> never fired</li>"),
        "{html}"
    );
    let (json, text) = json_of(handoff().args(["coverage", "-f", "json"]).arg(&csv), 0);
    assert_eq!(json["version"], handoff::coverage::VERSION);
    let route = |id: &str| {
        (json["routes"].as_array().unwrap().iter())
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id}: {text}"))
            .clone()
    };
    assert_eq!(
        route("billing")["unfired_triggers"],
        serde_json::json!(["billing-issue"])
    );
    assert_eq!(
        route("technical")["unfired_triggers"],
        serde_json::json!(["anyone-there", "human-request", "technical-question"])
    );
    // A billing question: the trigger fired, and the route was taken.
    let billing = write(
        dir.path(),
        "billing.csv",
        &format!("{CHATS}c3,customer,I was charged twice on my invoice\n"),
    );
    let (json, text) = json_of(handoff().args(["coverage", "-f", "json"]).arg(&billing), 0);
    let billing = (json["routes"].as_array().unwrap().iter())
        .find(|r| r["id"] == "billing")
        .unwrap()
        .clone();
    assert!(billing.get("unfired_triggers").is_none(), "{text}");
}

/// Team note (maint14): STAR's `technical` (`any:` of `technical-question`, and of
/// `human-request` with technical talk seen) was never taken, and the report said
/// nothing of the customers who asked for a person without technical talk. A route says
/// in how many escalations its condition held but an earlier route took them
/// (`taken_earlier`), and in how many enough of its triggers fired but the rest of its
/// condition did not hold (`rest_unmet`), in every format; a route taken that has such
/// reasons is listed as passed over.
#[test]
fn a_route_says_what_an_earlier_route_took_and_what_its_triggers_could_not_do_alone() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "chats.csv",
        &format!(
            "{CHATS}c3,customer,can I talk to a human please\n\
             c4,customer,can I get a discount\n\
             c5,customer,can I get a discount if we need SSO\n"
        ),
    );
    let table = stdout_of(handoff().arg("coverage").arg(&csv));
    let technical = "in 1 escalation its condition held but the earlier route `pricing` took it; in 1 escalation enough of its triggers fired but the rest of its condition did not hold";
    assert!(
        table.contains(&format!(
            "\n  technical: its trigger `anyone-there` never fired; {technical}\n"
        )),
        "{table}"
    );
    assert!(
        table.contains("\n  self-serve-pricing: columns `company_size`, `tier` are not in these transcripts (or always empty); in 2 escalations enough of its triggers fired but the rest of its condition did not hold\n"),
        "{table}"
    );
    let md = stdout_of(handoff().args(["coverage", "-f", "md"]).arg(&csv));
    assert!(
        md.contains(&format!(
            "\n- route `technical` — its trigger `anyone-there` never fired; {technical}\n"
        )),
        "{md}"
    );
    let html = stdout_of(handoff().args(["coverage", "-f", "html"]).arg(&csv));
    assert!(
        html.contains("<li>route <code>technical</code> — its trigger <code>anyone-there</code> never fired; in 1 escalation its condition held but the earlier route <code>pricing</code> took it;"),
        "{html}"
    );
    let (json, text) = json_of(handoff().args(["coverage", "-f", "json"]).arg(&csv), 0);
    let route = |id: &str| {
        (json["routes"].as_array().unwrap().iter())
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id}: {text}"))
            .clone()
    };
    assert_eq!(
        route("technical")["taken_earlier"],
        serde_json::json!({"pricing": 1})
    );
    assert_eq!(route("technical")["rest_unmet"], 1);
    assert_eq!(
        route("technical")["unfired_triggers"],
        serde_json::json!(["anyone-there"]),
        "{text}"
    );
    assert!(route("pricing").get("taken_earlier").is_none(), "{text}");
    // A route taken can be passed over too: `technical`, taken for SSO and SCIM, lost
    // the SSO discount to `pricing`. Routes taken with nothing to say are not listed.
    assert!(!table.contains("routes passed over:"), "{table}");
    let both = write(
        dir.path(),
        "both.csv",
        &format!(
            "{CHATS}c3,customer,we need SSO and SCIM for the rollout\n\
             c5,customer,can I get a discount if we need SSO\n"
        ),
    );
    let table = stdout_of(handoff().arg("coverage").arg(&both));
    assert!(
        table.contains("\nroutes passed over:       technical\n  technical (taken 1×): its triggers `anyone-there`, `human-request` never fired; in 1 escalation its condition held but the earlier route `pricing` took it\n"),
        "{table}"
    );
    let md = stdout_of(handoff().args(["coverage", "-f", "md"]).arg(&both));
    assert!(
        md.contains("<details><summary>Routes passed over</summary>\n\n- route `technical` (taken 1×) — its triggers `anyone-there`, `human-request` never fired;"),
        "{md}"
    );
    let html = stdout_of(handoff().args(["coverage", "-f", "html"]).arg(&both));
    assert!(
        html.contains("<h2>Routes passed over</h2><ul><li>route <code>technical</code> (taken 1×) — its triggers <code>anyone-there</code>, <code>human-request</code> never fired;"),
        "{html}"
    );
}

/// `--max-default-share` failing because of it says so; on the sample transcripts,
/// which have the columns, it says what it said.
#[test]
fn the_default_share_gate_names_routes_never_taken_for_want_of_columns() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(dir.path(), "chats.csv", CHATS);
    handoff()
        .args(["coverage", "--max-default-share", "0.5"])
        .arg(&csv)
        .assert()
        .code(1)
        .stderr(contains(
            "gate failed: 1.000 of escalations (100.0%) fell to the default route, over --max-default-share 0.5 (never taken: self-serve-pricing, enterprise-lead, which read company_size, deal_stage, industry, lead_score, tier, not in these transcripts)\n",
        ));
    // In Markdown, under the heading, the ids as code.
    let out = handoff()
        .args(["coverage", "-f", "md", "--max-default-share", "0.5"])
        .arg(&csv)
        .assert()
        .code(1)
        .get_output()
        .stdout
        .clone();
    let md = String::from_utf8(out).unwrap();
    assert!(
        md.contains("(never taken: `self-serve-pricing`, `enterprise-lead`, which read `company_size`, `deal_stage`"),
        "{md}"
    );
    handoff()
        .args(["coverage", "--max-default-share", "0.4"])
        .assert()
        .code(1)
        .stderr(contains("over --max-default-share 0.4\n"));
}

/// A phrase never counted says where it occurred all the same, in every format: only
/// negated ("I don't want a refund"), or only inside a longer phrase of its signal; a
/// phrase with nothing beside it never occurred at all.
#[test]
fn a_phrase_never_counted_says_it_was_only_negated() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(
        dir.path(),
        "r.yaml",
        "version: 1\nsignals:\n  - { id: refund, negation: true, phrases: [refund, full refund please, chargeback] }\ntriggers:\n  - { id: t, when: { message: { signal: refund } } }\n",
    );
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\n\
         a,customer,I don't want a refund\n\
         b,customer,I do not need a refund\n\
         c,customer,a full refund please\n",
    );
    let run = |format: &str| coverage_of(&rules, &csv, format);
    let table = run("table");
    assert!(
        table.contains(
            "“refund” (negated in 2 messages, inside a longer phrase in 1), “chargeback”"
        ),
        "{table}"
    );
    let md = run("md");
    assert!(
        md.contains("\n- phrase `refund` in signal `refund` — negated in 2 messages, inside a longer phrase in 1\n- phrase `chargeback` in signal `refund`\n"),
        "{md}"
    );
    let html = run("html");
    assert!(
        html.contains("<li>phrase <code>refund</code> in signal <code>refund</code> — negated in 2 messages, inside a longer phrase in 1</li>"),
        "{html}"
    );
    let (json, text) = json_of(
        handoff()
            .args(["coverage", "-f", "json", "-r"])
            .arg(&rules)
            .arg(&csv),
        0,
    );
    assert_eq!(
        json["dead_phrases"][0],
        serde_json::json!({"signal": "refund", "kind": "phrase", "text": "refund", "negated": 2, "inside_longer": 1}),
        "{text}"
    );
    assert_eq!(json["signals"][0]["entries"][0]["negated"], 2, "{text}");
}

/// The starter pack's `service-verdict` signal has 122 phrases, and on a small export
/// the table's "never counted" cell listed every one: two screens of the terminal for one
/// row. The table lists ten, those that occurred all the same first (the ones to act
/// on), then says how many more; Markdown lists every one.
#[test]
fn the_table_lists_ten_phrases_never_counted_and_how_many_more() {
    let dir = tempfile::tempdir().unwrap();
    let phrases: Vec<String> = (1..=13).map(|i| format!("verdict {i:02}")).collect();
    let rules = write(
        dir.path(),
        "r.yaml",
        &format!(
            "version: 1\nsignals:\n  - {{ id: v, phrases: [{}, refund, full refund please] }}\ntriggers:\n  - {{ id: t, when: {{ message: {{ signal: v }} }} }}\n",
            phrases.join(", ")
        ),
    );
    let csv = write(
        dir.path(),
        "t.csv",
        "conversation_id,role,text\na,customer,a full refund please\n",
    );
    let table = coverage_of(&rules, &csv, "table");
    // Flattened: the cell wraps over several lines of the table.
    let flat: String = (table.lines())
        .filter_map(|l| l.split('┆').nth(3))
        .map(|cell| cell.trim_end_matches('│').trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains(
            "“refund” (only inside a longer phrase, in 1 message), “verdict 01”, “verdict 02”"
        ),
        "{table}"
    );
    assert!(
        flat.contains("“verdict 09”, … and 4 more (`-f md` lists them all)"),
        "{table}"
    );
    assert!(!flat.contains("verdict 10"), "{table}");
    let md = coverage_of(&rules, &csv, "md");
    for p in &phrases {
        assert!(
            md.contains(&format!("- phrase `{p}` in signal `v`\n")),
            "{md}"
        );
    }
}

/// cov48: a rule owner whose `bot-loop` never fired could not tell whether the fallback
/// detector counted nothing on the export (the bot's wording not recognised) or counted
/// too few. Each counter of a detector the rules read (the starter's: `bot_fallbacks`,
/// `bot_repeats`) says what it counted, in every format, after the signals; one that
/// counted nothing is named. `--redact` changes none of it.
#[test]
fn the_detectors_counters_say_what_they_counted_and_name_one_that_never_did() {
    let dir = tempfile::tempdir().unwrap();
    let csv = write(
        dir.path(),
        "chats.csv",
        "conversation_id,role,text\n\
         c1,customer,how do i move my booking widget\n\
         c1,bot,\"Sorry, I didn't understand that.\"\n\
         c2,customer,where is my parcel\n\
         c2,bot,It is on its way.\n",
    );
    let run = |format: &str, redact: bool| {
        let mut cmd = handoff();
        cmd.args(["coverage", "-f", format]);
        if redact {
            cmd.arg("--redact");
        }
        stdout_of(cmd.arg(&csv))
    };
    let table = run("table", false);
    let (signals, counters) = (
        table.find("│ signal ").unwrap(),
        table.find("│ counter ").unwrap(),
    );
    assert!(signals < counters, "{table}");
    assert!(
        table[counters..].starts_with("│ counter       ┆ messages ┆ conversations ┆ most in one    │\n╞═══════════════╪══════════╪═══════════════╪════════════════╡\n│ bot_fallbacks ┆ 1        ┆ 1             ┆ 1 (1 within 8) │\n│ bot_repeats   ┆ 0        ┆ 0             ┆ 0 (0 within 4) │\n"),
        "{table}"
    );
    // The line under `signals never matched:`.
    let (_, below) = table.split_once("\nsignals never matched:").unwrap();
    assert!(
        below.contains("\ncounters never counted:   bot_repeats\n\ngaps\n"),
        "{table}"
    );
    let md = run("md", false);
    assert!(
        md.contains("</details>\n\n<details><summary>Counters</summary>\n\n| counter | messages | conversations | most in one |\n|---|---:|---:|---:|\n| `bot_fallbacks` | 1 | 1 | 1 (1 within 8) |\n| `bot_repeats` | 0 | 0 | 0 (0 within 4) |\n\n</details>\n"),
        "{md}"
    );
    assert!(
        md.contains("\n- counter `bot_repeats` — counted no message\n"),
        "{md}"
    );
    let html = run("html", false);
    assert!(
        html.contains("</table><h2>Counters</h2><table><tr><th>counter</th><th>messages counted</th><th>conversations</th><th>most in one</th></tr><tr><td>bot_fallbacks</td><td>1</td><td>1</td><td>1 (1 within 8)</td></tr><tr><td>bot_repeats</td><td>0</td><td>0</td><td>0 (0 within 4)</td></tr></table>"),
        "{html}"
    );
    assert!(
        html.contains("<li>counter <code>bot_repeats</code> — counted no message</li>"),
        "{html}"
    );
    let json: serde_json::Value = serde_json::from_str(&run("json", false)).unwrap();
    assert_eq!(
        json["counters"],
        serde_json::json!([
            {"name": "bot_fallbacks", "messages": 1, "conversations": 1, "most": 1, "windows": [{"within": 8, "most": 1}]},
            {"name": "bot_repeats", "messages": 0, "conversations": 0, "most": 0, "windows": [{"within": 4, "most": 0}]}
        ])
    );
    let redacted: serde_json::Value = serde_json::from_str(&run("json", true)).unwrap();
    assert_eq!(redacted["counters"], json["counters"]);
    assert_eq!(run("table", true), table);
}
