//! Values after their labels: a text → the spans of the dates of birth and the passport
//! and national insurance or identity numbers in it, each after the words that announce
//! it ("DOB:", "born on", "passport no."), which stay. Beside the spans taken before
//! (a value taken already is not taken again). Whether "born" is of a person is
//! `born.rs`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::Kind;
use super::taken::Taken;

mod born;
use born::{born_of_someone, born_then_a_date};

/// Takes the spans of dates of birth, then of identity numbers, that no span taken
/// overlaps.
pub(super) fn spans(text: &str, taken: &mut Taken) {
    for (regex, kind) in [
        (&BIRTH, Kind::Dob),
        (&SSN_NUMBER, Kind::Ssn),
        (&ID_NUMBER, Kind::Id),
        (&ACCOUNT_NUMBER, Kind::Account),
    ] {
        for found in regex.captures_iter(text) {
            let (Some(whole), Some(value)) = (found.get(0), found.get(1)) else {
                continue;
            };
            if kind == Kind::Dob
                && !born_of_someone(text, whole.start())
                && !born_then_a_date(text, whole.start(), value.as_str())
            {
                continue;
            }
            let valid = match kind {
                Kind::Dob => {
                    date_valid(value.as_str()) && !birthday_year(&found[0], value.as_str())
                }
                Kind::Ssn => value.as_str().bytes().filter(u8::is_ascii_digit).count() == 9,
                Kind::Account => {
                    account_number(&found[0], value.as_str())
                        && !(bare_account(&found[0].to_ascii_lowercase())
                            && an_amount(text, value.end()))
                }
                _ => id_number(value.as_str()),
            };
            if valid && !taken.overlaps(value.start(), value.end()) {
                taken.push((value.start(), value.end(), kind.mask()));
            }
        }
        taken.settle();
    }
}

/// A date of birth after the words that announce it ("DOB: 03/04/1985", "my date of
/// birth is 1985-03-04", "born on 4 March 1985", "d.o.b 12.05.1990", "birthday is March
/// 4th, 1985", "born in 1985", "year of birth: 1985"), a few small words ("is", "on",
/// "the") between them. The date is the group; other dates stay ("my order from
/// 03/04/2024"), and so does a year alone after "birthday" ([`birthday_year`]).
static BIRTH: LazyLock<Regex> = LazyLock::new(|| {
    let date = date_pattern();
    let pattern = format!(
        r"(?i)(?-u:\b)(?:d\.?\s?o\.?\s?b|date\s+of\s+birth|year\s+of\s+birth|birth\s?date|birth\s?year|birth\s?day|born)(?-u:\b)\.?(?:[\s:=,?–—-]+(?:is|was|on|the|of|in|it['’]?s)(?-u:\b)){{0,3}}[\s:=,?–—-]*({date})(?-u:\b)"
    );
    Regex::new(&pattern).expect("the birth pattern is valid")
});

/// A date as a person's birth is written: `03/04/1985`, `1985-03-04`, `4 March 1985`,
/// `March 4th, 1985`, `May 15th`, `March 1985`, a year alone.
fn date_pattern() -> String {
    const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?";
    const DAY: &str = r"[0-3]?[0-9](?:st|nd|rd|th)?";
    format!(
        r"[0-9]{{1,2}}[./-][0-9]{{1,2}}[./-](?:[0-9]{{4}}|[0-9]{{2}})|[0-9]{{4}}[./-][0-9]{{1,2}}[./-][0-9]{{1,2}}|{DAY}(?:\s+of)?\s+{MONTH}(?:,?\s+(?:[0-9]{{4}}|'?[0-9]{{2}}))?|{MONTH}\s+{DAY}(?:,?\s+(?:[0-9]{{4}}|'?[0-9]{{2}}))?|{MONTH},?\s+[0-9]{{4}}|(?:19|20)[0-9]{{2}}"
    )
}

/// A date anywhere in a text, as [`date_pattern`] writes one.
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)(?-u:\b)(?:{})(?-u:\b)", date_pattern()))
        .expect("the date pattern is valid")
});

/// Where the dates are in `text` (a reply to a question for the date of birth: "02/12/1927",
/// "Um, May 8, 1927.", "sometime around 1918"), in order.
pub(in crate::redact) fn dates(text: &str) -> Vec<(usize, usize)> {
    DATE.find_iter(text)
        .filter(|m| date_valid(m.as_str()))
        .map(|m| (m.start(), m.end()))
        .collect()
}

/// A US social security number after its label, written without dashes ("my ssn is
/// 078051120", "social security number: 078 05 1120"; one with dashes is found as it is
/// written). The number is the group; nine digits ([`spans`]).
static SSN_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:ssn|social\s+security(?:\s+(?:number|no\.?|num|nr\.?|#))?)(?:[\s:=,–—-]+(?:is|was|it['’]?s|reads)(?-u:\b)){0,2}[\s:=#,–—-]*([0-9]{3}[\s.-]?[0-9]{2}[\s.-]?[0-9]{4})(?-u:\b)",
    )
    .expect("the ssn pattern is valid")
});

/// A passport, national insurance, national identity or driving licence number after
/// its label ("passport number X1234567", "passport no: 123456789", "my NI number is QQ
/// 12 34 56 C", "national insurance AB123456C", "my driver's license number is
/// D1234567", "licence no JONES961102W99YT"), a few small words between them. The
/// number is the group: a UK national insurance number, or letters and digits with five
/// digits or more ([`id_number`]). Not "ID" alone: an order's or a ride's id is no
/// one's identity.
static ID_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    const NUMBER: &str = r"(?:number|no\.?|num|nr\.?|#)";
    let pattern = format!(
        r"(?i)(?-u:\b)(?:driv(?:er['’]?s?|ing)\s+licen[cs]e(?:\s+{NUMBER})?|licen[cs]e\s+{NUMBER}|passport(?:\s+{NUMBER})?|national\s+insurance(?:\s+{NUMBER})?|(?:ni|nino|nin)\s+{NUMBER}|national\s+id(?:entity)?(?:\s+card)?(?:\s+{NUMBER})?|id(?:entity)?\s+card(?:\s+{NUMBER})?)(?:[\s:=,–—-]+(?:is|was|it['’]?s|reads)(?-u:\b)){{0,2}}[\s:=#,–—-]*([A-Z]{{2}}\s?[0-9]{{2}}\s?[0-9]{{2}}\s?[0-9]{{2}}\s?[A-D]|[A-Z]{{1,2}}\s[0-9]{{5,9}}|[A-Z]{{0,2}}[0-9]{{2,6}}(?:[\s-][0-9]{{1,6}}){{1,3}}|[A-Z0-9]{{5,18}})(?-u:\b)"
    );
    Regex::new(&pattern).expect("the id pattern is valid")
});

/// A bank account, sort code or routing number after its label ("account number
/// 12345678", "acct # 0012-3344", "bank account: 12345678", "sort code 20-00-00",
/// "routing number 021000021", "ABA 021000021"), a few small words between them. The
/// number is the group, digits in groups with a space or a dash too; how many digits
/// each label takes is [`account_number`]'s ("Account" alone, "acct" or "a/c", five
/// digits or more: "Account 84318931431, forgot the PIN", STAR star-6346; "account
/// 123456"); "order", "booking", "flight"
/// and "ticket" numbers are no one's money and stay.
static ACCOUNT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    const NUMBER: &str = r"(?:number|no\.?|num|nr\.?|#)";
    let pattern = format!(
        r"(?i)(?-u:\b)(?:(?:bank|checking|chequing|current|savings)\s+(?:account|acct)(?:\s*{NUMBER})?|(?:account|acc|a/c)\s*{NUMBER}|account|acct\.?(?:\s*{NUMBER})?|a/c|sort\s*code|(?:routing|aba|transit)(?:\s+{NUMBER})?)(?:[\s:=,–—-]+(?:is|was|it['’]?s|reads)(?-u:\b)){{0,2}}[\s:=#,–—-]*([0-9]{{2,17}}(?:[ -][0-9]{{2,17}}){{0,4}})(?-u:\b)"
    );
    Regex::new(&pattern).expect("the account pattern is valid")
});

/// Whether a value [`ACCOUNT_NUMBER`] found after `label` (the whole match) is the
/// number its label names: six digits for a sort code, nine for a routing number, five
/// to seventeen for an account (US account numbers run to seventeen).
fn account_number(label: &str, value: &str) -> bool {
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    let label = label.to_ascii_lowercase();
    if label.starts_with("sort") {
        digits == 6
    } else if ["routing", "aba", "transit"]
        .iter()
        .any(|word| label.starts_with(word))
    {
        digits == 9
    } else {
        (5..=17).contains(&digits)
    }
}

/// Whether `label`, a match of [`ACCOUNT_NUMBER`] in lower case, says only "account",
/// "acct" or "a/c" ("Account 84318931431", "my account is 85731890", "a/c 123456"): no bank's word
/// nor "number" before the digits, which may then be an amount in the account ("account
/// 12345.50": [`an_amount`]).
fn bare_account(label: &str) -> bool {
    let Some(rest) = ["account", "acct", "a/c"]
        .iter()
        .find_map(|word| label.strip_prefix(word))
    else {
        return false;
    };
    let rest = rest.trim_start_matches('.').trim_start();
    !["number", "no", "num", "nr", "#"]
        .iter()
        .any(|word| rest.starts_with(word))
}

/// Whether the digits that end at `end` of `text` are an amount's whole part: a `.` or
/// `,` then a digit ("account 12345.50", "account 12,500").
fn an_amount(text: &str, end: usize) -> bool {
    text[end..]
        .strip_prefix(['.', ','])
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// Whether a date [`BIRTH`] found may be one: its day at most 31 and its month at most 12
/// when written in digits (day and month in either order: "03/04/1985" is March or
/// April).
fn date_valid(date: &str) -> bool {
    let parts: Vec<u32> = date
        .split(['.', '/', '-'])
        .map(|part| part.trim().parse().unwrap_or(u32::MAX))
        .collect();
    match parts[..] {
        [year, month, day] if year > 31 => (1..=12).contains(&month) && (1..=31).contains(&day),
        [a, b, _] => {
            let (low, high) = (a.min(b), a.max(b));
            (1..=12).contains(&low) && high <= 31
        }
        // Written with a month's name, or a year alone.
        _ => true,
    }
}

/// Whether `date`, found by [`BIRTH`] in `found`, is a year alone after "birthday": the
/// year a birthday is in ("my birthday 2024 party", "my birthday is in 2025"), not the
/// year of the birth, which "born in", "year of birth" or "DOB" announce.
fn birthday_year(found: &str, date: &str) -> bool {
    let cue = found.to_ascii_lowercase();
    let birthday = cue
        .strip_prefix("birth")
        .is_some_and(|rest| rest.trim_start().starts_with("day"));
    birthday && date.bytes().all(|b| b.is_ascii_digit())
}

/// Whether a value [`ID_NUMBER`] found is an identity number: five digits or more
/// ("X1234567", "123 456 789"), or a UK national insurance number ("QQ 12 34 56 C"),
/// not a word ("passport is expired", "passport number please").
fn id_number(value: &str) -> bool {
    value.bytes().filter(u8::is_ascii_digit).count() >= 5
}
