//! Key facts: the numbers, amounts, plans, codes, references, dates and names a human
//! agent would otherwise scroll back for, found with patterns (no model, no network).
//! A message → its facts, each as written, a reference with the thing it identifies
//! (`flight_id`) and its value; names are [`mod@names`]'s, a one-word name given when
//! asked [`reply`]'s.

mod again;
mod found;
mod names;
mod part;
mod reference;
mod reply;
mod secret;

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::{Captures, Regex, RegexSet};
use serde::Serialize;

use again::{beside_a_relative, introduces_self, names_again, titled_surname};
use found::Found;
use reference::VALUE;

#[cfg(test)]
pub(in crate::summary) use names::NAMES_HEADED_LIKE_TITLES;
pub(crate) use names::{is_cuisine, may_be_name};
pub(super) use names::{is_opening_verb, is_pet_name, names, names_and_secrets};
pub(super) use part::names_in_part;
pub(super) use reply::extract_name_reply;
pub(crate) use secret::greets;
pub(super) use secret::{
    Code, PutOff, Secret, Secrets, answers_after_greeting, answers_alone, answers_given_in,
    asks_for_code, asks_for_name, asks_for_password, asks_for_secret, declines_to, given_in_first,
    gives_in_alone, leads_with_answer, put_off, refuses_alone, tells_what_happened, unsure,
    whatever_first,
};

/// One fact, as written in the message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fact {
    pub kind: FactKind,
    /// The words of the message ("$12,000"); a reference's thing and label as written
    /// and its identifier, without the words between ("flight ID 574" for "flight ID is
    /// actually 574"); an error code's code alone ("502", "E12").
    pub text: String,
    /// 1-based message number it was first seen in.
    pub turn: usize,
    /// A reference's key: what it identifies, in `snake_case`, and how it was called
    /// (`flight_id`, `booking_number`, `access_code`); absent for other kinds and for a
    /// bare `#1234`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// A reference's identifier alone ("574", "INV-2024-0042"); absent for other kinds.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
}

/// A fact's kind, named in `snake_case` in JSON. Deserialised only by tests, which
/// list the kinds through it (`packet::json`'s).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum FactKind {
    Amount,
    Quantity,
    Plan,
    ErrorCode,
    Reference,
    Date,
    Name,
    /// A known place named all of it ("Detroit", "New York"): a city the customer goes
    /// to or from, not someone an agent would call.
    Place,
}

impl FactKind {
    /// Whether a fact of this kind names someone or somewhere ([`FactKind::Name`],
    /// [`FactKind::Place`]): a security answer ("Boston", the city born in) said again
    /// as one is a secret the fact tells, as a name is.
    pub(in crate::summary) fn names(self) -> bool {
        matches!(self, FactKind::Name | FactKind::Place)
    }
}

/// What a reference can identify ("my flight ID is 574", "booking number AB123").
const THINGS: &str = "order|invoice|ticket|case|account|booking|reservation|confirmation|flight|room|appointment|ride|trip|tracking|transaction|policy|claim|member|membership|customer|reference|ref|receipt|shipment|package|parcel|subscription|license|licence|serial";

/// A number: digits, with thousands separated by commas only in threes ("12,000", not
/// "30, seat"), and decimals.
const NUMBER: &str = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?";

/// Patterns by kind, most specific first: a span claimed by one is not reused by the
/// next; and all of them in one set, which tells in one pass which of them to run (most
/// messages hold no fact of most kinds).
static PATTERNS: LazyLock<(RegexSet, Vec<(FactKind, Regex)>)> = LazyLock::new(|| {
    const MONTH: &str = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    let patterns = [
        (
            FactKind::Amount,
            format!(
                r"(?i)(?:[$€£¥]\s?{NUMBER}(?:\s?(?:k|m|bn)\b)?|\b{NUMBER}\s?(?:usd|eur|gbp|dollars?|euros?|pounds?|bucks)\b)"
            ),
        ),
        (
            FactKind::Date,
            format!(
                r"(?i)\b(?:\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}(?:\s+\d{{4}})?)\b"
            ),
        ),
        // The thing, how it is called (id, number, #, code; after "with the" too: "a
        // flight with the ID 330"), a link ("is", "was actually", ":"), the identifier:
        // letters and a digit at least. Without a label the identifier needs three
        // digits ("flight 820", not "room 2"), checked in `reference`. "ID" alone
        // ("ID: 461", "my id 461") names no thing: its own identifier needs three
        // digits too, and no count noun after it ("Id 400 of them", a typo of "I'd").
        (
            FactKind::Reference,
            format!(
                r"(?i)\b(?P<thing>{THINGS})\b(?:(?P<with>\s+(?:with|having)(?:\s+(?:the|an?))?)?\s*(?P<label>(?:ids|id|numbers|number|nums|num|nos|no|codes|code|ref|reference)\b\.?)|\s*(?P<hash>#))?(?:\s*(?:[:=#]|\b(?:is|are|was|were|will be)\b(?:\s+(?:actually|really|now|still|just|definitely))?(?:\s*:)?)\s*)?\s*(?P<value>{VALUE})\b|(?P<bare>#\d{{3,}})\b|\b(?P<id>id)\b\.?(?:\s*(?:[:=#]|\b(?:is|was)\b)(?:\s*:)?)?\s*(?P<id_value>{VALUE})\b"
            ),
        ),
        // The code alone is the fact: "error 502" → "502" (the lead-in is claimed too).
        (
            FactKind::ErrorCode,
            r"(?i)\b(?:error|err|code|status)\s*(?:code\s*)?[:#]?\s*(?P<code>[a-z]{0,4}[-_]?\d{2,})\b|\b(?P<alone>(?:E|ERR|HTTP)[-_]?\d{3,})\b".to_owned(),
        ),
        (
            FactKind::Plan,
            r"(?i)\b(?:free|basic|starter|standard|pro|professional|premium|plus|business|team|enterprise|growth|scale|ultimate)\s+(?:plan|tier|edition|subscription|package|license|licence)\b".to_owned(),
        ),
        // A number, or one spelt out, and its unit.
        (
            FactKind::Quantity,
            format!(
                r"(?i)\b(?:{NUMBER}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a hundred|a thousand)\s+(?:seats?|users?|licen[cs]es?|agents?|employees?|people|persons?|guests?|adults?|children|kids|passengers?|bags?|bedrooms?|rooms?|nights?|tickets?|accounts?|devices?|locations?|stores?|orders?|items?|units?|months?|years?|weeks?|days?|hours?|minutes?|gb|tb|mb)\b"
            ),
        ),
    ];
    let set = RegexSet::new(patterns.iter().map(|(_, p)| p)).expect("fact patterns are valid");
    let each = patterns
        .into_iter()
        .map(|(kind, p)| (kind, Regex::new(&p).expect("fact patterns are valid")))
        .collect();
    (set, each)
});

/// Things that name a reference only with a label ("case number 12345"): alone, the
/// word is an everyday one ("in any case 2000 people", "a trip 300 miles long").
const NEEDS_LABEL: &[&str] = &["case", "customer", "member", "package", "ride", "trip"];

/// Words before "code" that make it a credential or an address, not an error: "access
/// code 4259", "zip code 15213".
const NOT_ERROR_CODES: &[&str] = &[
    "access",
    "area",
    "clearance",
    "country",
    "discount",
    "postal",
    "promo",
    "security",
    "verification",
    "zip",
];

/// The facts of a conversation so far, each kept once: a fact written again, in any
/// ASCII case ("the pro plan" after "the Pro plan"), is the first one. The lower-case
/// texts are kept in a set beside the list, so that a conversation of many facts costs
/// no more per fact than one of few (the list was searched for each).
#[derive(Debug, Default)]
pub(super) struct Facts {
    pub(super) list: Vec<Fact>,
    seen: HashSet<Box<str>>,
    /// The surnames of the titled names in `list` ([`titled_surname`]).
    titled: HashSet<String>,
}

/// Facts in `text` (message number `turn`), added to `out` unless already there; when
/// the message answers a security question (`secret`: `secret.rs`), no name facts but
/// the customer's own name if the bot asked for it too and the reply lists the answers
/// ("John Smith, Miller" → "John Smith"; one answer a line, "John Smith\nMiller", is
/// such a list), though the other facts of such a message are (a date of birth, an
/// amount). `name_asked`: the bot asked for the customer's name just before, so a name
/// of the reply is theirs, never merged into a titled one (`again::names_again`).
/// `names`: the names in `text` ([`names::names`]), found once for the message, which
/// [`Secrets::read`] reads too.
pub(super) fn extract(
    text: &str,
    turn: usize,
    secret: Option<Secret>,
    name_asked: bool,
    names: &[(usize, &str)],
    out: &mut Facts,
) {
    // The bytes of `text` a fact took, so that another pattern does not take them again:
    // one flag a byte, checked over a match's span (a list of spans searched for each
    // match cost its length squared in a message of thousands of numbers).
    let mut claimed: Vec<bool> = Vec::new();
    let taken = |claimed: &[bool], a: usize, b: usize| {
        claimed.get(a..b).is_some_and(|span| span.contains(&true))
    };
    let mut found = Found::default();
    let (set, patterns) = &*PATTERNS;
    for i in &set.matches(text) {
        let (kind, re) = &patterns[i];
        for caps in re.captures_iter(text) {
            let Some(m) = caps.get(0) else { continue };
            if taken(&claimed, m.start(), m.end()) {
                continue;
            }
            if *kind == FactKind::Reference {
                // A reference claims its span up to its identifier's end, and each more
                // after a plural label ("ids are 123 and 456").
                let Some((first, end)) = reference::reference(text, &caps, turn) else {
                    continue;
                };
                let (more, end) = reference::more(text, &caps, &first, end);
                if claimed.is_empty() {
                    claimed.resize(text.len(), false);
                }
                claimed[m.start()..end].fill(true);
                found.push(m.start(), first, &out.seen);
                for (start, fact) in more {
                    found.push(start, fact, &out.seen);
                }
                continue;
            }
            let fact = match kind {
                FactKind::ErrorCode => error_code(text, &caps, turn),
                _ => Some(plain(*kind, m.as_str(), turn)),
            };
            let Some(fact) = fact else { continue };
            if claimed.is_empty() {
                claimed.resize(text.len(), false);
            }
            claimed[m.start()..m.end()].fill(true);
            found.push(m.start(), fact, &out.seen);
        }
    }
    // A reply to a security question alone has no name fact: not looked for. In one
    // that may hold the customer's own name, each line is an answer, as each item of a
    // list: the reply is read with a comma for each line break ("John Smith\nMiller" as
    // "John Smith,Miller", "Smith.\r\n" as "Smith.,,"), or a name alone on its line would
    // be a sentence's first word, no name to the patterns, and the answers could not be
    // told apart. A comma is as long as a line feed or a carriage return: the offsets
    // hold.
    let as_list;
    let names = match secret {
        None => names.to_vec(),
        Some(secret) if secret.asks_own_name() => {
            as_list = text.replace(['\r', '\n'], ",");
            let mut names: Vec<(usize, &str)> = names::names(&as_list)
                .into_iter()
                .map(|(start, name)| (start, &text[start..start + name.len()]))
                .collect();
            // A one-word answer first ("Alex, Miller") is a sentence's first word, no
            // name to the patterns, as "John Smith" first is.
            if let Some((start, name, _)) = names::first_answer(text)
                && names.first().is_none_or(|&(first, _)| first > start)
            {
                names.insert(0, (start, name));
            }
            names
        }
        Some(_) => Vec::new(),
    };
    let mut names: Vec<(usize, &str)> = match secret {
        None => names,
        Some(secret) => {
            let mut names = names;
            names.retain(|&(start, name)| !taken(&claimed, start, start + name.len()));
            let listed = lists_answers(text, &names, &claimed);
            secret.own_name(names, listed).into_iter().collect()
        }
    };
    names.retain(|&(start, name)| !taken(&claimed, start, start + name.len()));
    // The names become facts one at a time as they are kept, in the order of their
    // starts among the patterns' facts (a name after a fact that starts where it does,
    // as a stable sort of them all put it): made all at once beside the patterns', a
    // pasted list of names held a fact of 96 bytes for each (log, fifty-third session).
    names.sort_by_key(|&(start, _)| start);
    let mut names = names.into_iter().peekable();
    let mut found = found.in_order().into_iter().peekable();
    let next = std::iter::from_fn(|| {
        let name_first = match (found.peek(), names.peek()) {
            (Some(&(fact, _)), Some(&(name, _))) => name < fact,
            (None, Some(_)) => true,
            _ => false,
        };
        if !name_first {
            return found.next();
        }
        let (start, name) = names.next()?;
        // A known place all of it is a place, no name ("flying to Detroit": STAR gave 7
        // such name facts of 204), where no person is meant ("My son Jordan", "this is
        // Austin"); not the customer's own name answered.
        let kind = if secret.is_none() && names::is_a_place_in(text, start, name) {
            FactKind::Place
        } else {
            FactKind::Name
        };
        Some((start, plain(kind, name, turn)))
    });
    for (start, fact) in next {
        let own = name_asked
            || introduces_self(&text[..start])
            || beside_a_relative(text, start, start + fact.text.len());
        if (own || !names_again(&out.titled, &fact))
            && out
                .seen
                .insert(fact.text.to_ascii_lowercase().into_boxed_str())
        {
            out.titled.extend(titled_surname(&fact));
            out.list.push(fact);
        }
    }
}

/// Whether `text` is nothing but its `names` and the facts it `claimed` (one flag a
/// byte), one after another: between them only spaces, punctuation and "and" ("John
/// Smith, Miller", "John Smith and Miller"), the shape of a reply that lists answers in
/// the order they were asked.
fn lists_answers(text: &str, names: &[(usize, &str)], claimed: &[bool]) -> bool {
    let mut rest: Vec<u8> = text.as_bytes().to_vec();
    for (i, byte) in rest.iter_mut().enumerate() {
        if claimed.get(i) == Some(&true) {
            *byte = b' ';
        }
    }
    for &(start, name) in names {
        rest[start..start + name.len()].fill(b' ');
    }
    String::from_utf8_lossy(&rest)
        .split(|c: char| !c.is_alphanumeric())
        .all(|w| w.is_empty() || w.eq_ignore_ascii_case("and"))
}

fn plain(kind: FactKind, text: &str, turn: usize) -> Fact {
    Fact {
        kind,
        text: text.trim().to_owned(),
        turn,
        key: None,
        value: None,
    }
}

/// An error code match as a fact holding the code alone ("12", "E12"); `None` when
/// "code" follows a word that makes it something else ("access code 4259").
fn error_code(text: &str, caps: &Captures<'_>, turn: usize) -> Option<Fact> {
    if let Some(alone) = caps.name("alone") {
        return Some(plain(FactKind::ErrorCode, alone.as_str(), turn));
    }
    let whole = caps.get(0)?;
    let before = text[..whole.start()]
        .split(|c: char| !c.is_alphanumeric())
        .rfind(|w| !w.is_empty())
        .unwrap_or("");
    let lead_is_code = (whole.as_str().get(..4)).is_some_and(|w| w.eq_ignore_ascii_case("code"));
    if lead_is_code
        && NOT_ERROR_CODES
            .iter()
            .any(|w| before.eq_ignore_ascii_case(w))
    {
        return None;
    }
    Some(plain(
        FactKind::ErrorCode,
        caps.name("code")?.as_str(),
        turn,
    ))
}

/// How a fact reads in a summary's bullets: as written, an error code with "error"
/// before it ("error 502"), since the code alone says little.
pub(super) fn shown(fact: &Fact) -> std::borrow::Cow<'_, str> {
    match fact.kind {
        FactKind::ErrorCode => format!("error {}", fact.text).into(),
        _ => fact.text.as_str().into(),
    }
}

#[cfg(test)]
mod tests;
