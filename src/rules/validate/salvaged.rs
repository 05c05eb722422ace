//! What is left of items that did not parse (`recover::salvage`: their keys and list
//! items that hold a schema error cut out) → the errors in it, said in the same run as
//! the schema errors: a signal's weights and regexes, a trigger's or route's conditions
//! and team, a team's bridges, a template's text. Builds nothing: the items stay out of
//! the rule set, and references to them are not unknown (their ids are among those that
//! did not parse). Nor are they given to lint's own checks: what is left lacks what was
//! cut out, and a check reasoning about the whole item would say what is not so (a
//! trigger's `all:` without its bad condition may hold after every message, `L004`; a
//! signal without a bad phrase may not reach its threshold, `L007`). But for a trigger
//! that lost only what lint does not read (a wrong `severity`, an unknown key): it is
//! given to lint whole, as the next run would give it (references to it stay held back).

use crate::diag::FileId;
use crate::yaml;

use super::super::recover::Salvaged;
use super::super::{Template, Trigger};
use super::{Ctx, Validator};

impl Validator<'_> {
    /// Checks what is left of each salvaged item; the inline signals its conditions make
    /// are left out with it. Gives the triggers lint may judge: those that lost nothing
    /// lint reads ([`Salvaged::triggers`]) and whose condition holds no error, with
    /// their inline signals, as the next run would give them.
    pub(super) fn salvaged(
        &mut self,
        salvaged: &[(FileId, Salvaged)],
        templates: &[Template],
    ) -> Vec<Trigger> {
        let mut linted = Vec::new();
        for (file, s) in salvaged {
            for (t, _) in s.triggers.iter().filter(|(_, whole)| *whole) {
                let ctx = Ctx {
                    file: *file,
                    owner: &t.id.value,
                    in_route: false,
                };
                let (faults, signals) = (self.faults(), self.signals.len());
                let when = self.condition(&t.when, &ctx);
                if self.faults() == faults {
                    linted.push(super::trigger(t, *file, when));
                } else {
                    self.signals.truncate(signals);
                    self.broken.signals.retain(|&i| i < signals);
                }
            }
        }
        let kept = self.signals.len();
        for (file, s) in salvaged {
            let file = *file;
            for raw in &s.signals {
                // Only what the signal detects: its threshold and settings may be what
                // was cut out, and a signal without its phrases detects nothing.
                let builtin = raw.builtin.as_ref().map(|b| b.value);
                let span = yaml::span(&raw.id, file);
                self.detector(&raw.id.value, span, builtin, &raw.phrases, &raw.regex, file);
            }
            for (t, _) in s.triggers.iter().filter(|(_, whole)| !*whole) {
                let ctx = Ctx {
                    file,
                    owner: &t.id.value,
                    in_route: false,
                };
                self.condition(&t.when, &ctx);
            }
            for r in &s.routes {
                let ctx = Ctx {
                    file,
                    owner: &r.id.value,
                    in_route: true,
                };
                self.condition(&r.when, &ctx);
                self.team_ref(&r.team, file);
            }
            for t in &s.teams {
                self.team(t, file, templates);
            }
            for t in &s.templates {
                self.check_template(&t.text.value, yaml::span(&t.text, file));
            }
        }
        self.signals.truncate(kept);
        self.broken.signals.retain(|&i| i < kept);
        linted
    }
}
