//! Names typed with a slip of punctuation inside ("Al;exis") and possessives after a
//! title ("Dr Smith's", "DR O'BRIEN'S") that passed through `--redact` unmasked, each
//! masked now, in whole conversations.

use super::{each, last_masked};
use crate::transcript::Role;

/// "Dr Al;exis" showed ";exis": a name was its letters up to the first punctuation, and
/// the rest of a name typed with a slip of punctuation inside was shown.
#[test]
fn a_name_with_a_slip_of_punctuation_inside_is_masked_whole() {
    each(&[
        ("Dr Al;exis", "Dr [name]"),
        ("I saw Dr Al;exis today", "I saw Dr [name] today"),
        ("dr al;exis please", "dr [name] please"),
        ("my name is Al;exis", "my name is [name]"),
        ("Dr Jo[hnson called", "Dr [name] called"),
        ("Dr Al,exis", "Dr [name]"),
        ("dr lee/smith", "dr [name]"),
        // The part after the slip is masked in later messages too.
        ("Dr Al;ex;is and Al", "Dr [name] and [name]"),
    ]);
    assert_eq!(
        last_masked(&[
            (Role::Customer, "I saw Dr Al;exis"),
            (Role::Customer, "exis was great")
        ]),
        "[name] was great"
    );
    // A comma or a full stop without a space before a common word parts two words.
    each(&[
        ("Dr Lee,thanks", "Dr [name],thanks"),
        ("Dr Lee.Thanks for that", "Dr [name].Thanks for that"),
    ]);
}

/// "Dr Har,per" showed ",per": after a comma, a full stop, a slash or a colon inside a
/// name, the rest was masked only where no common English word, and "per" is one.
#[test]
fn a_name_with_a_comma_or_full_stop_inside_is_masked_whole_before_a_common_word() {
    each(&[
        ("Dr Har,per said so", "Dr [name] said so"),
        ("Dr Har.per said so", "Dr [name] said so"),
        ("Dr Har/per said so", "Dr [name] said so"),
        ("Dr. Har:per called", "Dr. [name] called"),
        ("I saw Dr Har,per today", "I saw Dr [name] today"),
        ("dr har,per please", "dr [name] please"),
        ("dr. har,per", "dr. [name]"),
        ("DR HAR,PER", "DR [name]"),
        ("Dr Har.Per called", "Dr [name] called"),
        ("Dr Har,per's office", "Dr [name]'s office"),
        ("Mrs Har,per called", "Mrs [name] called"),
        ("Ms Jas.per called", "Ms [name] called"),
        ("Mr O'Har,per", "Mr [name]"),
        ("my name is Har,per", "my name is [name]"),
        ("I'm Alexis Har,per", "I'm [name] [name]"),
        ("this is Alexis Har.per", "this is [name] [name]"),
    ]);
    // A thank-you or a please written on without a space is no part of the name.
    each(&[
        ("Dr Lee,please call me", "Dr [name],please call me"),
        ("Dr Lee.Thank you", "Dr [name].Thank you"),
    ]);
}

/// "thanks;alexis" after "my name is Alexis" was masked whole, "thanks" with the name: a
/// word before a slip of punctuation was taken for the name's start, a common word too.
#[test]
fn a_common_word_glued_to_a_known_name_by_a_slip_of_punctuation_stays() {
    for (first, later, expected) in [
        ("my name is Alexis", "thanks;alexis", "thanks;[name]"),
        ("my name is Alexis", "ok;alexis here", "ok;[name] here"),
        ("Dr Alexis", "thanks;Alexis", "thanks;[name]"),
        ("my name is Alexis", "Alexis;thanks", "[name];thanks"),
        // A part of the name before the slip is masked with it still.
        ("my name is Al;exis", "al;exis here", "[name] here"),
        ("Dr Jo;hnson", "Jo;hnson said so", "[name] said so"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Customer, first), (Role::Customer, later)]),
            expected,
            "{first:?} then {later:?}"
        );
    }
    // An underscore typed for a letter is a slip too.
    each(&[("Dr Har_per called", "Dr [name] called")]);
}

/// "Har,per" after "Dr Harper" and "Al,exis" after "my name is Alexis" were shown: a
/// name the conversation gave was found only as a word of its own, not typed again with
/// a slip of punctuation inside; and "Regards, Har;per" was: a sign-off's name had to
/// end the message, and a slip glued more to it.
#[test]
fn a_known_name_typed_with_a_slip_of_punctuation_inside_is_masked() {
    for (first, later, expected) in [
        ("Dr Harper", "Har,per said so", "[name] said so"),
        ("Dr Harper's", "Harp;er said so", "[name] said so"),
        ("my name is Alexis Harper", "Al,exis here", "[name] here"),
        (
            "my name is Alexis Harper",
            "alexis har.per here",
            "[name] [name] here",
        ),
        ("my name is Alexis", "Thanks,Al/exis", "Thanks,[name]"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Customer, first), (Role::Customer, later)]),
            expected,
            "{first:?} then {later:?}"
        );
    }
    each(&[
        ("Regards, Har;per", "Regards, [name]"),
        ("Thanks, Har,per", "Thanks, [name]"),
        ("Regards,Har,per", "Regards,[name]"),
    ]);
    // Two words a slip parts that are no name joined stay.
    assert_eq!(
        last_masked(&[
            (Role::Customer, "my name is Alexis"),
            (Role::Customer, "see e.g. the docs/faq")
        ]),
        "see e.g. the docs/faq"
    );
}

/// "dr o'brien's clinic" was shown: a word in lower case after a title with an
/// apostrophe inside was taken for a contraction ("dr can't"), where a name has one too.
#[test]
fn a_name_with_an_apostrophe_in_lower_case_after_a_title_is_masked() {
    each(&[
        ("dr o'brien's clinic", "dr [name]'s clinic"),
        ("i saw dr o'brien today", "i saw dr [name] today"),
        ("with dr d’angelo", "with dr [name]"),
        ("DR O'BRIEN", "DR [name]"),
    ]);
    assert_eq!(
        last_masked(&[
            (Role::Customer, "dr o'brien's clinic"),
            (Role::Customer, "o'brien was kind")
        ]),
        "[name] was kind"
    );
    // A contraction after a title is no name.
    super::stays(&[
        "the dr can't see me",
        "dr won't call",
        "dr didn't say",
        "dr she'll see",
    ]);
}

/// "my name is Al;exis" then "Alexis here again" showed "Alexis": a name typed with a
/// slip of punctuation inside was remembered only in its parts, not as typed right.
#[test]
fn a_name_with_a_slip_of_punctuation_inside_is_remembered_joined() {
    for (first, later, expected) in [
        (
            "my name is Al;exis",
            "Alexis here again",
            "[name] here again",
        ),
        ("my name is Al;exis", "alexis said so", "[name] said so"),
        (
            "I need to see Dr Al;exis",
            "Alexis here again",
            "[name] here again",
        ),
        ("Dr Joh;nson", "Johnson said so", "[name] said so"),
        ("Dr S;mith", "Smith too", "[name] too"),
        ("dr al;exis please", "alexis said so", "[name] said so"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Customer, first), (Role::Customer, later)]),
            expected,
            "{first:?} then {later:?}"
        );
    }
    each(&[
        (
            "Dr Al;exis is great. Alexis too",
            "Dr [name] is great. [name] too",
        ),
        ("my name is Al;exis. Alexis", "my name is [name]. [name]"),
    ]);
}

/// "I saw Dr Smith's nurse" then "Smith is great" showed "Smith": a capitalised
/// possessive after a title was remembered with its "'s", and its "'s" was masked too.
#[test]
fn a_capitalised_possessive_after_a_title_is_remembered_without_its_s() {
    each(&[
        ("I saw Dr Smith's nurse", "I saw Dr [name]'s nurse"),
        ("Dr. Johnson's office", "Dr. [name]'s office"),
        (
            "Dr O'Brien's clinic is closed",
            "Dr [name]'s clinic is closed",
        ),
    ]);
    for (first, later, expected) in [
        (
            "I saw Dr Smith's nurse",
            "Smith is great",
            "[name] is great",
        ),
        ("Dr. Johnson's office", "Johnson said so", "[name] said so"),
        (
            "Dr O'Brien's clinic is closed",
            "O'Brien said so",
            "[name] said so",
        ),
    ] {
        assert_eq!(
            last_masked(&[(Role::Customer, first), (Role::Customer, later)]),
            expected,
            "{first:?} then {later:?}"
        );
    }
}

/// "DR O'BRIEN'S clinic please" was shown whole: a possessive after a title in capitals
/// kept its "'S", then was taken for a contraction.
#[test]
fn a_possessive_in_capitals_after_a_title_is_masked() {
    each(&[
        ("DR O'BRIEN'S clinic please", "DR [name]'S clinic please"),
        ("DR SMITH'S office please", "DR [name]'S office please"),
        ("DR O’BRIEN’S clinic", "DR [name]’S clinic"),
    ]);
    for (first, later, expected) in [
        (
            "DR SMITH'S office please",
            "SMITH said so",
            "[name] said so",
        ),
        (
            "DR O'BRIEN'S clinic please",
            "O'Brien said so",
            "[name] said so",
        ),
        (
            "DR O'BRIEN please",
            "O'BRIEN'S nurse called",
            "[name]'S nurse called",
        ),
    ] {
        assert_eq!(
            last_masked(&[(Role::Customer, first), (Role::Customer, later)]),
            expected,
            "{first:?} then {later:?}"
        );
    }
}

/// "my name is Al;exis Jo;nes" showed "Jo;nes": a name's second word was looked for only
/// right after its first's letters, not past what a slip of punctuation glued to them.
#[test]
fn a_slip_in_a_names_second_word_is_masked() {
    each(&[
        ("my name is Al;exis Jo;nes", "my name is [name] [name]"),
        ("my name is Alexis Jo;nes", "my name is [name] [name]"),
        ("dr al;exis jo;nes", "dr [name] [name]"),
        (
            "I need to see Dr Al;exis Jo;nes",
            "I need to see Dr [name] [name]",
        ),
    ]);
    assert_eq!(
        last_masked(&[
            (Role::Customer, "my name is Al;exis Jo;nes"),
            (Role::Customer, "Jones here again")
        ]),
        "[name] here again"
    );
}

/// "Dr Al-exis" showed "-exis" and "Dr Mary-jane" "-jane": a name after a title with a
/// hyphen inside was dropped for the part of it already found; "al;exis" after "dr
/// al;exis" showed "al;": a word of the names glued to more letters was masked alone.
#[test]
fn a_name_with_a_hyphen_or_a_slip_is_masked_whole_later_too() {
    each(&[
        ("I need to see Dr Al-exis", "I need to see Dr [name]"),
        ("Dr Mary-jane", "Dr [name]"),
        ("dr al-exis", "dr [name]"),
        ("Dr Mary-Jane", "Dr [name]"),
    ]);
    for (first, later, expected) in [
        ("dr al;exis", "al;exis", "[name]"),
        ("Dr Al;exis", "see Al;exis today", "see [name] today"),
        ("dr al;exis", "thanks;alexis", "thanks;[name]"),
        ("Dr Al-exis", "Al-exis too", "[name] too"),
        ("Dr Al-exis", "Alexis too", "[name] too"),
        ("Dr Mary-jane", "Mary-jane too", "[name] too"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Customer, first), (Role::Customer, later)]),
            expected,
            "{first:?} then {later:?}"
        );
    }
    // A common word a comma or a full stop parts from a name stays.
    assert_eq!(
        last_masked(&[
            (Role::Customer, "my name is Alexis"),
            (Role::Customer, "Thanks,Alexis.Bye")
        ]),
        "Thanks,[name].Bye"
    );
}

/// "Dr O'Neil" then "Neil too" showed "Neil": a name with a prefix was remembered only
/// whole.
#[test]
fn a_name_after_its_prefix_is_remembered_too() {
    for (first, later, expected) in [
        ("Dr O'Neil", "Neil too", "[name] too"),
        ("Dr O'Neil", "O'Neil said so", "[name] said so"),
        ("dr o'brien", "brien too", "[name] too"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Customer, first), (Role::Customer, later)]),
            expected,
            "{first:?} then {later:?}"
        );
    }
}

/// "alexis;bob@x.co" showed "alexis": a name glued to an email by a slip of punctuation
/// overlapped the email, and was left to its mask, which covered none of it.
#[test]
fn a_name_glued_to_personal_data_is_masked_outside_it() {
    for (text, expected) in [
        ("alexis;bob@x.com", "[name];[email]"),
        ("see alexis;bob@x.com now", "see [name];[email] now"),
        ("bob@x.com;alexis", "[email];[name]"),
        ("Alexis;4111111111111111", "[name];[card]"),
    ] {
        assert_eq!(
            last_masked(&[
                (Role::Customer, "my name is Alexis"),
                (Role::Customer, text)
            ]),
            expected,
            "{text:?}"
        );
    }
}

/// "I saw Dr Al;exis's nurse" then "Alexis too" showed "Alexis", and "I'm Tom's wife"
/// then "Tom too" "Tom": a name given as a possessive was remembered with its "'s".
#[test]
fn a_name_given_as_a_possessive_is_remembered_without_its_s() {
    // Its "'s" stays, after a slip too (it was "Dr [name] nurse").
    each(&[
        ("I saw Dr Al;exis's nurse", "I saw Dr [name]'s nurse"),
        ("I'm Tom's wife", "I'm [name]'s wife"),
    ]);
    for (first, later, expected) in [
        ("I saw Dr Al;exis's nurse", "Alexis too", "[name] too"),
        ("I'm Tom's wife", "Tom too", "[name] too"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Customer, first), (Role::Customer, later)]),
            expected,
            "{first:?} then {later:?}"
        );
    }
}
