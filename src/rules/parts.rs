//! Parts of a rule set: the kinds of definition a rule file holds ([`Part`]) and sets of
//! them ([`Parts`]), for saying which kinds are all there (recovery and lint use them to
//! know what a broken file may have left out).

/// A kind of definition in a rule set, for saying which kinds are all there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Signals,
    Triggers,
    Routes,
    DefaultRoute,
    Teams,
    Templates,
}

impl Part {
    /// The part a top-level key of a rule file holds (`None` for `version`, and for a
    /// key the format does not have).
    pub(crate) fn of_key(key: &str) -> Option<Part> {
        match key {
            "signals" => Some(Part::Signals),
            "triggers" => Some(Part::Triggers),
            "routes" => Some(Part::Routes),
            "default_route" => Some(Part::DefaultRoute),
            "teams" => Some(Part::Teams),
            "templates" => Some(Part::Templates),
            _ => None,
        }
    }

    fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// A set of [`Part`]s.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
// The bits are open to the rest of `rules`: `recover` unions sets through them.
pub struct Parts(pub(super) u8);

impl Parts {
    /// Every part.
    pub const ALL: Parts = Parts(0b11_1111);
    /// No part.
    pub const NONE: Parts = Parts(0);

    pub fn insert(&mut self, part: Part) {
        self.0 |= part.bit();
    }

    pub fn remove(&mut self, part: Part) {
        self.0 &= !part.bit();
    }

    pub fn contains(self, part: Part) -> bool {
        self.0 & part.bit() != 0
    }

    /// Whether every part of `other` is in this set.
    pub fn contains_all(self, other: &[Part]) -> bool {
        other.iter().all(|&p| self.contains(p))
    }
}
