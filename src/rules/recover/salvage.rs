//! The rest of an item that did not parse, checked in the same run: a signal whose
//! `threshold: "2"` or `{ phrase: refund, weight: "2" }` is `S003` has its `{ phrase:
//! money back, weight: 0 }` beside it said (`S008`) at once, not once the first is fixed;
//! a trigger whose `- meta: { field: score, gte: "80" }` is `S003` has the `M001` of a
//! `matches:` in another item of its `all:` said too.
//!
//! Takes the text, an item that did not parse, its kind and the errors found in it; gives
//! the item read again with what holds each error cut out ([`cuts`]), blanked to spaces
//! so that what is left keeps its places in the file. A key the item cannot be read
//! without (its `id`, a route's `team`, a team's `name`, a template's `text`, a `when`
//! whose error is in no list, or in the only item of one) is not cut out but written
//! over with a stand-in (`stand_in`), and said so ([`Kept::over`]): what was read for
//! it is not checked. Validation checks what is left and keeps none of it: the item
//! stays out of the rule set. A `default_route` with an error in a key other than its
//! `team` is read without that key. A value to write over that is missing or too short
//! for the stand-in (`id:`, `when: 5`) has its entry written again after the item.
//! Nothing when what is left does not parse.

use serde::de::DeserializeOwned;

use crate::yaml::{Item, Node, Piece, Spanned, Tree, YamlError};

use super::super::Part;
use super::super::schema::{RawDefaultRoute, RawRuleFileEntry};
use super::Kept;

/// The items of `part` among `items` that did not parse, each read as a `T` with what
/// holds `errors` (those found in them) cut out, when it can be; with each, the keys of
/// the item something was cut out of or under.
pub(super) fn items<T: DeserializeOwned>(
    text: &str,
    items: &[Item],
    errors: &[YamlError],
    part: Part,
) -> Vec<Kept<T>> {
    if errors.is_empty() {
        return Vec::new();
    }
    items
        .iter()
        .filter(|i| i.piece.parse::<T>(text).is_err())
        .filter_map(|i| item(text, i, errors, part))
        .collect()
}

/// `item` of `part` read as a `T` with what holds `errors` cut out, and the keys of the
/// item cut out or cut under.
fn item<T: DeserializeOwned>(
    text: &str,
    item: &Item,
    errors: &[YamlError],
    part: Part,
) -> Option<Kept<T>> {
    let (start, end) = (item.piece.start, item.piece.end);
    let places: Vec<usize> = errors
        .iter()
        .map(|e| e.start)
        .filter(|at| (start..end).contains(at))
        .collect();
    if places.is_empty() {
        return None;
    }
    let tree = item.piece.nodes(text)?;
    let chains = places
        .iter()
        .map(|&at| cuts(text, part, &tree, at))
        .collect::<Option<Vec<_>>>()?;
    let chosen = choose(&chains)?;
    let mut blanked: Vec<u8> = text.as_bytes().to_vec();
    let (mut cut, mut over) = (Vec::new(), Vec::new());
    for (chain, &i) in chains.iter().zip(&chosen) {
        let c = &chain[i];
        let (from, to) = extent(text, c)?;
        blank(blanked.get_mut(from..to)?);
        let key = tree.children().iter().find(|n| holds(n, c.start));
        let key = key.and_then(|n| n.key.clone());
        if c.stand_in.is_some() {
            over.extend(key);
        } else {
            cut.extend(key);
        }
    }
    // A value too short for its stand-in, or none (`when: ~`, `id:`): the entry is
    // blanked whole and written again, stand-in and all, after the item.
    let mut again = Vec::new();
    for (chain, &i) in chains.iter().zip(&chosen) {
        let c = &chain[i];
        let Some(words) = c.stand_in else {
            continue;
        };
        if stand_in::write(&mut blanked, text, c.start, c.end, words).is_none() {
            let entry = tree.children().iter().find(|n| holds(n, c.start))?;
            let (from, to) = extent(text, &self::cut(entry, None))?;
            blank(blanked.get_mut(from..to)?);
            again.push((entry.key.clone()?, words));
        }
    }
    let tail = stand_in::tail(&mut blanked, text, &item.piece, &tree, &again)?;
    // Blanking whole nodes replaces whole characters, every byte of them.
    let blanked = String::from_utf8(blanked).ok()?;
    item.piece
        .parse_with::<T>(&blanked, &tail)
        .ok()
        .map(|item| Kept { item, cut, over })
}

/// Writes spaces over `bytes`, but line breaks: each line keeps its number.
fn blank(bytes: &mut [u8]) {
    for b in bytes {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// The `default_route` of the top-level entry `piece` read with the keys that hold
/// `errors` cut out (an unknown key, a wrong `description`), for its `team` to be checked;
/// `None` when an error is in the `team` or not in a key of it.
pub(super) fn default_route(
    text: &str,
    piece: &Piece,
    errors: &[YamlError],
) -> Option<Spanned<RawDefaultRoute>> {
    let tree = piece.nodes(text)?;
    let [entry] = tree.children() else {
        return None;
    };
    let Tree::Map(keys) = &entry.value else {
        return None;
    };
    let mut blanked: Vec<u8> = text.as_bytes().to_vec();
    let mut any = false;
    for at in errors.iter().map(|e| e.start) {
        if !(piece.start..piece.end).contains(&at) {
            continue;
        }
        let key = keys.iter().find(|n| holds(n, at))?;
        if key.key.as_deref() == Some("team") {
            return None;
        }
        let (from, to) = extent(text, &cut(key, None))?;
        blank(blanked.get_mut(from..to)?);
        any = true;
    }
    let blanked = String::from_utf8(blanked).ok()?;
    any.then(|| piece.parse::<RawRuleFileEntry>(&blanked).ok())
        .flatten()?
        .default_route
}

/// What may be cut out for an error: a node, and the list it is an item of (its first
/// item's start, and how many it has), if any.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Cut {
    start: usize,
    end: usize,
    flow: bool,
    /// In a block list: its `-` goes with it.
    block_item: bool,
    list: Option<(usize, usize)>,
    /// What a value is written over with rather than cut out: its key is needed.
    stand_in: Option<&'static [&'static str]>,
}

/// The nodes that may be cut out for an error at byte `at` of an item of `part` whose
/// tree is `item`, the innermost first; `None` when none may.
fn cuts(text: &str, part: Part, item: &Tree, at: usize) -> Option<Vec<Cut>> {
    let Tree::Map(entries) = item else {
        return None;
    };
    let entry = entries.iter().find(|n| holds(n, at))?;
    let key = entry.key.as_deref()?;
    // Keys an item cannot be read without: their values are written over with a
    // stand-in (`_`), and what was read for them is not checked ([`Kept::lost`]).
    let needed: &[&str] = match part {
        Part::Signals | Part::Triggers => &["id"],
        Part::Routes => &["id", "team"],
        Part::Teams => &["id", "name"],
        Part::Templates => &["id", "text"],
        Part::DefaultRoute => return None,
    };
    let mut cuts = Vec::new();
    match (part, key) {
        (Part::Signals, "phrases" | "regex" | "exclude") => listed(&entry.value, at, &mut cuts),
        (Part::Triggers | Part::Routes, "when") => conditions(&entry.value, None, at, &mut cuts),
        // A bridge of one trigger: the others are read without it.
        (Part::Teams, "bridges") => {
            if let Tree::Map(bridges) = &entry.value {
                cuts.extend(bridges.iter().find(|n| holds(n, at)).map(|n| cut(n, None)));
            }
        }
        _ => {}
    }
    if needed.contains(&key) {
        cuts.push(written_over(text, entry, stand_in::TEXT));
    } else if key == "when" && matches!(part, Part::Triggers | Part::Routes) {
        // A condition in no list, or the only one left of its list: the condition is
        // written over, for the rest of the item to be read.
        cuts.push(written_over(text, entry, stand_in::CONDITION));
    } else {
        cuts.push(cut(entry, None));
    }
    (!cuts.is_empty()).then_some(cuts)
}

/// Whether `node` holds byte `at`.
fn holds(node: &Node, at: usize) -> bool {
    node.start <= at && at <= node.end
}

fn cut(node: &Node, list: Option<(usize, usize)>) -> Cut {
    Cut {
        start: node.start,
        end: node.end,
        flow: node.flow,
        block_item: list.is_some() && !node.flow,
        list,
        stand_in: None,
    }
}

/// The value of the entry `entry` (a key the item cannot be read without), to be written
/// over with `words` ([`stand_in`]); an empty stretch at the entry's end when it has
/// none (the entry is then written again after the item).
fn written_over(text: &str, entry: &Node, words: &'static [&'static str]) -> Cut {
    Cut {
        start: stand_in::value_start(text, entry.start, entry.end).unwrap_or(entry.end),
        end: entry.end,
        flow: false,
        block_item: false,
        list: None,
        stand_in: Some(words),
    }
}

/// The list `value`'s item that holds `at`, if `value` is a list.
fn listed(value: &Tree, at: usize, cuts: &mut Vec<Cut>) {
    if let Tree::List(items) = value
        && let Some(item) = items.iter().find(|n| holds(n, at))
    {
        cuts.push(cut(item, Some((items[0].start, items.len()))));
    }
}

/// In a condition (`value`, under the key `owner`), the items that hold `at` of the
/// lists of conditions (`all:`, `any:`) and of a `message`'s `phrases:` and `regex:`,
/// the innermost first.
fn conditions(value: &Tree, owner: Option<&str>, at: usize, cuts: &mut Vec<Cut>) {
    let Some(node) = value.children().iter().find(|n| holds(n, at)) else {
        return;
    };
    conditions(&node.value, node.key.as_deref(), at, cuts);
    if matches!(value, Tree::List(_)) && matches!(owner, Some("all" | "any" | "phrases" | "regex"))
    {
        listed(value, at, cuts);
    }
}

/// Which cut of each chain to make: the innermost, or the next one out for every error
/// whose cut would leave its list empty.
fn choose(chains: &[Vec<Cut>]) -> Option<Vec<usize>> {
    let mut chosen = vec![0; chains.len()];
    loop {
        let mut emptied = None;
        for (chain, &i) in chains.iter().zip(&chosen) {
            let Some((first, len)) = chain[i].list else {
                continue;
            };
            let mut items: Vec<usize> = chains
                .iter()
                .zip(&chosen)
                .map(|(c, &j)| c[j])
                .filter(|c| c.list == Some((first, len)))
                .map(|c| c.start)
                .collect();
            items.sort_unstable();
            items.dedup();
            if items.len() >= len {
                emptied = Some((first, len));
                break;
            }
        }
        let Some(list) = emptied else {
            return Some(chosen);
        };
        for (chain, i) in chains.iter().zip(&mut chosen) {
            if chain[*i].list == Some(list) {
                *i += 1;
                if *i >= chain.len() {
                    return None;
                }
            }
        }
    }
}

/// The bytes to blank for `cut` in `text`: a block list's item with its `-`, a flow
/// collection's entry or item with a comma beside it.
fn extent(text: &str, cut: &Cut) -> Option<(usize, usize)> {
    let (mut from, mut to) = (cut.start, cut.end);
    let space = |c: char| c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if cut.block_item {
        let before = text.get(..from)?.trim_end_matches(space);
        before.ends_with('-').then_some(())?;
        from = before.len() - 1;
    } else if cut.flow {
        let after = text.get(to..)?;
        let rest = after.trim_start_matches(space);
        if rest.starts_with(',') {
            to += after.len() - rest.len() + 1;
        } else {
            let before = text.get(..from)?.trim_end_matches(space);
            if before.ends_with(',') {
                from = before.len() - 1;
            }
        }
    }
    Some((from, to))
}

mod stand_in;

#[cfg(test)]
mod tests;
