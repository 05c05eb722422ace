//! Tests of [`super`]: tokens found through escapes, folded lines and block scalars, and
//! no input that panics.

use super::written_at;

/// The text of `yaml` that writes `token` (its first occurrence in `template`), the
/// template read from `scalar`, written in `yaml` as serde-saphyr spans it.
fn at<'a>(yaml: &'a str, scalar: &str, template: &str, token: &str) -> Option<&'a str> {
    let start = yaml.find(scalar).unwrap();
    let from = template.find(token).unwrap();
    let range = from..from + token.len();
    written_at(yaml, start, start + scalar.len(), template, range).map(|r| &yaml[r])
}

#[test]
fn a_token_is_found_through_double_quoted_escapes() {
    let yaml = "b: \"Hi \\\"x\\\" {{ \\\"abc }}\"\nnext: 1\n";
    let scalar = "\"Hi \\\"x\\\" {{ \\\"abc }}\"";
    let template = "Hi \"x\" {{ \"abc }}";
    assert_eq!(at(yaml, scalar, template, "\"abc"), Some("\\\"abc"));
    // `\n` and `\u00e9` are one character of the template each.
    let yaml = "b: \"n\\n{{ n n }} caf\\u00e9 \\x7d\"\n";
    let scalar = "\"n\\n{{ n n }} caf\\u00e9 \\x7d\"";
    let template = "n\n{{ n n }} café }";
    assert_eq!(at(yaml, scalar, template, "n }}"), Some("n }}"));
    assert_eq!(at(yaml, scalar, template, "é"), Some("\\u00e9"));
    assert_eq!(at(yaml, scalar, template, "é }"), Some("\\u00e9 \\x7d"));
    // Not the template this scalar reads.
    assert_eq!(at(yaml, scalar, "n\n{{ n n }}", "n }}"), None);
}

#[test]
fn a_token_is_found_past_folded_lines() {
    // A line break is a space; the next line's indentation is dropped, and with an
    // escaped break, the break too.
    let yaml = "b: \"{{ a  \n    b }}\\\n    c\"\n";
    let scalar = "\"{{ a  \n    b }}\\\n    c\"";
    assert_eq!(at(yaml, scalar, "{{ a b }}c", "b"), Some("b"));
    assert_eq!(at(yaml, scalar, "{{ a b }}c", "c"), Some("c"));
    assert_eq!(at(yaml, scalar, "{{ a b }}c", "a b"), Some("a  \n    b"));
    // An empty line is a newline; `''` is one `'`.
    let yaml = "b: 'it''s\n\n   {{ x x }}'\n";
    let scalar = "'it''s\n\n   {{ x x }}'";
    assert_eq!(at(yaml, scalar, "it's\n{{ x x }}", "x }}"), Some("x }}"));
    assert_eq!(at(yaml, scalar, "it's\n{{ x x }}", "'"), Some("''"));
    // Plain, with Windows line breaks.
    let yaml = "b: {{ a\r\n  b }} c\r\n";
    assert_eq!(at(yaml, "{{ a\r\n  b }} c", "{{ a b }} c", "b"), Some("b"));
    assert_eq!(
        at(yaml, "{{ a\r\n  b }} c", "{{ a b }} c", "a b"),
        Some("a\r\n  b")
    );
}

#[test]
fn a_token_is_found_in_a_block_scalar() {
    let yaml = "b: |-  # a note\n  one\n    {{ x x }}\n\n  three\nnext: 1\n";
    let scalar = "one\n    {{ x x }}\n\n  three\n";
    let template = "one\n  {{ x x }}\n\nthree";
    assert_eq!(at(yaml, scalar, template, "x }}"), Some("x }}"));
    assert_eq!(at(yaml, scalar, template, "three"), Some("three"));
    // Folded: a break between two lines of text is a space, or dropped before an
    // empty line; kept around a line more indented.
    let yaml = "b: >\n  one {{\n  x\n\n  y }}\n   z\n  w\nnext: 1\n";
    let scalar = "one {{\n  x\n\n  y }}\n   z\n  w\n";
    let template = "one {{ x\ny }}\n z\nw\n";
    assert_eq!(at(yaml, scalar, template, "x\ny"), Some("x\n\n  y"));
    assert_eq!(at(yaml, scalar, template, "w"), Some("w"));
    // A template that is not what the scalar reads: nothing.
    assert_eq!(at(yaml, scalar, "one {{ x y }}", "y"), None);
    // Nor is a plain scalar read as a block one.
    assert_eq!(at("b: one\n", "one", "one", "o"), Some("o"));
}

/// No scalar, span or range makes it panic: every start, end and range of a few
/// texts with escapes, blocks and characters of more than one byte.
#[test]
fn no_input_panics() {
    for yaml in [
        "b: \"é\\u00e9\\\n  x\\\"\"\n",
        "b: >-\n  é {{\n\n   x\n  y\n",
        "b: |2\n   é\r\n  'x''\n",
        "é: 'a''é\n\n b",
    ] {
        for start in 0..=yaml.len() {
            for end in start..=yaml.len() {
                let _ = written_at(yaml, start, end, "é x", 0..2);
                // What it reads, read again, at every range.
                let Some(read) = super::read(yaml, start, end) else {
                    continue;
                };
                for from in 0..=read.text.len() + 1 {
                    for to in from..=read.text.len() + 1 {
                        let found = written_at(yaml, start, end, &read.text, from..to);
                        if let Some(found) = found {
                            assert!(yaml.get(found).is_some());
                        }
                    }
                }
            }
        }
    }
}
