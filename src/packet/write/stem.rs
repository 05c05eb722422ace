//! Packet file names: takes a conversation id; gives a name safe on every file system
//! ([`file_stem`]), made unique among a run's names, whatever the file system's case
//! ([`unique`]).

use std::collections::HashSet;

/// A file name for a conversation id: letters, digits, `-`, `_` and `.` kept, the rest
/// `_`, at most 100 bytes, a name Windows reserves for a device (`con`, `NUL.txt`)
/// followed by `_`; a short hash of the id is added when anything changed, so two ids
/// never share a file.
pub fn file_stem(id: &str) -> String {
    let mut stem: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .take(100)
        .collect();
    if stem.starts_with('.') {
        stem.replace_range(..1, "_");
    }
    // Windows opens a device for these names, whatever follows their first dot.
    let device = stem.find('.').unwrap_or(stem.len());
    if is_windows_device(&stem[..device]) {
        stem.insert(device, '_');
    }
    if stem != id || stem.is_empty() {
        stem = format!("{stem}-{:08x}", crate::fnv::hash32(id.as_bytes()));
    }
    stem
}

/// Whether `name` (the part of a file name before its first dot) is one Windows keeps
/// for a device, in any case: `CON`, `PRN`, `AUX`, `NUL`, `COM0`-`COM9`, `LPT0`-`LPT9`
/// (learn.microsoft.com, "Naming Files, Paths, and Namespaces").
fn is_windows_device(name: &str) -> bool {
    let upper = name.to_ascii_uppercase();
    match upper.as_bytes() {
        [a, b, c] => matches!(&[*a, *b, *c], b"CON" | b"PRN" | b"AUX" | b"NUL"),
        [a, b, c, digit] => matches!(&[*a, *b, *c], b"COM" | b"LPT") && digit.is_ascii_digit(),
        _ => false,
    }
}

pub(super) fn unique(stem: &str, names: &mut HashSet<String>) -> String {
    let mut name = stem.to_owned();
    let mut n = 2;
    while !names.insert(name.to_ascii_lowercase()) {
        name = format!("{stem}-{n}");
        n += 1;
    }
    name
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `con` wrote `con.json`, which Windows opens as the console, not a file.
    #[test]
    fn names_windows_keeps_for_devices_are_changed_and_stay_distinct() {
        for id in [
            "con",
            "NUL",
            "Aux",
            "prn",
            "com1",
            "LPT9",
            "com0",
            "con.txt",
            "nul.tar.gz",
        ] {
            let stem = file_stem(id);
            let base = &stem[..stem.find('.').unwrap_or(stem.len())];
            assert!(!is_windows_device(base), "{id} → {stem}");
            assert_ne!(stem, id);
        }
        assert_eq!(
            file_stem("con"),
            format!("con_-{:08x}", crate::fnv::hash32(b"con"))
        );
        assert_ne!(file_stem("con"), file_stem("CON"));
        assert_ne!(file_stem("con"), file_stem("con_"));
        // Names that only begin like a device are left as they are.
        for id in ["console", "com10", "lpt", "nul-1", "icon", "c.con"] {
            assert_eq!(file_stem(id), id);
        }
    }
}
