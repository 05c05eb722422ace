//! `--redact` masks text from exports and rule matches: any text, any customer name and
//! any span of the text (a signal's match) must be masked without a panic, and a masked
//! part is never longer than the masked whole allows.
#![no_main]

use handoff::redact::{Names, masked, masked_part, redact};
use handoff::transcript::Metadata;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, &str, u16, u16)| {
    let (name, text, a, b) = input;
    let mut metadata = Metadata::default();
    metadata.insert("name", name);
    metadata.insert("username", name);
    let names = Names::of(&metadata);
    let _ = redact(text);
    let whole = masked(text, &names);
    let (start, end) = (usize::from(a.min(b)), usize::from(a.max(b)));
    let part = masked_part(text, 0, start, end, &names);
    if start == 0 && end >= text.len() {
        assert_eq!(
            part, whole,
            "the part that is all of the text is masked as the whole"
        );
    }
});
