//! Replies to a question for the name (a name in lower case, more text after it) and
//! introductions without "is"; a place or word after "its" is no name; long replies,
//! introductions and messages of loose codes read in linear time and memory.

use super::*;

/// The masked `text` after the conversation `rows`.
fn masked_after(rows: &[(Role, &str)], text: &str) -> String {
    Names::of_conversation(&conversation(rows))
        .mask(text)
        .into_owned()
}

#[test]
fn a_name_in_lower_case_in_reply_to_a_question_for_it() {
    // Leaked: a reply's name needed capitals (STAR customers write "susan").
    const ASK: &str = "Could I get your name, please?";
    for (reply, expected) in [
        ("susan", "[name]"),
        ("tyler jones", "[name] [name]"),
        ("it's mark", "it's [name]"),
        ("kylo ren", "[name] [name]"),
        ("im kylo", "im [name]"),
        ("this is tyler", "this is [name]"),
        ("sarah brown", "[name] [name]"),
        ("mark", "[name]"),
        (
            "susan, and my order is late",
            "[name], and my order is late",
        ),
    ] {
        let rows = [(Role::Bot, ASK), (Role::Customer, reply)];
        assert_eq!(masked_after(&rows, reply), expected, "{reply:?}");
    }
    // Elsewhere in the conversation too; a name that is also a word ("mark") only
    // where capitalised, and in the reply that gave it.
    let rows = [(Role::Bot, ASK), (Role::Customer, "tyler jones")];
    assert_eq!(masked_after(&rows, "Tyler, tyler"), "[name], [name]");
    let rows = [(Role::Bot, ASK), (Role::Customer, "it's mark")];
    assert_eq!(
        masked_after(&rows, "Mark, mark it as done"),
        "[name], mark it as done"
    );
    // Ordinary replies stay.
    for reply in [
        "no",
        "why?",
        "i don't want to",
        "what for",
        "sure",
        "ok",
        "hello",
        "i need help with my card",
        "my card",
        "it's fine",
        "i'm good",
        "this is ridiculous",
        "weird, why?",
        "idk",
        "mark it as done",
        "cash, please",
    ] {
        let c = conversation(&[(Role::Bot, ASK), (Role::Customer, reply)]);
        let n = Names::of_conversation(&c);
        assert!(n.is_empty(), "{reply:?} gives {n:?}");
    }
}

#[test]
fn introductions_without_is_or_an_apostrophe() {
    // Leaked: not taken as introductions.
    for (said, expected) in [
        ("My name Sarah Brown", "My name [name] [name]"),
        ("name's Sarah", "name's [name]"),
        ("names Sarah", "names [name]"),
        ("call me Sarah", "call me [name]"),
        ("I am called Sarah", "I am called [name]"),
        ("I'm called Sarah", "I'm called [name]"),
        ("the name is Sarah Brown", "the name is [name] [name]"),
    ] {
        assert_eq!(
            masked_after(&[(Role::Customer, said)], said),
            expected,
            "{said:?}"
        );
    }
    for said in [
        "my name was spelled wrong",
        "call me back",
        "I am called back",
    ] {
        let n = Names::of_conversation(&conversation(&[(Role::Customer, said)]));
        assert!(n.is_empty(), "{said:?} gives {n:?}");
    }
}

#[test]
fn a_place_or_a_word_after_its_is_no_name() {
    // "It's Chicago weather" masked "Chicago" and, as a surname, "weather".
    for said in [
        "It's Chicago weather",
        "It's Chicago weather I want",
        "it's Netflix that keeps crashing",
        "I'm Ben weather is bad",
    ] {
        let masked = masked_after(&[(Role::Customer, said)], said);
        assert!(!masked.contains("[name] [name]"), "{said:?}: {masked:?}");
        assert!(
            masked.contains("weather") || !said.contains("weather"),
            "{masked:?}"
        );
    }
    assert_eq!(
        masked_after(
            &[(Role::Customer, "It's Chicago weather")],
            "Chicago weather"
        ),
        "Chicago weather"
    );
    // Introductions still.
    for (said, expected) in [
        ("Hi, it's Mark.", "Hi, it's [name]."),
        ("it's Mark again", "it's [name] again"),
        (
            "It's Mark, I called yesterday",
            "It's [name], I called yesterday",
        ),
        ("It's Tyler Jones", "It's [name] [name]"),
        (
            "Hi, it's Angela and I need more towels",
            "Hi, it's [name] and I need more towels",
        ),
        ("I'm Brian white", "I'm [name] [name]"),
        ("I'm Kylo ren, hi", "I'm [name] [name], hi"),
    ] {
        assert_eq!(
            masked_after(&[(Role::Customer, said)], said),
            expected,
            "{said:?}"
        );
    }
    // In reply to a question for the name, "It's" names.
    let rows = [
        (Role::Bot, "Could I get your name, please?"),
        (Role::Customer, "It's Chicago"),
    ];
    assert_eq!(masked_after(&rows, "Chicago"), "[name]");
}

/// A long reply to a question for the name ("um, um, …") and a long text of
/// introductions ("my name is Tyler my name is Tyler …") take time linear in their
/// length. Nothing is timed: quadratic, as they were, these take minutes (250 KB of
/// "um," took 228 s), not the fraction of a second they take now.
#[test]
fn long_replies_and_introductions_are_read_in_linear_time() {
    let len = if cfg!(debug_assertions) {
        1 << 17
    } else {
        1 << 20
    };
    let ums = "um, ".repeat(len / 4);
    let c = conversation(&[
        (Role::Bot, "Could I get your name, please?"),
        (Role::Customer, &ums),
    ]);
    let n = Names::of_conversation(&c);
    assert_eq!(n.mask(&ums), ums, "interjections name no one");

    let intros = "my name is Tyler ".repeat(len / 17);
    let c = conversation(&[(Role::Customer, &intros)]);
    let masked = Names::of_conversation(&c).mask(&intros);
    assert!(
        masked.starts_with("my name is [name] my name is [name] "),
        "{}",
        &masked[..60]
    );
    assert!(!masked.contains("Tyler"));
}

/// A reply to a question for the name, then more text. The name before "and" or
/// "is my name" is masked; ordinary words before a comma or full stop are no name, nor
/// masked later in the conversation.
#[test]
fn a_reply_then_more_text_names_only_a_name() {
    let asked = |reply: &'static str| {
        let c = conversation(&[
            (Role::Bot, "Could I get your name please?"),
            (Role::Customer, reply),
        ]);
        Names::of_conversation(&c)
    };
    for (reply, masked) in [
        (
            "Angela and i would like a room",
            "[name] and i would like a room",
        ),
        ("Alexis is my name", "[name] is my name"),
        ("John. I need this ASAP", "[name]. I need this ASAP"),
    ] {
        assert_eq!(asked(reply).mask(reply), masked);
    }
    for reply in [
        "Visa card, ending 1234",
        "Alright, my flight is cancelled",
        "Premium plan. Can I upgrade?",
        "Gold member, need help",
        "Hotel California. Booking for 2",
        "Nevermind. Cancel it",
        "Hotel and flight please",
    ] {
        let names = asked(reply);
        assert_eq!(names.mask(reply), reply);
        assert_eq!(
            names.mask("I paid with my Visa card at the Hotel"),
            "I paid with my Visa card at the Hotel"
        );
    }
}

/// Each code said loosely kept its own copy of its message, so a long message
/// of them ("5678 is my old one" 55,000 times, 1 MB, after a PIN) took memory as the
/// square of its length (killed past 4.7 GB). A message's text is kept once, with every
/// code's place, and a repeat of it not again.
#[test]
fn a_message_of_many_loose_codes_is_kept_once() {
    let long = "5678 is my old one ".repeat(2000);
    let convo = conversation(&[
        (Role::Customer, "My PIN is 1234"),
        (Role::Customer, &long),
        (Role::Customer, &long),
    ]);
    let names = Names::of_conversation(&convo);
    assert_eq!(names.codes.len(), 1);
    assert_eq!(names.codes[0].codes(), 2000);
    assert_eq!(names.code_spans(&long).count(), 2000);
    let masked = crate::redact::masked(&long, &names);
    assert!(!masked.contains("5678"));
    assert_eq!(masked.matches("[secret]").count(), 2000);
}
