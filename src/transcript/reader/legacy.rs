//! Bytes that are not UTF-8 → whether they read as Windows-1252 (the superset of
//! Latin-1 that Excel and older helpdesks save in), and the help that says so: a
//! name like `Ren\xE9e` otherwise reaches bridge messages as `Ren�e`.

/// The Windows-1252 characters of bytes 0x80–0x9F (`None`: undefined there); 0xA0–0xFF
/// are U+00A0–U+00FF, as in Latin-1.
const HIGH: [Option<char>; 32] = [
    Some('€'),
    None,
    Some('‚'),
    Some('ƒ'),
    Some('„'),
    Some('…'),
    Some('†'),
    Some('‡'),
    Some('ˆ'),
    Some('‰'),
    Some('Š'),
    Some('‹'),
    Some('Œ'),
    None,
    Some('Ž'),
    None,
    None,
    Some('‘'),
    Some('’'),
    Some('“'),
    Some('”'),
    Some('•'),
    Some('–'),
    Some('—'),
    Some('˜'),
    Some('™'),
    Some('š'),
    Some('›'),
    Some('œ'),
    None,
    Some('ž'),
    Some('Ÿ'),
];

/// The Windows-1252 character of a byte past ASCII, if it has one.
fn windows_1252(byte: u8) -> Option<char> {
    match byte {
        0x80..=0x9F => HIGH[usize::from(byte - 0x80)],
        0xA0..=0xFF => Some(char::from(byte)),
        _ => None,
    }
}

/// The help for a row whose `fields` are not all UTF-8: when every byte that breaks
/// UTF-8 has a Windows-1252 character, say so, with the first one
/// decoded (`0xE9 is é`), and how to convert the file. `None` when the bytes look like
/// something else (a cut-off UTF-8 sequence, binary data).
pub(in crate::transcript) fn help<'a>(
    fields: impl IntoIterator<Item = &'a [u8]>,
) -> Option<String> {
    let mut first = None;
    for field in fields {
        for chunk in field.utf8_chunks() {
            let invalid = chunk.invalid();
            if invalid.is_empty() {
                continue;
            }
            // Each byte a character there: `é’` (0xE9 0x92) is one invalid chunk of two,
            // a UTF-8 start and a continuation that single-byte text put side by side.
            for &byte in invalid {
                let decoded = windows_1252(byte)?;
                first.get_or_insert((byte, decoded));
            }
        }
    }
    let (byte, decoded) = first?;
    Some(format!(
        "the file looks like Windows-1252 (Latin-1), not UTF-8: byte 0x{byte:02X} is `{decoded}` there; save the export as UTF-8, or convert it: iconv -f WINDOWS-1252 -t UTF-8 FILE > FILE-utf8.csv"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_1_names_are_recognised() {
        let said = help([b"Ren\xe9e Smith".as_slice(), b"caf\xe9"]).unwrap();
        assert!(said.contains("byte 0xE9 is `\u{e9}`"), "{said}");
        assert!(said.contains("iconv -f WINDOWS-1252"), "{said}");
        // Smart quotes from Word: 0x93 and 0x94.
        let said = help([b"\x93refund\x94".as_slice()]).unwrap();
        assert!(said.contains("byte 0x93 is `\u{201c}`"), "{said}");
        // "René’s": 0xE9 0x92 makes one invalid chunk of two bytes.
        let said = help([b"Ren\xe9\x92s".as_slice()]).unwrap();
        assert!(said.contains("byte 0xE9 is `\u{e9}`"), "{said}");
    }

    #[test]
    fn other_broken_bytes_get_no_such_help() {
        // Bytes undefined in Windows-1252.
        assert_eq!(help([b"a\x81b".as_slice()]), None);
        assert_eq!(help([b"caf\xe9".as_slice(), b"\x8d"]), None);
        // A byte with no character there, inside a chunk of several.
        assert_eq!(help([b"\xe9\x81".as_slice()]), None);
        assert_eq!(help([b"all fine".as_slice()]), None);
    }

    #[test]
    fn every_byte_past_ascii_but_five_has_a_character() {
        let defined = (0x80..=0xFFu8)
            .filter(|&b| windows_1252(b).is_some())
            .count();
        assert_eq!(defined, 128 - 5);
    }
}
