//! A record of megabytes (a log pasted into a chat): read whole, then the buffer grown
//! for it and its fields' memory go back, and the records after it read as before.

use super::*;

/// The buffer is back to the size it reads in once the long record is read, and the
/// fields' memory once the next record is asked for; every record is the csv crate's,
/// whether the rest of the input came with the long record or a few bytes at a time.
#[test]
fn the_memory_of_a_long_record_goes_back() {
    let long = "word ".repeat(KEPT / 2);
    let input = format!("a,\"{long}\"\nb,c\n\"d\",e\n");
    for step in [usize::MAX, 4096] {
        assert_eq!(ours(input.as_bytes(), step), theirs(input.as_bytes()));
        let mut reader = RecordReader::with_chunk(
            Trickle {
                bytes: input.as_bytes(),
                step,
            },
            CHUNK,
        );
        let mut record = Record::default();
        assert!(reader.read(&mut record).unwrap());
        assert_eq!(record.iter().nth(1).map(<[u8]>::len), Some(long.len()));
        assert!(reader.buf.len() <= CHUNK, "{}", reader.buf.len());
        assert!(record.data.capacity() > KEPT);
        assert!(reader.read(&mut record).unwrap());
        assert_eq!(record.iter().collect::<Vec<_>>(), [b"b", b"c"]);
        assert!(record.data.capacity() <= KEPT);
    }
}
