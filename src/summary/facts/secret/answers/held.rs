//! Facts and secrets looked up by their words: a message's facts → whether one holds a
//! word ([`Held`]); the conversation's facts → those that tell no secret
//! ([`Secrets::retain_untold`]); many secrets → where each stands in a text, in one pass
//! ([`found_each`]). Each is a lookup, not a search of every fact or of the whole text
//! for every secret: a long reply gives thousands of both, and that search took time
//! growing with its square.

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasick, MatchKind};

#[cfg(test)]
use super::FactKind;
use super::{Fact, Secrets, found, only_masks, password_shaped};

/// The whole words of `text` as [`found`] finds a word: each run of letters and digits,
/// but the word of a mask (`[secret]`).
fn whole_words(text: &str) -> impl Iterator<Item = &str> {
    let mut start = None;
    (text.char_indices().chain([(text.len(), ' ')])).filter_map(move |(i, c)| {
        match (c.is_alphanumeric(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                start = None;
                let in_a_mask = (s.checked_sub(1))
                    .and_then(|open| text.get(open..=i))
                    .is_some_and(crate::redact::is_mask_token);
                return (!in_a_mask).then(|| &text[s..i]);
            }
            _ => {}
        }
        None
    })
}

/// How many texts to look for before one automaton looks for them all: building it
/// costs more than a few searches.
const SEARCHES: usize = 8;

/// [`found`] for each of `secrets` in `text`: the spans of each, in order, as
/// [`found`] gives them (each after the end of the one before, as whole words).
pub(super) fn found_each(text: &str, secrets: &[&str]) -> Vec<Vec<(usize, usize)>> {
    found_each_by(text, secrets, secrets.len() >= SEARCHES)
}

/// [`found_each`], in one pass of an automaton over `text` when `at_once`, else one
/// search a secret.
fn found_each_by(text: &str, secrets: &[&str], at_once: bool) -> Vec<Vec<(usize, usize)>> {
    let distinct: Vec<&str> = {
        let mut seen = HashSet::new();
        (secrets.iter().copied())
            .filter(|s| !s.is_empty() && seen.insert(*s))
            .collect()
    };
    let automaton = at_once
        .then(|| {
            AhoCorasick::builder()
                .match_kind(MatchKind::Standard)
                .build(&distinct)
                .ok()
        })
        .flatten();
    let Some(automaton) = automaton else {
        return secrets.iter().map(|s| found(text, s)).collect();
    };
    // Every occurrence of each, then, as `str::match_indices` takes them, each after the
    // end of the one before of the same text; then only whole words (`found`).
    let mut spans: Vec<Vec<(usize, usize)>> = vec![Vec::new(); distinct.len()];
    for m in automaton.find_overlapping_iter(text) {
        let of = &mut spans[m.pattern().as_usize()];
        if of.last().is_none_or(|&(_, end)| end <= m.start()) {
            of.push((m.start(), m.end()));
        }
    }
    for of in &mut spans {
        of.retain(|&(start, end)| whole(text, start, end));
    }
    let index: HashMap<&str, usize> = (distinct.iter().enumerate())
        .map(|(i, s)| (*s, i))
        .collect();
    (secrets.iter())
        .map(|s| index.get(s).map(|&i| spans[i].clone()).unwrap_or_default())
        .collect()
}

/// Whether `text[start..end]` is whole words as [`found`] takes them: no letter or
/// digit on either side, and not the word of a mask (a redacted reply "\[secret\]"
/// gave "secret", and "\[secret\]" read "\[\[secret\]\]": a review).
pub(super) fn whole(text: &str, start: usize, end: usize) -> bool {
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    !word(text[..start].chars().next_back())
        && !word(text[end..].chars().next())
        && !(start.checked_sub(1))
            .and_then(|open| text.get(open..=end))
            .is_some_and(crate::redact::is_mask_token)
}

/// Whether `text` is one whole word: letters and digits, and no other character.
fn one_word(text: &str) -> bool {
    !text.is_empty() && text.chars().all(char::is_alphanumeric)
}

/// Some facts' whole words: whether one of the facts holds a word of letters and digits
/// is one lookup; any other text is searched for in each fact. The words are gathered
/// on the first lookup: most messages ask none.
pub(super) struct Held<'f> {
    words: OnceCell<HashSet<&'f str>>,
    facts: Vec<&'f Fact>,
}

impl<'f> Held<'f> {
    pub(super) fn new(facts: impl IntoIterator<Item = &'f Fact>) -> Self {
        Self {
            words: OnceCell::new(),
            facts: facts.into_iter().collect(),
        }
    }

    /// Whether one of the facts holds `text` as whole words ([`found`]).
    pub(super) fn holds(&self, text: &str) -> bool {
        if one_word(text) {
            let words = self.words.get_or_init(|| {
                (self.facts.iter())
                    .flat_map(|fact| whole_words(&fact.text))
                    .collect()
            });
            return words.contains(text);
        }
        (self.facts.iter()).any(|fact| !found(&fact.text, text).is_empty())
    }
}

/// The secrets kept out of one message ([`Secrets::kept_out_of`]), ready to be looked
/// up by a fact's words.
struct Kept<'s> {
    /// Each as written: a name that is one.
    exact: HashSet<&'s str>,
    /// Those of one word, and those of them of a password's shape.
    words: HashSet<&'s str>,
    passwords: HashSet<&'s str>,
    /// The others, each with whether it is of a password's shape: searched for.
    others: Vec<(&'s str, bool)>,
}

impl<'s> Kept<'s> {
    fn new(secrets: impl Iterator<Item = &'s str>) -> Self {
        let mut kept = Kept {
            exact: HashSet::new(),
            words: HashSet::new(),
            passwords: HashSet::new(),
            others: Vec::new(),
        };
        for secret in secrets {
            kept.exact.insert(secret);
            let password = password_shaped(secret);
            if one_word(secret) {
                kept.words.insert(secret);
                if password {
                    kept.passwords.insert(secret);
                }
            } else {
                kept.others.push((secret, password));
            }
        }
        kept
    }

    /// Whether `fact` holds one of the secrets: a name that is one, or holds one of a
    /// password's shape ("Seahorse42 Seahorse43"); another fact that holds one, as
    /// whole words written as it was.
    fn told_by(&self, fact: &Fact) -> bool {
        let name = fact.kind.names();
        if name && self.exact.contains(fact.text.as_str()) {
            return true;
        }
        let words = if name { &self.passwords } else { &self.words };
        (!words.is_empty() && whole_words(&fact.text).any(|w| words.contains(w)))
            || (self.others.iter()).any(|&(secret, password)| {
                (!name || password) && !found(&fact.text, secret).is_empty()
            })
    }
}

impl Secrets {
    /// Drops from `facts` each that tells a secret: one that holds a secret kept out of
    /// its message ([`Kept::told_by`]), or a name given as a secret before its message,
    /// in any case ("I told you, snowball"). Each fact is looked up by its words among
    /// the secrets kept out of its message; the tests hold this equal to `told_by`,
    /// which tries every secret in each fact.
    pub(in crate::summary) fn retain_untold(&self, facts: &mut Vec<Fact>) {
        if self.said.is_empty() {
            return;
        }
        // Each secret in ASCII lower case, with the first message that gave it: a name
        // is told by one given before its own message in any case.
        let mut first_given: HashMap<String, usize> = HashMap::new();
        for (secret, given) in &self.said {
            if !only_masks(secret) {
                (first_given.entry(secret.to_ascii_lowercase()))
                    .and_modify(|first| *first = (*first).min(*given))
                    .or_insert(*given);
            }
        }
        let mut kept: HashMap<usize, Kept<'_>> = HashMap::new();
        facts.retain(|fact| {
            let at = fact.turn.wrapping_sub(1);
            let kept = kept
                .entry(at)
                .or_insert_with(|| Kept::new(self.kept_out_of(at)));
            let named_before = fact.kind.names()
                && (first_given.get(&fact.text.to_ascii_lowercase()))
                    .is_some_and(|&first| first < at);
            !(kept.told_by(fact) || named_before)
        });
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    fn texts() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop::sample::select(vec![
                "Nemo",
                "nemo",
                "NEMO",
                "Seahorse42",
                "seahorse42",
                "4821",
                "48 21",
                "[secret]",
                "[name]",
                "Anna",
                "order",
                "Nemo-12",
                "Dr.",
                "12",
                "Nemoland",
                "ß",
                "Émile",
            ]),
            1..4,
        )
        .prop_map(|words| words.join(" "))
    }

    proptest! {
        /// Looking the secrets up by a fact's words drops what trying each secret in
        /// each fact drops.
        #[test]
        fn retain_untold_drops_what_told_by_drops(
            said in prop::collection::vec((texts(), 0..4usize), 0..6),
            speaking in prop::collection::vec(0..4usize, 0..3),
            facts in prop::collection::vec((texts(), 0..5usize, any::<bool>()), 0..8),
        ) {
            let mut secrets = Secrets::default();
            for (secret, at) in &said {
                secrets.at = *at;
                secrets.add(secret);
            }
            secrets.speaking = speaking;
            secrets.speaking.sort_unstable();
            let facts: Vec<Fact> = (facts.into_iter())
                .map(|(text, turn, name)| Fact {
                    kind: if name { FactKind::Name } else { FactKind::Reference },
                    text,
                    turn,
                    key: None,
                    value: None,
                })
                .collect();
            let mut looked_up = facts.clone();
            secrets.retain_untold(&mut looked_up);
            let tried: Vec<Fact> = facts.into_iter().filter(|f| !secrets.told_by(f)).collect();
            prop_assert_eq!(looked_up, tried);
        }

        /// One automaton finds each secret where searching for each finds it.
        #[test]
        fn found_at_once_is_found_one_by_one(
            text in prop::collection::vec(texts(), 1..6).prop_map(|t| t.join(", ")),
            secrets in prop::collection::vec(texts(), 0..12),
        ) {
            let secrets: Vec<&str> = (secrets.iter())
                .flat_map(|s| [s.as_str(), s.split(' ').next().unwrap_or("")])
                .chain(["", "e", "2", "48 2"])
                .collect();
            prop_assert_eq!(
                found_each_by(&text, &secrets, true),
                found_each_by(&text, &secrets, false),
                "{:?}", text
            );
        }

        /// Whether facts hold a text, looked up by their words, is whether one of them
        /// holds it searched for.
        #[test]
        fn held_is_found_in_a_fact(facts in prop::collection::vec(texts(), 0..6), text in texts()) {
            let facts: Vec<Fact> = (facts.into_iter())
                .map(|text| Fact { kind: FactKind::Reference, text, turn: 1, key: None, value: None })
                .collect();
            let held = Held::new(&facts);
            for text in text.split(' ').chain([text.as_str()]) {
                let searched = facts.iter().any(|f| !found(&f.text, text).is_empty());
                prop_assert_eq!(held.holds(text), searched, "{:?}", text);
            }
        }
    }
}
