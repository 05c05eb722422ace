//! A customer's reply to a question for their name: a bot's or agent's text → whether it
//! asks for the name; the reply → the words of the name it gives ("Tyler Jones", "Jane
//! Smith, and my order is late", "Angela and I would like a room", "susan", "it's
//! mark", "Katarina with a K and Miller with two Ls"), or none ("no", "what for", "Name:
//! Cactus Club", "Hotel California. Booking for 2").

use std::sync::LazyLock;

use regex::Regex;

use super::initials::past_middle_initials;
use super::title::{is_title_word, names_a_thing};
use super::typo::is_noise;
use super::untitled::particles_in_a_name;
use super::words::{is_place_end, is_service};

mod around;
mod spelling;
use super::{everyday, follows_names, is_not_a_name, rare_or_name, surname_in_lower_case, word_at};
use crate::redact::names::{is_common_english, is_name_word};
use crate::summary::may_be_name;
use crate::text::capitalised;
use around::{label_at, last_clause_name, opens_as_a_pair};
use spelling::{spelling_at, spelt_after};

/// A bot's or agent's question for the customer's name: "Could I get your name,
/// please?", "May I have your full name?", "Can I have your surname?", "Who am I speaking
/// with?", "What's the name on the booking?"; or for the name of the person the customer
/// books for, meets or sees, a name as much ("Could you provide me with the name of the
/// host, please?": STAR star-1723; "Who is your doctor?" — "Johnson": STAR star-6220;
/// "What doctor would you like to see?", "What's your daughter's name?", "What's his
/// name?").
static ASKS_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i:(?-u:\b)(?:your\s+(?:full\s+|first\s+|last\s+)?name(?-u:\b)|who\s+(?:am\s+i|i\s+am|are\s+we)\s+(?:speaking|talking|chatting)|what\s+(?:should|can|may|shall)\s+i\s+call\s+you|who\s+is\s+this|how\s+should\s+i\s+address\s+you|name\s+of\s+(?:the|your)\s+(?:host|guest|patient|passenger|contact|person)(?-u:\b)|(?:host|guest|patient|passenger)['’]s\s+name|your\s+surname|(?:what['’]?s|what\s+is|have|get|provide|confirm|tell\s+me)\s+the\s+name\s+(?:on|for|under)\s+(?:the|your|this)\s+(?:booking|reservation|account|order|ticket|card|appointment|policy)|who\s+is\s+(?:your|the)\s+(?:doctor|dentist|physician|gp|host)(?-u:\b)|what\s+doctor\s+would\s+you|(?:your|the)\s+(?:doctor|dentist|daughter|son|child|wife|husband|partner)['’]?s\s+name|(?:daughters?|sons?|childs?)\s+name|what['’]?s\s+(?:his|her)\s+name|what\s+is\s+(?:his|her)\s+name))",
    )
    .expect("the question pattern is valid")
});

/// A terse prompt for the name, the whole message: "name", "Full name?", "name and
/// number please", "Name, account number and PIN please.", "Name and flight ID, please?"
/// (STAR star-2339) (not "name of the product",
/// "Name your price").
static TERSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\A[\s\p{P}]*(?:(?:please|your|full|first|last|the)\s+)*name(?:\s*(?:,|&|\+|\band\b)\s*(?:(?:your|the|account|phone|mobile|number|no|pin|email|address|dob|date|of|birth|flight|booking|order|ticket|reservation|ride|id|and|,)\s*){1,6})?(?:\s*,?\s*please)?[\s.?!:]*\z",
    )
    .expect("the terse question pattern is valid")
});

/// Whether `text` (a bot's or agent's message) asks the customer for a name: theirs, or
/// any other a reply may give ([`ASKS_NAME`], [`TERSE`]), anywhere in the message, so
/// that the name is masked wherever it shows. Differs on purpose from the packet
/// summary's question for a name (`summary::facts::asks_for_name`), which says whose
/// name is asked (the customer's own, or that of a person the bot names: "the name of
/// the host"), and only in the bot's last question, since it makes a key fact of the
/// reply's one word: a name missed there costs a fact, one missed here shows a name.
pub(in crate::redact) fn asks_for_name(text: &str) -> bool {
    ASKS_NAME.is_match(text) || TERSE.is_match(text)
}

/// Words a reply that gives a name may open with: "Sure, it's Tyler", "Yes, Tyler
/// Jones", "Hi, I am Tyler", "Um, Tyler", "this is tyler", "Name: Tyler Jones".
/// A lead-in that gives in ("ok fine. Marcus Brown", "Alright then, Tyler") opens one
/// too, and so does "still" ("Duh, it's still Alexis": STAR star-804).
pub(super) const REPLY_OPENERS: &[&str] = &[
    "ah", "alright", "am", "duh", "fine", "geez", "haha", "hello", "hey", "hi", "hmm", "i", "i'm",
    "i’m", "im", "is", "it", "it's", "it’s", "its", "lol", "name", "oh", "ok", "okay", "oops",
    "still", "sure", "then", "this", "ugh", "uh", "sorry", "um", "umm", "well", "whatever", "whoa",
    "wow", "ya", "yea", "yeah", "yep", "yes", "yup",
];

/// The words of the name a customer's reply to a question for their name gives: all of
/// it but an opener ("Sure, it's") and punctuation, when that is one to three
/// capitalised words that may be a name ("Tyler Jones", "It's Tyler."), or words of a
/// script without case ("王伟"); or such words, then a mark that ends them (`,` `.` `;`
/// `:` `!` `?` or a line break), then anything ("Jane Smith, and my order is late",
/// "Yes John Smith. Table for 2"). A surname may be in lower case ("Sarah brown":
/// [`surname_in_lower_case`]), and so may the whole name ([`lower_case_name`]: "susan",
/// "kylo ren", "it's mark"). None for anything else ("It's broken", "Yes please", "Order
/// 12345", "no", "what for", "my card", a typo: "helo", "hwat"). A number ends the name
/// as a mark does ("Katarina Miller 351531510 is my account", "Miller2", in any script's
/// digits), and so does how it is spelt ("Mark with a k", "Tyler Jones with a T", "Jon
/// with no h"), after which a name spelt too may follow "and" ("Katarina with a K and
/// Miller with two Ls").
pub(in crate::redact) fn reply_name(text: &str) -> Vec<(usize, usize)> {
    // A typo of a reply word or an interjection ("helo", "hmmm") opens a reply as one,
    // and so do two words together ("Of course, John Smith.", "My name? Alexis.").
    // A title opens the name it stands before ("dr alexis", "Yes, Dr. Morgan"), never a
    // word of it ("dr" was masked as a name, and "Dr" then everywhere).
    let opener = |&(s, e): &(usize, usize)| {
        let lower = text[s..e].to_lowercase();
        REPLY_OPENERS.contains(&lower.as_str())
            || is_title_word(&lower)
            || is_noise(&lower)
            || opens_as_a_pair(text, s, e)
    };
    let mut words = Vec::new();
    // How many words there are before the first mark that ends a clause after a word
    // that opens no reply, and whether the reply is only words and punctuation.
    let mut clause = None;
    let mut plain = true;
    // Whether every word so far opens a reply: kept as words come, not asked again of
    // all of them at each mark (which made "um, um, um, …" quadratic).
    let mut all_openers = true;
    // Whether the number that ends the first clause is a measure ("55 inch").
    let mut measured = false;
    let mut at = 0;
    while at < text.len() {
        let c = text[at..].chars().next().unwrap_or(' ');
        if let Some((start, end)) = word_at(text, at) {
            // "Maria J. Garcia Lopez": a middle initial, no word of the name, whose full
            // stop ends nothing (its letter is masked with the name: `in_chat.rs`).
            if let Some(past) = words
                .last()
                .and_then(|&(first, _)| past_middle_initials(text, first, start))
            {
                at = past;
                continue;
            }
            // "Ana de la Cruz", "Maria do Carmo": the particles between a given name and
            // its surname, no word of the name, shown (masked, every "de" would be).
            // The opener asked last: it costs most, and most words are no particle.
            if let Some(&given) = words.last()
                && let Some(past) = particles_in_a_name(text, given, start)
                && !opener(&given)
            {
                at = past;
                continue;
            }
            words.push((start, end));
            all_openers = all_openers && opener(&(start, end));
            at = end;
            continue;
        }
        // A number ends the name before it too ("Katarina Miller 351531510 is my
        // account", "Miller2"), in any script's digits ("Miller٣", "Miller３"): a name
        // holds no digit.
        if clause.is_none()
            && (matches!(c, ',' | '.' | ';' | ':' | '!' | '?' | '\n')
                || is_punctuation(c)
                || c.is_numeric()
                || spaced_dash(text, at))
            && !all_openers
        {
            clause = Some(words.len());
            // "Samsung 55 inch TV": before a measure, the words are a thing's.
            measured = c.is_numeric() && measure(&text[at..]);
        }
        if !(c.is_whitespace() || c.is_ascii_punctuation() || is_punctuation(c)) {
            if clause.is_none() {
                return Vec::new();
            }
            plain = false;
        }
        at += c.len_utf8();
    }
    let whole = plain.then_some(&words[..]);
    let first_clause = clause.filter(|_| !measured).map(|n| &words[..n]);
    // The words before "and", "is my name" or how the name is spelt ("Angela and I would
    // like a room", "Alexis is my name", "Mark with a k", "Jon without an h").
    let word_is = |i: usize, word: &str| {
        words
            .get(i)
            .is_some_and(|&(s, e)| text[s..e].eq_ignore_ascii_case(word))
    };
    let before_and = (0..words.len()).find(|&i| {
        word_is(i, "and")
            || (word_is(i, "is") && word_is(i + 1, "my") && word_is(i + 2, "name"))
            || spelling_at(text, &words, i).is_some()
    });
    // The words before what else the bot asks for ("Tyler Jones account number …",
    // "Sarah brown my pin is …", "Jane doe pin …"), read as if the reply ended there: a
    // surname in lower case before "my pin" is no verb before its object.
    let before_label = (1..words.len()).find(|&i| label_at(text, &words, i));
    // Before more text, no word of the name is a common one ("Seriously, why?", "Really.
    // I need help"): one may be a name alone ("Will", "May"), less so before more.
    let mut name = [
        (whole, false, text, false),
        (first_clause, true, text, false),
        (before_and.map(|k| &words[..k]), true, text, false),
        (
            before_label.map(|k| &words[..k]),
            true,
            before_label.map_or(text, |k| &text[..words[k].0]),
            true,
        ),
    ]
    .into_iter()
    .filter_map(|(words, strict, text, label)| Some((words?, strict, text, label)))
    .map(|(words, strict, text, label)| {
        let openers = words.iter().take_while(|w| opener(w)).count();
        (&words[..openers], &words[openers..], strict, text, label)
    })
    // Before a label, one word after an opener is a thing's more often than a name ("Of
    // course, Netflix account"); two are a name ("Of course, Tyler Jones account …").
    .filter(|&(openers, name, _, _, label)| !(label && !openers.is_empty() && name.len() < 2))
    .map(|(openers, name, strict, text, _)| (openers, name, strict, text))
    .find(|&(openers, name, strict, text)| {
        // Before a label, one word after an opener is a thing's more often than a name
        // ("Of course, Netflix account"); two are a name ("Of course, Tyler Jones
        // account number …").
        is_reply_name(text, name, strict)
            || lower_case_name(text, name, says_name(text, openers), strict)
    })
    .map(|(_, name, _, _)| name.to_vec())
    .unwrap_or_default();
    if name.is_empty() {
        name = last_clause_name(text, &words);
    }
    // "Katarina with a K and Miller with two Ls": a name spelt, then more, each spelt.
    if let Some(k) = before_and
        && k > 0
        && name.last() == words.get(k - 1)
    {
        name.extend(spelt_after(text, &words, k));
    }
    name
}

/// Whether `text` starts with a number that measures ("55 inch TV", "65\" screen",
/// "128GB", "2 TB", "55 TV"): a unit, or a thing's kind a size goes with, after it, or a
/// sign of inches. A number after a name is an account's or a phone's, with none ("Tyler
/// Jones 4821", "Katarina Miller 351531510 PIN").
pub(super) fn measure(text: &str) -> bool {
    const UNITS: &[&str] = &[
        "cc", "cm", "cpu", "feet", "foot", "ft", "g", "gb", "gen", "gpu", "hd", "hdd", "hp", "hz",
        "in", "inch", "inches", "k", "kb", "kg", "km", "kw", "l", "lb", "lbs", "lcd", "led",
        "liter", "liters", "litre", "litres", "m", "mah", "mb", "mg", "ml", "mm", "mp", "oled",
        "oz", "pack", "pc", "pcs", "piece", "pieces", "pro", "ram", "seater", "series", "ssd",
        "tb", "tv", "uhd", "usb", "v", "volt", "w", "watt", "watts", "xl", "xxl",
    ];
    let rest = text.trim_start_matches(|c: char| c.is_numeric() || matches!(c, '.' | ','));
    if rest.starts_with(['"', '”', '″']) {
        return true;
    }
    let rest = rest.strip_prefix([' ', '-']).unwrap_or(rest);
    let end = rest
        .find(|c: char| !c.is_alphabetic())
        .unwrap_or(rest.len());
    UNITS
        .iter()
        .any(|unit| unit.eq_ignore_ascii_case(&rest[..end]))
}

/// Whether the words `openers` of a reply say that a name follows: "it's", "i'm", "im",
/// "i am", "it is", "this is".
fn says_name(text: &str, openers: &[(usize, usize)]) -> bool {
    let words: Vec<String> = openers
        .iter()
        .map(|&(s, e)| text[s..e].to_lowercase().replace('\u{2019}', "'"))
        .collect();
    words
        .iter()
        .any(|w| matches!(w.as_str(), "it's" | "its" | "i'm" | "im"))
        || words.windows(2).any(|pair| {
            matches!(
                (pair[0].as_str(), pair[1].as_str()),
                ("i", "am") | ("it" | "this", "is")
            )
        })
}

/// Whether the words `name` of a reply to a question for the name, none capitalised, are
/// a name given in lower case: one to three words, none a word chats put where a name
/// would go ("no", "why", "sure", "my"), each no common English word or a name that is
/// also one ("brown"), and one of them no common word at all ("susan", "sarah brown",
/// "kylo ren") unless a word before them says a name follows (`says`: "it's mark") or it
/// is such a name alone, all the reply says (not `strict`: "mark"). Not "what for", "my
/// card", "i don't want to", "it's fine".
fn lower_case_name(text: &str, name: &[(usize, usize)], says: bool, strict: bool) -> bool {
    let mut rare = false;
    let words = (1..=3).contains(&name.len())
        && name.iter().all(|&(s, e)| {
            let word = &text[s..e];
            let lower = word.to_lowercase().replace('\u{2019}', "'");
            let common = is_common_english(&lower);
            rare |= !common;
            !capitalised(word)
                && lower.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && !everyday(&lower)
                && !follows_names(&lower)
                && !is_not_a_name(word)
                && !REPLY_OPENERS.contains(&lower.as_str())
                && !is_title_word(&lower)
                && !names_a_thing(&lower)
                && (!common || is_name_word(&lower))
        });
    words && (rare || says || (name.len() == 1 && !strict)) && !names_a_place(text, name)
}

/// Whether the words `name` of a reply name a place, a business or a service, not a
/// person: two or more, the last of which ends a place's or a business's name ("Cactus
/// Club", "Luigi's Bistro", "Acme Ltd": [`is_place_end`]), or one a service's name
/// ("Spotify"). The bot asked for a name; a restaurant's card pasted in reply, or the
/// venue the customer means, is no one's.
fn names_a_place(text: &str, name: &[(usize, usize)]) -> bool {
    let word = |&(s, e): &(usize, usize)| &text[s..e];
    (name.len() >= 2 && name.last().is_some_and(|w| is_place_end(word(w))))
        || name.iter().any(|w| is_service(word(w)))
}

/// Whether the words `name` of `text` are a name as a reply gives it: one to three
/// capitalised words that may be a name (and, if `strict`, no common word in lower
/// case), or of a script without case, and a surname in lower case after the first.
fn is_reply_name(text: &str, name: &[(usize, usize)], strict: bool) -> bool {
    let caseless = |word: &str| !word.chars().any(|c| c.is_uppercase() || c.is_lowercase());
    (1..=3).contains(&name.len())
        && !names_a_place(text, name)
        && name.iter().enumerate().all(|(i, &(s, e))| {
            let word = &text[s..e];
            if is_title_word(word) {
                return false;
            }
            if i > 0 && !capitalised(word) && !caseless(word) {
                return surname_in_lower_case(word, &text[e..]) && rare_or_name(word);
            }
            (capitalised(word) || caseless(word))
                && may_be_name(word)
                && !everyday(word)
                && !is_not_a_name(word)
                && !names_a_thing(word)
                && (!strict || strict_name(word))
        })
}

/// Whether a capitalised word before more text in a reply may be a name: no word that
/// follows names, and no common English word but one that is a name too ("Will"); not
/// "Hotel California. Booking for 2", "Alright, my flight is cancelled".
fn strict_name(word: &str) -> bool {
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    !follows_names(&lower)
        && !is_not_a_name(word)
        && (!is_common_english(&lower) || is_name_word(&lower))
}

/// Whether the character at `at` of `text` is a hyphen with a space on both sides, a
/// dash as a clause's end is written on a keyboard ("Alexis - why do you ask?": STAR
/// star-804); a hyphen inside a word ("Mary-Jane") is none.
fn spaced_dash(text: &str, at: usize) -> bool {
    text[at..].starts_with('-')
        && text[..at].ends_with(char::is_whitespace)
        && text[at + 1..].starts_with(char::is_whitespace)
}

/// Punctuation beyond ASCII that may end or open a reply ("Tyler。", "«Tyler»").
fn is_punctuation(c: char) -> bool {
    matches!(c, '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{FF01}'..='\u{FF0F}' | '«' | '»' | '¡' | '¿')
}
