//! Lint errors a first rule file meets, each with the fix it needs: a
//! built-in detector's name used as a signal, a
//! weighted phrase without its weight, one value where a list belongs, a list of
//! conditions where one belongs, a condition's field written as a condition, a
//! signal's phrase written as a signal.

use crate::common::{handoff, write};

/// `handoff lint` of `rules` (one file): its human output, after checking it fails.
fn lint(rules: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "rules.yaml", rules);
    let out = handoff()
        .current_dir(dir.path())
        .args(["lint", "--color", "never", "-r", "rules.yaml"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The `= help:` lines of the diagnostic at `place` (`rules.yaml:7:48`).
fn helps_at(out: &str, place: &str) -> Vec<String> {
    let at = out
        .find(&format!("--> {place}\n"))
        .unwrap_or_else(|| panic!("no diagnostic at {place}:\n{out}"));
    let end = out[at..].find("\n\n").map_or(out.len(), |e| at + e);
    out[at..end]
        .lines()
        .filter_map(|l| l.trim_start().strip_prefix("= help: "))
        .map(str::to_owned)
        .collect()
}

const TEAM: &str = "default_route: { team: a }\nteams:\n  - { id: a, name: A, bridge: hi }\n";

#[test]
fn a_builtin_detectors_name_used_as_a_signal_says_how_to_define_it() {
    let out = lint(&format!(
        "version: 1\nsignals:\n  - id: cancel\n    phrases: [cancel]\ntriggers:\n  - id: ask\n    when: {{ message: {{ role: customer, signal: human_request }} }}\n{TEAM}"
    ));
    assert!(
        out.contains("error[R001]: unknown signal `human_request`"),
        "{out}"
    );
    assert_eq!(
        helps_at(&out, "rules.yaml:7:48"),
        [
            "`human_request` is a built-in detector: a signal uses it, as `- { id: human_request, builtin: human_request }` under `signals:`"
        ]
    );
}

#[test]
fn a_weighted_phrase_without_its_weight_says_a_plain_phrase_needs_none() {
    let help = "an entry written as a mapping, `{ phrase: close my account, weight: 2 }` (or `{ pattern: …, weight: 2 }`), needs its `weight`; one of weight 1 is written alone: `- close my account`";
    let out = lint(&format!(
        "version: 1\nsignals:\n  - id: cancel\n    phrases:\n      - {{ phrase: close my account }}\n      - {{ phrase: end it, wieght: 2 }}\ntriggers:\n  - id: churn\n    when: {{ message: {{ signal: cancel }} }}\n{TEAM}"
    ));
    assert!(out.contains("error[S004]: missing field `weight`"), "{out}");
    assert_eq!(helps_at(&out, "rules.yaml:5:9"), [help]);
    // The misspelt key: its "did you mean", then the same help, not "`weight` is
    // required", which read as if every phrase needed one.
    assert_eq!(
        helps_at(&out, "rules.yaml:6:27"),
        ["did you mean `weight`?", help]
    );
}

#[test]
fn one_value_where_a_list_belongs_is_shown_as_a_list() {
    let out = lint(&format!(
        "version: 1\nsignals:\n  - id: cancel\n    phrases: cancel my plan  # the plan\n  - id: refund\n    phrases: \"refund, money back\"\ntriggers:\n  - id: vip\n    when: {{ all: [{{ message: {{ signal: cancel }} }}, {{ meta: {{ field: tier, in: pro }} }}] }}\n  - id: both\n    when:\n      all:\n        message: {{ signal: refund }}\n{TEAM}"
    ));
    assert_eq!(
        helps_at(&out, "rules.yaml:4:14"),
        ["`phrases` takes a list, even of one item: write `phrases: [cancel my plan]`"]
    );
    assert_eq!(
        helps_at(&out, "rules.yaml:6:14"),
        ["`phrases` takes a list, even of one item: write `phrases: [\"refund, money back\"]`"]
    );
    // In a flow mapping the value ends at its `}`.
    assert_eq!(
        helps_at(&out, "rules.yaml:9:79"),
        ["`in` takes a list, even of one item: write `in: [pro]`"]
    );
    // A mapping where the list of conditions belongs.
    assert_eq!(
        helps_at(&out, "rules.yaml:13:9"),
        ["`all` takes a list: start each item on its own line with `- `, or write `[…, …]`"]
    );
}

#[test]
fn a_list_of_conditions_where_one_belongs_says_to_combine_them() {
    let out = lint(&format!(
        "version: 1\nsignals:\n  - id: cancel\n    phrases: [cancel]\ntriggers:\n  - id: churn\n    when:\n      - message: {{ signal: cancel }}\n      - meta: {{ field: tier, equals: pro }}\n{TEAM}"
    ));
    assert!(out.contains("found a list"), "{out}");
    assert_eq!(
        helps_at(&out, "rules.yaml:8:7"),
        [
            "to require every one of them, put the list under `all:` (`when: { all: [ … ] }`); under `any:` if one of them is enough"
        ]
    );
}

/// R007's help pointed at `src/rules/builtin.rs`, which users of the binary do not
/// have: `lint --builtin NAME` prints the lexicon, and the help says so.
#[test]
fn a_builtins_phrases_are_printed_by_the_binary() {
    let out = handoff()
        .args(["lint", "--builtin", "frustration"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success() && text.contains("\n     2  ridiculous\n"),
        "{text}"
    );
    let out = handoff()
        .args(["lint", "--builtin", "frustraton"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains("did you mean `frustration`?"), "{stderr}");
    // A name cut short got no "did you mean": the one it begins is it.
    for (short, full) in [("frust", "frustration"), ("human", "human_request")] {
        let out = handoff()
            .args(["lint", "--builtin", short])
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.contains(&format!("did you mean `{full}`?")),
            "{stderr}"
        );
    }
    let found = lint(
        "version: 1\nsignals:\n  - { id: angry, builtin: frustration, exclude: [zzz qqq] }\ntriggers:\n  - { id: angry, when: { message: { role: customer, signal: angry } } }\nteams:\n  - { id: t, name: T, bridge: hi }\ndefault_route: { team: t }\n",
    );
    assert!(
        found.contains("`handoff lint --builtin frustration` prints them"),
        "{found}"
    );
}

/// `- signal: frustration` under `all:`, what people write first, said only "unknown
/// condition `signal`; expected all, any, …": it says which condition takes the field.
#[test]
fn a_signal_written_as_a_condition_says_which_condition_takes_it() {
    let out = lint(&format!(
        "version: 1\nsignals:\n  - {{ id: refund, phrases: [refund] }}\ntriggers:\n  - id: refund-angry\n    when:\n      all:\n        - signal: frustration\n        - message: {{ role: customer, signal: refund }}\n{TEAM}"
    ));
    assert!(
        out.contains("error[S002]: unknown condition `signal`; expected all, any"),
        "{out}"
    );
    assert_eq!(
        helps_at(&out, "rules.yaml:8:11"),
        [
            "`signal` is a field of a condition, not a condition: write `message: { role: customer, signal: ID }` (the latest customer message matches the signal) or `seen: { signal: ID, at_least: N }` (N messages so far did)"
        ]
    );
}

/// `signal: refund` where the signal listing "refund" is `billing`: said only "unknown
/// signal `refund`" (no id is close to it). It names the signals whose phrase it is; a
/// name that is no phrase gets no such help, and a close id still gets its "did you mean".
#[test]
fn a_phrase_written_as_a_signal_names_the_signals_that_hold_it() {
    let signals = "version: 1\nsignals:\n  - { id: billing, phrases: [refund, double charge] }\n  - { id: money, phrases: [Refund] }\n";
    let out = lint(&format!(
        "{signals}triggers:\n  - id: a\n    when: {{ message: {{ role: customer, signal: refund }} }}\n  - id: b\n    when: {{ seen: {{ signal: double-charge }} }}\n  - id: c\n    when: {{ seen: {{ signal: cancel }} }}\n  - id: d\n    when: {{ seen: {{ signal: bilings }} }}\n{TEAM}"
    ));
    assert_eq!(
        helps_at(&out, "rules.yaml:7:48"),
        [
            "`refund` is a phrase of signals `billing` and `money`: a condition reads a signal by its id (or define a signal `refund` under `signals:`)"
        ]
    );
    assert_eq!(
        helps_at(&out, "rules.yaml:9:29"),
        [
            "`double-charge` is a phrase of signal `billing`: a condition reads a signal by its id (or define a signal `double-charge` under `signals:`)"
        ]
    );
    assert!(helps_at(&out, "rules.yaml:11:29").is_empty(), "{out}");
    assert_eq!(
        helps_at(&out, "rules.yaml:13:29"),
        ["did you mean `billing`?"]
    );
}
