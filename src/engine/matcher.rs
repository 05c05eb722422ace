//! Signal matching: one message → which signals match it, with the words that did.
//!
//! All phrases of all signals go into one Aho-Corasick automaton over normalised text
//! (see [`crate::text`]), all regexes into one `RegexSet` over the original text, so a
//! message is scanned once whatever the number of signals. A signal matches a message when
//! the weights of its distinct matched entries reach its threshold; a phrase match inside
//! a longer matched phrase of the same signal does not count twice ("still doesn't work"
//! is one cue, not two). The non-lexical built-ins (shouting, repeat) are computed here too.

use std::collections::HashMap;

use regex::RegexSet;

use super::gate::Gate;
use super::phrases::Phrases;
use super::words;
use crate::rules::builtin::{REPEAT_STOP_WORDS, RepeatSettings, ShoutingSettings};
use crate::rules::{Builtin, RuleSet, builtin};
use crate::text::{Normalized, normalize_phrase};
use crate::transcript::Role;

/// Up to this many regexes run one by one; more go through one `RegexSet` first.
const MAX_SEPARATE_REGEXES: usize = 16;

/// Words before a phrase in which a negation cancels it.
const NEGATION_WINDOW: usize = 3;
/// At most this many evidence spans are kept per signal and message.
const MAX_SPANS: usize = 4;

/// What the matcher needs to know of each signal.
#[derive(Debug, Clone, PartialEq)]
struct SignalInfo {
    threshold: f64,
    negation: bool,
    shouting: Option<Shouting>,
    repeat: Option<Repeat>,
}

/// The shouting detector's settings, compiled: the share of capitals in millionths, so
/// that the test is exact integer arithmetic (0.7 is 700,000, not 0.69999…).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Shouting {
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

/// The repeat detector's settings, compiled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Repeat {
    min_words: usize,
    min_content_words: usize,
    /// Sendings a short message needs (0: short messages never count).
    times: usize,
}

impl Repeat {
    fn new(settings: &RepeatSettings) -> Self {
        Repeat {
            min_words: settings.min_words.max(1) as usize,
            min_content_words: settings.min_content_words as usize,
            times: settings.times.map_or(0, |t| t as usize),
        }
    }

    /// How many earlier messages must be like a message of `words` distinct words,
    /// `content` of them outside the stop list, for it to count (0: it cannot).
    fn earlier_needed(self, words: usize, content: usize) -> usize {
        if words == 0 || content < self.min_content_words {
            0
        } else if words >= self.min_words {
            1
        } else {
            self.times.saturating_sub(1)
        }
    }
}

/// A phrase occurrence in the automaton: which signal, which entry, what weight.
#[derive(Debug, Clone, Copy, PartialEq)]
struct PhraseRef {
    signal: usize,
    entry: u32,
    weight: f64,
}

/// The compiled detectors of a rule set (plus hidden built-ins that counters use).
#[derive(Debug)]
pub(super) struct Matcher {
    signals: Vec<SignalInfo>,
    /// The automaton's normalised phrases, to tell whether two matchers scan alike.
    patterns: Vec<String>,
    automaton: Option<Phrases>,
    /// Per automaton pattern, every signal entry with that normalised phrase.
    phrase_refs: Vec<Vec<PhraseRef>>,
    /// Per automaton pattern, the regexes it is a word gate of ([`super::words`]): the
    /// walk finding it admits them. Empty when no regex has words; else as long as the
    /// patterns up to the last word.
    word_refs: Vec<Vec<u32>>,
    /// Per regex: whether it runs only when the walk found one of its words.
    word_gated: Vec<bool>,
    regex_set: Option<RegexSet>,
    /// Per regex in the set: (signal, entry index, weight).
    regex_refs: Vec<(usize, usize, f64)>,
    regexes: Vec<regex::Regex>,
    /// Per regex: the bytes a message needs for it to match; for the set, any of theirs.
    gates: Vec<Gate>,
    set_gate: Gate,
    needs_shouting: bool,
    needs_repeat: bool,
    /// Signals with the shouting / repeat built-in, with their settings.
    shouting: Vec<(usize, Shouting)>,
    repeat: Vec<(usize, Repeat)>,
    /// The repeat detector's stop words.
    stop_words: StopWords,
    /// Built-in detectors run for counters and coverage, outside the rules' signals.
    pub(super) hidden: Hidden,
    /// Per rule signal: the coverage id of its first phrase (regexes follow the phrases).
    entry_base: Vec<u32>,
    /// Per rule signal: its number of phrases.
    phrase_counts: Vec<usize>,
    /// Record which phrase/regex entries counted in each message (coverage).
    record_entries: bool,
}

/// Signal indices of the hidden built-in detectors that were asked for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(super) struct Hidden {
    /// For the `bot_fallbacks` counter and stuck-conversation gaps.
    pub(super) fallback: Option<usize>,
    /// For the `customer_repeats` counter and stuck-conversation gaps.
    pub(super) repeat: Option<usize>,
    /// For frustration that no rule escalated (coverage gaps).
    pub(super) frustration: Option<usize>,
}

/// A byte range of the original message text that matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct TextSpan {
    pub(super) start: u32,
    pub(super) end: u32,
}

/// Per-message results, reused across messages.
#[derive(Debug, Default)]
pub(super) struct Hits {
    score: Vec<f64>,
    matched: Vec<bool>,
    spans: Vec<Vec<TextSpan>>,
    /// Candidates: (signal, normalised start, end, entry, weight).
    candidates: Vec<(usize, usize, usize, u32, f64)>,
    /// Entries already counted for the signal being scored (reused, not reallocated).
    counted: Vec<u32>,
    /// Per regex: whether the walk found one of its words in this message.
    admitted: Vec<bool>,
    normalized: Normalized,
    /// Coverage ids of the entries that counted in this message (when recording).
    pub(super) entries: Vec<u32>,
    /// Signals with any score in this message: only these are reset for the next one,
    /// so a message costs the same with ten signals or ten thousand.
    touched: Vec<usize>,
    is_touched: Vec<bool>,
}

impl Hits {
    /// Forgets the last message, sized for `n` signals.
    fn reset(&mut self, n: usize) {
        if self.score.len() != n {
            self.score = vec![0.0; n];
            self.matched = vec![false; n];
            // Another engine used these hits: its spans mean nothing here.
            self.spans.iter_mut().for_each(Vec::clear);
            self.spans.resize_with(n, Vec::new);
            self.is_touched = vec![false; n];
            self.touched.clear();
        }
        for &s in &self.touched {
            self.score[s] = 0.0;
            self.matched[s] = false;
            self.spans[s].clear();
            self.is_touched[s] = false;
        }
        self.touched.clear();
        self.candidates.clear();
        self.entries.clear();
    }

    /// Appends this message's results to `log`.
    pub(super) fn record(&self, log: &mut ScanLog) {
        for &s in &self.touched {
            log.spans.extend_from_slice(&self.spans[s]);
            log.signals
                .push((s, self.score[s], self.matched[s], log.spans.len()));
        }
        log.ends.push(log.signals.len());
    }

    /// Restores message `index`'s results from `log`, as a matcher with `n` signals that
    /// scans like the one that recorded them would have found them.
    pub(super) fn replay(&mut self, log: &ScanLog, index: usize, n: usize) {
        self.reset(n);
        let start = index.checked_sub(1).map_or(0, |i| log.ends[i]);
        let mut span_start = start.checked_sub(1).map_or(0, |i| log.signals[i].3);
        for &(s, score, matched, span_end) in &log.signals[start..log.ends[index]] {
            self.is_touched[s] = true;
            self.touched.push(s);
            self.score[s] = score;
            self.matched[s] = matched;
            self.spans[s].extend_from_slice(&log.spans[span_start..span_end]);
            span_start = span_end;
        }
    }

    pub(super) fn matched(&self, signal: usize) -> bool {
        self.matched.get(signal).copied().unwrap_or(false)
    }

    pub(super) fn score(&self, signal: usize) -> f64 {
        self.score.get(signal).copied().unwrap_or(0.0)
    }

    pub(super) fn spans(&self, signal: usize) -> &[TextSpan] {
        self.spans.get(signal).map_or(&[], Vec::as_slice)
    }

    /// Signals matched by this message.
    pub(super) fn matched_signals(&self) -> impl Iterator<Item = usize> + '_ {
        self.touched.iter().copied().filter(|&s| self.matched[s])
    }

    /// Adds `weight` to signal `s` in this message, noting it as touched.
    fn add(&mut self, s: usize, weight: f64) {
        if !self.is_touched[s] {
            self.is_touched[s] = true;
            self.touched.push(s);
        }
        self.score[s] += weight;
    }
}

/// The scan results of a conversation's messages, in order, so that a second engine
/// whose matcher scans alike can reuse them instead of scanning again.
#[derive(Debug, Default)]
pub(super) struct ScanLog {
    /// Per message, the end of its signals in `signals`.
    ends: Vec<usize>,
    /// Touched signals, in the order they were touched: (signal, score, matched, end of
    /// its spans in `spans`).
    signals: Vec<(usize, f64, bool, usize)>,
    spans: Vec<TextSpan>,
}

impl ScanLog {
    pub(super) fn clear(&mut self) {
        self.ends.clear();
        self.signals.clear();
        self.spans.clear();
    }

    /// Messages recorded.
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }
}

/// Earlier customer messages, as sorted sets of word hashes, for the repeat detector;
/// all in one buffer so a conversation does not allocate per message.
#[derive(Debug, Default)]
pub(super) struct RepeatMemory {
    words: Vec<u64>,
    /// End of each earlier message's words in `words`.
    ends: Vec<usize>,
    current: Vec<u64>,
}

impl RepeatMemory {
    pub(super) fn clear(&mut self) {
        self.words.clear();
        self.ends.clear();
    }

    /// Takes `n`'s distinct words as the current message; gives their number and how
    /// many of them are not stop words, counted up to `stop.cap` (no setting asks for
    /// more: with the default of 1, the first content word ends the count).
    fn take(&mut self, n: &Normalized, stop: &StopWords) -> (usize, usize) {
        self.current.clear();
        fnv1a_words(n.as_bytes(), &mut self.current);
        self.current.sort_unstable();
        self.current.dedup();
        let mut content = 0;
        for &word in &self.current {
            if content >= stop.cap {
                break;
            }
            if !stop.contains(word) {
                content += 1;
            }
        }
        (self.current.len(), content)
    }

    /// How many earlier messages nearly equal the current one, counting up to `limit`.
    fn similar_earlier(&self, limit: usize) -> usize {
        let mut found = 0;
        let mut start = 0;
        for &end in &self.ends {
            if found >= limit {
                break;
            }
            if similar(&self.words[start..end], &self.current) {
                found += 1;
            }
            start = end;
        }
        found
    }

    /// Remembers the current message for the next ones.
    fn remember(&mut self) {
        self.words.extend_from_slice(&self.current);
        self.ends.push(self.words.len());
    }

    /// Whether `n` repeats an earlier message under the default settings; then
    /// remembers it.
    #[cfg(test)]
    fn repeated(&mut self, n: &Normalized) -> bool {
        let repeat = Repeat::new(&RepeatSettings::default());
        let (words, content) = self.take(n, &StopWords::new(repeat.min_content_words));
        let needed = repeat.earlier_needed(words, content);
        let repeated = needed > 0 && self.similar_earlier(needed) >= needed;
        self.remember();
        repeated
    }
}

/// The hashes of [`REPEAT_STOP_WORDS`] (as [`fnv1a_words`] hashes them) in an
/// open-addressing table: a lookup is one or two loads, where a binary search of the
/// sorted hashes cost 5 % more instructions for the whole replay.
#[derive(Debug, Clone)]
struct StopWords {
    table: Box<[u64; STOP_SLOTS]>,
    /// Content words worth counting: the most any repeat setting asks for.
    cap: usize,
}

/// A power of two, over twice the number of stop words.
const STOP_SLOTS: usize = 512;

impl StopWords {
    fn new(cap: usize) -> Self {
        let mut table = Box::new([0u64; STOP_SLOTS]);
        let mut hashes = Vec::with_capacity(REPEAT_STOP_WORDS.len());
        for word in REPEAT_STOP_WORDS {
            fnv1a_words(word.as_bytes(), &mut hashes);
        }
        for hash in hashes {
            let mut slot = Self::slot(hash);
            while table[slot] != 0 && table[slot] != hash {
                slot = (slot + 1) % STOP_SLOTS;
            }
            table[slot] = hash;
        }
        StopWords { table, cap }
    }

    fn slot(hash: u64) -> usize {
        // Fibonacci hashing: FNV-1a of one- and two-letter words differ in few bits,
        // which the multiplication spreads into the top nine.
        (hash.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize % STOP_SLOTS
    }

    fn contains(&self, hash: u64) -> bool {
        let mut slot = Self::slot(hash);
        loop {
            match self.table[slot] {
                0 => return false,
                h if h == hash => return true,
                _ => slot = (slot + 1) % STOP_SLOTS,
            }
        }
    }
}

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// FNV-1a: a fast, fixed hash for short words (inputs here cannot flood it).
#[cfg(test)]
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(FNV_OFFSET, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(FNV_PRIME)
    })
}

/// The FNV-1a hash of each space-separated word of `text`, in one pass (splitting first
/// and hashing each word cost twice as many instructions).
fn fnv1a_words(text: &[u8], out: &mut Vec<u64>) {
    let mut hash = FNV_OFFSET;
    let mut in_word = false;
    for &b in text {
        if b == b' ' {
            if in_word {
                out.push(hash);
                hash = FNV_OFFSET;
                in_word = false;
            }
        } else {
            hash = (hash ^ u64::from(b)).wrapping_mul(FNV_PRIME);
            in_word = true;
        }
    }
    if in_word {
        out.push(hash);
    }
}

impl Matcher {
    /// Compiles the rules' signals plus the hidden detectors in `hidden` (any of
    /// `BotFallback`, `Repeat`, `Frustration`).
    pub(super) fn compile(
        rules: &RuleSet,
        hidden: &[Builtin],
        record_entries: bool,
    ) -> Result<Self, String> {
        let mut signals: Vec<SignalInfo> = rules
            .signals
            .iter()
            .map(|s| SignalInfo {
                threshold: s.threshold,
                negation: s.negation,
                shouting: (s.builtin == Some(Builtin::Shouting))
                    .then(|| Shouting::new(&s.shouting)),
                repeat: (s.builtin == Some(Builtin::Repeat)).then(|| Repeat::new(&s.repeat)),
            })
            .collect();
        let mut patterns: Vec<String> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut phrase_refs: Vec<Vec<PhraseRef>> = Vec::new();
        let mut add = |pattern: &str, r: PhraseRef| {
            let i = *index.entry(pattern.to_owned()).or_insert_with(|| {
                patterns.push(pattern.to_owned());
                phrase_refs.push(Vec::new());
                patterns.len() - 1
            });
            phrase_refs[i].push(r);
        };
        for (s, signal) in rules.signals.iter().enumerate() {
            for (e, phrase) in signal.phrases.iter().enumerate() {
                add(
                    &phrase.normalized,
                    PhraseRef {
                        signal: s,
                        entry: u32::try_from(e).unwrap_or(u32::MAX),
                        weight: phrase.weight,
                    },
                );
            }
        }
        let mut found = Hidden::default();
        for &builtin in hidden {
            let s = signals.len();
            let lexicon = builtin::lexicon(builtin);
            signals.push(SignalInfo {
                threshold: lexicon.map_or(1.0, |l| l.threshold),
                negation: lexicon.is_some_and(|l| l.negation),
                shouting: (builtin == Builtin::Shouting).then(Shouting::default),
                repeat: (builtin == Builtin::Repeat)
                    .then(|| Repeat::new(&RepeatSettings::default())),
            });
            for (e, (phrase, weight)) in lexicon.map_or(&[][..], |l| l.phrases).iter().enumerate() {
                add(
                    &normalize_phrase(phrase),
                    PhraseRef {
                        signal: s,
                        entry: u32::try_from(e).unwrap_or(u32::MAX),
                        weight: *weight,
                    },
                );
            }
            match builtin {
                Builtin::BotFallback => found.fallback = Some(s),
                Builtin::Repeat => found.repeat = Some(s),
                Builtin::Frustration => found.frustration = Some(s),
                Builtin::Shouting | Builtin::HumanRequest => {}
            }
        }
        let mut regex_refs = Vec::new();
        let mut regexes = Vec::new();
        for (s, signal) in rules.signals.iter().enumerate() {
            for (e, p) in signal.regexes.iter().enumerate() {
                regex_refs.push((s, e, p.weight));
                regexes.push(p.regex.clone());
            }
        }
        // Words of the regexes, searched by the phrase automaton as it walks (unpadded:
        // they may be part of a word), pointing at their regexes. Only if there are
        // phrases: without them there would be no walk to ride on, and the regex crate's
        // own search for a rare word costs less than a walk.
        let mut word_refs: Vec<Vec<u32>> = Vec::new();
        let mut word_gated = vec![false; regexes.len()];
        let ride = !patterns.is_empty();
        for (i, regex) in regexes.iter().enumerate().filter(|_| ride) {
            for word in words::words_of(regex.as_str()).unwrap_or_default() {
                let at = *index.entry(word.clone()).or_insert_with(|| {
                    patterns.push(word);
                    phrase_refs.push(Vec::new());
                    patterns.len() - 1
                });
                word_refs.resize(patterns.len(), Vec::new());
                word_refs[at].push(u32::try_from(i).unwrap_or(u32::MAX));
                word_gated[i] = true;
            }
        }
        let automaton = if patterns.is_empty() {
            None
        } else {
            Some(Phrases::new(&patterns)?)
        };
        let regex_set = if regexes.len() <= MAX_SEPARATE_REGEXES {
            None
        } else {
            Some(
                regex::RegexSetBuilder::new(regexes.iter().map(regex::Regex::as_str))
                    .case_insensitive(true)
                    .size_limit(64 << 20)
                    .dfa_size_limit(64 << 20)
                    .build()
                    .map_err(|e| format!("cannot build the regex set: {e}"))?,
            )
        };
        let (gates, set_gate) = Gate::each_and_any(regexes.iter().map(regex::Regex::as_str));
        let shouting: Vec<(usize, Shouting)> = (signals.iter().enumerate())
            .filter_map(|(s, info)| Some((s, info.shouting?)))
            .collect();
        let repeat: Vec<(usize, Repeat)> = (signals.iter().enumerate())
            .filter_map(|(s, info)| Some((s, info.repeat?)))
            .collect();
        let stop_words = StopWords::new(
            repeat
                .iter()
                .map(|(_, r)| r.min_content_words)
                .max()
                .unwrap_or(0),
        );
        Ok(Matcher {
            needs_shouting: !shouting.is_empty(),
            needs_repeat: !repeat.is_empty(),
            shouting,
            repeat,
            stop_words,
            signals,
            patterns,
            automaton,
            phrase_refs,
            word_refs,
            word_gated,
            regex_set,
            regex_refs,
            regexes,
            gates,
            set_gate,
            hidden: found,
            entry_base: rules.entry_bases(),
            phrase_counts: rules.signals.iter().map(|s| s.phrases.len()).collect(),
            record_entries,
        })
    }

    pub(super) fn signal_count(&self) -> usize {
        self.signals.len()
    }

    /// Whether `other` finds exactly what this matcher finds in every message: the same
    /// signals, phrases, regexes, weights, thresholds and hidden detectors, in the same
    /// order. Then one scan can serve both (`diff` of rules that only changed triggers,
    /// routes or teams).
    pub(super) fn scans_like(&self, other: &Matcher) -> bool {
        self.signals == other.signals
            && self.patterns == other.patterns
            && self.phrase_refs == other.phrase_refs
            && self.regex_refs == other.regex_refs
            && self
                .regexes
                .iter()
                .map(regex::Regex::as_str)
                .eq(other.regexes.iter().map(regex::Regex::as_str))
            && self.hidden == other.hidden
            && self.entry_base == other.entry_base
            && self.phrase_counts == other.phrase_counts
            && self.record_entries == other.record_entries
    }

    /// Scans one message; results go to `hits`.
    pub(super) fn scan(&self, text: &str, role: Role, hits: &mut Hits, memory: &mut RepeatMemory) {
        hits.reset(self.signals.len());
        hits.normalized.set(text);
        if !self.word_refs.is_empty() {
            hits.admitted.clear();
            hits.admitted.resize(self.regexes.len(), false);
        }
        if let Some(automaton) = &self.automaton
            && !hits.normalized.is_blank()
        {
            let Hits {
                normalized,
                candidates,
                admitted,
                ..
            } = hits;
            automaton.for_each(normalized.as_bytes(), &mut |pattern, start, end| {
                for r in &self.phrase_refs[pattern] {
                    if self.signals[r.signal].negation
                        && normalized.negated_before(start, NEGATION_WINDOW)
                    {
                        continue;
                    }
                    candidates.push((r.signal, start, end, r.entry, r.weight));
                }
                for &i in self.word_refs.get(pattern).into_iter().flatten() {
                    admitted[i as usize] = true;
                }
            });
            if !hits.candidates.is_empty() {
                // Only now is the map back to the original worth building.
                hits.normalized.set_with_origin(text);
                self.score_phrases(text, hits);
            }
        }
        // A regex with words runs only if the walk found one of them.
        let admitted = std::mem::take(&mut hits.admitted);
        let may_match = |i: usize| !self.word_gated[i] || admitted[i];
        match &self.regex_set {
            Some(_) if !self.set_gate.admits(text.as_bytes()) => {}
            Some(_) if !(0..self.regexes.len()).any(may_match) => {}
            // Many regexes: one pass to learn which match, then each of those for its span.
            Some(set) => {
                let matched = set.matches(text);
                // Iterating visits every pattern of the set; most messages match none.
                if matched.matched_any() {
                    for i in matched.iter().filter(|&i| may_match(i)) {
                        let found = self.regexes[i].find(text).map(|m| (m.start(), m.end()));
                        self.regex_hit(i, found, hits);
                    }
                }
            }
            // A few: each on its own, with its own literal prefilter, is faster.
            None => {
                for (i, (regex, gate)) in self.regexes.iter().zip(&self.gates).enumerate() {
                    if may_match(i)
                        && gate.admits(text.as_bytes())
                        && let Some(m) = regex.find(text)
                    {
                        self.regex_hit(i, Some((m.start(), m.end())), hits);
                    }
                }
            }
        }
        hits.admitted = admitted;
        if self.needs_shouting {
            // Signals of one setting (the usual case) cost one test.
            let mut last: Option<(Shouting, bool)> = None;
            for &(s, settings) in &self.shouting {
                let shouting = match last {
                    Some((l, verdict)) if l == settings => verdict,
                    _ => is_shouting(text, settings),
                };
                last = Some((settings, shouting));
                if shouting {
                    hits.add(s, 1.0);
                    hits.spans[s].push(span(0, text.len()));
                }
            }
        }
        if self.needs_repeat && role == Role::Customer {
            self.scan_repeats(text, hits, memory);
        }
        for &s in &hits.touched {
            hits.matched[s] = hits.score[s] + 1e-9 >= self.signals[s].threshold;
        }
    }

    /// The phrases of `signal` in `text` that a negation cancels, each with the negation,
    /// both as written: what `explain` shows for a signal that did not match ("“ridiculous”,
    /// cancelled by “can't”"). Slow path: for one message at a time.
    pub(super) fn negated(&self, text: &str, signal: usize) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = Vec::new();
        let Some(automaton) = &self.automaton else {
            return out;
        };
        if !self.signals.get(signal).is_some_and(|s| s.negation) {
            return out;
        }
        let normalized = Normalized::new(text);
        automaton.for_each(normalized.as_bytes(), &mut |pattern, start, end| {
            if !self.phrase_refs[pattern].iter().any(|r| r.signal == signal) {
                return;
            }
            if let Some((a, b)) = normalized.negation_before(start, NEGATION_WINDOW) {
                let (from, to) = normalized.original_range(start, end, text);
                // The negation's range, padded as a match is.
                let (n_from, n_to) = normalized.original_range(a - 1, b + 1, text);
                let found = (text[from..to].to_owned(), text[n_from..n_to].to_owned());
                if !out.contains(&found) {
                    out.push(found);
                }
            }
        });
        out
    }

    /// The repeat detector on a customer message: one pass over the earlier messages,
    /// as far as the most demanding setting needs.
    fn scan_repeats(&self, text: &str, hits: &mut Hits, memory: &mut RepeatMemory) {
        let (words, content) = memory.take(&hits.normalized, &self.stop_words);
        let most = self
            .repeat
            .iter()
            .map(|(_, r)| r.earlier_needed(words, content))
            .max()
            .unwrap_or(0);
        if most > 0 {
            let found = memory.similar_earlier(most);
            for &(s, settings) in &self.repeat {
                let needed = settings.earlier_needed(words, content);
                if needed > 0 && found >= needed {
                    hits.add(s, 1.0);
                    hits.spans[s].push(span(0, text.len()));
                }
            }
        }
        memory.remember();
    }

    fn regex_hit(&self, i: usize, found: Option<(usize, usize)>, hits: &mut Hits) {
        let (signal, entry, weight) = self.regex_refs[i];
        hits.add(signal, weight);
        if self.record_entries {
            let phrases = u32::try_from(self.phrase_counts[signal]).unwrap_or(0);
            hits.entries
                .push(self.entry_base[signal] + phrases + u32::try_from(entry).unwrap_or(0));
        }
        if let Some((start, end)) = found
            && hits.spans[signal].len() < MAX_SPANS
        {
            hits.spans[signal].push(span(start, end));
        }
    }

    /// Adds the weights of phrase candidates, dropping repeats of the same entry and
    /// matches inside a longer match of the same signal.
    fn score_phrases(&self, text: &str, hits: &mut Hits) {
        // By signal, then start, longest first.
        hits.candidates
            .sort_by(|a, b| (a.0, a.1, b.2).cmp(&(b.0, b.1, a.2)));
        let mut i = 0;
        while i < hits.candidates.len() {
            let signal = hits.candidates[i].0;
            let mut covered_to = 0usize;
            hits.counted.clear();
            while i < hits.candidates.len() && hits.candidates[i].0 == signal {
                let (_, start, end, entry, weight) = hits.candidates[i];
                i += 1;
                // Matches are padded with spaces: overlapping by one space is adjacent.
                if end <= covered_to {
                    continue;
                }
                covered_to = covered_to.max(end);
                if hits.counted.contains(&entry) {
                    continue;
                }
                hits.counted.push(entry);
                hits.add(signal, weight);
                if self.record_entries
                    && let Some(base) = self.entry_base.get(signal)
                {
                    hits.entries.push(base + entry);
                }
                if hits.spans[signal].len() < MAX_SPANS {
                    let (a, b) = hits.normalized.original_range(start, end, text);
                    hits.spans[signal].push(span(a, b));
                }
            }
        }
    }
}

fn span(start: usize, end: usize) -> TextSpan {
    TextSpan {
        start: u32::try_from(start).unwrap_or(u32::MAX),
        end: u32::try_from(end).unwrap_or(u32::MAX),
    }
}

/// At least `min_letters` letters (default 12), at least `min_share` of them (default
/// 70%) upper case: "WHY IS MY ORDER LATE". Not the Caps Lock slip "sCHEDULE A MEETING"
/// (a lower-case letter, then an upper-case word).
pub(super) fn is_shouting(text: &str, settings: Shouting) -> bool {
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

fn caps_lock_slip(text: &str) -> bool {
    let first_word = text.split_whitespace().next().unwrap_or_default();
    let mut letters = first_word.chars().filter(|c| c.is_alphabetic());
    letters.next().is_some_and(char::is_lowercase) && {
        let rest: Vec<char> = letters.collect();
        rest.len() >= 2 && rest.iter().all(|c| c.is_uppercase())
    }
}

/// Jaccard similarity of two sorted word-hash sets of at least 0.9: the same message, give
/// or take punctuation, case or a word in ten ("…in the Center part of town" and "…in
/// the South part of town" are two questions, not one asked twice).
fn similar(a: &[u64], b: &[u64]) -> bool {
    if a.is_empty() {
        return false;
    }
    // common ≤ the smaller set and union ≥ the larger: sets of too different sizes cannot
    // be similar, and most earlier messages are of another size.
    let (small, large) = (a.len().min(b.len()), a.len().max(b.len()));
    if small * 10 < large * 9 {
        return false;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
        }
    }
    let union = a.len() + b.len() - common;
    common * 10 >= union * 9
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

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
}
