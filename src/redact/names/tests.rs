//! Masking the customer's names: as whole words, through accents and case folding, the
//! everyday words only when capitalised, and names the customer gives in the conversation
//! (in `tests/given.rs` and `tests/replies.rs`; names in other scripts in `tests/scripts.rs`).

use super::*;
use crate::transcript::{Conversation, Role};

use super::fields::{NAME_WORDS, NOT_THE_CUSTOMER, OTHER_NAME_FIELDS, PERSON_WORDS};
use super::names_of as names;

mod given;
mod replies;
mod scripts;

#[test]
fn the_customers_names_are_masked_as_words() {
    let n = names(&[("Name", "Alex Chen"), ("email", "alex@acme.example")]);
    assert_eq!(
        n.mask("Hi Alex, I'm Maya. ALEX CHEN asked; alexander did not; Chen's plan"),
        "Hi [name], I'm Maya. [name] [name] asked; alexander did not; [name]'s plan"
    );
    assert!(matches!(
        n.mask("nothing here"),
        std::borrow::Cow::Borrowed(_)
    ));
    // Initials and one-letter words are not names to hunt for.
    let n = names(&[("first_name", "J."), ("last_name", "O'Brien")]);
    assert_eq!(n.mask("J. said O'Brien and j"), "J. said [name] and j");
    assert_eq!(
        n.mask("O\u{2019}Brien\u{2019}s turn"),
        "[name]\u{2019}s turn"
    );
    assert!(names(&[("company", "Acme")]).is_empty());
}

proptest::proptest! {
    /// A word matches a name exactly when its fold is one of the names (ASCII words
    /// are compared in place, the others folded), in any case, Kelvin sign included.
    #[test]
    fn matching_in_place_is_matching_the_folded_word(
        name in "[a-zA-ZéÉ'\u{2019}\u{212A}]{2,6}",
        word in "[a-zA-ZéÉ'\u{2019}\u{212A}]{1,6}",
    ) {
        let n = names(&[("name", &name)]);
        let capitalised: String = name
            .chars()
            .take(1)
            .flat_map(char::to_uppercase)
            .chain(name.chars().skip(1))
            .collect();
        for word in [word, name.to_uppercase(), name.to_lowercase(), capitalised] {
            let lower = fold(&word);
            let expected = n.words.iter().find(|(name, _)| *name == lower).is_some_and(
                |&(_, only_capitalised)| {
                    !only_capitalised || word.chars().next().is_some_and(char::is_uppercase)
                },
            );
            proptest::prop_assert_eq!(n.matches(&word), expected, "{}", word);
        }
    }
}

#[test]
fn names_that_are_everyday_words_are_masked_only_when_capitalised() {
    let n = names(&[("name", "Will Grace")]);
    assert_eq!(
        n.mask("Will here. I will pay, by grace of Grace"),
        "[name] here. I will pay, by grace of [name]"
    );
    // Surnames that are words, two-letter names and particles too.
    let n = names(&[("name", "Pat Long"), ("last_name", "An van Brown")]);
    assert_eq!(
        n.mask("it took so long, I am an idiot, the van, brown shoes; Pat Long, An Brown"),
        "it took so long, I am an idiot, the van, brown shoes; [name] [name], [name] [name]"
    );
}

#[test]
fn accents_do_not_hide_a_name() {
    let n = names(&[("name", "José Álvarez")]);
    assert_eq!(
        n.mask("Jose Alvarez, JOSÉ ÁLVAREZ, josé álvarez"),
        "[name] [name], [name] [name], [name] [name]"
    );
    assert_eq!(fold("ŁÓDŹ Straße Ærø"), "lodz straße æro");
}

/// A conversation of these messages, for the redaction tests that read whole ones.
pub(in crate::redact) fn conversation(rows: &[(Role, &str)]) -> Conversation {
    Conversation {
        id: "c1".into(),
        messages: rows
            .iter()
            .map(|&(role, text)| crate::transcript::Message {
                role,
                text: text.into(),
                time: String::new(),
                timestamp: None,
                clock: crate::transcript::Clock::Written,
                line: 2,
            })
            .collect(),
        metadata: Metadata::default(),
        file: std::sync::Arc::default(),
    }
}

#[test]
fn names_the_customer_gives_are_masked_everywhere() {
    let c = conversation(&[
        (Role::Customer, "hi, my name is tyler jones, I saw Dr. Lee"),
        (Role::Bot, "Thanks Tyler. Dr Lee is away"),
        (
            Role::Customer,
            "Im Ben, his brother. tyler needs help, he is not a lee",
        ),
    ]);
    let n = Names::of_conversation(&c);
    let masked: Vec<String> = c
        .messages
        .iter()
        .map(|m| n.mask(&m.text).into_owned())
        .collect();
    assert_eq!(
        masked,
        [
            "hi, my name is [name] [name], I saw Dr. [name]",
            "Thanks [name]. Dr [name] is away",
            // "lee" is no common English word: the name, in any case.
            "Im [name], his brother. [name] needs help, he is not a [name]",
        ]
    );
    // The bot's "I'm Maya" gives no name of the customer's.
    let c = conversation(&[(Role::Bot, "I'm Maya"), (Role::Customer, "Maya?")]);
    assert_eq!(Names::of_conversation(&c).mask("Maya?"), "Maya?");
}

/// Asserts `names` mask `text` as `expected`, and that none of `raw` is left.
fn masks_to(names: &Names, text: &str, expected: &str, raw: &[&str]) {
    let masked = names.mask(text);
    assert_eq!(masked, expected, "{text:?}");
    for raw in raw {
        assert!(!masked.contains(raw), "{raw:?} left in {masked:?}");
    }
    assert_eq!(names.mask(&masked), masked, "masking again changes nothing");
}

#[test]
fn name_columns_as_exports_name_them() {
    for field in [
        "requester_name",
        "requester",
        "surname",
        "given_name",
        "givenname",
        "family_name",
        "middle_name",
        "preferred_name",
        "nickname",
        "display_name",
        "full_name",
        "customer_first_name",
        "customer_last_name",
        "contact_first_name",
        "contact_last_name",
        "first",
        "last",
        "username",
        "user_name",
        "twitter_handle",
        "screen_name",
    ] {
        assert!(is_name_field(field), "{field}");
        let n = names(&[(field, "Tyler")]);
        masks_to(&n, "Thanks Tyler!", "Thanks [name]!", &["Tyler"]);
    }
    for field in [
        "company_name",
        "product_name",
        "plan_name",
        "team_name",
        "file_name",
        "domain_name",
        "account_name",
        "org_name",
        "business_name",
        "store_name",
        "agent_name",
        "contact_owner_name",
        "hostname",
        "email",
        "tier",
        "last_login",
        // Fields of things that end in `name` masked their values everywhere.
        "intent_name",
        "timezone_name",
        "language_name",
        "deal_name",
        "opportunity_name",
        "agent_first_name",
    ] {
        assert!(!is_name_field(field), "{field}");
    }
    assert!(NOT_THE_CUSTOMER.is_sorted() && OTHER_NAME_FIELDS.is_sorted());
    assert!(NAME_WORDS.is_sorted() && PERSON_WORDS.is_sorted());
    assert!(PLACEHOLDERS.is_sorted());
}

#[test]
fn values_are_found_in_any_ascii_case_on_character_boundaries() {
    assert_eq!(find_ascii_caseless("xé JÖsé", "jÖSé", 0), Some(4));
    assert_eq!(find_ascii_caseless("xé JÖsé", "jösé", 0), None);
    assert_eq!(find_ascii_caseless("TYLER tyler", "tyler", 1), Some(6));
    assert_eq!(find_ascii_caseless("tyler", "", 0), None);
    assert_eq!(find_ascii_caseless("ab", "abc", 0), None);
    assert_eq!(find_ascii_caseless("ab", "b", 3), None);
}

#[test]
fn a_username_is_masked_whole_and_its_parts_where_capitalised() {
    let n = names(&[("username", "tyler.jones92")]);
    masks_to(
        &n,
        "user TYLER.JONES92 asked; Tyler Jones is tyler.jones92, jones is a word",
        "user [name] asked; [name] [name] is [name], jones is a word",
        &["tyler.jones92", "TYLER", "Tyler", "Jones"],
    );
    // Not inside a longer token.
    assert_eq!(
        n.mask("xtyler.jones92 tyler.jones921"),
        "xtyler.jones92 tyler.jones921"
    );
    let n = names(&[("handle", "@TylerJones")]);
    masks_to(
        &n,
        "hi Tyler (@TylerJones)",
        "hi [name] (@[name])",
        &["Tyler"],
    );
    // A username of letters beyond ASCII: whole in any ASCII case as well (it was found
    // only in the lower case it is kept in: "[name]_99" was left of "Jösé_99").
    let n = names(&[("username", "jösé_99")]);
    masks_to(
        &n,
        "I'm Jösé_99 or JöSé_99",
        "I'm [name] or [name]",
        &["_99"],
    );
    // A placeholder, a flag or an address is no name.
    assert!(names(&[("name", "Guest"), ("first", "yes"), ("user", "visitor")]).is_empty());
    let n = names(&[("name", "ana@example.com")]);
    assert_eq!(n.mask("Ana, example.com"), "[name], example.com");
}
