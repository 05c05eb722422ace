//! Key facts: the numbers, amounts, plans, codes, dates and names a human agent would
//! otherwise scroll back for, found with patterns (no model, no network).

use std::sync::LazyLock;

use regex::{Regex, RegexSet};
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

/// Patterns by kind, most specific first: a span claimed by one is not reused by the
/// next; and all of them in one set, which tells in one pass which of them to run (most
/// messages hold no fact of most kinds).
static PATTERNS: LazyLock<(RegexSet, Vec<(FactKind, Regex)>)> = LazyLock::new(|| {
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
            r"(?i)\b(?:\d[\d,]*(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a hundred|a thousand)\s+(?:seats?|users?|licen[cs]es?|agents?|employees?|people|persons?|guests?|rooms?|nights?|tickets?|accounts?|devices?|locations?|stores?|orders?|items?|units?|months?|years?|weeks?|days?|hours?|minutes?|gb|tb|mb)\b".to_owned(),
        ),
    ];
    let set = RegexSet::new(patterns.iter().map(|(_, p)| p)).expect("fact patterns are valid");
    let each = patterns
        .into_iter()
        .map(|(kind, p)| (kind, Regex::new(&p).expect("fact patterns are valid")))
        .collect();
    (set, each)
});

/// Words that start with a capital letter mid-sentence without naming anything.
const NOT_NAMES: &[&str] = &[
    "I",
    "I'm",
    "I've",
    "I'd",
    "I'll",
    "Im",
    "Ive",
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
    let (set, patterns) = &*PATTERNS;
    for i in &set.matches(text) {
        let (kind, re) = &patterns[i];
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

/// Words that often start a sentence (or a sentence without a full stop before it)
/// capitalised, without being a name.
const STARTERS: &[&str] = &[
    "My", "We", "It", "It's", "This", "That", "What", "When", "Where", "How", "Why", "Who", "Can",
    "Could", "Would", "Will", "Do", "Does", "Did", "Is", "Are", "Was", "Our", "Your", "If", "So",
    "But", "And", "Just", "Also", "Then", "There", "They", "You", "He", "She", "Not", "Now",
    "Great", "Good", "Sure", "Maybe", "Well", "Oh", "Wait", "Let", "Me", "Am", "Has", "Have",
    "Had", "That's", "What's", "Pm", "Should", "Shall", "May", "Might", "Must", "Any", "All",
    "One",
];

/// Runs of capitalised words that are not just a sentence's first word: product,
/// company, place and person names ("Google Sheets", "Salesforce", "Tyler Jones", "Dr.
/// Johnson"). Byte offset and text of each.
fn names(text: &str) -> Vec<(usize, &str)> {
    // An ellipsis ends a sentence as a full stop does; same length, so offsets hold.
    let spaced = text.replace("...", ". .");
    let mut out = Vec::new();
    let mut sentence_start = true;
    // The sentence's first word, or a title ("Dr."), when it may be the start of a name.
    let mut opener: Option<(usize, usize)> = None;
    let mut run: Option<(usize, usize)> = None;
    let mut offset = 0;
    for piece in spaced.split_inclusive(char::is_whitespace) {
        let start = offset;
        offset += piece.len();
        let word = piece.trim_end();
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lead = word.len()
            - word
                .trim_start_matches(|c: char| !c.is_alphanumeric())
                .len();
        let (b_start, b_end) = (start + lead, start + lead + bare.len());
        let title = super::sentences::is_title(bare);
        let capitalised = capitalised(bare) && may_be_name(bare);
        if capitalised && !sentence_start {
            let begin = run.map_or_else(|| opener.map_or(b_start, |(s, _)| s), |(s, _)| s);
            run = Some((begin, b_end));
        } else if let Some((s, e)) = run.take() {
            out.push((s, &text[s..e]));
        }
        opener = ((capitalised && sentence_start) || title).then_some((b_start, b_end));
        if !bare.is_empty() && word.ends_with([',', ';', ':', ')', '"']) {
            if let Some((s, e)) = run.take() {
                out.push((s, &text[s..e]));
            }
            opener = None;
        }
        // A title's full stop does not end the sentence; a word's, or a line break, does.
        // A run of spaces, or a dash, leaves things as they were.
        if title {
            sentence_start = false;
        } else if !bare.is_empty() {
            sentence_start = word.ends_with(['.', '!', '?']) || piece.contains('\n');
        } else {
            sentence_start |= word.ends_with(['.', '!', '?']) || piece.contains('\n');
        }
    }
    if let Some((s, e)) = run {
        out.push((s, &text[s..e]));
    }
    out
}

/// An upper-case letter, then at least one lower-case one: "Ben", "Mcdonald", not "BEN".
pub(crate) fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.any(char::is_lowercase)
}

/// Whether a capitalised `word` may be (part of) a name: not a title, a word that opens
/// sentences ("Maybe", "Thanks"), a weekday or a contraction.
pub(crate) fn may_be_name(word: &str) -> bool {
    !word.contains('.')
        && !super::sentences::is_title(word)
        && !NOT_NAMES.contains(&word)
        && !STARTERS.contains(&word)
        && !is_contraction(word)
}

/// "Can't", "It'll", "They're", "Let's": a word and a verb, never a name (unlike
/// "O'Brien" or "Macy's").
fn is_contraction(word: &str) -> bool {
    let Some((base, suffix)) = word.rsplit_once(['\'', '\u{2019}']) else {
        return false;
    };
    matches!(suffix, "t" | "ll" | "re" | "ve" | "d" | "m")
        || suffix == "s"
            && [
                "It", "That", "There", "Here", "Let", "What", "Who", "Where", "How", "He", "She",
                "When", "Why",
            ]
            .contains(&base)
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
        // A name that opens the sentence is kept whole; an ellipsis ends a sentence.
        assert_eq!(
            facts("Tyler Jones here. We met at West Bay Venue...It's late"),
            [
                (FactKind::Name, "Tyler Jones".into()),
                (FactKind::Name, "West Bay Venue".into()),
            ]
        );
        assert_eq!(
            facts("My Salesforce sync"),
            [(FactKind::Name, "Salesforce".into())]
        );
    }

    fn names_in(text: &str) -> Vec<&str> {
        names(text).into_iter().map(|(_, name)| name).collect()
    }

    #[test]
    fn a_sentence_after_two_spaces_starts_a_sentence() {
        // Regression: a second space after a full stop made the next sentence's first
        // word look like a name inside a sentence ("Actually", "Anything").
        assert!(names_in("Done.  Actually it works.   Anything else?  Need help").is_empty());
        assert!(names_in("Done. \n Today it works").is_empty());
        assert!(names_in("Wait ... Hurry up").is_empty());
        assert_eq!(names_in("We met  Tyler Jones"), ["Tyler Jones"]);
    }

    #[test]
    fn contractions_and_quotes_are_not_names() {
        assert_eq!(
            names_in("so It'll work, and Can't stop, and Let's go, Im Ben"),
            ["Ben"]
        );
        assert_eq!(names_in("at 'Murray' street"), ["Murray"]);
        assert_eq!(
            names_in("ask O'Brien at McDonald's"),
            ["O'Brien", "McDonald's"]
        );
        let text = "near 'Forbes and Murray'";
        let found = names(text);
        assert_eq!(found.len(), 2);
        for (start, name) in found {
            assert_eq!(&text[start..start + name.len()], name);
        }
    }

    #[test]
    fn a_title_starts_a_name() {
        assert_eq!(
            names_in("I need to see Dr. Johnson today. Mrs. Lee is away"),
            ["Dr. Johnson", "Mrs. Lee"]
        );
        assert!(names_in("ask the Dr. about it").is_empty());
    }

    #[test]
    fn quantities_can_be_spelt_out() {
        assert_eq!(
            facts("if we sign for three years for fifty users"),
            [
                (FactKind::Quantity, "three years".into()),
                (FactKind::Quantity, "fifty users".into()),
            ]
        );
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
