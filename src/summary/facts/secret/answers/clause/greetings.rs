//! Greetings and fillers a reply may open with, in English and other languages: a
//! word in lower case → whether it is one, its letters said once or as written.

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

/// Whether `lower` (a word in lower case) is a greeting or a filler ([`GREETINGS`],
/// each said with its letters once or as written).
pub(super) fn is_greeting(lower: &str) -> bool {
    let once = once(lower);
    GREETINGS
        .iter()
        .any(|g| *g == lower || once == *g || once == self::once(g))
}
