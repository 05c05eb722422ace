//! `handoff coverage` says why a phrase or a detector never counted: a phrase only
//! negated or only inside a longer one, the ten listed and how many more, and what each
//! detector's counter counted.

use crate::common::{coverage_of, handoff, json_of, stdout_of, write};

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
