//! Word gates: a regex → a few words one of which the normalised text (see
//! [`crate::text`]) of every message it matches contains, so the phrase automaton's walk,
//! which reads every message anyway, can tell the matcher which regexes may match.
//!
//! A byte gate ([`super::gate`]) cannot help a regex made of common letters: `\b(?:my|our)
//! (?:lawyer|attorney)s? will\b` needs an `m` or an `o`, which nearly every message has,
//! and the regex crate then starts its search on every "my" and "our". Such a regex
//! needs `lawyer` or `attorney`, which few messages hold. The words are worked out from
//! the pattern's syntax tree as the regex crate parses it (case-insensitive, Unicode): a
//! run of characters that each normalise to one ASCII letter or digit is a word (`k` and
//! `s` are: the Kelvin sign lower-cases to `k`, and the normaliser makes `ſ` an `s`);
//! a concatenation needs the best of its parts' words, an alternation a word from every
//! branch; an optional part, a class or a look-around needs nothing. A property test
//! holds it to the regex crate and the normaliser.
//!
//! Words are matched as substrings of the normalised text: whatever a match's neighbours,
//! a run of letters in the original text is a run of the same lower-case letters there
//! (apostrophes are dropped, which only joins runs).

use regex_syntax::hir::{Class, Hir, HirKind};

/// Words shorter than this are too common to be worth a gate.
const MIN_WORD: usize = 4;
/// A gate of more words than this costs the automaton more than it saves.
const MAX_WORDS: usize = 16;
/// Copies of a repetition spelled out at most: `a{100000}` spelled whole took seconds
/// (each copy a longer string), and a word that long gates no better than its start.
const MAX_COPIES: u32 = 16;

/// Words one of which the normalised text of any message `pattern` matches (as the
/// matcher compiles it: case-insensitive) contains; `None` when there is no such set
/// worth checking.
pub(super) fn words_of(pattern: &str) -> Option<Vec<String>> {
    let hir = regex_syntax::ParserBuilder::new()
        .case_insensitive(true)
        .build()
        .parse(pattern)
        .ok()?;
    let mut words = required(&hir)?;
    words.sort();
    words.dedup();
    Some(words)
}

/// Words one of which every match of `hir` holds, in the normalised text.
fn required(hir: &Hir) -> Option<Vec<String>> {
    match hir.kind() {
        HirKind::Literal(_) | HirKind::Class(_) => best(runs(std::slice::from_ref(hir))),
        HirKind::Concat(parts) => {
            let inner = parts.iter().filter_map(required);
            best(runs(parts).chain(inner))
        }
        HirKind::Alternation(branches) => {
            let mut all = Vec::new();
            for branch in branches {
                all.extend(required(branch)?);
            }
            (all.len() <= MAX_WORDS).then_some(all)
        }
        HirKind::Repetition(repetition) if repetition.min > 0 => required(&repetition.sub),
        HirKind::Capture(capture) => required(&capture.sub),
        HirKind::Empty | HirKind::Look(_) | HirKind::Repetition(_) => None,
    }
}

/// The best of several sets: the one whose shortest word is longest, then the smallest.
fn best(sets: impl Iterator<Item = Vec<String>>) -> Option<Vec<String>> {
    sets.filter(|s| !s.is_empty())
        .max_by_key(|s| (s.iter().map(String::len).min(), std::cmp::Reverse(s.len())))
}

/// The words spelled by consecutive parts among `parts`, one set each: single characters
/// spell one word, a small alternation of such spellings one word per branch
/// (`any(?:one|body)` → `anyone`, `anybody`), and a repetition its least number of
/// copies before the run ends (`hello+` → `hello`).
fn runs(parts: &[Hir]) -> impl Iterator<Item = Vec<String>> {
    let mut words = Vec::new();
    // Every spelling the run so far may have: one, until an alternation.
    let mut run = vec![String::new()];
    let end = |run: &mut Vec<String>, words: &mut Vec<Vec<String>>| {
        if run.iter().all(|w| w.len() >= MIN_WORD) {
            let all = std::mem::replace(run, vec![String::new()]);
            // A word holding another is found by it: `lawyer` stands for `lawyers`.
            let least = all
                .iter()
                .filter(|w| !all.iter().any(|v| v != *w && w.contains(v.as_str())));
            words.push(least.cloned().collect());
        } else {
            *run = vec![String::new()];
        }
    };
    let push = |run: &mut Vec<String>, c: char| run.iter_mut().for_each(|w| w.push(c));
    for part in parts {
        match part.kind() {
            HirKind::Literal(literal) => {
                for c in String::from_utf8_lossy(&literal.0).chars() {
                    match normalised(c) {
                        Some(n) => push(&mut run, n),
                        None => end(&mut run, &mut words),
                    }
                }
            }
            HirKind::Class(class) => match one_character(class) {
                Some(n) => push(&mut run, n),
                None => end(&mut run, &mut words),
            },
            _ => match spellings(part).and_then(|each| joined(&run, &each)) {
                Some(longer) => run = longer,
                None => {
                    // A repetition may still start with its least number of copies
                    // (`hello+`): the run ends after those.
                    if let HirKind::Repetition(repetition) = part.kind()
                        && let Some(least) = spellings(&repetition.sub)
                            .and_then(|each| copies(&each, repetition.min.min(MAX_COPIES)))
                            .and_then(|least| joined(&run, &least))
                    {
                        run = least;
                    }
                    end(&mut run, &mut words);
                }
            },
        }
    }
    end(&mut run, &mut words);
    words.into_iter()
}

/// Every text `hir` can match, normalised, when it is a few runs of letters and digits
/// (`(?:one|body)`, `s?`); `None` when it can match anything else or too many.
fn spellings(hir: &Hir) -> Option<Vec<String>> {
    match hir.kind() {
        HirKind::Empty => Some(vec![String::new()]),
        HirKind::Literal(literal) => String::from_utf8_lossy(&literal.0)
            .chars()
            .map(normalised)
            .collect::<Option<String>>()
            .map(|word| vec![word]),
        HirKind::Class(class) => one_character(class).map(|c| vec![c.to_string()]),
        HirKind::Capture(capture) => spellings(&capture.sub),
        HirKind::Concat(parts) => parts.iter().try_fold(vec![String::new()], |run, part| {
            joined(&run, &spellings(part)?)
        }),
        HirKind::Alternation(branches) => {
            let mut all = Vec::new();
            for branch in branches {
                all.extend(spellings(branch)?);
                if all.len() > MAX_WORDS {
                    return None;
                }
            }
            Some(all)
        }
        HirKind::Repetition(repetition) => {
            let each = spellings(&repetition.sub)?;
            let max = repetition.max.filter(|&max| max <= MAX_COPIES)?;
            let mut all = Vec::new();
            for n in repetition.min..=max {
                all.extend(copies(&each, n)?);
                if all.len() > MAX_WORDS {
                    return None;
                }
            }
            Some(all)
        }
        HirKind::Look(_) => None,
    }
}

/// `n` spellings of `each` in a row, every way; `None` when too many.
fn copies(each: &[String], n: u32) -> Option<Vec<String>> {
    (0..n).try_fold(vec![String::new()], |run, _| joined(&run, each))
}

/// Every spelling of `run` followed by every one of `next`; `None` when too many.
fn joined(run: &[String], next: &[String]) -> Option<Vec<String>> {
    if run.len() * next.len() > MAX_WORDS {
        return None;
    }
    let mut all: Vec<String> = run
        .iter()
        .flat_map(|r| next.iter().map(move |n| format!("{r}{n}")))
        .collect();
    all.sort();
    all.dedup();
    Some(all)
}

/// The ASCII letter or digit `c` becomes in normalised text, if that is what it becomes.
fn normalised(c: char) -> Option<char> {
    if !c.is_alphanumeric() {
        return None;
    }
    let mut lower = crate::text::lowered(c);
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.is_ascii_alphanumeric() => Some(l),
        _ => None,
    }
}

/// The one ASCII letter or digit every character of a small class becomes (`[Kk\u{212A}]`
/// → `k`), if there is one.
fn one_character(class: &Class) -> Option<char> {
    let mut chars: Vec<char> = Vec::new();
    match class {
        Class::Unicode(class) => {
            for r in class.ranges() {
                if u32::from(r.end()) - u32::from(r.start()) > 4 {
                    return None;
                }
                chars.extend(r.start()..=r.end());
            }
        }
        Class::Bytes(class) => {
            for r in class.ranges() {
                if r.end() - r.start() > 4 || !r.end().is_ascii() {
                    return None;
                }
                chars.extend((r.start()..=r.end()).map(char::from));
            }
        }
    }
    let first = normalised(*chars.first()?)?;
    chars
        .iter()
        .all(|&c| normalised(c) == Some(first))
        .then_some(first)
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::text::Normalized;

    fn words(pattern: &str) -> Option<Vec<&'static str>> {
        words_of(pattern).map(|w| {
            w.into_iter()
                .map(|s| &*Box::leak(s.into_boxed_str()))
                .collect()
        })
    }

    #[test]
    fn the_rare_words_of_a_regex() {
        assert_eq!(
            words(r"\b(?:my|our)\s+(?:lawyers?|attorneys?|legal counsel)\s+(?:will|shall)\b"),
            Some(vec!["attorney", "counsel", "lawyer"]),
            "`counsel` rather than `legal`: the longer word is the rarer"
        );
        assert_eq!(words(r"\bticket #?\d{4,}"), Some(vec!["ticket"]));
        assert_eq!(words(r"refund(ed)? (?:now|today)"), Some(vec!["refund"]));
        assert_eq!(words("don't"), None, "`don` and `t` are short");
        assert_eq!(words("can't cancel"), Some(vec!["cancel"]));
        // `k` is also the Kelvin sign, which lower-cases to `k`: still a word.
        assert_eq!(words("kick"), Some(vec!["kick"]));
    }

    #[test]
    fn words_run_through_small_alternations_and_repetitions() {
        assert_eq!(words("any(?:one|body)"), Some(vec!["anybody", "anyone"]));
        assert_eq!(words("colou?r"), Some(vec!["color", "colour"]));
        assert_eq!(words("hello+"), Some(vec!["hello"]), "then more o's");
        assert_eq!(words("(?:ab){2}c"), Some(vec!["ababc"]));
        // The starter's anyone-there regex, which a `?` alone gated: it ran on every question.
        assert_eq!(
            words(
                r"^[ .!?,]*(?:hello+ *\?[?!., ]*(?:any(?:one|body)(?: +there)? *\?[?! ]*)?|any(?:one|body) *\?[?! ]*)$"
            ),
            Some(vec!["anybody", "anyone", "hello"])
        );
        assert_eq!(
            words("a(?:b|c|d|e)(?:f|g|h|i|j)"),
            None,
            "twenty spellings are too many"
        );
        assert_eq!(words("an(?:y|)one"), Some(vec!["anone", "anyone"]));
        // A long repetition is spelled up to its first copies, at once.
        let long = words("x(?:ab){100000}").expect("words");
        assert_eq!(long, vec![format!("x{}", "ab".repeat(16)).leak() as &str]);
    }

    #[test]
    fn no_words_when_a_match_need_not_hold_one() {
        assert_eq!(words(r"\d{3}-\d{4}"), None);
        assert_eq!(words(r"(?:lawyer)?"), None);
        assert_eq!(words(r"lawyer|%"), None, "a branch without a word");
        assert_eq!(words(r"[a-z]+ment"), Some(vec!["ment"]));
        // `s` also matches `ſ`, which normalised text holds as `s`.
        assert_eq!(words("sass"), Some(vec!["sass"]));
        assert_eq!(words("(unclosed"), None);
        assert_eq!(words("(?-i:Lawyer)"), Some(vec!["lawyer"]));
    }

    fn pattern() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "law",
            "yer",
            "kick",
            "ab",
            "s",
            "K",
            "é",
            "ß",
            "İ",
            "'",
            "’",
            " ",
            r"\s+",
            r"\b",
            "-",
            "%",
            r"\d",
            "x?",
            "(?:ab|law)",
            "(yer|kick)",
            "[a-c]",
            "(?-i:Q)",
            r"\x{212A}",
            ".",
            r"\w",
            "a+",
            "b{2}",
            "k+",
            "(?:s|)",
            "(?:ab|yer){1,2}",
            "(?:kick|law)+",
        ]);
        crate::engine::gate::alternations(piece, 1..7)
    }

    fn text() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "law",
            "LAW",
            "yer",
            "Yer",
            "kick",
            "\u{212A}ick",
            "s",
            "\u{17F}",
            "S",
            "ab",
            "AB",
            "é",
            "É",
            "ß",
            "ẞ",
            "İ",
            "i",
            "'",
            "’",
            "`",
            " ",
            "-",
            "%",
            "4",
            "q",
            "Q",
            "\n",
            ".",
        ]);
        prop::collection::vec(piece, 0..14).prop_map(|p| p.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        /// Every message a regex matches holds one of its words in its normalised text.
        #[test]
        fn every_match_holds_a_word(pattern in pattern(), texts in prop::collection::vec(text(), 1..8)) {
            let regex = regex::RegexBuilder::new(&pattern).case_insensitive(true).build().unwrap();
            let Some(words) = words_of(&pattern) else {
                return Ok(());
            };
            for t in &texts {
                if regex.is_match(t) {
                    let normalized = Normalized::new(t);
                    prop_assert!(
                        words.iter().any(|w| normalized.as_str().contains(w.as_str())),
                        "{pattern:?} matches {t:?} ({:?}) but holds none of {words:?}",
                        normalized.as_str()
                    );
                }
            }
        }
    }
}
