//! Small talk: a customer's question → whether it is chit-chat ("How are you?", "Are you
//! still there?", "Do you like your job?") rather than something the agent must answer.
//! Word lists only; a question that mentions the customer's own matter is never small
//! talk. And complaints put as questions ("Why are you calling me?"), which want no
//! answer either ([`rhetorical`]).

use super::goal::TASKS;

mod rhetorical;
mod tags;

pub(super) use rhetorical::is_rhetorical;
pub(super) use tags::is_judgement;

/// Questions (their last clause, lower case, without a greeting) that are small talk
/// whatever follows: greetings, pleasantries, and questions about the assistant.
const OPENINGS: &[&str] = &[
    "how are you",
    "how r u",
    "how are u",
    "how's it going",
    "hows it going",
    "how is it going",
    "how's your",
    "hows your",
    "how is your",
    "how was your",
    "how was the",
    "how have you been",
    "what's up",
    "whats up",
    "are you there",
    "are you still there",
    "you there",
    "you still there",
    "is anyone there",
    "anyone there",
    "is anybody there",
    "are you ok",
    "are you okay",
    "are you a robot",
    "are you a bot",
    "are you human",
    "are you a human",
    "are you real",
    "who are you",
    "what are you",
    "how old are you",
    "what's your name",
    "whats your name",
    "what is your name",
    "do you like",
    "do you love",
    "do you enjoy",
    "do you ever",
    "have you ever",
    "ever been",
    "have a nice",
    "have a good",
    "have a great",
    "and you",
    "how about you",
    "what about you",
    "you too",
    // Lost in the conversation, or in a role-play: "Wait, who are you? What are we
    // talking about?" (STAR fraud-report chats); see also `LOST`.
    "what am i doing",
    "what are we talking about",
    "what are we doing",
    "knock knock",
    "what do you call a",
];

/// Questions that are small talk when they are the whole clause ("Where am I?", "Hello,
/// who is this?"; not "Where am I supposed to enter the code?").
const LOST: &[&str] = &["where am i", "who is this", "who's this", "whos this"];

/// Who a customer in a role-play takes the assistant for ("Are you my grandson?", "is
/// this my daughter Suzy?").
const KIN: &[&str] = &[
    "son",
    "daughter",
    "grandson",
    "granddaughter",
    "grandchild",
    "grandma",
    "grandpa",
    "mother",
    "mom",
    "father",
    "dad",
    "brother",
    "sister",
    "wife",
    "husband",
    "neighbor",
    "neighbour",
    "friend",
    "nephew",
    "niece",
];

/// Words that end a question asking for no answer ("I guess I should stop writing my
/// PIN on my card huh?", "The weather is nice today isn't it?").
const TAGS: &[&[&str]] = &[
    &["huh"],
    &["isn't", "it"],
    &["isnt", "it"],
    &["ain't", "it"],
];

/// Words of the customer's own matter: a question with one is theirs to ask.
const FIRST_PERSON: &[&str] = &[
    "i", "i'm", "im", "i've", "ive", "i'd", "id", "i'll", "me", "my", "mine", "we", "we're", "us",
    "our", "ours",
];

/// Words of a request the assistant is asked to act on ("can you check …", "That
/// stinks can you check …").
const REQUESTS: &[&str] = &[
    "can you",
    "could you",
    "would you",
    "will you",
    "can u",
    "could u",
    "please",
    "do you have",
    "do you know",
    "do you offer",
    "do you sell",
    "do you ship",
    "do you accept",
    "do you support",
    "is there",
    "are there",
];

/// Words of what the business has or does: a question with one asks the business, not the
/// assistant ("What are your opening hours on weekends?", "Are you open on Sundays?",
/// "What's your refund policy?"), though it says "you" and nothing of the customer's.
const BUSINESS: &[&str] = &[
    "hours",
    "open",
    "opening",
    "closed",
    "close",
    "closing",
    "located",
    "location",
    "locations",
    "address",
    "branch",
    "branches",
    "store",
    "stores",
    "shop",
    "shops",
    "office",
    "offices",
    "website",
    "site",
    "app",
    "price",
    "prices",
    "pricing",
    "cost",
    "costs",
    "rate",
    "rates",
    "fee",
    "fees",
    "policy",
    "policies",
    "refund",
    "refunds",
    "returns",
    "warranty",
    "delivery",
    "deliver",
    "ship",
    "shipping",
    "stock",
    "menu",
    "plan",
    "plans",
    "services",
    "products",
    "product",
    "discount",
    "discounts",
    "terms",
    "payment",
    "payments",
    "accept",
    "orders",
    "account",
    "accounts",
    "subscription",
    "membership",
];

/// Words that ask for a person, which is no small talk ("Who's your manager?").
const PEOPLE: &[&str] = &[
    "manager",
    "supervisor",
    "human",
    "person",
    "agent",
    "someone",
    "somebody",
    "representative",
    "rep",
];

/// Whether `question` (a sentence ending in `?`, without its greeting) ends with a tag
/// question after a statement ("My card keeps getting declined, you know what I
/// mean?", [`tags`]): it is no question still open, but it stays a goal when it says
/// what the customer needs.
pub(super) fn is_tag_question(question: &str) -> bool {
    let lower = lower_case(question);
    tags::is_tag_clause(&clause_words(&lower), &lower)
}

/// Whether `question` (a sentence ending in `?`, without its greeting) is small talk:
/// its last clause ("I gave it to you earlier, are you broken?" → "are you broken?")
/// opens with a pleasantry or a question about the assistant ([`OPENINGS`]), or speaks
/// to the assistant ("you") with no word of the customer's ("I", "my", "we"), no
/// request for an action or a person, and nothing the business has or does
/// ([`BUSINESS`]).
pub(super) fn is_small_talk(question: &str) -> bool {
    let lower = lower_case(question);
    let words = clause_words(&lower);
    // Phrases compared word by word, never split into a vector: a summary asks this of
    // every question of a conversation (a vector per phrase was 15 % of `--packets`).
    let starts = |phrase: &str| phrase_at(&words, phrase).is_some();
    let has = |list: &[&str]| words.iter().any(|w| list.contains(w));
    if OPENINGS.iter().any(|o| starts(o))
        || LOST
            .iter()
            .any(|l| phrase_at(&words, l) == Some(words.len()))
        || ((starts("are you my") || starts("is this my"))
            && words.get(3).is_some_and(|w| KIN.contains(w)))
        || TAGS.iter().any(|t| words.ends_with(t))
        || is_riddle(&words)
    {
        return true;
    }
    let to_the_assistant = words
        .iter()
        .any(|w| matches!(*w, "you" | "your" | "you're" | "youre" | "u" | "ya"));
    // At each word, the phrase's words from there (splitting the phrase once per window
    // was 139 M instructions of `--packets` on 20,000 chats).
    let asks = |phrase: &str| (0..words.len()).any(|i| phrase_at(&words[i..], phrase).is_some());
    // The cheapest first: most questions have no "you", or an "I" or "my"; each word
    // compared with the sixty of `BUSINESS` was 2,000 instructions a question.
    to_the_assistant
        && !has(FIRST_PERSON)
        && !has(PEOPLE)
        && !has(BUSINESS)
        && !REQUESTS.iter().any(|r| asks(r))
        && !opinion_of_a_task(&words)
}

/// Whether `words` ask the assistant's opinion of a task ([`TASKS`]) rather than of
/// itself: "What do you think about booking a return ride for 9pm too?" asks for the
/// ride.
fn opinion_of_a_task(words: &[&str]) -> bool {
    words
        .windows(2)
        .any(|w| matches!(w[0], "about" | "of" | "should") && TASKS.contains(&w[1]))
}

/// `text` in lower case, with `'` for its typographic apostrophe (copied once more only
/// when it has one).
pub(super) fn lower_case(text: &str) -> String {
    let lower = text.to_lowercase();
    if lower.contains('\u{2019}') {
        lower.replace('\u{2019}', "'")
    } else {
        lower
    }
}

/// Whether `words` start with the words of `phrase` (one space between each), and how
/// many they are. Compared byte by byte, without splitting the phrase: most phrases
/// differ at the first word's first byte, and a split per phrase (a searcher each) was
/// most of [`is_small_talk`]'s cost.
fn phrase_at(words: &[&str], phrase: &str) -> Option<usize> {
    let mut rest = phrase.as_bytes();
    for (i, w) in words.iter().enumerate() {
        let w = w.as_bytes();
        // The first bytes first: most phrases part there, without a call to `memcmp`
        // (which comparing the words was a quarter of this module's instructions).
        if w.first().is_some_and(|&b| rest.first() != Some(&b)) || !rest.starts_with(w) {
            return None;
        }
        match rest.get(w.len()) {
            None => return Some(i + 1),
            Some(b' ') => rest = &rest[w.len() + 1..],
            Some(_) => return None,
        }
    }
    None
}

/// The words of the last clause of `lower` (a question in lower case): "I gave it to you
/// earlier, are you broken?" → `are`, `you`, `broken`.
fn clause_words(lower: &str) -> Vec<&str> {
    // Room for a clause's words at once: collected from a filter, the vector grew from
    // four, reallocating (a third of this function's instructions).
    let mut words = Vec::with_capacity(16);
    words.extend(
        last_clause(lower)
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty()),
    );
    words
}

/// The last clause of `lower` that holds more than question marks, trimmed: the pieces
/// between `,`, `;`, `.`, `!` and `—` from the end, as `rsplit` gives them, read back
/// from the end byte by byte (ASCII delimiters never occur inside a character; `—` is
/// its three bytes); `lower` itself when none does.
fn last_clause(lower: &str) -> &str {
    let says = |piece: &str| !piece.trim_end_matches('?').trim().is_empty();
    let b = lower.as_bytes();
    let mut end = b.len();
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        let start = match b[i] {
            b',' | b';' | b'.' | b'!' => i,
            0x94 if i >= 2 && b[i - 2] == 0xE2 && b[i - 1] == 0x80 => i - 2,
            _ => continue,
        };
        let piece = lower[i + 1..end].trim();
        if says(piece) {
            return piece;
        }
        end = start;
        i = start;
    }
    let piece = lower[..end].trim();
    if says(piece) { piece } else { lower }
}

/// A joke's question: "What did the cat say to the dog?", "Why did the chicken cross
/// the road?" (not "What did the doctor say?").
fn is_riddle(words: &[&str]) -> bool {
    let has = |pair: [&str; 2]| words.windows(2).any(|w| w == pair);
    matches!(words, ["what" | "why", "did", "the", ..])
        && (has(["say", "to"]) || has(["cross", "the"]))
}

#[cfg(test)]
mod tests;
