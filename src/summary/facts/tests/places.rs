//! Names that are known places: a `place` fact, not a `name`.

use super::facts;
use crate::summary::FactKind;

/// Regression: a known place was a `name` fact ("Detroit", "Chicago": 7 of STAR's 204
/// name facts). It is a `place` now; a given name that is a place too ("Charlotte"), a
/// longer name that holds one, and a place inside a name stay names.
#[test]
fn a_known_place_is_a_place() {
    assert_eq!(
        facts("I fly from Detroit to New York, then Bogotá, with Charlotte"),
        [
            (FactKind::Place, "Detroit".into()),
            (FactKind::Place, "New York".into()),
            (FactKind::Place, "Bogotá".into()),
            (FactKind::Name, "Charlotte".into()),
        ]
    );
    assert_eq!(
        facts("We stayed at the Old Town Inn Chicago"),
        [(FactKind::Name, "Old Town Inn Chicago".into())]
    );
}
