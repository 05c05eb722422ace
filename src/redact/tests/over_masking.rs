//! Over-masking by `--redact`: what is no personal data but was masked as some, each kept
//! now, in whole conversations as `--redact` reads them, and the personal data beside it
//! still masked.

use super::{ASK, last_masked};
use crate::transcript::Role;

/// After a PIN, a number with a label before it said of as another
/// ("My flight 5678 is my old one") and a year that was "my first one" were masked as
/// codes.
#[test]
fn a_labelled_number_or_a_first_one_after_a_pin_is_no_code() {
    for said in [
        "My flight 5678 is my old one",
        "2019 was my first one",
        "Room #5678 was the other one",
        "order no. 5678 is the previous one",
        "the year 2019 was my old one",
    ] {
        assert_eq!(
            last_masked(&[(Role::Customer, "My PIN is 1234"), (Role::Customer, said)]),
            said
        );
    }
    assert_eq!(
        super::r("My PIN is 1234. My flight 5678 is my old one"),
        "My PIN is [secret]. My flight 5678 is my old one"
    );
    // Codes still: without a label, and a first PIN.
    for (said, expected) in [
        ("And 5678 is my old one", "And [secret] is my old one"),
        ("5678 was my first pin", "[secret] was my first pin"),
        (
            "my flight is fine. 5678 is my old one",
            "my flight is fine. [secret] is my old one",
        ),
        (
            "my flight. 5678 is my old one",
            "my flight. [secret] is my old one",
        ),
    ] {
        assert_eq!(
            last_masked(&[(Role::Customer, "My PIN is 1234"), (Role::Customer, said)]),
            expected
        );
    }
}

/// A year after "born" was masked as a date of birth when "born" was
/// of a thing after "that" ("my daughter works at a startup that was born in 2015"), or
/// in what a person said ("my son said the idea was born in 2019"): a word for a person
/// further back in the sentence made it a birth.
#[test]
fn born_of_a_thing_in_another_clause_is_no_date_of_birth() {
    for text in [
        "my daughter works at a startup that was born in 2015",
        "a startup that was born in 2015",
        "my son said the idea was born in 2019",
        "My wife thinks the brand was born in 2001",
    ] {
        assert_eq!(super::r(text), text);
    }
    // A person's birth still: "that" of a person, or a pronoun near "born".
    for (text, expected) in [
        (
            "the baby that was born in 2015",
            "the baby that was born in [dob]",
        ),
        (
            "my son said he was born in 2019",
            "my son said he was born in [dob]",
        ),
        (
            "my youngest, who was finally born in 2010",
            "my youngest, who was finally born in [dob]",
        ),
        (
            "My daughter Emma was finally born on 4 March 2010",
            "My daughter Emma was finally born on [dob]",
        ),
    ] {
        assert_eq!(super::r(text), expected);
    }
}

/// "born" of a thing after "my", "our" or another word for a person
/// ("my startup was born in 2015") gave a date of birth: the word for a person counted
/// though the subject of "born" was the thing it owns.
#[test]
fn born_of_a_thing_someone_owns_is_no_date_of_birth() {
    for text in [
        "my startup was born in 2015",
        "My company was officially born in March 2015",
        "our shop, born in 2010, is closing",
        "my son's business was born in 2019",
        "I think my project was born in 2020",
        "my idea was born on 2 May 2020",
        "my company Acme was born in 2015",
        "their startups were born in 2015",
    ] {
        assert_eq!(super::r(text), text);
    }
    // A person's birth still: the person the subject, a thing only after a preposition.
    for (text, expected) in [
        ("I was born in 1985", "I was born in [dob]"),
        ("born 12/03/1985", "born [dob]"),
        (
            "my date of birth is 12/03/1985",
            "my date of birth is [dob]",
        ),
        ("my son was born in 2015", "my son was born in [dob]"),
        (
            "my partner at the firm was born in 1980",
            "my partner at the firm was born in [dob]",
        ),
        (
            "My daughter, the baby of the group, was born in 2010",
            "My daughter, the baby of the group, was born in [dob]",
        ),
        (
            "I started my company the year I was born, 1985",
            "I started my company the year I was born, [dob]",
        ),
        (
            "my startup is fine, I was born in 1985",
            "my startup is fine, I was born in [dob]",
        ),
    ] {
        assert_eq!(super::r(text), expected, "{text:?}");
    }
}

/// What follows "named" after a tier, an option, a setting, a bot or
/// a plan's like ("the option named Premium", "the bot named Max") was masked as a
/// person's name, and masked all conversation long.
#[test]
fn named_after_a_setting_or_a_bot_names_no_one() {
    for said in [
        "the option named Premium",
        "I picked the tier named Gold and the bot named Max answered",
        "a setting named Autopay",
        "the plan named Family",
        "there's a feature named Smart Reply",
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), said);
    }
    assert_eq!(
        last_masked(&[
            (Role::Customer, "the option named Premium"),
            (Role::Customer, "Premium it is"),
        ]),
        "Premium it is"
    );
    // People named still are.
    assert_eq!(
        last_masked(&[(
            Role::Customer,
            "a driver named Tyler and an agent named Jane"
        )]),
        "a driver named [name] and an agent named [name]"
    );
}

/// "the one named Porch" (a restaurant, in STAR) was masked as a
/// person's name: after "one", a common English word that is no name names no one.
#[test]
fn the_one_named_a_common_word_names_no_one() {
    for said in [
        "Book me the one named Porch",
        "the ones named Harbor and Garden",
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), said);
    }
    for (said, expected) in [
        ("the one named John", "the one named [name]"),
        ("the one named Grace Lee", "the one named [name] [name]"),
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), expected);
    }
}

/// "Names" where a list of names goes on ("names Al, Names Bo", "my
/// kids' names are Tyler, Names, dates and emails are on file", "names: Names, dates
/// …") was masked as one of them, and all conversation long ("Names, dates and emails
/// are on file" later); so were the columns of a sheet "named Names, Dates and Emails".
#[test]
fn names_in_a_list_is_no_name() {
    const ON_FILE: &str = "Names, dates and emails are on file";
    for (said, expected) in [
        (
            "my kids' names are Tyler, Names, dates and emails are on file",
            "my kids' names are [name], Names, dates and emails are on file",
        ),
        (
            "names Tyler, Names Jane and Ben",
            "names [name], Names [name] and [name]",
        ),
        (
            "names: Names, dates and emails",
            "names: Names, dates and emails",
        ),
        (
            "a driver named Tyler names Jane as his boss",
            "a driver named [name] names [name] as his boss",
        ),
        (
            "the sheet has columns named Names, Dates and Emails",
            "the sheet has columns named Names, Dates and Emails",
        ),
        (
            "two restaurants named Luca and Porch",
            "two restaurants named Luca and Porch",
        ),
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), expected, "{said:?}");
        assert_eq!(
            last_masked(&[(Role::Customer, said), (Role::Customer, ON_FILE)]),
            ON_FILE,
            "after {said:?}"
        );
    }
    assert_eq!(
        last_masked(&[(Role::Bot, ASK), (Role::Customer, ON_FILE)]),
        ON_FILE
    );
}

/// A product before a measure given in reply to a question for the
/// name ("Samsung 55 inch TV") was masked as a name, all conversation long, and so was an
/// everyday word after "it's me" ("It's me, Again").
#[test]
fn a_product_in_reply_or_an_everyday_word_after_its_me_is_no_name() {
    for reply in [
        "Samsung 55 inch TV",
        "Samsung 65\" TV",
        "Sony 128GB",
        "Samsung 55 TV please",
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            reply
        );
    }
    assert_eq!(
        last_masked(&[
            (Role::Bot, ASK),
            (Role::Customer, "Samsung 55 inch TV"),
            (Role::Customer, "the Samsung is broken"),
        ]),
        "the Samsung is broken"
    );
    for said in ["It's me, Again", "I'm Stuck", "this is Urgent"] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), said);
    }
    // Names before a number that measures nothing, and after "it's me", still.
    for (reply, expected) in [
        ("Tyler Jones 4821", "[name] [name] 4821"),
        (
            "Katarina Miller 351531510 is my account",
            "[name] [name] 351531510 is my account",
        ),
        // A number before "PIN" is one.
        ("Tyler Jones 4821 PIN", "[name] [name] [secret] PIN"),
    ] {
        assert_eq!(
            last_masked(&[(Role::Bot, ASK), (Role::Customer, reply)]),
            expected
        );
    }
    assert_eq!(
        last_masked(&[(Role::Customer, "It's me, Alexis")]),
        "It's me, [name]"
    );
}

/// Codes said loosely are kept by their message's text, so the same
/// text before the PIN was given was masked too ("And 5678 is my old one", then "My PIN
/// is 1234", then "And 5678 is my old one" again). Masked knowing which message it is,
/// the first stays; not knowing, neither is told from the other, and the text is left to
/// the masking that knows (each message's own, in packets, evidence and traces).
#[test]
fn the_same_words_before_the_pin_are_no_code() {
    use crate::redact::names::tests::conversation;
    use crate::redact::{Names, masked, masked_message};

    const OLD: &str = "And 5678 is my old one";
    let c = conversation(&[
        (Role::Customer, OLD),
        (Role::Customer, "My PIN is 1234"),
        (Role::Customer, OLD),
    ]);
    let names = Names::of_conversation(&c);
    let each: Vec<String> = c
        .messages
        .iter()
        .enumerate()
        .map(|(i, m)| masked_message(&m.text, i, &names).into_owned())
        .collect();
    assert_eq!(
        each,
        [OLD, "My PIN is [secret]", "And [secret] is my old one"]
    );
    assert_eq!(masked(OLD, &names), OLD);
    // A text said only after the PIN is masked whether or not its message is known.
    let c = conversation(&[(Role::Customer, "My PIN is 1234"), (Role::Customer, OLD)]);
    let names = Names::of_conversation(&c);
    assert_eq!(masked(OLD, &names), "And [secret] is my old one");
    assert_eq!(masked_message(OLD, 1, &names), "And [secret] is my old one");
}

/// "Names" then a list of kinds of data without commas ("Names Dates
/// and Emails are on file") had the kinds masked as names ("Names [name] and [name]"),
/// all conversation long: after "names" (a list's cue, or "name's" misspelt) a plural of
/// a thing starts no name. The comma'd list was fixed before
/// ([`names_in_a_list_is_no_name`]); names listed so are still masked.
#[test]
fn plurals_of_things_after_names_are_no_names() {
    const ON_FILE: &str = "Dates and Emails are on file";
    for said in [
        "Names Dates and Emails are on file",
        "my kids' names are Tyler, Names Dates and Emails are on file",
        "my kids' names are Tyler. Names Dates and Emails are on file",
        "names: Names Dates and Emails",
        "names Names Dates Emails",
        "the sheet has columns named Names Dates and Emails",
        "Names Addresses and Policies are on file",
        "hi, this is Sales",
    ] {
        let expected = said.replace("Tyler", "[name]");
        assert_eq!(last_masked(&[(Role::Customer, said)]), expected, "{said:?}");
        assert_eq!(
            last_masked(&[(Role::Customer, said), (Role::Customer, ON_FILE)]),
            ON_FILE,
            "after {said:?}"
        );
    }
    // Names still: people's names that are plurals of words, a surname after a first
    // name, a surname after a title, and names that end in "s" of no plural.
    for (said, expected) in [
        (
            "names Tyler Fields, Miles and Banks",
            "names [name] [name], [name] and [name]",
        ),
        (
            "names James, Wes and Ines",
            "names [name], [name] and [name]",
        ),
        ("Names Jane and Ben", "Names [name] and [name]"),
        ("I'm Marks", "I'm [name]"),
        ("ask Dr. Sims", "ask Dr. [name]"),
        ("names Tyler and Jane", "names [name] and [name]"),
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), expected, "{said:?}");
    }
}
