//! References: a match of the reference pattern (`facts.rs`) and the message it is in →
//! the reference fact ("flight id 705", key `flight_id`, value "705") and where its
//! identifier ends, and the more identifiers after a plural label ("ids are 123 and
//! 456"). Reads the identifier's shape: spaced groups are one identifier only when they
//! look like one read out ("9931 9394 4315"), a count is no identifier ("ids are 123
//! and 2 more"). Does not find the match: `facts.rs`'s patterns do.

use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{Fact, FactKind, NEEDS_LABEL, plain};

/// A reference's identifier: two to four groups of digits of one length spaced as a
/// card or an account number is read out ("9931 9394 4315", "123 456 789": its first
/// group alone was kept; not "4456 555 123 4567", a phone number after it, nor six
/// groups: [`whole_groups`] reads the rest), else letters and a digit at least ("574", "INV-2024-0042", "AB123").
pub(super) const VALUE: &str =
    r"\d{4}(?: \d{4}){1,3}|\d{3}(?: \d{3}){1,3}|(?:[a-z]{1,4}-?)?\d[a-z\d-]*";

/// More identifiers after a reference's plural label ("ids are 123 and 456"): each
/// after a comma, "and" or "&", and the word after it, if any.
static MORE_VALUES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)^(?:\s*,)?\s*(?:,|and\b|&)\s*(?P<value>{VALUE})\b(?:\s+(?P<next>[a-z]+))?"
    ))
    .expect("the pattern of more identifiers is valid")
});

/// Words that may follow an identifier in a list of them ("ids are 123 and 456
/// please"); another word makes the number a count ("123 and 2 more are coming", "1 and
/// 2 tables").
const AFTER_AN_ID: &[&str] = &[
    "and",
    "or",
    "but",
    "please",
    "pls",
    "thanks",
    "thank",
    "too",
    "also",
    "respectively",
    "is",
    "are",
    "was",
    "were",
    "for",
    "from",
    "in",
    "on",
    "at",
    "to",
    "so",
    "if",
    "which",
    "that",
    "i",
    "we",
    "can",
    "could",
];

/// The identifier as one: spaced groups ([`VALUE`]) whole, but for the first group
/// alone when more digits follow them (`rest`, the message after them: "4456 555 123
/// 4567 call me" reads "4456") or the last is a year ("Order number 1234 2026 was
/// placed").
fn whole_groups<'a>(value: &'a str, rest: &str) -> &'a str {
    let Some((first, _)) = value.split_once(' ') else {
        return value;
    };
    let last = value.rsplit(' ').next().unwrap_or(value);
    let year = last.len() == 4 && (last.starts_with("19") || last.starts_with("20"));
    let more_digits = rest
        .trim_start_matches([' ', '\t'])
        .starts_with(|c: char| c.is_ascii_digit());
    if year || more_digits { first } else { value }
}

/// A reference match in `text` as a fact and the end of its identifier in `text`: its
/// words, the key made of the thing and its label (`flight` + `ID` → `flight_id`; `#`
/// and no label → `_id`, `number`/`no` → `_number`, `code` → `_code`; a plural label
/// read as one: "order ids 123" → "order id 123"), and the identifier. `None` for an
/// identifier of fewer than three digits with no label ("room 12", "order 2 pizzas")
/// or after a plural one ("reservation ids are 1 and 2 tables": counts).
pub(super) fn reference(text: &str, caps: &Captures<'_>, turn: usize) -> Option<(Fact, usize)> {
    let m = caps.get(0)?;
    let whole = m.as_str();
    if let Some(bare) = caps.name("bare") {
        let mut fact = plain(FactKind::Reference, whole, turn);
        fact.value = Some(bare.as_str().trim_start_matches('#').to_owned());
        return Some((fact, m.end()));
    }
    if let Some(id) = caps.name("id") {
        return bare_id(text, caps, id, turn);
    }
    let value_match = caps.name("value")?;
    let value = whole_groups(value_match.as_str(), &text[m.end()..]).trim_end_matches('-');
    let label = caps
        .name("label")
        .or_else(|| caps.name("hash"))
        .map(|l| l.as_str().to_lowercase());
    let thing = caps.name("thing")?.as_str().to_lowercase();
    // "with the" joins only an identifier's label ("a flight with the ID 330", STAR
    // star-2039, star-3853: no fact), not a count ("a booking with no 200 fee").
    if caps.name("with").is_some()
        && !matches!(label.as_deref(), Some("id" | "ids" | "number" | "numbers"))
    {
        return None;
    }
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    // "with the number" is a count's as often ("a reservation with the number 8
    // seats", "a room with number 2 beds": a review found them references): an
    // identifier of several digits only, no word after it but one of [`AFTER_AN_ID`].
    if caps.name("with").is_some()
        && matches!(label.as_deref(), Some("number" | "numbers"))
        && (digits < 3 || counted(&text[value_match.start() + value.len()..]))
    {
        return None;
    }
    let plural_label = caps.name("label").is_some_and(|l| plural(l.as_str()));
    if ((label.is_none() || plural_label) && digits < 3)
        || (label.is_none() && NEEDS_LABEL.contains(&&*thing))
    {
        return None;
    }
    let thing = if thing == "ref" { "reference" } else { &thing };
    let suffix = match label.as_deref().map(|l| l.trim_end_matches('.')) {
        Some("number" | "num" | "no" | "numbers" | "nums" | "nos") => "number",
        Some("code" | "codes") => "code",
        _ => "id",
    };
    let key = if thing == "reference" && suffix == "id" {
        "reference".to_owned()
    } else {
        format!("{thing}_{suffix}")
    };
    // The thing and its label as written (a plural one as one: each fact is one
    // reference), then the identifier (a trailing dash left out): "flight id is
    // actually 705" → "flight id 705", "account: 993" → "account 993" (STAR
    // star-1102, star-5729: the link read as part of the reference).
    let at = m.start();
    let head_end = caps
        .name("label")
        .or_else(|| caps.name("hash"))
        .or_else(|| caps.name("thing"))?
        .end()
        - at;
    let value_start = value_match.start() - at;
    let (head, between) = (&whole[..head_end], &whole[head_end..value_start]);
    // The thing and its label without the "with the" between: "flight ID 330".
    let head = match caps.name("with") {
        Some(with) => format!("{}{}", &head[..with.start() - at], &head[with.end() - at..]),
        None => head.to_owned(),
    };
    let head = if plural_label { singular(&head) } else { head };
    let text_of = if between.trim().is_empty() {
        format!("{head}{between}{value}")
    } else if head.ends_with('#') {
        format!("{head}{value}")
    } else {
        format!("{head} {value}")
    };
    let mut fact = plain(FactKind::Reference, &text_of, turn);
    fact.key = Some(key);
    fact.value = Some(value.to_owned());
    Some((fact, value_match.start() + value.len()))
}

/// A reference labelled "ID" alone ("ID: 461", "my id 461", "Id 461") as a fact
/// ("ID 461", key `id`) and the end of its identifier: one of three digits at least, or
/// letters and digits ("AB12"), with no count noun nor percent sign after it ("Id 400
/// of them", "Id 100% recommend", typos of "I'd", are none; "I'd 4 of them" never
/// matches, "paid 500" neither).
fn bare_id(
    text: &str,
    caps: &Captures<'_>,
    id: regex::Match<'_>,
    turn: usize,
) -> Option<(Fact, usize)> {
    let value_match = caps.name("id_value")?;
    let value =
        whole_groups(value_match.as_str(), &text[caps.get(0)?.end()..]).trim_end_matches('-');
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    let letters = value.bytes().any(|b| b.is_ascii_alphabetic());
    let end = value_match.start() + value.len();
    // A number with a percent sign or a unit after it is a measure ("Id 100% recommend
    // you", a typo of "I'd"): no identifier.
    let measured = text[end..].starts_with(['%', '°', '$', '€', '£']);
    if (digits < 3 && !(letters && value.len() >= 4))
        || counted(&text[end..])
        || measured
        || says_what_it_is(&text[end..])
        || personal_number(value)
    {
        return None;
    }
    let mut fact = plain(
        FactKind::Reference,
        &format!("{} {value}", id.as_str()),
        turn,
    );
    fact.key = Some("id".to_owned());
    fact.value = Some(value.to_owned());
    Some((fact, end))
}

/// Whether `value`, an identifier labelled "ID" alone, has the shape of a social
/// security number ("123-45-6789") or a card's (13 digits or more): a personal number,
/// no reference to look up (a review found "ID 4111111111111111" a fact).
fn personal_number(value: &str) -> bool {
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    let only_digits = value
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b'-' || b == b' ');
    let groups: Vec<usize> = value.split('-').map(str::len).collect();
    only_digits && (digits >= 13 || groups == [3, 2, 4])
}

/// Whether `after`, the words after an identifier labelled "ID" alone, say it is
/// something else: "is my phone", "was my birth year" ("my id 5551234567 is my phone",
/// "ID 1990 is my birth year": a review found them references).
fn says_what_it_is(after: &str) -> bool {
    let mut words = after.split_whitespace().map(str::to_ascii_lowercase);
    matches!(words.next().as_deref(), Some("is" | "was" | "are"))
        && matches!(words.next().as_deref(), Some("my" | "the" | "a" | "our"))
}

/// The more identifiers after `first` (a reference of `caps`, whose identifier ends at
/// `end` in `text`) when its label is plural ("ids are 123 and 456"), each a reference
/// of its own at its offset, and the end of the last; none after a singular one, and
/// none that is a count: a number of fewer than three digits or followed by a word
/// not of [`AFTER_AN_ID`] ("123 and 2 more are coming", "123 and 2").
pub(super) fn more(
    text: &str,
    caps: &Captures<'_>,
    first: &Fact,
    mut end: usize,
) -> (Vec<(usize, Fact)>, usize) {
    let mut more = Vec::new();
    if end != caps.get(0).map_or(0, |m| m.end())
        || !caps.name("label").is_some_and(|l| plural(l.as_str()))
    {
        return (more, end);
    }
    let head = first
        .text
        .strip_suffix(first.value.as_deref().unwrap_or(""))
        .unwrap_or(&first.text)
        .to_owned();
    while let Some(next) = MORE_VALUES.captures(&text[end..])
        && let Some(value) = next.name("value")
    {
        let count = value.as_str().bytes().all(|b| b.is_ascii_digit())
            && (value.len() < 3
                || next
                    .name("next")
                    .is_some_and(|w| !AFTER_AN_ID.contains(&w.as_str().to_lowercase().as_str())));
        let rest = &text[end + value.end()..];
        if count || whole_groups(value.as_str(), rest) != value.as_str() {
            break;
        }
        let mut fact = first.clone();
        fact.text = format!("{head}{}", value.as_str());
        fact.value = Some(value.as_str().to_owned());
        more.push((end + value.start(), fact));
        end += value.end();
    }
    (more, end)
}

/// Whether the word that opens `rest` (the text after a number) makes the number a
/// count: a word not of [`AFTER_AN_ID`] ("8 seats", "123 people").
fn counted(rest: &str) -> bool {
    rest.strip_prefix(' ')
        .and_then(|r| r.split(|c: char| !c.is_alphabetic() && c != '\'').next())
        .is_some_and(|w| !w.is_empty() && !AFTER_AN_ID.contains(&w.to_lowercase().as_str()))
}

/// Whether `label` (a reference's, as written) is plural: "ids", "numbers", "codes".
fn plural(label: &str) -> bool {
    let label = label.trim_end_matches('.');
    label.len() > 2 && (label.ends_with('s') || label.ends_with('S'))
}

/// `head` (a reference's thing and plural label, as written) with the label singular:
/// "order ids" → "order id", "booking nos." → "booking no.".
fn singular(head: &str) -> String {
    let dot = head.ends_with('.');
    let bare = head.trim_end_matches('.');
    let one = bare.strip_suffix(['s', 'S']).unwrap_or(bare);
    format!("{one}{}", if dot { "." } else { "" })
}
