//! Ids: every definition's id of a rule set registered across its files, by kind, with
//! its index and span, for references to resolve against. Gives an error for a duplicate
//! id (S007, both places shown), an id that is not one (S008, or `default` for a route),
//! and more definitions, phrases or regexes than untrusted rules may have (S009); marks
//! the definitions at fault broken. Resolves no reference: the other checks do.

use crate::diag::{Annotate, Diagnostic, FileId, Span};
use crate::yaml::{self, Spanned};

use super::super::Part;
use super::super::recover::Salvaged;
use super::super::schema::RawRuleFile;
use super::Validator;
use super::salvaged::ids_read;

/// Most signals, triggers, routes, teams or templates (each) a rule set may define.
pub const MAX_DEFINITIONS: usize = 10_000;
/// Most phrases and regexes in all signals together.
pub const MAX_SIGNAL_ENTRIES: usize = 200_000;

impl Validator<'_> {
    /// Registers every id, reporting duplicates with both locations.
    pub(super) fn collect_ids(&mut self, files: &[(FileId, RawRuleFile)]) {
        let mut entries = 0usize;
        'count: for (file, raw) in files {
            for s in &raw.signals {
                for phrase in &s.phrases {
                    entries += 1;
                    if entries > MAX_SIGNAL_ENTRIES {
                        self.error(
                            "S009",
                            format!("more than {MAX_SIGNAL_ENTRIES} phrases and regexes: the rule set is refused"),
                            yaml::span(phrase, *file),
                        )
                        .with_help("rules come from pull requests: see SECURITY.md for the limits");
                        break 'count;
                    }
                }
                entries += s.regex.len();
            }
        }
        let mut signals = 0;
        let mut triggers = 0;
        let mut teams = 0;
        let mut templates = 0;
        let mut routes = 0;
        for (file, raw) in files {
            for s in &raw.signals {
                self.register("signal", &s.id, *file, Kind::Signal, &mut signals);
            }
            for t in &raw.triggers {
                self.register("trigger", &t.id, *file, Kind::Trigger, &mut triggers);
            }
            for t in &raw.teams {
                self.register("team", &t.id, *file, Kind::Team, &mut teams);
            }
            for t in &raw.templates {
                self.register("template", &t.id, *file, Kind::Template, &mut templates);
            }
            for r in &raw.routes {
                let span = yaml::span(&r.id, *file);
                if r.id.value == super::super::DEFAULT_ROUTE_ID {
                    self.error(
                        "S008",
                        "`default` is reserved for the default route",
                        span,
                    )
                    .with_help("use `default_route: { team: ... }` for the catch-all, or pick another id");
                    self.broken.routes.insert(routes);
                }
                self.register("route", &r.id, *file, Kind::Route, &mut routes);
            }
        }
    }

    fn register(
        &mut self,
        what: &str,
        id: &Spanned<String>,
        file: FileId,
        kind: Kind,
        next: &mut usize,
    ) {
        let span = yaml::span(id, file);
        let faults = self.faults();
        if *next == MAX_DEFINITIONS {
            self.error(
                "S009",
                format!("more than {MAX_DEFINITIONS} {what}s: the rule set is refused"),
                span,
            )
            .with_label(format!("the {}th {what}", MAX_DEFINITIONS + 1))
            .with_help("rules come from pull requests: see SECURITY.md for the limits");
        }
        if !valid_id(&id.value) {
            self.invalid_id(what, id, span, kind);
        }
        let map = match kind {
            Kind::Signal => &mut self.signal_ids,
            Kind::Trigger => &mut self.trigger_ids,
            Kind::Team => &mut self.team_ids,
            Kind::Template => &mut self.template_ids,
            Kind::Route => &mut self.route_ids,
        };
        if !map.contains_key(&id.value) {
            map.insert(id.value.clone(), (*next, span));
        }
        self.duplicate(kind, id, span);
        if self.faults() > faults {
            let broken = match kind {
                Kind::Signal => &mut self.broken.signals,
                Kind::Trigger => &mut self.broken.triggers,
                Kind::Team => &mut self.broken.teams,
                Kind::Template => &mut self.broken.templates,
                Kind::Route => &mut self.broken.routes,
            };
            broken.insert(*next);
        }
        *next += 1;
    }
}

impl Validator<'_> {
    /// S008 for `id`, not an id; references to the names it writes are held back (the
    /// id's own error stands for them: `billing team` for a `team: billing`).
    fn invalid_id(&mut self, what: &str, id: &Spanned<String>, span: Span, kind: Kind) {
        if id.value.contains(['\n', '\r']) {
            self.multi_line_id(
                what,
                &id.value,
                span,
                "write the id on the key's line, of letters, digits, `-`, `_` and `.`",
            );
        } else if id.value.trim().is_empty() {
            self.error("S008", format!("the {what} id is empty"), span)
                .with_help("give it an id of letters, digits, `-`, `_` and `.`");
        } else {
            self.error("S008", format!("invalid {what} id `{}`", id.value), span)
                .with_help("ids use letters, digits, `-`, `_` and `.`");
        }
        self.invalid_ids.push((kind.part(), id.value.clone()));
    }

    /// S003 for a `what` id over several lines, said on one line (the id is not quoted
    /// with its line break): a quoted one (`"finance\n"`) holds a line break, a block of
    /// text (`|`) of one line ends with one, a longer one runs over several lines.
    /// `otherwise`: the help when the id without its line breaks is no one-line id to
    /// show.
    pub(super) fn multi_line_id(&mut self, what: &str, name: &str, span: Span, otherwise: &str) {
        let quoted = self
            .sources
            .get(span.file)
            .and_then(|f| f.text.get(span.start..))
            .is_some_and(|text| text.starts_with(['"', '\'']));
        let one_line = name.trim();
        let shown =
            (!one_line.is_empty() && one_line.len() <= 60 && !one_line.contains(char::is_control))
                .then_some(one_line);
        let (message, label, help) = if quoted {
            (
                format!(
                    "the {what} id holds a line break; expected a {what} id, a string on one line"
                ),
                "a line break in quotes",
                shown.map_or_else(
                    || "remove the line breaks (`\\n`) from the quoted id".to_owned(),
                    |id| format!("remove the line break (`\\n`): `{id}`"),
                ),
            )
        } else if !name.trim_end_matches(['\n', '\r']).contains('\n') {
            // `team: |` over one line of content (a review: it was "over several lines"):
            // the value is that line and the line break a block of text ends with.
            (
                format!(
                    "the {what} id is a block of text, whose value ends with a line break; expected a {what} id, a string on one line"
                ),
                "a block of text ends with a line break",
                shown.map_or_else(
                    || otherwise.to_owned(),
                    |id| format!("write the {what} id on the key's line: `{id}`"),
                ),
            )
        } else {
            (
                format!(
                    "the {what} id is a block of text over several lines; expected a {what} id, a string on one line"
                ),
                "not a one-line string",
                shown.map_or_else(
                    || otherwise.to_owned(),
                    |id| format!("write the {what} id on the key's line: `{id}`"),
                ),
            )
        };
        self.error("S003", message, span)
            .with_label(label)
            .with_help(help);
    }

    /// Where each id is first defined, by kind, before any is registered: of the
    /// definitions that parsed and the salvaged ones whose id was read as written, the
    /// first in the rule set's order (file, then place). Every other copy is said a
    /// duplicate of that one (S007), whichever of them parsed.
    pub(super) fn first_copies(
        &mut self,
        files: &[(FileId, RawRuleFile)],
        salvaged: &[(FileId, Salvaged)],
    ) {
        let parsed = files.iter().flat_map(|(file, raw)| {
            let ids = (raw.signals.iter().map(|s| (&s.id, Kind::Signal)))
                .chain(raw.triggers.iter().map(|t| (&t.id, Kind::Trigger)))
                .chain(raw.teams.iter().map(|t| (&t.id, Kind::Team)))
                .chain(raw.templates.iter().map(|t| (&t.id, Kind::Template)))
                .chain(raw.routes.iter().map(|r| (&r.id, Kind::Route)));
            ids.map(move |(id, kind)| (*file, id, kind))
        });
        let read = salvaged
            .iter()
            .flat_map(|(file, s)| ids_read(s).map(move |(id, kind)| (*file, id, kind)));
        for (file, id, kind) in parsed.chain(read) {
            let span = yaml::span(id, file);
            self.first_copies
                .entry((kind as u8, id.value.clone()))
                .and_modify(|first| {
                    if (span.file, span.start) < (first.file, first.start) {
                        *first = span;
                    }
                })
                .or_insert(span);
        }
    }

    /// S007 for the copy of `id` at `span` when it is not the first ([`Self::first_copies`]).
    fn duplicate(&mut self, kind: Kind, id: &Spanned<String>, span: Span) {
        let Some(&first) = self.first_copies.get(&(kind as u8, id.value.clone())) else {
            return;
        };
        if (first.file, first.start) == (span.file, span.start) {
            return;
        }
        let d = Diagnostic::error(
            "S007",
            format!("duplicate {} id `{}`", kind.what(), id.value),
        )
        .at(self.sources.location(span))
        .label("defined again here")
        .related(self.sources.location(first), "first defined here");
        self.diags.push(d);
    }

    /// Checks the id of a definition that did not parse, whose id was read as written:
    /// as [`Self::register`] does, but for the limits, registering it nowhere.
    pub(super) fn check_id(&mut self, id: &Spanned<String>, file: FileId, kind: Kind) {
        let faults = self.faults();
        self.check_id_in(id, file, kind);
        if self.faults() > faults {
            self.faulty_ids.insert((file, yaml::span(id, file).start));
        }
    }

    fn check_id_in(&mut self, id: &Spanned<String>, file: FileId, kind: Kind) {
        let what = kind.what();
        let span = yaml::span(id, file);
        if !valid_id(&id.value) {
            self.invalid_id(what, id, span, kind);
        }
        if matches!(kind, Kind::Route) && id.value == super::super::DEFAULT_ROUTE_ID {
            self.error("S008", "`default` is reserved for the default route", span)
                .with_help(
                    "use `default_route: { team: ... }` for the catch-all, or pick another id",
                );
        }
        self.duplicate(kind, id, span);
    }

    /// Whether `name`, a reference to a `part` no definition has, is written in an id of
    /// that part that is not one (S008): as a whole, as a word of it, or as the id would
    /// be made one (`billing-issue`, `billing_issue` for `billing issue`: the words the
    /// same, whatever is between them).
    pub(super) fn names_invalid_id(&self, part: Part, name: &str) -> bool {
        let in_name = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | '.');
        let words = |s: &str| -> Vec<String> {
            s.split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_owned)
                .collect()
        };
        self.invalid_ids.iter().any(|(p, id)| {
            *p == part
                && (id == name
                    || id.split(|c| !in_name(c)).any(|w| w == name)
                    || words(id) == words(name))
        })
    }
}

#[derive(Clone, Copy)]
pub(super) enum Kind {
    Signal,
    Trigger,
    Team,
    Template,
    Route,
}

impl Kind {
    fn part(self) -> Part {
        match self {
            Kind::Signal => Part::Signals,
            Kind::Trigger => Part::Triggers,
            Kind::Team => Part::Teams,
            Kind::Template => Part::Templates,
            Kind::Route => Part::Routes,
        }
    }

    fn what(self) -> &'static str {
        match self {
            Kind::Signal => "signal",
            Kind::Trigger => "trigger",
            Kind::Team => "team",
            Kind::Template => "template",
            Kind::Route => "route",
        }
    }
}

pub(super) fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}
