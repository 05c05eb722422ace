use super::super::sentences;

/// Regression (review of sum43): a full stop after an initial or a degree ended no
/// sentence before any capitalised word, so "This is Sarah K. Reset my password." and
/// "I have a `PhD`. Update my title on the account." were one sentence (the goal lost),
/// and "We chose plan B. Monday the charge doubled." glued two.
#[test]
fn an_initial_ends_its_sentence_before_a_word_that_is_no_name() {
    for (text, want) in [
        (
            "I have a PhD. Update my title.",
            &["I have a PhD.", "Update my title."][..],
        ),
        (
            "I'm on plan B. Upgrade me to plan C.",
            &["I'm on plan B.", "Upgrade me to plan C."],
        ),
        (
            "This is Sarah K. Reset my password.",
            &["This is Sarah K.", "Reset my password."],
        ),
        (
            "I am Tom H. Cancel my subscription.",
            &["I am Tom H.", "Cancel my subscription."],
        ),
        (
            "I live in block C. Send the parcel.",
            &["I live in block C.", "Send the parcel."],
        ),
        (
            "I ordered size M. Send me a large.",
            &["I ordered size M.", "Send me a large."],
        ),
        (
            "We chose plan B. Monday it doubled.",
            &["We chose plan B.", "Monday it doubled."],
        ),
        (
            "My seat was 14 C. Tomorrow I fly.",
            &["My seat was 14 C.", "Tomorrow I fly."],
        ),
        (
            "My blood type is O. Anyway, my card.",
            &["My blood type is O.", "Anyway, my card."],
        ),
        (
            "I ordered the model X. Nothing works.",
            &["I ordered the model X.", "Nothing works."],
        ),
        (
            "I got my PhD. Yesterday my card broke.",
            &["I got my PhD.", "Yesterday my card broke."],
        ),
        (
            "Hi, I'm Maria G. Refund my order.",
            &["Hi, I'm Maria G.", "Refund my order."],
        ),
        (
            "I'm [name] G. Refund my order.",
            &["I'm [name] G.", "Refund my order."],
        ),
        ("Maria G. Will you call?", &["Maria G.", "Will you call?"]),
        (
            "My MSc. Physics diploma is lost.",
            &["My MSc.", "Physics diploma is lost."],
        ),
        ("Ask J. Smith.", &["Ask J.", "Smith."]),
    ] {
        assert_eq!(sentences(text).collect::<Vec<_>>(), want, "{text}");
    }
}

/// Regression: "Can M. Dubois call me …" was cut at "M." (the goal "Dubois call me
/// …", "[name] call me …" under `--redact`), and "an M. Sc. Physics certificate" at
/// "M." and "Sc.".
#[test]
fn an_initial_before_a_name_or_in_a_degree_ends_no_sentence() {
    for (text, want) in [
        (
            "Can M. Dubois call me tomorrow? Thanks.",
            &["Can M. Dubois call me tomorrow?", "Thanks."][..],
        ),
        (
            "I need an M. Sc. Physics certificate copy.",
            &["I need an M. Sc. Physics certificate copy."],
        ),
        (
            "I hold a Ph.D. Physics degree.",
            &["I hold a Ph.D. Physics degree."],
        ),
        (
            "This is Sarah K. Lopez, hi.",
            &["This is Sarah K. Lopez, hi."],
        ),
        (
            "Please ask Dr. J. Smith to call.",
            &["Please ask Dr. J. Smith to call."],
        ),
        ("Can M. [name] call me?", &["Can M. [name] call me?"]),
        (
            "I have an M. Sc. Yesterday it broke.",
            &["I have an M. Sc.", "Yesterday it broke."],
        ),
        (
            "I need plan B. Can you change it?",
            &["I need plan B.", "Can you change it?"],
        ),
        (
            "I have an MBA. The job is mine.",
            &["I have an MBA.", "The job is mine."],
        ),
        ("Row A. seat 3", &["Row A.", "seat 3"]),
        (
            "The weather in L.A. Today is Thursday.",
            &["The weather in L.A.", "Today is Thursday."],
        ),
        (
            "Is it in L.A. Smith said so.",
            &["Is it in L.A.", "Smith said so."],
        ),
        ("It is vitamin C.", &["It is vitamin C."]),
    ] {
        assert_eq!(sentences(text).collect::<Vec<_>>(), want, "{text}");
    }
}
