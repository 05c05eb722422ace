//! The labels that say a number is a thing's (an order's, a flight's, a room's), not a
//! code: a word in lower case and a caller's own labels → whether it is one of those or
//! of the labels both callers take, `near.rs` (where the search for a PIN's number
//! stops: "my PIN, and my order 123456") and `loose.rs` (a number said of as "my old
//! one" after its label: "My flight 5678 is my old one"). Tells; each caller keeps its
//! own labels and lowers its word.

/// The labels of things both take. Sorted, lower case.
pub(super) const THINGS: &[&str] = &[
    "account",
    "booking",
    "claim",
    "confirmation",
    "extension",
    "flight",
    "gate",
    "invoice",
    "item",
    "member",
    "order",
    "policy",
    "postcode",
    "ref",
    "reference",
    "reservation",
    "room",
    "seat",
    "serial",
    "table",
    "ticket",
    "tracking",
    "zip",
];

/// Whether `lower`, a word in lower case, is a label of a thing's number: one of
/// [`THINGS`] or of the caller's `own` labels (sorted, lower case).
pub(in crate::redact) fn is_label(lower: &str, own: &[&str]) -> bool {
    THINGS.binary_search(&lower).is_ok() || own.binary_search(&lower).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_labels_are_sorted_and_lower_case() {
        assert!(THINGS.is_sorted());
        assert!(
            THINGS
                .iter()
                .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        );
        assert!(
            is_label("order", &[]) && is_label("zip", &["acct"]) && is_label("acct", &["acct"])
        );
        assert!(!is_label("Order", &[]) && !is_label("pin", &["acct"]));
    }
}
