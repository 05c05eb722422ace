//! For `explain` only: a conversation → per message, the repeat signals that would have
//! counted it as a repeat of an earlier message but for one of the repeat detector's
//! exceptions ([`super::thanks`], [`super::asked`]), and which. Scans the conversation
//! once more with the exceptions off, so that replay pays nothing for it.

use super::{Hits, Matcher, RepeatMemory, asked, offered, thanks};
use crate::transcript::{Conversation, Role};

/// Why a repeat found did not count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::engine) enum Excuse {
    /// The message only thanks ("Thanks, that worked perfectly!").
    Thanks,
    /// The bot's message before it asked for it again ("Could you confirm your order
    /// number?") or offered it ("You can say 'track my order'").
    Asked,
}

impl Matcher {
    /// Per message of `conversation`, the repeat signals an exception kept from counting
    /// it, with the exception; empty for the other messages. Thanks is told first, as the
    /// detector asks it first.
    pub(in crate::engine) fn excused(
        &self,
        conversation: &Conversation,
    ) -> Vec<Vec<(usize, Excuse)>> {
        let mut excused = vec![Vec::new(); conversation.messages.len()];
        if self.repeat.is_empty() {
            return excused;
        }
        let mut hits = Hits::default();
        let mut memory = RepeatMemory::default();
        for (i, message) in conversation.messages.iter().enumerate() {
            let everything = self.everything();
            self.scan_as::<false>(
                &message.text,
                message.role,
                None,
                everything,
                &mut hits,
                &mut memory,
            );
            if message.role != Role::Customer {
                continue;
            }
            let before = i.checked_sub(1).and_then(|b| conversation.messages.get(b));
            let why = if thanks::is_thanks(&message.text) {
                Excuse::Thanks
            } else if before.is_some_and(|b| {
                b.role == Role::Bot
                    && (asked::asks_again(&b.text)
                        || offered::excuses(&b.text, &message.text, || {
                            memory.similar_before_latest(2)
                        }))
            }) {
                Excuse::Asked
            } else {
                continue;
            };
            excused[i] = (self.repeat.iter())
                .filter(|&&(s, _)| hits.matched(s))
                .map(|&(s, _)| (s, why))
                .collect();
        }
        excused
    }
}

impl Matcher {
    /// For `explain`: the latest earlier customer message that customer message `index`
    /// of `conversation` nearly equals (as the repeat detector compares them, among the
    /// last [`super::repeat::REMEMBERED`]), or `None`.
    pub(in crate::engine) fn repeats_which(
        conversation: &Conversation,
        index: usize,
    ) -> Option<usize> {
        let words = |text: &str| {
            let mut hashes = Vec::new();
            super::repeat::fnv1a_words(crate::text::Normalized::new(text).as_bytes(), &mut hashes);
            hashes.sort_unstable();
            hashes.dedup();
            hashes
        };
        let current = words(&conversation.messages.get(index)?.text);
        (conversation.messages[..index].iter().enumerate())
            .rev()
            .filter(|(_, m)| m.role == Role::Customer)
            .take(super::repeat::REMEMBERED)
            .find(|(_, m)| super::repeat::similar(&words(&m.text), &current))
            .map(|(j, _)| j)
    }
}
