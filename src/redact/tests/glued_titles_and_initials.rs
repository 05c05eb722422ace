//! A title glued to the name after it by its full stop or a slip of punctuation
//! ("Dr.Smith", "Dr,Harper", "Miss.Lee") wherever it stands, initials before a surname
//! ("Dr J Smith"), the titles that are words too ("Nurse Joy"), and what a glued title
//! takes for no name ("MS.Excel", "ms.docx"); each beside a near miss that stays.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// "I told the nurse.Dr.Smith said no", "Ok:Dr.Smith" and "日本Dr.Smith" were shown: a
/// title glued to its name was no title after a full stop, a colon or a letter of any
/// script (what an address or a path has before one).
#[test]
fn a_glued_title_after_punctuation_or_a_script_without_spaces_takes_its_name() {
    each(&[
        (
            "I told the nurse.Dr.Smith said no",
            "I told the nurse.Dr.[name] said no",
        ),
        ("Ok:Dr.Smith", "Ok:Dr.[name]"),
        ("日本Dr.Smith", "日本Dr.[name]"),
        ("see (Dr.Smith) today", "see (Dr.[name]) today"),
    ]);
    // An address, a path, a word a title ends: in lower case, or after a letter.
    stays(&[
        "go to www.dr.com now",
        "a.dr.b",
        "open x/dr.smith now",
        "see files:mr.smith",
        "DrDr.Smith",
        "café.dr.smith",
    ]);
}

/// "Dr,Harper", "Dr:Harper", "Dr/Harper" and "Miss.Lee" were shown: only a full stop or
/// a semicolon glued a title to its name.
#[test]
fn a_slip_of_punctuation_between_a_title_and_its_name_is_no_space() {
    each(&[
        ("Dr,Harper called", "Dr,[name] called"),
        ("Dr:Harper called", "Dr:[name] called"),
        ("Dr/Harper called", "Dr/[name] called"),
        ("Miss.Lee called", "Miss.[name] called"),
        ("Mr,Smith called", "Mr,[name] called"),
        ("dr,harper called", "dr,[name] called"),
    ]);
    // A common word in lower case after one, or a title after one, names no one.
    stays(&[
        "I saw the dr,so what",
        "the dr/nurse said",
        "ms,teams is down",
        "Dear Mr/Mrs,",
        "I miss,you",
    ]);
}

/// "Dr.J.Smith", "Mr. A. Smith" and "Dr J Smith" showed the surname: an initial is no
/// name of two letters, and the search stopped at it.
#[test]
fn the_surname_after_initials_is_masked() {
    each(&[
        // Glued, the initial is masked with the surname, as before.
        ("Dr.J.Smith called", "Dr.[name] called"),
        ("Mr. A. Smith called", "Mr. [name]. [name] called"),
        ("Dr J Smith called", "Dr [name] [name] called"),
        ("Dr J. R. Smith called", "Dr [name]. [name]. [name] called"),
        // After "my name is", the initial goes with the name too (the fifty-fourth
        // session).
        ("my name is J. Smith", "my name is [name]. [name]"),
    ]);
    // No initial: "I" or "A" without its full stop before a word in lower case.
    stays(&["Dr I think so", "Dr A lot of pain"]);
    // The surname is remembered, the initial never is.
    let rows = [
        (Role::Customer, "I saw Dr J Smith"),
        (Role::Customer, "Smith said J is fine"),
    ];
    assert_eq!(masked_all(&rows)[1], "[name] said J is fine");
}

/// "Sir Alan", "Nurse Joy" and "Officer Dibble" were shown: only "Dr", "Mr" … were
/// titles. Each is a word too: only a capitalised word that may be a name follows.
#[test]
fn sir_nurse_and_officer_before_a_capitalised_name_are_titles() {
    each(&[
        ("Sir Alan called", "Sir [name] called"),
        ("ask Nurse Joy please", "ask Nurse [name] please"),
        (
            "Officer Dibble Smith was here",
            "Officer [name] [name] was here",
        ),
        ("the nurse Joy said so", "the nurse [name] said so"),
    ]);
    stays(&[
        "the nurse said no",
        "a police officer came",
        "Yes sir, I will",
        "Thank you Sir I will",
        "the Nurse Appointment is at 3",
        "Sir Thank you",
    ]);
}

/// A review found a common word that is no name masked after "Nurse", "Officer" or
/// "Sir", and then masked wherever the conversation said it: "Nurse Call button broke.
/// Call me back" gave "Nurse [name] button broke. [name] me back".
#[test]
fn a_common_word_after_a_title_that_is_a_word_too_is_no_name() {
    let rows = [
        (Role::Customer, "The Nurse Call button broke."),
        (Role::Customer, "Call me back please"),
    ];
    assert_eq!(masked_all(&rows)[1], "Call me back please");
    stays(&[
        "Officer Training is full",
        "the officer Said no",
        "the Nurse Station is closed",
    ]);
    each(&[
        ("ask Nurse Webber", "ask Nurse [name]"),
        ("Officer Brown came", "Officer [name] came"),
    ]);
}

/// "Dr.Smith/Dr.Jones" was masked as one name, its second title in it; "MS.Excel" and
/// "ms.docx" were masked as names.
#[test]
fn a_glued_title_opens_another_name_and_a_product_or_a_file_is_none() {
    each(&[
        (
            "Dr.Smith/Dr.Jones yesterday",
            "Dr.[name]/Dr.[name] yesterday",
        ),
        ("Dr Smith/Dr Jones", "Dr [name]/Dr [name]"),
    ]);
    stays(&[
        "I use MS.Excel daily",
        "I use MS Excel daily",
        "open ms.docx please",
        "send MR.PDF now",
    ]);
    // A name that is a product stays one after a title written as one.
    each(&[("Ms.Word called", "Ms.[name] called")]);
}

/// "Dr Lee,pleasant chap": a common word glued after a name by a slip is masked with it
/// there (it may be the name's rest: "Har,per") but is no word of the names later; a
/// part that is no common word may be a name's in lower case too ("Dr Mary.jane") and
/// is remembered, as is a capitalised one ("Dr Lee,Smith").
#[test]
fn a_common_word_glued_after_a_name_by_a_slip_is_not_remembered() {
    let rows = [
        (Role::Customer, "Dr Lee,pleasant"),
        (Role::Customer, "pleasant staff, Pleasant"),
    ];
    assert_eq!(masked_all(&rows), ["Dr [name]", "pleasant staff, Pleasant"]);
    for (first, later) in [
        ("Dr Lee,Smith", "Smith said so"),
        ("Dr Mary.jane", "Jane said so"),
    ] {
        let rows = [(Role::Customer, first), (Role::Customer, later)];
        assert_eq!(masked_all(&rows)[1], "[name] said so", "{first:?}");
    }
}

/// "Ha,rp,er" after "Dr Harper" was shown: a name typed again was joined over one slip
/// of punctuation only.
#[test]
fn a_known_name_typed_with_two_slips_is_masked() {
    let rows = [
        (Role::Customer, "Dr Harper"),
        (Role::Customer, "Ha,rp,er said so"),
        (Role::Customer, "Ha;rp;e;r said so"),
        (Role::Customer, "Ha,rp,is said so"),
    ];
    assert_eq!(
        masked_all(&rows)[1..],
        ["[name] said so", "[name] said so", "Ha,rp,is said so"]
    );
}
