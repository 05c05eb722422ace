//! Values after their labels: a text → the spans of the dates of birth and the passport
//! and national insurance or identity numbers in it, each after the words that announce
//! it ("DOB:", "born on", "passport no."), which stay. Beside the spans taken before
//! (a value taken already is not taken again).

use std::sync::LazyLock;

use regex::Regex;

use super::Kind;
use super::taken::Taken;

/// Takes the spans of dates of birth, then of identity numbers, that no span taken
/// overlaps.
pub(super) fn spans(text: &str, taken: &mut Taken) {
    for (regex, kind) in [(&BIRTH, Kind::Dob), (&ID_NUMBER, Kind::Id)] {
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

/// A passport, national insurance or national identity number after its label
/// ("passport number X1234567", "passport no: 123456789", "my NI number is QQ 12 34 56
/// C", "national insurance AB123456C"), a few small words between them. The number is
/// the group: a UK national insurance number, or letters and digits with five digits or
/// more ([`id_number`]). Not "ID" alone: an order's or a ride's id is no one's identity.
static ID_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    const NUMBER: &str = r"(?:number|no\.?|num|nr\.?|#)";
    let pattern = format!(
        r"(?i)(?-u:\b)(?:passport(?:\s+{NUMBER})?|national\s+insurance(?:\s+{NUMBER})?|(?:ni|nino|nin)\s+{NUMBER}|national\s+id(?:entity)?(?:\s+card)?(?:\s+{NUMBER})?|id(?:entity)?\s+card(?:\s+{NUMBER})?)(?:[\s:=,–—-]+(?:is|was|it['’]?s|reads)(?-u:\b)){{0,2}}[\s:=#,–—-]*([A-Z]{{2}}\s?[0-9]{{2}}\s?[0-9]{{2}}\s?[0-9]{{2}}\s?[A-D]|[A-Z]{{1,2}}\s[0-9]{{5,9}}|[0-9]{{2,6}}(?:[\s-][0-9]{{1,6}}){{1,3}}|[A-Z0-9]{{5,14}})(?-u:\b)"
    );
    Regex::new(&pattern).expect("the id pattern is valid")
});

/// Words for a person, and only one.
const PERSON: &[&str] = &[
    "babies",
    "baby",
    "boy",
    "boys",
    "brother",
    "child",
    "children",
    "dad",
    "daughter",
    "daughters",
    "eldest",
    "father",
    "firstborn",
    "girl",
    "girls",
    "grandchild",
    "granddaughter",
    "grandson",
    "husband",
    "kid",
    "kids",
    "mom",
    "mother",
    "mum",
    "nephew",
    "niece",
    "oldest",
    "partner",
    "sister",
    "son",
    "sons",
    "twin",
    "twins",
    "who",
    "whom",
    "wife",
    "youngest",
];

/// Whether a birth cue at `at` is of a person: any cue but "born", and "born" after a
/// word for someone within the three words before it ("I was born", "my son was born",
/// "Born:" opening the text), or after a word that can only be a person further back in
/// its sentence, up to eight words ("my youngest, who was finally born in 2010", "our
/// twins, after a long wait, were born"); not "The company was born in 2010" (review),
/// nor "I think the company was born in 2010", "the startup my son works at, which was
/// born in 2015", "my daughter works at a startup that was born in 2015" or "my son said
/// the idea was born in 2019": further back, a pronoun or "my" may be of anything, and a
/// person only counts in the clause of "born" ([`person_in_clause`]); nor "my startup was
/// born in 2015", whose subject is a thing ([`subject_is_a_thing`]).
fn born_of_someone(text: &str, at: usize) -> bool {
    const SOMEONE: &[&str] = &[
        "baby", "brother", "child", "dad", "daughter", "father", "he", "her", "his", "husband",
        "i", "im", "kid", "me", "mom", "mother", "mum", "my", "our", "partner", "she", "sister",
        "son", "their", "they", "we", "who", "wife", "you", "your",
    ];
    if !text[at..]
        .get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("born"))
    {
        return true;
    }
    let before = &text[..at];
    if subject_is_a_thing(&words_back(before, 8), PERSON) {
        return false;
    }
    // The sentence "born" is in, as far as eight words back; looked for in the last few
    // hundred bytes only (a text of many "born" without a full stop is no quadratic
    // search).
    let mut from = at.saturating_sub(240);
    while !before.is_char_boundary(from) {
        from -= 1;
    }
    let near = &before[from..];
    let sentence = near
        .rfind(['.', '!', '?', ';', '\n'])
        .map_or(near, |end| &near[end + 1..]);
    before.trim().is_empty()
        || words_back(before, 3)
            .iter()
            .any(|w| SOMEONE.contains(&w.as_str()))
        || person_in_clause(&words_back(sentence, 8), PERSON)
}

/// Whether "born" at `at` is followed by a whole date, nothing but a space or a `:`
/// between them, and is no thing's ([`subject_is_a_thing`]): "hi, born 03/04/1985",
/// "born: 4 March 1985" give a date of birth as a form does, whoever the words before
/// it are of (review 15); "born in 2010" after a word for no one stays as it was, and so
/// does "the company was born 03/04/2010".
fn born_then_a_date(text: &str, at: usize, date: &str) -> bool {
    let Some(after) = text[at..].get(4..) else {
        return false;
    };
    // Not a year alone ("born 1985" after a word for no one may be a thing's year).
    let whole = date.contains(['/', '.', '-', ' ']);
    text[at..at + 4].eq_ignore_ascii_case("born")
        && whole
        && after.trim_start_matches([' ', ':']).starts_with(date)
        && !subject_is_a_thing(&words_back(&text[..at], 8), PERSON)
}

/// The last `n` words of `text`, nearest first, in lower case without their apostrophes.
fn words_back(text: &str, n: usize) -> Vec<String> {
    text.rsplit(|c: char| !(c.is_alphabetic() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .take(n)
        .map(|w| w.to_lowercase().replace(['\'', '\u{2019}'], ""))
        .collect()
}

/// Whether the subject of "born", by `back` (the words before it, nearest first), is a
/// thing: the word before "born" past the verbs and adverbs between them ("was", "were",
/// "finally"), or the word before that one when it is no word for a person either (a
/// thing's name: "my company Acme was born"), is one of [`THINGS`] or its plural ("my
/// startup was born in 2015", "our shop, born in 2010", "my son's business was born");
/// not a thing after a preposition, which the subject holds ("my partner at the firm was
/// born in 1980").
fn subject_is_a_thing(back: &[String], person: &[&str]) -> bool {
    const BETWEEN: &[&str] = &[
        "actually",
        "also",
        "am",
        "are",
        "basically",
        "be",
        "been",
        "being",
        "finally",
        "first",
        "is",
        "just",
        "literally",
        "officially",
        "only",
        "originally",
        "really",
        "technically",
        "truly",
        "was",
        "were",
    ];
    const DETERMINERS: &[&str] = &[
        "a", "an", "her", "his", "my", "our", "that", "the", "their", "this", "your",
    ];
    const PREPOSITIONS: &[&str] = &[
        "at", "behind", "for", "from", "in", "inside", "of", "on", "with", "within",
    ];
    let is_thing = |w: &str| {
        THINGS.binary_search(&w).is_ok()
            || w.strip_suffix('s')
                .is_some_and(|one| THINGS.binary_search(&one).is_ok())
    };
    let Some(head) = back.iter().position(|w| !BETWEEN.contains(&w.as_str())) else {
        return false;
    };
    let thing = if is_thing(&back[head]) {
        head
    } else if person.contains(&back[head].as_str()) {
        return false;
    } else if back.get(head + 1).is_some_and(|w| is_thing(w)) {
        head + 1
    } else {
        return false;
    };
    // The word before the thing's, past a determiner: not a preposition.
    let mut before = thing + 1;
    if back
        .get(before)
        .is_some_and(|w| DETERMINERS.contains(&w.as_str()))
    {
        before += 1;
    }
    !back
        .get(before)
        .is_some_and(|w| PREPOSITIONS.contains(&w.as_str()))
}

/// Things that are "born" as people are: a year they were is no one's date of birth.
/// Sorted, for a binary search.
const THINGS: &[&str] = &[
    "agency",
    "app",
    "bakery",
    "band",
    "blog",
    "brand",
    "business",
    "cafe",
    "café",
    "campaign",
    "channel",
    "charity",
    "club",
    "collection",
    "community",
    "company",
    "concept",
    "dream",
    "enterprise",
    "firm",
    "foundation",
    "friendship",
    "group",
    "idea",
    "initiative",
    "label",
    "magazine",
    "movement",
    "newsletter",
    "nonprofit",
    "organisation",
    "organization",
    "page",
    "partnership",
    "platform",
    "podcast",
    "practice",
    "product",
    "project",
    "relationship",
    "restaurant",
    "series",
    "service",
    "shop",
    "show",
    "site",
    "startup",
    "store",
    "studio",
    "team",
    "tradition",
    "venture",
    "website",
];

/// Whether one of `back` (the words before "born", nearest first) is one of `person`, in
/// the clause of "born": back to "which", which is of a thing; to "that", which is of the
/// word before it ("the baby that was born", not "a startup that was born"); to a verb of
/// saying or thinking, whose clause is another's ("my son said the idea was born").
fn person_in_clause(back: &[String], person: &[&str]) -> bool {
    const ENDS: &[&str] = &[
        "believe",
        "believed",
        "believes",
        "claimed",
        "claims",
        "explained",
        "feel",
        "felt",
        "guess",
        "heard",
        "hears",
        "knew",
        "know",
        "knows",
        "mentioned",
        "read",
        "reckon",
        "said",
        "say",
        "says",
        "tell",
        "tells",
        "think",
        "thinks",
        "thought",
        "told",
        "which",
        "wrote",
    ];
    let end = back
        .iter()
        .position(|w| w == "that" || ENDS.contains(&w.as_str()))
        .unwrap_or(back.len());
    let that = back.get(end).is_some_and(|w| w == "that");
    back[..end]
        .iter()
        .chain(back.get(end + 1).filter(|_| that))
        .any(|w| person.contains(&w.as_str()))
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

#[cfg(test)]
mod tests {
    /// The things "born" is said of are sorted, each once, for their binary search.
    #[test]
    fn things_are_sorted() {
        assert!(super::THINGS.windows(2).all(|pair| pair[0] < pair[1]));
    }
}
