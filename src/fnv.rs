//! FNV-1a, 64 and 32 bits: bytes → a hash that is the same on every machine and run
//! (64 bits: rule fingerprints, coverage shard ids, the repeat detector's word hashes;
//! 32 bits: the short hash in packet file names). Inputs here cannot flood it, and it is
//! fast on the short strings it is given.

/// The hash of no bytes.
pub(crate) const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
/// What each byte multiplies the hash by.
pub(crate) const PRIME: u64 = 0x0100_0000_01b3;

/// `hash` with `bytes` fed to it.
#[inline]
pub(crate) fn feed(hash: u64, bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(hash, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(PRIME))
}

/// FNV-1a with 32 bits: the hash of `bytes` (a shorter hash, for names people read).
pub(crate) fn hash32(bytes: &[u8]) -> u32 {
    bytes.iter().fold(0x811c_9dc5, |hash: u32, &b| {
        (hash ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    /// The published test vectors of FNV-1a 64.
    #[test]
    fn known_values() {
        assert_eq!(super::feed(super::OFFSET, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::feed(super::OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(super::feed(super::OFFSET, b"foobar"), 0x8594_4171_f739_67e8);
    }

    /// The published test vectors of FNV-1a 32.
    #[test]
    fn known_values_32() {
        assert_eq!(super::hash32(b""), 0x811c_9dc5);
        assert_eq!(super::hash32(b"a"), 0xe40c_292c);
        assert_eq!(super::hash32(b"foobar"), 0xbf9c_f968);
    }
}
