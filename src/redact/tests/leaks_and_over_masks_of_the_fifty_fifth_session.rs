//! The fifty-fifth session: a particled name in reply to a question for the name; a
//! name of two words after "I'm" said again in lower case; "Best:", "Thanks :" and an
//! em dash after a sign-off's name; initials without their full stop and five of them;
//! a given name before "do" and a word that is no surname; "Plan B.", "Air Pods", "I am
//! Wi Fi". Each beside the words that stay as they are.

use super::{ASK, each, masked_all, stays};
use crate::transcript::Role;

/// "Maria do Carmo", "Ana de la Cruz", "Pieter van der Berg" in reply to "May I have
/// your name?" were shown whole: the reply's reading took the particles for words that
/// are no name's. The given name and the surname are masked, the particles shown.
#[test]
fn a_particled_name_in_reply_to_the_question_for_the_name() {
    for (reply, expected) in [
        ("Maria do Carmo", "[name] do [name]"),
        ("Ana de la Cruz", "[name] de la [name]"),
        ("Pieter van der Berg", "[name] van der [name]"),
        ("It's Maria do Carmo.", "It's [name] do [name]."),
        (
            "Yes, Ana de la Cruz, and my order is late",
            "Yes, [name] de la [name], and my order is late",
        ),
    ] {
        let rows = [
            (Role::Bot, "May I have your name?"),
            (Role::Customer, reply),
            (Role::Customer, "cruz and carmo, I want a human"),
        ];
        let masked = masked_all(&rows);
        assert_eq!(masked[1], expected, "{reply:?}");
        assert!(
            !masked[2].contains("cruz") || !reply.contains("Cruz"),
            "{masked:?}"
        );
    }
    // "do" after a word that is no given name is the verb: "Sure do".
    for reply in ["Sure do", "Yes I do Care"] {
        let rows = [(Role::Bot, ASK), (Role::Customer, reply)];
        assert_eq!(masked_all(&rows)[1], reply);
    }
}

/// "I'm Xiomara Okafor" … "xiomara okafor here again" showed the name: a name given
/// after "I'm" or "this is" was masked later only where capitalised. A word of a name of
/// two words, or a given name of the list, that is no common English word is masked in
/// any case; a common word ("bill", "mark") and a people's word ("canadian") only where
/// capitalised, and a word alone the list lacks ("I'm Diabetic") too.
#[test]
fn a_name_of_two_words_after_i_m_said_again_in_lower_case() {
    let rows = [
        (Role::Customer, "I'm Xiomara Okafor"),
        (
            Role::Customer,
            "xiomara okafor here again, okafor is my name",
        ),
        (Role::Customer, "This is Xiomara Okafor"),
        (Role::Bot, "Thanks okafor"),
    ];
    let masked = masked_all(&rows);
    assert_eq!(masked[1], "[name] [name] here again, [name] is my name");
    assert_eq!(masked[3], "Thanks [name]");
    let rows = [
        (
            Role::Customer,
            "I'm Bill Mark. I'm Canadian Smith. I'm Diabetic.",
        ),
        (
            Role::Customer,
            "pay the bill and mark it, canadian cards, diabetic meals",
        ),
    ];
    assert_eq!(
        masked_all(&rows)[1],
        "pay the bill and mark it, canadian cards, diabetic meals"
    );
    // A given name of the list alone: "ana" later.
    let rows = [(Role::Customer, "I'm Ana."), (Role::Customer, "ana again")];
    assert_eq!(masked_all(&rows)[1], "[name] again");
}

/// "Best: Sarah Smith", "Thanks : Ana" and "Thanks, Ana Lopez—I want a human" showed
/// the name: "Best" took only a comma, a colon after a space was none, and only a dash
/// with spaces ended the name. A hyphen glued stays inside a word ("Lopez-Garcia").
#[test]
fn best_with_a_colon_a_spaced_colon_and_an_em_dash_after_a_sign_off() {
    each(&[
        ("Best: Sarah Smith", "Best: [name] [name]"),
        ("Best : Sarah Smith", "Best : [name] [name]"),
        ("Thanks : Ana", "Thanks : [name]"),
        ("Thanks , Ana Lopez", "Thanks , [name] [name]"),
        (
            "Thanks, Ana Lopez—I want a human",
            "Thanks, [name] [name]—I want a human",
        ),
        (
            "Thanks, Ana Lopez–I want a human",
            "Thanks, [name] [name]–I want a human",
        ),
        (
            "Thanks, Ana Lopez-Garcia. I want a human",
            "Thanks, [name] [name]. I want a human",
        ),
    ]);
    stays(&[
        "Best: the blue one",
        "Thanks : ) I want a human",
        "Thanks, Amazon—I want a human",
        "Thanks, Internet is down—I want a human",
        "Best: Buy it now",
    ]);
}

/// "J Smith here", "I am A. B. C. D. E. Smith" and "Thanks, Mark D Day. I want a human"
/// showed the surname: an initial without its full stop opened no name before "here",
/// four initials were the most read, and a common word after a bare middle initial was
/// read as the sentence's. "T Mobile here", "I am A Student" and "Thanks, Mark B.
/// Internet is down" stay.
#[test]
fn initials_without_their_full_stop_and_five_of_them() {
    each(&[
        (
            "J Smith here, I want a human",
            "[name] [name] here, I want a human",
        ),
        (
            "I am A. B. C. D. E. Smith",
            "I am [name]. [name]. [name]. [name]. [name]. [name]",
        ),
        (
            "Thanks, Mark D Day. I want a human",
            "Thanks, [name] [name] [name]. I want a human",
        ),
    ]);
    stays(&[
        "T Mobile here. I want a human",
        "A Student here, I want a human",
        "I am A Student. I want a human",
        "Thanks, Mark B. Internet is down. I want a human",
    ]);
}

/// "Regards, Ana do Remember" showed "Ana": "Remember" is no surname after "do", and the
/// given name went with it. The given name is the sign-off's name, the rest shown.
#[test]
fn a_given_name_before_do_and_a_word_that_is_no_surname() {
    each(&[
        ("Regards, Ana do Remember", "Regards, [name] do Remember"),
        ("Regards, Ana de la Cruz", "Regards, [name] de la [name]"),
    ]);
    stays(&["Regards, Internet do Remember"]);
}

/// "Plan B. Tyler here" masked "Plan" and "B" (read as a given name and a middle
/// initial), "Thanks, Air Pods." and "I am Wi Fi" masked product words: a common word
/// before an initial is a thing's ("Vitamin C."), and the product pairs are no name after
/// "I'm" as after a sign-off. "Thanks, Wi Fi Smith." is a name still.
#[test]
fn plan_b_air_pods_and_wi_fi_after_i_am() {
    each(&[
        ("Plan B. Tyler here", "Plan B. [name] here"),
        ("Vitamin C. Tyler here", "Vitamin C. [name] here"),
        ("Thanks, Wi Fi Smith.", "Thanks, [name] [name] [name]."),
    ]);
    stays(&[
        "Thanks, Air Pods.",
        "Thanks, Ear Buds.",
        "I am Wi Fi",
        "I'm Air Pods",
        "This is Blu Ray",
    ]);
}

/// The review of the above: a word beside a common one after "I'm" ("I'm Geico
/// Customer", "This is Tesla Owner", "I'm Diabetic Customer") was read as a name of two
/// words and masked in every later message in lower case, the bot's too; a known place
/// of a name ("I'm Paris Hilton") as well. Each stays masked where it was introduced,
/// shown in lower case later.
#[test]
fn a_word_beside_a_common_one_after_i_m_is_no_name_of_two_words() {
    for (intro, later) in [
        (
            "I'm Geico Customer",
            "You can view geico policies in the geico app.",
        ),
        ("I'm Diabetic Customer", "We have diabetic meals."),
        ("This is Tesla Owner", "my tesla app fails."),
        ("I'm Paris Hilton", "I flew to paris last week"),
    ] {
        let rows = [(Role::Customer, intro), (Role::Bot, later)];
        assert_eq!(masked_all(&rows)[1], later, "{intro:?}");
    }
    // A name of two words is masked in lower case still.
    let rows = [
        (Role::Customer, "I'm Xiomara Okafor"),
        (Role::Customer, "xiomara here"),
    ];
    assert_eq!(masked_all(&rows)[1], "[name] here");
}

/// The review of the above: a given name of the list that is a word too, before an
/// initial ("Grant B. Tyler here"), was taken for "Plan B." and shown; "D Day here" and
/// "X Ray here" were read as an initial and a surname.
#[test]
fn a_given_name_before_an_initial_and_things_named_by_a_letter() {
    each(&[
        ("Grant B. Tyler here", "[name] [name]. [name] here"),
        ("Pearl B. Tyler here", "[name] [name]. [name] here"),
        ("J Smith here", "[name] [name] here"),
    ]);
    stays(&["D Day here.", "X Ray here.", "E Coli here."]);
}
