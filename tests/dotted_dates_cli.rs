//! Day-first dotted dates (`13.05.2020 15:14`), as German, Austrian, Swiss, Russian,
//! Polish, Nordic and Czech exports write them: they were each a `D003` and the message
//! lost its time. A slashed date both orders read (`05/06/2020`) stays unread without
//! `date_order:` (`tests/slashed_dates_cli.rs`).

use crate::common::{handoff, jsonl, stderr_text, stdout_text, write};

const RULES: &str = "tests/fixtures/hours/rules";

/// Each conversation's route (`night-shift` outside London business hours) and the
/// stderr of a replay of `csv` with `args` on top.
fn replay(csv: &str, args: &[&str]) -> (Vec<(String, String)>, String) {
    let dir = tempfile::tempdir().unwrap();
    let file = write(dir.path(), "export.csv", csv);
    let mut cmd = handoff();
    cmd.args(["replay", "-r", RULES, "-f", "jsonl"])
        .args(args)
        .arg(&file);
    let assert = cmd.assert().code(0);
    let stderr = stderr_text(&assert);
    let routes = jsonl(&stdout_text(&assert))
        .iter()
        .map(|o| {
            (
                o["conversation_id"].as_str().unwrap().to_owned(),
                o["route"].as_str().unwrap_or("-").to_owned(),
            )
        })
        .collect();
    (routes, stderr)
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
        .collect()
}

const ASK: &str = "customer,can I talk to a real person";

#[test]
fn dotted_dates_are_read_day_first_and_impossible_ones_are_d003() {
    let csv = format!(
        "conversation_id,timestamp,role,text\n\
         day,01.06.2026 14:00,{ASK}\n\
         evening,1.6.2026 17:45:07,{ASK}\n\
         sunday,07.06.2026 12:00,{ASK}\n\
         bad,31.02.2026 10:00,{ASK}\n"
    );
    let (routes, stderr) = replay(&csv, &[]);
    // 14:00 UTC is 15:00 in London (BST), in business hours; 17:45 UTC is 18:45, not.
    // 7 June 2026 is a Sunday; read month-first it would be Monday 6 July, in hours.
    assert_eq!(
        routes,
        pairs(&[
            ("day", "default"),
            ("evening", "night-shift"),
            ("sunday", "night-shift"),
            ("bad", "default")
        ]),
        "{stderr}"
    );
    assert!(
        stderr.contains(
            "warning[D003]: timestamp `31.02.2026 10:00` is not a date and time; the message has no time"
        ) && stderr.contains("export.csv:5")
            && stderr.contains("1 unparseable timestamp")
            && !stderr.contains("01.06.2026")
            && !stderr.contains("1.6.2026"),
        "{stderr}"
    );
}

/// Offset-less, a dotted time is the mapping's `timestamp_tz`, as `2026-06-01 18:10` is.
#[test]
fn dotted_times_are_read_in_the_mapping_zone() {
    let dir = tempfile::tempdir().unwrap();
    let mapping = write(dir.path(), "de.yaml", "timestamp_tz: Europe/Berlin\n");
    let csv = format!("conversation_id,timestamp,role,text\nc,01.06.2026 18:10,{ASK}\n");
    // 18:10 in Berlin is 17:10 in London: business hours. Read as UTC it would be 19:10.
    let (routes, _) = replay(&csv, &["--mapping", mapping.to_str().unwrap()]);
    assert_eq!(routes, pairs(&[("c", "default")]));
    let (routes, _) = replay(&csv, &[]);
    assert_eq!(routes, pairs(&[("c", "night-shift")]));
}

/// `05/06/2020` is the 5th of June or May 6th: not guessed, a D003 naming the setting.
#[test]
fn ambiguous_slashed_dates_are_still_d003() {
    let csv = format!("conversation_id,timestamp,role,text\nc,05/06/2026 10:00,{ASK}\n");
    let (routes, stderr) = replay(&csv, &[]);
    assert_eq!(routes, pairs(&[("c", "default")]));
    assert!(
        stderr.contains("warning[D003]: timestamp `05/06/2026 10:00` is ambiguous")
            && stderr.contains("date_order: day-first"),
        "{stderr}"
    );
}
