//! Customer metadata: the values offered from a conversation's rows (and joined
//! contacts, rule tests, `explain --meta`) → the first non-empty value per field, with
//! the message it first appeared on, so that the engine sees a value only from then on;
//! and, only where one was offered as known earlier than that (a contact's, before a
//! later row's other value), that earlier value, seen until the field's own.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use super::normalize_field;
use crate::redact::ReadFrom;

/// One field: its name, its value, and the index of the message whose row first gave
/// it (0 for a value known from the start: the first row's, a contact's, a rule test's).
type Entry = (Arc<str>, String, u32);

/// Customer metadata: normalised column name → first non-empty value, in column order.
#[derive(Default)]
pub struct Metadata {
    /// The first `len` entries are the metadata; the rest are spent entries kept so
    /// that a recycled conversation fills its values without allocating.
    fields: Vec<Entry>,
    len: usize,
    /// Values a field had before its own one was known: a joined contact's `pro`, known
    /// from the first message, where the transcript's third row says `enterprise`. At
    /// most one per field, and only in such a conflict: empty (no allocation) otherwise.
    earlier: Vec<Entry>,
    /// Values offered for a field that already had another, kept when asked
    /// ([`Metadata::set_aside`]): no metadata (conditions, templates and packets see the
    /// value kept), but the customer's all the same, for `--redact` to hunt for (a
    /// joined CRM record's "Alexandra" where the transcript says "Al").
    aside: Vec<(Arc<str>, String)>,
    /// The columns of other names its fields were read from (`meta.notes=password`), as
    /// the reader's mapping says: `--redact` masks such a field as its column would be.
    /// Where it came from, not what it holds: equal metadata may differ in it.
    read_from: Option<Arc<ReadFrom>>,
}

impl Metadata {
    fn active(&self) -> &[Entry] {
        &self.fields[..self.len]
    }

    /// The value of `field`, whenever it appeared (packets, written after the
    /// conversation, show it; conditions ask [`Metadata::known_at`]).
    pub fn get(&self, field: &str) -> Option<&str> {
        self.known_from(field).map(|(v, _)| v)
    }

    /// The value of `field` and the index of the message it first appeared on.
    pub fn known_from(&self, field: &str) -> Option<(&str, usize)> {
        self.active()
            .iter()
            .find(|(k, ..)| &**k == field)
            .map(|(_, v, from)| (v.as_str(), *from as usize))
    }

    /// The value `field` had before its own one was known (a contact's, until a later row gave another),
    /// and the index of the message it is known from; `None` for most fields.
    pub fn known_earlier(&self, field: &str) -> Option<(&str, usize)> {
        self.earlier
            .iter()
            .find(|(k, ..)| &**k == field)
            .map(|(_, v, from)| (v.as_str(), *from as usize))
    }

    /// The value of `field` as known after message `index` (0-based): none before the
    /// message whose row first gave it, or the value it had until then (a contact's).
    pub fn known_at(&self, field: &str, index: usize) -> Option<&str> {
        match self.known_from(field) {
            Some((v, from)) if from <= index => Some(v),
            Some(_) if !self.earlier.is_empty() => self
                .known_earlier(field)
                .and_then(|(v, from)| (from <= index).then_some(v)),
            _ => None,
        }
    }

    /// The metadata as known after message `index`: itself when every value was known
    /// by then (no copy), else a copy without the values that appeared later (or with
    /// the value a field had until then, in its place).
    pub fn as_known_at(&self, index: usize) -> Cow<'_, Metadata> {
        if self.active().iter().all(|e| e.2 as usize <= index) {
            return Cow::Borrowed(self);
        }
        let known = |e: &Entry| e.2 as usize <= index;
        let fields: Vec<Entry> = self
            .active()
            .iter()
            .filter_map(|e| {
                if known(e) {
                    Some(e.clone())
                } else {
                    self.earlier
                        .iter()
                        .find(|x| x.0 == e.0 && known(x))
                        .cloned()
                }
            })
            .collect();
        Cow::Owned(Metadata {
            len: fields.len(),
            fields,
            earlier: Vec::new(),
            aside: self.aside.clone(),
            read_from: self.read_from.clone(),
        })
    }

    /// The first message after message `index` on which a value appears, if any.
    pub fn next_arrival(&self, index: usize) -> Option<usize> {
        self.active()
            .iter()
            .chain(&self.earlier)
            .map(|e| e.2 as usize)
            .filter(|&from| from > index)
            .min()
    }

    pub fn iter(&self) -> impl Iterator<Item = (&str, &str)> {
        self.active().iter().map(|(k, v, _)| (&**k, v.as_str()))
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Forgets every value, keeping the memory of those of at most `max_kept` bytes for
    /// the next conversation (one huge value must not stay pinned in a pool).
    pub(crate) fn clear(&mut self, max_kept: usize) {
        self.len = 0;
        self.earlier.clear();
        self.aside.clear();
        self.fields
            .retain(|(_, value, _)| value.capacity() <= max_kept);
    }

    /// Records `value` for `field`, known from the start, unless it already has one.
    /// Returns the existing value when it differs (a conflict), so the caller can
    /// report it.
    pub fn offer(&mut self, field: &Arc<str>, value: &str) -> Option<&str> {
        self.offer_at(field, value, 0)
    }

    /// Records `value` for `field`, known from message `message` (0-based: the row it is
    /// on), unless it already has one. Returns the existing value when it differs (a
    /// conflict between rows), so the caller can report it; the same value offered as
    /// known earlier (a contact's, confirming a later row) is known from then, and
    /// another value offered as known earlier (a contact's, before a later row's) is the
    /// field's until then ([`Metadata::known_earlier`]).
    pub fn offer_at(&mut self, field: &Arc<str>, value: &str, message: usize) -> Option<&str> {
        let value = crate::text::trim(value);
        if value.is_empty() {
            return None;
        }
        let message = u32::try_from(message).unwrap_or(u32::MAX);
        match self.active().iter().position(|(k, ..)| k == field) {
            Some(i) if self.fields[i].1 != value => {
                if message < self.fields[i].2 {
                    keep_earlier(&mut self.earlier, field, value, message);
                }
                Some(self.fields[i].1.as_str())
            }
            Some(i) => {
                let from = &mut self.fields[i].2;
                *from = (*from).min(message);
                let from = *from;
                // An earlier value known no earlier than this one is never seen.
                if !self.earlier.is_empty() {
                    self.earlier.retain(|(k, _, f)| k != field || *f < from);
                }
                None
            }
            None => {
                if let Some((k, v, from)) = self.fields.get_mut(self.len) {
                    if !Arc::ptr_eq(k, field) {
                        *k = Arc::clone(field);
                    }
                    v.clear();
                    v.push_str(value);
                    *from = message;
                } else {
                    self.fields
                        .push((Arc::clone(field), value.to_owned(), message));
                }
                self.len += 1;
                None
            }
        }
    }

    /// Keeps `value` of `field` aside: a value the field's own one hid (see
    /// [`Metadata::aside`]). Each once.
    pub fn set_aside(&mut self, field: &Arc<str>, value: &str) {
        let value = crate::text::trim(value);
        if !value.is_empty() && !self.aside.iter().any(|(k, v)| k == field && v == value) {
            self.aside.push((Arc::clone(field), value.to_owned()));
        }
    }

    /// The values kept aside ([`Metadata::set_aside`]), as (field, value) pairs.
    pub fn aside(&self) -> impl Iterator<Item = (&str, &str)> {
        self.aside.iter().map(|(k, v)| (&**k, v.as_str()))
    }

    /// The mapping's `meta.` pairs its fields were read through ([`ReadFrom`]), if any.
    pub fn read_from(&self) -> Option<&Arc<ReadFrom>> {
        self.read_from.as_ref()
    }

    /// Says its fields were read through `read_from` (the reader's mapping's pairs).
    pub fn set_read_from(&mut self, read_from: Option<&Arc<ReadFrom>>) {
        match (&self.read_from, read_from) {
            (Some(was), Some(new)) if Arc::ptr_eq(was, new) => {}
            _ => self.read_from = read_from.cloned(),
        }
    }

    /// Records `value` for the field named `field` (normalised), known from the start.
    pub fn insert(&mut self, field: &str, value: &str) {
        let field: Arc<str> = Arc::from(normalize_field(field));
        self.offer(&field, value);
    }
}

/// Records `value` of `field`, known from `message`, as the value it had before its
/// own: the first offered stays (as a field's own does), known from the earliest
/// message that offered it.
fn keep_earlier(earlier: &mut Vec<Entry>, field: &Arc<str>, value: &str, message: u32) {
    match earlier.iter_mut().find(|(k, ..)| k == field) {
        Some((_, v, from)) if v == value => *from = (*from).min(message),
        Some(_) => {}
        None => earlier.push((Arc::clone(field), value.to_owned(), message)),
    }
}

impl Clone for Metadata {
    fn clone(&self) -> Self {
        Metadata {
            fields: self.active().to_vec(),
            len: self.len,
            earlier: self.earlier.clone(),
            aside: self.aside.clone(),
            read_from: self.read_from.clone(),
        }
    }
}

impl PartialEq for Metadata {
    fn eq(&self, other: &Self) -> bool {
        self.active() == other.active()
            && self.earlier == other.earlier
            && self.aside == other.aside
    }
}

impl Eq for Metadata {}

impl fmt::Debug for Metadata {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn metadata_keeps_first_non_empty_value_and_reports_conflicts() {
        let mut m = Metadata::default();
        let tier: Arc<str> = Arc::from("tier");
        assert_eq!(m.offer(&tier, "  "), None);
        assert_eq!(m.offer(&tier, "pro"), None);
        assert_eq!(m.offer(&tier, "pro"), None);
        assert_eq!(m.offer(&tier, "enterprise"), Some("pro"));
        assert_eq!(m.get("tier"), Some("pro"));
    }

    #[test]
    fn cleared_metadata_reuses_its_entries_and_forgets_their_values() {
        let mut m = Metadata::default();
        let (tier, plan): (Arc<str>, Arc<str>) = (Arc::from("tier"), Arc::from("plan"));
        m.offer(&tier, "pro");
        m.offer(&plan, "annual");
        m.clear(64);
        assert!(m.is_empty());
        assert_eq!(m.get("tier"), None);
        m.offer(&plan, "monthly");
        assert_eq!(m.iter().collect::<Vec<_>>(), [("plan", "monthly")]);
        assert_eq!(m.get("tier"), None);
        let mut fresh = Metadata::default();
        fresh.offer(&plan, "monthly");
        assert_eq!(m, fresh);
        assert_eq!(m.clone(), fresh);
        assert_eq!(format!("{m:?}"), r#"{"plan": "monthly"}"#);
        // A value larger than what is kept is let go.
        m.offer(&tier, &"x".repeat(100));
        m.clear(64);
        assert_eq!(m.fields.len(), 1);
        assert!(m.fields.iter().all(|(_, v, _)| v.capacity() <= 64));
    }

    #[test]
    fn a_value_is_known_from_the_message_it_first_appears_on() {
        let mut m = Metadata::default();
        let (tier, plan): (Arc<str>, Arc<str>) = (Arc::from("tier"), Arc::from("plan"));
        m.offer_at(&plan, "annual", 0);
        m.offer_at(&tier, "", 1);
        m.offer_at(&tier, "enterprise", 3);
        assert_eq!(m.offer_at(&tier, "pro", 4), Some("enterprise"));
        assert_eq!(m.get("tier"), Some("enterprise"));
        assert_eq!(m.known_from("tier"), Some(("enterprise", 3)));
        assert_eq!(m.known_at("tier", 2), None);
        assert_eq!(m.known_at("tier", 3), Some("enterprise"));
        assert_eq!(m.known_at("plan", 0), Some("annual"));
        assert_eq!(m.next_arrival(0), Some(3));
        assert_eq!(m.next_arrival(3), None);
        let early = m.as_known_at(2);
        assert!(matches!(early, Cow::Owned(_)));
        assert_eq!(early.iter().collect::<Vec<_>>(), [("plan", "annual")]);
        assert!(matches!(m.as_known_at(3), Cow::Borrowed(_)));
        // The same value known from the start (a contact's) is known from the start.
        m.offer(&tier, "enterprise");
        assert_eq!(m.known_from("tier"), Some(("enterprise", 0)));
        assert_eq!(m.next_arrival(0), None);
    }

    /// A contact's `pro`, known from message 1, was dropped for the
    /// transcript's `enterprise` on message 3, leaving the field missing until then.
    #[test]
    fn a_value_offered_as_known_earlier_is_the_fields_until_its_own() {
        let mut m = Metadata::default();
        let (tier, plan): (Arc<str>, Arc<str>) = (Arc::from("tier"), Arc::from("plan"));
        m.offer_at(&plan, "annual", 0);
        m.offer_at(&tier, "enterprise", 3);
        assert!(m.earlier.is_empty() && m.earlier.capacity() == 0);
        // The conflict is said as before; the contact's value is kept until message 3.
        assert_eq!(m.offer_at(&tier, "pro", 1), Some("enterprise"));
        assert_eq!(
            m.offer_at(&tier, "basic", 1),
            Some("enterprise"),
            "one, the first"
        );
        assert_eq!(m.get("tier"), Some("enterprise"));
        assert_eq!(m.known_earlier("tier"), Some(("pro", 1)));
        assert_eq!(m.known_earlier("plan"), None);
        let at = |i| m.known_at("tier", i);
        assert_eq!(
            (at(0), at(1), at(2), at(3)),
            (None, Some("pro"), Some("pro"), Some("enterprise"))
        );
        assert_eq!(m.next_arrival(0), Some(1));
        assert_eq!(m.next_arrival(1), Some(3));
        assert_eq!(
            m.as_known_at(2).iter().collect::<Vec<_>>(),
            [("plan", "annual"), ("tier", "pro")]
        );
        assert_eq!(
            m.as_known_at(0).iter().collect::<Vec<_>>(),
            [("plan", "annual")]
        );
        assert_eq!(m.as_known_at(3).get("tier"), Some("enterprise"));
        assert_eq!(m.clone(), m);
        let mut without = Metadata::default();
        without.offer_at(&plan, "annual", 0);
        without.offer_at(&tier, "enterprise", 3);
        assert_ne!(m, without, "the earlier value is part of what it is");
        // A later row's value is never earlier; nor is one no earlier than the field's.
        without.offer_at(&tier, "pro", 4);
        assert_eq!(without.known_earlier("tier"), None);
        // Its own value known from the start: the earlier one is never seen, and goes.
        m.offer(&tier, "enterprise");
        assert_eq!(m.known_earlier("tier"), None);
        assert_eq!(m.known_at("tier", 0), Some("enterprise"));
        m.offer_at(&tier, "pro", 0);
        m.clear(64);
        assert!(m.earlier.is_empty());
        assert_eq!(m.known_at("tier", 5), None);
    }
}
