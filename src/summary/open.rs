//! The customer's questions the bot left open: each unanswered question (a fallback or
//! no reply after it, or asked again) → the latest two, small talk and chat left out.

use super::{MessageNote, capitalise, clip, goal, sentences, small_talk, strip_greeting, words};
use crate::transcript::{Message, Role};

/// Customer questions followed by a bot fallback, or by no bot reply at all, or asked
/// again, but for small talk ("How are you?", "Are you still there?"), chat ("Do you
/// know if she's single?", "Do you think I should?": `goal::chats`) and complaints that
/// want no answer ("Why are you calling me?"); the latest two.
pub(super) fn open_questions(
    messages: &[Message],
    customer: &[usize],
    note: &dyn Fn(usize) -> MessageNote,
) -> Vec<String> {
    // The first message after each that is not the customer's, found in one pass from
    // the end (searching forward from each was quadratic in a run of customer messages).
    let mut reply_after = vec![None; messages.len()];
    let mut next = None;
    for j in (0..messages.len()).rev() {
        reply_after[j] = next;
        if messages[j].role != Role::Customer {
            next = Some(j);
        }
    }
    let mut open: Vec<String> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for &i in customer {
        let unanswered = match reply_after[i] {
            None => true,
            Some(j) => messages[j].role == Role::Bot && note(j).fallback,
        } || note(i).repeat;
        if !unanswered {
            continue;
        }
        for sentence in sentences(&messages[i].text) {
            let Some(q) = asked(strip_greeting(sentence)) else {
                continue;
            };
            if words(q) < 3
                || small_talk::is_small_talk(q)
                || small_talk::is_tag_question(q)
                || small_talk::is_rhetorical(q)
                || goal::chats(q, &q.to_lowercase())
            {
                continue;
            }
            let q = clip(&capitalise(q), 120);
            if seen.insert(q.clone()) {
                open.push(q);
            }
        }
    }
    let skip = open.len().saturating_sub(2);
    open.into_iter().skip(skip).collect()
}

/// `sentence` as the question it asks, if it asks one: it ends with `?`, or with `?` and
/// stray characters ("do you live around here?>", a typo; "really?!"), shown without
/// them; closing quotes and brackets stay ("did you say \"yes?\"").
pub(super) fn asked(sentence: &str) -> Option<&str> {
    let question = sentence.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?');
    let tail = &sentence[question.len()..];
    if !question.ends_with('?') {
        None
    } else if tail.contains(['"', '\'', ')', ']', '”', '’', '»']) {
        Some(sentence)
    } else {
        Some(question)
    }
}
