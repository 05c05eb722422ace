//! Which of the replay table's five columns share a column, for [`super::TableWriter`]:
//! takes the rows (escaped) and the width, gives the widest stacking whose ids,
//! timestamps and trigger ids are whole beside a bridge message of [`BRIDGE_MIN`] (an id
//! wider than the whole width aside, and one that only one column keeps whole but that
//! breaks after its hyphens), else one column of everything; and each column's cells,
//! ids broken at a hyphen where one is wider than its column. Does not lay the table
//! out: `table.rs` does.

use super::HEADER;
use crate::report::fit;

/// The narrowest a bridge message column may get before the short columns are stacked.
const BRIDGE_MIN: u16 = 24;

/// Which of the five columns share a column, one under the other: a narrow terminal
/// stacks the short columns (the turn under the conversation, the route under the
/// trigger) rather than split their ids; the bridge message has its own while it can
/// be [`BRIDGE_MIN`] wide beside them, else it goes under them too.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Stack {
    /// Five columns side by side.
    None,
    /// Conversation and turn, why and route, bridge message.
    Pairs,
    /// Everything but the bridge message in one column.
    Left,
    /// One column: each row's cells one under the other, the rows ruled apart.
    Single,
}

impl Stack {
    /// The five columns' indices in each column shown.
    pub(super) fn groups(self) -> &'static [&'static [usize]] {
        match self {
            Stack::None => &[&[0], &[1], &[2], &[3], &[4]],
            Stack::Pairs => &[&[0, 1], &[2, 3], &[4]],
            Stack::Left => &[&[0, 1, 2, 3], &[4]],
            Stack::Single => &[&[0, 1, 2, 3, 4]],
        }
    }

    /// The columns shown: the cells of a group one under the other. A cell but the
    /// bridge message's (running text, which the table wraps between words) has its
    /// words wider than its column's `room` broken ([`break_words`]): `room` holds the
    /// contents' width of each column, or is empty when every word fits.
    pub(super) fn cells(self, row: &[String; 5], room: &[u16]) -> Vec<String> {
        self.groups()
            .iter()
            .enumerate()
            .map(|(column, group)| {
                let parts: Vec<String> = group
                    .iter()
                    .map(|&i| match room.get(column) {
                        Some(&room) if i != 4 => break_words(&row[i], room),
                        _ => row[i].clone(),
                    })
                    .filter(|cell| !cell.is_empty())
                    .collect();
                parts.join("\n")
            })
            .collect()
    }

    /// The first stacking whose columns fit in `width` with their longest words whole
    /// (however long: an id of 45 characters is not split where there is room for it)
    /// and [`BRIDGE_MIN`] left for the bridge message beside them; else one column.
    /// With it, the room of each column's contents where a word must be broken (else
    /// empty: every word fits), as [`Stack::cells`] takes it.
    ///
    /// A word wider than one column of the whole width (an id of 200 characters) is
    /// broken in any stacking, so it does not choose one: the others do, and its column
    /// gets their width, widened to [`ID_ROOM`] where the width leaves that much.
    ///
    /// So is an id that fits the width but no stacking beside the bridge message (67
    /// characters at 80 columns), where the table would otherwise be one column: the
    /// words wider than [`ID_ROOM`] are broken as that one is, when that leaves the other
    /// words a stacking and each of those words breaks after its hyphens only; a row
    /// with such an id does not make every row one column. One that would be cut inside
    /// a run of letters (`enterprisediscountrequest…`) keeps the table one column,
    /// where it is whole.
    pub(super) fn choose(width: u16, rows: &[[String; 5]]) -> (Stack, Vec<u16>) {
        let most = super::single_room(width);
        let chosen = Stack::choose_breaking(width, rows, most);
        if chosen.0 != Stack::Single || most <= ID_ROOM {
            return chosen;
        }
        let (stack, room) = Stack::choose_breaking(width, rows, ID_ROOM);
        let at_hyphens = stack != Stack::Single
            && stack.groups().iter().zip(&room).all(|(group, &room)| {
                rows.iter().all(|row| {
                    group
                        .iter()
                        .filter(|&&i| i != 4)
                        .all(|&i| breaks_at_hyphens(&row[i], room))
                })
            });
        if at_hyphens { (stack, room) } else { chosen }
    }

    /// [`Stack::choose`], with the words (but the bridge message's) wider than `past`
    /// broken in any stacking.
    fn choose_breaking(width: u16, rows: &[[String; 5]], past: u16) -> (Stack, Vec<u16>) {
        let most = super::single_room(width);
        let mut words = [0u16; 5];
        let mut broken = [false; 5];
        for row in std::iter::once(&HEADER.map(str::to_owned)).chain(rows) {
            for (i, cell) in row.iter().enumerate() {
                // An id is one word, spaces and all (cli42).
                let word = if i == 0 {
                    fit::whole_line(cell)
                } else {
                    fit::whole_word(cell)
                };
                if i != 4 && word > past {
                    broken[i] = true;
                } else {
                    words[i] = words[i].max(word);
                }
            }
        }
        let contents = |stack: Stack| -> Vec<u16> {
            stack
                .groups()
                .iter()
                .map(|group| {
                    if group.contains(&4) {
                        BRIDGE_MIN
                    } else {
                        group.iter().map(|&i| words[i]).max().unwrap_or(0)
                    }
                })
                .collect()
        };
        let Some(stack) = [Stack::None, Stack::Pairs, Stack::Left]
            .into_iter()
            .find(|&stack| fit::table_width(&contents(stack)) <= u32::from(width))
        else {
            return (Stack::Single, vec![most]);
        };
        if !broken.contains(&true) {
            return (stack, Vec::new());
        }
        let mut room = contents(stack);
        let mut spare = u32::from(width).saturating_sub(fit::table_width(&room));
        for (column, group) in stack.groups().iter().enumerate() {
            if group.iter().any(|&i| broken[i]) {
                let wider = u32::from(ID_ROOM.saturating_sub(room[column])).min(spare);
                spare -= wider;
                room[column] += u16::try_from(wider).unwrap_or(0);
            }
        }
        (stack, room)
    }
}

/// How wide the column of an id broken in any stacking may get, where the width leaves
/// the room: as wide as ids were once split at.
const ID_ROOM: u16 = 40;

/// `text` with each word wider than `room` (display columns) broken over lines: after
/// its last hyphen that leaves the line no wider than `room`, else (no hyphen there) at
/// `room` itself; a line of one character wider than `room` is that character. Words
/// that fit, and the line breaks, are as they were.
pub(super) fn break_words(text: &str, room: u16) -> String {
    use unicode_width::UnicodeWidthStr;
    let room = usize::from(room.max(1));
    if fit::whole_word(text) <= u16::try_from(room).unwrap_or(u16::MAX) {
        return text.to_owned();
    }
    let lines: Vec<String> = text
        .split('\n')
        .map(|line| {
            let words: Vec<String> = line
                .split(' ')
                .map(|word| {
                    if word.width() <= room {
                        return word.to_owned();
                    }
                    let mut pieces = Vec::new();
                    let mut rest = word;
                    while rest.width() > room {
                        let cut = cut_at(rest, room);
                        pieces.push(&rest[..cut]);
                        rest = &rest[cut..];
                    }
                    // Empty when its last character alone was wider than `room`.
                    if !rest.is_empty() {
                        pieces.push(rest);
                    }
                    pieces.join("\n")
                })
                .collect();
            words.join(" ")
        })
        .collect();
    lines.join("\n")
}

/// Whether `text`, its words wider than `room` broken ([`break_words`]), is broken
/// after hyphens only: no word cut inside a run of letters.
fn breaks_at_hyphens(text: &str, room: u16) -> bool {
    text.split_whitespace().all(|word| {
        let broken = break_words(word, room);
        let pieces: Vec<&str> = broken.split('\n').collect();
        pieces
            .split_last()
            .is_none_or(|(_, before)| before.iter().all(|p| p.ends_with('-')))
    })
}

/// Where to break `word` (wider than `room`): [`cut_in`]'s place, moved before an
/// escape it would split (`\u{1b}`, `\n`: an id's control character, shown as the
/// id is escaped), or after it where the escape starts the word: an escape is read
/// whole, never `\u` at a line's end and `{1b}` at the next one's start.
fn cut_at(word: &str, room: usize) -> usize {
    let cut = cut_in(word, room);
    match escapes(word).find(|&(start, end)| start < cut && cut < end) {
        Some((0, end)) => end,
        Some((start, _)) => start,
        None => cut,
    }
}

/// The byte ranges of the escapes in `word`: a backslash and `n`, `r`, `t` or another
/// backslash, or `u{…}` of hex digits.
fn escapes(word: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = word.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while let Some(found) = bytes.get(at..)?.iter().position(|&b| b == b'\\') {
            let start = at + found;
            let rest = &bytes[start + 1..];
            let len = match rest {
                [b'n' | b'r' | b't' | b'\\', ..] => Some(2),
                [b'u', b'{', tail @ ..] => tail
                    .iter()
                    .position(|&b| !b.is_ascii_hexdigit())
                    .filter(|&hex| hex > 0 && tail[hex] == b'}')
                    .map(|hex| hex + 4),
                _ => None,
            };
            at = start + len.unwrap_or(1);
            if let Some(len) = len {
                return Some((start, start + len));
            }
        }
        None
    })
}

/// Where to break `word` (wider than `room`), escapes aside: the byte offset after the
/// last hyphen of its first `room` columns (but a hyphen it starts with), else after
/// those columns (one character fewer where the next is a hyphen), at least one
/// character in.
fn cut_in(word: &str, room: usize) -> usize {
    use unicode_width::UnicodeWidthChar;
    let mut used = 0;
    let mut end = 0;
    let mut hyphen = None;
    for (i, c) in word.char_indices() {
        used += c.width().unwrap_or(0);
        if used > room {
            break;
        }
        end = i + c.len_utf8();
        if c == '-' && i > 0 {
            hyphen = Some(end);
        }
    }
    match (hyphen, end) {
        (Some(after), _) => after,
        (None, 0) => word.chars().next().map_or(word.len(), char::len_utf8),
        // A hyphen just past the room would start the next line: the line gives it
        // its last character instead (`abcdefghijklmno` / `p-qrst`), so the word
        // breaks after a hyphen or within a run of letters, never before a hyphen.
        (None, end) if word[end..].starts_with('-') => word[..end]
            .char_indices()
            .last()
            .map_or(end, |(last, _)| if last > 0 { last } else { end }),
        (None, end) => end,
    }
}

#[cfg(test)]
mod tests;
