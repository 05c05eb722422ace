//! A surname that is an everyday word after a title in lower case or in capitals ("dr
//! brown", "DR WHITE", "mr green"), after "Miss" and after "Dr'" typed for "Dr.", masked
//! with its later mentions; beside what chats put after a title without naming anyone,
//! which stays.

use super::masked_all;
use crate::transcript::Role;

/// The messages of a conversation, and each masked.
type Case<'a> = (&'a [(Role, &'a str)], &'a [&'a str]);

/// Each case's messages, masked as expected.
#[track_caller]
fn check(cases: &[Case<'_>]) {
    for (rows, expected) in cases {
        assert_eq!(masked_all(rows), *expected, "{rows:?}");
    }
}

/// "dr brown", "DR WHITE", "mr green" were shown: after a title in lower case or in
/// capitals, only a word that is no common English word was taken for a name. A
/// surname is a surname whatever else it is; later it is masked where capitalised, as
/// every name that is an everyday word ("brown" alone stays a colour), and after a
/// title in any case.
#[test]
fn an_everyday_surname_after_a_title_is_masked() {
    check(&[
        (
            &[
                (Role::Customer, "I need to see dr brown about my results"),
                (Role::Bot, "Dr. Brown is in today."),
                (
                    Role::Customer,
                    "ok, Brown or BROWN or dr brown; a brown coat",
                ),
            ],
            &[
                "I need to see dr [name] about my results",
                "Dr. [name] is in today.",
                "ok, [name] or [name] or dr [name]; a brown coat",
            ],
        ),
        (
            &[
                (Role::Customer, "I NEED DR WHITE"),
                (Role::Bot, "Dr White can see you."),
            ],
            &["I NEED DR [name]", "Dr [name] can see you."],
        ),
        (
            &[
                (Role::Customer, "mr green called me"),
                (Role::Customer, "Mr Green said green light"),
            ],
            &["mr [name] called me", "Mr [name] said green light"],
        ),
        (
            &[(
                Role::Customer,
                "Mrs. baker and prof cook, DR. HILL, ms. young",
            )],
            &["Mrs. [name] and prof [name], DR. [name], ms. [name]"],
        ),
        // A surname that is no name in the lists: "mr bird", "dr fish".
        (
            &[(Role::Customer, "ask mr bird or DR FISH")],
            &["ask mr [name] or DR [name]"],
        ),
        // After a title that is a noun, a name that is an everyday word too.
        (
            &[(Role::Customer, "my dr brown said so, and dr. Brown too")],
            &["my dr [name] said so, and dr. [name] too"],
        ),
        // "ms" in lower case takes a name that is an everyday word.
        (
            &[(Role::Customer, "please ask ms brown")],
            &["please ask ms [name]"],
        ),
    ]);
}

/// A surname given in lower case after a title that is no common English word was
/// masked later only where capitalised ("dr morgan" … "morgan said"): it is masked in
/// any case, as a name given so in reply is; so is one given capitalised
/// (`lower_case_names_and_initials.rs`: "Dr Harper" … "later harper called").
#[test]
fn a_surname_after_a_title_is_masked_in_its_later_mentions() {
    check(&[(
        &[
            (Role::Customer, "I have an apt with dr morgan"),
            (Role::Bot, "Dr. Morgan has a slot at 3pm."),
            (Role::Customer, "morgan said hi, Morgan, MORGAN"),
        ],
        &[
            "I have an apt with dr [name]",
            "Dr. [name] has a slot at 3pm.",
            "[name] said hi, [name], [name]",
        ],
    )]);
}

/// A surname after "ms" or "mx" in lower case or in capitals was masked only when it was
/// an everyday word ("ms brown"): "ms johnson called" and "MS SMITH called" showed it.
#[test]
fn a_surname_after_ms_or_mx_without_its_full_stop() {
    check(&[
        (
            &[(Role::Customer, "ms johnson called me, MS SMITH too")],
            &["ms [name] called me, MS [name] too"],
        ),
        (
            &[(Role::Customer, "mx okafor is my manager")],
            &["mx [name] is my manager"],
        ),
    ]);
}

/// "Miss Baker" and "Dr' Johnson" (STAR star-891) named no one: "Miss" was no title, and
/// a title ended by an apostrophe for its full stop none either.
#[test]
fn a_name_after_miss_and_after_a_title_typed_with_an_apostrophe() {
    check(&[
        (
            &[(Role::Customer, "Miss Baker is my teacher")],
            &["Miss [name] is my teacher"],
        ),
        (
            &[(
                Role::Customer,
                "My new doctor is Dr' Johnson. Not the Dr's office.",
            )],
            &["My new doctor is Dr' [name]. Not the Dr's office."],
        ),
    ]);
}

/// What chats put after a title without naming anyone stays: what the doctor did or
/// will do, a word after a title that is a noun, a thing, "miss" the verb, "ms" as
/// Microsoft or milliseconds, and the over-masking found on STAR ("MR ROBOTO", "Dr
/// Johnson hq", "Mr. AI?").
#[test]
fn what_follows_a_title_without_naming_anyone_stays() {
    for text in [
        "my dr will call, the dr say, dr said so",
        "dr gave me pills and dr ordered tests",
        "the dr great news, my dr. Great news",
        "dr pepper please, a dr note, the Dr. Office",
        "I NEED TO SEE DR NOW. GET DR NOTE. DR SAID. THE DR WILL CALL.",
        "I miss you, Miss You",
        "we use ms teams, ms dos and ms word",
        "MS EXCEL and MS SQL crash, ms outlook too, it takes a few ms longer",
        "latency is 200 ms long",
        "Ahhhhh!! BUT MR ROBOTO, YOU'RE SUPPOSED TO HELP ME!",
        "What is your memory capacity if you don't mind Mr. AI?",
    ] {
        assert_eq!(masked_all(&[(Role::Customer, text)]), [text], "{text:?}");
    }
    check(&[
        (
            &[(
                Role::Customer,
                "When does Dr Johnson hq have an appointment",
            )],
            &["When does Dr [name] hq have an appointment"],
        ),
        // The second word after a title is no common English word but a name.
        (
            &[(Role::Customer, "DR BROWN HOSPITAL, dr alexis white")],
            &["DR [name] HOSPITAL, dr [name] [name]"],
        ),
    ]);
}
