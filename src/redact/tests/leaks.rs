//! Known leaks of `--redact` listed after the gaps (`gaps.rs`): personal data that
//! passed through unmasked, each masked now, in whole conversations as `--redact` reads
//! them, and what only looks like it kept.

use super::gaps::{ASK, last_masked};
use crate::transcript::Role;

/// Known leak: "it's me" without a space after its comma ("It's me,Alexis"), without
/// its apostrophe ("Its me, Alexis") or written out ("It is me, Alexis") named no one.
#[test]
fn its_me_as_customers_write_it_names() {
    for (said, expected) in [
        ("It's me,Alexis", "It's me,[name]"),
        ("Its me, Alexis", "Its me, [name]"),
        ("its me Alexis again", "its me [name] again"),
        ("It is me, Alexis", "It is me, [name]"),
        (
            "Hi, it is me,Alexis. I called before",
            "Hi, it is me,[name]. I called before",
        ),
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), expected, "{said:?}");
    }
    // "Its" and "it is" without "me" name no one: "its" is a thing's.
    for said in [
        "I tried resetting its Bluetooth.",
        "It is Chicago.",
        "Its me, sorry",
        "It is me.",
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), said);
    }
}

/// Known leak: a hyphenated name given in the chat ("I'm Mary-Jane Smith-Jones") was
/// shown, whole or but its first part: its words were looked for as one word, which a
/// text's words, ending at a hyphen, never are.
#[test]
fn a_hyphenated_name_is_masked_whole() {
    for (rows, expected) in [
        (
            &[(Role::Customer, "I'm Mary-Jane Smith-Jones")][..],
            "I'm [name] [name]",
        ),
        (
            &[(Role::Customer, "my name is Anne-Marie")],
            "my name is [name]",
        ),
        (
            &[(Role::Bot, ASK), (Role::Customer, "Mary-Jane Smith-Jones")],
            "[name] [name]",
        ),
        (
            &[(Role::Bot, ASK), (Role::Customer, "mary-jane smith-jones")],
            "[name] [name]",
        ),
        // Later in the conversation, whole or a part of it.
        (
            &[
                (Role::Customer, "my name is Anne-Marie Lee-Smith"),
                (
                    Role::Customer,
                    "Anne-Marie again; Anne for short. Lee-Smith, Smith",
                ),
            ],
            "[name] again; [name] for short. [name], [name]",
        ),
    ] {
        assert_eq!(last_masked(rows), expected, "{rows:?}");
    }
    // A word joined to a name by a hyphen is not taken with it.
    assert_eq!(
        last_masked(&[
            (Role::Customer, "my name is Anne"),
            (Role::Customer, "Anne-style pasta, Anne - Lee"),
        ]),
        "[name]-style pasta, [name] - Lee"
    );
}

/// Known leak: a name glued to digits ("Miller2", a reply giving name and account in
/// one) was shown: the digits made the word no name's.
#[test]
fn a_name_glued_to_digits_is_masked() {
    for (reply, expected) in [
        ("Miller2", "[name]2"),
        ("Katarina Miller2", "[name] [name]2"),
        (
            "Katarina Miller351531510 is my account",
            "[name] [name]351531510 is my account",
        ),
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            expected,
            "{reply:?}"
        );
    }
    // A name known from before, glued to digits later; digits alone, or a word that only
    // starts like a name, stay.
    assert_eq!(
        last_masked(&[
            (Role::Customer, "my name is Tyler Miller"),
            (Role::Customer, "user Tyler92, Millerton 2, 42"),
        ]),
        "user [name]92, Millerton 2, 42"
    );
}

/// Known leak: a name in reply ended by a digit of another script than ASCII
/// (Arabic-Indic "Miller٣", full-width "Miller３") was shown, with the whole reply: such a
/// digit was taken for no word and no mark, and the reply for no name.
#[test]
fn a_name_ended_by_a_digit_of_any_script_is_masked() {
    for (reply, expected) in [
        ("Miller٣", "[name]٣"),
        ("Katarina Miller ٣٥١٥٣١٥١٠", "[name] [name] ٣٥١٥٣١٥١٠"),
        ("Katarina Miller３５１", "[name] [name]３５１"),
        (
            "Katarina Miller۳ is my account",
            "[name] [name]۳ is my account",
        ),
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            expected,
            "{reply:?}"
        );
    }
    assert_eq!(
        last_masked(&[(Role::Bot, ASK), (Role::Customer, "Order ٣٥١")]),
        "Order ٣٥١"
    );
}
