//! Signal matching: one message → which signals match it, with the words that did.
//!
//! All phrases of all signals go into one Aho-Corasick automaton over normalised text
//! (see [`crate::text`]), all regexes into one `RegexSet` over the original text, so a
//! message is scanned once whatever the number of signals. A signal matches a message when
//! the weights of its distinct matched entries reach its threshold; a phrase match inside
//! a longer matched phrase of the same signal does not count twice ("still doesn't work"
//! is one cue, not two). A phrase of a signal with `negation: true` is cancelled by a
//! negation word before it, and with it what starts inside it (`cancel.rs`). The
//! non-lexical built-ins are computed here too, by the detectors in [`shouting`] and
//! [`repeat`].
//!
//! A message is scanned by its role's [`Plan`] (`plan.rs`: only the signals the rules read
//! in that role), walked first as written and normalised only when a phrase occurs in
//! it. Compiling is in `compile.rs`, the per-message results in `hits.rs`.

mod asked;
mod cancel;
mod compile;
mod excused;
mod hits;
mod offered;
mod plan;
mod reasked;
mod remark;
mod repeat;
mod repeats;
mod shouting;
#[cfg(test)]
mod tests;
mod thanks;
pub(super) use excused::Excuse;
pub(super) use remark::is_remark;
pub(super) use thanks::is_thanks;

use regex::RegexSet;

use super::gate::Gate;
use super::phrases::Phrases;
use crate::transcript::Role;

use cancel::Cancelled;
use hits::span;
pub(super) use hits::{Hits, ScanLog, TextSpan};
pub(super) use plan::{EVERY_ROLE, Plan, Plans, Roles, Walk, bit};
pub(super) use reasked::BotQuestions;
pub(super) use repeat::RepeatMemory;
use repeat::{Repeat, StopWords};
pub(super) use shouting::{Shouting, is_shouting};

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

/// A phrase occurrence in the automaton: which signal, which entry, what weight.
#[derive(Debug, Clone, Copy, PartialEq)]
struct PhraseRef {
    signal: usize,
    entry: u32,
    weight: f64,
}

/// What a sum of weights may fall short of its threshold by and still reach it
/// (float sums of weights such as 0.1 + 0.2).
pub(crate) const SCORE_SLACK: f64 = 1e-9;

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
    /// The scan of every signal, whatever the role.
    everything: Plan,
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

impl Matcher {
    /// The plan that scans for every signal in every role.
    pub(super) fn everything(&self) -> &Plan {
        &self.everything
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

    /// Scans one message of `role` for what `plan` looks for (at least: more may be
    /// found); results go to `hits`. `bot_before` is the message before it when the bot
    /// wrote it: a customer's repeat of what that message asked for again is no loop
    /// ([`asked::asks_again`]), nor is thanks sent again ([`thanks::is_thanks`]).
    #[inline]
    pub(super) fn scan(
        &self,
        text: &str,
        role: Role,
        bot_before: Option<&str>,
        plan: &Plan,
        hits: &mut Hits,
        memory: &mut RepeatMemory,
    ) {
        self.scan_as::<true>(text, role, bot_before, plan, hits, memory);
    }

    /// [`Matcher::scan`]; with `EXCUSE` false, every repeat found counts, thanks and
    /// answers the bot asked for too (for `explain`, [`excused`]).
    fn scan_as<const EXCUSE: bool>(
        &self,
        text: &str,
        role: Role,
        bot_before: Option<&str>,
        plan: &Plan,
        hits: &mut Hits,
        memory: &mut RepeatMemory,
    ) {
        hits.reset(self.signals.len());
        let walk = match &plan.walk {
            Walk::Skip => None,
            Walk::Every => self.automaton.as_ref().map(|a| (a, None)),
            Walk::Part(part) => Some((&part.phrases, Some(part.patterns.as_slice()))),
        };
        // Walked first over the text as written, normalised on the fly: a message in
        // which no pattern occurs (most of them) gives no candidates and admits no
        // regex, and needs no normalised copy for them. Text past ASCII is normalised
        // and walked as it always was.
        let walk = walk.filter(|(automaton, _)| automaton.any_in_raw(text) != Some(false));
        let repeats = self.needs_repeat && role == Role::Customer;
        if walk.is_some() {
            hits.normalized.set(text);
        }
        if !self.word_refs.is_empty() {
            hits.admitted.clear();
            hits.admitted.resize(self.regexes.len(), false);
        }
        if let Some((automaton, patterns)) = walk
            && !hits.normalized.is_blank()
        {
            let Hits {
                normalized,
                candidates,
                cancelled,
                admitted,
                ..
            } = hits;
            automaton.for_each(normalized.as_bytes(), &mut |found, start, end| {
                // A part's pattern numbers are its own.
                let pattern = patterns.map_or(found, |all| all[found] as usize);
                for r in &self.phrase_refs[pattern] {
                    if self.signals[r.signal].negation
                        && let Some(negation) = normalized.negation_before(start, NEGATION_WINDOW)
                    {
                        // What starts inside it is cancelled with it (`cancel.rs`).
                        cancelled.push(Cancelled {
                            signal: r.signal,
                            start,
                            end,
                            negation,
                            entry: Some(r.entry),
                        });
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
            if self.record_entries && !hits.cancelled.is_empty() {
                self.record_negated(hits);
            }
        }
        // A regex with words runs only if the walk found one of them.
        let admitted = std::mem::take(&mut hits.admitted);
        let may_match = |i: usize| plan.regexes[i] && (!self.word_gated[i] || admitted[i]);
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
        // Signals of one setting (the usual case) cost one test.
        let mut last: Option<(Shouting, bool)> = None;
        for &(s, settings) in &plan.shouting {
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
        if repeats {
            self.scan_repeats::<EXCUSE>(text, bot_before, walk.is_some(), hits, memory);
        }
        for &s in &hits.touched {
            hits.matched[s] = hits.score[s] + SCORE_SLACK >= self.signals[s].threshold;
        }
        hits.release_long();
    }

    /// Notes the entries a negation cancelled in this message (coverage), each once.
    fn record_negated(&self, hits: &mut Hits) {
        for c in &hits.cancelled {
            if let (Some(entry), Some(base)) = (c.entry, self.entry_base.get(c.signal))
                && !hits.negated.contains(&(base + entry))
            {
                hits.negated.push(base + entry);
            }
        }
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

    /// Adds the weights of phrase candidates, dropping repeats of the same entry,
    /// matches inside a longer match of the same signal (the longer one counts once, at
    /// the heavier of their weights: a phrase added to a signal never makes it match
    /// less), and matches starting inside a match of their signal that a negation
    /// cancelled.
    fn score_phrases(&self, text: &str, hits: &mut Hits) {
        // By signal, then start, longest first.
        hits.candidates
            .sort_by(|a, b| (a.0, a.1, b.2).cmp(&(b.0, b.1, a.2)));
        if !hits.cancelled.is_empty() {
            Self::cancel_through(hits);
        }
        let mut i = 0;
        while i < hits.candidates.len() {
            let signal = hits.candidates[i].0;
            let mut covered_to = 0usize;
            // The weight the latest match that others may lie inside counts for (or
            // counted for, when its entry had counted before).
            let mut cover_weight = 0.0;
            hits.counted.clear();
            while i < hits.candidates.len() && hits.candidates[i].0 == signal {
                let (_, start, end, entry, weight) = hits.candidates[i];
                i += 1;
                // Matches are padded with spaces: overlapping by one space is adjacent.
                if end <= covered_to {
                    // A heavier entry inside ("useless", 2, in an author's "useless
                    // bot", 1) lifts the longer match to its weight.
                    if weight > cover_weight && !hits.counted.contains(&entry) {
                        hits.counted.push(entry);
                        hits.add(signal, weight - cover_weight);
                        cover_weight = weight;
                        if self.record_entries
                            && let Some(base) = self.entry_base.get(signal)
                        {
                            hits.entries.push(base + entry);
                        }
                        continue;
                    }
                    if self.record_entries
                        && let Some(base) = self.entry_base.get(signal)
                        && !hits.inside.contains(&(base + entry))
                    {
                        hits.inside.push(base + entry);
                    }
                    continue;
                }
                covered_to = covered_to.max(end);
                cover_weight = weight;
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
