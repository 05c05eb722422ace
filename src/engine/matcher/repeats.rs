//! The repeat detector's step of a scan: a customer message and the conversation's
//! earlier ones ([`RepeatMemory`]) → the repeat signals it matches, but for its
//! exceptions (thanks sent again, an answer the bot asked for again or offered).

use super::hits::span;
use super::{Hits, Matcher, RepeatMemory, asked, offered, thanks};

impl Matcher {
    /// The repeat detector on a customer message: one pass over the earlier messages,
    /// as far as the most demanding setting needs. Its words come from `hits.normalized`
    /// when it holds this message (`normalized`), else from the text as written.
    pub(super) fn scan_repeats<const EXCUSE: bool>(
        &self,
        text: &str,
        bot_before: Option<&str>,
        normalized: bool,
        hits: &mut Hits,
        memory: &mut RepeatMemory,
    ) {
        let taken = if normalized {
            None
        } else {
            memory.take_ascii(text, &self.stop_words)
        };
        let (words, content) = taken.unwrap_or_else(|| {
            if !normalized {
                hits.normalized.set(text);
            }
            memory.take(&hits.normalized, &self.stop_words)
        });
        let most = self
            .repeat
            .iter()
            .map(|(_, r)| r.earlier_needed(words, content))
            .max()
            .unwrap_or(0);
        if most > 0 {
            let found = memory.similar_earlier(most);
            // Whether the repeat is excused: thanks sent again, or an answer the bot's
            // message asked for again or offered. Asked only for a repeat found, which is
            // rare.
            let mut excused = None;
            for &(s, settings) in &self.repeat {
                let needed = settings.earlier_needed(words, content);
                if needed > 0
                    && found >= needed
                    && !(EXCUSE
                        && *excused.get_or_insert_with(|| {
                            thanks::is_thanks(text)
                                || bot_before.is_some_and(|b| {
                                    asked::asks_again(b)
                                        || offered::excuses(b, text, || memory.similar_earlier(2))
                                })
                        }))
                {
                    hits.add(s, 1.0);
                    hits.spans[s].push(span(0, text.len()));
                }
            }
        }
        memory.remember();
    }
}
