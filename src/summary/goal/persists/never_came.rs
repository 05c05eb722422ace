//! Something that never came: a customer's sentence, as lower-case words → whether it
//! says a thing that should have come to them did not ("My order never arrived", "I
//! didn't receive my card", "My luggage never showed up"), read by its shape, not by a
//! list of things that go missing; not the customer who did not come, nor the weather.
//! Read by the goal's problem and incident readers beside [`super::persists`].

use super::{AFTER_NEGATION, negates};

/// Stems of the verbs of something that should have come to the customer, in any form
/// ("arrive", "arrived", "delivering", "received"): after a negation, a thing that did
/// not come ("My order never arrived", "I didn't receive the refund").
const ARRIVAL_STEMS: &[&str] = &["arriv", "deliver"];

/// Verbs of arrival said with "up" ("show up", "turned up"): "My luggage never showed
/// up"; not "I didn't show my ID", a thing the customer does.
const ARRIVAL_WITH_UP: &[&str] = &[
    "show", "shows", "showed", "shown", "turn", "turns", "turned",
];

/// Whether `words` (lower case, [`split_words`]) say something never came: a negation
/// ([`negates`]) with a verb of arrival in the next [`AFTER_NEGATION`] words, in any of
/// its forms ([`ARRIVAL_STEMS`], "come", "came"), or one said with "up"
/// ([`ARRIVAL_WITH_UP`]), of something other than the customer: "My luggage never
/// showed up", "The package hasn't been delivered"; or a "receive" negated: "I didn't
/// receive my card". Read by its shape, not by a list of things that go missing.
///
/// [`split_words`]: crate::summary::goal::boundaries::split_words
pub(in crate::summary::goal) fn never_came(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        if !negates(w) {
            return false;
        }
        // The customer who did not come is no thing that did not come to them ("I
        // didn't come here to chat", "I never showed up"); what they did not receive is.
        let customer = words[..i]
            .iter()
            .rev()
            .find(|w| !AUXILIARIES.contains(w))
            .is_some_and(|w| matches!(*w, "i" | "we"));
        // Weather and seasons come or not to no customer ("The rain never came, lovely
        // week").
        let weather = words[..i]
            .iter()
            .rev()
            .find(|w| !AUXILIARIES.contains(w))
            .is_some_and(|w| WEATHER.contains(w));
        !weather
            && words[i + 1..]
                .iter()
                .enumerate()
                .take(AFTER_NEGATION)
                .any(|(j, v)| {
                    v.starts_with("receiv")
                        || !customer
                            && (ARRIVAL_STEMS.iter().any(|s| v.starts_with(s))
                                || (matches!(*v, "come" | "came")
                                    && !words
                                        .get(i + 2 + j..i + 4 + j)
                                        .is_some_and(|n| COME_TO.iter().any(|c| c[..] == *n)))
                                || (ARRIVAL_WITH_UP.contains(v)
                                    && words.get(i + 2 + j) == Some(&"up")))
                })
    })
}

/// What comes or not to no customer: the weather and the seasons ("The rain never came").
const WEATHER: &[&str] = &[
    "rain", "snow", "sun", "storm", "weather", "wind", "spring", "summer", "autumn", "winter",
];

/// Idioms of "come to" that tell no arrival ("I never came to terms with the new
/// pricing", "It never came to mind").
const COME_TO: &[[&str; 2]] = &[["to", "terms"], ["to", "mind"], ["to", "think"]];

/// Verbs that stand between a subject and its negation ("I have not received", "it did
/// not arrive").
const AUXILIARIES: &[&str] = &[
    "do", "does", "did", "have", "has", "had", "can", "could", "will", "would", "just",
];
