//! Whether "born" in a text is of a person: the words before it (a word for someone in
//! its clause, a thing as its subject: "my son was born", not "the company was born")
//! and the date right after it → whether a date of birth follows. `labelled.rs` finds the
//! date after the cue and asks here.

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
/// twins, after a long wait, were born"); not "The company was born in 2010",
/// nor "I think the company was born in 2010", "the startup my son works at, which was
/// born in 2015", "my daughter works at a startup that was born in 2015" or "my son said
/// the idea was born in 2019": further back, a pronoun or "my" may be of anything, and a
/// person only counts in the clause of "born" ([`person_in_clause`]); nor "my startup was
/// born in 2015", whose subject is a thing ([`subject_is_a_thing`]).
pub(super) fn born_of_someone(text: &str, at: usize) -> bool {
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
/// it are of; "born in 2010" after a word for no one stays as it was, and so
/// does "the company was born 03/04/2010".
pub(super) fn born_then_a_date(text: &str, at: usize, date: &str) -> bool {
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

#[cfg(test)]
mod tests {
    /// The things "born" is said of are sorted, each once, for their binary search.
    #[test]
    fn things_are_sorted() {
        assert!(super::THINGS.windows(2).all(|pair| pair[0] < pair[1]));
    }
}
