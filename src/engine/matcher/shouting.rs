//! The shouting detector: a message's letters and its compiled settings → whether it is
//! shouting. It keeps nothing between messages.

use crate::rules::builtin::ShoutingSettings;

/// The shouting detector's settings, compiled: the share of capitals in millionths, so
/// that the test is exact integer arithmetic (0.7 is 700,000, not 0.69999…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shouting {
    min_letters: usize,
    share_ppm: u64,
}

impl Shouting {
    pub(super) fn new(settings: &ShoutingSettings) -> Self {
        // Validation keeps the share in (0, 1]: the product is a whole number of
        // millionths in 1..=1,000,000.
        #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let share_ppm = (settings.min_share * 1e6).round().clamp(1.0, 1e6) as u64;
        Shouting {
            min_letters: settings.min_letters as usize,
            share_ppm,
        }
    }
}

impl Default for Shouting {
    fn default() -> Self {
        Shouting::new(&ShoutingSettings::default())
    }
}

/// At least `min_letters` letters (default 12), at least `min_share` of them (default
/// 70%) upper case: "WHY IS MY ORDER LATE". Not the Caps Lock slip "sCHEDULE A MEETING"
/// (a lower-case letter, then an upper-case word).
pub(crate) fn is_shouting(text: &str, settings: Shouting) -> bool {
    const WHOLE: u64 = 1_000_000;
    let share = settings.share_ppm;
    let (mut letters, mut upper) = (0usize, 0usize);
    if text.is_ascii() {
        let bytes = text.as_bytes();
        let mut lower = 0usize;
        let mut rest = bytes.len();
        // Sixteen bytes at a time (a count the compiler vectorises). Shouting needs
        // upper ≥ share of letters, i.e. (1 − share)·upper ≥ share·lower. Most messages
        // are mostly lower case: stop as soon as even the rest of the message in capitals
        // could not get there.
        let mut chunks = bytes.chunks_exact(16);
        for chunk in &mut chunks {
            upper += chunk.iter().filter(|b| b.is_ascii_uppercase()).count();
            lower += chunk.iter().filter(|b| b.is_ascii_lowercase()).count();
            rest -= 16;
            if (WHOLE - share) * ((upper + rest) as u64) < share * lower as u64 {
                return false;
            }
        }
        let tail = chunks.remainder();
        upper += tail.iter().filter(|b| b.is_ascii_uppercase()).count();
        lower += tail.iter().filter(|b| b.is_ascii_lowercase()).count();
        letters = upper + lower;
        if (upper as u64) * WHOLE < share * letters as u64 {
            return false;
        }
    } else {
        for c in text.chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            if c.is_uppercase() {
                upper += 1;
            }
        }
    }
    letters >= settings.min_letters
        && (upper as u64) * WHOLE >= share * letters as u64
        && !caps_lock_slip(text)
}

pub(super) fn caps_lock_slip(text: &str) -> bool {
    let first_word = text.split_whitespace().next().unwrap_or_default();
    let mut letters = first_word.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_lowercase) && {
        let rest: Vec<char> = letters.collect();
        rest.len() >= 2 && rest.iter().all(|c| c.is_uppercase())
    }
}
