//! Where each character of a normalised text came from in the original, kept compactly:
//! the characters normalisation pushes, with the original's byte each came from → the
//! original's byte of any byte of the normalised text, looked up.
//!
//! A byte of the original a byte (a `u32` for every byte of the normalised text) took four
//! times the text: 6 MB for a message of 1.5 MB, 52 MB for one of 13 MB
//! (docs/performance-log.md, fifty-second session). Most of the normalised text runs byte
//! for byte with the original (a word lower-cased, the single space after it), so only
//! the points where that run breaks are kept: after a run of punctuation or spaces, an
//! apostrophe dropped, a character whose lower case is longer or shorter.

/// The original's byte each character of a normalised text came from, as the points
/// where the normalised text stops running byte for byte with the original: from each,
/// the characters that follow came from the original's bytes that follow, up to the
/// next. Every byte of one character maps to where the character came from (a lower
/// case of several bytes, the characters a cluster composed into), as a byte at a time
/// did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Origins {
    /// (byte of the normalised text, byte of the original it came from), ascending in
    /// both.
    anchors: Vec<(u32, u32)>,
}

impl Origins {
    pub(super) fn clear(&mut self) {
        self.anchors.clear();
    }

    /// Records that the character starting at byte `n` of the normalised text (past all
    /// recorded before) came from the original's byte `at`: nothing when it follows on
    /// from the last.
    #[inline]
    pub(super) fn push(&mut self, n: u32, at: u32) {
        if let Some(&(last_n, last_at)) = self.anchors.last()
            && last_at.wrapping_add(n.wrapping_sub(last_n)) == at
        {
            return;
        }
        self.anchors.push((n, at));
    }

    /// The original's byte that the character holding byte `n` of the normalised `text`
    /// came from; `None` before anything was recorded.
    pub(super) fn get(&self, text: &[u8], n: usize) -> Option<usize> {
        // The start of the character: every byte of it came from where it did.
        let n = (0..=n.min(text.len().saturating_sub(1)))
            .rev()
            .find(|&k| text.get(k).is_none_or(|&b| b & 0xC0 != 0x80))
            .unwrap_or(0);
        let after = self.anchors.partition_point(|&(a, _)| a as usize <= n);
        let &(a, at) = self.anchors.get(after.checked_sub(1)?)?;
        Some(at as usize + (n - a as usize))
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::Origins;

    proptest! {
        /// Characters pushed (of one to four bytes, from anywhere in the original) map
        /// back as a byte each did: every byte of one to where it came from.
        #[test]
        fn each_byte_maps_back_as_a_byte_at_a_time_did(
            chars in proptest::collection::vec((1..=4usize, 0..4u32, any::<bool>()), 0..40),
        ) {
            let (mut text, mut per_byte, mut origins) = (Vec::new(), Vec::new(), Origins::default());
            let mut at = 0u32;
            for (len, skip, follows) in chars {
                // Mostly on from the last character, as words run; else after a skip.
                at += if follows { 1 } else { skip };
                let n = u32::try_from(text.len()).unwrap();
                origins.push(n, at);
                // A lead byte, then continuation bytes.
                text.push(if len == 1 { b'a' } else { 0xC0 });
                text.resize(text.len() + len - 1, 0x80);
                per_byte.resize(text.len(), at as usize);
            }
            for (n, &expected) in per_byte.iter().enumerate() {
                prop_assert_eq!(origins.get(&text, n), Some(expected), "byte {}", n);
            }
            prop_assert!(origins.anchors.len() <= per_byte.len());
        }
    }

    /// A run of words and single spaces is one point; what breaks it adds one.
    #[test]
    fn a_run_byte_for_byte_is_one_point() {
        let mut origins = Origins::default();
        for n in 0..10 {
            origins.push(n, n + 5);
        }
        assert_eq!(origins.anchors, [(0, 5)]);
        origins.push(10, 20);
        origins.push(11, 21);
        assert_eq!(origins.anchors, [(0, 5), (10, 20)]);
        assert_eq!(origins.get(&[b'a'; 12], 11), Some(21));
        assert_eq!(Origins::default().get(b" ", 0), None);
    }
}
