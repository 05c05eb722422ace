//! What a key takes, in words: the keys down to a value where one text belongs and a
//! list or mapping is (`teams`, an item, `agent`) → "`agent` takes one agent name (the
//! name the human signs with), written as text; found a list". It reads only the keys'
//! names: where the value is and what was found are [`super::place`]'s.
//!
//! One table serves every YAML file handoff reads (rule files, rule tests, mapping files,
//! `.handoff.yaml`): a key that means one thing in one file and another elsewhere is told
//! apart by the keys above it (`agent` of a team is a name, of a rule test's message a
//! message). A key the table does not know says "one value".

use std::cell::RefCell;

/// Where one text belongs and a collection is (`found`: `a list`, `a mapping`), what the
/// value at `path` (the keys down to it, `None` for an item of a list) takes and what was
/// found: "`team` takes one team id, written as text; found a list", where serde-saphyr
/// says only "expected text". An item of a list says which list and what an item is
/// ("each item of `exclude` is one phrase, written as text; found a list"); a value
/// under no key at all, "expected text, found a list".
pub(super) fn text_expected(path: &[Option<String>], found: &str) -> String {
    let outer = LIST.with(|list| list.borrow().clone());
    let names: Vec<&str> = (outer.iter().flat_map(|list| [list.as_str(), ITEM]))
        .chain(path.iter().map(|key| key.as_deref().unwrap_or(ITEM)))
        .collect();
    let Some((&key, above)) = names.split_last() else {
        return format!("expected text, found {found}");
    };
    if key == ITEM {
        // The list's key, past the items of lists of lists.
        let Some(list) = above.iter().rev().find(|&&k| k != ITEM) else {
            return format!("expected text, found {found}");
        };
        let is = item_of(list, above);
        return format!(
            "each item of `{}` is {is}, written as text; found {found}",
            crate::text::shown(list)
        );
    }
    let parent = above.last().copied().unwrap_or_default();
    if parent == "bridges" {
        // A team's `bridges:` is keyed by trigger id.
        return format!(
            "the bridge of trigger `{}` takes one bridge-message template, written as text; found {found}",
            crate::text::shown(key)
        );
    }
    let takes = key_takes(key, above);
    format!(
        "`{}` takes {takes}, written as text; found {found}",
        crate::text::shown(key)
    )
}

thread_local! {
    /// The key of the top-level list whose item alone is being read ([`in_list`]).
    static LIST: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `read`, a read of an item of the top-level list `list` alone (one of `teams:`,
/// whose keys the read does not see), so that [`text_expected`] says what a key of it
/// takes as it would in place; then restores the previous list (also if `read` unwinds).
pub(super) fn in_list<R>(list: Option<&str>, read: impl FnOnce() -> R) -> R {
    struct Restore(Option<String>);
    impl Drop for Restore {
        fn drop(&mut self) {
            LIST.with(|list| *list.borrow_mut() = self.0.take());
        }
    }
    let before = LIST.with(|l| l.replace(list.map(str::to_owned)));
    let _restore = Restore(before);
    read()
}

/// How an item of a list reads in [`text_expected`]'s path.
const ITEM: &str = "";

/// What `key` takes, `above` being the keys down to its mapping (`ITEM` for an item).
fn key_takes(key: &str, above: &[&str]) -> &'static str {
    let under = |key: &str| above.contains(&key);
    // A top-level key of a mapping file, or one under `input:` in `.handoff.yaml`.
    let in_mapping = |section: &str| {
        above.last() == Some(&section) && matches!(&above[..above.len() - 1], [] | ["input"])
    };
    match key {
        "id" => match above {
            [.., "signals", ITEM] => "one signal id",
            [.., "triggers", ITEM] => "one trigger id",
            [.., "routes", ITEM] => "one route id",
            [.., "teams", ITEM] => "one team id",
            [.., "templates", ITEM] => "one template id",
            _ => "one id",
        },
        "team" => "one team id",
        "route" => "one route id",
        "signal" => "one signal id",
        "trigger" => "one trigger id",
        "bridge_template" => "one template id (from `templates:`)",
        "name" if under("teams") => "one display name, such as `Senior Account Executives`",
        "name" if under("tests") => "one name for the case",
        "name" => "one name",
        "description" => "one description",
        "reason" => "one reason, a phrase that reads after \"stepping in to …\"",
        "field" => "one metadata field name, such as `plan`",
        "matches" | "pattern" => "one regular expression",
        "phrase" => "one phrase",
        "between" => "one time range, `HH:MM-HH:MM`",
        "tz" | "timestamp_tz" => "one time zone name",
        "time" => "one timestamp, such as `2024-03-01 09:15:00`",
        "date_order" => "one date order, `day-first` or `month-first`",
        "delimiter" => "one delimiter (`,`, `;`, `tab` or `|`)",
        "customer" | "bot" | "agent" if under("messages") => "one message",
        "agent" => "one agent name (the name the human signs with)",
        "bridge" if under("expect") => "the whole bridge message expected",
        "bridge_contains" => "one part of the bridge message expected",
        "bridge" | "text" if under("teams") || under("templates") => "one bridge-message template",
        _ if in_mapping("columns") || in_mapping("meta") => "one column name",
        _ => "one value",
    }
}

/// What an item of the list `list` is, `above` being the keys down to it.
fn item_of(list: &str, above: &[&str]) -> &'static str {
    match list {
        "exclude" => "one phrase of the built-in lexicon",
        "triggers" if above.contains(&"expect") => "one trigger id",
        "ignore_columns" => "one column name",
        "allow" | "warn" | "deny" => "one check code or name, such as `L002`",
        "days" => "one weekday or range of them, such as `mon` or `mon-fri`",
        _ => "one value",
    }
}

#[cfg(test)]
mod tests {
    use super::text_expected;

    fn path(keys: &[&str]) -> Vec<Option<String>> {
        keys.iter()
            .map(|k| (!k.is_empty()).then(|| (*k).to_owned()))
            .collect()
    }

    #[test]
    fn a_key_says_what_it_takes_where_it_is() {
        for (keys, message) in [
            (
                &["routes", "", "team"][..],
                "`team` takes one team id, written as text; found a list",
            ),
            (
                &["tests", "", "expect", "route"],
                "`route` takes one route id, written as text; found a list",
            ),
            (
                &["teams", "", "agent"],
                "`agent` takes one agent name (the name the human signs with), written as text; found a list",
            ),
            (
                &["tests", "", "messages", "", "agent"],
                "`agent` takes one message, written as text; found a list",
            ),
            (
                &["teams", "", "bridges", "urgent"],
                "the bridge of trigger `urgent` takes one bridge-message template, written as text; found a list",
            ),
            (
                &["signals", "", "exclude", ""],
                "each item of `exclude` is one phrase of the built-in lexicon, written as text; found a list",
            ),
            (
                &["input", "ignore_columns", ""],
                "each item of `ignore_columns` is one column name, written as text; found a list",
            ),
            (
                &["columns", "text"],
                "`text` takes one column name, written as text; found a list",
            ),
            (
                &["templates", "", "text"],
                "`text` takes one bridge-message template, written as text; found a list",
            ),
            (&[""], "expected text, found a list"),
            (&[], "expected text, found a list"),
            (
                &["rules", "unheard_of"],
                "`unheard_of` takes one value, written as text; found a list",
            ),
        ] {
            assert_eq!(text_expected(&path(keys), "a list"), message, "{keys:?}");
        }
    }
}
