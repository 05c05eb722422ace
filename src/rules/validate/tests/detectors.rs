//! Built-in detectors as validation sees them: their settings checked where they are
//! written, `exclude:` naming phrases of the lexicon, weight zero disabling one.

use super::*;

#[test]
fn detector_settings_are_checked_where_they_are_written() {
    let d = errors(
        r"
version: 1
signals:
  - { id: a, builtin: repeat, min_words: many }
",
    );
    assert_eq!(codes(&d), ["S003"]);
    assert_eq!(at(&d[0]), (4, Some(42)));
    assert!(d[0].message.contains("a whole number"), "{}", d[0].message);

    let d = errors(
        r"
version: 1
signals:
  - { id: a, builtin: shouting, min_words: 2, min_share: 0.5 }
  - { id: b, phrases: [x], min_letters: 3 }
  - { id: c, builtin: repeat, times: 1, min_words: 0, min_share: 1.5 }
  - { id: d, builtin: shouting, min_share: 0, min_letters: 0 }
  - { id: e, builtin: shouting, min_share: 1.5 }
",
    );
    let found: Vec<_> = d
        .iter()
        .map(|d| (d.code.unwrap(), at(d), d.message.as_str()))
        .collect();
    assert_eq!(
        found,
        [
            (
                "S008",
                (4, Some(44)),
                "`min_words` is a setting of `builtin: repeat`, and signal `a` has `builtin: shouting`"
            ),
            (
                "S008",
                (5, Some(41)),
                "`min_letters` is a setting of `builtin: shouting`, and signal `b` has no `builtin:`"
            ),
            ("S008", (6, Some(38)), "`times` must be at least 2"),
            ("S008", (6, Some(52)), "`min_words` must be at least 1"),
            (
                "S008",
                (6, Some(66)),
                "`min_share` is a setting of `builtin: shouting`, and signal `c` has `builtin: repeat`"
            ),
            (
                "S008",
                (7, Some(44)),
                "`min_share` must be a number above 0 and at most 1"
            ),
            ("S008", (7, Some(60)), "`min_letters` must be at least 1"),
            (
                "S008",
                (8, Some(44)),
                "`min_share` must be a number above 0 and at most 1"
            ),
        ]
    );
    assert_eq!(
        d[0].help,
        ["move it to a signal with `builtin: repeat`, or delete it"]
    );
}

#[test]
fn exclude_names_phrases_of_the_lexicon() {
    let d = errors(
        r"
version: 1
signals:
  - id: a
    builtin: frustration
    exclude: [I gave up, ridiculous, xyzzy plugh]
  - { id: b, builtin: shouting, exclude: [loud] }
  - { id: c, phrases: [x], exclude: [x] }
  - id: d
    builtin: frustration
    phrases: [{ phrase: stupid, weight: 1 }]
    exclude: [Stupid!]
",
    );
    let found: Vec<(&str, (u32, Option<u32>))> =
        d.iter().map(|d| (d.code.unwrap(), at(d))).collect();
    assert_eq!(
        found,
        [
            ("R007", (6, Some(15))),
            ("R007", (6, Some(38))),
            ("S008", (7, Some(43))),
            ("S008", (8, Some(38))),
            ("S008", (12, Some(15))),
        ]
    );
    assert_eq!(
        d[0].message,
        "\"I gave up\" is not a phrase of the built-in `frustration` lexicon"
    );
    assert_eq!(d[0].help, ["did you mean `i give up`?"]);
    assert!(d[2].message.contains("`builtin: shouting` has no phrases"));
    assert!(d[3].message.contains("signal `c` has no `builtin:`"));
    assert!(d[4].message.contains("both excluded and listed"));
}

/// The README's `bot_fallback` example, a message the lexicon
/// matches, was R007 with "did you mean `sorry i didn't catch that`?" (an entry that
/// does not match it); the help now names the entries inside it.
#[test]
fn excluding_a_message_names_the_lexicon_entries_inside_it() {
    let d = errors(
        r#"
version: 1
signals:
  - id: f
    builtin: bot_fallback
    exclude: ["Sorry, I didn't understand that", "I'm not sure what you mean, could you rephrase?"]
"#,
    );
    assert_eq!(codes(&d), ["R007", "R007"]);
    assert_eq!(
        d[0].help,
        [
            "the lexicon's entries in this text: `i didn't understand`; exclude those (each stops matching every message it is in)"
        ]
    );
    // "not sure what you mean" is inside "i'm not sure what you mean": named once.
    assert_eq!(
        d[1].help,
        [
            "the lexicon's entries in this text: `i'm not sure what you mean`, `could you rephrase`; exclude those (each stops matching every message it is in)"
        ]
    );
}

#[test]
fn weight_zero_only_disables_a_built_in_phrase() {
    let d = errors(
        r"
version: 1
signals:
  - { id: a, phrases: [{ phrase: refund, weight: 0 }] }
",
    );
    assert_eq!(codes(&d), ["S008"]);
    assert!(d[0].help[0].contains("weight 0 only disables"));
    let rules = files(&[(
        "r.yaml",
        r"
version: 1
signals:
  - id: a
    builtin: human_request
    phrases: [{ phrase: Is there a human?, weight: 0 }, { phrase: live agent, weight: 3 }]
    exclude: [agent please]
",
    )])
    .unwrap();
    let lexicon = crate::rules::builtin::lexicon(crate::rules::Builtin::HumanRequest).unwrap();
    let a = &rules.signals[0];
    assert_eq!(a.phrases.len(), lexicon.phrases.len() - 2);
    let live = a.phrases.iter().find(|p| p.text == "live agent").unwrap();
    assert!(live.span.is_some() && (live.weight - 3.0).abs() < f64::EPSILON);
}

/// A built-in phrase disabled twice (`ridiculous` and `Ridiculous!`,
/// weight 0) was S008 "weight 0 only disables a phrase of the built-in lexicon" on the
/// second, which is one. It loads: neither reaches the engine, and both are kept for
/// lint, which reports the duplicate (M010).
#[test]
fn a_built_in_phrase_disabled_twice_is_no_weight_error() {
    let rules = files(&[(
        "r.yaml",
        r#"
version: 1
signals:
  - id: f
    builtin: frustration
    phrases:
      - { phrase: ridiculous, weight: 0 }
      - { phrase: "Ridiculous!", weight: 0 }
"#,
    )])
    .unwrap();
    let f = &rules.signals[0];
    let lexicon = crate::rules::builtin::lexicon(crate::rules::Builtin::Frustration).unwrap();
    assert_eq!(f.phrases.len(), lexicon.phrases.len() - 1);
    assert!(f.phrases.iter().all(|p| p.text != "ridiculous"));
    let disabled: Vec<_> = f.disabled.iter().map(|p| p.text.as_str()).collect();
    assert_eq!(disabled, ["ridiculous", "Ridiculous!"]);
}

/// M002 quoted `regex: ['\d*']` Debug-escaped, `regex "\\d*"`: not as the author wrote it.
#[test]
fn regexes_and_phrases_are_quoted_as_written() {
    let d = errors("version: 1\nsignals:\n  - id: x\n    regex: ['\\d*']\n    phrases: ['\\']\n");
    let messages: Vec<&str> = d.iter().map(|d| d.message.as_str()).collect();
    assert_eq!(
        messages,
        [
            "regex `\\d*` matches the empty string, so it would match every message",
            "phrase \"\\\" has no letters or digits: normalised, it is empty, and an empty phrase would match every message",
        ]
    );
}
