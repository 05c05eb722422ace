//! Known leaks of `--redact` listed after the gaps (`gaps.rs`): personal data that
//! passed through unmasked, each masked now, in whole conversations as `--redact` reads
//! them, and what only looks like it kept.

use super::gaps::last_masked;
use crate::transcript::Role;

/// Known leak: "it's me" without a space after its comma ("It's me,Alexis"), without
/// its apostrophe ("Its me, Alexis") or written out ("It is me, Alexis") named no one.
#[test]
fn its_me_as_customers_write_it_names() {
    for (said, expected) in [
        ("It's me,Alexis", "It's me,[name]"),
        ("Its me, Alexis", "Its me, [name]"),
        ("its me Alexis again", "its me [name] again"),
        ("It is me, Alexis", "It is me, [name]"),
        (
            "Hi, it is me,Alexis. I called before",
            "Hi, it is me,[name]. I called before",
        ),
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), expected, "{said:?}");
    }
    // "Its" and "it is" without "me" name no one: "its" is a thing's.
    for said in [
        "I tried resetting its Bluetooth.",
        "It is Chicago.",
        "Its me, sorry",
        "It is me.",
    ] {
        assert_eq!(last_masked(&[(Role::Customer, said)]), said);
    }
}
