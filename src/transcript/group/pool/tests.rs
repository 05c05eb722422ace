//! The pools of spent messages and conversations ([`Pool`]): what they keep, and up
//! to how much.

use std::path::PathBuf;
use std::sync::Arc;

use super::{Conversation, Pool};

fn conversation(texts: &[String]) -> Conversation {
    let mut spare = Pool::default();
    let mut c = spare.conversation("c", &Arc::new(PathBuf::from("-")));
    c.messages = texts
        .iter()
        .map(|t| {
            let mut m = spare.message();
            m.text.push_str(t);
            m
        })
        .collect();
    c
}

/// Spent messages go to the pool in their order, but one whose string grew past
/// `MAX_KEPT`, and no more than the pool's room (issue 7: moved in
/// one piece, no longer one at a time through an iterator).
#[test]
fn spent_messages_are_kept_but_huge_ones_and_past_the_room() {
    let huge = "x".repeat(Pool::MAX_KEPT + 1);
    let texts: Vec<String> = ["a", &huge, "b", "c"].map(str::to_owned).to_vec();
    let mut spare = Pool::default();
    spare.recycle(conversation(&texts));
    let kept: Vec<&str> = spare.messages.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(kept, ["a", "b", "c"]);
    assert_eq!(spare.conversations.len(), 1);
    assert!(spare.conversations[0].messages.is_empty());

    // Nearly full: only the room left is taken, the first messages first.
    let mut spare = Pool::default();
    let mut fresh = Pool::default();
    spare.messages = (0..Pool::MESSAGES - 2).map(|_| fresh.message()).collect();
    spare.recycle(conversation(&texts));
    assert_eq!(spare.messages.len(), Pool::MESSAGES);
    let last: Vec<&str> = spare.messages[Pool::MESSAGES - 2..]
        .iter()
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(last, ["a", "b"]);

    // Full: nothing more is taken, the conversation still is.
    spare.recycle(conversation(&texts));
    assert_eq!(spare.messages.len(), Pool::MESSAGES);
    assert_eq!(spare.conversations.len(), 2);
    // A message taken from the pool is the last one put in, its strings kept.
    let reused = spare.message();
    assert_eq!(reused.text, "b");
    assert!(reused.text.capacity() >= 1);
}
