//! Which metadata fields hold a secret or an identifier by their name: a field's
//! normalised name (`password`, `customer_phone`, `date_of_birth`, `dateofbirth`,
//! `ssn`, `iban`) → the mask its whole value becomes under `--redact` (`[secret]`,
//! `[phone]`, `[dob]`, `[ssn]`, `[iban]`, …); and a value of such a field → where it
//! stands apart in a text, so that the customer's phone number from the CRM is masked in
//! the chat too.

use super::memo::{Memo, remembered};
use super::names::{PLACEHOLDERS, find_ascii_caseless, fold, is_common_english};

const SECRET: &str = "[secret]";
const DOB: &str = "[dob]";
const PHONE: &str = "[phone]";
const SSN: &str = "[ssn]";
const ID: &str = "[id]";
const CARD: &str = "[card]";
const IBAN: &str = "[iban]";
const EMAIL: &str = "[email]";
const IP: &str = "[ip]";
const ACCOUNT: &str = "[account]";

/// The last words of a field's name, glued together (`date_of_birth`, `dateOfBirth` and
/// `DOB_date` aside: `dateofbirth`), that mark its value as a secret or an identifier,
/// with the value's mask. Sorted.
const FIELD_WORDS: &[(&str, &str)] = &[
    ("accesstoken", SECRET),
    ("accountno", ACCOUNT),
    ("accountnumber", ACCOUNT),
    ("apikey", SECRET),
    ("authtoken", SECRET),
    ("bankaccount", ACCOUNT),
    ("birthdate", DOB),
    ("birthday", DOB),
    ("birthyear", DOB),
    ("card", CARD),
    ("cardno", CARD),
    ("cardnumber", CARD),
    ("cell", PHONE),
    ("cellnumber", PHONE),
    ("cellphone", PHONE),
    ("contactnumber", PHONE),
    ("creditcard", CARD),
    ("csc", SECRET),
    ("cvc", SECRET),
    ("cvv", SECRET),
    ("cvv2", SECRET),
    ("dateofbirth", DOB),
    ("debitcard", CARD),
    ("dob", DOB),
    ("driverlicence", ID),
    ("driverlicense", ID),
    ("driverslicence", ID),
    ("driverslicense", ID),
    ("drivinglicence", ID),
    ("drivinglicense", ID),
    ("email", EMAIL),
    ("emailaddress", EMAIL),
    ("fax", PHONE),
    ("faxnumber", PHONE),
    ("iban", IBAN),
    ("ip", IP),
    ("ipaddress", IP),
    ("memorableword", SECRET),
    ("mobile", PHONE),
    ("mobileno", PHONE),
    ("mobilenumber", PHONE),
    ("mobilephone", PHONE),
    ("msisdn", PHONE),
    ("nationalid", ID),
    ("nationalidnumber", ID),
    ("nationalinsurance", ID),
    ("nationalinsurancenumber", ID),
    ("nino", ID),
    ("ninumber", ID),
    ("onetimecode", SECRET),
    ("onetimepassword", SECRET),
    ("otp", SECRET),
    ("passcode", SECRET),
    ("passphrase", SECRET),
    ("passport", ID),
    ("passportno", ID),
    ("passportnumber", ID),
    ("passwd", SECRET),
    ("password", SECRET),
    ("phone", PHONE),
    ("phoneno", PHONE),
    ("phonenumber", PHONE),
    ("pin", SECRET),
    ("pincode", SECRET),
    ("pinnumber", SECRET),
    ("pwd", SECRET),
    ("refreshtoken", SECRET),
    ("routingnumber", ACCOUNT),
    ("secret", SECRET),
    ("secretanswer", SECRET),
    ("securityanswer", SECRET),
    ("securitycode", SECRET),
    ("securityquestionanswer", SECRET),
    ("sessiontoken", SECRET),
    ("socialsecurity", SSN),
    ("socialsecurityno", SSN),
    ("socialsecuritynumber", SSN),
    ("sortcode", ACCOUNT),
    ("ssn", SSN),
    ("taxid", ID),
    ("tel", PHONE),
    ("telephone", PHONE),
    ("telephonenumber", PHONE),
    ("telno", PHONE),
    ("verificationcode", SECRET),
    ("whatsapp", PHONE),
    ("whatsappnumber", PHONE),
    ("yearofbirth", DOB),
];

/// The mask of a metadata field (by normalised name) whose name marks its value as a
/// secret or an identifier: its last words, in any case and with or without `_`
/// between them, are one of `FIELD_WORDS` (`password`, `customer_pin`, `ssn`,
/// `social_security_number`, `dob`, `date_of_birth`, `birthDate`, `phone`,
/// `home_phone`, `mobile`, `tel`, `account_number`, `iban`, `card_number`, …). A flag
/// about one is none (`is_mobile`, `has_phone`), nor is a field of which the word is
/// not the last (`phone_verified`, `card_type`, `mobile_app`). Kept for the next time
/// the same field comes (`memo.rs`): every packet asks it of each of its fields, and a
/// file's fields are the same in each.
pub fn field_mask(field: &str) -> Option<&'static str> {
    thread_local! {
        static MASKS: Memo<Option<&'static str>> = Memo::default();
    }
    remembered(&MASKS, field, mask_by_words)
}

/// [`field_mask`], found.
fn mask_by_words(field: &str) -> Option<&'static str> {
    let words: Vec<&str> = field.split('_').filter(|w| !w.is_empty()).collect();
    if matches!(words.first(), Some(&("is" | "has"))) {
        return None;
    }
    (0..words.len()).find_map(|from| {
        let glued = words[from..].concat();
        FIELD_WORDS
            .binary_search_by_key(&glued.as_str(), |&(word, _)| word)
            .ok()
            .map(|i| FIELD_WORDS[i].1)
    })
}

/// Whether a value of a secret field is worth hunting for in texts: four characters or
/// more, not one that stands for none (`N/A`, `unknown`) nor a common English word (a
/// `card` field's "visa").
pub(super) fn worth_hunting(value: &str) -> bool {
    let folded = fold(value);
    value.chars().count() >= 4
        && PLACEHOLDERS.binary_search(&folded.as_str()).is_err()
        && !is_common_english(&folded)
}

/// Where `value` stands apart in `text`, its ASCII letters in any case: not glued to a
/// letter, a digit or `_` on either side.
pub(super) fn value_spans(text: &str, value: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let glued = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut from = 0;
    while let Some(start) = find_ascii_caseless(text, value, from) {
        let end = start + value.len();
        if !glued(text[..start].chars().next_back()) && !glued(text[end..].chars().next()) {
            out.push((start, end));
            from = end;
        } else {
            from = start + text[start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans_of(text: &str, value: &str) -> Vec<(usize, usize)> {
        value_spans(text, value)
    }
    use crate::redact::is_mask_token;
    use crate::transcript::normalize_field;

    #[test]
    fn the_table_is_sorted_and_its_masks_are_masks() {
        assert!(FIELD_WORDS.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(FIELD_WORDS.iter().all(|(_, mask)| is_mask_token(mask)));
    }

    /// The columns of `pii_cols.csv` and `pii_contacts.csv`.
    #[test]
    fn fields_named_as_secrets_or_identifiers_are_found_in_any_spelling() {
        for (field, mask) in [
            ("password", "[secret]"),
            ("Password", "[secret]"),
            ("customer_pin", "[secret]"),
            ("PIN code", "[secret]"),
            ("ssn", "[ssn]"),
            ("social_security", "[ssn]"),
            ("Social Security Number", "[ssn]"),
            ("dob", "[dob]"),
            ("DOB", "[dob]"),
            ("date_of_birth", "[dob]"),
            ("dateOfBirth", "[dob]"),
            ("birth_date", "[dob]"),
            ("Birthday", "[dob]"),
            ("phone", "[phone]"),
            ("Home Phone", "[phone]"),
            ("phone_number", "[phone]"),
            ("Mobile", "[phone]"),
            ("tel", "[phone]"),
            ("account_number", "[account]"),
            ("sort_code", "[account]"),
            ("routing_number", "[account]"),
            ("Bank Account Number", "[account]"),
            ("iban", "[iban]"),
            ("card", "[card]"),
            ("credit-card-number", "[card]"),
            ("Email", "[email]"),
            ("passport_no", "[id]"),
            // A secret question's answer, named either way.
            ("secret_answer", "[secret]"),
            ("Security Question Answer", "[secret]"),
        ] {
            assert_eq!(field_mask(&normalize_field(field)), Some(mask), "{field}");
        }
    }

    #[test]
    fn fields_that_only_mention_one_are_not_found() {
        for field in [
            "phone_verified",
            "is_mobile",
            "has_phone",
            "card_type",
            "mobile_app",
            "hotel",
            "microphone",
            "pinned",
            "spin",
            "company",
            "address",
            "name",
            "tier",
            "email_verified",
            "birthday_month_name",
            "secret_question",
            "security_question",
        ] {
            assert_eq!(field_mask(&normalize_field(field)), None, "{field}");
        }
    }

    #[test]
    fn values_are_found_apart_in_any_case() {
        assert_eq!(
            spans_of("call 2079460958, not 42079460958", "2079460958"),
            vec![(5, 15)]
        );
        assert_eq!(spans_of("It's Hunter2.", "hunter2"), vec![(5, 12)]);
        assert_eq!(spans_of("hunter22 xhunter2", "hunter2"), vec![]);
        // Letters beyond ASCII as written, the ASCII ones in any case.
        assert_eq!(spans_of("It's PäSSWORT1.", "pässwort1"), vec![(5, 15)]);
        assert_eq!(spans_of("It's PÄSSWORT1.", "pässwort1"), vec![]);
        assert!(worth_hunting("hunter2"));
        assert!(!worth_hunting("N/A"));
        assert!(!worth_hunting("visa"));
        assert!(!worth_hunting("123"));
    }
}
