//! The pools of spent messages and conversations: a replayed conversation's parts, given
//! back, keep their strings' capacity for the rows read next.

use std::path::PathBuf;
use std::sync::Arc;

use crate::transcript::{Clock, Conversation, Message, Metadata, Role};

/// Pools of spent messages (their strings keep their capacity) and conversations.
#[derive(Default)]
pub struct Pool {
    messages: Vec<Message>,
    conversations: Vec<Conversation>,
}

impl Pool {
    /// More than a replay's worker has in flight (its batches read but not yet written
    /// back); more is dropped.
    const MESSAGES: usize = 1 << 15;
    const CONVERSATIONS: usize = 1 << 11;
    /// Strings longer than this are not kept: one huge message must not pin its memory.
    const MAX_KEPT: usize = 4096;

    pub(super) fn message(&mut self) -> Message {
        self.messages.pop().unwrap_or(Message {
            role: Role::Other,
            text: String::new(),
            time: String::new(),
            timestamp: None,
            clock: Clock::Written,
            line: 0,
        })
    }

    pub(super) fn conversation(&mut self, id: &str, file: &Arc<PathBuf>) -> Conversation {
        match self.conversations.pop() {
            Some(mut c) => {
                c.id.clear();
                c.id.push_str(id);
                c.file = Arc::clone(file);
                c
            }
            None => Conversation {
                id: id.to_owned(),
                messages: Vec::new(),
                metadata: Metadata::default(),
                file: Arc::clone(file),
            },
        }
    }

    /// Keeps `spent`'s messages, and `spent` itself emptied, for the rows read next: up
    /// to the pool's bounds, and none whose strings grew past 4 KiB.
    pub fn recycle(&mut self, mut spent: Conversation) {
        let room = Self::MESSAGES.saturating_sub(self.messages.len());
        // Filtered in place and moved in one piece: `retain` moves nothing while it
        // keeps every message, which it nearly always does (a message moved through an
        // iterator cost about 130 instructions; issue 7).
        spent
            .messages
            .retain(|m| m.text.capacity() <= Self::MAX_KEPT && m.time.capacity() <= Self::MAX_KEPT);
        spent.messages.truncate(room);
        self.messages.append(&mut spent.messages);
        if self.conversations.len() < Self::CONVERSATIONS && spent.id.capacity() <= Self::MAX_KEPT {
            spent.metadata.clear(Self::MAX_KEPT);
            self.conversations.push(spent);
        }
    }
}

#[cfg(test)]
mod tests;
