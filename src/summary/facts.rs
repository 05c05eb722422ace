//! Key facts: the numbers, amounts, plans, codes, dates and names a human agent would
//! otherwise scroll back for, found with patterns (no model, no network).

use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

/// One fact, as written in the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub kind: FactKind,
    pub text: String,
    /// 1-based message number it was first seen in.
    pub turn: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    Amount,
    Quantity,
    Plan,
    ErrorCode,
    Reference,
    Date,
    Name,
}

/// Patterns by kind, most specific first: a span claimed by one is not reused by the next.
static PATTERNS: LazyLock<Vec<(FactKind, Regex)>> = LazyLock::new(|| {
    const MONTH: &str = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    let patterns = [
        (
            FactKind::Amount,
            r"(?i)(?:[$€£¥]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:k|m|bn)\b)?|\b\d[\d,]*(?:\.\d+)?\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|bucks)\b)".to_owned(),
        ),
        (
            FactKind::Date,
            format!(
                r"(?i)\b(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:\s+\d{{4}})?)\b"
            ),
        ),
        (
            FactKind::ErrorCode,
            r"(?i)\b(?:error|err|code|status)\s*(?:code\s*)?[:#]?\s*[a-z]{0,4}[-_]?\d{2,}\b|\b(?:E|ERR|HTTP)[-_]?\d{3,}\b".to_owned(),
        ),
        (
            FactKind::Reference,
            r"(?i)(?:\b(?:order|invoice|ticket|case|account|booking|reservation|confirmation)\s*(?:number|no\.?|id|#)?\s*[:#]?\s*[a-z]{0,3}[-]?\d[\d-]{3,}\b|#\d{3,}\b)".to_owned(),
        ),
        (
            FactKind::Plan,
            r"(?i)\b(?:free|basic|starter|standard|pro|professional|premium|plus|business|team|enterprise|growth|scale|ultimate)\s+(?:plan|tier|edition|subscription|package|license|licence)\b".to_owned(),
        ),
        (
            FactKind::Quantity,
            r"(?i)\b\d[\d,]*(?:\.\d+)?\s+(?:seats?|users?|licen[cs]es?|agents?|employees?|people|persons?|guests?|rooms?|nights?|tickets?|accounts?|devices?|locations?|stores?|orders?|items?|units?|months?|years?|weeks?|days?|hours?|minutes?|gb|tb|mb)\b".to_owned(),
        ),
    ];
    patterns
        .into_iter()
        .map(|(kind, p)| (kind, Regex::new(&p).expect("fact patterns are valid")))
        .collect()
});

/// Words that start with a capital letter mid-sentence without naming anything.
const NOT_NAMES: &[&str] = &[
    "I",
    "I'm",
    "I've",
    "I'd",
    "I'll",
    "OK",
    "Ok",
    "Okay",
    "Hi",
    "Hello",
    "Hey",
    "Thanks",
    "Thank",
    "Yes",
    "No",
    "Please",
    "Sorry",
    "Mr",
    "Mrs",
    "Ms",
    "Dr",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "AM",
    "PM",
    "The",
    "A",
    "An",
];

/// Facts in `text` (message number `turn`), appended to `out` unless already there.
pub(super) fn extract(text: &str, turn: usize, out: &mut Vec<Fact>) {
    let mut claimed: Vec<(usize, usize)> = Vec::new();
    let mut found: Vec<(usize, Fact)> = Vec::new();
    for (kind, re) in PATTERNS.iter() {
        for m in re.find_iter(text) {
            if claimed.iter().any(|&(a, b)| m.start() < b && a < m.end()) {
                continue;
            }
            claimed.push((m.start(), m.end()));
            found.push((
                m.start(),
                Fact {
                    kind: *kind,
                    text: m.as_str().trim().to_owned(),
                    turn,
                },
            ));
        }
    }
    for (start, name) in names(text) {
        let end = start + name.len();
        if !claimed.iter().any(|&(a, b)| start < b && a < end) {
            found.push((
                start,
                Fact {
                    kind: FactKind::Name,
                    text: name.to_owned(),
                    turn,
                },
            ));
        }
    }
    found.sort_by_key(|(start, _)| *start);
    for (_, fact) in found {
        if !out.iter().any(|f| f.text.eq_ignore_ascii_case(&fact.text)) {
            out.push(fact);
        }
    }
}

/// Runs of capitalised words that do not start a sentence: product, company and place
/// names ("Google Sheets", "Salesforce"). Byte offset and text of each.
fn names(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut sentence_start = true;
    let mut run: Option<(usize, usize)> = None;
    let mut words = text
        .split_inclusive(char::is_whitespace)
        .scan(0usize, |offset, piece| {
            let start = *offset;
            *offset += piece.len();
            Some((start, piece))
        })
        .peekable();
    while let Some((start, piece)) = words.next() {
        let word = piece.trim_end();
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'');
        let lead = word.len()
            - word
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let capitalised = bare.chars().next().is_some_and(char::is_uppercase)
            && bare.chars().skip(1).any(char::is_lowercase)
            && !NOT_NAMES.contains(&bare);
        if capitalised && !sentence_start {
            let (s, _) = run.unwrap_or((start + lead, 0));
            run = Some((s, start + lead + bare.len()));
        } else if let Some((s, e)) = run.take() {
            out.push((s, &text[s..e]));
        }
        let ends_run = word.ends_with([',', ';', ':', ')', '"']);
        if ends_run && let Some((s, e)) = run.take() {
            out.push((s, &text[s..e]));
        }
        sentence_start = word.is_empty()
            || word.ends_with(['.', '!', '?'])
            || piece.contains('\n')
            || (start == 0 && words.peek().is_some() && bare.is_empty());
    }
    if let Some((s, e)) = run {
        out.push((s, &text[s..e]));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn facts(text: &str) -> Vec<(FactKind, String)> {
        let mut out = Vec::new();
        extract(text, 1, &mut out);
        out.into_iter().map(|f| (f.kind, f.text)).collect()
    }

    #[test]
    fn amounts_quantities_and_plans() {
        assert_eq!(
            facts("Can we get the Business plan for 400 seats under $12,000 a year?"),
            [
                (FactKind::Plan, "Business plan".into()),
                (FactKind::Quantity, "400 seats".into()),
                (FactKind::Amount, "$12,000".into()),
            ]
        );
        assert_eq!(
            facts("you charged me 49.99 EUR twice"),
            [(FactKind::Amount, "49.99 EUR".into())]
        );
    }

    #[test]
    fn codes_references_and_dates() {
        assert_eq!(
            facts("Since March 3 the sync fails with error 502 on order #88123"),
            [
                (FactKind::Date, "March 3".into()),
                (FactKind::ErrorCode, "error 502".into()),
                (FactKind::Reference, "order #88123".into()),
            ]
        );
        assert_eq!(
            facts("invoice INV-2024-0042 from 2024-02-29"),
            [
                (FactKind::Reference, "invoice INV-2024-0042".into()),
                (FactKind::Date, "2024-02-29".into()),
            ]
        );
        assert_eq!(
            facts("it says E1234"),
            [(FactKind::ErrorCode, "E1234".into())]
        );
    }

    #[test]
    fn names_are_capitalised_words_inside_a_sentence() {
        assert_eq!(
            facts("We export to Google Sheets and sync with Salesforce, daily."),
            [
                (FactKind::Name, "Google Sheets".into()),
                (FactKind::Name, "Salesforce".into()),
            ]
        );
        // Sentence starts, "I" and weekdays are not names.
        assert!(facts("Yes. I tried on Monday. Nothing works").is_empty());
    }

    #[test]
    fn plain_numbers_are_not_facts() {
        assert!(facts("I tried 3 times, it is 2 steps away, top 10").is_empty());
        assert!(facts("call me at 5").is_empty());
    }

    #[test]
    fn a_fact_is_kept_once() {
        let mut out = Vec::new();
        extract("the Pro plan", 1, &mut out);
        extract("so the pro plan then", 3, &mut out);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].turn, 1);
    }
}
