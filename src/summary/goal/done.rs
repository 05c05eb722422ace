//! The goal still open: the messages up to the escalation point → the goal and its
//! update, the goal being the customer's first request or, when the bot has since said
//! a task is done ("Your booking is confirmed", "Ride booked", "OK, I've successfully
//! completed this Hotel booking for you!"), the request the customer made after that:
//! not a request already met (STAR star-5789: a ride booked, then an apartment viewing
//! the customer could not get the details of). Reads the bot's words for "done", never
//! whether the task done was the customer's request.

use std::sync::LazyLock;

use regex::Regex;

use crate::rules::Builtin;
use crate::rules::builtin::lexicon;
use crate::transcript::{Message, Role};

use super::super::sentences::{capitalise, clip, one_line, sentences};
use super::anew::asks_anew;
use super::correction::{
    bare_correction, corrects, no_that_closes, opens_with_no, shown, swaps_known,
};
use super::fixed::fixed_after;
use super::opening::thanks_for_nothing;
use super::persists::persisting_after;
use super::update::goal_update;
use super::{first_request, strip_greeting, strip_opening};

/// The customer's goal and the later sentence that changed it ([`goal_update`]). The
/// goal is their first request ([`first_request`]), unless the bot said a task was done
/// after it ([`says_done`]) and the customer then made a clear request, in one of
/// their first three messages after the last such message, that does not change the
/// first ("I need to change the dates to June 3" after "Booked" stays the first
/// request's update): that request, still open, is the goal. With no update, a later
/// sentence that says the goal's problem persists is one ([`persisting_after`]: "It's
/// still not working").
pub(in crate::summary) fn goal_and_update(
    messages: &[Message],
    customer: &[usize],
) -> (Option<String>, Option<String>) {
    let Some((goal, at)) = first_request(messages, customer, false) else {
        return (None, None);
    };
    let update = goal_update(messages, customer, &goal, at);
    if let Some(done) = last_done(messages, at)
        && update.as_ref().is_none_or(|(_, changed)| *changed < done)
    {
        let after = &customer[customer.partition_point(|&i| i < done)..];
        if let Some(corrected) = corrected(messages, customer, done, after) {
            return corrected;
        }
        if let Some(open) = open_after(messages, customer, after)
            && !(disputes(messages, done, after)
                && open.0.as_deref().is_some_and(asks_for_a_person))
        {
            return open;
        }
    }
    // "It's fine now" after the goal, and after what changed it, says the problem is
    // over: the update (the summary stated the problem as current).
    if let Some((fix, at)) = fixed_after(messages, customer, at, &goal)
        && update.as_ref().is_none_or(|(_, changed)| *changed < at)
    {
        return (Some(goal), Some(fix));
    }
    // "No, it's still not working", when nothing changed the request, says it is not
    // met (a review found it taken for the goal, or nothing).
    let update = update
        .map(|(text, _)| text)
        .or_else(|| persisting_after(messages, customer, at, &goal, false));
    (Some(goal), update)
}

/// Whether the customer's reply right after a task done (the first of `after`) opens
/// with a "No" that disputes it ("No, it still declines" after "Done, your card has been
/// activated"): the task is not done, and a request for a person after it leaves the
/// goal the request it was about (a second review found it lost). When the task done
/// at `done` ends asking ("Anything else?"), a "No" that closes answers it ("Nope,
/// that's all", a bare "No": [`no_that_closes`]); any other still disputes ("No, it
/// still doesn't work", a third review found lost). So does a sarcastic "Thanks for
/// nothing" (`thanks_for_nothing`), with or without a "No": what was done did not help
/// (a review found the task lost to "I want to talk to a human" after it).
fn disputes(messages: &[Message], done: usize, after: &[usize]) -> bool {
    let asks = messages[done].text.trim_end().ends_with('?');
    after.first().is_some_and(|&reply| {
        let reply = &messages[reply].text;
        (opens_with_no(reply) && !(asks && no_that_closes(reply))) || thanks_for_nothing(reply)
    })
}

/// The request the customer made anew in `after` (their messages after a task done,
/// the first three read) and its update, or the problem said to persist after it
/// ([`persisting_after`]), if they made one.
fn open_after(
    messages: &[Message],
    customer: &[usize],
    after: &[usize],
) -> Option<(Option<String>, Option<String>)> {
    let (open, from) = first_request(messages, after, true)?;
    let update = goal_update(messages, customer, &open, from)
        .map(|(text, _)| text)
        .or_else(|| persisting_after(messages, customer, from, &open, true));
    Some((Some(open), update))
}

/// When the customer's reply right after the task done at `done` (the first of `after`)
/// is a "No" that corrects it ([`corrects`]: "No, I said the 5th, can you change it?"),
/// the goal then (the request met, as it was before `done`) and the correction as its
/// update, without the "No" (`strip_greeting`: "I said the 5th, …", as a question still
/// open shows it), or a later one; or a request made anew in the next two messages, unless it asks for a person
/// ([`asks_for_a_person`]). `None`
/// when the reply corrects nothing: it is read as any reply after a task done.
fn corrected(
    messages: &[Message],
    customer: &[usize],
    done: usize,
    after: &[usize],
) -> Option<(Option<String>, Option<String>)> {
    let (&reply, next) = after.split_first()?;
    let text = &messages[reply].text;
    // Most replies open with no "No": the goal before `done` is found only for one that
    // does.
    if !opens_with_no(text) {
        return None;
    }
    let before = &customer[..customer.len() - after.len()];
    let (Some(met), update) = goal_and_update(&messages[..done], before) else {
        return None;
    };
    let known = match &update {
        Some(update) => format!("{met} {update}"),
        None => met.clone(),
    };
    let whole = |text: &str| clip(&capitalise(&one_line(strip_greeting(text))), 160);
    // "No, savings not checking" says which of two words it meant: a correction, though
    // it gives no detail (a review found it lost after "Done, I've transferred …").
    let swaps = || {
        swaps_known(
            text,
            &format!("{} {known}", messages[done].text).to_lowercase(),
        )
    };
    // "No, Portugal." after "Done, your trip to Spain is booked." names the detail
    // alone (a review found it lost), shown so: "Portugal".
    let mut bare = None;
    if !corrects(text, &messages[done].text, &known) && !swaps() {
        bare = bare_correction(text, &messages[done].text, &known);
        if bare.is_none() {
            // "No, Saturday. I also need a manicure": the correction and the request
            // anew after it both stay, the reply whole as the update.
            return corrects_then_asks(text, &messages[done].text, &known)
                .then(|| (Some(met), Some(whole(text))));
        }
    }
    // A request anew in the next two messages is the goal, unless it asks for a person
    // ("I want to talk to a human"): the request the correction is about stays so.
    if let Some(open) = open_after(messages, customer, &next[..next.len().min(2)])
        && !open.0.as_deref().is_some_and(asks_for_a_person)
    {
        return Some(open);
    }
    // Shown without its "No", as the questions still open show it ("I said the 5th, can
    // you change it?": a review found the two told apart by it).
    let update = goal_update(messages, customer, &met, reply).map_or_else(
        || bare.map_or_else(|| whole(text), |detail| clip(&shown(detail), 160)),
        |(text, _)| text,
    );
    Some((Some(met), Some(update)))
}

/// Whether `reply`'s first sentence corrects the task done ([`corrects`]) and a later
/// one asks anew ("No, savings not checking. And please freeze my credit card").
fn corrects_then_asks(reply: &str, done: &str, known: &str) -> bool {
    let mut said = sentences(reply);
    let Some(first) = said.next() else {
        return false;
    };
    let mut rest = said.peekable();
    rest.peek().is_some()
        && (corrects(first, done, known)
            || swaps_known(first, &format!("{done} {known}").to_lowercase()))
        && rest.any(|s| asks_anew(strip_opening(s)))
}

/// Whether `request` asks for a person, by the phrases of the built-in `human_request`
/// signal ("I want to talk to a human", "Can I talk to a real person please?") or as a
/// call back from one ([`CALLBACK`]: "Can a human call me back?").
pub(super) fn asks_for_a_person(request: &str) -> bool {
    PERSON.as_ref().is_some_and(|p| p.is_match(request))
}

/// Where in `sentence` the first request for a person ([`asks_for_a_person`]) is: its
/// byte span, without the mark or space on either side of it that the search takes.
pub(super) fn person_at(sentence: &str) -> Option<(usize, usize)> {
    let found = PERSON.as_ref()?.find(sentence)?;
    let words = found
        .as_str()
        .trim_start_matches(|c: char| !c.is_alphanumeric());
    let start = found.end() - words.len();
    let words = words.trim_end_matches(|c: char| !c.is_alphanumeric());
    Some((start, start + words.len()))
}

/// A person asked to call the customer ("Can a human call me back?", "could someone
/// call me", "could somebody from your team call me back", "can a person ring me back",
/// "I'd like an agent to phone me"): a request for a person that the `human_request`
/// phrases lack (a review found it read as a task, the goal taken from the task beside
/// it). Who calls is a person no one named:
/// not the bot ("can you call me an uber", STAR star-5623), not someone named ("have
/// Dr. Morgan call me"), and "someone called me" tells of a call made.
const CALLBACK: &str = r"(?:some(?:one|body)|any(?:one|body)|(?:an?\s+)?(?:(?:real|actual|live)\s+)?(?:human|person|agent|representative|rep|operator|manager|supervisor))(?:\s+(?:from|at|on|in|of)\s+(?:your|the)\s+(?:team|company|office|staff|support|bank|store|side|end))?\s+(?:to\s+|please\s+|just\s+)?(?:call|ring|phone)\s+(?:me|us)";

/// The phrases of the built-in `human_request` signal and [`CALLBACK`] as one search,
/// in any case, at word boundaries, `’` for `'`: `first_request` asks it of every clear
/// request it reads (one search for each phrase, in the lower-cased sentence, cost a
/// tenth of a packet).
static PERSON: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let phrases: Vec<String> = lexicon(Builtin::HumanRequest)?
        .phrases
        .iter()
        .map(|(p, _)| regex::escape(p).replace('\'', "['’]"))
        .collect();
    let edge = r"[^\p{Alphabetic}\p{N}]";
    Regex::new(&format!(
        r"(?i)(?:^|{edge})(?:{}|{CALLBACK})(?:{edge}|$)",
        phrases.join("|")
    ))
    .ok()
});

/// The words by which a statement says a task is done ([`DONE`]).
const DONE_WORD: &str = "booked|reserved|confirmed|scheduled|submitted|completed|cancell?ed|unlocked|successfull?y|done";

/// How STAR's bots and others say a task is done: "booked", "confirmed", "is scheduled
/// now", "has been successfully submitted", "all done", "The door is now unlocked",
/// "I've managed to book a ride for you". The word of it says so after a verb
/// that makes it the statement's ("is", "has been", "I've", "now": "Your booking is
/// confirmed", "I have booked you a ride") or at the statement's end ("Ride booked"),
/// not as an adjective before a noun ("two confirmed memberships", "your scheduled
/// appointments"); "Done" says so opening the message too ("Done, I've transferred the
/// money": a review found it read as nothing done, and the correction after it lost).
/// A bank's words alone do not ("transferred", "blocked", "processed", "activated",
/// "renewed": "Your card is blocked because we detected unusual activity" explains, and
/// a second review found such explanations read as tasks done, the customer's question
/// lost). Not "sent" ("I've sent you a code" is a step of a task, not its end), "reset" ("I
/// can reset it for you" offers: the word is the verb's present too), "paid" ("You have
/// paid the application fee, but that time is unavailable": STAR star-363, a check),
/// nor "changed", "updated" or "moved", a detail of a task changed, not a task done
/// ("I have changed your appointment time to Saturday" before the viewing is booked,
/// STAR star-3672; "I just updated your booking", star-983: read as tasks done, the
/// next question took the goal from the request still going on).
static DONE: LazyLock<(Regex, Regex)> = LazyLock::new(|| {
    const WORD: &str = DONE_WORD;
    const PHRASE: &str =
        "all set|managed to (?:book|reserve|schedule|order|cancel|submit|arrange|get)";
    // Any of them, for a first look at a whole message.
    let any =
        Regex::new(&format!(r"(?i)\b(?:{WORD}|{PHRASE})\b")).expect("the done words are valid");
    let said = Regex::new(&format!(
        r"(?i)(?:\b(?:is|are|was|were|been|be|has|have|had|now|all|i|we)|['’](?:s|ve|re|m))\s+(?:\w+\s+)?(?:{WORD})\b|\b(?:{WORD})\W*$|\b(?:{PHRASE})\b"
    ))
    .expect("the done pattern is valid");
    (any, said)
});

/// A done word that "being" makes a task going on ("Your booking is being confirmed",
/// "it's being booked", "being successfully completed"), with "being": read out of the
/// statement, so "being" says nothing of another done word in it ("Your ride is booked,
/// it's being prepared" says the ride is booked; when any "being" undid the statement,
/// a review found it read as nothing done).
static BEING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?i)\bbeing\s+(?:\w+\s+)?(?:{DONE_WORD})\b"))
        .expect("the being pattern is valid")
});

/// What makes such words say the task is not done, or not yet: a negation, an apology
/// or a failure ("it looks like all venues are booked out then", "it's fully booked",
/// "The ride is not currently booked", "no longer available"), a slot taken by someone
/// else ("The venue is booked at that time", "booked up", "booked solid"; STAR's venue
/// bots; "is already booked" only as [`slot_taken`] says), a restriction ("RSVP is only
/// reserved for lab rats", "booked only for members"), a condition ("once
/// confirmed, …", "Tell me when you're done"). A task going on ("Your booking is being
/// confirmed") is [`BEING`]'s, of the done word it modifies only.
static NOT_DONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:not|no|never|cannot|unable|failed|fail|fails|sorry|unfortunately|unsuccessful(?:ly)?|fully|out|if|once|until|unless|when)\b|n['’]t\b|\b(?:booked|reserved)\s+(?:up|solid)\b|\b(?:booked|reserved|taken)\s+at\s+(?:that|this|the\s+same)\s+time\b|\b(?:only|exclusively|solely)\s+(?:be\s+)?(?:booked|reserved)\s+for\b|\b(?:booked|reserved)\s+(?:only|exclusively|solely)\s+for\b",
    )
    .expect("the not-done pattern is valid")
});

/// Whether the bot's message `text` says a task is done: a statement of it says so
/// ([`DONE`]) and nothing in that statement says otherwise ([`NOT_DONE`]). A statement
/// is a sentence, or in a question the words before its last comma ("I've managed to
/// book a ride for you, is there anything else?"; not "Shall I book it?").
pub(super) fn says_done(text: &str) -> bool {
    let (any, said) = &*DONE;
    // Most bot messages say nothing done: one search of the whole message first.
    any.is_match(text)
        && sentences(text).enumerate().any(|(at, s)| {
            let statement = match s.strip_suffix('?') {
                Some(question) => question.rsplit_once(',').map_or("", |(before, _)| before),
                None => s,
            };
            // A done word after "being" says nothing done: it goes, with its "being"
            // (most statements have none, and are not copied).
            let statement = BEING.replace_all(statement, "");
            let statement = statement.as_ref();
            // "Done" says so opening the message only ("Done, I've transferred the
            // money"), never a later sentence's first word.
            (said.is_match(statement) || (at == 0 && opens_with_done(statement)))
                && !NOT_DONE.is_match(statement)
                && !slot_taken(statement, text)
        })
}

/// Whether `sentence` opens with the word "Done" ("Done, I've transferred the money",
/// "Done.", "Done!").
fn opens_with_done(sentence: &str) -> bool {
    let word = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    word.get(..4)
        .is_some_and(|w| w.eq_ignore_ascii_case("done"))
        && !word[4..].starts_with(|c: char| c.is_alphanumeric() || c == '\'' || c == '’')
}

/// "… is already booked" (or "'s", "are", "was", "were"; "reserved", "taken",
/// "scheduled"), and the words before it.
static ALREADY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?:\b(?:is|are|was|were)|['’](?:s|re))\s+already\s+(?:booked|reserved|taken|scheduled)\b",
    )
    .expect("the already-booked pattern is valid")
});

/// What turns "already booked" into a refusal anywhere in the bot's message: another
/// time or day offered, something to try, something not available ("It's already
/// booked. Would you like another time?").
static REFUSAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:another|other|different)\s+(?:time|times|day|days|date|dates|slot|slots|hour|venue|one)\b|\btry\b|\bavailable\b",
    )
    .expect("the refusal pattern is valid")
});

/// What addresses a statement to the customer as a confirmation: "Your table is already
/// booked for 7pm", "Done, it's already booked for you".
static FOR_YOU: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\byour\b|\bfor\s+you\b|^\W*done\b").expect("the for-you pattern is valid")
});

/// Whether `statement`, from the bot's message `text`, says "already booked" of a slot
/// taken by someone else rather than of the customer's task done: its subject is the
/// slot ("The venue is already booked", "That slot is already booked", "Sorry, 8pm is
/// already booked", "It's already booked at that time"), or the statement is not a
/// confirmation addressed to the customer ("your table", "for you", "Done, …") and the
/// message refuses ("… Would you like to try another time?") or its subject only points
/// ("It's already booked.", "That's already taken"). "Your table is already
/// booked for 7pm", "Done, it's already booked for you" and "Lucca is already booked."
/// are tasks done; "I've already booked it" does not say "is already".
fn slot_taken(statement: &str, text: &str) -> bool {
    ALREADY.find_iter(statement).any(|m| {
        let subject = statement[..m.start()]
            .rsplit(|c: char| !c.is_alphanumeric() && c != ':')
            .find(|w| !w.is_empty())
            .unwrap_or("")
            .to_lowercase();
        let slot = matches!(
            subject.as_str(),
            "venue"
                | "venues"
                | "time"
                | "times"
                | "slot"
                | "slots"
                | "date"
                | "dates"
                | "day"
                | "hour"
                | "noon"
                | "midnight"
                | "am"
                | "pm"
        ) || subject.starts_with(|c: char| c.is_ascii_digit());
        // "It's already booked", with no booking of the customer's own ("your table",
        // "for you"), says the slot asked for is taken.
        let pointed = matches!(subject.as_str(), "it" | "that" | "this");
        let for_you = FOR_YOU.is_match(statement);
        slot || (pointed && !for_you) || (!for_you && REFUSAL.is_match(text))
    })
}

/// The index in `messages` of the last bot message after message `after` that says a
/// task is done, if one does.
fn last_done(messages: &[Message], after: usize) -> Option<usize> {
    (after + 1..messages.len())
        .rev()
        .find(|&i| messages[i].role == Role::Bot && says_done(&messages[i].text))
}

#[cfg(test)]
mod tests;
