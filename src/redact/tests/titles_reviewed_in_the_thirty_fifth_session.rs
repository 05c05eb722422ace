//! Leaks and over-masking after a title a review found (the thirty-fifth session): a
//! name in lower case after a title of office written in lower case ("judge okafor"),
//! names of three parts and with particles ("Judge Ruth Bader Ginsburg", "Dr. van der
//! Berg"), a title glued by a hyphen, an underscore, a bracket or a quote ("Nurse-Joy"),
//! initials ("Nurse J. Smith"), a plural of a name ("the Harpers"), titles of other ranks
//! and languages ("Det.", "Mme", "Señora"), a name in a script without case ("Dr.李");
//! and places named after someone ("Lord Howe Island", "Sister Bay"); each beside a near
//! miss that stays.

use super::{ASK, each, masked_all, stays};
use crate::transcript::Role;

/// "judge okafor", "captain smith", "doctor okafor" were shown where "dr smith" is
/// masked: only "nurse", "officer" and "sir" took a name in lower case written so.
#[test]
fn a_title_of_office_in_lower_case_takes_a_name_in_lower_case() {
    each(&[
        ("I saw judge okafor today", "I saw judge [name] today"),
        ("captain smith called", "captain [name] called"),
        ("doctor okafor said so", "doctor [name] said so"),
        ("ask detective okafor", "ask detective [name]"),
    ]);
    // A common word after one, or the title a noun after a determiner.
    stays(&[
        "I saw nurse practitioner today",
        "thanks captain obvious",
        "I have a doctor appointment",
        "my doctor recomended it",
        "the judge okayed it",
        "my father inlaw called",
    ]);
}

/// "Judge Ruth Bader Ginsburg", "Sr. de la Cruz", "Prof. van der Berg" showed their last
/// part: a name after a title was two words at most, and particles were none.
#[test]
fn names_of_three_parts_and_particles_are_masked_whole() {
    each(&[
        (
            "Judge Ruth Bader Ginsburg wrote it",
            "Judge [name] [name] [name] wrote it",
        ),
        ("Sr. de la Cruz called", "Sr. [name] [name] [name] called"),
        (
            "Prof. van der Berg teaches",
            "Prof. [name] [name] [name] teaches",
        ),
        (
            "Dr. van der Berg teaches",
            "Dr. [name] [name] [name] teaches",
        ),
        (
            "Dr. Van Der Berg teaches",
            "Dr. [name] [name] [name] teaches",
        ),
    ]);
    // A common word after three.
    each(&[("Dr John Smith Hospital", "Dr [name] [name] Hospital")]);
}

/// The particles are masked where they stand, and never again: remembered as names they
/// masked every "de" and "van" of the conversation; the surname is masked again.
#[test]
fn particles_and_initials_are_masked_where_they_stand_only() {
    let masked = masked_all(&[
        (Role::Customer, "Dr. van der Berg and Nurse J. Smith called"),
        (
            Role::Customer,
            "the van is at the house of de Souza, J said, Berg too",
        ),
    ]);
    assert_eq!(
        masked,
        [
            "Dr. [name] [name] [name] and Nurse [name]. [name] called",
            "the van is at the house of de Souza, J said, [name] too",
        ]
    );
}

/// "Nurse-Joy", `Nurse_Joy`, "Nurse(Joy)" and `Nurse "Joy"` were shown: a hyphen, an
/// underscore, a bracket or a quote between a title and its name was not read.
#[test]
fn a_hyphen_an_underscore_a_bracket_or_a_quote_after_a_title() {
    each(&[
        ("Nurse-Joy helped", "Nurse-[name] helped"),
        ("Nurse_Joy helped", "Nurse_[name] helped"),
        ("Nurse(Joy) helped", "Nurse([name]) helped"),
        ("Nurse \"Joy\" helped", "Nurse \"[name]\" helped"),
        ("see Dr-Smith", "see Dr-[name]"),
        ("see Dr (Smith)", "see Dr ([name])"),
    ]);
    stays(&[
        "my sister-in-law called",
        "my father-in-law called",
        "we use ms-teams",
        "a nurse-led clinic",
    ]);
}

/// "Nurse J. Smith" showed its initial: "Nurse J. [name]".
#[test]
fn initials_before_a_surname_are_masked() {
    each(&[
        ("Nurse J. Smith helped", "Nurse [name]. [name] helped"),
        ("Dr J R Smith called", "Dr [name] [name] [name] called"),
    ]);
}

/// "the Harpers" after "Dr Harper" was shown: a plural without an apostrophe is no
/// possessive.
#[test]
fn a_plural_of_a_name_is_masked() {
    let masked = masked_all(&[
        (Role::Customer, "Dr Harper called"),
        (Role::Customer, "the Harpers came by, and harpers play"),
    ]);
    assert_eq!(masked[1], "the [name]s came by, and harpers play");
    // A plural that is a common word stays (STAR star-5857).
    let masked = masked_all(&[
        (Role::Bot, ASK),
        (Role::Customer, "Jane Doe"),
        (Role::Customer, "Does Legume have live music?"),
    ]);
    assert_eq!(
        masked[1..],
        ["[name] [name]", "Does Legume have live music?"]
    );
}

/// "Det. Smith", "Mme Dubois", "Señora Garcia" … were shown: the titles were not known.
#[test]
fn titles_of_other_ranks_and_languages() {
    each(&[
        ("Det. Smith called", "Det. [name] called"),
        ("Insp. Smith called", "Insp. [name] called"),
        ("Cpl Smith called", "Cpl [name] called"),
        ("Maj. Smith called", "Maj. [name] called"),
        ("Fr. Smith called", "Fr. [name] called"),
        ("Hon. Smith called", "Hon. [name] called"),
        ("Mme Dubois called", "Mme [name] called"),
        ("Herr Schmidt called", "Herr [name] called"),
        ("Señora Garcia called", "Señora [name] called"),
        ("Dra. Garcia called", "Dra. [name] called"),
        ("Srta. Garcia called", "Srta. [name] called"),
    ]);
    stays(&["Hon. Thank you", "Det. Please call", "Mon-Fr 9-5"]);
}

/// "Dr.李" was shown: only a capitalised word was a name after a title.
#[test]
fn a_name_in_a_script_without_case_after_a_title() {
    each(&[
        ("Dr.李 called", "Dr.[name] called"),
        ("see Dr. 王伟", "see Dr. [name]"),
    ]);
}

/// "Lord Howe Island", "Lady Lake Florida", "Father Ryan High School", "Sister Bay",
/// "Sra Cafe", "Captain Cook Dr", "Sunset Dr,Springfield" and "Gen Ed" were masked: a
/// place named after someone, a street, a class.
#[test]
fn places_streets_and_classes_named_after_someone() {
    stays(&[
        "we went to Lord Howe Island",
        "I live in Lady Lake Florida",
        "I went to Father Ryan High School",
        "we visited Sister Bay",
        "I like Sra Cafe",
        "I live on Captain Cook Dr",
        "Sunset Dr,Springfield is my address",
        "I need a Gen Ed class",
    ]);
    // A surname that is a word for a place after "Dr", and a title after a name.
    each(&[
        ("Dr Lake called", "Dr [name] called"),
        ("Thanks Dr,Harper", "Thanks Dr,[name]"),
        ("Mr Smith Dr Jones", "Mr [name] Dr [name]"),
    ]);
}
