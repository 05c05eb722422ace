//! Greetings and fillers a reply may open with, in English and other languages: a
//! word in lower case → whether it is one, its letters said once or as written; and
//! what may answer a security question after a greeting.

use super::nothing::asks_for_a_person;
use super::opens::opens_a_sentence;
use super::whole::no_answer_word;
use super::{said_of_it, says_nothing};
use crate::summary::goal::addresses;
use crate::text::english::is_common_english;

/// Greetings and fillers, in English and other languages, their letters said once
/// ([`once`]: "Hiii", "Helloo", "Umm" are "hi", "helo", "um"): a reply's first word of
/// these is no answer ("Hallo I want a human" after "What is your secret word?": a
/// review found it masked).
const GREETINGS: &[&str] = &[
    "hi",
    "hey",
    "helo",
    "halo",
    "hola",
    "ola",
    "bonjour",
    "bonsoir",
    "salut",
    "ciao",
    "hej",
    "hoi",
    "moin",
    "servus",
    "namaste",
    "aloha",
    "howdy",
    "hiya",
    "heya",
    "yo",
    "sup",
    "oi",
    "ahoj",
    "merhaba",
    "salam",
    "salaam",
    "shalom",
    "konichiwa",
    "konnichiwa",
    "gday",
    "greetings",
    "bruh",
    "bro",
    "dude",
    "mate",
    "um",
    "uh",
    "umh",
    "hm",
    "ah",
    "eh",
    "er",
    "erm",
    "oh",
    "ok",
    "okay",
    "okie",
    "k",
    "kk",
    "gotcha",
    "yeah",
    "yep",
    "yup",
    "ya",
    "yah",
    "sure",
    "lol",
    "welp",
    "oof",
    "wel",
    "alright",
    "aight",
    "thx",
    "ty",
    "hallo",
    "gracias",
    "merci",
    "danke",
    "obrigado",
    "grazie",
];

/// `lower` with each run of one letter said once: "hiii" → "hi", "helloo" → "helo".
fn once(lower: &str) -> String {
    let mut out = String::with_capacity(lower.len());
    for c in lower.chars() {
        if !out.ends_with(c) {
            out.push(c);
        }
    }
    out
}

/// Words a greeting says whom it greets with: "Hello there", "Hi all", "Hey you".
const GREETED: &[&str] = &[
    "there",
    "you",
    "all",
    "everyone",
    "everybody",
    "guys",
    "folks",
    "team",
    "again",
    "yall",
    "y'all",
    // Whom a customer greets by a title or as a friend: "Hello sir", "Hi mate" (a
    // review found "sir" and "mate" masked as a pet's name).
    "sir",
    "madam",
    "maam",
    "ma'am",
    "mate",
    "pal",
    "friend",
];

/// Times of day a greeting wishes good: "Good morning", "good evening".
const TIMES_OF_DAY: &[&str] = &["morning", "afternoon", "evening", "day", "night"];

/// Whether `clause`, a clause of a reply, greets and says nothing else: a greeting
/// ([`is_greeting`]) or "good" and a time of day ([`TIMES_OF_DAY`]: "Good morning"),
/// or a time of day alone ("Morning"), then, if anything, whom it greets ([`GREETED`]):
/// "Hello there", "Hi there", "Hey you", "Good morning all", "Hello sir". No answer to a security question, however short (a review
/// found "Hello there" read "Hello \[secret\]" under `--redact`); "Hi Rex" may give one.
pub(crate) fn greets(clause: &str) -> bool {
    // Read word by word, up to the first that is none of these: a long clause costs
    // no more than its first words.
    let mut words = (clause.split_whitespace())
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
                .to_lowercase()
                .replace('’', "'")
        })
        .filter(|w| !w.is_empty());
    let greeted = match words.next() {
        Some(first) if is_greeting(&first) => true,
        // A time of day alone greets too: "Morning", "Evening all" (a review found
        // "Morning" masked as a pet's name).
        Some(time)
            if matches!(
                time.as_str(),
                "morning" | "mornin" | "afternoon" | "evening"
            ) =>
        {
            true
        }
        Some(good) if good == "good" => words
            .next()
            .is_some_and(|time| TIMES_OF_DAY.contains(&time.as_str())),
        _ => false,
    };
    greeted && words.all(|w| GREETED.contains(&w.as_str()))
}

/// Whether `lower` (a word in lower case) is a greeting or a filler ([`GREETINGS`],
/// each said with its letters once or as written).
pub(super) fn is_greeting(lower: &str) -> bool {
    let once = once(lower);
    GREETINGS
        .iter()
        .any(|g| *g == lower || once == *g || once == self::once(g))
}

/// Topics of a support chat a customer names after greeting instead of answering
/// ("Hello there" then "Fraud"), beside those redaction knows
/// (`redact::stands_for_no_name`: "Refund", "Billing"). Sorted, lower case.
const TOPICS: &[&str] = &[
    "booking",
    "cancellation",
    "card",
    "charge",
    "charges",
    "chargeback",
    "claim",
    "complaint",
    "dispute",
    "flight",
    "fraud",
    "invoice",
    "loan",
    "membership",
    "order",
    "outage",
    "payment",
    "pending",
    "repair",
    "reservation",
    "return",
    "returns",
    "scam",
    "shipping",
    "subscription",
    "tracking",
    "transfer",
    "upgrade",
    "warranty",
];

/// Whether `answer`, the answer of a reply's clause (a word or three) after a greeting
/// ("Hello there" then "Rex", "Hey, Rex"), looks like one: each word has a digit
/// ("4821") or is none that plainly is no answer (`no_answer_word`: "Never", "reset";
/// `redact::stands_for_no_name`: "Refund", "Billing"; a topic, [`TOPICS`]: "Fraud";
/// `redact::stands_for_no_answer`; a participle: "Lost"; a judgement; said of a thing, `said_of_it`), alone
/// no word a sentence opens with ([`opens_a_sentence`]: "Monday", "Jesus"), and of
/// two words or three each is capitalised or no common English ("Van Buren"; not "go
/// ahead", "Lost card"). A customer who greets instead of answering goes on with the
/// request, which is no secret (a review found "Refund" and "Yep, go ahead!" masked).
pub(in super::super) fn answers_after_a_greeting(answer: &str) -> bool {
    let words: Vec<&str> = (answer.split_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-'))
        .filter(|w| !w.is_empty())
        .collect();
    let lower: Vec<String> = (words.iter())
        .map(|w| w.to_lowercase().replace('’', "'"))
        .collect();
    let digits = |w: &str| w.chars().any(|c| c.is_ascii_digit());
    let may_be = |(w, l): (&&str, &String)| {
        digits(w)
            || !(no_answer_word(w)
                || crate::redact::stands_for_no_name(w)
                || TOPICS.binary_search(&l.as_str()).is_ok()
                || crate::redact::stands_for_no_answer(w)
                || crate::text::participle::is_participle(w, true)
                || crate::summary::small_talk::is_judgement(l)
                || said_of_it(w))
    };
    let named = |(w, l): (&&str, &String)| {
        digits(w) || w.starts_with(char::is_uppercase) || !is_common_english(l)
    };
    // A word alone that a sentence opens with is a reaction or a time, no answer:
    // "Monday", "Weekend", "Jesus" after "It is private." (a review found each masked);
    // but a word the bot is addressed by may name a pet ("Champ", "Boss").
    let alone_opens = matches!(words.as_slice(), [w]
        if !digits(w) && opens_a_sentence(w) && !addresses(&w.to_lowercase()));
    !words.is_empty()
        && !says_nothing(&lower)
        && !asks_for_a_person(&lower)
        && !alone_opens
        && words.iter().zip(&lower).all(may_be)
        && (words.len() == 1 || words.iter().zip(&lower).all(named))
}
