//! A "No" after a task done: a customer's sentence → whether it opens with a "No" that
//! disputes the task done ("No, I said the 5th, can you change it?": a correction of the
//! request met, no request anew) rather than one that declines the bot's offer of more
//! help ("No thanks", "No, that's all") before a request that may follow; and whether a
//! later sentence of the same message leaves the dispute for a request of its own
//! ("Also, can you book me a hotel?").

/// Whether `sentence`, said after a task done, opens with a "No" that disputes it ("No,
/// I said the 5th, can you change it?", "No I asked for two", "Nope."): the task done
/// is not the one asked for, and what follows corrects the request met. Not a "No"
/// that declines an offer ("No thanks, can you send the receipt?", "No, but could you
/// book a hotel too?", "No problem, …") or closes ("No, that's all", "No, I'm good":
/// [`CLOSINGS`]), nor "no" before a noun ("No one called me, can you check?", "No refund
/// yet?"). Read with the opening words (`strip_opening` drops the "No").
pub(super) fn disputes(sentence: &str) -> bool {
    let text = sentence.trim_start();
    let Some(rest) = ["nope", "nah", "no"].iter().find_map(|no| {
        let head = text.get(..no.len())?;
        head.eq_ignore_ascii_case(no).then(|| &text[no.len()..])
    }) else {
        return false;
    };
    if rest.starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’') {
        // "Not", "Nobody", "Noah": another word.
        return false;
    }
    // A mark after "No" ("No, I …", "No. I …") makes it an answer; without one, the
    // word after it must ([`DISPUTING`]).
    let punctuated = rest
        .trim_start()
        .starts_with(|c: char| !c.is_alphanumeric());
    let after = rest.trim_start_matches(|c: char| {
        c.is_whitespace() || matches!(c, ',' | '.' | '!' | ';' | ':' | '-' | '–' | '—')
    });
    if after.is_empty() {
        return true;
    }
    let lower = after.to_lowercase().replace('’', "'");
    let next = lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .next()
        .unwrap_or("");
    !DECLINES.contains(&next) && !closes(&lower) && (punctuated || DISPUTING.contains(&next))
}

/// Words after "No" that decline an offer, where the request that may follow is one
/// anew ("No thanks, …", "No, but …", "No problem, …").
const DECLINES: &[&str] = &[
    "thanks", "thank", "thx", "ty", "but", "problem", "prob", "worries", "need", "rush",
];

/// Words after "No" without a mark between that make it the answer that disputes ("No I
/// said …", "No it was the 5th", "No you booked …"), not "no" before a noun ("No one").
const DISPUTING: &[&str] = &[
    "i", "i'm", "im", "it", "it's", "its", "that", "that's", "you", "we",
];

/// What a "No" that answers "Anything else?" goes on with: the customer is done ("No,
/// that's all", "No, I'm good"), and a request after it is one anew (the review's "No,
/// that's all. Actually, can you book me a taxi?").
const CLOSINGS: &[&str] = &[
    "that's all",
    "that is all",
    "that's it",
    "that is it",
    "that's everything",
    "that'll be all",
    "that will be all",
    "that should be all",
    "that's fine",
    "i'm good",
    "i am good",
    "i'm fine",
    "i am fine",
    "i'm ok",
    "i'm okay",
    "i'm all set",
    "i'm set",
    "we're good",
    "all good",
    "nothing else",
    "nothing more",
    "not right now",
    "not now",
    "not at the moment",
    "i think that's",
];

/// Whether `lower`, what follows the "No" in lower case, opens with a closing
/// ([`CLOSINGS`]) at word boundaries.
fn closes(lower: &str) -> bool {
    CLOSINGS.iter().any(|c| {
        lower.starts_with(c)
            && lower[c.len()..]
                .chars()
                .next()
                .is_none_or(|ch| !ch.is_alphanumeric())
    })
}

/// Words that open a sentence asking for something beside what was disputed ("Also,
/// can you book me a hotel?", "Actually, can you book me a taxi?", "By the way, …").
const ANOTHER_THING: &[&str] = &[
    "also",
    "actually",
    "and also",
    "oh and",
    "btw",
    "by the way",
    "one more thing",
    "another thing",
    "plus",
    "additionally",
];

/// Words that make such a sentence a change of what was disputed after all ("Actually,
/// can you change it to the 5th?", "Also, I meant the 5th").
const CHANGES: &[&str] = &[
    "change", "instead", "meant", "said", "correct", "fix", "wrong",
];

/// Whether `sentence`, after one that disputed the task done in the same message, asks
/// for something else of its own: it opens with [`ANOTHER_THING`] and changes nothing
/// ([`CHANGES`]). Other sentences of such a message go on correcting the request met
/// ("No. I said the 5th. Can you fix it?").
pub(super) fn leaves_the_dispute(sentence: &str) -> bool {
    let lower = sentence.trim_start().to_lowercase().replace('’', "'");
    let opens = ANOTHER_THING.iter().any(|a| {
        lower.starts_with(a)
            && lower[a.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    });
    opens
        && !lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| CHANGES.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::{disputes, leaves_the_dispute};

    #[test]
    fn a_no_that_disputes_is_told_from_one_that_declines_or_closes() {
        for said in [
            "No, I said the 5th, can you change it?",
            "No I said the 5th",
            "No.",
            "Nope",
            "No it was the 5th",
            "No, you booked the wrong day.",
            "nah, the 5th",
        ] {
            assert!(disputes(said), "{said}");
        }
        for said in [
            "No thanks, can you book a hotel?",
            "No, but could you book a hotel too?",
            "No problem, can you book a hotel?",
            "No, that's all.",
            "No, that’s it, thanks",
            "No I'm good",
            "No, nothing else.",
            "No one called me, can you check?",
            "No refund yet?",
            "Nobody came",
            "Not the 5th",
            "Noah here",
            "",
        ] {
            assert!(!disputes(said), "{said}");
        }
    }

    #[test]
    fn a_sentence_asking_for_another_thing_leaves_the_dispute() {
        for said in [
            "Actually, can you book me a taxi?",
            "Also can you book me a hotel in Denver?",
            "By the way, I need a table at Lucca.",
        ] {
            assert!(leaves_the_dispute(said), "{said}");
        }
        for said in [
            "Can you change it?",
            "Actually, can you change it to the 5th?",
            "Also I said two people",
            "I need it on the 5th.",
            "Alsop is my name",
        ] {
            assert!(!leaves_the_dispute(said), "{said}");
        }
    }
}
