//! The request markers in a sentence: its lower-case text → whether a marker of a clear
//! request is in it, or only a weak one ("please"). One pass over the sentence's word
//! starts, each compared with the markers that start with its first byte, instead of a
//! search of the whole sentence for each of the thirty markers (`request` asks this of
//! most sentences a summary reads).

use std::sync::LazyLock;

use super::{REQUEST_MARKERS, Request, WEAK_MARKERS, contains_words};

/// The markers a word start is compared with, by first byte, each with whether it is
/// weak; and the markers that overlap themselves ("interested in" ends as it starts),
/// which `contains_words` finds differently (leftmost occurrences, each tried, never
/// one inside another) and which are searched for with it.
struct Markers {
    by_byte: Vec<Vec<(&'static str, bool)>>,
    overlapping: Vec<(&'static str, bool)>,
}

static MARKERS: LazyLock<Markers> = LazyLock::new(|| {
    let mut markers = Markers {
        by_byte: vec![Vec::new(); 256],
        overlapping: Vec::new(),
    };
    for &m in REQUEST_MARKERS {
        let weak = WEAK_MARKERS.contains(&m);
        let first = m.as_bytes().first().copied();
        match first {
            Some(b) if b.is_ascii_alphanumeric() && !overlaps_itself(m) => {
                markers.by_byte[usize::from(b)].push((m, weak));
            }
            _ => markers.overlapping.push((m, weak)),
        }
    }
    markers
});

/// Whether `m` ends as it starts (a proper prefix that is also a suffix), so that two
/// occurrences can overlap.
fn overlaps_itself(m: &str) -> bool {
    (1..m.len()).any(|k| m.is_char_boundary(k) && m.ends_with(&m[..k]))
}

/// [`Request::Clear`] when `lower` holds a marker of [`REQUEST_MARKERS`] but
/// [`WEAK_MARKERS`] as whole words, [`Request::Weak`] when only a weak one,
/// [`Request::None`] else: as `contains_words` with each marker answers.
pub(super) fn marked(lower: &str) -> Request {
    let markers = &*MARKERS;
    let bytes = lower.as_bytes();
    let mut weak = false;
    let mut in_word = false;
    for (i, c) in lower.char_indices() {
        let alphanumeric = c.is_alphanumeric();
        if alphanumeric && !in_word {
            for &(m, is_weak) in &markers.by_byte[usize::from(bytes[i])] {
                let ends_word = || {
                    lower[i + m.len()..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric())
                };
                if bytes[i..].starts_with(m.as_bytes()) && ends_word() {
                    if !is_weak {
                        return Request::Clear;
                    }
                    weak = true;
                }
            }
        }
        in_word = alphanumeric;
    }
    for &(m, is_weak) in &markers.overlapping {
        if contains_words(lower, m) {
            if !is_weak {
                return Request::Clear;
            }
            weak = true;
        }
    }
    if weak { Request::Weak } else { Request::None }
}

#[cfg(test)]
mod tests {
    use super::super::{REQUEST_MARKERS, Request, WEAK_MARKERS, contains_words};
    use super::{marked, overlaps_itself};

    /// What `request` asked before: each marker searched for in the whole sentence.
    fn by_search(lower: &str) -> Request {
        let has = |m: &&str| contains_words(lower, m);
        if REQUEST_MARKERS
            .iter()
            .filter(|m| !WEAK_MARKERS.contains(m))
            .any(has)
        {
            Request::Clear
        } else if WEAK_MARKERS.iter().any(has) {
            Request::Weak
        } else {
            Request::None
        }
    }

    #[test]
    fn markers_are_found_as_the_search_found_them() {
        assert!(overlaps_itself("interested in") && !overlaps_itself("i need"));
        for lower in [
            "i need a ride",
            "so please hurry",
            "interested interested in",
            "i'm interested in it",
            "xi need",
            "é please",
            "pleaseé",
            "problems",
            "",
            "can i",
            "i'd like ",
        ] {
            assert_eq!(marked(lower), by_search(lower), "{lower:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn any_sentence_is_marked_as_the_search_marks_it(
            lower in "(i need|please|interested in|can i|help|[a-z]{1,3}|[ ,.'é]){0,8}",
        ) {
            proptest::prop_assert_eq!(marked(&lower), by_search(&lower));
        }
    }
}
