//! Over-masking and leaks after a title two reviews found (the thirty-seventh session): an
//! initial alone ("Dr. B's", "Mr. T") and two in a row ("Mr. A. B."), a brand ("Mr.
//! Clean spray", "my Dr Martens") and a person who bears its name or a word of goods
//! ("Dr. Martens is my cardiologist", "Mr. Smith spray painted"), a title that is a word
//! too read as a name after "I'm" or "this is" ("I'm Gen Z", "This is Judge Smith", "I'm
//! Major Tom"); and a word in lower case after a title of office in lower case ("the
//! doctor thursday"), which stays. Each beside a near miss.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// "Dr. B's" and "Mr. T" were masked: an initial alone names no one.
#[test]
fn an_initial_alone_after_a_title_stays() {
    stays(&[
        "I saw Dr. B's nurse yesterday",
        "Dr. B's office called me",
        "I love Mr. T and his gold chains",
        "ask Mr. T about it",
        "Mr. J said so",
    ]);
    // Before a surname, the initial is masked with it, as before.
    each(&[
        ("Dr. J. Smith called", "Dr. [name]. [name] called"),
        ("Mr. A Smith's office", "Mr. [name] [name]'s office"),
    ]);
}

/// "Mr. Clean spray" and "my Dr Martens" were masked: a brand whose fixed name is a
/// title and a name stays, where it is the brand.
#[test]
fn a_brand_after_a_title_stays() {
    stays(&[
        "I used Mr. Clean spray on the counter",
        "Mr. Clean Magic Eraser works",
        "I used Mr. Clean on it",
        "Mr. Muscle works on grease",
        "a Mr. Coffee machine",
        "Mr. Sheen polish",
        "I wore my Dr Martens today",
        "these Dr Martens hurt",
        "new Dr Martens",
        "a pair of Dr Martens",
        "my Dr Martens boots are worn",
        "I love Dr. Martens shoes",
        "a bottle of Captain Morgan rum",
        "a Captain Morgan and coke",
        "a box of Captain Crunch cereal",
        "I had Captain Crunch",
        "Dr. Scholl's insoles",
        "a Dr Pepper please",
    ]);
    each(&[
        (
            "Mr. Clean said my results are fine",
            "Mr. [name] said my results are fine",
        ),
        ("Dr. Lee called", "Dr. [name] called"),
        (
            "Captain Morgan will be your pilot",
            "Captain [name] will be your pilot",
        ),
    ]);
}

/// "Dr. Martens" was always the boots (the thirty-seventh session's review, second
/// round): with its full stop, or where no possessive or article makes it a pair of
/// boots, it is a person, and the surname is masked later too.
#[test]
fn dr_martens_the_person_is_masked() {
    each(&[
        (
            "Dr. Martens is my cardiologist",
            "Dr. [name] is my cardiologist",
        ),
        (
            "I have an appointment with Dr. Martens.",
            "I have an appointment with Dr. [name].",
        ),
        ("My doctor is Dr. Martens", "My doctor is Dr. [name]"),
        // Without its full stop after "my", "new": a person where what follows is what
        // a person does or has (the second round's review found these shown).
        (
            "my Dr Martens told me to rest",
            "my Dr [name] told me to rest",
        ),
        (
            "my Dr Martens is a great surgeon",
            "my Dr [name] is a great surgeon",
        ),
        (
            "my Dr Martens appointment is today",
            "my Dr [name] appointment is today",
        ),
        (
            "a new Dr Martens joined the clinic",
            "a new Dr [name] joined the clinic",
        ),
        ("I saw Dr. Martens today", "I saw Dr. [name] today"),
        ("Dr. Martens, can you help?", "Dr. [name], can you help?"),
        ("Dr. Martens' office called", "Dr. [name]' office called"),
        (
            "an appointment with Dr Martens",
            "an appointment with Dr [name]",
        ),
        ("the office of Dr Martens", "the office of Dr [name]"),
        (
            "Dr. Martens said my results are fine",
            "Dr. [name] said my results are fine",
        ),
    ]);
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Dr. Martens is my cardiologist"),
            (Role::Customer, "Martens is great"),
        ]),
        ["Dr. [name] is my cardiologist", "[name] is great"]
    );
}

/// A title, any capitalised word and a word of goods were taken for a brand ("Mr. Smith
/// spray painted my car" shown): only a brand's fixed name is one.
#[test]
fn a_word_of_goods_after_a_surname_makes_no_brand() {
    each(&[
        (
            "Mr. Smith spray painted my car",
            "Mr. [name] spray painted my car",
        ),
        (
            "Mr. Okafor boots me off the call",
            "Mr. [name] boots me off the call",
        ),
        ("Dr. Kim boots patients", "Dr. [name] boots patients"),
        (
            "Captain Okafor spiced the food",
            "Captain [name] spiced the food",
        ),
        ("Dr. Patel shoes", "Dr. [name] shoes"),
        ("Dr. Patel soap", "Dr. [name] soap"),
        ("Mr. Okafor shampoo", "Mr. [name] shampoo"),
        ("Dr. Okafor sandals", "Dr. [name] sandals"),
    ]);
}

/// "Mr. A. B. said no" was shown: two initials in a row are a name, masked where they
/// stand (one alone is none: "Mr. T").
#[test]
fn two_initials_after_a_title_are_masked() {
    each(&[
        ("Mr. A. B. said no", "Mr. [name]. [name]. said no"),
        // Glued, the two are one word of the name.
        ("ask Dr. A.B. about it", "ask Dr. [name]. about it"),
    ]);
    stays(&["Mr. A. and B.", "ask Mr. T", "Dr. B's office"]);
}

/// "I'm Major Tom" and "I'm Pastor Okafor" masked the title, "I'm Captain Okafor" did
/// not: "Major" and "Pastor" capitalised are titles too.
#[test]
fn titles_after_im_behave_alike() {
    each(&[
        ("I'm Major Tom", "I'm Major [name]"),
        ("I'm Pastor Okafor", "I'm Pastor [name]"),
        ("I'm Captain Okafor", "I'm Captain [name]"),
        ("Pastor Okafor called", "Pastor [name] called"),
    ]);
    stays(&[
        "a major issue with my card",
        "Major credit cards accepted",
        "the pastor said so",
        "Sergeant Major",
    ]);
}

/// "I'm Gen Z" masked "Gen", and "This is Judge Smith" masked "Judge": after "I'm",
/// "this is", "Name:" or a thank-you, a title that is a word too was taken for the
/// name's first word. The title is left to be read as a title.
#[test]
fn a_title_after_an_introduction_is_no_name() {
    stays(&[
        "I'm Gen Z so I text",
        "I am Gen Z",
        "I'm Gen Z",
        "Gen Z here",
    ]);
    each(&[
        (
            "This is Judge Smith calling",
            "This is Judge [name] calling",
        ),
        ("I'm Judge Smith", "I'm Judge [name]"),
        ("Name: Judge Smith", "Name: Judge [name]"),
        ("my name is Judge Smith", "my name is Judge [name]"),
        ("Thanks, Judge Smith", "Thanks, Judge [name]"),
        ("I'm Capt. Smith", "I'm Capt. [name]"),
        ("I'm Sister Mary", "I'm Sister [name]"),
        ("I'm Ben Smith", "I'm [name] [name]"),
    ]);
    // Said again later, the surname is masked alone, never the title.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "This is Judge Smith"),
            (Role::Customer, "Judge Smith ruled, smith said no"),
        ]),
        ["This is Judge [name]", "Judge [name] ruled, [name] said no"]
    );
}

/// A rule masking a surname in lower case after a title of office in lower case
/// ("judge okafor ruled") masked days, drugs, shops and slips, and a masked word is
/// masked in the whole conversation: removed. Such a surname is a known leak.
#[test]
fn a_word_in_lower_case_after_a_title_of_office_in_lower_case_stays() {
    assert_eq!(
        masked_all(&[
            (Role::Customer, "the doctor thursday told me to wait"),
            (Role::Customer, "my appt is thursday"),
        ]),
        ["the doctor thursday told me to wait", "my appt is thursday"]
    );
    assert_eq!(
        masked_all(&[
            (Role::Customer, "my doctor hasnt called"),
            (Role::Customer, "he hasnt paid"),
        ]),
        ["my doctor hasnt called", "he hasnt paid"]
    );
    assert_eq!(
        masked_all(&[
            (Role::Customer, "the doctor zoloft told me"),
            (Role::Customer, "i take zoloft"),
        ]),
        ["the doctor zoloft told me", "i take zoloft"]
    );
    stays(&[
        "my doctor ozempic said to wait",
        "my doctor telehealth said",
        "judge covid ruled",
        "my doctor medicare said no",
        "the doctor ibuprofen said",
        "my doctor tylenol told me",
        "the doctor walgreens said",
        "my doctor cvs called",
        "my doctor kaiser said",
        "the doctor mychart said",
        "my doctor pcp told me",
        "the doctor months said",
        "the judge monday ruled",
        "my doctor said to rest",
        "the judge ruled against me",
        "my doctor definately said so",
        "señora muy amable",
        "sí señor por favor",
        "reverend al fresco dining",
        // Known leaks: a surname in lower case after these titles in lower case.
        "judge okafor ruled",
        "my doctor patel told me",
        "señora lopez",
    ]);
    // Capitalised, or in capitals, the title's rules still mask it.
    each(&[
        ("Judge Okafor ruled", "Judge [name] ruled"),
        ("ask DOCTOR OKAFOR", "ask DOCTOR [name]"),
    ]);
}
