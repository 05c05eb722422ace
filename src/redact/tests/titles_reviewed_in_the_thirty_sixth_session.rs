//! Leaks and over-masking after a title a review found (the thirty-sixth session): a
//! hyphen ("Nurse-Joy"), particles after a surname ("Dr. Smith van der Berg"), a Vietnamese
//! given name that is a word too ("Dr. Nguyễn Văn An"), a lone initial ("Dr. K."); and
//! what follows a title without naming anyone ("Herr Ober", "Fr. Ted rang", "Captain
//! Morgan rum", "Lt Gray finish"); each beside a near miss that stays. And the review of
//! the session's rule for a surname in lower case after a title of office in lower case
//! ("judge okafor"), removed: what it masked stays.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// A review found the thirty-sixth session's first rule, a surname in lower case after a
/// title of office or a Spanish title in lower case, masking 7 of 50 ordinary sentences:
/// an uncommon word after "the doctor" or "my doctor" (a verb, a slip of typing, a drug,
/// an insurance word) cannot be told from a surname by a list of words, and a false mask
/// spread to every repeat of the word. The rule was removed: these stay, as before it.
#[test]
fn an_uncommon_word_after_a_title_of_office_in_lower_case_stays() {
    stays(&[
        "the doctor rescheduled my appointment",
        "the captain diverted us",
        "the judge postponed my hearing",
        "my doctor refilled my inhaler",
        "my doctor reordered the MRI",
        "the doctor stitched my hand",
        "the judge overruled it",
        "the judge adjourned",
        "the judge garnished my wages",
        "the judge subpoenaed my records",
        "my doctor preapproved it",
        "the captain deplaned us",
        "my doctor sayd it is fine",
        "my doctor sed it is fine",
        "my doctor siad it is fine",
        "my doctor syas it is fine",
        "my doctor reccomended it",
        "my doctor definately said so",
        "doctor copay is too high",
        "the doctor deductible is high",
        "my doctor telehealth visit",
        "doctor preauth needed",
        "my doctor mri results",
        "the doctor ekg was fine",
        "my doctor tylenol dose",
        "my doctor metformin refill",
        "my doctor ozempic prescription",
        "captain crunch cereal",
        "judge dredd",
        "reverend al fresco dining",
        "dr al fresco dining",
        "señora muy amable",
        "sí señor por favor",
        "the doctor sutured it",
        "my doctor vaccinated me",
        "doctor referal needed",
        "captain america",
        "et al",
    ]);
    // Known leaks, the price of the above: a surname in lower case after a title of
    // office or a Spanish title in lower case is shown (never half of one, "reverend
    // [name] jackson"). A narrow rule for them, tried in the thirty-seventh session,
    // masked days, drugs and shops, and was removed.
    stays(&[
        "judge okafor",
        "my doctor patel told me",
        "reverend al sharpton spoke",
        "reverend jesse jackson spoke",
        "señora lopez",
        "señor garcia called",
        "Señor garcia called",
        "captain picard called",
    ]);
    // As before: "officer", "nurse" and "sir" address someone in lower case.
    each(&[
        (
            "officer bradley said it was fine",
            "officer [name] said it was fine",
        ),
        ("our nurse kim called", "our nurse [name] called"),
    ]);
}

/// A surname in lower case after a title of office in lower case is masked where the
/// conversation gives it capitalised as a name too, as before the session: the name is
/// masked wherever it is said ("Judge Okafor" … "judge okafor", "Dr. Patel" … "my
/// doctor patel"); a capitalised one after a title in lower case is a name as after
/// "doctor" ("the judge [name]", "señor [name]").
#[test]
fn a_surname_after_a_title_in_lower_case_given_capitalised_elsewhere_is_masked() {
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Judge Okafor ruled on my case"),
            (Role::Bot, "What did judge okafor say?"),
            (Role::Customer, "judge okafor said no"),
        ]),
        [
            "Judge [name] ruled on my case",
            "What did judge [name] say?",
            "judge [name] said no",
        ]
    );
    assert_eq!(
        masked_all(&[
            (Role::Customer, "my doctor patel said so"),
            (Role::Customer, "I saw Dr. Patel today"),
        ]),
        ["my doctor [name] said so", "I saw Dr. [name] today"]
    );
    each(&[
        ("the judge Okafor ruled", "the judge [name] ruled"),
        ("señor Garcia called", "señor [name] called"),
        ("Señorita Garcia called", "Señorita [name] called"),
    ]);
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
            "Dr. [name] van der [name] called",
        ),
        (
            "Dr Jones de la Cruz called",
            "Dr [name] de la [name] called",
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
    // No capitalised surname after the particle: the word "van", no surname (the
    // fortieth session's review found "van" masked after "the Mister Softee van").
    each(&[(
        "Dr. Smith van is parked outside",
        "Dr. [name] van is parked outside",
    )]);
}

/// "Dr. K." and "Mr. J said" showed the initial: an initial was read only before a
/// surname. The thirty-seventh session's review found the lone initial masked where it
/// named no one ("Dr. B's", "Mr. T"): an initial alone is no name, and stays
/// (`titles_reviewed_in_the_thirty_seventh_session.rs`); one before a surname is masked.
#[test]
fn a_lone_initial_after_a_title() {
    stays(&[
        "Dr. K. called",
        "Mr. J said so",
        "ask Mr. T",
        "Dr. K's office",
        "Dr. K\u{2019}s office",
        "Dr. K\u{2019}",
        "Dr A lot of pain",
        "Dr. I think so",
        "Gen Z",
        "Col A",
        "I Miss U so much",
        "Dr. B12 shot",
    ]);
    each(&[("Nurse J. Smith called", "Nurse [name]. [name] called")]);
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
