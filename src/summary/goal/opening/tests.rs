//! Tests of `opening`: sentences → what their openings leave.

use super::strip_greeting;

/// Regression: "No one told me the driver's name, can you tell me?" was cut to "One
/// told me …", an opening "No" taken for the answer word before any word. It is one
/// before a mark, a pronoun, thanks or an apology; before a noun it stays.
#[test]
fn an_opening_no_is_stripped_only_as_the_answer_word() {
    for (said, rest) in [
        ("No, I said the 5th", "I said the 5th"),
        ("No. Can you book a hotel?", "Can you book a hotel?"),
        ("No I need it on the 5th", "I need it on the 5th"),
        ("No thanks, can you book a hotel?", "can you book a hotel?"),
        ("No thank you. Book a hotel", "Book a hotel"),
        (
            "No sorry I misspoke, can we go west?",
            "sorry I misspoke, can we go west?",
        ),
        ("no no, the 5th", "the 5th"),
        ("No", ""),
        (
            "No one told me the driver's name",
            "No one told me the driver's name",
        ),
        ("No way that is right", "No way that is right"),
        ("No idea where my order is", "No idea where my order is"),
        ("No refund has come yet", "No refund has come yet"),
        (
            "No hi, I need to change my flight",
            "I need to change my flight",
        ),
        (
            "No actually I want to change it",
            "actually I want to change it",
        ),
        // "But" goes with the opening (a fourth review found it kept).
        ("No but I need a taxi", "I need a taxi"),
        (
            "No thanks, but how do I change my email?",
            "how do I change my email?",
        ),
        // "Wait" after it holds back too (session 41: "No wait, it's still not working").
        ("No wait, the 5th", "the 5th"),
        ("Wait for me at the door", "Wait for me at the door"),
        ("No, wait, the 5th", "the 5th"),
        ("Wait, the 5th", "the 5th"),
        // Not "wait" the noun (session 41's review found "Time was shown …").
        (
            "No wait time was shown in the app",
            "No wait time was shown in the app",
        ),
        ("No wait list for Saturday?", "No wait list for Saturday?"),
        (
            "No thats not it, can you check?",
            "thats not it, can you check?",
        ),
        ("Nobody called me back", "Nobody called me back"),
        // A review: the "No" of "No Friday works, I need …" was quoted; the
        // clause it opens is read neither way, and stays when nothing follows.
        (
            "No Friday works, I need Saturday instead",
            "I need Saturday instead",
        ),
        (
            "No Friday works for us anymore, can you change it to Saturday?",
            "can you change it to Saturday?",
        ),
        (
            "No Friday works for us anymore",
            "No Friday works for us anymore",
        ),
        ("No Monday works?", "No Monday works?"),
        // A review: a clause that picks or gives a reason stays whole.
        (
            "No Friday works better, can you do 3pm?",
            "No Friday works better, can you do 3pm?",
        ),
        (
            "No 3pm is too early, can you do 5pm?",
            "No 3pm is too early, can you do 5pm?",
        ),
        (
            "No one told me, can you help?",
            "No one told me, can you help?",
        ),
    ] {
        assert_eq!(strip_greeting(said), rest, "{said}");
    }
}

/// Regression: "Nope" and "Nah", the answer word said otherwise, were kept where "No"
/// was stripped ("Nope, 6pm not 5pm" was a correction shown whole, "nope, can you book
/// me a taxi?" a goal with its "nope"); a word that opens with them is no answer.
#[test]
fn an_opening_nope_or_nah_is_stripped_as_no_is() {
    for (said, rest) in [
        ("Nope, 6pm not 5pm", "6pm not 5pm"),
        ("nope, I said the 5th", "I said the 5th"),
        ("Nope can you book me a taxi?", "can you book me a taxi?"),
        ("Nah, the 5th", "the 5th"),
        ("nah I need it on Friday", "I need it on Friday"),
        ("No, nope, the 5th", "the 5th"),
        ("Nope.", ""),
        ("Nahum called me", "Nahum called me"),
        ("Nopes are silly", "Nopes are silly"),
    ] {
        assert_eq!(strip_greeting(said), rest, "{said}");
    }
}

/// Regression: "Look Sonny, I need …" kept "Look Sonny" in the goal (a pet name was
/// stripped only after a greeting or when it came first). A word that calls for
/// attention goes with the comma or the address after it; followed by anything else
/// it is a verb and stays.
#[test]
fn an_address_after_a_word_that_calls_for_attention_is_stripped() {
    for (said, rest) in [
        (
            "Look Sonny, I need a ride to the airport.",
            "I need a ride to the airport.",
        ),
        (
            "Look, I need a ride to the airport.",
            "I need a ride to the airport.",
        ),
        (
            "listen buddy - can you find my order?",
            "can you find my order?",
        ),
        (
            "Listen Mark, can you find my order?",
            "can you find my order?",
        ),
        ("Hi, look honey, I need a ride.", "I need a ride."),
        (
            "Look up my order 5521 please.",
            "Look up my order 5521 please.",
        ),
        ("Look at this, it's broken.", "Look at this, it's broken."),
        (
            "Listen to me, I need a ride.",
            "Listen to me, I need a ride.",
        ),
        (
            "Looking for a hotel, can you help?",
            "Looking for a hotel, can you help?",
        ),
        ("Look", "Look"),
        ("Look!", ""),
        // Compounds: the word is no call for attention.
        (
            "Look-up of my order 5521 fails every time.",
            "Look-up of my order 5521 fails every time.",
        ),
        (
            "Listen-only mode is broken on my headset app.",
            "Listen-only mode is broken on my headset app.",
        ),
        ("Look - I need a ride.", "I need a ride."),
    ] {
        assert_eq!(strip_greeting(said), rest, "{said}");
    }
}

/// Regression (a fourth review): the customer's own "Done" before a mark confirms a
/// step and goes, as "Ok" does; "Done with …" says something and stays.
#[test]
fn a_customer_s_done_before_a_mark_is_stripped() {
    for (said, rest) in [
        ("Done, I've paid it", "I've paid it"),
        ("done. what next?", "what next?"),
        ("Ok done! Can you check it?", "Can you check it?"),
        (
            "All done - how do I get the receipt?",
            "how do I get the receipt?",
        ),
        (
            "Done with this, I want a human",
            "Done with this, I want a human",
        ),
        ("Doner kebab please", "Doner kebab please"),
        ("Done", "Done"),
        ("But", "But"),
    ] {
        assert_eq!(strip_greeting(said), rest, "{said}");
    }
}
