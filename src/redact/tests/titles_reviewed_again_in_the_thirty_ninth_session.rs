//! Leaks and over-masking a second review of the thirty-ninth session's titles found: a
//! brand's word as a surname after another courtesy title ("Mrs. Sheen" … "Sheen said
//! no"), a brand said to be someone in more ways ("my landlord Mr. Clean"), and the
//! bot's everyday words after a title ("Have you met Mr. Right yet?"). Each beside a near
//! miss.

use super::masked_all;
use crate::transcript::Role;

/// The customer's messages, masked.
fn customer(texts: &[&str]) -> Vec<String> {
    let rows: Vec<(Role, &str)> = texts.iter().map(|t| (Role::Customer, *t)).collect();
    masked_all(&rows)
}

/// "Mrs. Sheen is my neighbour" … "Sheen said no" was shown: the courtesy titles stood
/// for each other, and a brand's word was masked after its title only.
#[test]
fn a_brands_word_after_another_courtesy_title_is_a_surname_masked_alone() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &[
                "Mrs. Sheen is my neighbour",
                "I asked Sheen to help and Sheen said no",
            ],
            &[
                "Mrs. [name] is my neighbour",
                "I asked [name] to help and [name] said no",
            ],
        ),
        (
            &["Mrs Coffee lives next door", "Coffee called the police"],
            &["Mrs [name] lives next door", "[name] called the police"],
        ),
        (
            &["Mrs. Muscle is our neighbour", "I told Muscle about it"],
            &["Mrs. [name] is our neighbour", "I told [name] about it"],
        ),
        (
            &["Mrs. Sheen is rude", "Sheen's dog bit me"],
            &["Mrs. [name] is rude", "[name]'s dog bit me"],
        ),
        (
            &["Mrs. Sheen (my landlady) is rude", "Sheen never answers"],
            &["Mrs. [name] (my landlady) is rude", "[name] never answers"],
        ),
        (
            &[
                "My landlady Mrs. Clean won't return my deposit",
                "Clean says the flat was dirty",
                "She said Clean would call back",
                "Clean up the mess, she said",
                "the floor is clean now",
            ],
            &[
                "My landlady Mrs. [name] won't return my deposit",
                "[name] says the flat was dirty",
                "She said [name] would call back",
                "Clean up the mess, she said",
                "the floor is clean now",
            ],
        ),
    ];
    for (texts, expected) in cases {
        assert_eq!(customer(texts), *expected, "{texts:?}");
    }
    // Near miss: "Mrs. Clean" not said to be anyone still masks the everyday word's
    // order nowhere.
    assert_eq!(
        customer(&["Mrs. Clean called", "Clean the kitchen first"]),
        ["Mrs. [name] called", "Clean the kitchen first"]
    );
}

/// "my landlord Mr. Clean won't fix it" kept "Clean" a brand, masked nowhere alone.
#[test]
fn a_brand_said_to_be_someone_without_commas_or_in_brackets_is_a_person() {
    for said in [
        "my landlord Mr. Clean won't fix it",
        "Mr. Clean (my landlord) won't fix it",
        "Mr. Clean who is my landlord won't fix it",
        "The landlord is Mr. Clean",
    ] {
        let masked = customer(&[said, "Clean never answers"]);
        assert!(masked[0].contains("Mr. [name]"), "{said:?}: {masked:?}");
        assert_eq!(masked[1], "[name] never answers", "{said:?}");
    }
    // Near miss: the brand, said to be nobody.
    assert_eq!(
        customer(&["Mr. Clean works on the stove", "Clean never answers"]),
        ["Mr. Clean works on the stove", "Clean never answers"]
    );
}

/// "Have you met Mr. Right yet?" … "Right, thanks" was masked; "Is this Mrs. Sheen?" …
/// "Yes, Sheen here" shown.
#[test]
fn the_bots_everyday_words_after_a_title_are_no_names_but_a_brands_word_is() {
    let bot_then = |bot: &str, customer: &str| {
        masked_all(&[(Role::Bot, bot), (Role::Customer, customer)]).pop()
    };
    for (bot, said) in [
        ("Have you met Mr. Right yet?", "Right, thanks"),
        ("Is this Mr. Bean?", "Bean bags are sold out"),
    ] {
        assert_eq!(bot_then(bot, said).as_deref(), Some(said), "{bot:?}");
    }
    assert_eq!(
        bot_then("Is this Mrs. Sheen?", "Yes, Sheen here").as_deref(),
        Some("Yes, [name] here")
    );
    assert_eq!(
        bot_then("Is this Mr. Okafor?", "Yes, Okafor here").as_deref(),
        Some("Yes, [name] here")
    );
}

/// "okafor-smith actually" after "Is this Mr. Okafor?" gave "[name]-smith": the rest of a
/// double-barrelled surname was shown.
#[test]
fn a_word_a_hyphen_joins_to_a_name_is_masked_with_it() {
    assert_eq!(
        masked_all(&[
            (Role::Bot, "Is this Mr. Okafor?"),
            (Role::Customer, "okafor-smith actually, or Smith-Okafor"),
        ])
        .pop()
        .as_deref(),
        Some("[name] actually, or [name]")
    );
    // Near miss: a hyphen with a space after it parts the name from what follows.
    assert_eq!(
        masked_all(&[
            (Role::Bot, "Is this Mr. Okafor?"),
            (Role::Customer, "Okafor - yes"),
        ])
        .pop()
        .as_deref(),
        Some("[name] - yes")
    );
}
