//! "miss" in lower case or in capitals, a title or the verb: the words before it that
//! make it the verb ("i miss home", "you'll miss it", "going to miss monday"), and the
//! days, months and holidays it misses, never a surname after it, and the modals that
//! open a question before it ("Will Miss Baker be in?"). Takes words; gives whether they
//! make "miss" the verb.

use crate::text::calendar;

/// Holidays and the weekend: what "miss" in lower case or in capitals misses beside the
/// days and months ([`in_calendar`]). Sorted.
const HOLIDAYS: &[&str] = &[
    "christmas",
    "diwali",
    "easter",
    "eid",
    "halloween",
    "hanukkah",
    "passover",
    "ramadan",
    "thanksgiving",
    "weekend",
    "weekends",
    "xmas",
];

/// Whether `word` (in lower case) is a day, a month, a holiday or the weekend: what
/// "miss" in lower case or in capitals misses, never a surname after it ("i have to
/// miss friday", "sad to miss christmas", "i sometimes miss sunday brunch"). The days
/// and months whole (`text::calendar`: "miss sat" is no day), but "may", a given name
/// ("miss may").
pub(super) fn in_calendar(word: &str) -> bool {
    calendar::weekday(word).is_some()
        || (word != "may" && calendar::month(word).is_some())
        || HOLIDAYS.binary_search(&word).is_ok()
}

/// What "Miss" names as a contest, in any case, never a surname after it ("she won Miss
/// Universe", "Miss.World", "Miss America 2019").
pub(super) const CONTESTS: &[&str] = &[
    "america",
    "congeniality",
    "earth",
    "international",
    "teen",
    "universe",
    "usa",
    "world",
];

/// Words after which "miss" is the verb: subjects, modals and auxiliaries, and adverbs
/// ("i miss", "will miss", "really miss"; those in "-ly", "'ll", "'d" and
/// "n't" too: [`misses`]).
const BEFORE_THE_VERB: &[&str] = &[
    "all",
    "also",
    "always",
    "both",
    "can",
    "cannot",
    "cant",
    "could",
    "def",
    "definitely",
    "did",
    "didnt",
    "do",
    "does",
    "doesnt",
    "dont",
    "gonna",
    "he",
    "i",
    "im",
    "it",
    "just",
    "kinda",
    "may",
    "might",
    "must",
    "never",
    "not",
    "often",
    "really",
    "shall",
    "she",
    "should",
    "so",
    "sometimes",
    "still",
    "they",
    "totally",
    "u",
    "wanna",
    "we",
    "who",
    "will",
    "wont",
    "would",
    "ya",
    "you",
];

/// Words before "to" after which "miss" is the verb: "i have to miss friday", "going to
/// miss monday", "sad to miss christmas", "didnt want to miss fedex"; not "talk to miss
/// johnson", "send it to miss Okafor".
const BEFORE_TO_THE_VERB: &[&str] = &[
    "able", "afraid", "about", "decided", "glad", "going", "got", "gotta", "had", "happy", "has",
    "hate", "hated", "have", "like", "need", "needed", "needs", "ought", "plan", "planning",
    "rather", "sad", "sorry", "try", "trying", "used", "want", "wanted", "wants",
];

/// Whether "to miss" after `word` (the word before "to", in lower case) is the verb:
/// `word` is one of [`BEFORE_TO_THE_VERB`].
pub(super) fn misses_to(word: &str) -> bool {
    BEFORE_TO_THE_VERB.contains(&word)
}

/// Whether "miss" after `word` (the word before it, in lower case) is the verb: `word`
/// is one of [`BEFORE_THE_VERB`], or ends in "-ly", "'ll", "'d" or "n't" ("you'll miss",
/// "really miss", "don't miss").
pub(super) fn misses(word: &str) -> bool {
    BEFORE_THE_VERB.contains(&word)
        || ["ly", "'ll", "'d", "n't"]
            .iter()
            .any(|end| word.ends_with(end))
}

/// Modals and auxiliaries that open a question before its subject ("Will Miss Baker be
/// in?", "can miss okafor see me"): "miss" after one at a sentence's start is the title.
const OPEN_A_QUESTION: &[&str] = &[
    "can", "could", "did", "do", "does", "may", "might", "must", "shall", "should", "will", "would",
];

/// Whether `word` (the word before "miss", in lower case, starting at `word_start` in
/// `text`) makes "miss" the title where it would make it the verb: one of
/// [`OPEN_A_QUESTION`] at the start of a sentence or after a comma ("Will Miss Baker be
/// in?"), or "you" thanked ("thank you miss baker", "Thank u Miss Baker").
pub(super) fn opens_a_question(text: &str, word_start: usize, word: &str) -> bool {
    let before = text[..word_start].trim_end();
    let thanked = matches!(word, "you" | "u" | "ya")
        && before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case("thank"));
    thanked
        || (OPEN_A_QUESTION.contains(&word)
            && (before.is_empty() || before.ends_with(['.', '!', '?', ',', ';', ':'])))
}

/// Adverbs and quantifiers of [`BEFORE_THE_VERB`] ("so", "also", "just", "really"):
/// before "Miss" capitalised they may open a sentence about her ("So Miss Baker said",
/// "Also Miss Baker called"), and make it the verb only in lower case or in capitals.
const ADVERBS: &[&str] = &[
    "all",
    "also",
    "always",
    "both",
    "def",
    "definitely",
    "just",
    "kinda",
    "never",
    "not",
    "often",
    "really",
    "so",
    "sometimes",
    "still",
    "totally",
];

/// Whether "Miss" capitalised after `word` (the word before it, in lower case) is the
/// verb: [`misses`], but no adverb ([`ADVERBS`], one in "-ly").
pub(super) fn misses_capitalised(word: &str) -> bool {
    misses(word) && !ADVERBS.contains(&word) && !word.ends_with("ly")
}

#[cfg(test)]
mod tests {
    use super::in_calendar;

    /// The days and months are the calendar's whole names, but "may"; the holidays
    /// sorted.
    #[test]
    fn what_miss_misses_is_a_whole_day_or_month_or_a_holiday() {
        assert!(super::HOLIDAYS.is_sorted());
        for word in [
            "friday",
            "sunday",
            "march",
            "december",
            "christmas",
            "weekends",
        ] {
            assert!(in_calendar(word), "{word}");
        }
        for word in ["may", "sat", "sun", "mar", "jan", "fri", "baker", "okafor"] {
            assert!(!in_calendar(word), "{word}");
        }
    }
}
