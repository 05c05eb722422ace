//! The forty-seventh session's whole names reviewed again: a brand after "my name is
//! John Smith" masked and remembered ("Tesla", "Ryanair"), a field's label after the
//! name taken as its word ("Acct 5551234"), a team after "my manager," read as a name
//! ("Customer Care"), and "Wi-Fi" in quotes after "It's".

use super::{each, masked_all, stays};
use crate::transcript::Role;

/// The customer's messages of a conversation, masked.
fn masked_customer(texts: &[&str]) -> Vec<String> {
    let rows: Vec<(Role, &str)> = texts.iter().map(|&t| (Role::Customer, t)).collect();
    masked_all(&rows)
}

/// A third word after "my name is" in Title Case that no list knows was masked and
/// remembered, so masked in every later message: "my [name] app is broken". It stays
/// masked in the introduction (when in doubt), and is remembered no more.
#[test]
fn a_third_word_no_list_knows_is_masked_where_introduced_only() {
    for (intro, masked_intro, later) in [
        (
            "My name is John Smith Tesla owner",
            "My name is [name] [name] [name] owner",
            "my Tesla app is broken",
        ),
        (
            "My name is Sarah Connor Ryanair",
            "My name is [name] [name] [name]",
            "Ryanair cancelled",
        ),
        (
            "My name is Sarah Connor Mastercard",
            "My name is [name] [name] [name]",
            "Mastercard declined",
        ),
        (
            "My name is John Smith Barclays",
            "My name is [name] [name] [name]",
            "Barclays app",
        ),
        (
            "My name is John Smith Hotmail",
            "My name is [name] [name] [name]",
            "my Hotmail",
        ),
        (
            "My name is Sarah Connor Easter trip",
            "My name is [name] [name] [name] trip",
            "for Easter",
        ),
        (
            "My name is Sarah Connor Samsung TV",
            "My name is [name] [name] [name] TV",
            "Samsung support",
        ),
        (
            "My name is John Smith Xfinity",
            "My name is [name] [name] [name]",
            "Xfinity is down",
        ),
    ] {
        assert_eq!(
            masked_customer(&[intro, later]),
            [masked_intro, later],
            "{intro:?}"
        );
    }
}

/// The first two words, a particle's surname and the surname after San/Santa/… are
/// the name's still, and remembered.
#[test]
fn the_name_s_words_with_evidence_are_remembered_still() {
    for (intro, later, masked_later) in [
        (
            "My name is John Smith Tesla owner",
            "Smith here again",
            "[name] here again",
        ),
        (
            "My name is Maria Porto da Silva",
            "Silva is my surname",
            "[name] is my surname",
        ),
        (
            "my name is maria da silva santos",
            "santos is my surname",
            "[name] is my surname",
        ),
        ("MY NAME IS MARIA SAN JOSE", "JOSE again", "[name] again"),
    ] {
        assert_eq!(
            masked_customer(&[intro, later])[1],
            masked_later,
            "{intro:?}"
        );
    }
}

/// A field's label after the name was read as its word: "My name is [name] [name]
/// [name] [account]", "Acct" remembered.
#[test]
fn a_field_s_label_ends_the_name() {
    assert_eq!(
        masked_customer(&["My name is John Smith Acct 5551234", "Acct 5551234 locked"]),
        [
            "My name is [name] [name] Acct [account]",
            "Acct [account] locked"
        ]
    );
    each(&[
        (
            "My name is John Smith Postcode SW1A 1AA",
            "My name is [name] [name] Postcode [postcode]",
        ),
        (
            "My name is John Smith Ref ABC123",
            "My name is [name] [name] Ref ABC123",
        ),
        (
            "My name is John Smith Zip 90210",
            "My name is [name] [name] Zip [postcode]",
        ),
    ]);
    // A third word before a number that is no label is no name's either; one before
    // none, or a surname after a particle, is.
    each(&[
        (
            "My name is John Smith Member 12",
            "My name is [name] [name] Member 12",
        ),
        (
            "My name is Ana Maria Garcia Lopez",
            "My name is [name] [name] [name] [name]",
        ),
    ]);
}

/// A team after "my manager," or "your supervisor," was read as a name: "Customer
/// [name]", "[name] Sales".
#[test]
fn a_team_after_someone_at_work_names_no_one() {
    stays(&[
        "Your supervisor, Customer Care, hung up",
        "My manager, Tech Support, refused",
        "My manager, Regional Sales, approved it",
        "My manager, Head Office, approved it",
        "I asked to speak to Customer Service",
    ]);
    each(&[
        (
            "My manager, Anna Berg, approved it",
            "My manager, [name] [name], approved it",
        ),
        (
            "Your supervisor, Mike, hung up",
            "Your supervisor, [name], hung up",
        ),
    ]);
}

/// A hyphenated word with a capital after the hyphen, in quotes after "It's", was
/// taken as a name; a double-barrelled name's parts are names.
#[test]
fn a_thing_s_hyphenated_word_in_quotes_is_no_name() {
    stays(&[
        "It's 'Wi-Fi Extender' that broke",
        "This is 'X-Ray Vision' mode",
    ]);
    each(&[("I'm 'Anna Smith-Jones'", "I'm '[name] [name]'")]);
}
