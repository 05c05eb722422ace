//! Tests of the matcher's built-in detectors: shouting, and repeats with their stop words
//! and word hashes.

use proptest::prelude::*;

use super::repeat::{
    REMEMBERED, Repeat, RepeatMemory, STOP_SLOTS, StopWords, fnv1a, fnv1a_words, similar,
};
use super::shouting::{Shouting, caps_lock_slip, is_shouting};
use crate::rules::builtin::{REPEAT_STOP_WORDS, RepeatSettings, ShoutingSettings};
use crate::text::Normalized;

proptest! {
    /// The one-pass word hashes are those of the words, hashed one by one.
    #[test]
    fn word_hashes_in_one_pass_equal_hashing_each_word(text in "[ a-zA-Z0-9'.,!é]{0,40}") {
        let n = Normalized::new(&text);
        let mut hashes = Vec::new();
        fnv1a_words(n.as_bytes(), &mut hashes);
        prop_assert_eq!(hashes, n.words().map(fnv1a).collect::<Vec<_>>());
    }
}

proptest! {
    /// Words hashed from ASCII text as written are those hashed from its normalised
    /// copy: the same distinct hashes, the same counts; past ASCII there is no answer.
    #[test]
    fn words_from_the_text_as_written_are_those_of_the_normalised_text(
        text in prop::collection::vec(prop_oneof![
            4 => "[Ii]|[Tt][Hh][Ee]|[Oo][Kk]|[Tt]hanks|[Pp]ass'?word|[Rr][Ee][Ss][Ee][Tt]",
            4 => "[ .,!?;:'`\"()\t\n-]{1,4}",
            3 => "[a-zA-Z0-9']{1,8}",
            1 => "[é’\u{212a}]",
        ], 0..16).prop_map(|pieces| pieces.concat()),
        cap in 0usize..4,
    ) {
        let stop = StopWords::new(cap);
        let mut normalized = RepeatMemory::default();
        let expected = normalized.take(&Normalized::new(&text), &stop);
        let mut raw = RepeatMemory::default();
        match raw.take_ascii(&text, &stop) {
            Some(taken) => {
                prop_assert!(text.is_ascii());
                prop_assert_eq!(taken, expected);
                prop_assert_eq!(raw.current(), normalized.current());
            }
            None => prop_assert!(!text.is_ascii()),
        }
    }
}

#[test]
fn shouting_needs_length_and_capitals() {
    let default = Shouting::default();
    assert!(is_shouting("WHERE IS MY REFUND ALREADY", default));
    assert!(!is_shouting("WHERE IS IT", default));
    assert!(!is_shouting(
        "I need help with the API and SSO setup",
        default
    ));
    assert!(
        !is_shouting("sCHEDULE A MEETING FOR TUESDAY", default),
        "caps lock slip"
    );
    let short = Shouting::new(&ShoutingSettings {
        min_letters: 5,
        min_share: 0.7,
    });
    assert!(is_shouting("WHERE IS IT", short));
    assert!(!is_shouting("NO!", short));
    let half = Shouting::new(&ShoutingSettings {
        min_letters: 12,
        min_share: 0.5,
    });
    assert!(is_shouting("WHERE IS my refund ALREADY", half));
    assert!(!is_shouting("WHERE IS my refund already", half));
}

proptest::proptest! {
    /// The early exit for lower-case text changes nothing, whatever the settings.
    #[test]
    fn shouting_stops_early_without_changing_the_answer(text in proptest::prop_oneof![
        "[a-zA-Z !?.0-9]{0,80}",
        "[a-z ]{0,20}[A-Z ]{0,60}",
        "[A-Z ]{0,40}[a-z ]{0,20}[A-Z ]{0,40}",
    ], min_letters in 1u32..20, share in 1u32..=100) {
        let settings = ShoutingSettings { min_letters, min_share: f64::from(share) / 100.0 };
        let upper = text.bytes().filter(u8::is_ascii_uppercase).count();
        let letters = text.bytes().filter(u8::is_ascii_alphabetic).count();
        let plain = letters >= min_letters as usize
            && upper * 100 >= letters * share as usize
            && !caps_lock_slip(&text);
        proptest::prop_assert_eq!(is_shouting(&text, Shouting::new(&settings)), plain);
        let default = ShoutingSettings::default();
        let plain = letters >= 12 && upper * 10 >= letters * 7 && !caps_lock_slip(&text);
        proptest::prop_assert_eq!(is_shouting(&text, Shouting::new(&default)), plain);
    }
}

proptest::proptest! {
    /// The size filter changes nothing.
    #[test]
    fn similar_is_jaccard_at_least_nine_tenths(
        a in proptest::collection::btree_set(0u64..40, 0..30),
        b in proptest::collection::btree_set(0u64..40, 0..30),
    ) {
        let (a, b): (Vec<u64>, Vec<u64>) = (a.into_iter().collect(), b.into_iter().collect());
        let common = a.iter().filter(|x| b.contains(x)).count();
        let union = a.len() + b.len() - common;
        let plain = !a.is_empty() && common * 10 >= union * 9;
        proptest::prop_assert_eq!(similar(&a, &b), plain);
        proptest::prop_assert_eq!(similar(&a, &a), !a.is_empty());
        // One word in ten more: still similar.
        let mut more = a.clone();
        more.push(1000);
        proptest::prop_assert_eq!(similar(&a, &more), a.len() >= 9);
    }
}

#[test]
fn repeats_are_near_identical_messages() {
    let mut memory = RepeatMemory::default();
    assert!(!memory.repeated(&Normalized::new("I need to reset my password")));
    assert!(!memory.repeated(&Normalized::new("what are your opening hours")));
    assert!(memory.repeated(&Normalized::new("i need to reset my password!!")));
    assert!(
        !memory.repeated(&Normalized::new("ok")),
        "too short to count"
    );
    memory.clear();
    assert!(!memory.repeated(&Normalized::new("what are your opening hours")));
}

/// A conversation of 50,000 messages took 16 s, each message compared with
/// every one before it. The last `REMEMBERED` at least are kept: a repeat within them
/// is found, one further back is not, and memory stays bounded.
#[test]
fn the_repeat_memory_keeps_the_last_messages() {
    let mut memory = RepeatMemory::default();
    assert!(!memory.repeated(&Normalized::new("I need to reset my password")));
    for i in 0..REMEMBERED - 1 {
        memory.repeated(&Normalized::new(&format!(
            "filler message number {i} about things"
        )));
    }
    assert!(memory.repeated(&Normalized::new("i need to reset my password")));
    for i in 0..3 * REMEMBERED {
        memory.repeated(&Normalized::new(&format!(
            "other message number {i} about stuff"
        )));
        assert!(memory.remembered() < 2 * REMEMBERED);
    }
    assert!(!memory.repeated(&Normalized::new("I need to reset my password")));
    assert!(memory.repeated(&Normalized::new("other message number 299 about stuff")));
}

#[test]
fn stop_words_are_found_and_other_words_are_not() {
    let stop = StopWords::new(usize::MAX);
    let hash = |w: &str| fnv1a(w.as_bytes());
    for word in REPEAT_STOP_WORDS {
        assert!(stop.contains(hash(word)), "{word}");
    }
    for word in [
        "forbes",
        "murray",
        "refund",
        "idea",
        "book",
        "password",
        "thanksgiving",
    ] {
        assert!(!stop.contains(hash(word)), "{word}");
    }
}

/// Short words hash alike under FNV-1a: the table must still spread them, or a
/// lookup walks a long run of slots.
#[test]
fn stop_word_lookups_take_few_probes() {
    let stop = StopWords::new(1);
    let probes = |word: &str| {
        let hash = fnv1a(word.as_bytes());
        let mut slot = StopWords::slot(hash);
        let mut n = 1;
        while stop.table[slot] != 0 && stop.table[slot] != hash {
            slot = (slot + 1) % STOP_SLOTS;
            n += 1;
        }
        n
    };
    let letters = || (b'a'..=b'z').map(char::from);
    let words: Vec<String> = letters()
        .flat_map(|a| letters().map(move |b| format!("{a}{b}")))
        .chain(letters().map(String::from))
        .chain(REPEAT_STOP_WORDS.iter().map(|w| (*w).to_owned()))
        .collect();
    let total: usize = words.iter().map(|w| probes(w)).sum();
    let worst = words.iter().map(|w| probes(w)).max().unwrap();
    assert!(worst <= 6, "a lookup took {worst} probes");
    assert!(
        total * 10 <= words.len() * 15,
        "{total} probes for {} words",
        words.len()
    );
}

#[test]
fn pleasantries_are_never_repeats() {
    let mut memory = RepeatMemory::default();
    assert!(!memory.repeated(&Normalized::new("Okay, thanks so much!")));
    assert!(!memory.repeated(&Normalized::new("okay thanks so much")));
    assert!(!memory.repeated(&Normalized::new("Thank you so much, bye")));
    assert!(!memory.repeated(&Normalized::new("thank you so much bye!")));
    // By default a repeat needs two words that are not pleasantries or function
    // words: a customer confirming twice is not stuck.
    assert!(!memory.repeated(&Normalized::new("Yes, please book it now.")));
    assert!(!memory.repeated(&Normalized::new("yes please book it now")));
    assert!(!memory.repeated(&Normalized::new("I want to book it now")));
    assert!(memory.repeated(&Normalized::new("i want to book it now!")));
}

#[test]
fn settings_say_how_many_earlier_messages_a_message_needs() {
    let repeat = |min_words, min_content_words, times| {
        Repeat::new(&RepeatSettings {
            min_words,
            min_content_words,
            times,
        })
    };
    let default = repeat(4, 1, None);
    assert_eq!(default.earlier_needed(5, 1), 1);
    assert_eq!(default.earlier_needed(5, 0), 0, "pleasantries only");
    assert_eq!(default.earlier_needed(3, 3), 0, "short");
    assert_eq!(
        repeat(4, 1, Some(3)).earlier_needed(3, 2),
        2,
        "short, third time"
    );
    assert_eq!(repeat(4, 2, Some(3)).earlier_needed(3, 1), 0);
    assert_eq!(repeat(2, 0, None).earlier_needed(2, 0), 1);
    assert_eq!(default.earlier_needed(0, 0), 0);
}

/// A message of more words than are kept before they are made a set (a log pasted
/// into a chat) gives the same distinct words as hashing each and deduplicating at the
/// end, from the normalised text and from the text as written.
#[test]
fn a_message_of_many_words_gives_its_distinct_words() {
    let words = [
        "call", "me", "Ana", "555", "4567", "refund", "late", "order",
    ];
    let mut text = String::new();
    for i in 0..5 * super::repeat::DISTINCT_FROM {
        text.push_str(words[i * 7 % words.len()]);
        text.push(' ');
        // A distinct word now and then, so that the set grows between sorts.
        if i % 3 == 0 {
            text.push('x');
            text.push_str(&i.to_string());
            text.push(' ');
        }
    }
    let normalized = Normalized::new(&text);
    let mut expected = Vec::new();
    fnv1a_words(normalized.as_bytes(), &mut expected);
    expected.sort_unstable();
    expected.dedup();
    let stop = StopWords::new(1);
    let mut memory = RepeatMemory::default();
    let (distinct, _) = memory.take(&normalized, &stop);
    assert_eq!(
        (distinct, memory.current()),
        (expected.len(), &expected[..])
    );
    let mut raw = RepeatMemory::default();
    assert_eq!(
        raw.take_ascii(&text, &stop).map(|t| t.0),
        Some(expected.len())
    );
    assert_eq!(raw.current(), &expected[..]);
}
