//! What did not parse of the rule files: the ids of the definitions that did not, by
//! kind, the kinds that lost one, and the text of those whose ids are not known → whether
//! a name may be defined in it (so that a reference to it is not reported as unknown),
//! and a note saying it was looked for when it is not. Holds and answers; the parsing
//! that fills it is `recover.rs`'s.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::rules::{Part, Parts};

/// Ids of definitions that did not parse, by kind; and which kinds lost a definition.
#[derive(Debug, Default)]
pub struct Unparsed {
    pub signals: HashSet<String>,
    pub triggers: HashSet<String>,
    pub teams: HashSet<String>,
    pub templates: HashSet<String>,
    /// Kinds of which some definition did not parse: what lint may say about the whole
    /// of such a kind ("never used") is unknown.
    pub incomplete: Parts,
    /// Definitions that did not parse and whose ids are not known either (a file that
    /// does not parse at all, an item without a readable `id`): a reference to an
    /// unknown name that one of them may define ([`Unread::may_define`]) is not reported
    /// as unknown.
    pub unread: Vec<Unread>,
}

/// The text of definitions that did not parse, whose ids are not known.
#[derive(Debug, Clone)]
pub struct Unread {
    /// The kinds it may define.
    pub parts: Parts,
    /// The file it is in (empty until `load` says).
    pub path: PathBuf,
    /// `None` when the file's bytes are not UTF-8: a name in it need not be written in
    /// any text that can be searched (UTF-16, Latin-1), so it may define anything.
    pub text: Option<String>,
}

impl Unread {
    /// Whether this text may define a definition named `name`: unless it is written
    /// another way (below), a name is written in the text it is defined in, whole, with
    /// no letter, digit, `-`, `_` or `.` on either side (a YAML scalar ends at a space,
    /// a quote, a `:`, a `,` or a bracket). A name with other characters (spaces, which
    /// a folded line gives; quotes) may be defined where each of its words is written
    /// whole (`5x y` not in a text without `5x`), or anywhere when the text has a `\`
    /// (an escape may spell the characters between them). A text with escapes that
    /// spell characters (`\x41`, `\u0041`, a `\` that joins lines) or `!!binary` values
    /// may always define it: the answer errs towards "may".
    pub fn may_define(&self, name: &str) -> bool {
        let Some(text) = self.text.as_deref() else {
            return true;
        };
        if !name.chars().all(in_name) {
            let words: Vec<&str> = (name.split(|c| !in_name(c)))
                .filter(|w| !w.is_empty())
                .collect();
            return words.is_empty()
                || text.contains('\\')
                || words.iter().all(|w| self.may_define(w));
        }
        if name.is_empty() {
            return true;
        }
        let spells = text.contains("\\x")
            || text.contains("\\u")
            || text.contains("\\U")
            || text.contains("\\\n")
            || text.contains("\\\r")
            || text.contains("binary");
        spells
            || text.match_indices(name).any(|(at, _)| {
                let before = text[..at].chars().next_back();
                let after = text[at + name.len()..].chars().next();
                !before.is_some_and(in_name) && !after.is_some_and(in_name)
            })
    }
}

/// Whether `c` may be part of a name, for finding names whole in text.
fn in_name(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '_' | '.')
}

impl Unparsed {
    pub(crate) fn extend(&mut self, other: Unparsed) {
        self.signals.extend(other.signals);
        self.triggers.extend(other.triggers);
        self.teams.extend(other.teams);
        self.templates.extend(other.templates);
        self.incomplete.0 |= other.incomplete.0;
        self.unread.extend(other.unread);
    }

    /// Marks every kind lost: the file at `path`, whose `text` nothing could be read
    /// from, may define anything it writes; anything at all when it is not UTF-8 (`None`).
    pub(crate) fn lose_file(&mut self, path: &Path, text: Option<&str>) {
        self.incomplete = Parts::ALL;
        self.unread.push(Unread {
            parts: Parts::ALL,
            path: path.to_owned(),
            text: text.map(str::to_owned),
        });
    }

    /// Whether a definition of `part` named `name` may be one that did not parse.
    pub(crate) fn may_hold(&self, part: Part, name: &str) -> bool {
        let ids = match part {
            Part::Signals => &self.signals,
            Part::Triggers => &self.triggers,
            Part::Teams => &self.teams,
            Part::Templates => &self.templates,
            Part::Routes | Part::DefaultRoute => return false,
        };
        ids.contains(name)
            || self
                .unread
                .iter()
                .any(|u| u.parts.contains(part) && u.may_define(name))
    }

    /// For a name of `part` that no definition has and none that did not parse may
    /// have ([`Unparsed::may_hold`]): that what did not parse was looked at, so that the
    /// user need not wonder; `None` when all of `part` parsed.
    pub(crate) fn not_held_note(&self, part: Part, name: &str) -> Option<String> {
        let mut paths: Vec<String> = Vec::new();
        let mut words: Vec<&str> = Vec::new();
        for u in self.unread.iter().filter(|u| u.parts.contains(part)) {
            let path = u.path.display().to_string();
            if !paths.contains(&path) {
                paths.push(path);
            }
            words.extend(
                u.text
                    .iter()
                    .flat_map(|text| text.split(|c: char| !in_name(c)))
                    .filter(|w| !w.is_empty()),
            );
        }
        // The broken text's ids are not known, but its words are: a name a typo away
        // from one of them was likely meant for it (`suport` for `support`).
        let close = crate::diag::did_you_mean(name, words)
            .map(|w| format!(" (did you mean `{w}`, which it writes?)"))
            .unwrap_or_default();
        (!paths.is_empty()).then(|| {
            format!(
                "`{name}` is not written in what did not parse of {}, so it is not defined there either{close}",
                paths.join(", ")
            )
        })
    }

    /// Marks a part lost, ids unknown: `text` may define any of it.
    pub(super) fn lose(&mut self, part: Option<Part>, text: &str) {
        let parts = part.map_or(Parts::ALL, |part| {
            let mut parts = Parts::NONE;
            parts.insert(part);
            parts
        });
        // A key the format does not have (`trigers:`) may hold anything.
        self.incomplete.0 |= parts.0;
        self.unread.push(Unread {
            parts,
            path: PathBuf::new(),
            text: Some(text.to_owned()),
        });
    }
}
