//! The performance floor: a bare csv `ByteRecord` read loop over a transcript file,
//! touching every field. `handoff replay` is measured as a multiple of this.
//! With `--reader`, handoff's own reader instead: parsing, validation and grouping into
//! conversations, with no rules; the part of a replay that runs on one thread.
//! Usage: `cargo run --release --example floor -- [--reader] FILE`.

use std::io::Write as _;

use handoff::transcript::{Conversations as _, Input, ReaderBuilder};

fn main() {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let reader = args.first().is_some_and(|a| a == "--reader");
    if reader {
        args.remove(0);
    }
    let path = args.first().expect("usage: floor [--reader] FILE");
    let line = if reader {
        let mut reader = ReaderBuilder::new().build(vec![Input::Path(path.into())]);
        let (mut conversations, mut messages) = (0u64, 0u64);
        while let Some(c) = reader.next() {
            let c = c.expect("read");
            conversations += 1;
            messages += c.messages.len() as u64;
            reader.recycle(c);
        }
        format!("{conversations} conversations, {messages} messages")
    } else {
        let file = std::fs::File::open(path).expect("open");
        let mut reader = csv::ReaderBuilder::new()
            .flexible(true)
            .from_reader(std::io::BufReader::with_capacity(256 * 1024, file));
        let mut record = csv::ByteRecord::new();
        let (mut rows, mut bytes) = (0u64, 0u64);
        while reader.read_byte_record(&mut record).expect("read") {
            rows += 1;
            bytes += record.iter().map(|f| f.len() as u64).sum::<u64>();
        }
        format!("{rows} rows, {bytes} field bytes")
    };
    writeln!(std::io::stdout(), "{line}").expect("write");
}
