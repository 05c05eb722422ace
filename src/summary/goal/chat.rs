//! Chat after a task done: a customer's question, in lower case → whether it asks the
//! assistant's opinion ("Do you think I should?") or about someone ("Do you know if
//! she's single?", "Does she like me?") rather than for something new to be done. Read
//! for the goal only after the bot said a task was done, where a goal must be a new
//! request: before it, such a question may be all the customer asked, and stays their
//! goal. Never a question still open for the agent (`open_questions`).

use std::cell::OnceCell;

use super::super::facts::names as names_in;

/// Words that may open a clause before what it asks ("So do you think …", "Hey, what
/// do you think?").
const FILLERS: &[&str] = &[
    "so", "and", "but", "well", "hey", "oh", "ok", "okay", "then", "also", "now",
];

/// A third person a question may be about: the driver, the doctor, a date.
const SOMEONE: &[&str] = &["she", "he", "she's", "he's", "shes", "hes"];

/// Whether `sentence`, a customer's sentence, and `lower`, the same in lower case, have
/// a clause that chats ([`opinion`], [`about_someone`]): "What do you think, does she
/// like me?" (STAR star-1116), "Do you think I should keep it casual, or wear a dress?"
/// (star-1227), "Do you know if she's single?" (star-5694), "How is Britney doing?". Not
/// a request put politely ("Do you think you could book it?"), nor one for someone ("Can
/// she be seen at the same time?").
pub(in crate::summary) fn chats(sentence: &str, lower: &str) -> bool {
    // An opinion asked says "think", a question about someone names them ([`SOMEONE`],
    // or a name, then with how they are: [`PERSONAL`], [`HOW`]): without either, no
    // clause chats, and none is split into words (the open questions ask this of every
    // question left unanswered).
    let (mut pronoun, mut personal) = (false, false);
    for w in split_words(lower) {
        pronoun |= SOMEONE.contains(&w);
        personal |= PERSONAL.contains(&w) || HOW.contains(&w);
    }
    let may_name = personal && sentence.chars().skip(1).any(char::is_uppercase);
    if !(lower.contains("think") || pronoun || may_name) {
        return false;
    }
    // The names, as the key facts find them (capitalised words past a sentence's
    // first), in lower case: found only when a clause asks about someone who may be one
    // (finding them for every question with a capital was 44 M instructions of
    // `replay --packets` over 20,000 chats).
    let names: OnceCell<Vec<String>> = OnceCell::new();
    let is_a_name = |w: &str| {
        may_name
            && names
                .get_or_init(|| {
                    names_in(sentence)
                        .iter()
                        .flat_map(|(_, name)| name.split_whitespace())
                        .map(str::to_lowercase)
                        .collect()
                })
                .iter()
                .any(|n| n == w)
    };
    lower.split([',', ';', ':', '–', '—']).any(|clause| {
        let words: Vec<&str> = split_words(clause)
            .skip_while(|w| FILLERS.contains(w))
            .collect();
        opinion(&words) || about_someone(&words, &is_a_name)
    })
}

/// The words of `text`: letters, digits and apostrophes.
fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
}

/// Tasks the customer may put as an opinion asked ("What do you think about booking a
/// return ride?", "Do you think we should reschedule it?"): the verb, and its gerund.
pub(in crate::summary) const TASKS: &[&str] = &[
    "book",
    "booking",
    "reserve",
    "reserving",
    "schedule",
    "scheduling",
    "reschedule",
    "rescheduling",
    "change",
    "changing",
    "cancel",
    "cancelling",
    "canceling",
    "add",
    "adding",
    "getting",
    "order",
    "ordering",
    "upgrade",
    "upgrading",
    "extend",
    "extending",
    "move",
    "moving",
    "switch",
    "switching",
    "rent",
    "renting",
    "arrange",
    "arranging",
    "buy",
    "buying",
    "renew",
    "renewing",
    "request",
    "requesting",
];

/// "What do you think" alone, or of something ("What do you think of Dr. Morgan?"), or
/// what the customer should do ("What do you think I should get her?", "Do you think I
/// should?", "Don't you think we should go?", "Do you think so?"); not a task asked for
/// that way ([`TASKS`]: "What do you think about booking a return ride for 9pm too?",
/// "Do you think I should reschedule it?").
fn opinion(words: &[&str]) -> bool {
    let should = |rest: &[&str]| matches!(rest, ["i" | "we", "should", ..]);
    let task = |rest: &[&str]| match rest {
        ["of" | "about", next, ..] | ["i" | "we", "should", next, ..] => TASKS.contains(next),
        _ => false,
    };
    match words {
        ["what", "do", "you" | "u", "think", rest @ ..] => {
            (matches!(rest, [] | ["of" | "about", ..]) || should(rest)) && !task(rest)
        }
        [
            "do" | "don't" | "dont" | "don’t",
            "you" | "u",
            "think",
            rest @ ..,
        ] => rest == ["so"] || (should(rest) && !task(rest)) || judges(rest),
        _ => false,
    }
}

/// Words that judge what they are said of ("nice", "too formal", "better").
const JUDGING: &[&str] = &[
    "nice",
    "nicer",
    "good",
    "better",
    "best",
    "bad",
    "worse",
    "worst",
    "fine",
    "ok",
    "okay",
    "cool",
    "cute",
    "romantic",
    "appropriate",
    "formal",
    "casual",
    "trendy",
    "healthy",
    "healthier",
    "fun",
    "weird",
    "silly",
    "rude",
    "lovely",
    "too",
];

/// Whether `rest`, what follows "do you think", asks the assistant to judge something
/// ("gift cards are nice?", STAR star-5991; "heels are too formal for an afternoon
/// party?", star-5115; "the Legume or Porch is better?", star-6652): "is", "are",
/// "would", "will" or "'s" and a word that judges ([`JUDGING`]) within three words. Not
/// a request put politely, which opens with "you", "I" or "we" and what they can do
/// ("you could book it", "I can schedule that appointment"), nor a question of fact ("it'll
/// rain on Wednesday?").
fn judges(rest: &[&str]) -> bool {
    if matches!(
        rest,
        [
            "you" | "u" | "i" | "we",
            "can" | "could" | "would" | "will",
            ..
        ]
    ) {
        return false;
    }
    rest.iter().enumerate().any(|(i, w)| {
        (matches!(*w, "is" | "are" | "would" | "will") || w.ends_with("'s") || w.ends_with("’s"))
            && rest[i + 1..].iter().take(3).any(|j| JUDGING.contains(j))
    })
}

/// Words by which a question about someone asks when they are free: "Is she available
/// earlier?", "Does he have anything at 3pm?", "Is she free tomorrow?", "Is she open on
/// Monday?". A time or a date alone does not: "Does she still love me today?" asks how
/// she feels, and "Is he in tomorrow?" says nothing personal ([`PERSONAL`]) to chat with.
const AVAILABILITY: &[&str] = &[
    "available",
    "availability",
    "free",
    "able",
    "open",
    "openings",
    "anything",
    "anytime",
];

/// A question about a third person, named by a pronoun ([`SOMEONE`]) or a name (in
/// lower case, `is_a_name`): "Does she like me?", "Is he cute?", "Has he forgotten about
/// me?", "Do you know if she's single?", "Do you think he likes me?", "Is she mad at me
/// today?", "Does Britney like me?", and how they are ("How is Britney doing?", "How's
/// he feeling?"); not what they can do ("Can she be seen at the same time?", "Will he be
/// able to meet on Saturday?") nor when they are free ([`AVAILABILITY`]: "Is she
/// available earlier?", "Does he have anything at 3pm?"), which is asked for.
fn about_someone(words: &[&str], is_a_name: &dyn Fn(&str) -> bool) -> bool {
    let asks_when = words.iter().enumerate().any(|(i, w)| {
        AVAILABILITY.contains(w)
            || (*w == "any" && words.get(i + 1).is_some_and(|n| n.starts_with("time")))
    });
    if asks_when {
        return false;
    }
    // A matter of the customer's own ("How is Alexis doing with my refund?", "Does he
    // have our tickets?") is asked for, whoever it is about.
    if words.iter().any(|w| OWNED.contains(w)) {
        return false;
    }
    // Whether `who` is someone, read after the words that say how they are: a name is
    // found only then. Someone named by a title ("Is Dr Patel interested in new
    // patients?") is asked about as a professional, not chatted about.
    let someone = |w: &str| SOMEONE.contains(&w) || (!PROFESSIONAL.contains(&w) && is_a_name(w));
    // "How is Britney doing?", "How's Britney Spears feeling today?": the words after
    // the name's first, up to how they are.
    if let ["how" | "how's" | "hows", rest @ ..] = words {
        let rest = match rest {
            ["is" | "was", rest @ ..] => rest,
            _ => rest,
        };
        return match rest {
            [who, rest @ ..] if rest.iter().any(|w| HOW.contains(w)) && someone(who) => {
                let mut rest = rest.iter().skip_while(|w| is_a_name(w));
                rest.next().is_some_and(|w| HOW.contains(w))
            }
            _ => false,
        };
    }
    let (["does" | "did" | "is" | "was" | "has", who, ..]
    | [
        "do",
        "you" | "u",
        "know" | "think",
        "if" | "whether",
        who,
        ..,
    ]
    | ["do", "you" | "u", "know" | "think", who, ..]) = words
    else {
        return false;
    };
    words.iter().any(|w| PERSONAL.contains(w)) && someone(who)
}

/// Words that make a question about someone one about the customer's own matter: "my
/// refund", "our booking".
const OWNED: &[&str] = &["my", "our", "mine", "ours"];

/// Titles and callings a question about someone names them by: a professional asked
/// about ("Is Dr Patel interested in new patients?"), not a person chatted about.
const PROFESSIONAL: &[&str] = &["dr", "doctor", "prof", "professor", "nurse", "officer"];

/// How someone is, asked after "how is" and who: "How is Britney doing?", "How's he
/// holding up?".
const HOW: &[&str] = &["doing", "feeling", "holding"];

/// What a question about someone asks when it chats: how they feel or what they are
/// to the customer ("Does she like me?", "Is he single?"), not a matter of the
/// customer's account ("Is he covered by my family plan?", "Does she need to verify her
/// email too?"), which is asked for.
const PERSONAL: &[&str] = &[
    "like",
    "likes",
    "love",
    "loves",
    "cute",
    "single",
    "married",
    "forgotten",
    "forgot",
    "dating",
    "cheating",
    "mad",
    "angry",
    "upset",
    "jealous",
    "hot",
    "pretty",
    "handsome",
    "nice",
    "funny",
    "interested",
    "into",
    "miss",
    "misses",
    "shy",
    "sweet",
];

#[cfg(test)]
mod tests;
