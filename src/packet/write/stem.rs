//! Packet file names: takes a conversation id; gives a name safe on every file system
//! ([`file_stem`]), made unique among a run's names, whatever the file system's case
//! ([`unique`]).

use std::collections::HashSet;

/// A file name for a conversation id: letters, digits, `-`, `_` and `.` kept, the rest
/// `_`, at most 100 bytes; a short hash of the id is added when anything changed, so
/// two ids never share a file.
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
    if stem != id || stem.is_empty() {
        stem = format!("{stem}-{:08x}", crate::fnv::hash32(id.as_bytes()));
    }
    stem
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
