//! Titles of rank, office, faith and address before a name ("Capt. Smith", "Judge
//! Judy", "Sister Mary", "Sra. Lopez"), each beside a near miss that stays: an
//! abbreviation of another word ("Gen Z", "Sr Manager", "Rev 3"), a common word after a
//! title that is a word too ("my father Said", "the judge Ruled", "Doctor Who"); and
//! the titles that are words taking initials and a slip of punctuation ("Nurse J. Joy",
//! "Officer:Dibble") as "Dr" does.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// "Capt Smith", "Rev. Jones", "Sgt Murphy" … were shown: only "Dr", "Mr", "Ms", "Mrs",
/// "Mx", "Prof", "Miss", "Sir", "Nurse" and "Officer" were titles.
#[test]
fn titles_of_rank_office_and_faith_before_a_capitalised_name() {
    each(&[
        ("Capt Smith called", "Capt [name] called"),
        ("Capt. Smith called", "Capt. [name] called"),
        ("ask Captain Harper", "ask Captain [name]"),
        ("Rev. Jones said so", "Rev. [name] said so"),
        ("Reverend Okafor is here", "Reverend [name] is here"),
        ("Professor Xavier called", "Professor [name] called"),
        ("Doctor Johnson said", "Doctor [name] said"),
        ("my doctor Johnson said", "my doctor [name] said"),
        ("Sgt Murphy called", "Sgt [name] called"),
        ("Sergeant Murphy called", "Sergeant [name] called"),
        ("Lt. Dan is here", "Lt. [name] is here"),
        ("Col Sanders called", "Col [name] called"),
        ("Gen. Patton called", "Gen. [name] called"),
        ("Detective Pikachu called", "Detective [name] called"),
        ("Judge Judy said", "Judge [name] said"),
        ("Sister Mary called", "Sister [name] called"),
        ("Father Okonkwo called", "Father [name] called"),
        ("Lady Gaga sang", "Lady [name] sang"),
        ("Lord Voldemort came", "Lord [name] came"),
        ("Dame Edna called", "Dame [name] called"),
        ("Sr. Garcia called", "Sr. [name] called"),
        ("Sra Lopez called", "Sra [name] called"),
        ("CAPT. Smith called", "CAPT. [name] called"),
    ]);
}

/// Abbreviations of other words, and words after a title that is a word too, name no
/// one.
#[test]
fn an_abbreviation_of_another_word_or_a_common_word_after_a_title_stays() {
    stays(&[
        "Gen Z customers",
        "Gen Xers and Gen Zers",
        "a Gen 2 device",
        "Gen Alpha kids",
        "see Col A of the sheet",
        "Col B is empty",
        "Lt Blue paint",
        "Rev 3 of the form",
        "Sr Manager here",
        "I am the Sr. Engineer",
        "Sgt Pepper is an album",
        "my father Said no",
        "the judge Ruled against me",
        "Doctor Who is on",
        "Doctor Sleep is a film",
        "my sister Lives there",
        "Lady Luck was with me",
        "Oh Lord Have mercy",
        "Lord Jesus!",
        "Captain America is a film",
        "the Captain Said so",
        "Detective Work is hard",
        "Father Christmas came",
        "Sister Act is on",
        "Dame Street",
        "Dear Sir/Madam,",
        "the Sergeant Major said",
    ]);
}

/// "Nurse J. Joy", "Nurse.Joy" and "Officer:Dibble" were shown: a title that is a word
/// too took neither initials nor a slip of punctuation, as "Dr" does.
#[test]
fn titles_that_are_words_take_initials_and_a_slip_of_punctuation() {
    each(&[
        ("Nurse J. Joy called", "Nurse [name]. [name] called"),
        ("Officer A. B. Dibble", "Officer [name]. [name]. [name]"),
        ("Capt. J. Smith called", "Capt. [name]. [name] called"),
        ("Nurse.Joy came", "Nurse.[name] came"),
        ("Officer:Dibble came", "Officer:[name] came"),
        ("Sir,Alan came", "Sir,[name] came"),
        ("Sgt.Murphy came", "Sgt.[name] came"),
    ]);
    stays(&[
        "Thank you sir,Have a nice day",
        "the nurse.She said no",
        "Sir I think so",
        "the officer,so what",
        "Nurse A lot of pain",
        "the nurse. Tylenol helps",
    ]);
}

/// A name after one of these titles is remembered as after "Dr".
#[test]
fn a_name_after_a_new_title_is_masked_later() {
    let rows = [
        (Role::Customer, "Capt. Harper called"),
        (Role::Customer, "Harper said so"),
    ];
    assert_eq!(masked_all(&rows)[1], "[name] said so");
}
