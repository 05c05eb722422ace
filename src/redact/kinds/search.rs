//! The search of one kind's pattern: a kind, its regex, a text and the spans taken so far
//! → the spans of that kind taken too, each after the checks that keep what only looks
//! like one (its own, where it starts and ends, whether it stands alone), and, where a
//! match takes in a group too many, the run of its groups that is one. Each match costs
//! work bounded by its own length. Finds; the patterns and checks are `kinds.rs`'s.

use regex::Regex;

use super::bounds::{ends_clean, stands_alone, starts_clean};
use super::numbers::{card_in_run, iban_ends};
use super::taken::Taken;
use super::{Kind, after_thing_label, is_group_separator, is_space};

/// Takes the spans of `kind` in `text` that none taken overlaps.
pub(super) fn search(kind: Kind, re: &Regex, text: &str, taken: &mut Taken) {
    // Where the next search starts: after the last match, or after the part of it that
    // was taken (a phone number before another one: "06 12 34 56 78 555 123 4567" is
    // matched as far as "555", and "555 123 4567" is the next one), or at the next group
    // of one that ran into a number found before.
    let mut at = 0;
    while at < text.len() {
        let Some(m) = re.find_at(text, at) else {
            break;
        };
        at = m.end();
        let start = m.start();
        // A card or phone number starts no run of digits another digit is before (nor
        // a `+` or `(` after one): the search goes on after the run, a long run of
        // digits one step, not one per 19 digits, each looking into the rest of it.
        // A digit of a number taken already is its mask's `]` ("4111 1111 1111
        // 1111+1 555 010 0199" is `[card][phone]`).
        if matches!(kind, Kind::Card | Kind::Phone)
            && text[..start].ends_with(|c: char| c.is_ascii_digit())
            && taken.room_around(start, start, text.len()).0 != start
        {
            let digits = text[start..].bytes().take_while(u8::is_ascii_digit).count();
            // `+` and `(` are one byte.
            at = start + digits.max(1);
            continue;
        }
        // Groups of digits that run into a number found before ("123-45-6789 555 123
        // 4567") may hold one from their next group on: unless a number is taken from
        // them below, the search goes on there.
        if matches!(kind, Kind::Card | Kind::Phone)
            && taken.overlaps(start, m.end())
            && let Some((next, sep)) = m
                .as_str()
                .char_indices()
                .find(|&(_, c)| is_group_separator(c))
        {
            at = start + next + sep.len_utf8();
        }
        // An IBAN's letters may be taken in by a run of words before it ("ab12 then
        // GB82…"): one that is none is looked for again from its next character.
        if kind == Kind::Iban {
            at = start + m.as_str().chars().next().map_or(1, char::len_utf8);
        }
        // An address that runs into a number taken since ("06.12.34.56" of
        // "…-06.12.34.56.78", a code's "06" taken) may start after it: looked for again
        // from its next digit (ASCII: one byte).
        if kind == Kind::Ip && taken.overlaps(start, m.end()) {
            at = start + 1;
        }
        // Groups of digits that start inside a word (an id) and none of which is taken
        // from: their next group may start a number ("ORD498722359903 555 123 4567": the
        // phone number is the last three groups). Not groups that start clean: the tail
        // of a long reference is no phone number. The match is at most a few groups
        // long, so each is looked at a few times. Nor the tail of a long reference; but
        // a first group a space parts from groups written with other separators is a
        // number of its own ("PIN 1234 1-555-123-4567": a PIN, then a phone number; not
        // "1234 5698 7654 33").
        let next_group = matches!(kind, Kind::Card | Kind::Phone)
            .then(|| {
                m.as_str()
                    .char_indices()
                    .find(|&(_, c)| is_group_separator(c))
            })
            .flatten()
            .filter(|&(i, c)| {
                !starts_clean(kind, text, start, taken)
                    || (kind == Kind::Phone
                        && is_space(c)
                        && m.as_str()[i + c.len_utf8()..]
                            .chars()
                            .find(|&c| is_group_separator(c))
                            .is_some_and(|c| !is_space(c)))
            })
            .map(|(i, c)| start + i + c.len_utf8());
        let whole = (kind.accepts(m.as_str())
            && !(kind == Kind::Id && after_thing_label(text, start))
            && !taken.overlaps(start, m.end())
            && ends_clean(kind, text, start, m.end(), taken)
            && !(kind == Kind::Phone && cuts_a_number(text, m.end(), taken)))
        .then_some(m.end());
        let Some((start, end)) = (match kind {
            _ if whole.is_some() => whole.map(|end| (start, end)),
            // A card number beside other numbers ("… 1111 12/27", "… 1111 123", "qty 2
            // 4111 …"): the pattern takes in a group too many, and the whole fails the
            // checksum; the card is then the longest run of whole groups, written as
            // cards are, that passes.
            Kind::Card => card_in_run(text, start, m.end()),
            // A phone number before a card or another number ("call 020 7946 0958 4111
            // …"): the pattern takes the next groups in too; the longest run of its
            // first groups that is one.
            Kind::Phone => group_ends(m.as_str())
                .map(|len| start + len)
                .find(|&end| {
                    kind.accepts(&text[start..end])
                        && !taken.overlaps(start, end)
                        && !cuts_a_number(text, end, taken)
                })
                .map(|end| (start, end)),
            // An IBAN before another number or glued to a word
            // ("GB82WEST12345698765432 555 …", "…3000please"): the longest run of its
            // first groups, or up to where its digits meet letters, that is one.
            Kind::Iban => iban_ends(m.as_str())
                .map(|len| start + len)
                .find(|&end| kind.accepts(&text[start..end]) && !taken.overlaps(start, end))
                .map(|end| (start, end)),
            _ => None,
        }) else {
            at = next_group.unwrap_or(at).min(at);
            continue;
        };
        if !taken.overlaps(start, end)
            && starts_clean(kind, text, start, taken)
            && ends_clean(kind, text, start, end, taken)
            && stands_alone(kind, text, start, end, taken)
        {
            taken.push((start, end, kind.mask()));
            at = if end < m.end() { end } else { m.end() };
        } else {
            at = next_group.unwrap_or(at).min(at);
        }
    }
}

/// The ends of `found`'s groups but the last (before each separator), last first.
fn group_ends(found: &str) -> impl Iterator<Item = usize> + '_ {
    found
        .char_indices()
        .rev()
        .filter(|&(_, c)| is_group_separator(c))
        .map(|(i, _)| i)
}

/// Whether a number ending at `end` would be cut from a group the text goes on with: a
/// dot, slash or dash then a digit ("0044 20 7946 0958 06|.12.34.56.78"), which only a
/// space may part from another number; not a digit of a number taken already, which its
/// mask stands for ("06 12 34 56 78-4111 1111 1111 1111" is `[phone]-[card]`).
fn cuts_a_number(text: &str, end: usize, taken: &Taken) -> bool {
    let mut rest = text[end..].chars();
    let Some(sep) = rest
        .next()
        .filter(|&c| is_group_separator(c) && !is_space(c))
    else {
        return false;
    };
    let digit = end + sep.len_utf8();
    rest.next().is_some_and(|c| c.is_ascii_digit()) && !taken.overlaps(digit, digit + 1)
}
