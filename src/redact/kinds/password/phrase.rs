//! Passphrases: where a password given as words ends ("password: correct horse battery
//! staple", "my password is correct horse battery staple but it fails"), a text and the
//! end of its first word → the end of its phrase: up to its clause's end, a mask, another
//! field's label, or a word that goes on the sentence, ten words at most. Tells; which
//! words start a password, after `:` or `=` or after "is", is `password.rs`'s.

/// Words that end a password given after `:` or `=` as its clause would ("password:
/// hunter2 thanks", "pw: abc because I forgot"): few, as a passphrase may hold any word.
pub(super) const AFTER_ONE: &[&str] = &[
    "because", "btw", "cause", "cuz", "i", "i'm", "im", "lol", "please", "pls", "plz", "thank",
    "thanks", "thx",
];

/// Words that go on the sentence after a password given after "is" rather than being
/// more of it ("my password is hunter2 and I can't log in"), beside those that say
/// something of a password ([`SAID_OF_A_PASSWORD`](super::SAID_OF_A_PASSWORD)).
pub(super) const GOES_ON: &[&str] = &[
    "after",
    "again",
    "always",
    "anymore",
    "apparently",
    "are",
    "as",
    "because",
    "before",
    "btw",
    "by",
    "can",
    "can't",
    "cant",
    "cause",
    "could",
    "cuz",
    "did",
    "didn't",
    "didnt",
    "does",
    "doesn't",
    "doesnt",
    "don't",
    "dont",
    "down",
    "each",
    "error",
    "every",
    "has",
    "have",
    "i",
    "i'm",
    "i've",
    "if",
    "im",
    "is",
    "isn't",
    "ive",
    "lol",
    "off",
    "out",
    "please",
    "pls",
    "plz",
    "since",
    "sometimes",
    "somehow",
    "thanks",
    "thank",
    "then",
    "though",
    "thx",
    "today",
    "until",
    "up",
    "was",
    "wasn't",
    "when",
    "whenever",
    "where",
    "who",
    "will",
    "won't",
    "would",
    "yesterday",
    "yet",
];

/// How many words a passphrase may have after its first: enough for any people type,
/// and a bound on the work each word for a password costs in a long text without a
/// clause's end.
const PHRASE_WORDS: usize = 9;

/// Where the phrase whose first word ends at `end` ends: after the words that follow it
/// with one or two spaces and nothing else between, up to the end of the clause (a
/// word that ends with `,` `;` `.` or is followed by a line break), a mask, a label
/// ("user: bob", "user=bob"), or a word `stop` says goes on the sentence instead,
/// [`PHRASE_WORDS`] more at most; without the punctuation after its last word.
pub(super) fn phrase_end(text: &str, mut end: usize, stop: impl Fn(&str) -> bool) -> usize {
    const CLOSE: &[char] = &['.', ',', ';', ':', '!', '?', ')', '"', '\'', '’', '”', '»'];
    for _ in 0..PHRASE_WORDS {
        let rest = &text[end..];
        let spaces = rest.bytes().take(3).take_while(|&b| b == b' ').count();
        if !(1..=2).contains(&spaces) {
            return end;
        }
        let from = end + spaces;
        let raw = text[from..]
            .split(char::is_whitespace)
            .next()
            .unwrap_or_default();
        let word = raw.trim_end_matches(CLOSE);
        let bare = word.trim_start_matches(['"', '\'', '“', '‘', '(', '«']);
        // A label starts another field ("user: bob", "user=bob").
        let label = raw[word.len()..].starts_with(':') || word.contains('=');
        if word.is_empty()
            || label
            || bare.len() != word.len()
            || crate::redact::holds_mask(word)
            || stop(&word.to_lowercase())
        {
            return end;
        }
        end = from + word.len();
        if word.len() != raw.len() {
            return end;
        }
    }
    end
}
