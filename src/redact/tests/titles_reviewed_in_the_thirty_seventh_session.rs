//! Over-masking and leaks after a title a review found (the thirty-seventh session): an
//! initial alone ("Dr. B's", "Mr. T"), a brand ("Mr. Clean spray", "my Dr Martens"), a
//! title that is a word too read as a name after "I'm" or "this is" ("I'm Gen Z", "This
//! is Judge Smith"); and a surname in lower case after a title of office in lower case
//! ("judge okafor ruled"), masked by a narrow rule. Each beside a near miss.

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

/// "Mr. Clean spray" and "my Dr Martens" were masked: a title and a word before goods
/// are a brand, and two brands are a title and a name whatever follows but a person's
/// verb.
#[test]
fn a_brand_after_a_title_stays() {
    stays(&[
        "I used Mr. Clean spray on the counter",
        "Mr. Clean Magic Eraser works",
        "I used Mr. Clean on it",
        "I wore my Dr Martens today",
        "my Dr. Martens are worn out",
        "my Dr Martens boots are worn",
        "a bottle of Captain Morgan rum",
        "a box of Captain Crunch cereal",
    ]);
    each(&[
        (
            "Dr. Martens said my results are fine",
            "Dr. [name] said my results are fine",
        ),
        ("Dr. Lee called", "Dr. [name] called"),
        (
            "Captain Morgan will be your pilot",
            "Captain [name] will be your pilot",
        ),
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

/// "judge okafor", "my doctor patel told me", "reverend al sharpton spoke", "señora
/// lopez" were shown: a surname in lower case after a title of office in lower case is
/// masked where no common word, no verb's form or slip of one, and the sentence says a
/// person is named (a person's verb follows, a possessive, or the text or a clause ends
/// where no "the" or "my" makes the title a noun).
#[test]
fn a_surname_in_lower_case_after_a_title_of_office_in_lower_case() {
    each(&[
        ("judge okafor", "judge [name]"),
        (
            "judge okafor ruled against me",
            "judge [name] ruled against me",
        ),
        ("my doctor patel told me", "my doctor [name] told me"),
        ("my doctor patel's office", "my doctor [name]'s office"),
        ("reverend al sharpton spoke", "reverend [name] [name] spoke"),
        (
            "reverend jesse jackson spoke",
            "reverend [name] [name] spoke",
        ),
        ("señora lopez", "señora [name]"),
        ("señora lopez, please", "señora [name], please"),
        ("señor garcia called", "señor [name] called"),
        ("Señor garcia called", "Señor [name] called"),
    ]);
    // Ordinary words after these titles stay: what the doctor or the judge did, a slip,
    // a drug, a visit.
    stays(&[
        "my doctor said to rest",
        "the judge ruled against me",
        "my doctor definately said so",
        "my doctor presciption said 2 a day",
        "my doctor mri.",
        "the judge adjourned",
        "the doctor deductible is high",
        "the doctor ekg was fine",
        "señora muy amable",
        "sí señor por favor",
        "reverend al fresco dining",
        "call doctor asap",
        "see doctor tmrw",
        "judge pls",
    ]);
    // Known leaks, the price of the above: a surname after "the doctor" or "my doctor"
    // that no person's verb follows, and one after a title of office left out
    // ("captain": "captain obvs" is slang).
    stays(&[
        "the doctor okafor",
        "my doctor patel is great",
        "captain picard called",
    ]);
}
