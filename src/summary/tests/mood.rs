//! How the mood went, from the notes on customer messages.

use super::*;

#[test]
fn mood_trajectories() {
    let m = messages(&[
        ("customer", "this is useless"),
        ("bot", "Sorry about that."),
        ("customer", "ok that works, thanks"),
    ]);
    let s = summarize(&m, &notes(3, &[], &[1], &[]), Vec::new());
    assert_eq!(
        s.mood.trajectory,
        "frustrated from the start, calmer at the end"
    );
    let s = summarize(&m, &notes(3, &[], &[1, 3], &[]), Vec::new());
    assert_eq!(s.mood.trajectory, "frustrated throughout");
    assert_eq!(
        (s.mood.frustrated_messages, s.mood.customer_messages),
        (2, 2)
    );
}
