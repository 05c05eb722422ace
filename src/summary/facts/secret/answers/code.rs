//! The code a reply to the bot's question for one gives: its digits (a word of three or
//! more, a run typed apart, not after a label: "order 5512 3"), its groups of letters and
//! digits ("A7K 9Q2"), each of its passwords ("Seahorse42 Seahorse43"), or its code of
//! letters ("hunter2", "Seahorse42. I want a human", "Seahorse I want a human").

use std::sync::LazyLock;

use regex::Regex;

use super::clause::{Later, fillers_len, passphrase, refuses, said_first, said_later, said_of_it};
use super::hold_on::SAYS_WHAT;
use super::{Fact, Held, Secrets, answer_clause, leading_answer, says_nothing};
use crate::text::spans::Holders;

mod letters;
use letters::letters_and_digits;
mod phones;
use phones::phones;

/// What code the bot's question before a reply asked for, if any: a password's reply
/// may give its answer as the words before it goes on ("Seahorse I want a human"),
/// another code's never ("Netflix can you help" after "What is your PIN?"). A `bool`
/// says whether a code was asked at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::summary) enum Code {
    /// None was asked.
    None,
    /// A PIN, a code sent, a passcode.
    Other,
    /// A password or a passphrase.
    Password,
    /// A password asked beside the customer's own name ("Could I get your name and
    /// password please?"): a reply of a few words may be that name ("John Smith"), no
    /// password all of it.
    PasswordBesideName,
}

impl Code {
    /// Whether a password was asked, alone or beside the customer's name.
    fn password(self) -> bool {
        matches!(self, Code::Password | Code::PasswordBesideName)
    }
}

impl From<bool> for Code {
    fn from(asked: bool) -> Self {
        if asked { Code::Other } else { Code::None }
    }
}

/// Digits typed in groups apart, by a space, a dash or a dot ("4 8 2 1", "48 21",
/// "4-8-2-1"), as redaction reads a PIN's too: a code's run, its digits to be counted.
pub(super) static SPACED_DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[0-9]{1,4}(?:[ .\-][0-9]{1,4})+(?-u:\b)")
        .expect("the spaced digits pattern is valid")
});

/// Words that label the number after them as what it is ("order 5512 3", "room 12
/// 4"): digits after one are no code typed apart.
pub(super) const LABELS: &[&str] = &[
    "order",
    "room",
    "apt",
    "apartment",
    "flat",
    "unit",
    "suite",
    "floor",
    "seat",
    "gate",
    "platform",
    "booking",
    "account",
    "acct",
    "reference",
    "ref",
    "ticket",
    "invoice",
    "flight",
    "table",
    "case",
    "claim",
    "tracking",
    "policy",
    "member",
    "confirmation",
    "reservation",
];

/// Words that say "number" after a label ("order no 5512 3", "booking number 44 12",
/// "room # 12 4"): a label only after one of [`LABELS`]. Alone they label nothing: "number
/// 4 8 2 1" and "# 4 8 2 1" in reply to a PIN question give the PIN (a check found them
/// shown).
pub(super) const NUMBER_WORDS: &[&str] = &["no", "nr", "num", "number"];

/// Whether the text `before` a number ends with a label of it ([`LABELS`]: "order",
/// "room #"; [`NUMBER_WORDS`] only after a label, "order no"): the number is the
/// order's, no code ("order 5512 3": a review found the goal "order \[secret\]" beside
/// the fact "order 5512").
fn labelled(before: &str) -> bool {
    // The last words, lower case, without their marks; "#" alone, or after a label
    // ("room#"), is none.
    let mut words = (before.split_whitespace().rev())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .filter(|w| !w.is_empty());
    match words.next() {
        Some(w) if NUMBER_WORDS.contains(&w.as_str()) => {
            words.next().is_some_and(|w| LABELS.contains(&w.as_str()))
        }
        Some(w) => LABELS.contains(&w.as_str()),
        None => false,
    }
}

/// The code of letters a reply to the bot's question for one gives (`words`, the
/// reply's words without their marks): the reply when it is one word, or its first
/// clause when that is one word ([`answer_clause`]: "Seahorse42. I want a human", "it's
/// Bluebird, now get me a human"), or, to a question for a `password` only, its words
/// before a clause that goes on without a mark ([`leading_answer`]: "Seahorse I want a
/// human"; not "Netflix can you help" after "What is your PIN?"), or its first word when that
/// mixes letters and digits ("Seahorse42 I want a human"); none that says no answer or puts the bot off ("Nope",
/// "Lost it", "one sec": a review found those remembered and masked in later messages),
/// nor one that asks for a person, gives up or is a command ([`says_nothing`]: "Agent",
/// "Dunno", "Cancel").
/// `first`: the reply's first word, and whether it has no other ([`first_word`]).
fn code_word<'t>(text: &'t str, first: (Option<&'t str>, bool), code: Code) -> Option<&'t str> {
    let password = code.password();
    let answer = |word: &'t str| {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = word.to_lowercase();
        // Nor a refusal: "Private." (a review found "It is private" masked).
        (!word.is_empty()
            && !word.contains(char::is_whitespace)
            && !says_nothing(&[lower])
            && !refuses(word))
        .then_some(word)
    };
    if let (Some(word), true) = first {
        return answer(word);
    }
    // A word said of a thing is no password: "It is private thanks. I want a human".
    if let Some((_, Some(clause), _)) = answer_clause(text)
        && !said_of_it(clause)
    {
        if let Some(word) = answer(clause) {
            // A participle tells what happened, and the password said after it is the
            // answer: "Hacked. It is sunshine. I want a human" (a review found "Hacked"
            // masked and "sunshine" shown).
            if password
                && crate::text::participle::is_participle(word, false)
                && let Some(said) = said_later(text, Later::Chosen)
            {
                return Some(said);
            }
            return Some(word);
        }
        // A password's first clause of a few words is the password, all of it ("Brian
        // White Seahorse": a review found it a name fact, shown whole under
        // `--redact`), but where it is plainly no answer ([`passphrase`]) or the bot
        // asked for the customer's name too ("John Smith").
        if code == Code::Password
            && let Some(phrase) = passphrase(clause)
        {
            return Some(phrase);
        }
    }
    // A PIN's or a code's reply is no word ("Brian White and my account number is …"
    // after "your full name, account number and PIN": STAR star-1069).
    if password && let Some(answer) = leading_answer(text, Later::Chosen) {
        return Some(answer);
    }
    // Said in the first sentence, a courtesy or a hedge around it: "It is sunshine
    // thanks. I want a human", "I think it is sunshine" (a review found both shown);
    // or in a later one: "I want a human. It is Seahorse" (a review found the fact
    // "Seahorse").
    if password
        && let Some(answer) =
            said_first(text, Later::Chosen).or_else(|| said_later(text, Later::Chosen))
    {
        return Some(answer);
    }
    let first = first.0?;
    // Not a hyphenated word: "5-star hotel booking" (a review found "5-star" masked).
    (first.chars().any(|c| c.is_ascii_digit())
        && first.chars().any(char::is_alphabetic)
        && !first.contains('-'))
    .then(|| answer(first))
    .flatten()
}

/// Groups of letters and digits typed apart by a space or a dash, each with a digit
/// ("A7K 9Q2", "X4-7QP-2B"), as a code sent by text or email may be written: the run is
/// the code, one secret (a review found "9Q2" of "A7K 9Q2" shown).
static GROUPS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)[A-Za-z]*[0-9][A-Za-z0-9]*(?:[ \-][A-Za-z]*[0-9][A-Za-z0-9]*)+(?-u:\b)")
        .expect("the grouped code pattern is valid")
});

/// The most characters of a group of a code typed in groups ([`GROUPS`]): a longer word
/// is a password of its own ("Seahorse42 Seahorse43").
const GROUP_CHARS: usize = 6;

/// The codes of `text` typed in groups ([`GROUPS`]): each group of two to
/// [`GROUP_CHARS`] characters, one group at least with a letter (digits alone are
/// [`SPACED_DIGITS`]'s), none a time or an amount ("3pm 4pm").
fn grouped_codes(text: &str) -> impl Iterator<Item = &str> {
    GROUPS.find_iter(text).map(|m| m.as_str()).filter(|run| {
        let mut groups = run.split([' ', '-']);
        groups
            .clone()
            .any(|g| g.chars().any(|c| c.is_ascii_alphabetic()))
            && groups.all(|g| (2..=GROUP_CHARS).contains(&g.len()) && !is_unit(g))
    })
}

impl Secrets {
    /// Adds the code a reply to the bot's question for one gives: each word of it with
    /// three digits or more ("sure it is 4821 thanks" → "4821") and each run of digits
    /// typed apart with three or more in all ([`SPACED_DIGITS`]: "it's 4 8 2 1" → "4 8 2
    /// 1", masked whole; "2 or 3" is none), each run of groups of letters and digits
    /// ([`grouped_codes`]: "A7K 9Q2", masked whole) and each word of the shape of a
    /// password ([`password_shaped`]: "Seahorse42 Seahorse43 neither works"), or else
    /// the code of letters it gives ([`code_word`]: "hunter2", "Seahorse42. I want a
    /// human"). A phone number is none ([`phones()`]: "send it to 0171 555 1234 instead").
    ///
    /// The groups and the passwords are read only in the reply's leading run
    /// ([`leading_run`]): "my order AB12 is late", "my username is jsmith84", "I use
    /// Windows11", "a 5-star hotel", "My postcode is SW1A 1AA" give none (a review found
    /// each masked).
    /// `held`: the words of `kept`, the message's facts.
    pub(super) fn add_code(&mut self, text: &str, kept: &[&Fact], held: &Held<'_>, code: Code) {
        // Read as they come, each time: collected, a pasted list held a slice of each
        // word (log, fifty-third session).
        let words = || {
            text.split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .filter(|w| !w.is_empty())
        };
        // A phone number is no code ([`phones()`]).
        let phones = Holders::new(phones(text));
        let a_phone = |start: usize, end: usize| phones.hold(start, end);
        // Where a word of `text` starts: each is a slice of it.
        let offset = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
        // A number a fact holds is no code: "bank account: 84318931431, with PIN 9503"
        // (STAR star-5729) gives the account's.
        let mut digits = words()
            .filter(|w| w.chars().filter(char::is_ascii_digit).count() >= 3)
            .filter(|w| !held.holds(w))
            .filter(|w| !a_phone(offset(w), offset(w) + w.len()))
            .peekable();
        // Digits typed apart ("4 8 2 1", "48 21", "4-8-2-1"): the run is one code.
        let runs: Vec<&str> = SPACED_DIGITS
            .find_iter(text)
            .filter(|m| m.as_str().chars().filter(char::is_ascii_digit).count() >= 3)
            .filter(|m| !held.holds(m.as_str()))
            .filter(|m| !labelled(&text[..m.start()]))
            .filter(|m| !a_phone(m.start(), m.end()))
            .map(|m| m.as_str())
            .collect();
        // A code typed in groups of letters and digits ("A7K 9Q2"): the run is one code.
        let (lead, run_end) = leading_run(text);
        let groups: Vec<&str> = (grouped_codes(text))
            .filter(|g| offset(g) == lead && !labelled(&text[..offset(g)]))
            .chain(letters_and_digits(text))
            .collect();
        // Each password of the reply ("Seahorse42 Seahorse43 neither works": a review
        // found the second shown), but one a fact holds ("order AB1234"; a name of them
        // is none, `Secrets::told_by` drops it).
        let not_names = Held::new(kept.iter().copied().filter(|f| !f.kind.names()));
        let passwords: Vec<&str> = words()
            .filter(|w| (lead..run_end).contains(&offset(w)))
            .filter(|w| password_shaped(w) && !w.contains('-'))
            .filter(|w| !not_names.holds(w))
            .collect();
        if digits.peek().is_some()
            || !runs.is_empty()
            || !groups.is_empty()
            || !passwords.is_empty()
        {
            for code in digits.chain(runs).chain(groups).chain(passwords) {
                self.add(code);
            }
        } else if phones.is_empty()
            && let Some(word) = code_word(text, first_word(words()), code)
        {
            self.add_leading(word);
        }
        // Asked beside the customer's name, the password may follow it: the rest after
        // the reply's first clause is read as a password's reply ("John Smith,
        // Seahorse42": a check found the name fact "Seahorse42"). Once: the rest is read
        // as asked for a password alone.
        if code == Code::PasswordBesideName
            && let Some((_, _, end)) = answer_clause(text)
            && let Some(rest) = text.get(end + 1..)
        {
            self.add_code(rest, kept, held, Code::Password);
        }
    }
}

/// The first of `words`, and whether there is no other (two read at most).
fn first_word<'t>(mut words: impl Iterator<Item = &'t str>) -> (Option<&'t str>, bool) {
    let first = words.next();
    (first, words.next().is_none())
}

/// Where the reply `text`'s leading run of passwords starts and ends, its fillers passed
/// over ([`fillers_len`]: "ok", "it's"): its tokens of a password's shape
/// ([`password_shaped`], no dash: "5-star", "COVID-19" are words) or of a code's group
/// ("A7K 9Q2"), joined by spaces, commas, "or", "and" or "/" ("Seahorse42 Seahorse43",
/// "Seahorse42, Seahorse43 or Seahorse44"), up to the first other word or a mark that
/// ends a sentence. A word after a label ("order AB12", "username jsmith84") or in a
/// reply that says it has none ("I never got a code") is never in it: the run starts
/// the reply.
fn leading_run(text: &str) -> (usize, usize) {
    let start = fillers_len(text);
    let mut end = start;
    for token in text[start..].split_whitespace() {
        let token_at = token.as_ptr() as usize - text.as_ptr() as usize;
        let bare = token.trim_matches(|c: char| !c.is_alphanumeric());
        let lower = bare.to_lowercase();
        let code = !bare.contains('-')
            && (password_shaped(bare)
                || (bare.chars().any(|c| c.is_ascii_digit())
                    && bare.chars().all(|c| c.is_ascii_alphanumeric())
                    && (2..=GROUP_CHARS).contains(&bare.len())));
        if code {
            end = token_at + token.len();
        } else if !(bare.is_empty() || matches!(lower.as_str(), "or" | "and")) {
            break;
        }
        if token.ends_with(['.', '!', '?', ';']) {
            break;
        }
    }
    (start, end)
}

/// Whether `token` (its marks at either end left off) has the shape of a password: four
/// characters or more, letters and digits both, nothing but them and a password's marks
/// ("Seahorse42", "Paris2025", "Pa$$w0rd"); not a time, an ordinal or an amount with its
/// unit ([`UNIT`]: "10am", "2nd", "500mb").
pub(super) fn password_shaped(token: &str) -> bool {
    let bare = token.trim_matches(|c: char| !c.is_alphanumeric());
    bare.chars().count() >= 4
        && bare.chars().any(|c| c.is_ascii_digit())
        && bare.chars().any(char::is_alphabetic)
        && (bare.chars()).all(|c| c.is_alphanumeric() || "!@#$%^&*_-+=".contains(c))
        && !is_unit(bare)
}

/// Whether `token` is a number and its unit ([`UNIT`]).
fn is_unit(token: &str) -> bool {
    UNIT.is_match(token)
}

/// A number and its unit, an ordinal or a time of day: "10am", "2nd", "1990s", "500mb".
static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[0-9]+(?:st|nd|rd|th|am|pm|s|k|m|h|hrs?|mins?|secs?|kb|mb|gb|tb|g|kg|lbs?|oz|km|mi|ml|l|x|ft|cm|mm|yo|yrs?|mph|kph)$")
        .expect("the unit pattern is valid")
});
