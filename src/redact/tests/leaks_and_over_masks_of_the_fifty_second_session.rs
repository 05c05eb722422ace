//! The fifty-second session's review: a word in lower case after "hi i'm", which stays; a
//! place given with a name in a sign-off and said again later; a word alone after
//! "Thanks,", the name, a known place too; a remembered month's name in "mid-May" and
//! "May-June", masked; the particles between a name's words, masked; a greeting in reply
//! to a security question, masked as its answer. Each beside the words that stay as
//! they are.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// A word in lower case after "hi i'm" is read as no name, a known leak ("hi i'm
/// xiomara" is shown): the session first masked any such word the common-English list
/// lacks, and a review found that list lacks most verb forms, states, jobs and brands
/// ("hi i'm cancelling my subscription" gave "hi i'm [name] my subscription", masked in
/// the bot's messages and the summary's goal too), so it was taken back. What the review
/// found masked stays as written.
#[test]
fn a_word_in_lower_case_after_hi_i_m_stays() {
    stays(&[
        "hi i'm cancelling my subscription, it's too expensive",
        "hi i'm upgrading my plan",
        "hi im xfinity customer and my modem is down",
        "Hi, I'm diabetic and my insulin delivery is late",
        "hi i'm london based, order late",
        "i'm mercedes owner and the app is broken",
        "hi i'm tired, i want a human",
        "hi i'm xiomara and i want a human",
    ]);
    assert_eq!(
        masked_all(&[
            (Role::Customer, "hi i'm upgrading my plan"),
            (Role::Bot, "Upgrading is easy!"),
            (Role::Customer, "the upgrading page is broken"),
        ]),
        [
            "hi i'm upgrading my plan",
            "Upgrading is easy!",
            "the upgrading page is broken",
        ]
    );
}

/// "Thanks, Ana Ruiz, Valencia": the place after a comma is where the customer writes
/// from, shown; the same place said later is shown too, the names masked (a place names
/// no one: redaction masks street addresses and postcodes, not towns).
#[test]
fn a_place_given_with_a_name_is_shown_there_and_later_alike() {
    assert_eq!(
        masked_all(&[
            (
                Role::Customer,
                "My parcel is lost. Thanks, Ana Ruiz, Valencia"
            ),
            (Role::Bot, "Where are you now?"),
            (Role::Customer, "I am in Valencia right now"),
            (Role::Customer, "Valencia. Ana Ruiz wants a human"),
        ]),
        [
            "My parcel is lost. Thanks, [name] [name], Valencia",
            "Where are you now?",
            "I am in Valencia right now",
            "Valencia. [name] [name] wants a human",
        ]
    );
}

/// A word alone after a sign-off is the name, a known place too ("Thanks, [name]" for
/// `Thanks, London`): the session first let a known place alone through, and a review
/// found given names and surnames that are places shown ("Thanks, Rio", "Thanks,
/// Jamaica", "Thanks, Washington"), so it was taken back. A place after a comma and a
/// name is where the customer writes from, shown.
#[test]
fn a_word_alone_after_a_sign_off_is_the_name_a_place_too() {
    each(&[
        (
            "I want a human. Thanks, London",
            "I want a human. Thanks, [name]",
        ),
        ("Thanks, Rio", "Thanks, [name]"),
        ("Thanks, Washington", "Thanks, [name]"),
        ("Regards, Florence", "Regards, [name]"),
        ("Thanks, John", "Thanks, [name]"),
        (
            "Thanks, John Smith, London",
            "Thanks, [name] [name], London",
        ),
    ]);
}

/// "Hi, I'm May. I ordered mid-May and May-June was the window" masked "mid-[name]" and
/// "[name]": a month joined by a hyphen to a month or to "mid", "early", "late" is a date.
#[test]
fn a_remembered_month_joined_to_a_month_or_to_mid_stays() {
    assert_eq!(
        masked_all(&[(
            Role::Customer,
            "Hi, I'm May. I ordered mid-May and May-June was the window"
        )]),
        ["Hi, I'm [name]. I ordered mid-May and May-June was the window"]
    );
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Hi, I'm May."),
            (Role::Customer, "late-May or April–May, May said"),
        ]),
        ["Hi, I'm [name].", "late-May or April–May, [name] said"]
    );
}

/// "Hola, soy Lucía de la Cruz" was masked `[name] [name] [name] [name]`: the particles
/// between a name's words are no one's, and stay as written, in English too.
#[test]
fn the_particles_between_a_name_s_words_stay_as_written() {
    each(&[
        (
            "Hola, soy Lucía de la Cruz. I want a human",
            "Hola, soy [name] de la [name]. I want a human",
        ),
        (
            "my name is Ana de la Cruz",
            "my name is [name] de la [name]",
        ),
        ("I'm Jose da Silva", "I'm [name] da [name]"),
        ("my name is jose da silva", "my name is [name] da [name]"),
        // A particle that opens a name after a title or ends one has no name word on
        // one side: masked as before.
        ("Dr. van der Berg called", "Dr. [name] [name] [name] called"),
        ("my name is jane van", "my name is [name] [name]"),
    ]);
    // The particles are not remembered: "de" and "la" said later stay.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "my name is Ana de la Cruz"),
            (Role::Customer, "la casa de Cruz"),
        ]),
        ["my name is [name] de la [name]", "la casa de [name]"]
    );
}

/// "Morning! I want a human" after a security question was masked `[secret]! I want a
/// human`, where the summary takes a greeting for no answer; "Hacked." is no answer in
/// either reading.
#[test]
fn a_greeting_or_what_happened_in_reply_to_a_security_question_is_no_answer() {
    for reply in [
        "Morning! I want a human",
        "Good evening all. I want a human",
        "Hacked. I want a human",
    ] {
        assert_eq!(
            masked_all(&[
                (Role::Bot, "What is your mother's maiden name?"),
                (Role::Customer, reply),
            ]),
            ["What is your mother's maiden name?", reply],
        );
    }
    // The answer after a greeting is still one.
    assert_eq!(
        masked_all(&[
            (Role::Bot, "What is your mother's maiden name?"),
            (Role::Customer, "Morning! Cooper"),
        ]),
        ["What is your mother's maiden name?", "Morning! [secret]"],
    );
}
