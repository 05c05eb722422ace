//! The words of a name after a title that is no word too ("Dr", "Mrs", "miss", "Ms"): a
//! text and where the title stands → the words after it that name someone, in any case,
//! but the things chats put after a title ("Dr appt", "Mr. Robot"), "miss" the verb ("i
//! miss home"), a day, a greeting, a verb in the third person ("The Dr Feels that…") and
//! Microsoft's "ms teams". Finds; the title's other checks are `title.rs`'s.

use super::super::initials::{Initials, past_initials};
use super::super::words::name_after;
use super::super::{Cue, courtesy, is_common_english, is_name_word, is_only_a_word};
use super::either_case::{
    greets, missed_name, modal_name, surname_that_is_a_word, third_person, weekday,
};
use super::lower_case::{self, After, uncapitalised_name};
use super::miss::{CONTESTS, in_calendar, misses, misses_capitalised, misses_to, opens_a_question};
use super::{capitalised, lower, names_a_thing, start_of_word_before, word_before};

/// [`super::name_after_title`]'s words after the title `text[start..end]`, whatever stands
/// around them.
pub(super) fn words_after_title(
    text: &str,
    start: usize,
    end: usize,
    at: usize,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    let title = &text[start..end];
    // "miss" in any case after a subject, a modal or an adverb is the verb ("i miss
    // home", "you'll miss Paris", "I MISS YOU", "I'll Miss Friday's meeting"), but
    // after a modal that opens a question ("Will Miss Baker be in?", "can miss okafor
    // see me"); it may miss a name ("miss johnson's party").
    let miss = title.eq_ignore_ascii_case("miss");
    let before = if miss {
        word_before(text, start)
    } else {
        String::new()
    };
    // "i have to miss friday", "sad to miss christmas": the verb too.
    let to_the_verb = || misses_to(&word_before(text, start_of_word_before(text, start)));
    // "Miss" capitalised after an adverb is the title ("So Miss Baker said").
    let written_miss = title == "Miss";
    let verb_after = if written_miss {
        misses_capitalised(&before)
    } else {
        misses(&before)
    };
    if miss
        && !opens_a_question(text, start_of_word_before(text, start), &before)
        && (verb_after || (before == "to" && to_the_verb()))
    {
        missed_name(text, at, out);
        return;
    }
    // "talk to miss johnson", "going to miss the bus", "… to miss brown rice": after
    // "to", "miss" in lower case or in capitals takes only a word that is no common
    // English word; "Miss" capitalised is the title ("send it to Miss Baker").
    let rare_only = miss && !written_miss && before == "to";
    let written = capitalised(title);
    // "dr.", and "Dr'" typed for it.
    let dotted = text[end..].starts_with(['.', '\'', '\u{2019}']);
    let noun = lower_case::a_noun(text, start);
    let from = out.len();
    name_after(text, at, Cue::Title, out);
    // "my dr. Great news": after a title in lower case and its full stop, a capitalised
    // word may open the next sentence; it is a name only if no common English word, or
    // a name that is one too ("dr. Brown").
    if !written
        && dotted
        && out[from..].first().is_some_and(|&(s, e, _)| {
            let word = lower(&text[s..e]);
            is_only_a_word(&word)
        })
    {
        out.truncate(from);
    }
    // "Mr. Robot", "a Dr Appointment": a thing, no one; "miss friday", "miss
    // christmas": a day missed, no one; and what the lower case's rules say no name
    // in either case ("Thanks Dr Hope to see you", "the Dr. Friday's slot"). A modal or
    // an adjective that is a surname too ("Dr Free") is `modal_name`'s.
    if out[from..].first().is_some_and(|&(s, e, _)| {
        let word = lower(&text[s..e]);
        names_a_thing(&word)
            || (rare_only && is_common_english(&word))
            || (miss && !written_miss && in_calendar(&word))
            || (miss && CONTESTS.contains(&word.as_str()))
            || greets(text, start, e, &word)
            || courtesy(text, s, e)
            || weekday(&word)
            || surname_that_is_a_word(&word)
    }) {
        out.truncate(from);
    }
    // "The Dr Feels that…": a verb in the third person capitalised, as in lower case,
    // but one that is a name too, or before a word that may be a surname ("Dr Feels
    // Smith"), stays a name.
    if out[from..].first().is_some_and(|&(s, e, _)| {
        let word = lower(&text[s..e]);
        capitalised(&text[s..e]) && !is_name_word(&word) && third_person(text, start, e, &word)
    }) && out[from..].get(1).is_none_or(|&(s, e, _)| {
        let word = lower(&text[s..e]);
        is_only_a_word(&word)
    }) {
        out.truncate(from);
    }
    // "Dr. Will is good", "with Dr Good": a modal or an adjective capitalised after a
    // title is a name where it reads as one.
    if out.len() == from && !noun {
        modal_name(text, start, at, out);
    }
    // "ms teams", "ms dos", "200 ms long": "ms" and "mx" in lower case or capitals
    // without their full stop take no common English word but a name that is one ("ms
    // brown", "ms johnson", "MS SMITH"), no product of Microsoft's, and none after a
    // number; so does "miss" in lower case or in capitals where it is no verb ("miss
    // brown", "MISS OKAFOR"; not "miss the train"); "Miss" takes only a capitalised one
    // ("Miss Baker").
    let after = match title.to_ascii_lowercase().as_str() {
        "ms" | "mx" if !(written || dotted) => {
            let number = text[..start]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit());
            (!number).then_some(After::NameWord)
        }
        "miss" if title == "Miss" => None,
        "miss" if rare_only => Some(After::Rare),
        "miss" => Some(After::NameWord),
        _ if noun => Some(After::Noun),
        _ => Some(After::Name),
    };
    if out.len() == from
        && let Some(after) = after
    {
        uncapitalised_name(text, start, at, after, out);
        // "i sometimes miss sunday brunch": after "miss" in lower case or in capitals,
        // one word at most, and no day, month or holiday.
        if miss {
            out.truncate(from + 1);
            if out[from..]
                .first()
                .is_some_and(|&(s, e, _)| in_calendar(&lower(&text[s..e])))
            {
                out.truncate(from);
            }
        }
    }
    // "Dr J smith", "DR J SMITH": a surname in lower case or in capitals after initials,
    // as after a title that is a noun (no common English word but a name: not "Dr A lot
    // of pain").
    if out.len() == from && !miss {
        let past = past_initials(text, at, Initials::AnyCase);
        if past > at {
            uncapitalised_name(text, start, past, After::Noun, out);
        }
    }
}
