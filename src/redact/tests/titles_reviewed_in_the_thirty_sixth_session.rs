//! Leaks and over-masking after a title a review found (the thirty-sixth session): a
//! surname in lower case after a title of office or a Spanish title in lower case ("judge
//! okafor", "my doctor patel", "señor garcia"), "al" before a surname, a hyphen
//! ("Nurse-Joy"), particles after a surname ("Dr. Smith van der Berg"), a Vietnamese
//! given name that is a word too ("Dr. Nguyễn Văn An"), a lone initial ("Dr. K."); and
//! what follows a title without naming anyone ("Herr Ober", "Fr. Ted rang", "Captain
//! Morgan rum", "Lt Gray finish"); each beside a near miss that stays.

use super::{each, stays};

/// "judge okafor", "my doctor patel", "reverend al sharpton" were shown: a title of office
/// in lower case took no name in lower case, as its slips of typing were masked too.
#[test]
fn a_surname_in_lower_case_after_a_title_of_office_in_lower_case() {
    each(&[
        ("judge okafor", "judge [name]"),
        (
            "I spoke to judge okafor yesterday",
            "I spoke to judge [name] yesterday",
        ),
        ("my doctor patel told me", "my doctor [name] told me"),
        ("reverend al sharpton spoke", "reverend [name] [name] spoke"),
        ("Reverend al sharpton spoke", "Reverend [name] [name] spoke"),
        ("dr al smith called", "dr [name] [name] called"),
        ("the judge Okafor ruled", "the judge [name] ruled"),
        ("captain picard called", "captain [name] called"),
        // One word at most, but a surname after "al" ("captain crunch cereal").
        ("captain crunch cereal", "captain [name] cereal"),
        // Already masked: "officer" and "nurse" address someone in lower case.
        (
            "officer bradley said it was fine",
            "officer [name] said it was fine",
        ),
        ("our nurse kim called", "our nurse [name] called"),
    ]);
    // Not a name: a common word, a slip of typing of one or one of its forms, slang.
    stays(&[
        "the officer on duty said no",
        "the judge said no",
        "I have a doctor appointment",
        "my doctor bill",
        "doctor appoinment tomorrow",
        "judge rulled against me",
        "the judge okayed it",
        "the doctor sutured it",
        "my doctor vaccinated me",
        "doctor referal needed",
        "doctor covid test",
        "captain obvs",
        "captain america",
        "et al",
    ]);
}

/// "señor garcia", "la señora lopez" were shown: the Spanish titles took a capitalised
/// name only, and were known in lower case nowhere.
#[test]
fn a_surname_in_lower_case_after_a_spanish_title() {
    each(&[
        ("señor garcia called", "señor [name] called"),
        ("Señor garcia called", "Señor [name] called"),
        ("la señora lopez llamó", "la señora [name] llamó"),
        ("la señorita garcia", "la señorita [name]"),
    ]);
    stays(&["sí señor por favor", "señora muy amable"]);
}

/// "Nurse-Joy" was shown: a hyphen glued no name; it glues a capitalised one now, and
/// still no word ("Nurse-Led Clinic").
#[test]
fn a_capitalised_name_after_a_hyphen() {
    each(&[("Nurse-Joy helped me", "Nurse-[name] helped me")]);
    stays(&[
        "the Nurse-Led Clinic is open",
        "Doctor-Patient confidentiality matters",
        "a nurse-led clinic",
        "my sister-in-law called",
        "a Father-Son day",
        "ask a Nurse-Practitioner",
    ]);
}

/// "Dr. Smith van der Berg" showed "der Berg", "Dr. Nguyễn Văn An" its "An": particles
/// were read before a surname only, and a third word that is a word too was none.
#[test]
fn particles_after_a_surname_and_a_vietnamese_given_name() {
    each(&[
        (
            "Dr. Smith van der Berg called",
            "Dr. [name] [name] [name] [name] called",
        ),
        (
            "Dr Jones de la Cruz called",
            "Dr [name] [name] [name] [name] called",
        ),
        (
            "Dr. Nguyễn Văn An called",
            "Dr. [name] [name] [name] called",
        ),
        (
            "Dr. Nguyen Van An called",
            "Dr. [name] [name] [name] called",
        ),
    ]);
    // No capitalised surname after the particle: as before.
    each(&[(
        "Dr. Smith van is parked outside",
        "Dr. [name] [name] is parked outside",
    )]);
}

/// "Dr. K." and "Mr. J said" showed the initial: an initial was read only before a
/// surname.
#[test]
fn a_lone_initial_after_a_title() {
    each(&[
        ("Dr. K. called", "Dr. [name]. called"),
        ("Mr. J said so", "Mr. [name] said so"),
        ("ask Mr. T", "ask Mr. [name]"),
        ("Dr. K's office", "Dr. [name]'s office"),
        ("Dr. K\u{2019}s office", "Dr. [name]\u{2019}s office"),
        ("Dr. K\u{2019}", "Dr. K\u{2019}"),
    ]);
    stays(&[
        "Dr A lot of pain",
        "Dr. I think so",
        "Gen Z",
        "Col A",
        "I Miss U so much",
        "Dr. B12 shot",
    ]);
}

/// "Herr Ober", "Fr. Ted rang", "Captain Morgan rum" and "Lt Gray finish" were masked: a
/// waiter, a verb after a name, a rum and a colour.
#[test]
fn what_follows_a_title_without_naming_anyone() {
    stays(&[
        "Herr Ober, bitte",
        "a bottle of Captain Morgan rum",
        "a Captain Morgan and coke",
        "Dr Martens boots",
        "the Lt Gray finish",
    ]);
    each(&[
        ("Fr. Ted rang", "Fr. [name] rang"),
        ("Dr. Ted phoned", "Dr. [name] phoned"),
        ("Herr Schmidt called", "Herr [name] called"),
        (
            "Captain Morgan will be your pilot",
            "Captain [name] will be your pilot",
        ),
        ("Lt. Gray said so", "Lt. [name] said so"),
    ]);
}
