//! Masking the customer's names: as whole words, through accents and case folding, the
//! everyday words only when capitalised, and names the customer gives in the conversation.

use super::*;

use super::names_of as names;

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
            let expected = n.0.iter().find(|(name, _)| *name == lower).is_some_and(
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
fn the_everyday_words_are_sorted() {
    assert!(COMMON_WORDS.is_sorted(), "binary search needs them sorted");
}

#[test]
fn accents_do_not_hide_a_name() {
    let n = names(&[("name", "José Álvarez")]);
    assert_eq!(
        n.mask("Jose Alvarez, JOSÉ ÁLVAREZ, josé álvarez"),
        "[name] [name], [name] [name], [name] [name]"
    );
    assert_eq!(fold("ŁÓDŹ Straße Ærø"), "łodz straße ærø");
}

fn conversation(rows: &[(Role, &str)]) -> Conversation {
    Conversation {
        id: "c1".into(),
        messages: rows
            .iter()
            .map(|&(role, text)| crate::transcript::Message {
                role,
                text: text.into(),
                time: String::new(),
                timestamp: None,
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
            "Im [name], his brother. [name] needs help, he is not a lee",
        ]
    );
    // The bot's "I'm Maya" gives no name of the customer's.
    let c = conversation(&[(Role::Bot, "I'm Maya"), (Role::Customer, "Maya?")]);
    assert_eq!(Names::of_conversation(&c).mask("Maya?"), "Maya?");
}
