//! The performance floor: a bare csv `ByteRecord` read loop over a transcript file,
//! touching every field. `handoff replay` is measured as a multiple of this.
//! Usage: `cargo run --release --example floor -- FILE`.

use std::io::Write as _;

fn main() {
    let path = std::env::args().nth(1).expect("usage: floor FILE");
    let file = std::fs::File::open(&path).expect("open");
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(std::io::BufReader::with_capacity(256 * 1024, file));
    let mut record = csv::ByteRecord::new();
    let (mut rows, mut bytes) = (0u64, 0u64);
    while reader.read_byte_record(&mut record).expect("read") {
        rows += 1;
        bytes += record.iter().map(|f| f.len() as u64).sum::<u64>();
    }
    writeln!(std::io::stdout(), "{rows} rows, {bytes} field bytes").expect("write");
}
