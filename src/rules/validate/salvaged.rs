//! What is left of items that did not parse (`recover::salvage`: their keys and list
//! items that hold a schema error cut out, or written over with `_` where the item needs
//! the key) → the errors in it, said in the same run as the schema errors: an id that is
//! not one or that another definition has (`S008`, `S007`), a signal's weights and
//! regexes, a trigger's or route's conditions and team, a team's bridges, a template's
//! text, a default route's team. What was written over is not checked. Builds nothing
//! of most: the items stay out of the rule set, and references to them are not unknown
//! (their ids are among those that did not parse). Nor are they given to lint's own
//! checks: what is left lacks what was cut out, and a check reasoning about the whole
//! item would say what is not so (a trigger's `all:` without its bad condition may hold
//! after every message, `L004`; a signal without a bad phrase may not reach its
//! threshold, `L007`; a team without its misspelt `brige:` has no bridge, `R012`). But
//! for an item that lost only what lint does not read — a trigger's wrong `severity`, a
//! signal's `description`, a key the format does not have and that is no misspelling of
//! one it has — and whose id is sound: such a trigger, signal, team or route (its
//! `description` too) is given to lint whole, as the next run would give it, a route in
//! its place among the routes (references to it stay held back). So is a template that
//! lost only a key the format does not have, whose id is sound and whose text holds no
//! error (`Validator::salvaged_templates`): a team that names it has its bridge, which
//! lint reads (`T011`, `T012`), where it had none; `T010`, which reads templates as a
//! whole kind, does not run while one is missing.

use crate::diag::FileId;
use crate::yaml;

use super::super::recover::{Kept, Salvaged};
use super::super::schema::{PhraseEntry, RawRoute, RawSignal};
use super::super::{Team, Template, Trigger};
use super::ids::Kind;
use super::{Ctx, Validator};

impl Validator<'_> {
    /// Checks the ids of salvaged items that were read as written: one that is not an
    /// id, the reserved `default` for a route, one that another definition has (parsed,
    /// or salvaged). Registers none: references to them stay held back.
    pub(super) fn salvaged_ids(&mut self, salvaged: &[(FileId, Salvaged)]) {
        for (file, s) in salvaged {
            for (id, kind) in ids_read(s) {
                self.check_id(id, *file, kind);
            }
        }
    }

    /// Checks the text of each salvaged template that was read as written, and adds to
    /// `templates` those that lost nothing lint reads ([`Kept::lint_reads_nothing_cut`]),
    /// whose id is sound and whose text holds no error, with their ids: a team that names
    /// one has its bridge, as the next run would give it. Before the teams are built.
    pub(super) fn salvaged_templates(
        &mut self,
        salvaged: &[(FileId, Salvaged)],
        templates: &mut Vec<Template>,
    ) {
        for (file, s) in salvaged {
            for t in s.templates.iter().filter(|t| !t.written_over("text")) {
                let (id, text) = (&t.item.id, &t.item.text);
                let text_span = yaml::span(text, *file);
                let faults = self.faults();
                self.check_template(&text.value, text_span);
                let span = yaml::span(id, *file);
                let whole = self.faults() == faults
                    && t.lint_reads_nothing_cut(&[])
                    && !self.faulty_ids.contains(&(*file, span.start))
                    && !self.template_ids.contains_key(&id.value);
                if whole {
                    self.template_ids
                        .insert(id.value.clone(), (templates.len(), span));
                    templates.push(Template {
                        id: id.value.clone(),
                        span,
                        text: text.value.clone(),
                        text_span,
                    });
                }
            }
        }
    }

    /// Checks what is left of each salvaged item; the inline signals its conditions make
    /// are left out with it. Gives the triggers and teams lint may judge, and adds the
    /// signals: those that lost nothing lint reads ([`Kept::whole`],
    /// [`Kept::lint_reads_nothing_cut`]), whose id is sound, and that hold no error,
    /// with a trigger's inline signals, as the next run would give them.
    pub(super) fn salvaged(
        &mut self,
        salvaged: &[(FileId, Salvaged)],
        templates: &[Template],
    ) -> Linted {
        let mut linted = Linted::default();
        // A signal or team that lost only what lint does not read (a description, a
        // key the format does not have), whose id is sound and that holds no error:
        // whole, as the next run would give it.
        let whole: Vec<(Vec<bool>, Vec<bool>)> = salvaged
            .iter()
            .map(|(file, s)| {
                let sound = |id: &yaml::Spanned<String>| {
                    !self
                        .faulty_ids
                        .contains(&(*file, yaml::span(id, *file).start))
                };
                let signals = s.signals.iter();
                let teams = s.teams.iter();
                (
                    signals
                        .map(|k| whole_signal(k) && sound(&k.item.id))
                        .collect(),
                    teams
                        .map(|k| k.lint_reads_nothing_cut(&[]) && sound(&k.item.id))
                        .collect(),
                )
            })
            .collect();
        for ((file, s), (whole_signals, whole_teams)) in salvaged.iter().zip(&whole) {
            let signals = s.signals.iter().zip(whole_signals).filter(|(_, w)| **w);
            let teams: Vec<_> = (s.teams.iter().zip(whole_teams))
                .filter(|(_, w)| **w)
                .map(|(t, _)| t)
                .collect();
            for (signal, _) in signals {
                let (faults, at) = (self.faults(), self.signals.len());
                let built = self.signal(&signal.item, *file);
                if self.faults() == faults {
                    self.signals.push(built);
                } else {
                    self.signals.truncate(at);
                }
            }
            for team in teams {
                let faults = self.faults();
                let built = self.team(&team.item, *file, templates);
                if self.faults() == faults {
                    linted.teams.push(built);
                }
            }
            for t in s.triggers.iter().filter(|t| t.whole()).map(|t| &t.item) {
                let ctx = Ctx {
                    file: *file,
                    owner: &t.id.value,
                    in_route: false,
                };
                let (faults, signals) = (self.faults(), self.signals.len());
                let when = self.condition(&t.when, &ctx);
                if self.faults() == faults {
                    linted.triggers.push(super::trigger(t, *file, when));
                } else {
                    self.signals.truncate(signals);
                    self.broken.signals.retain(|&i| i < signals);
                }
            }
        }
        let kept = self.signals.len();
        for ((file, s), (whole_signals, whole_teams)) in salvaged.iter().zip(&whole) {
            let file = *file;
            for (signal, _) in s.signals.iter().zip(whole_signals).filter(|(_, w)| !**w) {
                self.salvaged_signal(signal, file);
            }
            for t in s
                .triggers
                .iter()
                .filter(|t| !t.whole() && !t.written_over("when"))
            {
                let t = &t.item;
                let ctx = Ctx {
                    file,
                    owner: &t.id.value,
                    in_route: false,
                };
                self.condition(&t.when, &ctx);
            }
            // A route that lost nothing lint reads was checked in its place.
            let rest: Vec<_> = (s.routes.iter())
                .filter(|r| !self.whole_route(file, r))
                .collect();
            for r in rest {
                let ctx = Ctx {
                    file,
                    owner: &r.item.id.value,
                    in_route: true,
                };
                if !r.written_over("when") {
                    self.condition(&r.item.when, &ctx);
                }
                if !r.written_over("team") {
                    self.team_ref(&r.item.team, file);
                }
            }
            for (t, _) in s.teams.iter().zip(whole_teams).filter(|(_, w)| !**w) {
                self.team(&t.item, file, templates);
            }
            if let Some(d) = &s.default_route {
                self.team_ref(&d.value.team, file);
            }
        }
        self.signals.truncate(kept);
        self.broken.signals.retain(|&i| i < kept);
        linted
    }

    /// Whether a salvaged route lost only what lint does not read (its `description`, a
    /// key the format does not have that is no misspelling of one) and its id is sound:
    /// it is checked and given to lint in its place among the routes
    /// ([`Self::whole_routes`]), as the next run would give it.
    fn whole_route(&self, file: FileId, route: &Kept<RawRoute>) -> bool {
        route.lint_reads_nothing_cut(&["description"])
            && !self
                .faulty_ids
                .contains(&(file, yaml::span(&route.item.id, file).start))
    }

    /// The routes of `file` to check and give lint: those that parsed, `parsed`, and the
    /// salvaged ones that lost nothing lint reads, in the file's order (the first route
    /// whose condition holds wins).
    pub(super) fn whole_routes<'r>(
        &self,
        file: FileId,
        parsed: &'r [RawRoute],
        salvaged: &'r [(FileId, Salvaged)],
    ) -> Vec<&'r RawRoute> {
        let kept = (salvaged.iter().filter(|(f, _)| *f == file))
            .flat_map(|(_, s)| &s.routes)
            .filter(|r| self.whole_route(file, r))
            .map(|r| &r.item);
        let mut routes: Vec<&RawRoute> = parsed.iter().chain(kept).collect();
        routes.sort_by_key(|r| yaml::span(&r.id, file).start);
        routes
    }

    /// Only what the signal detects: its threshold and settings may be what was cut
    /// out, and a signal without its phrases detects nothing. Without its `builtin`
    /// (a wrong one, cut out), a phrase of weight 0 may be one that disables a phrase of
    /// the lexicon it named: it is not checked.
    fn salvaged_signal(&mut self, signal: &Kept<RawSignal>, file: FileId) {
        let raw = &signal.item;
        let builtin = raw.builtin.as_ref().map(|b| b.value);
        let span = yaml::span(&raw.id, file);
        let weighed = |p: &&yaml::Spanned<PhraseEntry>| !matches!(&p.value, PhraseEntry::Weighted(w) if w.weight.value == 0.0);
        let phrases: Vec<_> = if signal.lost("builtin") {
            raw.phrases.iter().filter(weighed).cloned().collect()
        } else {
            raw.phrases.clone()
        };
        self.detector(&raw.id.value, span, builtin, &phrases, &raw.regex, file);
    }
}

/// The ids of the salvaged items `s` read as written (not written over), each with its
/// kind.
pub(super) fn ids_read(s: &Salvaged) -> impl Iterator<Item = (&yaml::Spanned<String>, Kind)> {
    fn of<T>(
        kept: &[Kept<T>],
        id: fn(&T) -> &yaml::Spanned<String>,
        kind: Kind,
    ) -> impl Iterator<Item = (&yaml::Spanned<String>, Kind)> {
        kept.iter()
            .filter(|k| !k.written_over("id"))
            .map(move |k| (id(&k.item), kind))
    }
    of(&s.signals, |i| &i.id, Kind::Signal)
        .chain(of(&s.triggers, |i| &i.id, Kind::Trigger))
        .chain(of(&s.teams, |i| &i.id, Kind::Team))
        .chain(of(&s.templates, |i| &i.id, Kind::Template))
        .chain(of(&s.routes, |i| &i.id, Kind::Route))
}

/// What of the salvaged items lint may judge.
#[derive(Default)]
pub(super) struct Linted {
    pub(super) triggers: Vec<Trigger>,
    pub(super) teams: Vec<Team>,
}

/// Whether a salvaged signal lost nothing lint reads: a `description`, a key the
/// format does not have.
fn whole_signal(signal: &Kept<RawSignal>) -> bool {
    signal.lint_reads_nothing_cut(&["description"])
}
