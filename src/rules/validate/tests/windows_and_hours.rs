//! Validation of a condition's values: each part of an `hours:` condition at its own
//! value, saying what was expected; a window (`within:`) that must hold a message and
//! count messages, kept with where it is written.

use super::*;

/// Each part of an `hours:` condition is checked at its own value, and says what was
/// expected; a range past midnight is valid.
#[test]
fn hours_errors_are_at_the_value_and_say_what_was_expected() {
    let d = errors(
        r#"version: 1
triggers:
  - id: a
    when: { hours: { between: "9-17", days: [mon, fry], tz: Europe/Lodnon } }
  - id: b
    when: { hours: { between: "22:00-06:00", days: [], tz: "+25:00" } }
  - id: c
    when: { hours: { tz: UTC } }
  - id: d
    when: { hours: { between: "09:00-17:00", bogus: 1 } }
"#,
    );
    let found: Vec<_> = d
        .iter()
        .map(|d| (d.code.unwrap_or("-"), at(d), d.message.as_str()))
        .collect();
    let expect = [
        (
            "S008",
            (4, Some(31)),
            "`9-17`: expected a range of local times",
        ),
        ("S008", (4, Some(51)), "unknown day `fry`"),
        ("S008", (4, Some(61)), "unknown time zone `Europe/Lodnon`"),
        ("S008", (6, Some(52)), "`days` needs at least one day"),
        ("S008", (6, Some(60)), "`+25:00` is not an offset"),
        ("S008", (8, Some(11)), "needs `between` or `days`"),
        ("S002", (10, Some(46)), "bogus"),
    ];
    assert_eq!(found.len(), expect.len(), "{found:#?}");
    for ((code, place, message), (want_code, want_place, want)) in found.iter().zip(expect) {
        assert_eq!((*code, *place), (want_code, want_place), "{message}");
        assert!(message.contains(want), "{message} lacks {want}");
    }
}

/// `within: 0` counts nothing, and `turn` and `minutes_elapsed` do not count messages:
/// S008 at the `within` value, with a help line saying what to write.
#[test]
fn a_window_must_hold_a_message_and_count_messages() {
    let d = errors(
        r"
version: 1
signals:
  - { id: a, phrases: [a] }
triggers:
  - id: t
    when:
      any:
        - seen: { signal: a, within: 0 }
        - counter: { name: bot_fallbacks, at_least: 2, within: 0 }
        - counter: { name: turn, at_least: 2, within: 6 }
        - counter:
            name: minutes_elapsed
            at_least: 10
            within: 6
",
    );
    assert_eq!(codes(&d), ["S008"; 4]);
    assert_eq!(d[0].message, "`within` must be at least 1");
    assert_eq!(at(&d[0]), (9, Some(38)));
    assert!(
        d[0].help[0].contains("the last N messages"),
        "{:?}",
        d[0].help
    );
    assert_eq!(at(&d[1]), (10, Some(64)));
    assert_eq!(
        d[2].message,
        "`within` counts messages in a window, and `turn` is the number of the latest message"
    );
    assert_eq!(at(&d[2]), (11, Some(55)));
    assert_eq!(
        d[2].help,
        [
            "`within` goes with `customer_messages`, `bot_messages`, `agent_messages`, `bot_fallbacks`, `customer_repeats` and `bot_repeats`; delete it here"
        ]
    );
    assert_eq!(
        d[3].message,
        "`within` counts messages in a window, and `minutes_elapsed` is a time, not a count of messages"
    );
    assert_eq!(at(&d[3]), (15, Some(21)));
}

#[test]
fn a_window_is_kept_with_where_it_is_written() {
    let rules = files(&[(
        "r.yaml",
        "version: 1\ntriggers:\n  - id: t\n    when: { counter: { name: bot_fallbacks, at_least: 2, within: 6 } }\n",
    )])
    .unwrap();
    let Condition::Counter {
        within,
        within_span,
        ..
    } = &rules.triggers[0].when
    else {
        panic!("a counter");
    };
    assert_eq!(*within, Some(6));
    let span = within_span.expect("located");
    let text = &rules.sources.get(span.file).expect("a source").text;
    assert_eq!(&text[span.start..span.end], "6");
    assert_eq!((span.line, span.column), (4, 66));
}

/// A counter bound no conversation reaches (`at_least: 1e30`, 2^64) loaded, and its
/// trigger never fired without a word: S008 at the bound, as `seen` and `within` refuse
/// such counts. The largest count, and a fraction (the next whole number), still load.
#[test]
fn a_counter_bound_past_any_count_is_an_error_at_it() {
    let d = errors(
        r"
version: 1
triggers:
  - id: t
    when:
      any:
        - counter: { name: turn, at_least: 1e30 }
        - counter: { name: minutes_elapsed, at_most: 18446744073709551616 }
        - counter: { name: bot_messages, at_least: 4294967296 }
",
    );
    assert_eq!(codes(&d), ["S008"; 3]);
    assert_eq!(
        d[0].message,
        "a counter bound is at most 4294967295: no conversation counts further"
    );
    assert_eq!(at(&d[0]), (7, Some(44)));
    assert_eq!(at(&d[1]), (8, Some(54)));
    let fine = files(&[(
        "r.yaml",
        "version: 1\ntriggers:\n  - id: t\n    when: { any: [ { counter: { name: turn, at_least: 4294967295 } }, { counter: { name: turn, at_least: 1.5 } } ] }\n",
    )]);
    assert!(fine.is_ok(), "{:?}", fine.err());
}
