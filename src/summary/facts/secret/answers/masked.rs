//! The secrets of a conversation's messages, where they stand: `[secret]` in the texts
//! the summary reads ([`Secrets::masked_messages`]), and their spans in each message,
//! for redaction to mask in the transcript too ([`Secrets::spans`]: under `--redact` a
//! summary that says `[secret]` beside a transcript that shows the password hid nothing).

use std::borrow::Cow;

use super::{Fact, MASK, Secrets, found_each};
use crate::text::spans::Holders;
use crate::transcript::Message;

impl Secrets {
    /// `messages` with the secrets masked ([`Secrets::spans_in`]), and in any later
    /// message, a customer's or a bot's, each secret given before it said again
    /// ([`Secrets::said_again_in`]); none
    /// when no secret was given. `facts`: the conversation's facts, kept; the words of its
    /// names are never masked.
    pub(in crate::summary) fn masked_messages(
        &self,
        messages: &[Message],
        facts: &[Fact],
    ) -> Option<Vec<Message>> {
        let spans = self.spans(messages, facts)?;
        Some(
            (messages.iter().zip(spans))
                .map(|(m, spans)| Message {
                    text: masked(&m.text, &spans).into_owned(),
                    ..m.clone()
                })
                .collect(),
        )
    }

    /// For each of `messages`, where the secrets [`Secrets::masked_messages`] masks stand
    /// in its text, in order and apart; none when no secret was given.
    pub(in crate::summary) fn spans(
        &self,
        messages: &[Message],
        facts: &[Fact],
    ) -> Option<Vec<Vec<(usize, usize)>>> {
        if self.said.is_empty() {
            return None;
        }
        let names: Vec<&str> = (facts.iter())
            .filter(|f| f.kind.names())
            .map(|f| f.text.as_str())
            .collect();
        Some(
            (messages.iter().enumerate())
                .map(|(i, m)| {
                    // A bot's too: one that repeats the answer back ("Sorry, Kowalczyk
                    // does not match our records": a review found it in "Bot tried").
                    let again = self.said_again_in(i, &m.text, facts);
                    self.spans_in(i, &m.text, &names, &again)
                })
                .collect(),
        )
    }

    /// Where the secrets kept out of message `at` ([`Secrets::kept_out_of`]) stand in
    /// its `text`, as whole words written as the answer was, and the spans `again` (those
    /// said again), but where a word is one of `names`'s; in order, two that overlap one,
    /// as far as either reaches ("Winnie Cooper" and "Winnie").
    pub(super) fn spans_in(
        &self,
        at: usize,
        text: &str,
        names: &[&str],
        again: &[(usize, usize)],
    ) -> Vec<(usize, usize)> {
        // The spans of the customer's own names: a secret inside one is theirs.
        let own = Holders::new(found_each(text, names).concat());
        let kept: Vec<&str> = self.kept_out_of(at).collect();
        let mut spans: Vec<(usize, usize)> = (found_each(text, &kept).into_iter().flatten())
            .chain(again.iter().copied())
            .filter(|&(start, end)| !own.hold(start, end))
            .collect();
        spans.sort_unstable();
        let mut out: Vec<(usize, usize)> = Vec::with_capacity(spans.len());
        for (start, end) in spans {
            match out.last_mut() {
                Some(last) if start < last.1 => last.1 = last.1.max(end),
                _ => out.push((start, end)),
            }
        }
        out
    }
}

/// `text` with each of `spans` (in order, apart) `[secret]`; borrowed when there is none.
pub(super) fn masked<'t>(text: &'t str, spans: &[(usize, usize)]) -> Cow<'t, str> {
    if spans.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(start, end) in spans {
        out.push_str(&text[at..start]);
        out.push_str(MASK);
        at = end;
    }
    out.push_str(&text[at..]);
    Cow::Owned(out)
}
