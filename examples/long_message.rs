//! One long customer message of a given shape, as a CSV transcript on stdout: the input
//! of `benches/long.sh`, which times `handoff` on it at growing sizes to show what grows
//! faster than the text (a name's cues read from the whole message, each secret searched
//! for in all of it: each took time growing with the square of a long paste).
//!
//! `long_message SHAPE BYTES` writes the conversation `c1`: the bot asks for the
//! customer's name and password, and the customer asks for a human, then repeats the
//! shape's unit until the message is BYTES long; for `again`, two customer messages of
//! half that each, the first of PINs asked and answered, the second of log lines (each
//! secret of the first looked for in the second). `long_message --shapes` lists the
//! shapes.

use std::io::Write;

/// A shape's unit: its `i`th repeat.
type Unit = fn(usize) -> String;

/// Each shape: its name and its unit.
const SHAPES: &[(&str, Unit)] = &[
    ("names", |i| {
        format!("{}{}", if i == 0 { "names " } else { ", " }, name(i))
    }),
    ("cued", |i| {
        format!("{}{}", if i == 0 { "" } else { ", Names " }, name(i))
    }),
    ("facts", |i| format!("${i} and order #{} ", 10_000 + i)),
    ("intro", |i| {
        format!("My name is {} Qx{}. ", name(i), &name(i)[2..])
    }),
    ("relative", |i| format!("my son {} and ", name(i))),
    ("particled", |i| format!("Dr. van {} said hi. ", name(i))),
    ("initialled", |i| format!("I am J. {}. ", name(i))),
    ("password", |i| format!("my password is Sea{}1 ", name(i))),
    ("secretq", |i| {
        format!("What is your PIN? {:04} ", i % 10_000)
    }),
    ("grouped", |i| {
        format!("my PIN is {:02} {:02} ", i % 100, (i / 100) % 100)
    }),
    ("digits", |i| format!("{} 5678 ", 1000 + i % 9000)),
    ("english", |_| {
        "I want to talk to a human about my order please. ".to_owned()
    }),
    ("word", |_| "a".repeat(64)),
    // Phrases a negation cancels, over and over: each cancelled match was looked up
    // among all those before it.
    ("negated", |_| {
        "so frustrated this is not working why ".to_owned()
    }),
    ("email", |i| format!("{}@example.com ", name(i))),
    ("phone", |i| format!("call +44 20 7946 {:04} ", i % 10_000)),
    ("quoted", |i| format!("\"{}\" ", name(i))),
    ("caps", |i| format!("{} ", name(i))),
    ("again", |i| format!("What is your PIN? {:04} ", i % 10_000)),
    ("log", |i| {
        format!(
            "2026-01-01T00:{:02}:{:02}Z ERROR code {} at module{} ",
            (i / 60) % 60,
            i % 60,
            500 + i % 7,
            i % 13
        )
    }),
];

/// A distinct name for each `i`: "Zq" and four letters no word has.
fn name(i: usize) -> String {
    let letter = |n: usize| char::from(b'a' + u8::try_from(n % 26).unwrap_or(0));
    format!(
        "Zq{}{}{}{}",
        letter(i / 17_576),
        letter(i / 676),
        letter(i / 26),
        letter(i)
    )
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--shapes") {
        let names: Vec<&str> = SHAPES.iter().map(|&(shape, _)| shape).collect();
        return write(&(names.join("\n") + "\n"));
    }
    let usage = "usage: long_message SHAPE BYTES, or long_message --shapes";
    let unit = args
        .first()
        .and_then(|shape| SHAPES.iter().find(|(s, _)| s == shape))
        .map(|&(_, unit)| unit);
    let bytes: Option<usize> = args.get(1).and_then(|s| s.parse().ok());
    let (Some(unit), Some(bytes), 2) = (unit, bytes, args.len()) else {
        say(usage);
        return std::process::ExitCode::from(2);
    };
    let again = args[0] == "again";
    let message = |unit: Unit, bytes: usize| {
        let mut text = String::from("I want to speak to a human. ");
        let mut i = 0;
        while text.len() < bytes {
            text.push_str(&unit(i));
            i += 1;
        }
        text.replace('"', "\"\"")
    };
    let row =
        |second: u8, text: &str| format!("c1,2026-01-01T00:00:0{second}Z,customer,\"{text}\"\n");
    let mut csv = String::from(
        "conversation_id,timestamp,role,text\n\
         c1,2026-01-01T00:00:00Z,bot,What is your name and your password?\n",
    );
    let first = message(unit, if again { bytes / 2 } else { bytes });
    csv.push_str(&row(1, &first));
    if again {
        let log = SHAPES
            .iter()
            .find(|(s, _)| *s == "log")
            .map(|&(_, unit)| unit);
        let second = log.map(|log| message(log, bytes / 2)).unwrap_or_default();
        csv.push_str("c1,2026-01-01T00:00:02Z,bot,Thanks.\n");
        csv.push_str(&row(3, &second));
    }
    write(&csv)
}

/// Says `line` on stderr.
fn say(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}

/// Writes `text` to stdout: exit 0, or 2 with the error said.
fn write(text: &str) -> std::process::ExitCode {
    match std::io::stdout().write_all(text.as_bytes()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            say(&format!("long_message: {e}"));
            std::process::ExitCode::from(2)
        }
    }
}
