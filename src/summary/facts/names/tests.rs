//! Names by the words around them: a pet word after the name of someone addressed, a
//! place that starts with a pet word, a name given after "named", a cuisine or a
//! language alone.

use super::names;

fn names_in(text: &str) -> Vec<&str> {
    names(text).into_iter().map(|(_, name)| name).collect()
}

/// "Thanks, Grace Dear" named "Grace Dear": the pet word after a name someone is
/// addressed by (after a greeting or a thank-you) is no part of the name; given as a
/// name, or not addressed, it is.
#[test]
fn a_pet_word_after_an_addressed_name_is_no_part_of_it() {
    assert_eq!(names_in("Thanks, Grace Dear"), ["Grace"]);
    assert_eq!(names_in("ok thank you Grace Dear, bye"), ["Grace"]);
    assert_eq!(names_in("Hi Tyler Hun! I need a ride"), ["Tyler"]);
    assert_eq!(names_in("Hello Grace Sweetie Pie, it is late"), ["Grace"]);
    assert_eq!(names_in("my name is Grace Dear"), ["Grace Dear"]);
    assert_eq!(names_in("My name is Grace Dear."), ["Grace Dear"]);
    assert_eq!(names_in("a post by Mark Love"), ["Mark Love"]);
}

/// Places (and other names) that start with a pet word are names: "Sugar Land" was
/// dropped as a pet name. Pet names together ("Sweetie Pie", "Baby Girl") and a letter's
/// "Dear Sir" are still none.
#[test]
fn a_place_that_starts_with_a_pet_word_is_a_name() {
    assert_eq!(
        names_in("I live in Sugar Land, near Houston"),
        ["Sugar Land", "Houston"]
    );
    assert_eq!(names_in("we fly from Love Field tomorrow"), ["Love Field"]);
    assert_eq!(names_in("a trip to the Sunshine Coast"), ["Sunshine Coast"]);
    assert!(names_in("thanks Sweetie Pie, Dear Sir, ok Baby Girl, Listen Buddy").is_empty());
}

/// A pet name given as a name is one: "I'm named Buddy", "the band is called Honey". An
/// everyday word so given is still none alone ("it's called Stay with Me", STAR
/// star-1147, named a blog "Stay").
#[test]
fn a_word_after_named_is_a_name() {
    assert_eq!(names_in("I'm named Buddy"), ["Buddy"]);
    assert_eq!(
        names_in("the band is called Honey, they are old"),
        ["Honey"]
    );
    assert!(names_in("a travel blog, it's called Stay with Me").is_empty());
    // Not named so: the pet name and the everyday word are none.
    assert!(names_in("thanks Buddy, the Journey was fine").is_empty());
}

/// A cuisine or a language alone is no name ("I want Thai", "do you speak Spanish?");
/// with another word it names a place ("Thai Palace", "Little Italy").
#[test]
fn a_cuisine_or_a_language_alone_is_no_name() {
    assert!(
        names_in("I want Thai tonight, or Italian. Do you speak Spanish or French? Mexican's fine")
            .is_empty()
    );
    assert_eq!(
        names_in("dinner at Thai Palace in Little Italy"),
        ["Thai Palace", "Little Italy"]
    );
}

/// Regression (STAR star-3503, star-1176): "my dog was named Buddy", offered for the
/// account number the bot asked for, and "Sanders, pet is Charlie", a security answer,
/// were name facts: an agent would take them for people. An animal's name is none.
#[test]
fn an_animals_name_is_no_name() {
    for text in [
        "I don't have my account # but my dog was named Buddy. He was a good dog.",
        "my childhood pets name was Buddy",
        "Sanders, pet is Charlie.",
        "our cat is called Honey, she is old",
        "My dog's name is Rex",
        "I walked my dog Rex",
        "my puppy Max ate it",
    ] {
        assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
    }
    // A person beside the animal stays, and one named after a word about an animal
    // ("dog walker").
    assert_eq!(names_in("my dog Rex bit Tyler Jones"), ["Tyler Jones"]);
    assert_eq!(
        names_in("My dog walker is named Sam Carter, he has the keys"),
        ["Sam Carter"]
    );
}

/// A weekday written as a sentence writes it ("Monday") is no name, read from
/// `text::calendar` as the list it replaced read it: "Mon", "MONDAY" and "Sunny" are
/// left to the other checks, as before.
#[test]
fn a_weekday_is_no_name() {
    use super::may_be_name;
    for day in [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ] {
        assert!(!may_be_name(day), "{day}");
    }
    for word in ["Mon", "Sun", "MONDAY", "Mondays", "Sunny", "Fridaya", "M"] {
        assert!(may_be_name(word), "{word}");
    }
    // A run of names that opens with a weekday is none, as before ("Sunday Market").
    assert_eq!(
        names_in("See you on Friday with Tyler at Sunday Market"),
        ["Tyler"]
    );
}

/// `is_weekday` reads `text::calendar`'s whole names, capitalised only, as it did with
/// the calendar's list: "Monday", not "monday", "MONDAY" nor "Mon".
#[test]
fn a_weekday_is_a_whole_name_capitalised() {
    use crate::text::calendar::{MONTHS, WEEKDAYS, WEEKDAYS_SHORT};
    let before = |word: &str| {
        let Some(rest) = word.strip_prefix(|c: char| c.is_ascii_uppercase()) else {
            return false;
        };
        WEEKDAYS.iter().any(|day| {
            day.get(1..) == Some(rest)
                && day.as_bytes()[0] == word.as_bytes()[0].to_ascii_lowercase()
        })
    };
    let names = WEEKDAYS.iter().chain(&WEEKDAYS_SHORT).chain(&MONTHS);
    for name in names
        .copied()
        .chain(["Tues", "MoNday", "Mondays", "monday\u{e9}"])
    {
        let upper = name.to_ascii_uppercase();
        let capitalised = format!("{}{}", &upper[..1], &name[1..]);
        for word in [name, &upper, &capitalised, "mONDAY"] {
            assert_eq!(super::is_weekday(word), before(word), "{word}");
        }
    }
    assert!(super::is_weekday("Friday"));
    assert!(!super::is_weekday("Fri"));
}

/// Regression (STAR star-5032, star-1098): a verb opening the sentence was taken as a
/// name's first word ("Try Tamarind" for the restaurant the bot suggested).
#[test]
fn a_verb_opening_the_sentence_is_no_part_of_a_name() {
    assert_eq!(names_in("Try Tamarind instead then."), ["Tamarind"]);
    assert_eq!(
        names_in("Like Johnny Appleseeds, you know"),
        ["Johnny Appleseeds"]
    );
    assert_eq!(names_in("Call Tyler Jones for me"), ["Tyler Jones"]);
    assert!(names_in("Try again later").is_empty());
    // A name that opens the sentence is still one.
    assert_eq!(names_in("Tyler Jones here."), ["Tyler Jones"]);
    assert_eq!(names_in("Old Town Inn is nice"), ["Old Town Inn"]);
}

/// Regression: a title given as a name lost its name fact ("My name is Chief Baker"),
/// and "Again" opening a sentence was glued to the place after it ("Again Bistro").
#[test]
fn a_title_given_as_a_name_is_one_and_again_opens_no_name() {
    assert_eq!(names_in("Hello. My name is Chief Baker."), ["Chief Baker"]);
    assert!(names_in("Hello. I'm the Head Waiter here.").is_empty());
    assert!(names_in("You know, the Chief Baker?").is_empty());
    assert_eq!(names_in("Again Bistro is full, sadly."), ["Bistro"]);
    assert_eq!(names_in("Book a table at Again Bistro."), ["Again Bistro"]);
}

/// Regression (STAR star-3047): a job's title ("the Chief Engineer") was a name fact;
/// with a name it is one.
#[test]
fn a_job_title_alone_is_no_name() {
    assert!(names_in("It's me, Leia. You know, the Chief Engineer?").contains(&"Leia"));
    assert!(!names_in("You know, the Chief Engineer?").contains(&"Chief Engineer"));
    assert!(names_in("ask the Vice President or the Customer Service Manager").is_empty());
    assert_eq!(
        names_in("ask First Officer Chewie"),
        ["First Officer Chewie"]
    );
    assert_eq!(names_in("ask Captain Kirk"), ["Captain Kirk"]);
}

/// Regression (STAR star-4945): a mother's maiden name offered before the bot asked
/// for it ("My mother's maiden name is Sanchez") was a name fact beside the customer's
/// own: a security answer, no person met. Her name given otherwise is one, and so is
/// another's maiden name (the customer's own, a wife's).
#[test]
fn a_mother_s_maiden_name_offered_is_no_name() {
    for text in [
        "My name is Sarah Brown and my mother's maiden name is Sanchez.",
        "My mothers maiden name was Wong",
        "Mom’s maiden name is Cooper, does that help?",
        "My mother's last name is Cooper, does that help.",
        "mother's maiden name Miller",
    ] {
        assert!(
            names_in(text)
                .iter()
                .all(|n| !["Sanchez", "Wong", "Cooper", "Miller"].contains(n)),
            "{text}: {:?}",
            names_in(text)
        );
    }
    assert_eq!(
        names_in("My name is Sarah Brown and my mother's maiden name is Sanchez."),
        ["Sarah Brown"]
    );
    assert_eq!(names_in("My last name is Cooper"), ["Cooper"]);
    assert_eq!(names_in("My maiden name is Miller"), ["Miller"]);
    assert_eq!(names_in("My mother is Jane Cooper"), ["Jane Cooper"]);
}

/// "I'm Knackered" was a `name` fact, and "Soy Cliente", "Je suis Désolé" too (with
/// "Soy" as the name's first word), where redaction reads how or what the customer is;
/// "Sou Xiomara" named "Sou Xiomara". What redaction takes for a name after those cues
/// stays a name.
#[test]
fn a_state_after_i_am_in_any_language_is_no_name() {
    for text in [
        "I'm Knackered, I want a human",
        "I am Chuffed",
        "Soy Cliente. I want a human",
        "Hola, soy Cliente",
        "Je suis Désolé",
        "Je suis Français",
        "Sono Premium",
    ] {
        assert!(names_in(text).is_empty(), "{text:?}: {:?}", names_in(text));
    }
    assert_eq!(names_in("I'm Alfred, I want a human"), ["Alfred"]);
    assert_eq!(names_in("I'm Ted, I want a human"), ["Ted"]);
    assert_eq!(names_in("Hola, soy Xiomara y necesito ayuda"), ["Xiomara"]);
    assert_eq!(names_in("Sou Xiomara."), ["Xiomara"]);
    assert_eq!(names_in("we met at Woking Station"), ["Woking Station"]);
}

/// "Thanks, John Smith Paris" gave the `name` fact "John Smith Paris": a known place
/// after a given name and a surname ends the name, as redaction reads a sign-off, but
/// never right after a particle ("Peter Van Houston" gave "Peter Van").
#[test]
fn a_known_place_after_an_addressed_name_is_no_part_of_it() {
    assert_eq!(names_in("Thanks, John Smith Paris"), ["John Smith"]);
    assert_eq!(names_in("Regards, John Smith New York"), ["John Smith"]);
    assert_eq!(
        names_in("Thanks, Ana Garcia Lopez Madrid"),
        ["Ana Garcia Lopez"]
    );
    assert_eq!(
        names_in("Thanks, Mary Ann Washington"),
        ["Mary Ann Washington"]
    );
    assert_eq!(names_in("Thanks, John Smith Kelly"), ["John Smith Kelly"]);
    assert_eq!(names_in("Thanks, Michael Jordan"), ["Michael Jordan"]);
    // Never cut right after a particle: "Peter Van", "Carlos Del" were given.
    assert_eq!(names_in("Thanks, Peter Van Houston"), ["Peter Van Houston"]);
    assert_eq!(names_in("Regards, Carlos Del Rio"), ["Carlos Del Rio"]);
    assert_eq!(
        names_in("Thanks, Maria De La Cruz Paris"),
        ["Maria De La Cruz"]
    );
}

/// "Soy Gold member", "I am Gold member" gave the `name` fact "Gold", and "Soy Madre
/// soltera" "Madre": a tier before its noun, a role or kin after "soy", is no name.
#[test]
fn a_tier_before_its_noun_or_a_role_after_i_am_is_no_name() {
    for text in [
        "Soy Gold member",
        "I am Gold member",
        "Soy Madre soltera",
        "Soy Gerente de compras",
        "Sono Disperata, il pacco non arriva",
    ] {
        assert!(names_in(text).is_empty(), "{text}: {:?}", names_in(text));
    }
    assert_eq!(names_in("Soy Gold."), ["Gold"]);
    assert_eq!(names_in("Soy Adriana."), ["Adriana"]);
}

/// Regression: "Thanks, John A. Smith Paris" gave the names "John" and "Smith Paris":
/// the initial's full stop ended the sentence. A middle initial goes on with the name
/// where the sentence splitter reads it so, and the known place after the name is left
/// out of it; an initial that ends a sentence ends the name ("plan B. Monday").
#[test]
fn a_middle_initial_goes_on_with_the_name() {
    assert_eq!(names_in("Thanks, John A. Smith Paris"), ["John A. Smith"]);
    assert_eq!(names_in("Thanks, John A. Smith"), ["John A. Smith"]);
    assert_eq!(
        names_in("I spoke to Sarah K. Lopez yesterday"),
        ["Sarah K. Lopez"]
    );
    assert_eq!(names_in("Ask Sarah K. Reset my password"), ["Sarah"]);
    assert_eq!(
        names_in("I chose plan B. Monday the charge doubled"),
        Vec::<&str>::new()
    );
}
