//! The fifty-third session's review: a middle initial, shown or ending the name; a
//! sign-off's name that ends a sentence, not the message. Each beside the words that
//! stay as they are.

use super::{ASK, each, masked_all, stays};
use crate::transcript::Role;

/// "Thanks, John A. Smith I want a human" showed the name (read only at the message's
/// end), "I am Peter K Jones" showed "Jones" (an initial without its full stop ended the
/// name), and every name read with a middle initial showed the initial. A given name, a
/// middle initial and a surname are a name wherever they stand after a cue; the initial
/// is masked with them, where it stands only.
#[test]
fn a_middle_initial_is_masked_with_the_name_and_ends_it_nowhere() {
    each(&[
        (
            "Thanks, John A. Smith I want a human",
            "Thanks, [name] [name]. [name] I want a human",
        ),
        ("Thanks, John A. Smith", "Thanks, [name] [name]. [name]"),
        (
            "My name is Maria J. Garcia Lopez",
            "My name is [name] [name]. [name] [name]",
        ),
        (
            "Maria J. Garcia Lopez here",
            "[name] [name]. [name] [name] here",
        ),
        ("I am Peter K Jones", "I am [name] [name] [name]"),
        (
            "My name is Peter K Jones and I want help",
            "My name is [name] [name] [name] and I want help",
        ),
        (
            "Hi, this is Maria J. Garcia, I need help",
            "Hi, this is [name] [name]. [name], I need help",
        ),
        (
            "Dr. John A. Smith called",
            "Dr. [name] [name]. [name] called",
        ),
    ]);
    // A letter without its full stop before a word that is no surname, "I" without it,
    // or after a word that is no given name, is no initial.
    each(&[
        ("I'm Sarah A Big fan", "I'm [name] A Big fan"),
        ("I'm Ben I need help", "I'm [name] I need help"),
    ]);
    stays(&["Thanks, Sarah A Big fan here", "Thanks, I. Need help"]);
}

/// In reply to a question for the name, the initial's full stop ended the name's clause:
/// "Maria J. Garcia Lopez" was shown whole.
#[test]
fn a_middle_initial_in_a_reply_to_a_question_for_the_name_is_masked() {
    for (reply, expected) in [
        ("Maria J. Garcia Lopez", "[name] [name]. [name] [name]"),
        (
            "Peter K Jones, order is late",
            "[name] [name] [name], order is late",
        ),
        (
            "Sure, John A. Smith. I need help",
            "Sure, [name] [name]. [name]. I need help",
        ),
    ] {
        assert_eq!(
            masked_all(&[(Role::Bot, ASK), (Role::Customer, reply)])[1],
            expected,
            "{reply:?}"
        );
    }
    // The letter alone later is no name: it was masked where it stood only.
    assert_eq!(
        masked_all(&[
            (Role::Bot, ASK),
            (Role::Customer, "Maria J. Garcia Lopez"),
            (Role::Customer, "My unit is J on floor 2"),
        ])[2],
        "My unit is J on floor 2"
    );
}

/// "Thanks, Ana de la Cruz. I want a human" showed the name: a sign-off's name was read
/// only where it ended the message. After a sign-off and its comma, a name that ends a
/// sentence or a line is read by the same rules; what is no name stays.
#[test]
fn a_sign_off_s_name_that_ends_a_sentence_is_masked() {
    each(&[
        (
            "Thanks, Ana de la Cruz. I want a human",
            "Thanks, [name] de la [name]. I want a human",
        ),
        (
            "Thanks, Ana de la Cruz!! I want a human",
            "Thanks, [name] de la [name]!! I want a human",
        ),
        (
            "Thanks, Michael. Can I get a human",
            "Thanks, [name]. Can I get a human",
        ),
        (
            "Thanks, John Smith. Order 123",
            "Thanks, [name] [name]. Order 123",
        ),
        (
            "Regards,\nTyler Jones\nSent from my phone",
            "Regards,\n[name] [name]\nSent from my phone",
        ),
    ]);
    stays(&[
        "Thanks, Internet is down. I want a human",
        "Thanks. Amazon sent it. I want a human",
        "Thanks, Amazon. I want a human",
        "Thanks, Everyone. I want a human",
        "Thanks, Team. I want a human",
        "Thanks, Great. Now what",
        "Thanks, Bye. Now what",
        "Thanks, London is lovely. I want a human",
        "Status:\n- Shipped\n- Pending. I want a human",
    ]);
}

/// In reply to a question for a maiden name, "Morning! de la Cruz" showed the surname
/// (its particle no answer, the rest no word that may follow one), and a greeting that is
/// no common English word given alone, "Aloha", "Howdy", was read as a greeting and so
/// no answer: it may be the maiden name, and masked it costs a greeting. A greeting that
/// is a common word ("Morning", "Hello") or with more after it is no answer still.
#[test]
fn a_particled_surname_and_a_greeting_alone_that_may_be_a_name_are_answers() {
    let ask = "What is your mother's maiden name?";
    for (reply, expected) in [
        ("Morning! de la Cruz", "Morning! [secret]"),
        ("It was van der Berg.", "It was [secret]."),
        ("Aloha", "[secret]"),
        ("Howdy!", "[secret]!"),
        // A filler, a chat word or a thank-you alone is no name (a review found "Ummm"
        // masked, and remembered).
        ("Ummm", "Ummm"),
        ("Okie", "Okie"),
        ("Gotcha", "Gotcha"),
        ("kk", "kk"),
        ("Bruh", "Bruh"),
        ("Welp", "Welp"),
        ("Gracias", "Gracias"),
        ("Merci", "Merci"),
        ("Aloha! I want a human", "Aloha! I want a human"),
        ("Hello", "Hello"),
        ("Morning", "Morning"),
    ] {
        assert_eq!(
            masked_all(&[(Role::Bot, ask), (Role::Customer, reply)])[1],
            expected,
            "{reply:?}"
        );
    }
}

/// "Hi, I'm May. The window was May - June" masked `[name] - June`: a month joined to
/// another by a spaced hyphen, an en or an em dash reads as a date, as "May-June" did.
#[test]
fn a_month_joined_to_another_by_a_spaced_dash_stays() {
    assert_eq!(
        masked_all(&[(
            Role::Customer,
            "Hi, I'm May. The window was May - June, May—June or May – June"
        )]),
        ["Hi, I'm [name]. The window was May - June, May—June or May – June"]
    );
    // After a spaced dash, a name that is a month is the name still: "June — May" signs
    // off as often as it spans (a review found it shown).
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Hi, I'm May."),
            (Role::Customer, "See you in June — May. I want a human"),
        ])[1],
        "See you in June — [name]. I want a human"
    );
    // Beside a word that is no month, the name still.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Hi, I'm May."),
            (Role::Customer, "Thanks - May"),
        ])[1],
        "Thanks - [name]"
    );
}

/// "Thanks, Mark B. Internet is down." masked "Internet", and every "Internet" after: a
/// given name, an initial and any word after it were a name wherever they stood, and
/// the initial's full stop ends a sentence as often. The word after the initial is a
/// surname only where it may be one (no common word, place, chat word); "John A. Smith"
/// still is.
#[test]
fn an_initial_s_full_stop_that_ends_a_sentence_takes_no_surname() {
    stays(&[
        "Thanks, Mark B. Internet is down.",
        "Thanks, Anna P. London office is closed.",
        "Regards, Tom H. Section C is wrong.",
        "Many thanks, Tom H. Apartment 4B is cold.",
        "Thanks, Mark B. Plan is bad.",
        "Thanks, Ann I. Need help.",
        "Thanks, Sarah K. Lol. I want a human",
    ]);
    // Not remembered either: the bot's "Internet" after stays.
    assert_eq!(
        masked_all(&[
            (Role::Customer, "Thanks, Mark B. Internet is down."),
            (Role::Bot, "Is your Internet on?"),
        ])[1],
        "Is your Internet on?"
    );
    each(&[(
        "Thanks, John A. Smith I want a human",
        "Thanks, [name] [name]. [name] I want a human",
    )]);
}

/// Mid-message, "Thanks, Mate. I want a human" masked "Mate" (and "Love", "Chase Bank",
/// "Alexa"…, remembered): a sign-off's name that ends a sentence is read only where it
/// starts with a given name of the list and the rest may be a surname.
#[test]
fn a_sign_off_s_word_mid_message_is_a_name_only_as_a_name() {
    stays(&[
        "Thanks, Mate. I want a human",
        "Thanks, Love. I want a human",
        "Thanks, Dude. I want a human",
        "Thanks, Bro. I want a human",
        "Thanks, Madam. I want a human",
        "Thanks, Lol. I want a human",
        "Thanks, Siri. I want a human",
        "Thanks, Alexa. I want a human",
        "Thanks, Apple Pay. I want a human",
        "Thanks, Xfinity. I want a human",
        "Thanks, FedEx. I want a human",
        "Thanks, Paris. I want a human",
        "Thanks, Star Wars. I want a human",
        "Thanks, Covid. I want a human",
        "Thanks, Mom. I want a human",
        "Thank you, Chase Bank. Can you check?",
        "Cheers,\nZoom\nIdk what to do.",
    ]);
    each(&[
        (
            "Thanks, Maria Lopez. I want a human",
            "Thanks, [name] [name]. I want a human",
        ),
        (
            "Cheers, Tyler Jones. Let me talk to a human",
            "Cheers, [name] [name]. Let me talk to a human",
        ),
    ]);
}
