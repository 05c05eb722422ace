//! The defects the forty-second session's review of redaction found, each beside a near
//! miss: a surname that is a wish or a brand's word shown as the subject of a report
//! ("Hope she said" after "Mr. Hope").

use super::masked_all;
use crate::transcript::Role;

/// The customer's messages, masked.
fn customer(texts: &[&str]) -> Vec<String> {
    let rows: Vec<(Role, &str)> = texts.iter().map(|t| (Role::Customer, *t)).collect();
    masked_all(&rows)
}

/// "Hope she said it was fine" after "Mr. Hope", and "Clean she said" after "Mr. Clean",
/// showed the surname: "Hope" and "Clean" before a pronoun read as the wish and the order.
#[test]
fn a_surname_that_is_a_wish_before_a_report_is_masked() {
    for (first, later, expected) in [
        (
            "Mr. Hope called.",
            "Hope she said it was fine.",
            "[name] she said it was fine.",
        ),
        (
            "Mr. Clean is my landlord.",
            "Clean she said was busy.",
            "[name] she said was busy.",
        ),
        (
            "Mr. Hope called.",
            "Hope he rang me twice.",
            "[name] he rang me twice.",
        ),
        (
            "Mr. Clean is my landlord.",
            "Then Clean rang again.",
            "Then [name] rang again.",
        ),
    ] {
        assert_eq!(customer(&[first, later])[1], expected, "{later:?}");
    }
    // Near misses: the wish and the order, before a pronoun and another verb ("Hope she
    // calls back" reads as a report now: the forty-third session's
    // `a_surname_that_is_a_wish_before_a_report_in_the_present_is_masked`).
    for later in [
        "Hope she feels better.",
        "Hope you are well.",
        "Clean it up please.",
    ] {
        assert_eq!(
            customer(&["Mr. Hope called.", later])[1],
            later,
            "{later:?}"
        );
    }
}

/// "Doc Brown" … "Brown rice" masked the rice's colour: a surname that is a word too
/// before the noun it names a thing with is that word.
#[test]
fn a_surname_that_is_a_word_before_a_thing_it_names_is_the_word() {
    assert_eq!(
        customer(&[
            "Doc Brown told me to eat Brown rice.",
            "Brown rice is good.",
            "I buy White wine for Mr. White."
        ]),
        [
            "Doc [name] told me to eat Brown rice.",
            "Brown rice is good.",
            "I buy White wine for Mr. [name]."
        ]
    );
    // Near misses: the surname as a name, and a surname that is no word before the noun.
    assert_eq!(
        customer(&[
            "Doc Brown was nice.",
            "Brown said hi.",
            "I saw Brown today.",
            "Dr. Okafor likes rice. Okafor rice is his."
        ]),
        [
            "Doc [name] was nice.",
            "[name] said hi.",
            "I saw [name] today.",
            "Dr. [name] likes rice. [name] rice is his."
        ]
    );
}

/// "My doctor is Will and he is nice" showed "Will": a modal that is a name too, after
/// "my doctor is" and before a word that joins another clause, ends its own as a name.
#[test]
fn a_modal_name_before_another_clause_is_masked() {
    for (text, expected) in [
        (
            "My doctor is Will and he is nice",
            "My doctor is [name] and he is nice",
        ),
        (
            "my doctor is May but she is away",
            "my doctor is [name] but she is away",
        ),
        (
            "My nurse is Will, who is kind",
            "My nurse is [name], who is kind",
        ),
    ] {
        assert_eq!(customer(&[text]), [expected], "{text:?}");
    }
    // Near misses: the modal before a verb or a pronoun.
    for text in ["my doctor is May be late", "my doctor is Will you call?"] {
        assert_eq!(customer(&[text]), [text], "{text:?}");
    }
}

/// "Fräulein", "Mademoiselle", "Madame", "Monsieur", "Signora" and "M." were no titles,
/// and "doc" in lower case none: the names after them were shown.
#[test]
fn titles_of_other_languages_and_doc_in_lower_case() {
    for (text, expected) in [
        ("Fräulein Schmidt called me", "Fräulein [name] called me"),
        ("fräulein schmidt called me", "fräulein [name] called me"),
        (
            "Mademoiselle Dubois called me",
            "Mademoiselle [name] called me",
        ),
        ("Madame Dubois called me", "Madame [name] called me"),
        ("Monsieur Lefebvre called me", "Monsieur [name] called me"),
        ("Signora Rossi called me", "Signora [name] called me"),
        ("Signor Bianchi called me", "Signor [name] called me"),
        ("M. Dubois called me", "M. [name] called me"),
        ("doc taylor said to rest", "doc [name] said to rest"),
        ("my doc taylor is nice", "my doc [name] is nice"),
    ] {
        assert_eq!(customer(&[text]), [expected], "{text:?}");
    }
    // Near misses: what follows no title, a file, a common word.
    for text in [
        "size M. Thanks",
        "Madame Tussauds was fun",
        "the doc link is broken",
        "send the doc pls",
        "doc file attached",
        "madame is a word",
        "the doc said rest",
    ] {
        assert_eq!(customer(&[text]), [text], "{text:?}");
    }
}

/// The fix round's review: "M." before an ordinary capitalised word ("size M. Rose
/// colour", "Plan M. Bill me"), in a degree ("M. Sc."), and the lower-case word after
/// "Monsieur" or "Mademoiselle" ("Oui Monsieur merci") were masked, and the mask spread
/// through the chat ("the [name] gold case").
#[test]
fn m_and_french_titles_before_ordinary_words_name_no_one() {
    for texts in [
        &[
            "I ordered size M. Rose colour please.",
            "I want the Rose gold case",
        ][..],
        &["Plan M. Bill me monthly"],
        &["size M. Mark it as urgent"],
        &["The model is M. Black edition"],
        &["I have an M. Sc. in physics", "M. Ed. and M. Phil. too"],
        &["Oui Monsieur merci beaucoup"],
        &["Bonjour Monsieur je voudrais"],
        &["Coco Mademoiselle perfume please", "Perfume arrived broken"],
        &["the Monsieur cologne"],
        &["I want a Fräulein Maria doll", "Maria is sweet"],
        &["We stayed at Hotel Signora Luna"],
        &["Bought Madame Tussaud tickets"],
    ] {
        assert_eq!(customer(texts), texts, "{texts:?}");
    }
    // Near misses: a surname after them, at a sentence's start or after a greeting.
    for (texts, expected) in [
        (
            &["M. Dubois called me", "Dubois said yes"][..],
            &["M. [name] called me", "[name] said yes"][..],
        ),
        (&["Hi. M. Dubois called"], &["Hi. M. [name] called"]),
        (&["Merci Monsieur Dupont"], &["Merci Monsieur [name]"]),
        (
            &["mademoiselle taylor called"],
            &["mademoiselle [name] called"],
        ),
    ] {
        assert_eq!(customer(texts), expected, "{texts:?}");
    }
}

/// After "Mr. Hope", "Hope I said it right" and "Hope we told you" were masked: before
/// "I", "you", "it" or "we" the wish reads; before "he", "she", "they" and a verb of
/// saying the surname does.
#[test]
fn a_wish_before_the_first_or_second_person_stays() {
    for later in [
        "Hope I said it right.",
        "Hope you called the depot.",
        "Hope it rang through.",
        "Hope we told you everything.",
    ] {
        assert_eq!(
            customer(&["Mr. Hope called.", later])[1],
            later,
            "{later:?}"
        );
    }
    assert_eq!(
        customer(&["Mr. Hope called.", "Hope they called."])[1],
        "[name] they called."
    );
}

/// "Make the doc black and white", "Set doc green": a colour or a common word after
/// "doc" in lower case was masked; a name the names list holds that is no word is not.
#[test]
fn a_colour_after_doc_in_lower_case_is_no_name() {
    for text in [
        "Make the doc black and white.",
        "Print doc white background",
        "Set doc green",
        "the doc taylor thing",
    ] {
        assert_eq!(customer(&[text]), [text], "{text:?}");
    }
    // "doc brown" is the doctor since the forty-third session (a name that is a word
    // too, after no verb that does something to a document).
    assert_eq!(
        customer(&["doc taylor said rest", "doc brown said rest"]),
        ["doc [name] said rest", "doc [name] said rest"]
    );
}

/// "White wine" after "I spoke to Mrs. White" and "Brown rice" after "My name is Brown"
/// were masked: a name that is a word too before a noun it names a thing with is the
/// word, wherever the name was learned.
#[test]
fn a_name_that_is_a_word_before_a_thing_is_the_word_wherever_learned() {
    assert_eq!(
        customer(&[
            "I spoke to Mrs. White",
            "White wine is nice",
            "White called"
        ]),
        [
            "I spoke to Mrs. [name]",
            "White wine is nice",
            "[name] called"
        ]
    );
    assert_eq!(
        customer(&["My name is Brown", "Brown rice please", "Brown here"]),
        ["My name is [name]", "Brown rice please", "[name] here"]
    );
}
