//! Security answers and PINs written with letters: a text → the spans of the answers to
//! security questions after the words that announce them ("my mother's maiden name was
//! Wong", "my first pet was called Rex", "my security question is Molly", "pet's name …
//! it was Molly", "childhood pet charlie") and of the PINs that are not all digits after
//! "PIN is" ("my pin is 538p", as a password after "is"), which stay. Each is a credential,
//! as a PIN is: `[secret]`. Beside the spans taken before (an answer taken already is not
//! taken again). Finds; the masking is `mod.rs`'s, an answer given in reply to the bot's
//! question `names/answers.rs`'s.

use std::sync::LazyLock;

use regex::Regex;

use super::Kind;
use super::password::SAID_OF_A_PASSWORD;
use super::taken::Taken;
use super::{Caseless, Whole};
use crate::redact::names::{NOT_SURNAMES, is_common_english, is_name_word};
use crate::summary::may_be_name;
use crate::text::capitalised;

mod before;
mod not_answers;
use not_answers::NOT_ANSWERS;

/// The words that announce a security answer: "maiden name", "maiden", "pet", "pet's
/// name", "childhood pet", "security question", "security questions answer", "memorable
/// word".
static CUE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:maiden(?:\s+names?)?|(?:(?:childhood|first|old|family)\s+)?pet(?:s|['’]s)?(?:\s+names?)?|security\s+(?:question|answer)s?(?:['’]s?)?(?:\s+answers?)?|memorable\s+(?:word|answer|name|place))(?-u:\b)",
    )
    .expect("the security cue pattern is valid")
});

/// What joins a cue to its answer: `:` or `=`, "is", "was", "which is", "was called",
/// "named", "it's".
static CONNECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\A(?:\s*[:=]\s*|(?:\s*,)?\s+(?:which\s+|that\s+)?(?:is|was|were|are)(?:\s+(?:called|named))?\s+|['’]s\s+|\s+(?:is\s+|was\s+)?(?:called|named)\s+|\s*[,–—-]?\s+(?:it\s+(?:is|was)|it['’]s)\s+)",
    )
    .expect("the security connector pattern is valid")
});

/// The answer right after the cue, with nothing between ("mother's maiden name Sanchez",
/// "childhood pet charlie"): only after a cue that can only be followed by one (`bare`).
static BARE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\A(?:\s+|\s*[–—-]\s*)").expect("the security bare pattern is valid")
});

/// "it was" a few words on in the same sentence, or opening the next: "my childhood
/// pet's name if that helps - it was Molly", "my mom's maiden name. It was Cooper."; not
/// further on in the next ("My parents didn't like pets. I had a goldfish once but it
/// was flushed").
static LATER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\A(?:(?:[\s,;:–—-]+[\p{L}'’]+){0,8}?[\s,;:–—-]+|\s*[.!?]\s+)(?:it\s+(?:is|was)|it['’]s)\s+",
    )
    .expect("the security later pattern is valid")
});

/// A PIN after "is", "was" or "'s", in any characters (`538p`, `abcd`): the token is the
/// group. An all-digit one is `secret.rs`'s.
static PIN_SAID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)pin(?:\s+(?:number|code|no\.?))?(?:\s+(?:is|was)|['’]s)(?:\s+(?:now|still|just|actually|currently))?\s+(\S+)",
    )
    .expect("the pin pattern is valid")
});

/// Whether `text` may hold a word [`CUE`] or [`PIN_SAID`] finds, as a whole word:
/// "maiden", "memorable", "pet", "pets", "pin", "security", in any ASCII case ("pink",
/// "petrol", "pinned" hold none). One scan, for texts without a digit.
pub(super) fn may_announce(text: &str) -> bool {
    static WORDS: LazyLock<Caseless> =
        LazyLock::new(|| Caseless::new(&[(ANNOUNCING, Whole::Word)]));
    WORDS.holds(text)
}

/// The words [`may_announce`] looks for, whole.
pub(super) const ANNOUNCING: &[&[u8]] = &[
    b"maiden",
    b"memorable",
    b"pet",
    b"pets",
    b"pin",
    b"security",
];

/// The answers to security questions in `text`, in order ([`CUE`], then what joins it
/// to its answer): also what the customer's names hunt for in the conversation's other
/// messages (`names.rs`).
pub(in crate::redact) fn security_answers(text: &str) -> Vec<(usize, usize)> {
    let mut out: Vec<(usize, usize)> = Vec::new();
    if !may_announce(text) {
        return out;
    }
    for cue in CUE.find_iter(text) {
        let lower = cue.as_str().to_lowercase();
        // Only a name or a childhood pet is followed by its answer with nothing between.
        let bare = lower.ends_with("name")
            || lower.ends_with("names")
            || lower.contains("answer")
            || ((lower.starts_with("childhood") || lower.starts_with("first"))
                && lower.ends_with("pet"));
        // "it was" a few words on only after a cue that names what the answer is ("pet's
        // name", "maiden", "security question"), not after "pets" alone.
        let named = bare
            || ["maiden", "question", "questions", "word"]
                .iter()
                .any(|end| lower.ends_with(end));
        let rest = &text[cue.end()..];
        let joins = [
            CONNECT.find(rest),
            BARE.find(rest).filter(|_| bare),
            LATER.find(rest).filter(|_| named),
        ];
        // Said before its cue when none follows it ("Wong is mama's maiden").
        // A memorable word is chosen to be one, a dictionary word as well as any.
        let memorable = lower.starts_with("memorable");
        if let Some(found) = joins
            .into_iter()
            .flatten()
            .find_map(|join| {
                let at = cue.end() + join.end();
                answer(text, at).or_else(|| memorable.then(|| any_word(text, at)).flatten())
            })
            .or_else(|| {
                before::names_the_answer(&lower)
                    .then(|| before::answer_before(text, cue.start(), answer_word))
                    .flatten()
            })
            .filter(|&(start, _)| out.last().is_none_or(|&(_, end)| end <= start))
        {
            out.push(found);
        }
    }
    out
}

/// Takes the spans of the security answers and of the PINs written with letters in
/// `text` that no span taken overlaps.
pub(super) fn spans(text: &str, taken: &mut Taken) {
    taken.settle();
    let mut found = security_answers(text);
    found.extend(PIN_SAID.captures_iter(text).filter_map(|c| pin(c.get(1)?)));
    found.sort_unstable();
    let mut last = 0;
    for (start, end) in found {
        if start >= last && !taken.overlaps(start, end) {
            taken.push((start, end, Kind::Secret.mask()));
            last = end;
        }
    }
    taken.settle();
}

/// The span of a PIN that is not all digits ("538p", "abcd"), without the punctuation
/// after it; none for one all digits, a length ("4-digit"), a mask, or a word that says
/// something of it ("is wrong", "is either …", "is though", "is blocked").
fn pin(token: regex::Match<'_>) -> Option<(usize, usize)> {
    // In quotes: `my pin is "ab12"`.
    let raw = token.as_str().trim_start_matches(['"', '\'', '“', '‘']);
    let start = token.end() - raw.len();
    let trimmed = raw.trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '"', '\'', '’', '”']);
    let lower = trimmed.to_lowercase();
    let digits = trimmed.bytes().filter(u8::is_ascii_digit).count();
    let letters = trimmed.chars().filter(|c| c.is_alphabetic()).count();
    let length = lower.contains("digit") || lower.contains("char") || lower.contains("number");
    let ok = !trimmed.is_empty()
        && !crate::redact::holds_mask(trimmed)
        && letters > 0
        && trimmed
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '*' | '#'))
        && if digits > 0 {
            !length
        } else {
            letters >= 3
                && !SAID_OF_A_PASSWORD.contains(&lower.as_str())
                && NOT_ANSWERS.binary_search(&lower.as_str()).is_err()
                && !is_common_english(&lower)
        };
    ok.then(|| (start, start + trimmed.len()))
}

/// The answer that starts at `at` (after an opening quote): a word that may be one
/// ([`answer_word`]) and a capitalised one after it ("Winnie Cooper", "Rum Tum"), or a
/// token of letters and digits ("fluffy123").
pub(in crate::redact) fn answer(text: &str, at: usize) -> Option<(usize, usize)> {
    let at = at + (text[at..].len() - text[at..].trim_start_matches(['"', '\'', '“', '‘']).len());
    let token_end = text[at..]
        .find(char::is_whitespace)
        .map_or(text.len(), |i| at + i);
    let token = text[at..token_end].trim_end_matches(|c: char| !c.is_alphanumeric());
    if token.chars().any(|c| c.is_ascii_digit())
        && token.chars().any(char::is_alphabetic)
        && token.chars().all(char::is_alphanumeric)
    {
        return Some((at, at + token.len()));
    }
    let (start, end) = word(text, at)?;
    if !answer_word(&text[start..end]) {
        return None;
    }
    let first_capitalised = capitalised(&text[start..end]);
    let second = text[end..]
        .strip_prefix(' ')
        .and_then(|_| word(text, end + 1))
        .filter(|&(s, e)| {
            let w = &text[s..e];
            first_capitalised && capitalised(w) && answer_word(w)
        });
    Some((start, second.map_or(end, |(_, e)| e)))
}

/// Whether `word` may be a security answer: no word that stands where one would
/// ([`NOT_ANSWERS`]), and a capitalised word that may be a name ("Molly", "Sanchez")
/// but a word of a complaint (a participle, `text::participle`: "Hacked", "Stolen"; a
/// support chat's word, `stands_for_no_name`: "Urgent", "Help"; a review found "Hacked
/// I want a human" masked as a pet's name), or in lower case no common English word
/// ("cooper", "charlie") or a name that is one ("brown"); two letters at least, and an
/// apostrophe only in a capitalised one ("O'Brien", not "don't").
pub(in crate::redact) fn answer_word(word: &str) -> bool {
    let lower = word.to_lowercase().replace('’', "'");
    let cased = capitalised(word);
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && NOT_ANSWERS.binary_search(&lower.as_str()).is_err()
        && (!lower.contains('\'') || cased)
        && if cased {
            may_be_name(word)
                && !crate::text::participle::is_participle(word, false)
                && !crate::redact::stands_for_no_name(word)
        } else {
            !is_common_english(&lower) || is_name_word(&lower)
        }
}

/// Whether `word` (in any case), typed first in a reply, stands where a security answer
/// would and is none: one of [`NOT_ANSWERS`] ("Maybe", "Wrong", "Where"), or a word of
/// English that chats put after a name (`names::NOT_SURNAMES`: "Honestly", "Since",
/// "Yesterday"). The packet summary reads both for a word typed before a reply to a
/// pet's name goes on, where common English may be the answer ("Buddy").
pub(crate) fn stands_for_no_answer(word: &str) -> bool {
    let lower = word.to_lowercase().replace('’', "'");
    NOT_ANSWERS.binary_search(&lower.as_str()).is_ok()
        || NOT_SURNAMES.binary_search(&lower.as_str()).is_ok()
}

/// The word starting at `at` (after an opening quote) as a memorable word: any of three
/// letters or more but a word that stands where one would or says something of it ("my
/// memorable word is pineapple"; not "is wrong", "is the same").
fn any_word(text: &str, at: usize) -> Option<(usize, usize)> {
    let at = at + (text[at..].len() - text[at..].trim_start_matches(['"', '\'', '“', '‘']).len());
    let (start, end) = word(text, at)?;
    let lower = text[start..end].to_lowercase();
    (lower.chars().count() >= 3
        && !lower.contains(['\'', '’'])
        && NOT_ANSWERS.binary_search(&lower.as_str()).is_err()
        && !SAID_OF_A_PASSWORD.contains(&lower.as_str()))
    .then_some((start, end))
}

/// The word starting at `at`: letters, their marks, and an inner apostrophe or hyphen.
fn word(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    if !rest.starts_with(char::is_alphabetic) {
        return None;
    }
    let mut end = at;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '\'' | '’' | '-')
            && chars.peek().is_some_and(|&(_, next)| next.is_alphabetic());
        if !(c.is_alphabetic() || crate::text::is_combining_mark(c) || inner) {
            break;
        }
        end = at + i + c.len_utf8();
    }
    Some((at, end))
}

#[cfg(test)]
mod tests;
