//! Slashed dates (`13/06/2026 2:00 PM`, as Zendesk, Intercom and Excel write them) and
//! German month names (`1. Juni 2026 14:00`) in a replay: read in the order `date_order:`
//! sets or the file shows, each message's local time deciding its `hours:` route. The
//! fixtures are under tests/fixtures/dates/.

use crate::common::{handoff, jsonl, stderr_text, stdout_text, write};

const RULES: &str = "tests/fixtures/hours/rules";
const SLASHED: &str = "tests/fixtures/dates/slashed.csv";
const GERMAN: &str = "tests/fixtures/dates/german.csv";

/// Each conversation's (id, route, `escalation_time`) and the stderr of a replay of
/// `file` with `args` on top.
fn replay(file: &str, args: &[&str]) -> (Vec<(String, String, String)>, String) {
    let mut cmd = handoff();
    cmd.args(["replay", "-r", RULES, "-f", "jsonl"])
        .args(args)
        .arg(file);
    let assert = cmd.assert().code(0);
    let stderr = stderr_text(&assert);
    let rows = jsonl(&stdout_text(&assert))
        .iter()
        .map(|o| {
            let text = |key: &str| o[key].as_str().unwrap_or("-").to_owned();
            (
                text("conversation_id"),
                text("route"),
                text("escalation_time"),
            )
        })
        .collect();
    (rows, stderr)
}

fn rows(expected: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    expected
        .iter()
        .map(|(a, b, c)| ((*a).to_owned(), (*b).to_owned(), (*c).to_owned()))
        .collect()
}

/// Without `date_order:`, the first date with a day above 12 (line 3) shows the file is
/// day-first: the ambiguous date before it stays unread (D003 naming the setting), those
/// after are read day-first, and a later month-first date is a D003 at its line.
#[test]
fn the_order_is_learned_from_the_file() {
    let (routes, stderr) = replay(SLASHED, &[]);
    // 13 June 2026 is a Saturday, 7 June a Sunday: the night shift's. Unread, no time:
    // in no hours window.
    assert_eq!(
        routes,
        rows(&[
            ("first", "default", "-"),
            ("fixes", "night-shift", "13/06/2026 2:00 PM"),
            ("after", "night-shift", "07/06/2026 12:00 PM"),
            ("mixed", "default", "-"),
        ]),
        "{stderr}"
    );
    assert!(
        stderr.contains("slashed.csv:2")
            && stderr.contains("warning[D003]: timestamp `07/06/2026 12:00 PM` is ambiguous: day 7 of month 6 (day-first) or day 6 of month 7 (month-first)")
            && stderr.contains("set `date_order: day-first` or `date_order: month-first`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("slashed.csv:5")
            && stderr.contains("warning[D003]: timestamp `06/14/2026 10:00 AM` can only be month-first (14 is no month), but this file's slashed dates are read day-first, the order learned from line 3 (`13/06/2026 2:00 PM`)")
            && stderr.contains("2 unparseable timestamps"),
        "{stderr}"
    );
}

/// Each file learns its own order: a second export, from a US system, is read
/// month-first, in a parallel replay too. The order learned from the first file was
/// kept for every file after it, so the second's dates were unread or read wrong
/// (`06/07/2026` as 6 July).
#[test]
fn each_file_learns_its_own_order() {
    const ASK: &str = "customer,can I talk to a real person";
    let dir = tempfile::tempdir().unwrap();
    let day = write(
        dir.path(),
        "day.csv",
        &format!(
            "conversation_id,timestamp,role,text\na1,13/06/2026 2:00 PM,{ASK}\na2,07/06/2026 12:00 PM,{ASK}\n"
        ),
    );
    let us = write(
        dir.path(),
        "us.csv",
        &format!(
            "conversation_id,timestamp,role,text\nb1,06/14/2026 10:00 AM,{ASK}\nb2,06/07/2026 12:00 PM,{ASK}\nb3,13/06/2026 2:00 PM,{ASK}\n"
        ),
    );
    let expected = rows(&[
        ("a1", "night-shift", "13/06/2026 2:00 PM"),
        ("a2", "night-shift", "07/06/2026 12:00 PM"),
        ("b1", "night-shift", "06/14/2026 10:00 AM"),
        ("b2", "night-shift", "06/07/2026 12:00 PM"),
        ("b3", "default", "-"),
    ]);
    // Grouped in memory (`--unsorted`), the rows are still read a file at a time.
    for jobs in ["1", "2", "--unsorted"] {
        // day.csv, then us.csv.
        let flags = if jobs == "--unsorted" {
            vec![jobs]
        } else {
            vec!["-j", jobs]
        };
        let args: Vec<&str> = flags.into_iter().chain([day.to_str().unwrap()]).collect();
        let (routes, stderr) = replay(us.to_str().unwrap(), &args);
        assert_eq!(routes, expected, "{jobs}: {stderr}");
        assert!(
            stderr.contains("us.csv:4")
                && stderr.contains("timestamp `13/06/2026 2:00 PM` can only be day-first (13 is no month), but this file's slashed dates are read month-first, the order learned from line 2 (`06/14/2026 10:00 AM`)")
                && stderr.contains("1 unparseable timestamp"),
            "{jobs}: {stderr}"
        );
    }
}

/// `--map date_order=month-first` (or `date_order:` in a mapping file): every slashed
/// date read month-first from the first row; a day-first one is the D003.
#[test]
fn the_order_set_reads_every_row() {
    // 6 July 2026 is a Monday: 12:00 UTC is 13:00 in London, in business hours.
    let expected = rows(&[
        ("first", "default", "07/06/2026 12:00 PM"),
        ("fixes", "default", "-"),
        ("after", "default", "07/06/2026 12:00 PM"),
        ("mixed", "night-shift", "06/14/2026 10:00 AM"),
    ]);
    let (routes, stderr) = replay(SLASHED, &["--map", "date_order=month-first"]);
    assert_eq!(routes, expected, "{stderr}");
    assert!(
        stderr.contains("slashed.csv:3")
            && stderr.contains("timestamp `13/06/2026 2:00 PM` can only be day-first (13 is no month), but this input's slashed dates are read month-first")
            && stderr.contains("1 unparseable timestamp"),
        "{stderr}"
    );
    let dir = tempfile::tempdir().unwrap();
    let mapping = write(dir.path(), "us.yaml", "date_order: month-first\n");
    let (routes, _) = replay(SLASHED, &["--mapping", mapping.to_str().unwrap()]);
    assert_eq!(routes, expected);
    // Day-first, from .handoff.yaml: the first row is read too.
    std::fs::write(
        dir.path().join(".handoff.yaml"),
        "input:\n  date_order: day-first\n",
    )
    .unwrap();
    let mut cmd = handoff();
    let root = crate::common::root();
    cmd.current_dir(dir.path())
        .args(["replay", "-f", "jsonl", "-r"])
        .arg(root.join(RULES))
        .arg(root.join(SLASHED));
    let out = stdout_text(&cmd.assert().code(0));
    let first = &jsonl(&out)[0];
    assert_eq!(first["route"], "night-shift", "{out}");
    assert_eq!(first["escalation_time"], "07/06/2026 12:00 PM", "{out}");
}

/// A wrong `--map date_order=` is an error (exit 2) saying what it takes.
#[test]
fn a_wrong_date_order_is_an_error() {
    let assert = handoff()
        .args(["replay", "-r", RULES, "--map", "date_order=dmy", SLASHED])
        .assert()
        .code(2);
    let stderr = stderr_text(&assert);
    assert!(
        stderr.contains("invalid --map")
            && stderr.contains("`date_order`: `dmy` is not a date order; expected `day-first` (13/05/2020) or `month-first` (05/13/2020)"),
        "{stderr}"
    );
    // Two orders: one export writes one.
    let assert = handoff()
        .args(["replay", "-r", RULES, "--map", "date_order=day-first"])
        .args(["--map", "date_order=month-first", SLASHED])
        .assert()
        .code(2);
    let stderr = stderr_text(&assert);
    assert!(
        stderr.contains("invalid --map: `date_order` is given twice, in `--map date_order=day-first` and `--map date_order=month-first`; an export writes its dates in one order"),
        "{stderr}"
    );
    // The same order twice is no contradiction.
    handoff()
        .args(["replay", "-r", RULES, "--map", "date_order=day-first"])
        .args(["--map", "date_order=Day_First", SLASHED])
        .assert()
        .code(0);
}

/// German month names, with and without umlauts and abbreviated: read, and `explain`
/// shows the local time the `hours:` route saw.
#[test]
fn german_month_names_are_read() {
    let (routes, stderr) = replay(GERMAN, &[]);
    assert_eq!(
        routes,
        rows(&[
            ("montag", "default", "1. Juni 2026 14:00"),
            ("abend", "night-shift", "1. Juni 2026 17:45"),
            ("sonntag", "night-shift", "7. Juni 2026 12:00"),
            ("maerz", "default", "2. Maerz 2026 10:00"),
            ("dez", "default", "24. Dez. 2026 10:00"),
        ]),
        "{stderr}"
    );
    assert!(!stderr.contains("D003"), "{stderr}");
    let out =
        crate::common::stdout_of(handoff().args(["explain", "-r", RULES, "-c", "abend", GERMAN]));
    assert!(
        out.contains("local time Mon 2026-06-01 18:45 (Europe/London)"),
        "{out}"
    );
}
