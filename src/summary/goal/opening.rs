//! A sentence's opening: a sentence → the same without the greeting or filler it opens
//! with ("Hi there, ", "Ok so ", "Hey AI ", "Thanks honey, ", "Thanks Mark, ", "Look
//! Sonny, ") and, for the goal, the customer's introduction of themselves after it
//! ([`super::intro`]). Strips words, never rewrites them.

use super::super::facts::is_pet_name;
use super::intro;

mod fillers;
pub(super) use fillers::no_is_filler;
use fillers::so_is_filler;

/// Words that open a message without saying anything, stripped from the goal: these,
/// said to someone, after which a name is the addressee's ("Thanks Mark, can you …"),
/// and [`FILLERS`]. Longer first where one starts another ("hi there" before "hi").
const SALUTATIONS: &[&str] = &[
    "hi there",
    "hello there",
    "hey there",
    "good morning",
    "good afternoon",
    "good evening",
    "thank you",
    "hi",
    "hello",
    "hey",
    "hiya",
    "greetings",
    "yo",
    "thanks",
];

/// Words that open a message without saying anything and address no one, after which a
/// name may be an answer ("Yes, Boston, and …"). "Nope" and "nah" are "No" said
/// otherwise, the answer word wherever they open a sentence (a review found "Nope, 6pm
/// not 5pm" kept whole where "No, …" lost its "No").
const FILLERS: &[&str] = &[
    "ok", "okay", "yes", "yeah", "no", "nope", "nah", "sure", "well", "so", "um", "uh",
];

/// The marks after which an opening "Done" confirms a step ("Done, …", "Done!"); not
/// "Done with this, …", which says something.
const DONE_MARKS: &[char] = &[',', '.', '!', ';', ':', '-', '–', '—'];

/// Who a greeting addresses ("Hey AI, …", "Thanks pal, …"): dropped with it. The
/// bot, a team, or anyone by a word of chat ("pal", "boss", "mate").
const ADDRESSEES: &[&str] = &[
    "ai",
    "bot",
    "chatbot",
    "robot",
    "computer",
    "machine",
    "assistant",
    "team",
    "guys",
    "folks",
    "all",
    "everyone",
    "support",
    "pal",
    "boss",
    "chief",
    "champ",
    "mate",
    "friend",
];

/// Whether `lower` (a word in lower case) is one a customer addresses the bot or its
/// team by ([`ADDRESSEES`]: "bot", "robot", "pal", "boss"): typed first after a
/// password's question it is no password ("Robot I want a human").
pub(in crate::summary) fn addresses(lower: &str) -> bool {
    ADDRESSEES.contains(&lower)
}

/// `sentence` without an opening greeting or filler ("Hi there, ", "Ok so ", "Hey AI ",
/// "Yo, "), and the name or pet name it addresses someone by, after a greeting ("Thanks
/// honey, ", "Thanks Mark, "), after a word that calls for attention ("Look Sonny, ":
/// [`strip_attention`]) or at its start with a pet name ("Grace Dear, ":
/// `intro::strip_addressed`).
pub(in crate::summary) fn strip_greeting(sentence: &str) -> &str {
    fn skip<'a>(s: &'a str, word: &str) -> &'a str {
        s[word.len()..].trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '!' | '.' | '-' | '–' | ':' | ';')
        })
    }
    let mut rest = intro::strip_addressed(sentence.trim(), false);
    loop {
        if let Some(after) = strip_attention(rest) {
            rest = after;
            continue;
        }
        // "Wait, …" and "No wait …" hold the customer back before what they say ("No
        // wait, it's still not working"): no word of it (a review found the problem
        // said to persist after a fix unread, "wait" taken for a thing it names). Only
        // before punctuation: not "Wait for me at the door", "No wait time was shown",
        // "No wait list for Saturday?" (a review found "Time was shown" left).
        if starts_with_word(rest, "wait") && rest[4..].trim_start().starts_with(DONE_MARKS) {
            rest = skip(rest, "wait");
            continue;
        }
        // "No thanks, but how do I …": the "But" joins the sentence to what it opened
        // with, and goes with it (a review found "But how do I …?" the goal).
        if starts_with_word(rest, "but") && rest.len() > 3 {
            rest = skip(rest, "but");
            continue;
        }
        // The customer's own "Done, …" says they did a step the bot asked for ("Done,
        // I've paid it", "done. what next?"): a confirmation, no request and no task
        // the bot did; what follows it is read.
        if let Some(done) = ["all done", "done"].iter().find(|d| {
            starts_with_word(rest, d) && rest[d.len()..].trim_start().starts_with(DONE_MARKS)
        }) {
            rest = skip(rest, done);
            continue;
        }
        let Some(g) = SALUTATIONS
            .iter()
            .chain(FILLERS)
            .find(|g| starts_with_word(rest, g))
        else {
            break;
        };
        if *g == "no"
            && !no_is_filler(&rest[2..])
            && let Some(after) = after_declined_detail(&rest[2..])
        {
            rest = after;
            continue;
        }
        if (*g == "so" && !so_is_filler(&rest[2..])) || (*g == "no" && !no_is_filler(&rest[2..])) {
            break;
        }
        rest = skip(rest, g);
        // "Thanks for nothing" goes whole, sarcasm or not (a review found "For nothing,
        // let me talk to a real person" the goal).
        if matches!(*g, "thanks" | "thank you")
            && let Some((after, _)) = for_nothing(rest)
        {
            rest = after;
            continue;
        }
        let first = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        if let Some(a) = ADDRESSEES.iter().find(|a| starts_with_word(rest, a)) {
            rest = skip(rest, a);
        } else if is_pet_name(first) {
            // "Thanks Honey, can you …": the pet name goes with the greeting.
            rest = skip(rest, first);
        } else {
            rest = intro::strip_addressed(rest, SALUTATIONS.contains(g));
        }
    }
    rest
}

/// What follows a clause that declines a detail after "No" (`after`, past the "No":
/// "No Friday works, I need Saturday" → "I need Saturday"), if the sentence opens with
/// one: a clause of at most six words with a date, a time or a number in it
/// (`correction::detail`) that ends in "works" or "work" (but for whom: "for us
/// anymore"), then a comma or a semicolon and more. Said "No, Friday works" or "No
/// Friday works" (none does), the clause is read neither way: what follows says what is
/// wanted. Alone ("No Friday works for us anymore") it stays, "No" and all, and so does
/// one that picks ("No Friday works better, can you do 3pm?", "No 3pm is too early").
pub(super) fn after_declined_detail(after: &str) -> Option<&str> {
    let cut = after.find([',', ';'])?;
    let clause = after[..cut].to_lowercase();
    let words: Vec<&str> = clause
        .split(|c: char| !(c.is_alphanumeric() || c == ':'))
        .filter(|w| !w.is_empty())
        .collect();
    let rest = after[cut + 1..].trim_start_matches(|c: char| c.is_whitespace() || c == ',');
    let tail = ["for", "me", "us", "anymore", "either"];
    let last = words.iter().rev().find(|w| !tail.contains(w));
    (words.len() <= 6
        && last.is_some_and(|w| matches!(*w, "works" | "work"))
        && words.iter().any(|w| super::correction::detail(w).is_some())
        && rest.split_whitespace().nth(1).is_some())
    .then_some(rest)
}

/// Whether `sentence` opens with "No" and a clause that declines a detail
/// ([`after_declined_detail`]): what is left of it may be short ("No Friday works,
/// Saturday instead").
pub(super) fn opens_declining(sentence: &str) -> bool {
    let s = sentence.trim_start();
    starts_with_word(s, "no") && !no_is_filler(&s[2..]) && after_declined_detail(&s[2..]).is_some()
}

/// `text` (what follows "Thanks" or "Thank you") without the "for nothing …" clause it
/// opens with and the marks after it, if it opens with one, and whether the clause is
/// sarcasm: a whole "for nothing" or "for absolutely nothing", at the end, before a mark
/// ("Thanks for nothing, I want a human") or as "nothing but …" ("Thanks for nothing
/// but headaches."). Not "Thanks for nothing else", "for nothing going wrong", "for
/// nothing being complicated", nor one a word goes on with after a mark ([`GOES_ON`]):
/// sincere thanks (a review found the request after them lost), which go to their mark
/// (none without one).
fn for_nothing(text: &str) -> Option<(&str, bool)> {
    const MARKS: &[char] = &[',', '!', '.', '-', '\u{2013}', ':', ';', '?'];
    let past_marks = |t: &'_ str| -> usize {
        t.len()
            - t.trim_start_matches(|c: char| c.is_whitespace() || MARKS.contains(&c))
                .len()
    };
    if !starts_with_word(text, "for") {
        return None;
    }
    let mut rest = text[3..].trim_start();
    if starts_with_word(rest, "absolutely") {
        rest = rest["absolutely".len()..].trim_start();
    }
    if !starts_with_word(rest, "nothing") {
        return None;
    }
    rest = rest["nothing".len()..].trim_start();
    if starts_with_word(rest, "at") && starts_with_word(rest[2..].trim_start(), "all") {
        rest = rest[2..].trim_start()["all".len()..].trim_start();
    }
    if rest.is_empty() || rest.starts_with(MARKS) {
        let after = &rest[past_marks(rest)..];
        return Some((after, !GOES_ON.iter().any(|w| starts_with_word(after, w))));
    }
    // "nothing but headaches" is sarcasm, "nothing else" is not: each goes to its mark.
    let at = rest.find(MARKS);
    let sarcasm = starts_with_word(rest, "but");
    if at.is_none() && !sarcasm {
        return None;
    }
    let after = at.map_or("", |at| &rest[at..]);
    Some((&after[past_marks(after)..], sarcasm))
}

/// Words that go on with "Thanks for nothing" after a mark ("Thanks for nothing, else
/// is fine"): no sarcasm then.
const GOES_ON: &[&str] = &["else", "more", "going", "being", "wrong", "happening"];

/// Whether `text` opens with a sarcastic "Thanks for nothing" ("Thank you for
/// absolutely nothing!"), after a greeting or a "No" if any: the customer says what the
/// bot did did not help.
pub(super) fn thanks_for_nothing(text: &str) -> bool {
    let mut rest = text.trim_start();
    for word in ["no", "nope", "nah", "well", "wow", "great", "gee"] {
        if starts_with_word(rest, word) {
            rest = rest[word.len()..].trim_start_matches(|c: char| {
                c.is_whitespace() || matches!(c, ',' | '!' | '.' | '-' | '–' | ':' | ';')
            });
        }
    }
    ["thanks", "thank you"].iter().any(|t| {
        starts_with_word(rest, t)
            && for_nothing(rest[t.len()..].trim_start()).is_some_and(|(_, sarcasm)| sarcasm)
    })
}

/// Words that call for attention before a comma or an address ("Look, …", "Listen
/// buddy, …"): stripped only then, as "Look up my order" asks something.
const ATTENTION: &[&str] = &["look", "listen"];

/// `sentence` without the word of [`ATTENTION`] it opens with and the comma or the
/// address after it ("Look Sonny, I need …" → "I need …", "Listen, can you …" → "can you
/// …"); `None` when it opens with none, or with one that is followed by neither ("Look
/// at this", "Listen to me").
fn strip_attention(sentence: &str) -> Option<&str> {
    let word = ATTENTION.iter().find(|w| starts_with_word(sentence, w))?;
    // A compound is no call for attention: "Look-up of my order fails", "Listen-only
    // mode is broken".
    if let Some(joined) = sentence[word.len()..].strip_prefix('-')
        && joined.starts_with(char::is_alphanumeric)
    {
        return None;
    }
    let after = sentence[word.len()..].trim_start();
    let unpunctuated = after.trim_start_matches([',', '!', ':', '-', '–', '—']);
    if unpunctuated.len() < after.len() {
        return Some(unpunctuated.trim_start());
    }
    let addressed = intro::strip_addressed(after, true);
    (addressed.len() < after.len()).then_some(addressed)
}

/// `sentence` without its opening greeting and the self-introduction after it ("Hi, I'm
/// Angela Smith and I need …" → "I need …"; `intro.rs`), and a greeting after that.
pub(super) fn strip_opening(sentence: &str) -> &str {
    let rest = strip_greeting(sentence);
    let own = intro::strip_intro(rest);
    if own.len() == rest.len() {
        rest
    } else {
        strip_greeting(own)
    }
}

/// `text` starts with the ASCII word `word`, in any case.
fn starts_with_word(text: &str, word: &str) -> bool {
    text.get(..word.len())
        .is_some_and(|prefix| prefix.eq_ignore_ascii_case(word))
        && text[word.len()..]
            .chars()
            .next()
            .is_none_or(|c| !c.is_alphanumeric() && c != '\'')
}

#[cfg(test)]
mod tests;
