//! The goal's first reading: the customer's first three messages → the sentence that
//! says what they want (a request, else a problem stated, else help asked for alone,
//! else a request for a person …) and the index of its message. Ranks what
//! [`super::classify`] and the readers beside it ([`super::problem`], [`super::no_task`],
//! [`super::advice`], [`super::incident`]) find; the goal's update and a task done are
//! [`super::done`]'s.

use crate::transcript::{Message, Role};

use super::super::sentences::{capitalise, clip, sentences, words};
use super::super::small_talk::is_small_talk;
use super::boundaries::{contains_words, lowered, split_words};
use super::{
    Request, advice, back, done, goal_request, incident, joins_an_order, names_no_task, no_task,
    persists, problem, request, short_request, strip_opening,
};

/// The customer's first clear request among their first three messages in `customer`
/// (a question only when it reads as one: [`goal_request`]), small talk aside (a short
/// question pointing back, "Can you look that up?", stands for the sentence before it),
/// else their first weak one ("please …"; after advice asked, "Should I book the 9am or
/// the 11am?", the first weak one after it: "Please book the 11am"), else their first
/// request for a person that names its task ("Can a human call me back about my
/// invoice?": [`problem::person_names_task`]), else the first problem they stated ([`problem::states_problem`]: "My app will not load", or the
/// clause beside a request for a person, "I was double charged, let me talk to a
/// human": [`problem::beside_person`]), else their first
/// request for a person ("Can I talk to a human?", which says why the conversation
/// escalates, not what for: a task asked before or after it comes first, but not a
/// feeling, a greeting, contact details nor "I have a question" ([`no_task::names_no_task`])),
/// else their first substantive sentence, else their first request that names no task;
/// and the index of the message it was taken from. When the
/// request is `anew`, after a task done, only a clear one that asks anew
/// ([`super::anew::asks_anew`]).
pub(super) fn first_request(
    messages: &[Message],
    customer: &[usize],
    anew: bool,
) -> Option<(String, usize)> {
    let mut first_substantive = None;
    // The last sentence read and the index of its message.
    let mut previous: Option<(&str, usize)> = None;
    let mut weak = None;
    let mut advice = None;
    // The first weak request after the advice asked, which takes its place.
    let mut after_advice = None;
    // The first clear request for a person ("Can I talk to a human?"), the goal only
    // if nothing else is said: it is why the conversation escalates, not what for.
    let mut person = None;
    // The first clear request that names no task ("I have a question"): the last
    // resort.
    let mut vague = None;
    // The first request for help alone ("Can you help me?"): the goal when nothing
    // better is said (a review found a later complaint about the bot taken instead).
    let mut help = None;
    // The first event told beside help asked for alone ("Hi, someone transferred $500
    // out of my account. Can you help me?"): the goal in help's place, but a request or
    // a problem said later outranks it (a review found "I just opened the app." taken
    // over "I can't log in to my account." said next).
    let mut incident = None;
    // The first problem the customer stated and said over in the same message ("My
    // card was declined. It's fine now."): the goal beside help asked for alone, its
    // fix the update (a review found the fix lost).
    let mut over = None;
    // The first problem the customer stated ("My app will not load", or the clause
    // beside a request for a person: "I was double charged, let me talk to a human"):
    // the goal before a request for a person (a review found the request kept).
    let mut problem = None;
    // The first request for a person that names its task ("Can a human call me back
    // about my invoice?"), which outranks a problem.
    let mut topical = None;
    // The customer message before this one, if it asked for help alone.
    let mut helped_at: Option<usize> = None;
    for &i in customer.iter().take(3) {
        // Help asked for alone, and the bot's "How can I help you?" since: the message
        // after tells what the help is for (STAR star-3024).
        // So does the bot's asking which thing it is for ("Which document is missing?").
        let help_answered = helped_at.is_some_and(|h| {
            bot_asks_what_for(&messages[h + 1..i]) || asked_before(messages, i).asks_which()
        });
        // Whether this message asks for help without a task ("Can you help me?").
        let mut no_task_here = false;
        // The first event this message tells ("Someone used my debit card"): the goal
        // when the message asks for help alone ([`incident`]).
        let mut incident_here = None;
        // Whether this message asks for help alone, a request or not ("I really need
        // some help." has no marker of one: STAR star-1285).
        let mut help_here = false;
        for sentence in sentences(&messages[i].text) {
            let cleaned = strip_opening(sentence);
            // "My card was charged twice. Just cancel it": an order or a need pointing
            // back at the event told just before is the request, the event its context,
            // as for "Could you refund it?" below (a review found "I want my money back"
            // alone the goal, and "Just cancel it", too short to be read, lost).
            // Not a request for a person ("I want a human for this"): the event alone is
            // the goal then, as beside "let me talk to a human". Not across a bot
            // message that gives "it" another meaning ("Your subscription renews
            // tomorrow."): only an apology, an acknowledgement or a question for details
            // may stand between ([`back::nothing_between`]).
            // Across such a bot message "it" is another thing: the request is skipped,
            // the event alone stays the goal, as before the join.
            if !anew
                && back::requests_back(cleaned)
                && !done::asks_for_a_person(cleaned)
                && let Some((before, at)) = previous.filter(|&(p, _)| {
                    problem::states_problem(p)
                        || incident::tells_incident(p, &asked_before(messages, i))
                })
            {
                if back::nothing_between(messages.get(at + 1..i).unwrap_or_default()) {
                    return Some((back::goal(before, cleaned, 160), i));
                }
                continue;
            }
            // A short request for a person ("Human please", "Need an agent") is read: it
            // is the goal when nothing else is said (a review found "Thanks for nothing.
            // Human please" gave none).
            if (words(cleaned) < 4 && !short_request(cleaned) && !done::asks_for_a_person(cleaned))
                || small_talk_only(cleaned)
            {
                // "I need help." asks help alone as "I need help please." does: the
                // bot's "Which document is missing?" after it asks what for (a review
                // found only the longer one read).
                if !anew && no_task::asks_help(cleaned) {
                    help_here = true;
                }
                continue;
            }
            let goal = |s: &str| (clip(&capitalise(s), 160), i);
            // A request for a person that names its task ("Can a human call me back
            // about my invoice?") is a task: it outranks a problem stated beside it.
            if !anew && problem::person_names_task(cleaned) {
                topical.get_or_insert_with(|| goal(cleaned));
                person.get_or_insert_with(|| goal(cleaned));
                previous = Some((cleaned, i));
                continue;
            }
            if !anew && let Some(clause) = problem::beside_person(cleaned) {
                problem.get_or_insert_with(|| goal(clause));
                person.get_or_insert_with(|| goal(cleaned));
                previous = Some((cleaned, i));
                continue;
            }
            // Advice on the customer's own doing ("Hmm, should I bring an umbrella?") is
            // no task: a request after it is the goal, but for one for a person ("I want
            // to talk to a human"), which says nothing of what is wanted. After a task
            // done it asks nothing anew.
            if advice::asks_advice(cleaned) {
                if !anew {
                    advice.get_or_insert_with(|| goal(cleaned));
                }
                previous = Some((cleaned, i));
                continue;
            }
            // "No, it's still not working" after the problem was told says it persists:
            // the goal's update (`goal_update`), not the goal (a review found it took it).
            if !anew
                && (weak.is_some()
                    || first_substantive.is_some()
                    || person.is_some()
                    || problem.is_some())
                && persists::persists(cleaned)
            {
                previous = Some((cleaned, i));
                continue;
            }
            match goal_request(cleaned) {
                Request::Clear if advice.is_some() && done::asks_for_a_person(cleaned) => {
                    return advice;
                }
                // "Please book me a table at Lucca" before or after it (in the first
                // three messages) is the goal (a review found the request for a person
                // kept instead). So is one weak by its "please" ("Agent please").
                // So is one the phrases miss ("I want a supervisor on this").
                Request::Clear | Request::Weak
                    if !anew
                        && (done::asks_for_a_person(cleaned)
                            || back::asks_for_someone(cleaned)) =>
                {
                    person.get_or_insert_with(|| goal(cleaned));
                }
                // "I have a question" names no task: a request for a person beside it
                // stays the goal (a review found it took it), and so does what follows.
                Request::Clear if !anew && names_no_task(cleaned) => {
                    if no_task::asks_help(cleaned) {
                        help_here = true;
                        help.get_or_insert_with(|| goal(cleaned));
                    } else {
                        vague.get_or_insert_with(|| goal(cleaned));
                    }
                    no_task_here = true;
                }
                // "And please freeze my card" joins a request said before it, which
                // comes first ("Move $200 from checking to savings please").
                Request::Clear
                    if !anew
                        && (weak.is_some() || first_substantive.is_some())
                        && joins_an_order(cleaned) =>
                {
                    return weak.or(first_substantive);
                }
                Request::Clear if !anew || super::anew::asks_anew(cleaned) => {
                    return Some(goal(cleaned));
                }
                // After a task done, a question pointing back asks about the task done
                // ("Can you confirm that?"): no request anew.
                Request::Pointing if anew => {}
                // "I noticed my card was charged twice. Can you refund it?": the request
                // is the goal, the event before it its context (a review found the
                // refund dropped); "Can you look that up?" asks nothing of its own.
                Request::Pointing => {
                    return Some(match previous {
                        Some((before, _)) if asks_action(cleaned) => {
                            (back::goal(before, cleaned, 160), i)
                        }
                        before => goal(before.map_or(cleaned, |(p, _)| p)),
                    });
                }
                // "Please book the 11am" after "Should I book the 9am or the 11am?"
                // answers the advice asked: the request is this, not the advice (a
                // review found the advice kept), but for a person as above.
                Request::Weak
                    if advice.is_some()
                        && after_advice.is_none()
                        && !done::asks_for_a_person(cleaned) =>
                {
                    after_advice = Some(goal(cleaned));
                }
                Request::Clear | Request::Weak => {
                    weak.get_or_insert_with(|| goal(cleaned));
                }
                Request::None => {
                    // "My card was declined. It's fine now.": over, no problem.
                    if !anew && problem.is_none() && problem::states_problem(cleaned) {
                        if problem::resolved(&messages[i].text) {
                            over.get_or_insert_with(|| goal(problem::without_filler(cleaned)));
                        } else {
                            problem = Some(goal(problem::without_filler(cleaned)));
                        }
                    } else if !anew && no_task::asks_help(cleaned) {
                        help_here = true;
                    } else if !anew
                        && incident_here.is_none()
                        && incident::tells_incident(cleaned, &asked_before(messages, i))
                        && !problem::resolved(&messages[i].text)
                    {
                        incident_here = Some(goal(problem::without_filler(cleaned)));
                    }
                    first_substantive.get_or_insert_with(|| goal(cleaned));
                }
            }
            previous = Some((cleaned, i));
        }
        // "I took the wrong bus and I'm lost. Can you help me?": the help is asked for
        // the problem stated beside it, which is the goal before any later request
        // (STAR star-2182, star-2902: "I'd like to continue taking the bus" took it).
        if no_task_here && problem.as_ref().is_some_and(|(_, at)| *at == i) {
            return problem;
        }
        // "Hi, someone transferred $500 out of my account. Can you help me?": the help
        // is asked for what the message tells, though no problem's words say it (STAR
        // star-1336, star-4538, star-5214, star-885 kept "Can you help me?"), unless a
        // request or a problem is said after it; or for what the next message tells,
        // after the bot asked what the help is for ("I need some help." "How can I help
        // you?" "… I can not remember the medication instructions …", STAR star-3024).
        if incident_here.is_some() && (help_here || help_answered) && incident.is_none() {
            incident = incident_here;
        }
        helped_at = help_here.then_some(i);
    }
    if anew {
        return None;
    }
    after_advice
        .or(advice)
        .or(weak)
        .or(topical)
        .or(problem)
        // Help asked for alone stays the goal unless a problem or a request is said;
        // not what else is said beside it or after it ("I'm so tired of bots", "This
        // is useless"), which names no task.
        .or(help.is_some().then_some(over).flatten())
        .or(incident)
        .or(help)
        .or(person)
        .or(first_substantive)
        .or(vague)
}

/// Whether `sentence` is small talk put as a question and asks for nothing the agent
/// must do ("Are you my granddaughter?", STAR star-4341; "I'm feeling smart, are you
/// up for some trivia?"); not when a clause before the small talk makes a request ("I
/// need help planning a party, are you up for that?").
fn small_talk_only(sentence: &str) -> bool {
    sentence.ends_with('?')
        && is_small_talk(sentence)
        && !sentence
            .rsplit_once([',', ';'])
            .is_some_and(|(before, _)| request(before) == Request::Clear)
}

/// Verbs of a question pointing back that ask nothing of their own: the sentence before
/// says what ("Can you look that up?", "Could you check it?", "Can you help with that?").
const LOOKING: &[&str] = &[
    "look",
    "check",
    "help",
    "see",
    "handle",
    "explain",
    "tell",
    "do",
    "find",
    "sort",
    "deal",
    "confirm",
    "verify",
    "understand",
    "repeat",
    "say",
    "answer",
    "read",
    "take",
    // Rhetorical: "Can you believe this?", "Can you imagine that?" ask nothing done
    // (a review found them joined to the goal).
    "believe",
    "imagine",
    "guess",
    "think",
    "picture",
];

/// Words before the verb of a question that asks something done ("Can you please …").
const ASKING: &[&str] = &[
    "can", "could", "would", "will", "you", "u", "please", "pls", "plz", "kindly", "just",
    "someone", "somebody", "anyone", "we", "i", "me", "get", "have", "go", "ahead", "and",
];

/// Whether `sentence`, a question pointing back ([`Request::Pointing`]), asks for
/// something done to what the sentence before told ("Can you refund it?", "Could you
/// cancel that?"): it opens with one of [`REQUESTING`], and its verb, the first word
/// past [`ASKING`]'s, is none of [`LOOKING`].
fn asks_action(sentence: &str) -> bool {
    let lower = lowered(sentence);
    let mut words = split_words(&lower);
    // Asked as a request ("Can you …", "Please …"), not a question of fact ("Is it a
    // puppy?", "Isn't this the front desk?": STAR star-2215, star-166).
    words.next().is_some_and(|w| REQUESTING.contains(&w))
        && words
            .find(|w| !ASKING.contains(w))
            .is_some_and(|verb| !LOOKING.contains(&verb))
}

/// Words that open a question asking for something done ("Can you refund it?").
const REQUESTING: &[&str] = &[
    "can", "could", "would", "will", "please", "pls", "plz", "kindly",
];

/// The bot's question just before the customer's message `i`, if its last message
/// before it asked one ([`incident::Asked`]).
fn asked_before(messages: &[Message], i: usize) -> incident::Asked {
    messages[..i]
        .iter()
        .rev()
        .take_while(|m| m.role != Role::Customer)
        .find(|m| m.role == Role::Bot)
        .map(|m| incident::Asked::new(&m.text))
        .unwrap_or_default()
}

/// What the bot asks when help is asked for alone: what the help is for.
const WHAT_FOR: &[&str] = &[
    "how can i help",
    "how may i help",
    "how can i assist",
    "how may i assist",
    "how can we help",
    "what can i do for you",
    "what can i help",
    "what do you need help",
    "what seems to be the problem",
    "what is the problem",
    "what's the problem",
];

/// Whether one of `between`'s messages (those after the customer's last) is the bot's
/// asking what the help is for ([`WHAT_FOR`]: "How can I help you?").
fn bot_asks_what_for(between: &[Message]) -> bool {
    between.iter().any(|m| {
        m.role == Role::Bot && {
            let lower = lowered(&m.text);
            WHAT_FOR.iter().any(|p| contains_words(&lower, p))
        }
    })
}
