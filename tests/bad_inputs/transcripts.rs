//! The catalogue's transcript cases: every way a transcript file, a directory of them or
//! stdin can be wrong that we know of (CSV rows, quotes, ids, timestamps, roles, gzip).
//! A format's or an encoding's own: `encodings.rs`; a contacts file's: `contacts.rs`.

use super::{Case, HEADER, case, csv, gzip};

pub(super) fn transcript_cases() -> Vec<Case> {
    let two = "a,2026-03-01T09:00:00Z,customer,hello\nb,2026-03-01T10:00:00Z,customer,this is ridiculous\n";
    let mut huge = String::from(HEADER);
    huge.push_str("a,,customer,\"");
    huge.push_str(&"blah ".repeat(2 * 1024 * 1024));
    huge.push_str("this is ridiculous\"\n");
    vec![
        case("empty transcript file")
            .file("t.csv", "")
            .replay("t.csv")
            .says("warning[D007]: transcript file is empty")
            .says("{dir}/t.csv:1")
            .outcomes(0),
        case("header only")
            .file("t.csv", HEADER)
            .replay("t.csv")
            .says("warning[D007]: transcript file has a header and no rows")
            .says("{dir}/t.csv:1")
            .outcomes(0),
        case("missing required column, named, with the columns found")
            .file("t.csv", "id,role,text\n1,customer,hi\n")
            .replay("t.csv")
            .code(2)
            .says("{dir}/t.csv:1: no `conversation_id` column; the columns are: `id`, `role`, `text`")
            .says("--map conversation_id=<column>"),
        case("a file given twice is an error before anything is read (review: --unsorted doubled it)")
            .file("t.csv", "conversation_id,role,text\nc1,customer,hi\n")
            .replay("t.csv")
            .args(&["--unsorted", "{dir}"])
            .code(2)
            .says("t.csv is given twice (directly or in a directory): its conversations would be read twice"),
        case("a semicolon-separated export: read with its delimiter (it was an error)")
            .file("t.csv", "conversation_id;timestamp;role;text\nc1;;customer;hi\n")
            .replay("t.csv")
            .outcomes(1),
        case("a JSON array export: said to be JSON, with how to make it JSONL (review)")
            .file("export.json", "[{\"conversation_id\": \"a\", \"role\": \"customer\", \"text\": \"hi\"}]\n")
            .replay("export.json")
            .code(2)
            .says("this is JSON, not CSV")
            .says("jq -c '.[]' export.json > export.jsonl"),
        case("ragged row: skipped, reported with its line, the run fails at the end")
            .file("t.csv", csv(&format!("x,,customer\n{two}")))
            .replay("t.csv")
            .code(2)
            .says("warning[D001]: skipped malformed row: row has 3 fields, the header has 4")
            .says("{dir}/t.csv:2")
            .says("1 malformed row was skipped")
            .outcomes(2),
        case("ragged row with --on-error skip")
            .file("t.csv", csv(&format!("x,,customer\n{two}")))
            .replay("t.csv")
            .args(&["--on-error", "skip"])
            .says("warning[D001]")
            .says("skipped 1 malformed row of 3")
            .outcomes(2),
        case("a row without a conversation id")
            .file("t.csv", csv(&format!(",,customer,hello\n{two}")))
            .replay("t.csv")
            .code(2)
            .says("empty `conversation_id`: the row belongs to no conversation")
            .says("{dir}/t.csv:2")
            .outcomes(2),
        // Regression: an unclosed quote swallowed the rest of the file, with a warning and exit 0.
        case("a quote never closed: its row skipped and counted, the rows after it read")
            .file("t.csv", csv("x,,customer,hi\na,,customer,\"I need a discount\nb,,customer,this is ridiculous\nc,,customer,hello\n"))
            .replay("t.csv")
            .code(2)
            .says("warning[D008]: skipped malformed row: the quoted field in column `text` opens here and is never closed: it would swallow the 2 lines after it, to the end of the file, which are read as rows instead")
            .says("{dir}/t.csv:3")
            .says("skipped 1 malformed row of 4")
            .says("1 malformed row was skipped")
            .outcomes(3),
        // Regression: a record past any size was held whole, to the end of the file (a
        // 2 GB export with an unclosed quote on line 2 took 2 GB of memory).
        case("a quote not closed within the limit of one row (16 MiB): its row skipped, the rows after it read")
            .file("t.csv", csv(&format!(
                "x,,customer,hi\na,,customer,\"I need {}\nb,,customer,this is ridiculous\n",
                "x".repeat(handoff::transcript::MAX_RECORD_BYTES)
            )))
            .replay("t.csv")
            .code(2)
            .says("warning[D008]: skipped malformed row: the quoted field in column `text` opens here and is not closed within 16 MiB, the limit for one row: the quote is never closed, or the field is longer than a row may be; the lines after this one are read as rows")
            .says("{dir}/t.csv:3")
            .says("skipped 1 malformed row of 3")
            .outcomes(2),
        case("a JSONL line past the limit of one row (16 MiB): skipped, the lines after it read")
            .file("t.jsonl", format!(
                "{{\"conversation_id\":\"a\",\"role\":\"customer\",\"text\":\"{}\"}}\n{{\"conversation_id\":\"b\",\"role\":\"customer\",\"text\":\"hi\"}}\n",
                "x".repeat(handoff::transcript::MAX_RECORD_BYTES)
            ))
            .replay("t.jsonl")
            .code(2)
            .says("warning[D001]: skipped malformed row: the line is longer than 16 MiB, the limit for one row")
            .says("{dir}/t.jsonl:1")
            .outcomes(1),
        case("a quote never closed, accepted with --on-error skip")
            .file("t.csv", csv("a,,customer,\"I need a discount\nb,,customer,this is ridiculous\n"))
            .replay("t.csv")
            .args(&["--on-error", "skip"])
            .says("warning[D008]: skipped malformed row")
            .says("{dir}/t.csv:2")
            .outcomes(1),
        case("a stray quote closed by a later one: a warning, the row kept")
            .file("t.csv", csv("a,,customer,\"I need a discount\nb,,customer,this is ridiculous\nc,,customer,\"bye\n"))
            .replay("t.csv")
            .says("warning[D008]: a quoted field runs over 3 lines, 2 of which look like rows: is a quote unclosed?")
            .says("{dir}/t.csv:2")
            // Further ones are not listed but counted, and the count is shown.
            .says("1 quoted field holding lines that look like rows (D008)")
            .outcomes(1),
        case("invalid UTF-8: decoded lossily, counted, not lost")
            .file("t.csv", [csv("a,,customer,caf").as_slice(), b"\xe9 ridiculous\n"].concat())
            .replay("t.csv")
            .says("warning[D004]")
            .says("{dir}/t.csv:2")
            .outcomes(1),
        case("a UTF-8 byte order mark")
            .file("t.csv", [b"\xef\xbb\xbf".as_slice(), &csv(two)].concat())
            .replay("t.csv")
            .says("replayed 2 conversations")
            .outcomes(2),
        case("CRLF line ends keep line numbers right")
            .file(
                "t.csv",
                "conversation_id,timestamp,role,text\r\na,,customer,hi\r\nb,,customer\r\n",
            )
            .replay("t.csv")
            .code(2)
            .says("{dir}/t.csv:3")
            .outcomes(1),
        case("a 10 MB message")
            .file("t.csv", huge)
            .replay("t.csv")
            .says("escalated 1 of 1")
            .outcomes(1),
        case("a conversation id that reappears later, with both places")
            .file("t.csv", csv("a,,customer,hi\nb,,customer,yo\na,,customer,again\n"))
            .replay("t.csv")
            .code(2)
            .says("{dir}/t.csv:4: conversation `a` reappears after other conversations (its earlier rows end at {dir}/t.csv:2)")
            .says("--unsorted")
            // `b` may go on after `a`'s row (review: it was written as complete, cut
            // short): not replayed, and said.
            .says("`b`, whose rows from {dir}/t.csv:3 may go on after this one, is left out")
            .outcomes(1),
        case("a reappearing id on one thread: the conversations finished before it are replayed")
            .file("t.csv", csv("a,,customer,hi\nb,,customer,yo\na,,customer,again\nc,,customer,x\n"))
            .replay("t.csv")
            .args(&["--jobs", "1"])
            .code(2)
            .says("{dir}/t.csv:4: conversation `a` reappears")
            .says("note: `a` was read from its earlier rows only: its outcome above was written from those rows alone; `b`")
            .outcomes(1),
        case("--unsorted groups a reappearing id")
            .file("t.csv", csv("a,,customer,hi\nb,,customer,yo\na,,customer,ridiculous\n"))
            .replay("t.csv")
            .args(&["--unsorted"])
            .says("regrouped")
            .outcomes(2),
        case("timestamps out of order")
            .file(
                "t.csv",
                csv("a,2026-03-01T10:00:00Z,customer,hi\na,2026-03-01T09:00:00Z,bot,hello\n"),
            )
            .replay("t.csv")
            .says("warning[D006]")
            .says("{dir}/t.csv:3")
            .outcomes(1),
        case("an unparseable timestamp: the message is kept, without a time")
            .file("t.csv", csv("a,last tuesday,customer,this is ridiculous\n"))
            .replay("t.csv")
            .says("warning[D003]: timestamp `last tuesday` is not a date and time")
            .says("{dir}/t.csv:2")
            .outcomes(1),
        case("an unknown role value: kept as `other`, reported with how to map it")
            .file("t.csv", csv("a,,system,maintenance\na,,customer,hi\n"))
            .replay("t.csv")
            .says("warning[D002]: unknown role `system`")
            .says("--role system=bot")
            .outcomes(1),
        case("a truncated gzip file")
            .file("t.csv.gz", {
                let full = gzip(&csv(&"a,,customer,hello there\n".repeat(2000)));
                full[..full.len() / 2].to_vec()
            })
            .replay("t.csv.gz")
            .code(2)
            .says("{dir}/t.csv.gz")
            .says("cannot read transcript: the gzip file is truncated or corrupt"),
        case("a gzip file that is fine")
            .file("t.csv.gz", gzip(&csv(two)))
            .replay("t.csv.gz")
            .outcomes(2),
        case("a directory where a transcript file was expected, without transcripts")
            .file("dir/notes.txt", "hello")
            .replay("dir")
            .code(2)
            .says("no transcript files (*.csv, *.jsonl, *.ndjson, optionally .gz) in directory {dir}/dir"),
        case("a directory where the contacts file was expected")
            .file("t.csv", csv(two))
            .file("crm/x.csv", "email\n")
            .replay("t.csv")
            .args(&["--contacts", "{dir}/crm"])
            .code(2)
            .says("cannot read contacts file {dir}/crm"),
        case("a transcript that does not exist")
            .replay("nope.csv")
            .code(2)
            .says("cannot open transcript {dir}/nope.csv"),
        case("stdin closed at once")
            .args(&["replay", "-f", "jsonl", "-"])
            .stdin("")
            .says("warning[D007]: transcript file is empty")
            .says("<stdin>:1")
            .outcomes(0),
        // The second `-` read an empty stdin, without the error a file gets.
        case("stdin given twice")
            .args(&["replay", "-f", "jsonl", "-", "-"])
            .stdin(csv("a,,customer,this is ridiculous\n"))
            .code(2)
            .says("`-` (stdin) is given twice: it can be read only once")
            .outcomes(0),
        case("stdin closed in the middle of a row")
            .args(&["replay", "-f", "jsonl", "-"])
            .stdin(csv("a,,customer,this is ridiculous\nb,,cust"))
            .code(2)
            .says("warning[D001]")
            .says("<stdin>:3")
            .outcomes(1),
    ]
}
