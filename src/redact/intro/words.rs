//! The words of a name after a cue: a text and where a cue ends → the words there that
//! may be a name after it (any word after "my name is", a capitalised one that may be a
//! name after "I'm" or a title, and a surname in lower case after a first name that is
//! none of the words chats put after a name: `surname.rs`), and what a word is. Tells;
//! the cues are `intro.rs`'s, the words that stand where a name would without being one
//! `stand_ins.rs`'s, how or what the customer is after "I'm" and a modal that is a name
//! there `after_im.rs`'s.

use super::Cue;
use super::initials::{Initials, past_initials};
use super::slips::{glued_end, possessive_stem};
use super::title::is_title_word;
use super::untitled::is_given_name;
use crate::redact::names::{is_common_english, is_name_word, is_only_a_word};
use crate::summary::may_be_name;
use crate::text::capitalised;
use crate::text::{calendar, is_combining_mark};

mod after;
pub(in crate::redact) use after::word_after;
mod after_im;
pub(crate) use after_im::is_state_word;
pub(crate) use after_im::is_tier_before_its_noun;
pub(super) use after_im::{MODAL_NAMES, ends_a_clause};
use after_im::{after_im, is_modal_name_ending_a_clause, is_state_after_im};
mod past_second;
pub(super) use past_second::{in_capitals, may_be_remembered};
mod rest;
pub(super) use rest::rest_of_name;
mod stand_ins;
mod surname;
pub(super) use stand_ins::{
    CHAT_ABBREVIATIONS, NOT_A_NAME, everyday, folded, is_lettered_noun, is_lettered_term,
    is_service, is_tech_pair, one_of,
};
pub(crate) use stand_ins::{is_not_a_name, is_place_end, stands_for_no_name};
pub(super) use surname::{follows_names, rare_or_name, surname_in_lower_case};

/// The run of letters that ends right before `at` and a single space ("Maria" before
/// "do Carmo"), as (start, end): where a name before a particle would be.
pub(in crate::redact) fn letters_before(text: &str, at: usize) -> Option<(usize, usize)> {
    let before = text.get(..at)?.strip_suffix(' ')?;
    let start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| c.is_alphabetic())
        .last()
        .map(|(i, _)| i)?;
    Some((start, before.len()))
}

/// The words of a name starting at `at`, if they can be one after `cue`, into `out`; two
/// words or more a word after the first of which ends a place's or a business's name are
/// none ("Name: Cactus Club", "It's Southside Venue"), but after "my name is"
/// ([`said_name_after`]).
pub(super) fn name_after(text: &str, at: usize, cue: Cue, out: &mut Vec<(usize, usize, Cue)>) {
    let from = out.len();
    said_name_after(text, at, cue, out);
    if out.len() > from + 1
        && out[from + 1..]
            .iter()
            .any(|&(start, end, _)| is_place_end(&text[start..end]))
    {
        out.truncate(from);
    }
}

/// The words of a name starting at `at`, if they can be one after `cue`, into `out`,
/// whatever place's name they could be: after "my name is", what follows is the name;
/// with the particles and the surname after its first word ("Jose da Silva", "Ana de la
/// Cruz"), as after a title (`title.rs` reads those itself).
pub(super) fn said_name_after(text: &str, at: usize, cue: Cue, out: &mut Vec<(usize, usize, Cue)>) {
    let from = out.len();
    first_words(text, at, cue, out);
    if cue != Cue::Title && out.len() > from {
        // A particle in lower case with no surname after it, the title's rule drops
        // ("Dr. Smith van is parked"); here it was taken as a surname, and stays one
        // ("my name is jane van").
        let taken = out[from..].to_vec();
        super::title::particles_after(text, from, out);
        if out.len() < from + taken.len() {
            out.truncate(from);
            out.extend(taken);
            surname_after_a_lone_particle(text, cue, from, out);
        }
        rest::rest_of_name(text, cue, from, out);
    }
}

/// After "my name is", a given name and a particle in lower case found as its two words
/// (`out[from..]`), the surname in lower case after the particle, when it is no common
/// word ("my name is jose da silva": a review found "silva" shown), into `out`: the
/// particle a [`Cue::Part`] (masked where it stands only), the surname the cue's.
fn surname_after_a_lone_particle(
    text: &str,
    cue: Cue,
    from: usize,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    let [_, (particle_start, particle_end, _)] = out[from..] else {
        return;
    };
    if cue != Cue::Named || !super::particles::lone_particle(&text[particle_start..particle_end]) {
        return;
    }
    let Some((start, end)) = word_after(text, particle_end) else {
        return;
    };
    let surname = &text[start..end];
    // "my name is maria de los angeles": a second particle is no surname.
    if surname.chars().count() >= 3
        && !super::particles::lone_particle(surname)
        && surname.chars().all(char::is_lowercase)
        && !is_common_english(surname)
        && !everyday(surname)
        && !is_not_a_name(surname)
    {
        out[from + 1].2 = Cue::Part;
        out.push((start, end, cue));
    }
}

/// Whether the text before `at` ends with "called" or "named" and spaces ("is called",
/// "I'm called", "a dog named"): a name in quotes follows.
fn after_called(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end().to_lowercase();
    before.ends_with("called") || before.ends_with("named")
}

/// Whether `word`, in quotes after a weak cue, may be a name's: no common English word,
/// no month nor day, no word of a known place's name ("I'm 'Anna Berg'"; not "This is
/// 'Premium Plus'", "It's 'Chicago' weather", "I'm 'Platinum' member").
fn quoted_after_a_weak_cue(word: &str) -> bool {
    // "It's 'Wi-Fi Extender'", "'T-Mobile'": a capital after a hyphen and parts of two
    // letters at most, or a part of one, make a thing's word (a review found it
    // masked); not "Smith-Jones", "Jo-Ann", "Mary-Jo".
    let letters = |part: &str| part.chars().count();
    let thing_hyphenated = word
        .split('-')
        .skip(1)
        .any(|part| part.starts_with(char::is_uppercase))
        && (word.split('-').all(|part| letters(part) <= 2)
            || word.split('-').any(|part| letters(part) == 1));
    !thing_hyphenated
        && !is_common_english(&word.to_lowercase())
        && calendar::month(word).is_none()
        && calendar::weekday(word).is_none()
        && !crate::text::places::is_known_place_word(word)
}

/// The quotes a name may open with: straight, curly, low, guillemets either way and a
/// backtick ("is called «Anna Berg»", "`Anna Berg`", "„Anna Berg“", "»Anna Berg«",
/// "’Anna Berg’": reviews found them shown).
pub(super) const OPENING_QUOTES: [char; 10] = [
    '\'', '"', '\u{2018}', '\u{2019}', '\u{201c}', '\u{201e}', '«', '»', '‹', '`',
];

/// The spaces French sets inside guillemets ("« Anna Berg »"): plain, no-break and
/// narrow no-break.
const GUILLEMET_SPACES: [char; 3] = [' ', '\u{a0}', '\u{202f}'];

/// [`said_name_after`]'s first two words at most.
fn first_words(text: &str, at: usize, cue: Cue, out: &mut Vec<(usize, usize, Cue)>) {
    // "My name is 'Anna Berg'", "is called "Anna Berg"", "«Anna Berg»": a name in quotes
    // is the name (a review found it shown); the closing quote ends it, as a comma would.
    // Guillemets may hold a space each side ("« Anna Berg »").
    let quote = text[at..]
        .strip_prefix(OPENING_QUOTES)
        .map(|rest| match text[at..].chars().next() {
            Some('«' | '»') => rest.trim_start_matches(GUILLEMET_SPACES),
            _ => rest,
        })
        .filter(|rest| rest.starts_with(char::is_alphabetic))
        .map_or(0, |rest| text.len() - at - rest.len());
    // After "This is", "It's", "I'm", quotes set off a plan's, a place's or a thing's name
    // as often ("This is 'Premium Plus'", "It's 'Chicago' weather": a review found them
    // masked and remembered): each word in them is read as unquoted, and must be no word
    // a thing's name is made of too ([`quoted_after_a_weak_cue`]).
    let quoted_after_weak = quote > 0 && cue == Cue::Weak && !after_called(text, at);
    let from = out.len();
    let mut at = at + quote;
    // "This is Judge Smith", "I'm Gen Z", "Thanks, Captain Smith": a title that is a word
    // too, capitalised or in capitals, is no word of a name; what follows it is the
    // title's to read (`title.rs`, which the same text goes through: "Judge [name]",
    // "Gen Z" no one).
    if cue != Cue::Title
        && let Some((s, e)) = word_at(text, at)
        && !text[s..e].starts_with(char::is_lowercase)
        && super::is_word_title(&text[s..e].to_lowercase())
    {
        return;
    }
    // "my name is Dr. Jane Smith", "Name: mrs jones": a title is no word of the name,
    // which follows it.
    if let Some((_, end)) = word_at(text, at).filter(|&(s, e)| is_title_word(&text[s..e])) {
        let rest = &text[end..];
        let dot = usize::from(rest.starts_with('.'));
        let spaces = rest[dot..].len() - rest[dot..].trim_start_matches([' ', '\t']).len();
        at = end + dot + spaces;
    }
    // "Dr J Smith", "Mr. A. Smith", "Dr.J.Smith": the surname after initials; after a
    // weak cue, initials with their full stop only, before a word that is no common one
    // ("I am J. Smith", not "I am A Student" nor "this is A. Good thing").
    let (mut at, initialled) = if cue == Cue::Weak {
        let past = past_initials(text, at, Initials::Dotted);
        (past, past > at)
    } else {
        (past_initials(text, at, Initials::Title), false)
    };
    // Whether the name's first word was read in capitals ([`shouted`]).
    let mut shouting = false;
    for n in 0..2 {
        let Some((start, end)) = word_at(text, at) else {
            return;
        };
        // After a title, a possessive is its stem's ("Dr Smith's nurse"): the stem is the
        // name, its "'s" stays, and no second word follows. Not after another cue: "Name:
        // Luigi's Bistro" is a business's.
        let possessive = possessive_stem(&text[start..end]).filter(|_| cue == Cue::Title);
        let word = possessive.unwrap_or(&text[start..end]);
        let end = start + word.len();
        let not_a_name = is_not_a_name(word) || is_service(word);
        // "I'm Will and I want a human": a modal that is a given name, where no verb
        // follows it, is the name (a review found "Will" shown).
        let modal_name =
            cue == Cue::Weak && n == 0 && is_modal_name_ending_a_clause(text, start, end);
        let shouted_name = cue == Cue::Weak && (n == 0 || shouting) && shouted(word, n);
        shouting |= shouted_name;
        let accepted = modal_name
            || shouted_name
            || !not_a_name
                && match cue {
                    // "my name is Jane doe", "I'm Brian white, account 123", "my name is
                    // jane doe"; not "my name is Tyler need help", "I'm Jane and i need help".
                    Cue::Named if n == 1 && !capitalised(word) => {
                        surname_in_lower_case(word, &text[end..])
                    }
                    // "I'm Brian white", not "I'm Ben weather is bad": after a weak cue, no
                    // common word but a name; so after a title ("Dr. Alexis smith").
                    Cue::Weak | Cue::Title if n == 1 && !capitalised(word) => {
                        surname_in_lower_case(word, &text[end..]) && rare_or_name(word)
                    }
                    Cue::Named => word.chars().filter(|c| c.is_alphabetic()).count() >= 2,
                    // Not a word that a reply or a greeting puts where a name would go ("It's
                    // me, Again", "I'm Stuck"), nor, to start a name after a weak cue, a
                    // plural of a thing ("Names Dates and Emails are on file", "this is Sales";
                    // after a title it may be a surname: "Dr. Sims").
                    Cue::Title | Cue::Weak | Cue::Part => {
                        capitalised(word)
                        && may_be_name(word)
                        && !everyday(word)
                        && !(cue == Cue::Weak && n == 0 && plural_of_a_word(word))
                        && !(cue == Cue::Weak && n == 0 && doing_after_im(text, start, end))
                        // "I'm Happy with it", "I am Premium member": how or what the
                        // customer is (a review found them masked, and remembered: the
                        // bot's "Are you Happy with the fix?").
                        && !(cue == Cue::Weak && n == 0 && is_state_after_im(text, start, end))
                    }
                };
        if !accepted || (initialled && n == 0 && is_only_a_word(&word.to_lowercase())) {
            return;
        }
        // "This is "Deluxe Suite"": one word in the quotes that may be no name's, and
        // none of them is.
        if quoted_after_weak && !quoted_after_a_weak_cue(word) {
            out.truncate(from);
            return;
        }
        out.push((start, end, cue));
        // The next word only after a space or two ([`word_after`]), past what a
        // slip of punctuation glued to this one ("my name is Al;exis Jo;nes").
        let end = glued_end(text, end);
        // A middle initial with its full stop before a capitalised surname ("Thanks,
        // John A. Smith Paris": a review found it shown whole) is passed, as initials
        // before the first word are: the surname is the name's. After a given name, one
        // without its full stop before a surname too ("I am Peter K Jones": a review
        // found "Jones" shown). The initial is masked with the name's words
        // (`initials.rs`).
        match word_after(text, end) {
            Some((next, _)) if possessive.is_none() && n == 0 => {
                let middle = if is_given_name(word) {
                    Initials::Middle
                } else {
                    Initials::Dotted
                };
                at = past_initials(text, next, middle);
            }
            Some((next, _)) if possessive.is_none() => at = next,
            _ => return,
        }
    }
}

/// Whether `word`, in capitals after a weak cue, is the `n`th word of a name: "I'M JOHN
/// SMITH AND I WANT A HUMAN", "HI THIS IS JOHN" (a review found them shown: a weak cue
/// takes capitalised words, and in capitals every word is one and none tells a name by
/// it). The first a given name the list holds ("JOHN"; not "I AM ANGRY", "THIS IS
/// URGENT"), the second, after it, no common English word but a name and none that
/// stands after a name ("SMITH"; not "AND", "HERE", "PLEASE").
fn shouted(word: &str, n: usize) -> bool {
    in_capitals(word)
        && !is_not_a_name(word)
        && !everyday(word)
        && match n {
            0 => is_given_name(word),
            _ => rare_or_name(word),
        }
}

/// Whether `word` is the plural of a common English word, and neither it nor its
/// singular a name that is also a word ("Dates", "Emails", "Addresses", "Policies",
/// "Sales"; not "Banks", "Miles", "Marks" or "Hills", nor "Wes" of "we" or "Ines" of
/// "in"): a weak cue's word that says what, not who.
fn plural_of_a_word(word: &str) -> bool {
    let lower = word.to_lowercase().replace('\u{2019}', "'");
    let Some(one) = lower.strip_suffix('s') else {
        return false;
    };
    // "dates" → "date", "addresses" → "address", "policies" → "policy"; a singular of
    // three letters at least.
    let sibilant = |stem: &str| {
        ["s", "x", "z", "ch", "sh"]
            .iter()
            .any(|s| stem.ends_with(s))
    };
    let singulars: Vec<String> = [
        Some(one.to_owned()),
        one.strip_suffix('e')
            .filter(|stem| sibilant(stem))
            .map(str::to_owned),
        lower.strip_suffix("ies").map(|stem| format!("{stem}y")),
    ]
    .into_iter()
    .flatten()
    .filter(|one| one.chars().count() >= 3)
    .collect();
    !is_name_word(&lower)
        && !singulars.iter().any(|one| is_name_word(one))
        && (is_common_english(&lower) || singulars.iter().any(|one| is_common_english(one)))
}

/// Whether `text[start..end]` is a verb's "-ing" form that is a common English word
/// and no name ("Going", "Calling"; not "Sterling", "Irving"), right after "I'm" or "I
/// am", with what the customer is doing after it: a word in lower case, the verb's
/// object or complement ("I'M Going home now", "I'm Trying to pay", "I'm Loving it"),
/// or a capitalised word that is only a word ("I'm Getting Married"). A review found
/// "Going" masked; a later one found "I'm Darling Smith", "I'm Banning, my card…",
/// "I'm Bowling" shown: before a surname, a comma or the end the word is the name, and
/// so after "Hi," or "This is" ("Hi, Darling here", "This is Darling calling"). "I'm
/// Manning the desk" keeps "Manning" masked: read as "man" + "ing", "I'm Harding the
/// account holder", "I'm Golding a customer" showed a surname (a review found eight).
fn doing_after_im(text: &str, start: usize, end: usize) -> bool {
    let lower = text[start..end].to_lowercase();
    if !(lower.ends_with("ing")
        && lower.chars().count() > 4
        && is_common_english(&lower)
        && !is_name_word(&lower))
    {
        return false;
    }
    after_im(text, start)
        && word_after(text, end).is_some_and(|(s, e)| {
            let next = &text[s..e];
            if next.starts_with(char::is_lowercase) {
                !matches!(next, "here" | "calling" | "speaking")
            } else {
                capitalised(next) && is_only_a_word(&next.to_lowercase())
            }
        })
}

/// The word starting at `at`: letters, their combining marks and inner apostrophes or
/// hyphens ("O'Brien", "Smith-Jones").
pub(super) fn word_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let rest = &text[at..];
    let first = rest.chars().next()?;
    if !first.is_alphabetic() {
        return None;
    }
    let mut end = at;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner = matches!(c, '\'' | '\u{2019}' | '-')
            && chars.peek().is_some_and(|&(_, next)| next.is_alphabetic());
        if !(c.is_alphabetic() || is_combining_mark(c) || inner) {
            break;
        }
        end = at + i + c.len_utf8();
    }
    Some((at, end))
}
