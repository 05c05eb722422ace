//! Who the customer is, from a conversation's metadata: the full name and the first
//! name that a bridge message greets them by and a packet shows.

use std::borrow::Cow;

use super::Metadata;

mod columns;

pub use columns::is_email;

/// Columns that hold the customer's full name, most common first.
/// `requester` and `requester_name` are Zendesk's export headers (`Requester`), the rest
/// other helpdesks' and CRMs'.
pub const NAME_FIELDS: &[&str] = &[
    "name",
    "customer_name",
    "full_name",
    "contact_name",
    "requester_name",
    "requester",
    "client_name",
    "end_user_name",
];

/// The customer's full name: the first [`NAME_FIELDS`] column with a value, else the
/// first column named like one ([`is_full_name_column`]: `Customer Full Name`,
/// `display_name`), else the first-name and last-name columns together (`first_name`,
/// `Given Name`, `surname` …).
pub fn full_name(metadata: &Metadata) -> Option<Cow<'_, str>> {
    if let Some(name) = named_column(metadata) {
        return Some(Cow::Borrowed(name));
    }
    let first = metadata
        .get("first_name")
        .or_else(|| (metadata.iter()).find_map(|(k, v)| columns::is_first_name(k).then_some(v)));
    let last = metadata
        .get("last_name")
        .or_else(|| (metadata.iter()).find_map(|(k, v)| columns::is_last_name(k).then_some(v)));
    match (first, last) {
        (Some(first), Some(last)) => Some(Cow::Owned(format!("{first} {last}"))),
        (Some(one), None) | (None, Some(one)) => Some(Cow::Borrowed(one)),
        (None, None) => None,
    }
}

/// The value of the first [`NAME_FIELDS`] column, else of the first column named like
/// one.
fn named_column(metadata: &Metadata) -> Option<&str> {
    NAME_FIELDS
        .iter()
        .find_map(|f| metadata.get(f))
        .or_else(|| (metadata.iter()).find_map(|(k, v)| columns::is_full_name(k).then_some(v)))
}

/// Whether a column (by normalised name) holds the customer's full name: one of
/// [`NAME_FIELDS`], or a name of the customer's by its words (`customer_full_name`,
/// `display_name`, `visitor_name`; not `agent_name`, `company_name` or `user_name`).
pub fn is_full_name_column(field: &str) -> bool {
    NAME_FIELDS.contains(&field) || columns::is_full_name(field)
}

/// Whether a column gives the customer's first name, as [`first_name`] reads it: a
/// full-name column ([`is_full_name_column`]) or a first-name one (`first_name`,
/// `Given Name`, `customer_first_name`).
pub fn gives_first_name(field: &str) -> bool {
    field == "first_name" || is_full_name_column(field) || columns::is_first_name(field)
}

/// The customer's first name: the `first_name` column (or one named like it: `Given
/// Name`), else the first name in the full name's column ([`first_name_in`]).
pub fn first_name(metadata: &Metadata) -> Option<&str> {
    metadata
        .get("first_name")
        .or_else(|| (metadata.iter()).find_map(|(k, v)| columns::is_first_name(k).then_some(v)))
        .or_else(|| first_name_in(named_column(metadata)?))
}

/// The customer's email address: the first column named like one ([`is_email`]:
/// `email`, `Login Email`, `customer_email`, `E-mail Address`) whose value has an `@`.
pub fn email(metadata: &Metadata) -> Option<&str> {
    metadata.get("email").or_else(|| {
        (metadata.iter()).find_map(|(k, v)| (is_email(k) && v.contains('@')).then_some(v))
    })
}

/// The first name in a full name as exports write it: `Alex Chen` → `Alex`, `Mr. John
/// Smith` → `John`, `Smith, John` and `van der Berg, Anna` → the name after the comma,
/// `J. Robert Smith` → `Robert`. `None` for what is no one's name (an email address,
/// `-`, `n/a`, `Guest`, a title alone) and where only an initial or a title and the
/// family name are given (`J. Smith`, `Mr. Rahman`): a greeting by either is wrong.
pub fn first_name_in(name: &str) -> Option<&str> {
    let name = name.trim();
    plain_first_name(name).or_else(|| first_name_written(name))
}

/// The first name of the commonest name, `Alex Chen`: words of ASCII letters, one space
/// apart, none a title, the first no initial. [`first_name_written`] gives the same
/// (a property test holds it to that) in a tenth of the instructions: a bridge greeting
/// asks for it once an escalation (issue 7). `None` for any other
/// name.
fn plain_first_name(name: &str) -> Option<&str> {
    let (first, rest) = name.split_once(' ')?;
    let plain = |word: &str| {
        !word.is_empty() && word.bytes().all(|b| b.is_ascii_alphabetic()) && !is_title(word)
    };
    (first.len() > 1 && plain(first) && rest.split(' ').all(plain)).then_some(first)
}

/// [`first_name_in`] for any name, trimmed.
fn first_name_written(name: &str) -> Option<&str> {
    if name.contains('@') || is_placeholder(name) {
        return None;
    }
    // "García López, María": the given name after the comma, however many words the
    // family name has; not "John Smith, Jr." or "John Smith, Jr., PhD".
    let (given, after_comma) = match name.split_once(',') {
        Some((name, after)) if after.split(',').all(is_suffix) => (name, false),
        Some((_, given)) => (given, true),
        None => (name, false),
    };
    // Words with the punctuation around them trimmed, and their text as written (for
    // the initials' dots); one pass, as a bridge asks for each escalation.
    let mut words = given
        .split_whitespace()
        .map(|raw| (raw, trim_word(raw)))
        .filter(|(_, word)| !word.is_empty());
    let mut current = words.next()?;
    // Titles lead: "Mr. John Smith", "Dr Ana María López".
    let mut titled = false;
    while is_title(current.1) {
        titled = true;
        current = words.next()?;
    }
    loop {
        let (raw, word) = current;
        if !is_initial(raw) {
            // "Mr. Rahman": after a title, a single word is the family name (not after
            // a comma: "Smith, Dr. John").
            if titled && !after_comma && words.next().is_none() {
                return None;
            }
            return Some(word).filter(|word| word.chars().any(char::is_alphabetic));
        }
        // "J. Robert Smith" goes by Robert; in "J. Smith" the next word is the family
        // name.
        let next = words.next()?;
        if !is_initial(next.0) && words.clone().next().is_none() {
            return None;
        }
        current = next;
    }
}

/// A word without the punctuation around it. U+FFFD (a byte that was not UTF-8, D004)
/// stays: `Jos\u{FFFD}` is no `Jos`, and a bridge message refuses to show it.
fn trim_word(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\u{FFFD}')
}

/// An initial, or initials: `J.`, `J`, `J.R.`. A letter of a script without case (`李`)
/// is a name.
fn is_initial(word: &str) -> bool {
    let mut letters = word.split('.').filter(|part| !part.is_empty()).peekable();
    letters.peek().is_some()
        && letters.all(|part| {
            let mut chars = part.chars();
            chars
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_lowercase())
                && chars.next().is_none()
        })
}

fn is_title(word: &str) -> bool {
    // Lowered into a buffer of the longest title's length and matched in one `match`:
    // comparing with each title in turn was most of a plain name's cost.
    let mut lower = [0u8; 5];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"mr"
            | b"mrs"
            | b"ms"
            | b"miss"
            | b"mx"
            | b"dr"
            | b"prof"
            | b"sir"
            | b"madam"
            | b"dame"
            | b"rev"
            | b"mme"
            | b"mlle"
            | b"herr"
            | b"frau"
            | b"sr"
            | b"sra"
            | b"srta"
    )
}

fn is_suffix(words: &str) -> bool {
    const SUFFIXES: &[&str] = &[
        "jr", "sr", "ii", "iii", "iv", "phd", "md", "esq", "mba", "cpa", "rn", "dds", "jd",
    ];
    let word = words.trim().trim_end_matches('.');
    SUFFIXES.iter().any(|s| word.eq_ignore_ascii_case(s))
}

/// A value an export writes where it has no name.
fn is_placeholder(name: &str) -> bool {
    const PLACEHOLDERS: &[&str] = &[
        "n/a",
        "na",
        "none",
        "null",
        "nil",
        "unknown",
        "anonymous",
        "guest",
        "customer",
        "user",
        "visitor",
    ];
    PLACEHOLDERS.iter().any(|p| name.eq_ignore_ascii_case(p))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn first_names_as_exports_write_names() {
        for (name, first) in [
            ("Alex Chen", Some("Alex")),
            ("  alex  ", Some("alex")),
            ("Mr. John Smith", Some("John")),
            // A byte that was not UTF-8 stays in (`Jos\u{FFFD}` gave `Jos`).
            ("Jos\u{FFFD}", Some("Jos\u{FFFD}")),
            ("Ren\u{FFFD}e Smith", Some("Ren\u{FFFD}e")),
            ("Dr Ana María López", Some("Ana")),
            ("Smith, John", Some("John")),
            ("John Smith, Jr.", Some("John")),
            ("Jean-Luc Picard", Some("Jean-Luc")),
            // A family name of more than one word before the comma, an
            // initial for a first name.
            ("García López, María", Some("María")),
            ("van der Berg, Anna", Some("Anna")),
            ("Smith Jr., John", Some("John")),
            ("Smith, John Jr.", Some("John")),
            ("John Smith, Jr., PhD", Some("John")),
            ("Jane Doe, MBA", Some("Jane")),
            ("Smith, Dr. John", Some("John")),
            ("J. Smith", None),
            ("J Smith", None),
            ("Smith, J.", None),
            ("J.R. Smith", None),
            ("J. Robert Smith", Some("Robert")),
            ("Mr. J. Smith", None),
            ("Mr. Rahman", None),
            ("De Souza, Ana", Some("Ana")),
            ("O'Brien", Some("O'Brien")),
            ("李 小龙", Some("李")),
            ("bob@x.example", None),
            ("-", None),
            ("n/a", None),
            ("Guest", None),
            ("Mr.", None),
            ("12345", None),
            ("", None),
        ] {
            assert_eq!(first_name_in(name), first, "{name:?}");
        }
    }

    fn names() -> impl Strategy<Value = String> {
        let piece = prop::sample::select(vec![
            "Alex",
            "chen",
            "Jo",
            "J",
            "J.",
            "Mr",
            "mR",
            "Dr.",
            "Sr",
            "Jr",
            "PhD",
            "guest",
            "Ana",
            "O'Brien",
            "Jean-Luc",
            "Ren\u{FFFD}e",
            "María",
            "李",
            "x@y",
            "12",
            " ",
            " ",
            " ",
            "  ",
            ",",
            ".",
            "\t",
        ]);
        prop::collection::vec(piece, 0..8).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        /// The fast path gives what the general one does, wherever it answers.
        #[test]
        fn a_plain_names_first_name_is_the_general_paths(name in names()) {
            let name = name.trim();
            if let Some(first) = plain_first_name(name) {
                prop_assert_eq!(Some(first), first_name_written(name));
            }
        }
    }

    #[test]
    fn titles_in_any_case() {
        for title in [
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "dame", "rev", "mme",
            "mlle", "herr", "frau", "sr", "sra", "srta",
        ] {
            assert!(is_title(title), "{title}");
            assert!(is_title(&title.to_uppercase()), "{title}");
        }
        for word in ["", "m", "mrx", "madams", "Omar", "Sirius", "mr.", "mé"] {
            assert!(!is_title(word), "{word}");
        }
    }

    #[test]
    fn the_fast_path_takes_plain_names_only() {
        assert_eq!(plain_first_name("Omar Haddad"), Some("Omar"));
        assert_eq!(plain_first_name("ana maria lopez"), Some("ana"));
        for name in [
            "Alex",
            "Mr Smith",
            "Alex Mr",
            "J Smith",
            "Alex  Chen",
            "Smith, John",
        ] {
            assert_eq!(plain_first_name(name), None, "{name:?}");
        }
    }
}
