//! What a title's letters stand for where no one is named: "Dr" for "Drive" after a
//! street's name ("Sunset Dr,Springfield", "Oak Dr/Main St"), a street named after
//! someone ("Sir Francis Drake Blvd"), a contest ("Miss.Universe"); each beside a name
//! after the title that stays masked.

use super::{each, stays};

/// "Sunset Dr,Springfield" and "Oak Dr/Main St" masked the city and the next street:
/// "Dr" glued to the word after it was taken for a title, where after a street's name
/// it is "Drive".
#[test]
fn drive_after_a_street_name_is_no_title() {
    stays(&[
        "I live at Sunset Dr,Springfield",
        "the corner of Oak Dr/Main St",
        "Oak Dr/Main St",
        "42 Elm Dr. Springfield",
    ]);
    each(&[
        // The house number and the street are an address; the city after it stays.
        (
            "I live at 12 Sunset Dr,Springfield",
            "I live at [address],Springfield",
        ),
        // A capitalised word that opens the text or a sentence is more often a greeting or
        // a verb: "Sunset Dr,Springfield" alone is masked as "Thanks Dr,Harper" is.
        ("Thanks Dr,Harper", "Thanks Dr,[name]"),
        ("Ask Dr/Harper", "Ask Dr/[name]"),
        ("I saw Dr,Harper", "I saw Dr,[name]"),
    ]);
}

/// "Sir Francis Drake Blvd" masked the street's name, and "Miss.Universe" the contest's.
#[test]
fn a_street_or_a_contest_after_a_title_is_no_one() {
    stays(&[
        "I live on Sir Francis Drake Blvd",
        "on Sir Francis Drake Boulevard",
        "she won Miss.Universe",
        "she won Miss Universe",
        "Miss World 2019",
    ]);
    each(&[
        ("Sir Francis called", "Sir [name] called"),
        ("Miss.Lee called", "Miss.[name] called"),
    ]);
}
