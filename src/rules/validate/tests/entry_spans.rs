//! Where diagnostics about `{ phrase, weight }` and `{ pattern, weight }` entries point:
//! at the phrase, the pattern or the weight, not at the entry's `{`.

use super::{at, codes, errors, files};

/// `- { pattern: '\bprice (match', weight: 2 }` was reported at the `{` (5:9), while
/// the same pattern written alone pointed inside it.
#[test]
fn weighted_entries_are_reported_at_their_value() {
    let d = errors(
        r"version: 1
signals:
  - id: s
    phrases:
      - { phrase: '!!', weight: 1 }
      - { phrase: money back, weight: 0 }
    regex:
      - { pattern: '\bprice (match', weight: 2 }
      - {pattern: 'a*', weight: 1}
      - pattern: 'x[a'
        weight: -1
",
    );
    assert_eq!(codes(&d), ["M002", "S008", "M001", "M002", "M001", "S008"]);
    let places: Vec<_> = d.iter().map(at).collect();
    assert_eq!(
        places,
        [
            (5, Some(19)),
            (6, Some(39)),
            (8, Some(29)),
            (9, Some(19)),
            (10, Some(20)),
            (11, Some(17)),
        ]
    );
}

/// M011 and M014 point at the phrase too: the spans the lint checks get.
#[test]
fn a_weighted_phrase_keeps_the_span_of_its_text() {
    let rules = files(&[(
        "r.yaml",
        "version: 1\nsignals:\n  - id: s\n    phrases:\n      - { phrase: \"C++\", weight: 2 }\n",
    )])
    .unwrap_or_else(|d| panic!("{d:?}"));
    let span = rules.signals[0].phrases[0].span.expect("written");
    assert_eq!((span.line, span.column), (5, 19));
    let file = rules.sources.get(span.file).expect("its file");
    assert_eq!(&file.text[span.start..span.end], "\"C++\"");
}
