//! Tests of the introductions: the cues, the quick look, a surname in lower case, "here".
use proptest::prelude::*;

use super::*;
use crate::redact::names::NOT_SURNAMES;

fn found(text: &str) -> Vec<(&str, Cue)> {
    introduced(text, true)
        .into_iter()
        .map(|(s, e, cue)| (&text[s..e], cue))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// The quick look never turns away a text the patterns would find a name in.
    #[test]
    fn the_quick_look_misses_nothing(
        pieces in prop::collection::vec(
            prop_oneof![
                prop::sample::select(vec![
                    "name is", "NaMe's", "nAME:", "Dr.", "Dr", "Mr", "Mrs.", "Ms", "Mx",
                    "Prof.", "Lee", "tyler", "Ann", "my", "the", "M", "D", "P", "dr", "DR.",
                    "mrs", "mS", "pRoF", "add", "_dr", "2mr", "Miss", "miss", "MISS", "Dr'",
                    "xMiss", "Sir", "sIR", "nurse", "OFFICER", "Doctor", "docTOR", "sister",
                    "Father", "LORD", "lord", "Dame", "dAME", "sergeant", "Reverend", "rev",
                    "Rev.", "Professor", "Captain", "CAPTAIN", "Capt.", "CAPT", "Col", "COL",
                    "Detective", "Gen.", "GEN", "Judge", "JUDGE", "Lady", "LADY", "Lt",
                    "LT.", "Sgt", "SGT", "Sr.", "SRA", "Sra", "xLord", "Xdoctor", ",", "/",
                    "Sig.ra", "Dott.ssa", "Prof.ssa", "Avv.", "AVV.", "Ing.", "xIng.",
                ])
                .prop_map(str::to_owned),
                "[a-zA-Z.': ]{0,6}",
            ],
            0..6,
        ),
        glue in prop::sample::select(vec!["", " ", "  ", ": "]),
    ) {
        let text = pieces.join(glue);
        if !may_name(text.as_bytes()) {
            prop_assert!(
                NAMED.find(&text).is_none() && TITLE.find(&text).is_none(),
                "{}", text
            );
        }
    }
}

#[test]
fn a_name_after_my_name_is_in_any_case() {
    assert_eq!(
        found("Hi, my name is Tyler Jones, account 123"),
        [("Tyler", Cue::Named), ("Jones", Cue::Named)]
    );
    assert_eq!(
        found("my name is tyler jones"),
        [("tyler", Cue::Named), ("jones", Cue::Named)]
    );
    assert_eq!(found("My name's Ana. Thanks"), [("Ana", Cue::Named)]);
    assert_eq!(
        found("my name is Tyler need help"),
        [("Tyler", Cue::Named)],
        "a lower-case word after a capitalised name is not part of it"
    );
    assert!(found("my name is not important").is_empty());
    assert!(found("my name is on the account").is_empty());
    // What is said of the name is no name: the packet's goal keeps it too.
    assert!(found("my name is misspelled, can you fix it on my ticket?").is_empty());
    assert!(found("my name is incorrect on the booking").is_empty());
}

#[test]
fn a_surname_in_lower_case_after_a_capitalised_name() {
    // Leaked as "[name] doe" (known gap).
    for (text, name) in [
        ("my name is Jane doe", "Jane doe"),
        (
            "My name is Brian white, account number 84318931431",
            "Brian white",
        ),
        ("my name is Jane DOE and I need help", "Jane DOE"),
        ("Hi I'm Brian white I need to know flights", "Brian white"),
        ("this is Jane doe", "Jane doe"),
        ("my name is jane doe", "jane doe"),
    ] {
        let words: Vec<&str> = found(text).into_iter().map(|(w, _)| w).collect();
        assert_eq!(words.join(" "), name, "{text:?}");
    }
    // Words that follow a name without being one: function words, what customers
    // say next, verbs in "-ing", contractions, a verb before its object.
    for (text, name) in [
        ("I'm Jane and i need help", "Jane"),
        ("my name is Tyler need help", "Tyler"),
        ("It's Mark again, lol.", "Mark"),
        ("My name is Angela as well", "Angela"),
        ("Hi! My name is Susan wondering if you could", "Susan"),
        ("Hello, this is John calling to follow up", "John"),
        ("Hi I'm Ben reserve my flight 114", "Ben"),
        ("my name is Mark btw, but", "Mark"),
        ("I'm Jane don't ask", "Jane"),
        ("I'm Alexis book me a ride", "Alexis"),
        ("I'm Jane really upset", "Jane"),
    ] {
        let words: Vec<&str> = found(text).into_iter().map(|(w, _)| w).collect();
        assert_eq!(words.join(" "), name, "{text:?}");
    }
    assert!(NOT_SURNAMES.is_sorted(), "binary search needs them sorted");
}

#[test]
fn a_name_before_here_but_not_a_thing_that_is_there() {
    let here = |text: &str| -> Vec<String> {
        named_here(text)
            .into_iter()
            .map(|(s, e, _)| text[s..e].to_owned())
            .collect()
    };
    assert_eq!(here("Tyler here, need help"), ["Tyler"]);
    assert_eq!(here("Hi, Tyler Jones here"), ["Tyler", "Jones"]);
    assert_eq!(here("Tyler here."), ["Tyler"]);
    assert_eq!(
        here("Hello Tyler Jones here can you help me find a hotel?"),
        ["Tyler", "Jones"]
    );
    // "Netflix here" was taken for a name.
    assert!(here("Netflix here is down again").is_empty());
    assert!(here("Netflix here keeps crashing").is_empty());
    assert!(here("Netflix here doesn\u{2019}t load").is_empty());
    assert!(found("Tyler here").is_empty(), "asked for on its own");
}

#[test]
fn a_capitalised_name_after_a_title_or_im() {
    assert_eq!(found("I need Dr. Johnson today"), [("Johnson", Cue::Title)]);
    assert_eq!(found("Im Ben"), [("Ben", Cue::Weak)]);
    assert_eq!(
        found("this is Maria Lopez speaking"),
        [("Maria", Cue::Weak), ("Lopez", Cue::Weak)]
    );
    // Not names: lower case, sentence words, a title in lower case.
    assert!(found("I'm sorry, I am Not sure, it's Good, the dr. said").is_empty());
    assert!(found("I'm So tired").is_empty());
}

/// A terse prompt for the name is a question for it (`name_leaks.csv`:
/// STAR star-3445, star-1216); a message that only holds the word is not.
#[test]
fn terse_prompts_ask_for_the_name() {
    for text in [
        "name",
        "Name?",
        "name and number please",
        "full name?",
        "Name please.",
        "Name, account number and PIN please",
        // STAR star-2339 and star-1723.
        "Name and flight ID, please?",
        "Could you provide me with the name of the host, please?",
        // STAR star-6220 and the questions for a name someone else holds.
        "Who is your doctor?",
        "What doctor would you like to see?",
        "What's the name on the booking?",
        "What is the name under the reservation, please?",
        "Can I have your last name?",
        "Your surname, please?",
        "Could I have your doctor's name please?",
        "What's your daughter's name?",
        "Could I have your childs name?",
        "What's his name?",
    ] {
        assert!(asks_for_name(text), "{text}");
    }
    for text in [
        "name of the product?",
        "Name your price",
        "What a lovely name",
        "names",
        "name of the hotel?",
        "Name and flight ID of the trip you liked best",
        // A doctor, a booking or a name asked of nobody's.
        "Your doctor will call you back",
        "Who is your provider?",
        "What's the name of the restaurant?",
        "The name on the booking is spelt wrong",
        "Who is the best doctor in town?",
    ] {
        assert!(!asks_for_name(text), "{text}");
    }
}
