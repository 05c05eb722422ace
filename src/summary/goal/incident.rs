//! What happened, told beside help asked for alone: a customer's statement → whether it
//! tells an event of their own ("Someone transferred $500 out of my account", "I think
//! I broke my arm", "I forgot to write down the instructions", "Some idiot is attacking
//! my ship"). Read by `first_request` only in the message that asks for help without a
//! task ("… Can you help me?"): the help is asked for what the message tells, so the
//! event is the goal there. Read by its shape (the customer in it, a verb of something
//! done or going on), not by a list of problems, which missed theft, injury and
//! forgetting told in other words (STAR star-1336, star-4538, star-5214, star-885).
//! Not a feeling, a wait, a detail given ("My phone number is …"), a complaint about
//! the bot, a hypothetical or someone else's matter.

use super::boundaries::{lowered, split_words};
pub(super) use super::matter::Asked;
use super::matter::names_matter;
use super::persists::{negates, never_came};
use super::problem::{ABOUT_THE_BOT, LONG_PAST, OTHERS};

/// Words that put the customer in the sentence ("my account", "I broke", "hit me").
const FIRST_PERSON: &[&str] = &[
    "i", "i've", "ive", "i'd", "my", "me", "mine", "we", "we've", "our", "us",
];

/// Past forms of the verbs of harm, which tell an event and what went wrong at once ("I
/// broke my arm", "someone stole my card", "I forgot my keys"): read by [`past`] and
/// by [`went_wrong`], one list for both.
const HARM_PAST: &[&str] = &[
    "stole",
    "stolen",
    "lost",
    "broke",
    "broken",
    "forgot",
    "forgotten",
    "fell",
    "fallen",
    "hit",
    "bit",
    "cut",
    "hurt",
    "swallowed",
    "froze",
    "frozen",
    "tore",
    "torn",
    "shot",
    "burnt",
    "burned",
];

/// Irregular past forms of the other verbs an event is told with ("I have been the
/// victim of fraud", "someone took out $300"), beside [`HARM_PAST`]; a regular one
/// ends in "-ed" ("transferred", "noticed").
const IRREGULAR_PAST: &[&str] = &[
    "been", "took", "taken", "got", "gotten", "left", "ran", "went", "gone", "came", "saw", "seen",
    "gave", "given", "made", "sent", "spent", "paid", "did", "done", "had", "put", "drove",
    "wrote", "ate",
];

/// Words of something that went wrong or that the customer needs undone, beside the
/// verbs of harm ([`HARM_PAST`]): theft, loss, a charge, a failure ("I have been the
/// victim of fraud"). An event without one is told in passing, no goal ("I just opened
/// the app", "I had a great weekend", "I clicked on the chat icon": a review found
/// each taken).
const WENT_WRONG: &[&str] = &[
    "robbed",
    "mugged",
    "hacked",
    "scammed",
    "fraud",
    "fraudulent",
    "victim",
    "missing",
    "injured",
    "attacked",
    "attacking",
    "charged",
    "overcharged",
    "declined",
    "crashed",
    "locked",
    "blocked",
    "damaged",
    "failed",
    "wrong",
];

/// Who acts on the customer's things unasked ("Someone transferred $500 out of my
/// account", "Someone used my debit card").
const SOMEONE: &[&str] = &["someone", "somebody"];

/// Verbs of finding something amiss ("I've noticed there are money transfers in my
/// account").
const FOUND: &[&str] = &["noticed", "discovered"];

/// Words that make what was found the customer's own ("… in my account", "a charge on
/// our card").
const OWN: &[&str] = &["my", "our"];

/// Verbs the customer could not do, which tell a thing gone wrong when negated and
/// their object names the matter ([`SERVICE_MATTER`](super::matter::SERVICE_MATTER)): "I can not remember the
/// medication instructions" (STAR star-3024); not "I can't remember the last time I had
/// this much fun", "I can't find my keys lol", "I can not remember".
const NOT_MANAGED: &[&str] = &["remember", "recall", "find", "locate"];

/// Whether `words` say something went wrong ([`HARM_PAST`], [`WENT_WRONG`]), someone
/// acted on the customer's things ([`SOMEONE`] first) or the customer found something
/// amiss in their own matter with a service ([`FOUND`], then one of [`OWN`] naming one
/// of [`SERVICE_MATTER`](super::matter::SERVICE_MATTER): "I've noticed there are money transfers in my account", "I
/// discovered my card was charged twice"; not "I noticed a new logo", "I noticed your
/// ad", "I noticed my mistake" nor "I discovered my favourite song").
fn went_wrong(words: &[&str], asked: &Asked) -> bool {
    words
        .iter()
        .any(|w| HARM_PAST.contains(w) || WENT_WRONG.contains(w))
        || words.first().is_some_and(|w| SOMEONE.contains(w))
        || words
            .iter()
            .position(|w| FOUND.contains(w))
            .is_some_and(|at| {
                words[at + 1..].iter().enumerate().any(|(j, w)| {
                    OWN.contains(w) && names_matter(&words[at + 2 + j..], |_| false, asked)
                })
            })
}

/// Whether `words` tell what did not happen to the customer, which is an event and
/// what went wrong at once: something that never came ([`never_came`]: "My luggage
/// never showed up", "my order hasn't arrived") or a verb of [`NOT_MANAGED`] negated
/// of the customer's matter ("I can not remember the instructions"; not "I could not
/// find the words to thank you"). Read by its shape, a negation before the verb, not
/// by a list of what goes missing.
fn did_not_happen(words: &[&str], asked: &Asked) -> bool {
    // Laughter makes a thing not found a joke ("I can't find the instructions for my
    // microwave lol"); it leaves what happened to the customer's matter an event ("I
    // forgot my password lol", "I broke my arm lol": a review found them lost).
    let joke = words.iter().any(|w| LAUGHTER.contains(w));
    never_came(words)
        || !joke
            && words.iter().enumerate().any(|(i, w)| {
                negates(w)
                    && words[i + 1..].iter().enumerate().take(2).any(|(j, v)| {
                        NOT_MANAGED.contains(v)
                            && names_matter(
                                &words[i + 2 + j..],
                                |w| matches!(w, "and" | "but" | "if" | "when" | "what" | "to"),
                                asked,
                            )
                    })
            })
}

/// Words of a problem that may come, not one that came ("If my card gets stolen", "I'm
/// worried I might have lost it"). Not "could": "before I could call to cancel it" is
/// past (STAR star-4728).
const MAY_BE: &[&str] = &["might", "may", "would", "if", "case", "worried", "afraid"];

/// Laughter, which makes a thing the customer cannot find or remember a joke, no event to
/// act on ("I can't find the instructions for my microwave lol"); not what happened.
const LAUGHTER: &[&str] = &[
    "lol", "lmao", "lmfao", "rofl", "haha", "hahaha", "hehe", "xd",
];

/// Words of a wait, which is no event to act on ("I've been waiting for an hour").
const WAIT: &[&str] = &["waiting", "waited", "wait"];

/// Verbs after "is", "are" or "am" that say what goes on, not what a thing is: the
/// "-ing" of a progressive ("Some idiot is attacking my ship").
fn progressive(words: &[&str], i: usize) -> bool {
    i > 0 && matches!(words[i - 1], "is" | "are" | "am" | "was" | "were") && {
        let w = words[i];
        w.len() > 5 && w.ends_with("ing")
    }
}

/// Whether `word` is a verb in the past: an irregular form of [`HARM_PAST`] or
/// [`IRREGULAR_PAST`], or a regular one ("transferred", "noticed"; not "need", "red",
/// "bed").
fn past(word: &str) -> bool {
    HARM_PAST.contains(&word)
        || IRREGULAR_PAST.contains(&word)
        || (word.len() > 4 && word.ends_with("ed"))
}

/// Whether `sentence`, a statement, tells an event of the customer's own that went
/// wrong: a word that puts them in it ([`FIRST_PERSON`]), and what did not happen
/// ([`did_not_happen`]: "My luggage never showed up") or a verb of something done
/// ([`past`]) or going on ([`progressive`]) with a word of harm ([`went_wrong`]). Not a
/// question, nor
///
/// - a state of the customer's ("I'm so tired of bots", "I am really worried", "I'm
///   just browsing"), which opens with "I'm" or "I am";
/// - a detail given ("My phone number is 555 123 4567", "Yes my name is Jane Doe"): no
///   verb of an event;
/// - a wait ([`WAIT`]), a complaint about the bot ([`ABOUT_THE_BOT`]), a problem long
///   past ([`LONG_PAST`]) or one that may come ([`MAY_BE`]);
/// - someone else's ("My friend said her card was declined"): one of [`OTHERS`] among
///   its first three words, or anywhere as an owner ("I noticed my neighbour's car was
///   stolen").
pub(super) fn tells_incident(sentence: &str, asked: &Asked) -> bool {
    if sentence.trim_end().ends_with('?') {
        return false;
    }
    let lower = lowered(sentence);
    let words: Vec<&str> = split_words(&lower).collect();
    if matches!(words.as_slice(), ["i'm" | "im", ..] | ["i", "am", ..]) {
        return false;
    }
    if words
        .iter()
        .any(|w| ABOUT_THE_BOT.contains(w) || MAY_BE.contains(w) || WAIT.contains(w))
        || words
            .iter()
            .take(3)
            .any(|w| OTHERS.contains(&w.trim_end_matches("'s")))
        || words
            .iter()
            .any(|w| w.strip_suffix("'s").is_some_and(|o| OTHERS.contains(&o)))
        || LONG_PAST.iter().any(|p| super::contains_words(&lower, p))
    {
        return false;
    }
    words.iter().any(|w| FIRST_PERSON.contains(w))
        && (did_not_happen(&words, asked)
            || ((0..words.len()).any(|i| past(words[i]) || progressive(&words, i))
                && went_wrong(&words, asked)))
}

/// Chat, feelings, someone else's matter, the past and contact history, told beside help
/// asked for alone: no event to act on (session 41's review found each taken). Read by
/// this module's tests and by the summary's (`only_what_went_wrong_beside_help_is_the_goal`).
#[cfg(test)]
pub(in crate::summary) const TOLD_IN_PASSING: &[&str] = &[
    "I had a great weekend with my kids.",
    "I just finished lunch.",
    "I just got promoted at work.",
    "I just saw your ad on TV.",
    "I was reading your FAQ.",
    "I clicked on the chat icon.",
    "I've been a customer for ten years.",
    "I feel so stressed today.",
    "My neighbour lost his wallet yesterday.",
    "We went to Paris in 2019 and loved it.",
    "I opened my account back in 2015.",
    "I already explained this twice.",
    "I've tried calling you guys all morning.",
    "I tried everything you said.",
];

#[cfg(test)]
mod tests {
    use super::{Asked, TOLD_IN_PASSING, tells_incident};

    #[test]
    fn an_event_of_the_customer_s_own_is_told_by_its_shape() {
        for event in [
            "Someone transferred $500 out of my account.",
            "I think I have been the victim of fraud!",
            "I think I broke my arm!",
            "Someone used my debit card that I lost",
            "I forgot to write down the instructions Dr. Morgan gave me.",
            "Some idiot is attacking my ship.",
            "I've noticed there are money transfers in my account.",
            "I lost my debit card and before I could call to cancel it someone took out $300.",
            "I just finished my appointment and I forgot to write down the instructions.",
            "I forgot my password.",
            "I was charged twice for my order.",
            // What did not come or could not be done, read by its shape (a review
            // found these missed: no word of harm in them).
            "My luggage never showed up.",
            "My package never arrived.",
            "I didn't receive my new card.",
            "The courier never came and I paid for express delivery.",
            "My order hasn't been delivered yet.",
            "I can not remember the medication instructions.",
            "I can't find my boarding pass.",
            "I noticed a charge on my card.",
            // A negated remember or find, and noticed, of the customer's matter.
            "I can't remember my online banking password.",
            "I could not find my booking confirmation.",
            "I discovered my account was hacked.",
            "I noticed my card was charged twice.",
            // Laughter leaves what happened an event (review of session 43).
            "I forgot my password lol",
            "I forgot my pin haha",
            "I broke my arm lol",
            "My card was stolen haha",
        ] {
            assert!(tells_incident(event, &Asked::default()), "{event}");
        }
        for other in [
            "I'm so tired of bots.",
            "I am really worried.",
            "I'm just browsing.",
            "My phone number is 555 123 4567.",
            "Yes my name is Jane Doe.",
            "I have been waiting for an hour.",
            "This bot is broken and I hate it.",
            "My friend said her card was declined.",
            "I used to have trouble logging in.",
            "My card might get stolen.",
            "The weather is nice today.",
            "It's urgent.",
            "Did someone steal my card?",
            "I love your service.",
            "I need a red bed.",
            "I just opened the app.",
            "I got your email.",
            "I went to the branch today.",
            "I just logged in.",
            "I talked to your agent yesterday.",
            // Something noticed that is not the customer's, and a negation before no
            // verb of arrival (a review found the first taken).
            "I noticed a new logo.",
            "I noticed you changed the menu.",
            "I discovered a great new restaurant.",
            "I didn't show my ID at the door.",
            "I never showed the letter to my wife.",
            "I didn't come here to chat.",
            // What could not be remembered or found, or was noticed, is no matter with
            // a service (a review found each made the goal).
            "I can't remember the last time I had this much fun",
            "I could not find the words to thank you",
            "I can't find my keys lol",
            "I couldn't remember her name, embarrassing",
            "Hmm I can't remember what I wanted",
            "I can not remember",
            "I can't remember",
            "I can't remember if I locked the door",
            "I noticed my neighbour's car was stolen",
            "I discovered my favourite song today",
            "I noticed my mistake, sorry",
            "I noticed my favourite band is touring",
            "I noticed my hair is getting grey",
            // Laughter makes a thing not found a joke, whatever its noun (a review found
            // it made the goal).
            "I can't find the instructions for my microwave lol",
            "I can not remember the medication instructions haha",
        ]
        .into_iter()
        .chain(TOLD_IN_PASSING.iter().copied())
        {
            assert!(!tells_incident(other, &Asked::default()), "{other}");
        }
    }
}
