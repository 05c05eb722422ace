//! Stuck conversations nobody escalated, the coverage report's gaps: frustration
//! twice or at a conversation's end, two bot fallbacks close together.

use super::*;

/// Rules with one trigger, on "discount": no frustration, loop or human-request trigger
/// escalates a stuck conversation.
fn discount_only() -> Engine {
    coverage_engine(
        "version: 1\nsignals:\n  - { id: p, phrases: [discount] }\ntriggers:\n  - { id: p, when: { message: { signal: p } } }\n",
    )
}

#[test]
fn stuck_conversations_nobody_escalated_are_gaps() {
    let engine = discount_only();
    let r = report(&engine, &fixture_conversations());
    // Without frustration, loop and human-request triggers, the frustrated and looping
    // fixture conversations are stuck and nobody escalates them.
    let ids: Vec<&str> = r
        .gaps
        .stuck_not_escalated
        .examples
        .iter()
        .map(|e| e.conversation_id.as_str())
        .collect();
    assert!(ids.contains(&"c07-frustrated-pro"), "{ids:?}");
    assert!(ids.contains(&"c12-bot-fallbacks"), "{ids:?}");
    assert!(!ids.contains(&"c09-not-frustrated"), "{ids:?}");
    let c12 = r
        .gaps
        .stuck_not_escalated
        .examples
        .iter()
        .find(|e| e.conversation_id == "c12-bot-fallbacks")
        .unwrap();
    assert!(c12.detail.contains("2 bot fallbacks"), "{}", c12.detail);
    assert!(!c12.transcript.is_empty());
    assert_eq!(r.never_fired, Vec::<String>::new());
}

/// One frustrated message in a conversation that ended well is not stuck; two are, and
/// so is a last message in a temper (regression: STAR's "these ridiculous shoes … thanks
/// so much for your help" was a stuck gap).
#[test]
fn a_conversation_is_stuck_on_frustration_twice_or_at_its_end() {
    let engine = discount_only();
    let r = report(
        &engine,
        &conversations_of(
            "conversation_id,role,text\n\
             once,customer,these ridiculous shoes are killing me\n\
             once,bot,Sorry to hear that! Turn left at the station.\n\
             once,customer,I'm good now thanks so much\n\
             twice,customer,this is ridiculous\n\
             twice,bot,Sorry about that.\n\
             twice,customer,still ridiculous\n\
             twice,customer,ok thanks\n\
             last,customer,where is my parcel\n\
             last,bot,It is on its way.\n\
             last,customer,this is ridiculous\n",
        ),
    );
    let stuck: Vec<(&str, &str)> = (r.gaps.stuck_not_escalated.examples.iter())
        .map(|e| (e.conversation_id.as_str(), e.detail.as_str()))
        .collect();
    assert_eq!(
        stuck,
        [
            ("twice", "2 frustrated customer messages; never escalated"),
            (
                "last",
                "1 frustrated customer message, the last; never escalated"
            ),
        ]
    );
    assert_eq!(r.human_handoffs, 0);
}

/// Two bot fallbacks far apart, in a chat that went well between, are no loop: the
/// stuck gap counts two within `STUCK_FALLBACK_WINDOW` messages, the window the starter
/// `bot-loop` rule counts (`within: 8`), so that it lists no conversation that rule
/// leaves alone on purpose (regression: every conversation with two fallbacks anywhere
/// was a stuck gap).
#[test]
fn a_conversation_is_stuck_on_two_fallbacks_close_together() {
    use std::fmt::Write as _;
    let filler = |id: &str, n: usize| {
        let mut rows = String::new();
        for i in 0..n {
            // The customer asks: a fallback to a remark on the bot's answer is no
            // failure at the task (`bot_fallbacks` leaves it out).
            let (role, mark) = if i % 2 == 0 {
                ("customer", "?")
            } else {
                ("bot", "")
            };
            let _ = writeln!(rows, "{id},{role},filler message number {i}{mark}");
        }
        rows
    };
    let fallback = |id: &str| format!("{id},bot,\"Sorry, I didn't understand that.\"\n");
    let asks = |id: &str| format!("{id},customer,where is my parcel\n");
    // `far`: fallbacks at messages 2 and 10, 8 apart; `close`: at 2 and 9, 7 apart, both
    // among the 8 messages 2–9; `three`: at 2, 12 and 14, the closest 2 apart.
    let far = asks("far") + &fallback("far") + &filler("far", 7) + &fallback("far");
    let close = asks("close") + &fallback("close") + &filler("close", 6) + &fallback("close");
    let three = asks("three")
        + &fallback("three")
        + &filler("three", 9)
        + &fallback("three")
        + "three,customer,my parcel has not come\n"
        + &fallback("three");
    let csv = format!("conversation_id,role,text\n{far}{close}{three}");
    let conversations = conversations_of(&csv);
    let r = report(&discount_only(), &conversations);
    let stuck: Vec<(&str, &str)> = (r.gaps.stuck_not_escalated.examples.iter())
        .map(|e| (e.conversation_id.as_str(), e.detail.as_str()))
        .collect();
    assert_eq!(
        stuck,
        [
            (
                "close",
                "2 bot fallbacks, 7 messages apart; never escalated"
            ),
            (
                "three",
                "3 bot fallbacks, the closest 2 messages apart; never escalated"
            ),
        ]
    );
    // The starter rule's window agrees: it escalates `close` and `three`, not `far`.
    let rules = format!(
        "version: 1\ntriggers:\n  - id: loop\n    when: {{ counter: {{ name: bot_fallbacks, at_least: 2, within: {STUCK_FALLBACK_WINDOW} }} }}\n"
    );
    let engine = coverage_engine(&rules);
    let r = report(&engine, &conversations);
    assert_eq!(r.escalated, 2);
    assert_eq!(r.gaps.stuck_not_escalated.count, 0);
}
