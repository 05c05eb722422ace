//! The secrets a conversation gave before a message, read again: those said again in
//! it ("I told you, Snowball"), those kept out of it and its facts, and whether a fact
//! tells one.

use super::super::super::Fact;
#[cfg(test)]
use super::super::super::FactKind;
use super::{Secrets, found_again_any, found_each};
#[cfg(test)]
use super::{found, masked, password_shaped};
use crate::text::spans::Holders;

impl Secrets {
    /// The spans of the secrets given before the message `at` said again in
    /// its `text` ([`found_again_any`]: "I told you, Snowball", "ok 4 8 2 1 didn't work", a
    /// review found both shown), but inside a fact of the message other than a name (a
    /// date "May 5" after a maiden name "May", an amount "2000 dollars" after a PIN 2000,
    /// "order 1234": a review found those facts lost).
    pub(super) fn said_again_in(
        &self,
        at: usize,
        text: &str,
        facts: &[Fact],
    ) -> Vec<(usize, usize)> {
        let before: Vec<&str> = self.given_before(at).collect();
        if before.is_empty() {
            return Vec::new();
        }
        // The message's facts but names, and their values: a secret said inside one is
        // the fact's. Each found once for them all.
        let facts: Vec<&str> = (facts.iter())
            .filter(|f| f.turn == at + 1 && !f.kind.names())
            .flat_map(|f| std::iter::once(f.text.as_str()).chain(f.value.as_deref()))
            .collect();
        let held = Holders::new(found_each(text, &facts).concat());
        found_again_any(text, &before)
            .into_iter()
            .filter(|&(start, end)| !held.hold(start, end))
            .collect()
    }

    /// The secrets given in the messages before index `at`, but those that are only
    /// redaction's masks: under `--redact` the summary reads masked text, and an answer
    /// "It's \[name\]" said again would turn every later `[name]` into `[secret]` (a
    /// test found "\[secret\] will call you tomorrow" for "Paul will call you tomorrow").
    pub(super) fn given_before(&self, at: usize) -> impl Iterator<Item = &str> {
        (self.said.iter())
            .filter(move |(s, given)| *given < at && !only_masks(s))
            .map(|(s, _)| s.as_str())
    }

    /// Whether `fact` tells a secret: a name that is one ("Nemo"; not "Katarina
    /// Miller" for a maiden name "Miller", STAR star-3557) or holds a password
    /// ("Seahorse42 Seahorse43"), in any case when given
    /// before its message ("I told you, snowball"), another fact that holds one as whole
    /// words, each as written. One fact at a time, every secret tried: what
    /// [`Secrets::retain_untold`], which looks the secrets up, is tested against.
    #[cfg(test)]
    pub(in crate::summary) fn told_by(&self, fact: &Fact) -> bool {
        // A fact's turn is its message's index and one.
        let at = fact.turn.wrapping_sub(1);
        self.kept_out_of(at).any(|s| match fact.kind {
            // A name of passwords holds them ("Seahorse42 Seahorse43" of "Seahorse42
            // Seahorse43 neither works": a review found it a fact): it is no name.
            FactKind::Name | FactKind::Place => {
                fact.text == *s || (password_shaped(s) && !found(&fact.text, s).is_empty())
            }
            _ => !found(&fact.text, s).is_empty(),
        }) || (fact.kind.names()
            && self
                .given_before(at)
                .any(|s| fact.text.eq_ignore_ascii_case(s)))
    }

    /// `text` with each secret, as whole words written as the answer was (a pet "Max"
    /// is no "max 200 dollars"), `[secret]`, but where it is a word of one of `names`
    /// (the customer's own "Emma Stone" after a maiden name "Stone"); borrowed when it
    /// holds none.
    #[cfg(test)]
    pub(in crate::summary) fn masked<'t>(
        &self,
        text: &'t str,
        names: &[&str],
    ) -> std::borrow::Cow<'t, str> {
        masked::masked(text, &self.spans_in(self.at, text, names, &[]))
    }

    /// The secrets kept out of the message at index `at`: those it gave, or all given
    /// up to it when it speaks of them.
    pub(super) fn kept_out_of(&self, at: usize) -> impl Iterator<Item = &str> {
        let speaks = self.speaking.contains(&at);
        (self.said.iter())
            .filter(move |(_, given)| *given == at || (speaks && *given <= at))
            .map(|(s, _)| s.as_str())
    }
}

/// Whether `secret` is nothing but redaction's masks ("\[name\]"): no secret said
/// again ([`Secrets::given_before`]).
pub(super) fn only_masks(secret: &str) -> bool {
    secret.split_whitespace().all(|w| {
        crate::redact::is_mask_token(
            w.trim_matches(|c: char| !(c.is_alphanumeric() || matches!(c, '[' | ']'))),
        )
    })
}
