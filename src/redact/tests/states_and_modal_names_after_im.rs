//! What follows "I'm" or "I am", capitalised: how or what the customer is ("I'm Happy
//! with it", "I am Premium member"), which was masked as a name and remembered, beside
//! the names that are words too, which stay masked ("I'm Hope", "I'm Tom Brown", "I'm
//! Brown"); and a modal verb that is a given name, before what ends its clause ("I'm
//! Will and I want a human"), which was shown, beside a modal before its verb.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// "I'm Happy with it but the app crashed" gave "I'm [name] with it…", and the bot's
/// "Are you Happy with the fix?" "Are you [name] with the fix?"; "I am Premium member"
/// "I am [name] member".
#[test]
fn how_or_what_the_customer_is_after_im_is_no_name() {
    assert_eq!(
        masked_all(&[
            (Role::Customer, "I'm Happy with it but the app crashed"),
            (Role::Bot, "Are you Happy with the fix?"),
            (Role::Customer, "I am Premium member and I want a human"),
        ]),
        [
            "I'm Happy with it but the app crashed",
            "Are you Happy with the fix?",
            "I am Premium member and I want a human",
        ]
    );
    stays(&[
        "I'm Interested in the plan",
        "I'm Ready to pay",
        "I'm Back again",
        "I'm Fine thanks",
        "I'm Frustrated with this",
        "I'm Angry",
        "I'm Confused about billing",
        "I'm Platinum member",
        "I'm Upset about the charge",
        "I'm Glad",
        "I'm Calling.",
        "I'm Writing to complain",
        "im Happy with it",
        "Im Unhappy with this",
        "I AM Pleased",
        "I’m Worried, my card was charged twice",
        // A tier that is a name too, before a word for one.
        "I'm Gold member",
        "I am Silver tier",
    ]);
}

/// Near misses: a name that is a word too is still a name after "I'm" ("Hope", "Grace",
/// "Joy", "Frank", and "Crystal", which no list of names here holds: the states are a
/// list, not every common word that is no known name); a surname that is a word, alone
/// ("I'm Brown": after "I'm" a word that is a surname is read as one, a colour is rarely
/// what a customer says they are) or after a given name ("I'm Tom Brown"); a tier that
/// is a name too, with no word for a tier after it ("I'm Gold."); a state after another
/// cue than "I'm" is that cue's to read.
#[test]
fn a_name_that_is_a_word_too_after_im_stays_masked() {
    each(&[
        (
            "I'm Hope and I want a human",
            "I'm [name] and I want a human",
        ),
        ("I'm Grace. I want a human", "I'm [name]. I want a human"),
        ("I'm Joy", "I'm [name]"),
        ("I'm Frank, hi", "I'm [name], hi"),
        ("I'm Crystal.", "I'm [name]."),
        ("I'm Brown", "I'm [name]"),
        (
            "I'm Brown and I want a human",
            "I'm [name] and I want a human",
        ),
        ("I'm Tom Brown", "I'm [name] [name]"),
        (
            "I'm Tom Brown and I'm Happy",
            "I'm [name] [name] and I'm Happy",
        ),
        ("I'm Gold.", "I'm [name]."),
        (
            "I'm Gold and I want a human",
            "I'm [name] and I want a human",
        ),
    ]);
}

/// "I'm Will and I want a human" showed "Will": a modal verb was never a name's first
/// word after "I'm". Where no verb follows it (the end, a mark of punctuation, a word
/// that opens another clause, a surname) it is the name, and remembered.
#[test]
fn a_modal_that_is_a_given_name_ending_its_clause_after_im_is_masked() {
    each(&[
        (
            "I'm Will and I want a human",
            "I'm [name] and I want a human",
        ),
        ("I'm Will.", "I'm [name]."),
        ("I'm Will, hi", "I'm [name], hi"),
        ("I'm Will", "I'm [name]"),
        (
            "I am Will but my card failed",
            "I am [name] but my card failed",
        ),
        ("I'm Will Smith", "I'm [name] [name]"),
        (
            "I'm May and I want a human",
            "I'm [name] and I want a human",
        ),
        ("I'm May.", "I'm [name]."),
        ("im May, order 123", "im [name], order 123"),
        ("I am May", "I am [name]"),
        // After "this is" and "call me" too (a review found them shown).
        (
            "This is Will and I want a human",
            "This is [name] and I want a human",
        ),
        ("This is Will Smith, hi", "This is [name] [name], hi"),
        ("Hi, call me Will. Thanks", "Hi, call me [name]. Thanks"),
        (
            "this is May and my order is late",
            "this is [name] and my order is late",
        ),
        // In capitals too.
        (
            "I'M WILL AND I WANT A HUMAN",
            "I'M [name] AND I WANT A HUMAN",
        ),
        ("I'M WILL SMITH. HELLO?", "I'M [name] [name]. HELLO?"),
    ]);
    // The given names that are words but no modal were masked already; so they stay.
    for name in ["Bill", "Rose", "Mark", "Hope"] {
        for (after, expected) in [
            (" and I want a human", "I'm [name] and I want a human"),
            (", hi", "I'm [name], hi"),
            (".", "I'm [name]."),
            ("", "I'm [name]"),
        ] {
            let text = format!("I'm {name}{after}");
            assert_eq!(
                masked_all(&[(Role::Customer, &text)]),
                [expected],
                "{text:?}"
            );
        }
    }
    assert_eq!(
        masked_all(&[
            (Role::Customer, "I'm Will and my order is late"),
            (Role::Bot, "Thanks Will, will that be all?"),
        ]),
        [
            "I'm [name] and my order is late",
            "Thanks [name], will that be all?"
        ]
    );
}

/// Near misses: a modal before its verb is no name ("I'm Will be late" is a slip, read
/// as the verb, as after "my doctor is"); "Will" opening a question is the verb, and so
/// is "May I" after "call me" (no clause ends before "I").
#[test]
fn a_modal_before_its_verb_after_im_stays() {
    stays(&[
        "I'm Will be late",
        "Will you help me? I'm Happy to wait",
        "May I speak to someone? I'm Stuck",
        "Will this work? This is urgent",
        "Please call me May I want a human",
        "This is Will be done by Monday",
        "I'M WILL BE LATE",
        "WILL THIS WORK? I'M STUCK",
    ]);
}
