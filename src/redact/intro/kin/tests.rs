//! The names after the word for someone close, after "called" and after "ask for".

fn named(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    super::names(text, &mut out);
    out.into_iter().map(|(s, e, _)| &text[s..e]).collect()
}

/// Third parties named after who they are.
#[test]
fn names_after_the_word_for_someone_close() {
    for (text, expected) in [
        ("my son John is on the booking", vec!["John"]),
        (
            "I'm flying with my wife Sarah Lee tomorrow",
            vec!["Sarah", "Lee"],
        ),
        ("her husband, Tom, called", vec!["Tom"]),
        ("Our youngest daughter Mia", vec!["Mia"]),
        ("my ex-wife Jane took the card", vec!["Jane"]),
        // Not a word in lower case after the name (STAR star-61, star-223).
        ("get my daughter Angela vaccinated", vec!["Angela"]),
        ("my kid Mark vaccinated", vec!["Mark"]),
        // After "called", of an animal or a person.
        ("a dog called Buster", vec!["Buster"]),
        ("we had a dog called rex", vec!["rex"]),
        ("my son is called Tom Lee", vec!["Tom", "Lee"]),
        ("some guy called Mike", vec!["Mike"]),
        ("some guy called mike", vec!["mike"]),
        ("my son was called tom", vec!["tom"]),
        ("my doctor is called Okafor", vec!["Okafor"]),
        ("our landlord is called okafor", vec!["okafor"]),
        // The person asked for by name.
        ("can I ask for Priya please", vec!["Priya"]),
        ("I spoke to Mike Ross yesterday", vec!["Mike", "Ross"]),
        // Whom one sees for a service, and after "is" (STAR star-1426).
        ("my doctor is Morgan, actually", vec!["Morgan"]),
        ("our landlord was Ken Tran", vec!["Ken", "Tran"]),
        ("my dentist Dr. Lee", vec!["Lee"]),
        // A patient to get vaccinated (STAR star-2479).
        ("I also wanted to get Alexis vaccinated.", vec!["Alexis"]),
        ("getting Mia Lee checked", vec!["Mia", "Lee"]),
        ("get Zoë tested", vec!["Zoë"]),
    ] {
        assert_eq!(named(text), expected, "{text:?}");
    }
}

/// What follows the word is no name: a verb, "and", a lower-case word, a word that
/// stands where a name would ("my son Is sick" written with a capital).
#[test]
fn the_services_are_sorted() {
    assert!(super::SERVICES.is_sorted());
}

#[test]
fn no_name_after_the_word_for_someone_close() {
    for text in [
        "my son is sick",
        "my wife and I",
        "my husband called yesterday",
        "My friend, I need help",
        "my mother's maiden name",
        "my brother In law",
        "our neighbour The other day",
        "my son",
        "it is called support",
        "a dog called support",
        "the agent called me",
        "my friend called yesterday",
        "the app called Support",
        // The lead: "called" the verb, what follows it a company.
        "someone called comcast",
        "my friend called verizon",
        "someone called Comcast",
        "can I ask for Help",
        "I want to speak to Sales",
        "let me talk to Comcast",
        "ask for a refund",
        "speak to A Human",
        // A word chats put after a name, capitalised.
        "my father Said no",
        "my son Went home",
        // "is" after family: what they are as often as who.
        "my friend is Canadian",
        "my son is Tom",
        "my doctor is Great",
        "my doctor called Okafor",
        "my doctor is called French",
        "get Everyone vaccinated",
    ] {
        assert_eq!(named(text), Vec::<&str>::new(), "{text:?}");
    }
}
