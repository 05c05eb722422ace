//! Personal data that passed through `--redact` unmasked, each masked now, in whole
//! conversations as `--redact` reads them, and what only looks like it kept.

use super::{ASK, last_masked};
use crate::transcript::Role;

/// "it's me" without a space after its comma ("It's me,Alexis"), without
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

/// A hyphenated name given in the chat ("I'm Mary-Jane Smith-Jones") was
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

/// A name glued to digits ("Miller2", a reply giving name and account in
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

/// A name in reply ended by a digit of another script than ASCII
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

/// Names listed after "the names on the booking are" (words between "names"
/// and "are") were shown, and those past the eighth of a list (a cap of eight names).
#[test]
fn names_listed_after_whose_names_and_past_eight_are_masked() {
    for (said, expected) in [
        (
            "the names on the booking are Tyler, Ben and Jane Smith.",
            "the names on the booking are [name], [name] and [name] [name].",
        ),
        (
            "The names are Tyler and Jane",
            "The names are [name] and [name]",
        ),
        (
            "the names of my kids were Tyler & Jane",
            "the names of my kids were [name] & [name]",
        ),
        (
            "Names for the reservation: Tyler Jones, Jane Smith",
            "Names for the reservation: [name] [name], [name] [name]",
        ),
        (
            "names Tyler, Jane, Ben, Maria, Omar, Priya, Lena, Kofi, Sven and Aiko. Anna",
            "names [name], [name], [name], [name], [name], [name], [name], [name], [name] and \
             [name]. Anna",
        ),
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), expected, "{said:?}");
    }
    for said in [
        "the names on the booking are wrong",
        "the names of the files are Report and Summary",
        "names of the songs: Yesterday, Help",
        "names for Tyler are",
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), said);
    }
}

/// A megabyte of names listed after one cue, and of cues each listing names ("names
/// Zqaaaa, Names Zqaaab, …"), and a conversation giving thousands of names: each text
/// read once, each word of a message looked up among the names by binary search. Nothing
/// is timed: with a cue's list read again from each cue inside it, or each word compared
/// with every name, these take minutes — and pass. The summary's name cues read from the
/// whole message made this test 249 s of CI's unit tests, unnoticed for days:
/// `benches/long.sh` measures how such readings grow.
#[test]
fn a_megabyte_of_listed_names_is_read_in_linear_time() {
    let len = if cfg!(debug_assertions) {
        1 << 17
    } else {
        1 << 20
    };
    // Distinct names of letters no word has: "Zq" and four letters.
    let name = |i: usize| {
        let letter = |n: usize| char::from(b'a' + u8::try_from(n % 26).unwrap());
        format!(
            "Zq{}{}{}{}",
            letter(i / 17576),
            letter(i / 676),
            letter(i / 26),
            letter(i)
        )
    };
    // One cue, then a cue before each name: each cue's list ends at the next ("Names"
    // is no name), where that cue's starts.
    for (head, unit, masked_unit) in [("names ", ", ", ", "), ("", ", Names ", ", Names ")] {
        let mut text = head.to_owned();
        let mut expected = head.to_owned();
        let mut i = 0;
        while text.len() < len {
            if i > 0 {
                text.push_str(unit);
                expected.push_str(masked_unit);
            }
            text.push_str(&name(i));
            // The first name opens the text without a cue: no list holds it.
            expected.push_str(if head.is_empty() && i == 0 {
                "Zqaaaa"
            } else {
                "[name]"
            });
            i += 1;
        }
        let masked = last_masked(&[(Role::Customer, &text)]);
        assert!(masked == expected, "{}", &masked[..200]);
    }
}

/// A name in reply before how it is spelt was shown unless the spelling was
/// "with a" or "with an" and a letter ("Jon with no h", "Philip with one l"), and a
/// second name spelt after "and" ("… and Miller with two Ls") always.
#[test]
fn a_name_before_any_spelling_is_masked() {
    for (reply, expected) in [
        ("Jon with no h", "[name] with no h"),
        ("Sara without an h", "[name] without an h"),
        ("Philip with one l", "[name] with one l"),
        ("Jon without h", "[name] without h"),
        ("Katarina with a capital K", "[name] with a capital K"),
        (
            "Katarina with a K and Miller with two Ls",
            "[name] with a K and [name] with two Ls",
        ),
        (
            "Anne with an e and Philips with one l and Jones with no e",
            "[name] with an e and [name] with one l and [name] with no e",
        ),
        ("Phillip with double l's", "[name] with double l's"),
        ("sara without an h", "[name] without an h"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            expected,
            "{reply:?}"
        );
    }
    // Not a spelling: a thing with or without another; after a name spelt, a part that
    // is no name.
    for reply in [
        "Coffee with no sugar",
        "Tea without a lid",
        "Room with two beds",
        "Sure with one condition",
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            reply
        );
    }
    assert_eq!(
        last_masked(&[
            (Role::Bot, ASK),
            (Role::Customer, "Jon with no h and coffee with no sugar")
        ]),
        "[name] with no h and coffee with no sugar"
    );
}

/// A code said of as another after a PIN was shown when said "Either that or
/// 9876", "5678’s my old one" (a typographic apostrophe) or "my old one: 5678": only
/// "it's either that or" right after the PIN, and "is/was my old one", were codes.
#[test]
fn a_code_said_loosely_in_other_words_is_masked() {
    for (said, expected) in [
        ("Either that or 9876", "Either that or [secret]"),
        ("either that or 9876.", "either that or [secret]."),
        ("5678’s my old one", "[secret]’s my old one"),
        ("5678's my old one", "[secret]'s my old one"),
        ("my old one: 5678", "my old one: [secret]"),
        ("The previous pin = 5678", "The previous pin = [secret]"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Customer, "My PIN is 1234"), (Role::Customer, said)]),
            expected,
            "{said:?}"
        );
    }
    // In the message of the PIN too.
    assert_eq!(
        super::r("My PIN is 1234, not sure though. Either that or 9876"),
        "My PIN is [secret], not sure though. Either that or [secret]"
    );
    // Without a code before, or with a number that does not end the clause, none.
    assert_eq!(
        last_masked(&[(Role::Customer, "Either that or 9876")]),
        "Either that or 9876"
    );
    assert_eq!(
        last_masked(&[
            (Role::Customer, "My PIN is 1234"),
            (Role::Customer, "either that or 20 more minutes")
        ]),
        "either that or 20 more minutes"
    );
}
