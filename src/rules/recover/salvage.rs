//! The rest of an item that did not parse, checked in the same run: a signal whose
//! `threshold: "2"` or `{ phrase: refund, weight: "2" }` is `S003` has its `{ phrase:
//! money back, weight: 0 }` beside it said (`S008`) at once, not once the first is fixed;
//! a trigger whose `- meta: { field: score, gte: "80" }` is `S003` has the `M001` of a
//! `matches:` in another item of its `all:` said too.
//!
//! Takes the text, an item that did not parse, its kind and the errors found in it; gives
//! the item read again with what holds each error cut out ([`cuts`]), blanked to spaces
//! so that what is left keeps its places in the file. Validation checks what is left and
//! keeps none of it: the item stays out of the rule set. Nothing when an error is in a
//! key the rest cannot be read without (`id`, a trigger's `when` outside the items of
//! its lists, a signal's `builtin`, whose lexicon its weights are read against), when
//! cutting would empty a list (an empty `all:` would be an error of its own), or when
//! what is left does not parse.

use serde::de::DeserializeOwned;

use crate::yaml::{Item, Node, Tree, YamlError};

use super::super::Part;

/// The items of `part` among `items` that did not parse, each read as a `T` with what
/// holds `errors` (those found in them) cut out, when it can be; with each, the keys of
/// the item something was cut out of or under.
pub(super) fn items<T: DeserializeOwned>(
    text: &str,
    items: &[Item],
    errors: &[YamlError],
    part: Part,
) -> Vec<(T, Vec<String>)> {
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
) -> Option<(T, Vec<String>)> {
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
        .map(|&at| cuts(part, &tree, at))
        .collect::<Option<Vec<_>>>()?;
    let chosen = choose(&chains)?;
    let mut blanked: Vec<u8> = text.as_bytes().to_vec();
    let mut touched = Vec::new();
    for (chain, &i) in chains.iter().zip(&chosen) {
        let cut = &chain[i];
        let (from, to) = extent(text, cut)?;
        for b in blanked.get_mut(from..to)? {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
        let key = tree.children().iter().find(|n| holds(n, cut.start));
        touched.extend(key.and_then(|n| n.key.clone()));
    }
    // Blanking whole nodes replaces whole characters, every byte of them.
    let blanked = String::from_utf8(blanked).ok()?;
    item.piece.parse::<T>(&blanked).ok().map(|t| (t, touched))
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
}

/// The nodes that may be cut out for an error at byte `at` of an item of `part` whose
/// tree is `item`, the innermost first; `None` when none may.
fn cuts(part: Part, item: &Tree, at: usize) -> Option<Vec<Cut>> {
    let Tree::Map(entries) = item else {
        return None;
    };
    let entry = entries.iter().find(|n| holds(n, at))?;
    let key = entry.key.as_deref()?;
    let needed: &[&str] = match part {
        Part::Signals => &["id", "builtin"],
        Part::Triggers => &["id", "when"],
        Part::Routes => &["id", "when", "team"],
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
    if !needed.contains(&key) {
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

#[cfg(test)]
mod tests;
