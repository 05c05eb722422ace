//! `coverage`'s counters of built-in detectors beside the most in one: the most within
//! each window a condition reads them in, and the most a route saw at an escalation
//! point, where a trigger or a route reading them never held.

use crate::common::{coverage_of, handoff, stdout_of, write};

/// Two fallbacks twelve messages apart: the starter's `bot-loop` (2 within 8) never
/// fires, and the table's most in one, 2, said nothing of why. It says the most within
/// the trigger's window beside it, 1: the bound is never reached in the window.
#[test]
fn the_most_in_one_says_the_most_within_the_window_a_trigger_reads() {
    let dir = tempfile::tempdir().unwrap();
    let between = (0..5)
        .map(|i| format!("c1,customer,it was sent on day {i}\nc1,bot,Noted: day {i}.\n"))
        .collect::<Vec<_>>()
        .concat();
    let fallback = "c1,bot,\"Sorry, I didn't understand that.\"\n";
    let csv = format!(
        "conversation_id,role,text\nc1,customer,where is my parcel\n{fallback}{between}c1,customer,still nothing\n{fallback}"
    );
    let csv = write(dir.path(), "chats.csv", &csv);
    let table = stdout_of(handoff().args(["coverage", "-f", "table"]).arg(&csv));
    assert!(
        table.contains("│ bot_fallbacks ┆ 2        ┆ 1             ┆ 2 (1 within 8) │"),
        "{table}"
    );
    assert!(
        table.contains("never escalated anything:") && table.contains("bot-loop"),
        "{table}"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout_of(
        handoff().args(["coverage", "-f", "json"]).arg(&csv),
    ))
    .unwrap();
    assert_eq!(
        json["counters"][0]["windows"],
        serde_json::json!([{"within": 8, "most": 1}])
    );
}

/// A route reading `customer_repeats` (2 of them) never taken, though the table said the
/// most in one was 3: they came after the escalation, where no route reads them. The
/// most at an escalation point says so: 0.
#[test]
fn a_counter_a_route_reads_says_what_it_had_counted_at_an_escalation() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "r.yaml", &routed_on_repeats(""));
    let csv = write(
        dir.path(),
        "chats.csv",
        &format!(
            "conversation_id,role,text\nc1,customer,I want a human\nc1,bot,One moment.\n{SAID_AGAIN}{SAID_AGAIN}{SAID_AGAIN}{SAID_AGAIN}"
        ),
    );
    let run = |format: &str| coverage_of(&rules, &csv, format);
    let table = run("table");
    assert!(
        table.contains("│ customer_repeats ┆ 3        ┆ 1             ┆ 3 (0 at an escalation) │"),
        "{table}"
    );
    assert!(
        run("md").contains("| `customer_repeats` | 3 | 1 | 3 (0 at an escalation) |"),
        "markdown"
    );
    assert!(
        run("html").contains(
            "<td>customer_repeats</td><td>3</td><td>1</td><td>3 (0 at an escalation)</td>"
        ),
        "html"
    );
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(
        json["counters"],
        serde_json::json!([{"name": "customer_repeats", "messages": 3, "conversations": 1, "most": 3, "windows": [], "at_escalation": 0}])
    );
}

/// A route reading `customer_repeats` in a window (2 within 4) never taken, though the
/// table said 2 at an escalation: the repeats came early, and the window ending at the
/// escalation point held none. The route's figure is that window's.
#[test]
fn a_route_reading_a_counter_in_a_window_says_what_the_window_held_at_an_escalation() {
    let dir = tempfile::tempdir().unwrap();
    let rules = write(dir.path(), "r.yaml", &routed_on_repeats(", within: 4"));
    let between = "c1,customer,where is my parcel\nc1,bot,It left our depot on Monday.\n\
        c1,customer,the box is blue\nc1,bot,Noted.\n\
        c1,customer,thanks for checking\nc1,bot,You are welcome.\n";
    let csv = write(
        dir.path(),
        "chats.csv",
        &format!(
            "conversation_id,role,text\n{SAID_AGAIN}{SAID_AGAIN}{SAID_AGAIN}{between}c1,customer,I want a human\nc1,bot,One moment.\n"
        ),
    );
    let run = |format: &str| coverage_of(&rules, &csv, format);
    let table = run("table");
    assert!(
        table.contains("│ customer_repeats ┆ 2        ┆ 1             ┆ 2 (2 within 4, 0 within 4 at an escalation) │"),
        "{table}"
    );
    assert!(
        table.contains("routes never taken:       repeat-caller"),
        "{table}"
    );
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(
        json["counters"],
        serde_json::json!([{"name": "customer_repeats", "messages": 2, "conversations": 1, "most": 2, "windows": [{"within": 4, "most": 2, "at_escalation": 0}]}])
    );
}

/// A customer's message and the bot's answer, the message the repeat detector counts
/// when it comes again.
const SAID_AGAIN: &str = "c1,customer,I need to change my delivery address\nc1,bot,You can track your order at example.com/track.\n";

/// Rules that escalate on "a human" and route to team `b` on 2 `customer_repeats`, read
/// as `more` says besides (", within: 4": in a window).
fn routed_on_repeats(more: &str) -> String {
    format!(
        "version: 1
signals:
  - {{ id: human, phrases: [a human] }}
triggers:
  - {{ id: asks, when: {{ message: {{ role: customer, signal: human }} }} }}
routes:
  - {{ id: repeat-caller, when: {{ counter: {{ name: customer_repeats, at_least: 2{more} }} }}, team: b }}
default_route: {{ team: a }}
teams:
  - {{ id: a, name: A, bridge: hi }}
  - {{ id: b, name: B, bridge: hello }}
"
    )
}
