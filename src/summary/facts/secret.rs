//! Security questions: a bot's message → whether it asks for the answer to one (a
//! mother's maiden name, the name of a pet, "your security question"), so that the
//! names in the customer's reply are no name facts: they are secrets, not people an
//! agent would call (STAR star-1176's and star-680's "Charlie", star-1036's "Miller");
//! and, when it asks for the customer's own name too ("your full name and your mother's
//! maiden name"), which of the reply's names is that one ([`Secret::own_name`]).

use std::sync::LazyLock;

use regex::Regex;

mod answers;
mod asked;
pub(crate) use answers::greets;
pub(in crate::summary) use answers::{
    Code, PutOff, Secrets, answers_after_greeting, answers_alone, answers_given_in, declines_to,
    given_in_first, gives_in_alone, leads_with_answer, put_off, refuses_alone, tells_what_happened,
    unsure, whatever_first,
};
pub(in crate::summary) use asked::{asks_for_code, asks_for_password};

/// What a security question asks for, as STAR's bots and others put it: "What was your
/// mother's maiden name?", "what was the name of the pet you had as a child?", "the
/// name of your childhood pet", "your pet's name", "your pet name", "your security
/// question"; and the other verification questions whose answer may be a name: "What
/// city were you born in?", "your place of birth", "the name of your first school", "your
/// memorable word", "your memorable answer", "the answer to your memorable question"
/// (a review found "Bluebird" shown), "your secret word", "your code word". A PIN or a password is asked by `asked::CODE`: its answer is no name.
static ASKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bmaiden\s+name\b|\b(?:security|secret)\s+(?:question|answer)s?\b|\bname\s+of\s+(?:the|your)\s+(?:\w+\s+)?pets?\b|\bpet(?:(?:'|’)?s)?\s+name\b|\b(?:first|childhood)\s+pet\b|\b(?:city|town|place|country|hospital)\s+(?:were\s+you|you\s+were)\s+born\b|\bwhere\s+were\s+you\s+born\b|\b(?:city|town|place)\s+of\s+birth\b|\bborn\s+in\s+(?:which|what)\b|\byour\s+(?:first|childhood|elementary|primary)\s+(?:school|teacher|car|street|employer|best\s+friend)(?:\s*[?.,!;]|\s*$|\s+(?:called|named|name|make|model)\b|(?:'|’)s\s+name\b)|\bstreet\s+(?:did\s+)?you\s+gr[eo]w\s+up\s+on\b|\b(?:memorable|secret|security)\s+(?:word|phrase|name|place)s?\b|\bmemorable\s+(?:answer|question)s?\b|\bcode\s?words?\b",
    )
    .expect("the security question pattern is valid")
});

/// The security questions whose reply's names were never facts, whatever the reply
/// says (a mother's maiden name, a pet's name, "your security question"); a reply to one
/// of the others ([`ASKS`]: the city born in, the first school) that gives no answer
/// (`answers::declines`) keeps its facts ("I don't remember, but I need to cancel my
/// Boston trip on June 3").
static NAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\bmaiden\s+name\b|\b(?:security|secret)\s+(?:question|answer)s?\b|\bname\s+of\s+(?:the|your)\s+(?:\w+\s+)?pets?\b|\bpet(?:(?:'|’)?s)?\s+name\b",
    )
    .expect("the named security question pattern is valid")
});

/// How a bot asks for the customer's own name: "your full name", "your name", "first
/// and last name"; not a maiden name nor a pet's.
static OWN_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:full|first|last|given|legal)\s+name\b|\byour\s+name\b")
        .expect("the own name pattern is valid")
});

/// A security question a bot asked: how many answers that may be names it asked for
/// (each secret, and the customer's own name if it asked for that too), and at which
/// place among them it asked for the customer's own name, if it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(in crate::summary) struct Secret {
    answers: usize,
    own_name_at: Option<usize>,
    /// Whether it asks a question of [`NAMED`].
    named: bool,
    /// Whether it asks for a word of the customer's choosing ([`WORD`]).
    word: bool,
    /// Whether it asks for a pet's name, a maiden name or a memorable answer
    /// ([`NAMED_ANSWER`]): a word typed before the reply goes on may be that answer.
    named_answer: bool,
    /// Whether it asks for a pet's name ([`PET`]): a capitalised word typed before the
    /// reply goes on may be that answer, common English or not.
    pet: bool,
    /// Whether it asks for a memorable answer or word, the customer's choice: a word
    /// said in a later sentence may be that answer, common English or not.
    memorable: bool,
}

/// The security questions whose answer is a word the customer chose, any word: "your
/// secret word", "your memorable word", "your memorable phrase", "your code word". Not
/// "your security question" or "your memorable answer", whose answer may be a maiden
/// name or a city: a word typed before the reply goes on is the answer only to these
/// and to a password (session 48's review found the goal lost after other questions).
static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:memorable|secret|security)\s+(?:word|phrase)s?|code\s?words?)$")
        .expect("the chosen word pattern is valid")
});

/// The security questions, but a chosen word's ([`WORD`]), whose answer a customer may
/// type before going on ("Fluffy I want a human" after "What is your pet's name?": a
/// review found "Fluffy" in the goal and the last thing said): a pet's name, a mother's
/// maiden name, a memorable answer or a memorable question's. Not "your security question" nor the city born in,
/// whose reply may be anything ("Netflix can you help").
static NAMED_ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:maiden\s+name|name\s+of\s+(?:the|your)\s+(?:\w+\s+)?pets?|pet(?:(?:'|’)?s)?\s+name|(?:first|childhood)\s+pet|memorable\s+(?:answer|question)s?)$")
        .expect("the named answer pattern is valid")
});

/// The questions of [`NAMED_ANSWER`] for a pet's name: pets are named with everyday
/// words ("Buddy", "Shadow", "Pepper"), which a maiden name or a password is not.
static PET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:name\s+of\s+(?:the|your)\s+(?:\w+\s+)?pets?|pet(?:(?:'|’)?s)?\s+name|(?:first|childhood)\s+pet)$")
        .expect("the pet pattern is valid")
});

/// Words of a bot that asks out of interest, not to verify ("Where were you born? Just
/// curious about your accent!"): then only a question of [`NAMED`] is a security one.
static CURIOUS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bcurious\b|\baccent\b|\bout\s+of\s+interest\b|\bjust\s+wondering\b")
        .expect("the curious pattern is valid")
});

/// Words of a promotion: its "secret word" or "secret code" is said for a discount
/// ("Say the secret word SUMMER for 10% off", "what's the secret word for the
/// promo?"), no credential.
static PROMOTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:promo(?:tion)?(?:al)?s?|discounts?|discounted|coupons?|vouchers?|giveaways?|contests?|competitions?|prizes?|rewards?|deals?|sale)\b|\d\s*%|\bpercent\s+off\b|\b(?:free|off)\s+(?:shipping|delivery|drinks?|dessert|gift)\b")
        .expect("the promotion pattern is valid")
});

/// Words that say a question is asked to prove who the customer is: "to verify your
/// identity", "for security", "the account holder".
static VERIFIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:verif\w*|identity|identify|authenticat\w*|security|secure|account\s+holder|confirm\s+(?:it(?:'|’)?s|it\s+is)\s+you)\b")
        .expect("the verification pattern is valid")
});

/// Whether `text` speaks of a promotion ([`PROMOTION`]) and not of proving who the
/// customer is ([`VERIFIES`]).
fn of_a_promotion(text: &str) -> bool {
    PROMOTION.is_match(text) && !VERIFIES.is_match(text)
}

/// The words "secret word" or "secret code" themselves: the only words of a security
/// question a promotion's sentence turns into none ([`promotions_secret`]).
static SECRET_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^secret\s+(?:word|code)s?$").expect("the secret word pattern is valid")
});

/// Whether the words `start..end` of `text` are a promotion's "secret word" or "secret
/// code": those words, in a sentence of a promotion ([`of_a_promotion`]: "Say the secret
/// word SUMMER for 10% off", a review found "SUMMER" masked). Nothing else is: a PIN,
/// a maiden name, a pet, a memorable word or a password asked beside promotion words,
/// in the sentence or the message, is asked all the same ("What is your mother's maiden
/// name? Our summer sale ends Sunday.", "Please enter the PIN for your Rewards
/// account.": a review found "Kowalski" and "4821" shown); nor is a secret word asked
/// "to verify your identity".
pub(in crate::summary) fn promotions_secret(text: &str, start: usize, end: usize) -> bool {
    let Some(words) = text.get(start..end) else {
        return false;
    };
    let from = text[..start]
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |at| at + 1);
    let to = text[end..]
        .find(['.', '!', '?', '\n'])
        .map_or(text.len(), |at| end + at);
    SECRET_WORD.is_match(words) && of_a_promotion(&text[from..to])
}

/// Words that tell of a security answer but a promotion's secret word: a customer's
/// message with one of them gives its security answers whatever promotion it speaks of
/// ("My mother's maiden name is Kowalski and I was charged 15% too much").
static SECURITY_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:maiden|pets?|mother(?:'|’)?s|mom(?:'|’)?s|mum(?:'|’)?s|memorable|security|verif\w*|pin|passcode|password|born|childhood|secret\s+(?:question|answer|phrase)s?)\b")
        .expect("the security words pattern is valid")
});

/// Whether the customer's message `text` speaks of a secret word or code only as a
/// promotion's ([`promotions_secret`]: "my promo secret word is Summer"), and of no
/// other security answer ([`SECURITY_WORDS`]): the name it gives is no secret.
pub(in crate::summary) fn only_a_promotions_secret(text: &str) -> bool {
    let mut words = SECRET_WORD_IN.find_iter(text).peekable();
    words.peek().is_some()
        && words.all(|m| promotions_secret(text, m.start(), m.end()))
        && !SECURITY_WORDS.is_match(text)
}

/// [`SECRET_WORD`] as found in a message.
static SECRET_WORD_IN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bsecret\s+(?:word|code)s?\b").expect("the secret word pattern is valid")
});

/// The security question the bot's message `text` asks, if it asks one: none where
/// the only one is a promotion's secret word ([`promotions_secret`]).
pub(in crate::summary) fn asks_for_secret(text: &str) -> Option<Secret> {
    let asked: Vec<regex::Match<'_>> = (ASKS.find_iter(text))
        .filter(|m| !promotions_secret(text, m.start(), m.end()))
        .collect();
    let secrets: Vec<usize> = asked.iter().map(regex::Match::start).collect();
    if secrets.is_empty() || (CURIOUS.is_match(text) && !NAMED.is_match(text)) {
        return None;
    }
    let own: Vec<usize> = OWN_NAME.find_iter(text).map(|m| m.start()).collect();
    let own_name_at = match own.as_slice() {
        [at] => Some(secrets.iter().filter(|&&s| s < *at).count()),
        _ => None,
    };
    Some(Secret {
        answers: secrets.len() + own.len(),
        own_name_at,
        named: NAMED.is_match(text),
        word: asked.iter().any(|m| WORD.is_match(m.as_str())),
        named_answer: asked.iter().any(|m| NAMED_ANSWER.is_match(m.as_str())),
        pet: asked.iter().any(|m| PET.is_match(m.as_str())),
        memorable: (asked.iter()).any(|m| m.as_str().to_lowercase().starts_with("memorable")),
    })
}

/// A person's name asked for: the customer's own ("your name", "your full name"), or
/// that of someone they book for, meet or see ("the name of the host": STAR star-1723;
/// "the first name of the passenger", "your friend's full name", "What's his name?");
/// not a thing's ("the name of the restaurant") nor "the name on the booking", nor the
/// name of someone the service sends ("the name of the driver": a reply names the car
/// or the company, "Tesla", "Uber"). In "the
/// name of the host", the person ends the question or comes before a word that goes on
/// about them ("the host for the evening", "the host, please"): "the name of the host
/// hotel" or "of your son's school" asks for a place's, and "their name" may be a
/// company's ("Which bank is it with? What is their name?").
static PERSON_NAME: LazyLock<Regex> = LazyLock::new(|| {
    const WHO: &str = "host|guest|patient|passenger|contact|person|doctor|dentist|friend|daughter|son|child|wife|husband|partner|boss|colleague|attendee|recipient";
    const ENDS: &str =
        r"\s*(?:$|[?.,!:;)])|\s+(?:for|who|that|please|you|on|at|in|of|from|with|to|and|or|if)\b";
    Regex::new(&format!(
        r"(?i)\byour\s+(?:(?:full|first|last|given|legal)\s+)?name\b|\bname\s+of\s+(?:the|your|this)\s+(?:\w+\s+)?(?:{WHO})s?(?:{ENDS})|\b(?:{WHO})(?:'|’)?s\s+(?:(?:full|first|last|given|legal)\s+)?name\b|\bwhat(?:'|’)?s\s+(?:his|her)\s+name\b|\bwhat\s+is\s+(?:his|her)\s+name\b"
    ))
    .expect("the person-name pattern is valid")
});

/// Whether the bot's message `text` asks for a person's name ([`PERSON_NAME`]), the last
/// thing it asks ("May I have your name, please?", "Thanks. What is your full name?",
/// "Could you provide me with the name of the host, please?"), so that a one-word reply
/// answers it: not where it asks on after it ("I don't see your name on the order. Who
/// placed it?", "Is it under your name? Which city?"), nor where it tells one ([`tells`]:
/// "Your driver's name is Dave."). The name fact it gives says not
/// whose it is (facts have no such label). Differs on purpose from redaction's question
/// for a name (`redact::intro::reply::asks_for_name`), which reads the whole message and
/// any name a reply may give (the customer's, another's, "the name on the booking"), to
/// mask it wherever it shows: this one keeps a fact only where the bot's last question
/// asks for a person's, and says so of the customer's own or of someone it names.
pub(in crate::summary) fn asks_for_name(text: &str) -> bool {
    // Most bot messages say no "name": a byte search before the pattern's, with
    // searchers built once (`memmem::find` built one a call: 23 M instructions of
    // `replay --packets` over 20,000 chats).
    // "ame" let the pattern read every "same" and "game" (15 M more).
    static NAME: LazyLock<[memchr::memmem::Finder<'static>; 3]> = LazyLock::new(|| {
        [
            memchr::memmem::Finder::new(b"name"),
            memchr::memmem::Finder::new(b"Name"),
            memchr::memmem::Finder::new(b"NAME"),
        ]
    });
    let bytes = text.as_bytes();
    if !NAME.iter().any(|f| f.find(bytes).is_some()) {
        return false;
    }
    let asked = text.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '?' | '.' | '!'));
    let last = asked
        .rfind(['?', '.', '!'])
        .map_or(asked, |at| &asked[at + 1..]);
    PERSON_NAME
        .find_iter(last)
        .any(|m| !tells(&last[m.end()..]))
}

/// Whether `after`, what follows a person's name in the bot's sentence, tells the name
/// rather than asks for it ("Your driver's name is Dave", "your name is on the
/// booking"): "is" or "was" and a word after it; not "Your name is?" nor "what your
/// name is".
fn tells(after: &str) -> bool {
    let mut words = after
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty());
    words
        .next()
        .is_some_and(|w| w.eq_ignore_ascii_case("is") || w.eq_ignore_ascii_case("was"))
        && words.next().is_some()
}

impl Secret {
    /// Whether the reply's names are no facts even where it gives no answer ([`NAMED`]).
    pub(in crate::summary) fn names_never_facts(self) -> bool {
        self.named
    }

    /// Whether the bot asked for a word the customer chose ([`WORD`]: "your secret word").
    pub(in crate::summary) fn asks_a_word(self) -> bool {
        self.word
    }

    /// Whether the bot asked for a pet's name, a maiden name or a memorable answer
    /// ([`NAMED_ANSWER`]).
    pub(in crate::summary) fn asks_a_named_answer(self) -> bool {
        self.named_answer
    }

    /// Whether the bot asked for a word the customer chose or a memorable answer: any
    /// word may be the answer, a participle too ("Locked").
    pub(in crate::summary) fn asks_a_chosen_word(self) -> bool {
        self.word || self.memorable
    }

    /// Whether the bot asked for a pet's name ([`PET`]).
    pub(in crate::summary) fn asks_a_pets_name(self) -> bool {
        self.pet
    }

    /// Whether the bot asked for a memorable answer, word or phrase.
    pub(in crate::summary) fn asks_a_memorable_answer(self) -> bool {
        self.memorable
    }

    /// Whether the bot asked for the customer's own name beside the secrets.
    pub(in crate::summary) fn asks_own_name(self) -> bool {
        self.own_name_at.is_some()
    }

    /// Of `names`, the names of the customer's reply in order, the customer's own: when
    /// the bot asked for it beside the secrets and the reply is `listed` (the answers
    /// alone, one after another: "John Smith, Miller"), the name at its place, if the
    /// reply has one name for each answer; else none, as a secret cannot be told from
    /// the rest ("Miller" alone, "my mother's maiden name is Miller and I'm John Smith").
    pub(in crate::summary) fn own_name<T>(self, names: Vec<T>, listed: bool) -> Option<T> {
        let at = self.own_name_at?;
        if !listed || names.len() != self.answers {
            return None;
        }
        names.into_iter().nth(at)
    }
}

#[cfg(test)]
mod tests;
