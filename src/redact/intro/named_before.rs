//! A name read before what ends it: a text, where a name may start and a test of what
//! follows it → the capitalised words of the name that end where the test passes
//! ("Regards, Tyler Jones", "Tyler here", "Siobhan Aoife Kelly Byrne here"). Finds; the
//! cues (a sign-off, "here") are `intro.rs`'s and `its_and_here.rs`'s.

use super::words::{everyday, is_service, may_be_remembered, name_after};
use super::{Cue, courtesy, glued_end, is_given_name, title};

/// The capitalised words of a name starting at `at` (as after [`Cue::Weak`]) when what
/// follows them passes `then`, into `out`.
pub(super) fn name_before(
    text: &str,
    at: usize,
    then: impl Fn(&str) -> bool,
    out: &mut Vec<(usize, usize, Cue)>,
) {
    let mut words = Vec::new();
    name_after(text, at, Cue::Weak, &mut words);
    read_on_before(text, &mut words);
    if words.iter().any(|&(s, e, _)| everyday(&text[s..e]))
        || words.first().is_some_and(|&(s, e, _)| courtesy(text, s, e))
    {
        return;
    }
    // The last word may be what follows ("Tyler Here"): the name is the words before
    // what passes.
    while let Some(&(_, end, _)) = words.last() {
        // Past what a slip of punctuation glued to it ("Regards, Har;per").
        if then(&text[glued_end(text, end)..]) {
            out.extend(words);
            return;
        }
        words.pop();
    }
}

/// The most words [`name_before`] reads a name to ("Siobhan Aoife Kelly Byrne here").
const MOST_BEFORE: usize = 6;

/// After the first two capitalised words of a name before what ends it (`words`: "here",
/// a sign-off's end), the words after them shaped as a name's third, into `words`:
/// "Siobhan Aoife Kelly Byrne here, I booked", "Thanks, Mary Ann Smith" (a review found
/// them shown whole: two words were read, and what followed them was no "here" nor the
/// end). Each a [`Cue::Weak`], remembered, when the first two are given names and up
/// to a place's or a business's word ([`may_be_remembered`]), a [`Cue::Part`], masked
/// where it stands only, otherwise, as after a relative set off by commas (`kin.rs`).
fn read_on_before(text: &str, words: &mut Vec<(usize, usize, Cue)>) {
    let [(first, first_end, _), (second, second_end, _)] = words[..] else {
        return;
    };
    let mut cue =
        if is_given_name(&text[first..first_end]) && is_given_name(&text[second..second_end]) {
            Cue::Weak
        } else {
            Cue::Part
        };
    let (mut start, mut end) = (second, second_end);
    while words.len() < MOST_BEFORE {
        let mut next = Vec::new();
        title::third_word(text, &text[start..end], end, &mut next);
        // "Thanks, John Smith Netflix": a service's name is no one's.
        let Some(&(next_start, next_end, _)) =
            next.first().filter(|&&(s, e, _)| !is_service(&text[s..e]))
        else {
            return;
        };
        // A place's or a business's word and those after it: here only.
        if !may_be_remembered(&text[next_start..next_end]) {
            cue = Cue::Part;
        }
        words.push((next_start, next_end, cue));
        (start, end) = (next_start, next_end);
    }
}
