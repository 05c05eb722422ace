//! Whether a name a rule file given alone lacks is defined in the rule files beside it:
//! then reading its directory would find it, and the user is told so; otherwise that
//! advice is noise. Takes the file's path, the kind of definition and the name; gives
//! the files beside it that define it, or that it may be in what did not parse of them.
//! Reads the directory as a rule set is read; reports nothing itself.

use std::path::{Path, PathBuf};

use crate::rules::Part;

/// Where beside a rule file a name is defined.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Beside {
    /// These files beside it define it.
    Defined(Vec<PathBuf>),
    /// No file beside it that loads defines it, but one that does not load in part may.
    Maybe,
    Nowhere,
}

/// Where, beside the rule file at `path`, a definition of `part` named `name` is.
pub(crate) fn defined_beside(path: &Path, part: Part, name: &str) -> Beside {
    let dir = match path.parent() {
        Some(d) if d.as_os_str().is_empty() => Path::new("."),
        Some(d) => d,
        None => return Beside::Nowhere,
    };
    let Ok(loaded) = super::load(dir) else {
        return Beside::Nowhere;
    };
    let itself = path.file_name();
    let defined: Vec<PathBuf> = loaded
        .files
        .iter()
        .filter(|(_, raw)| {
            let ids: Vec<&str> = match part {
                Part::Signals => raw.signals.iter().map(|s| s.id.value.as_str()).collect(),
                Part::Triggers => raw.triggers.iter().map(|t| t.id.value.as_str()).collect(),
                Part::Teams => raw.teams.iter().map(|t| t.id.value.as_str()).collect(),
                Part::Templates => raw.templates.iter().map(|t| t.id.value.as_str()).collect(),
                Part::Routes | Part::DefaultRoute => Vec::new(),
            };
            ids.contains(&name)
        })
        .filter_map(|(id, _)| loaded.sources.get(*id).map(|f| f.path.clone()))
        .filter(|p| p.file_name() != itself)
        .collect();
    if !defined.is_empty() {
        Beside::Defined(defined)
    } else if loaded.unparsed.may_hold(part, name) {
        Beside::Maybe
    } else {
        Beside::Nowhere
    }
}
