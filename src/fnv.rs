//! FNV-1a, 64 bits: bytes → a hash that is the same on every machine and run (rule
//! fingerprints, coverage shard ids, the repeat detector's word hashes). Inputs here
//! cannot flood it, and it is fast on the short strings it is given.

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

#[cfg(test)]
mod tests {
    /// The published test vectors of FNV-1a 64.
    #[test]
    fn known_values() {
        assert_eq!(super::feed(super::OFFSET, b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(super::feed(super::OFFSET, b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(super::feed(super::OFFSET, b"foobar"), 0x8594_4171_f739_67e8);
    }
}
