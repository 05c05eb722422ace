//! Surnames after a title that read as something else: a word in "-ed" that is no past
//! tense ("dr speed"), a modal capitalised ("Dr. Will"), a name that is a word chats put
//! after a name ("dr love"), one in "-ing" or "-ly" ("dr fleming"), one of two letters
//! ("dr li"); "miss" in lower case as a title ("miss brown"), and "Miss" in a name
//! field; each beside the near miss that stays.

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// "dr speed" and "DR SPEED" were shown: after a title, a common word in "-ed" was taken
/// for what the doctor did ("dr ordered tests"). One in "-eed" says so only as a past
/// tense, a common word once "-ed" or "-d" is cut ("agree", "free").
#[test]
fn a_surname_in_ed_after_a_title_is_masked_and_a_past_tense_stays() {
    each(&[
        (
            "I need to see dr speed today",
            "I need to see dr [name] today",
        ),
        ("DR SPEED please", "DR [name] please"),
        ("Dr Reed called me back", "Dr [name] called me back"),
        ("ask dr Sneed about it", "ask dr [name] about it"),
        ("dr reed is my doctor", "dr [name] is my doctor"),
        ("mr fred is here", "mr [name] is here"),
    ]);
    stays(&[
        "the dr signed it",
        "dr ordered tests",
        "Dr. walked in late",
        "dr signed the form",
        "dr used a needle",
        "dr stopped by",
        "dr tried again",
        "dr loved it",
        "dr prescribed it",
        "dr agreed",
        "dr freed up a slot",
    ]);
}

/// "Dr. Will is good", "Dr Will said hi", "Dr. May is nice" were shown: a capitalised
/// modal was taken for the start of a question. After a title it is a name, but before
/// a pronoun or "be" ("Dr. May I ask", "Dr. Will you call") or after a title that is a
/// noun ("the Dr. Will you…").
#[test]
fn a_capitalised_modal_after_a_title_is_a_name() {
    each(&[
        ("Dr. Will is good", "Dr. [name] is good"),
        ("Dr Will said hi", "Dr [name] said hi"),
        ("Dr. May is nice", "Dr. [name] is nice"),
        ("Dr. Will Smith is in", "Dr. [name] [name] is in"),
    ]);
    stays(&[
        "Thanks Dr. May I ask one more thing?",
        "Dr. Will you call me back?",
        "I asked the Dr. Will that work?",
        "Dr May be late",
    ]);
}

/// "dr love", "dr best", "dr hope" (names that are words chats put after a name),
/// "dr fleming", "mr reilly" (read as a verb in "-ing" or an adverb in "-ly") and "dr
/// li", "dr ng", "prof wu" (two letters) were shown after a title in lower case.
#[test]
fn a_surname_after_a_title_that_reads_as_a_word_or_is_short() {
    each(&[
        ("dr love is great", "dr [name] is great"),
        ("dr best said so", "dr [name] said so"),
        ("dr hope called", "dr [name] called"),
        ("dr fleming is in", "dr [name] is in"),
        ("ask mr reilly", "ask mr [name]"),
        ("dr li is in", "dr [name] is in"),
        ("dr ng is in", "dr [name] is in"),
        ("prof wu and Dr. Wu", "prof [name] and Dr. [name]"),
    ]);
    stays(&[
        "dr will call",
        "dr may call back",
        "is dr free tomorrow",
        "dr calling now",
        "dr really said so",
        "dr is in",
        "dr no",
        "dr so and so",
        "dr ok",
        "dr rn",
        "dr rx",
        "dr gp said so",
        "dr md",
        "dr ik",
        "the dr hope",
    ]);
}

/// "miss brown" was shown where "ms brown" was masked: only "Miss" capitalised was a
/// title. In lower case (or capitals) it is one before a word that is no common English
/// word ("miss johnson"), or before a name that is one ("miss brown") where no subject,
/// modal or adverb before it makes it the verb ("i miss brown rice"); after "to", only
/// before a word that is no common English word ("talk to miss johnson", not "going to
/// miss brown rice").
#[test]
fn miss_in_lower_case_is_a_title_before_a_surname_and_a_verb_elsewhere() {
    each(&[
        ("miss brown is my teacher", "miss [name] is my teacher"),
        ("miss johnson called", "miss [name] called"),
        ("ask miss white", "ask miss [name]"),
        ("MISS OKAFOR", "MISS [name]"),
        ("talk to miss johnson", "talk to miss [name]"),
        ("send it to miss Okafor", "send it to miss [name]"),
    ]);
    stays(&[
        "i miss home",
        "you will miss the train",
        "miss the deadline and you pay",
        "you'll miss it",
        "I miss you",
        "i miss brown rice",
        "we really miss grace",
        "don't miss white sales",
        "I MISS YOU",
        "going to miss brown rice",
        "going to miss the bus",
    ]);
}

/// "Name: Miss Jane Smith" took "Miss Jane" for the name: "Miss" was masked in any case
/// in every message ("i [name] home"), and "Smith" only where capitalised. "Miss" in a
/// name field is a title, as "Ms" is, and the name is the words after it.
#[test]
fn miss_in_a_name_field_is_a_title_and_the_whole_name_after_it_is_masked() {
    let masked = masked_all(&[
        (Role::Customer, "Name: Miss Jane Smith"),
        (Role::Customer, "i miss home; smith and jane said so"),
        (Role::Bot, "Thanks Miss Smith."),
    ]);
    assert_eq!(
        masked,
        [
            "Name: Miss [name] [name]",
            "i miss home; [name] and [name] said so",
            "Thanks Miss [name].",
        ]
    );
    each(&[(
        "my name is miss jane smith",
        "my name is miss [name] [name]",
    )]);
    // So in a name column: "Miss" masked would mask every "miss" of the conversation.
    let names = super::names(&[("name", "Miss Jane Smith")]);
    assert_eq!(
        super::masked("I miss Jane Smith, Miss Smith", &names),
        "I miss [name] [name], Miss [name]"
    );
}

/// "dr stuff like that" masked "stuff": after a title without an article, any word but
/// a few was a surname. "stuff" and "thing" are things chats put after a title.
#[test]
fn a_thing_after_a_title_stays() {
    stays(&[
        "dr stuff like that",
        "the dr stuff",
        "all the dr things",
        "some dr thing",
    ]);
}

/// "i have to miss friday" → "miss [name]", "we kinda miss london", "i sometimes miss
/// sunday brunch" → "[name] [name]": "miss" in lower case took a day, a month or a
/// holiday for a surname, missed the verb after an adverb ("kinda", "sometimes") or
/// after "to" after "have", "going", "sad" or "want", and took a second word.
#[test]
fn miss_in_lower_case_before_a_day_or_after_an_adverb_is_the_verb() {
    stays(&[
        "i have to miss friday",
        "going to miss monday",
        "sad to miss christmas",
        "didnt want to miss fedex",
        "we kinda miss london",
        "i sometimes miss sunday brunch",
        "we def miss easter",
        "we both miss thanksgiving",
        "miss halloween again",
        "i totally miss the weekend",
        "i will miss the train",
        "we miss you",
        "dont wanna miss kickoff",
        "had to miss work",
        "that was a near miss",
        "miss, can you help",
        "good morning miss",
    ]);
    each(&[
        ("miss brown", "miss [name]"),
        ("talk to miss johnson", "talk to miss [name]"),
        ("MISS OKAFOR", "MISS [name]"),
        ("miss okafor smith is here", "miss [name] smith is here"),
    ]);
}

/// "thanks dr hope to see you soon" → "dr [name] to see…", "thank you dr best wishes",
/// "thanks dr love you": a surname that is a word chats put after a name is the word of
/// a greeting before a pronoun, "to" or a noun.
#[test]
fn hope_love_and_best_after_a_title_in_a_greeting_stay() {
    stays(&[
        "thanks dr hope to see you soon",
        "hi dr hope you are well",
        "thank you dr best wishes",
        "ok dr best time is 3pm",
        "thanks dr love you",
        "thanks dr hope all is well",
    ]);
    each(&[
        ("dr hope said so", "dr [name] said so"),
        ("see dr love tomorrow", "see dr [name] tomorrow"),
        ("dr love is great", "dr [name] is great"),
    ]);
}

/// "dr bp meds" → "dr [name] [name]", "dr ie the one", "dr et al", "mr ny", "dr uk": an
/// abbreviation of two letters was a surname, and took the word after it.
#[test]
fn an_abbreviation_of_two_letters_after_a_title_stays() {
    stays(&[
        "dr bp meds",
        "dr ie the one",
        "dr eg",
        "dr et al",
        "dr uv light",
        "mr ny",
        "dr uk",
        "dr la",
        "dr dc",
        "dr pm",
        "dr am",
        "dr ok",
        "dr rn",
        "dr np",
        "dr pt portal",
        "dr hr dept",
        "dr ct scan",
        "dr iv drip",
    ]);
    each(&[
        ("dr li", "dr [name]"),
        ("dr ng is in", "dr [name] is in"),
        ("prof wu", "prof [name]"),
        ("dr li wang", "dr [name] wang"),
    ]);
}
