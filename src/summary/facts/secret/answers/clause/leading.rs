//! A reply that types its answer before it goes on without a mark ("Seahorse I want a
//! human", "ok Seahorse I want a human") → that answer: the words before a clause start,
//! each one that may be an answer of the kind asked (a chosen word, a pet's name).

use super::{
    FILLER, Later, NO_ANSWER, asks_for_a_person, fillers_len, is_chat_tail, is_common_english,
    is_greeting, no_answer_word, opens_a_sentence, said_of_it, says_it_is_the_answer, says_nothing,
};

/// Words that start a clause of a reply after its answer ("Seahorse I want a human",
/// "Seahorse can you get me an agent", "Seahorse just reset it").
pub(in crate::summary::facts::secret::answers) const CLAUSE_STARTS: &[&str] = &[
    "i", "i'm", "im", "i've", "ive", "i'd", "i'll", "we", "we're", "you", "can", "could", "would",
    "will", "please", "pls", "plz", "just", "and", "but", "so", "then", "it", "it's", "its",
    "that", "that's", "this", "is", "does", "doesn't", "didn't", "not", "now", "get", "give",
    "let", "my", "thanks", "thank", "need", "want",
];

/// The most words of an answer before a clause start ([`CLAUSE_STARTS`]).
const LEADING_WORDS: usize = 3;

/// Words that join two answers typed before the reply goes on ("Seahorse or Bluebird I
/// want a human"): no answer themselves.
pub(in crate::summary::facts::secret::answers) const JOINERS: &[&str] = &["or", "and", "/"];

/// Whether `word` (as written) may be a word of an answer typed before the reply goes
/// on: letters and digits only, three or more, no clause start ("I want a human"), no
/// common English word, no given name (the list
/// redaction reads: "Brian I want a human" gives the customer's name), no greeting or
/// filler ([`is_greeting`]: "Hallo", "Bonjour", "Gotcha"), no thing's name written with
/// a capital inside ([`names_a_thing`]: "iPhone please fix it").
pub(super) fn may_be_answer(word: &str) -> bool {
    !is_common_english(&word.to_lowercase()) && may_be_answer_if_english(word)
}

/// [`may_be_answer`] but that `word` may be common English.
fn may_be_answer_if_english(word: &str) -> bool {
    let lower = word.to_lowercase();
    word.chars().all(char::is_alphanumeric)
        && word.chars().count() >= 3
        && !names_a_thing(word)
        && !CLAUSE_STARTS.contains(&lower.as_str())
        && !crate::redact::is_given_name(word)
        && !is_greeting(&lower)
        && !NO_ANSWER.contains(&lower.as_str())
        && !FILLER.contains(&lower.as_str())
        && !says_nothing(&[lower])
}

/// Whether `word` (as written), typed alone before the reply to a pet's name goes on,
/// is that name even when common English: pets are named with everyday words ("Buddy",
/// "Shadow", "Pepper I want a human": a review found each shown). Capitalised, as a
/// name is written ("billing can you help" is the customer's topic), and otherwise as
/// [`may_be_answer`]; none that plainly is no answer ([`no_answer_word`]: "Locked",
/// "Morning"), a support chat's word or a service's (`redact::stands_for_no_name`:
/// "Urgent", "Billing", "Spotify"), or one that stands where an answer would
/// (`redact::stands_for_no_answer`: "Maybe", "Wrong", "Where").
pub(super) fn may_be_a_pets_name(word: &str) -> bool {
    word.starts_with(char::is_uppercase) && may_be_a_chosen_word(word)
}

/// Whether `word` (as written, in any case) may be a word the customer chose, common
/// English or not ("sunshine" for a password, "Buddy" for a pet): as [`may_be_answer`]
/// but that it may be common English, and none that plainly is no answer
/// ([`no_answer_word`], `redact::stands_for_no_name`, `redact::stands_for_no_answer`)
/// nor a participle (`text::participle`: "Hacked", "locked", "working", which tell what
/// happened; a review found "Hacked I want a human" masked as a pet's name) or a
/// judgement (`small_talk::is_judgement`: "It's ridiculous", "It is frustrating").
pub(super) fn may_be_a_chosen_word(word: &str) -> bool {
    may_be_answer_if_english(word)
        && !crate::summary::small_talk::is_judgement(&word.to_lowercase())
        && !no_answer_word(word)
        && !crate::redact::stands_for_no_name(word)
        && !crate::redact::stands_for_no_answer(word)
        && !crate::text::participle::is_participle(word, true)
}

/// Whether `word` is one of [`THINGS`] ("iPhone", "eBay", "macOS"): the customer's topic
/// typed first ("whatever u say, iPhone please fix it": a review found it masked), not a
/// word they chose. A list, not the shape: "blueSky", "letMeIn" are typed as passwords
/// are (a review found a rule of the shape showed them).
fn names_a_thing(word: &str) -> bool {
    THINGS.contains(&word.to_lowercase().as_str())
}

/// Things' names written in lower case with a capital inside. Sorted, lower case.
const THINGS: &[&str] = &[
    "ebay", "icloud", "imac", "imessage", "ios", "ipad", "iphone", "ipod", "itunes", "macos",
];

/// The answer a reply to a question for a password or a secret word types before going
/// on without a mark ("Seahorse I want a human", "ok Seahorse I want a human", "Seahorse
/// or Bluebird I want a human"): its words (up to [`LEADING_WORDS`], fillers before them
/// passed over: [`fillers_len`]) before a word that starts a clause ([`CLAUSE_STARTS`]),
/// each of them one that may be an answer ([`may_be_answer`]: no common English word,
/// given name, greeting or filler) or a joiner between two ([`JOINERS`]). Not "Ebay order
/// please help", "Brian I want a human", "Hallo I want a human", "Agent I want a human",
/// "Sorry I forgot it": a review found those masked, and "Seahorse" shown. One word
/// may be common English after a pet's name asked (`later`, [`Later::Pet`]:
/// [`may_be_a_pets_name`], "Buddy I want a human"), and after a password or a secret
/// word asked ([`Later::Chosen`], [`may_be_a_chosen_word`]) where "it's" says it ("its
/// sunshine I want a human", a review found it shown) or it is no word a sentence
/// opens with ([`opens_a_sentence`]: "Sunshine I want a human" gives "Sunshine", a
/// review found it shown; "Honestly I don't know", "Please I want a human" none).
pub(in crate::summary::facts::secret::answers) fn leading_answer(
    text: &str,
    later: Later,
) -> Option<&str> {
    let lower = |w: &str| w.to_lowercase().replace('’', "'");
    let fillers = fillers_len(text);
    // Said as the answer ("its sunshine I want a human"): the fillers end with "it's"
    // or "the answer is"; not "that's" nor "it was" ("Oh that's perfect I'm a member",
    // a review found it masked).
    let said = {
        let skipped = format!(" {}", text[..fillers].to_lowercase().replace('’', "'"));
        let skipped = skipped.trim_end();
        [" it's", " its", " it is", " the answer is", " my answer is"]
            .iter()
            .any(|p| skipped.ends_with(p))
    };
    let text = &text[fillers..];
    // Where a word of `text` starts: each is a slice of it.
    let offset = |w: &str| w.as_ptr() as usize - text.as_ptr() as usize;
    // The words an answer may be, and the clause start after them: not all of a
    // message of megabytes.
    let words: Vec<&str> = text.split_whitespace().take(LEADING_WORDS + 1).collect();
    let at = (words.iter().skip(1).take(LEADING_WORDS))
        .position(|w| CLAUSE_STARTS.contains(&lower(w).as_str()))?
        + 1;
    // A word before "is" is the answer only where what follows says so ("Sunshine is my
    // password"): "Website is down, I want a human" says what is wrong (a review found
    // "Website" masked).
    if lower(words[at]) == "is" && !says_it_is_the_answer(&words[at + 1..]) {
        return None;
    }
    // A laugh, a smiley or a dash typed between the answer and the clause is none of it:
    // "Sunshine lol I want a human", "Sunshine :) I want a human", "Sunshine - I want a
    // human" (a review found each shown).
    let mut answer = &words[..at];
    while let [rest @ .., last] = answer
        && !rest.is_empty()
        && is_chat_tail(last)
    {
        answer = rest;
    }
    if let [word] = answer
        && match later {
            Later::Pet => may_be_a_pets_name(word),
            // Typed first and run into the clause after it ("Sunshine I want a human",
            // a review found it shown), but a word a sentence opens with ("Honestly I
            // don't know", "Please I want a human").
            // A weekday opens a sentence ("Friday I need a taxi"), but not one that only
            // asks for a person: "Friday I want a human" gives "Friday" (a review found it
            // shown).
            Later::Chosen => {
                may_be_a_chosen_word(word)
                    && !said_of_it(word)
                    && (said
                        || !opens_a_sentence(word)
                        || (crate::text::calendar::weekday(word).is_some()
                            && only_asks_for_a_person(&text[offset(word) + word.len()..])))
            }
            Later::Name => false,
        }
    {
        return Some(word);
    }
    let joiner = |w: &str| JOINERS.contains(&lower(w).as_str());
    let last = answer.last()?;
    let end = offset(last) + last.len();
    // Nor any word a sentence opens with: "Monday I want to cancel".
    let may_be = |w: &&str| joiner(w) || (may_be_answer(w) && !opens_a_sentence(w));
    (!joiner(answer[0]) && !joiner(last) && answer.iter().all(may_be))
        .then(|| text[..end].trim_start())
}

/// Whether `rest`'s clause (up to a mark) only asks for a person (`nothing`'s
/// `asks_for_a_person`: "I want a human", "get me an agent").
fn only_asks_for_a_person(rest: &str) -> bool {
    let clause = rest
        .split(['.', ',', ';', '!', '?', '\n', '\r'])
        .next()
        .unwrap_or("");
    asks_for_a_person(clause.split_whitespace().map(|w| {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
            .to_lowercase()
    }))
}

#[cfg(test)]
mod tests {
    use super::{Later, leading_answer, names_a_thing};

    /// A thing's name written with a capital inside is typed as the customer's topic, no
    /// answer (session 56: "iPhone please fix it" was masked).
    #[test]
    fn a_things_name_is_no_answer_typed_first() {
        assert!(super::THINGS.is_sorted());
        for word in ["iPhone", "eBay", "macOS", "iPad"] {
            assert!(names_a_thing(word), "{word}");
        }
        for word in [
            "Seahorse", "sunshine", "iPhone12", "i", "blueSky", "letMeIn",
        ] {
            assert!(!names_a_thing(word), "{word}");
        }
        // A password written as things' names are is one (a review found it shown).
        assert_eq!(
            leading_answer("blueSky I want a human", Later::Chosen),
            Some("blueSky")
        );
        assert_eq!(leading_answer("iPhone please fix it", Later::Chosen), None);
        assert_eq!(
            leading_answer("Seahorse please fix it", Later::Chosen),
            Some("Seahorse")
        );
    }
}
