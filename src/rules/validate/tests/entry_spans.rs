//! Where diagnostics about signal entries point: for `{ phrase, weight }` and `{ pattern,
//! weight }`, at the phrase, the pattern or the weight, not at the entry's `{`; for a
//! pattern written over lines, inside it, not at the next item.

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

/// M001 on a `>-` pattern over two lines spanned 6:9–8:7, its caret on the next item's
/// `- '\bbaz\b'`.
#[test]
fn a_pattern_over_lines_is_pointed_at_inside() {
    let d = errors(
        r#"version: 1
signals:
  - id: s
    regex:
      - >-
        \bfoo
        [bar
      - '\bbaz\b'
      - |-
        \bqux
        (x
      - "\x41\
        (y"
"#,
    );
    assert_eq!(codes(&d), ["M001", "M001", "M001"]);
    let places: Vec<_> = d.iter().map(at).collect();
    // The third is written with escapes: not spelt verbatim, it is pointed at its first
    // line.
    assert_eq!(places, [(7, Some(9)), (11, Some(9)), (12, Some(9))]);
    for d in &d {
        let range = d.location.as_ref().and_then(|l| l.range.clone());
        assert_eq!(range.map(|r| r.len()), Some(1), "{d:?}");
    }
}

/// A more-indented line of a block keeps its extra spaces in the pattern: the error on
/// it was put on the line before.
#[test]
fn a_more_indented_line_of_a_pattern_is_pointed_at() {
    let d = errors(
        "version: 1\nsignals:\n  - id: s\n    regex:\n      - |\n        abc\n          x{2,1}\n",
    );
    assert_eq!(codes(&d), ["M001"]);
    assert_eq!(
        d.iter().map(at).collect::<Vec<_>>(),
        [(7, Some(12))],
        "at `{{2,1}}`"
    );
}

/// M002 on a `>-` pattern over lines spanned to the next item's `- ` as well.
#[test]
fn a_pattern_over_lines_that_matches_everything_is_pointed_at_its_start() {
    let d = errors(
        "version: 1\nsignals:\n  - id: s\n    regex:\n      - >-\n        (a\n        )?\n      - b\n",
    );
    assert_eq!(codes(&d), ["M002"]);
    assert_eq!(at(&d[0]), (6, Some(9)));
    let range = d[0].location.as_ref().and_then(|l| l.range.clone());
    assert_eq!(range.map(|r| r.len()), Some(1));
}
