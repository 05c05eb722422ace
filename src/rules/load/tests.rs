//! Loading rule files: parse errors as coded diagnostics, rules not found said where,
//! scalars as written and tags refused, shape errors said where, a file not UTF-8 and
//! an oversized one.

use super::*;

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn parse_errors_become_coded_diagnostics() {
    let dir = tempfile::tempdir().unwrap();
    write(
        dir.path(),
        "a.yaml",
        "version: 1\nsignals:\n  - id: x\n    phrase: [a]\n",
    );
    write(dir.path(), "b.yaml", "signals: []\n");
    write(dir.path(), "c.yaml", "version: 1\nversion: 1\n");
    write(dir.path(), "d.yaml", "version: 1\nsignals: [\n");
    let loaded = load(dir.path()).unwrap();
    let codes: Vec<_> = loaded.diagnostics.iter().map(|d| d.code.unwrap()).collect();
    assert_eq!(codes, ["S002", "S004", "S006", "S001"]);
    assert_eq!(loaded.diagnostics[0].help, ["did you mean `phrases`?"]);
    let first = loaded.diagnostics[0].location.as_ref().unwrap();
    assert_eq!((first.line, first.column), (4, Some(5)));
    // What parsed of the files with schema errors is kept, to be validated too; the
    // file with a syntax error gives nothing.
    assert_eq!(loaded.files.len(), 3);
}

/// One diagnostic for `text`: code, message, line, column.
fn diagnose(text: &str) -> (&'static str, String, u32, u32) {
    let loaded = parse(vec![(PathBuf::from("r.yaml"), text.to_owned())]);
    let [d] = loaded.diagnostics.as_slice() else {
        panic!("one diagnostic expected: {:?}", loaded.diagnostics)
    };
    let loc = d.location.as_ref().unwrap();
    (
        d.code.unwrap(),
        d.message.clone(),
        loc.line,
        loc.column.unwrap(),
    )
}

/// "rules not found at rules" said neither where nor from which
/// directory: a relative path says where it was looked for.
#[test]
fn rules_not_found_say_where_they_were_looked_for() {
    let here = std::env::current_dir().unwrap();
    assert_eq!(
        LoadError::NotFound(PathBuf::from("rules")).to_string(),
        format!(
            "rules not found at rules (no file or directory {})",
            here.join("rules").display()
        )
    );
    let absolute = here.join("no-such-rules");
    assert_eq!(
        LoadError::NotFound(absolute.clone()).to_string(),
        format!("rules not found at {}", absolute.display())
    );
}

/// `phrases: [404]` was S003 ("found the number 404"): a number or `true` in a
/// phrase or regex list is its text as written. `!include x` was quietly the phrase
/// "x", and other tags were dropped: a tag is an error at the tag, naming it. The
/// core schema's tags (`!!str`, `!!int`, …) were resolved and accepted; they are
/// errors too. `.inf` and `1e400` were "expected a finite number": text as written.
#[test]
fn scalars_are_text_as_written_and_tags_are_refused() {
    let signal = "version: 1\nsignals:\n  - id: s\n";
    let loaded = parse(vec![(
        PathBuf::from("r.yaml"),
        format!(
            "{signal}    phrases: [404, 1.50, true, {{phrase: 0x10, weight: 2}}, .inf, 1e400]\n    regex: [500]\n"
        ),
    )]);
    assert!(loaded.diagnostics.is_empty(), "{:?}", loaded.diagnostics);
    let phrases: Vec<String> = loaded.files[0].1.signals[0]
        .phrases
        .iter()
        .map(|p| match &p.value {
            crate::rules::schema::PhraseEntry::Plain(text) => text.clone(),
            crate::rules::schema::PhraseEntry::Weighted(w) => w.phrase.value.clone(),
        })
        .collect();
    assert_eq!(phrases, ["404", "1.50", "true", "0x10", ".inf", "1e400"]);
    for (value, tag, column) in [
        ("!include x", "!include", 14),
        (
            "!!python/object:os.system x",
            "!!python/object:os.system",
            14,
        ),
        ("[a, !foo b]", "!foo", 18),
        ("[!!str x]", "!!str", 15),
        ("!!seq [x]", "!!seq", 14),
    ] {
        let (code, message, line, col) = diagnose(&format!("{signal}    phrases: {value}\n"));
        assert_eq!((code, line, col), ("S003", 4, column), "{value}: {message}");
        assert_eq!(
            message,
            format!(
                "YAML tags are not supported, found `{tag}`: write the value plainly, without a tag (a value that starts with `!` is quoted: `'!text'`)"
            )
        );
    }
}

/// `negation: "true"` and `exists: "false"` were read as booleans, which the schema
/// refuses: a boolean is written as one, said at the value with what to write.
#[test]
fn a_quoted_boolean_is_refused_at_its_value() {
    let (code, message, line, column) =
        diagnose("version: 1\nsignals:\n  - id: s\n    phrases: [x]\n    negation: \"true\"\n");
    assert_eq!((code, line, column), ("S003", 5, 15));
    assert_eq!(
        message,
        "expected true or false, unquoted (write true, not \"true\"), found the text \"true\""
    );
    let (code, message, line, _) = diagnose(
        "version: 1\ntriggers:\n  - id: t\n    when: { meta: { field: tier, exists: 'false' } }\n",
    );
    assert_eq!((code, line), ("S003", 4), "{message}");
    assert!(message.contains("write false, not \"false\""), "{message}");
}

/// Shape errors said "data did not match any variant of untagged enum
/// `PhraseEntry`" (as S001), "invalid u32", "expected string key for externally tagged
/// enum"; a missing field pointed at the last key of the mapping.
#[test]
fn shape_errors_say_what_was_expected_where() {
    let signal = "version: 1\nsignals:\n  - id: s\n";
    let phrase = "expected a phrase: a string, or { phrase, weight }";
    for (entry, found) in [("~", "nothing (`~` or an empty value)"), ("[a]", "a list")] {
        let (code, message, line, column) = diagnose(&format!("{signal}    phrases: [{entry}]\n"));
        assert_eq!((code, line, column), ("S003", 4, 15), "{message}");
        assert_eq!(message, format!("{phrase}, found {found}"));
    }
    let (code, message, ..) = diagnose(&format!(
        "{signal}    phrases: [{{phrase: x, wieght: 2}}]\n"
    ));
    assert_eq!(code, "S002");
    assert!(message.starts_with("unknown field `wieght`"), "{message}");
    let (code, message, ..) = diagnose(&format!("{signal}    regex: [[5]]\n"));
    assert_eq!(code, "S003");
    assert!(
        message.starts_with("expected a regex: a string"),
        "{message}"
    );
    assert_eq!(
        diagnose(&format!("{signal}    phrases: [x]\n    threshold: two\n")),
        (
            "S003",
            "expected a number, found the text \"two\"".into(),
            5,
            16
        )
    );
    let trigger = format!("{signal}    phrases: [x]\ntriggers:\n  - id: t\n");
    assert_eq!(
        diagnose(&format!(
            "{trigger}    when: {{ seen: {{ signal: s, at_least: -1 }} }}\n"
        )),
        (
            "S003",
            "expected a whole number ≥ 0, found the number -1".into(),
            7,
            42
        )
    );
    let (code, message, line, column) = diagnose(&format!("{trigger}    when: {{}}\n"));
    assert_eq!((code, line, column), ("S003", 7, 11));
    assert!(
        message.starts_with("expected a condition such as `message: { signal: ID }`"),
        "{message}"
    );
    let (code, message, line, column) = diagnose(&format!(
        "{trigger}    severity: {{}}\n    when: {{ seen: {{ signal: s }} }}\n"
    ));
    assert_eq!((code, line, column), ("S003", 7, 15));
    assert_eq!(
        message,
        "expected a severity: low, medium, high or critical, found a mapping"
    );
    let (code, message, line, column) =
        diagnose(&format!("{trigger}    description: d\n    reason: r\n"));
    assert_eq!((code, line, column), ("S004", 6, 5), "{message}");
    let (code, message, line, ..) =
        diagnose(&format!("{signal}    phrases: [x]\n---\nversion: 1\n"));
    assert_eq!((code, line), ("S001", 6));
    assert_eq!(
        message,
        "expected one YAML document per file, found a second one after `---`"
    );
}

/// A rule file that is not UTF-8 said "not valid UTF-8 (at byte 11)", with no line
/// or column, and stopped `lint` with exit 2 where other invalid rule files give 1.
#[test]
fn a_file_that_is_not_utf8_is_a_located_diagnostic() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("r.yaml"), b"version: 1\n\xff\xfe bad: x\n").unwrap();
    let loaded = load(dir.path()).unwrap();
    let [d] = loaded.diagnostics.as_slice() else {
        panic!("{:?}", loaded.diagnostics)
    };
    assert_eq!(d.code, Some("S001"));
    assert_eq!(d.message, "the file is not valid UTF-8 text");
    let loc = d.location.as_ref().unwrap();
    assert_eq!((loc.line, loc.column), (2, Some(1)));
}

#[test]
fn oversized_files_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let big = "#".repeat(usize::try_from(MAX_RULE_FILE_BYTES).unwrap() + 1);
    write(dir.path(), "big.yaml", &big);
    assert!(matches!(load(dir.path()), Err(LoadError::TooLarge { .. })));
}

/// The rule set's limit, read by the same `SizeLimits` as rule-test files: said of the
/// path given, with the message it had.
#[test]
fn rule_files_over_the_limit_together_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let part = "#".repeat(usize::try_from(MAX_RULE_FILE_BYTES).unwrap());
    for name in ["a.yaml", "b.yaml", "c.yaml", "d.yaml", "e.yaml"] {
        write(dir.path(), name, &part);
    }
    let error = load(dir.path()).unwrap_err();
    assert_eq!(
        error.to_string(),
        format!(
            "the rule files in {} are {} bytes together; the limit is 16 MiB ({MAX_RULE_SET_BYTES} bytes)",
            dir.path().display(),
            MAX_RULE_SET_BYTES + MAX_RULE_FILE_BYTES
        )
    );
}

/// A rule-test file given as rules was told by serde's wording of its `tests:` error
/// ("unknown field `tests`, …") in the first column: a top-level `tests:` in a flow
/// mapping was missed, and a nested `tests:` written in the first column was taken for
/// one. It is told by the document's top-level keys.
#[test]
fn a_rule_test_files_tests_key_is_told_by_the_documents_keys() {
    let helped = |text: &str| {
        let loaded = parse(vec![(PathBuf::from("r.yaml"), text.to_owned())]);
        loaded
            .diagnostics
            .iter()
            .filter(|d| d.help.iter().any(|h| h == RULE_TEST_KEY_HELP))
            .map(|d| {
                let at = d.location.as_ref().unwrap();
                (at.line, at.column)
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(helped("version: 1\ntests: []\n"), [(2, Some(1))]);
    assert_eq!(helped("{ version: 1, tests: [] }\n"), [(1, Some(15))]);
    // Not at the top level, though in the first column.
    assert_eq!(
        helped("version: 1\nsignals: [ { id: a, phrases: [x],\ntests: 1 } ]\n"),
        []
    );
    assert_eq!(
        helped("version: 1\nsignals:\n  - id: a\n    tests: 1\n"),
        []
    );
    // Another unknown top-level key.
    assert_eq!(helped("version: 1\ntest: []\n"), []);
}

/// `- signal: frustration` under `all:` said only "unknown condition `signal`": a
/// condition's field written as a condition is told the condition that takes it; a
/// trigger's id keeps its own help, and an unknown word gets none.
#[test]
fn a_conditions_field_written_as_a_condition_is_told_where_it_goes() {
    let helps = |condition: &str| {
        let text = format!(
            "version: 1\ntriggers:\n  - id: pricing\n    when:\n      all:\n        - {condition}\n"
        );
        let loaded = parse(vec![(PathBuf::from("r.yaml"), text)]);
        let [d] = loaded.diagnostics.as_slice() else {
            panic!("one diagnostic expected: {:?}", loaded.diagnostics)
        };
        assert_eq!(d.code, Some("S002"), "{d:?}");
        d.help.first().cloned().unwrap_or_default()
    };
    let help = helps("signal: frustration");
    assert!(
        help.starts_with("`signal` is a field of a condition, not a condition: write `message: { role: customer, signal: ID }`"),
        "{help}"
    );
    assert!(
        help.contains("`seen: { signal: ID, at_least: N }`"),
        "{help}"
    );
    assert!(helps("phrases: [refund]").contains("`message: { role: customer, phrases: [...] }`"));
    assert!(helps("at_least: 2").contains("`counter: { name: bot_fallbacks, at_least: N }`"));
    assert!(helps("equals: enterprise").contains("`meta: { field: FIELD, equals: VALUE }`"));
    assert!(helps("tz: Europe/London").contains("`hours: { between: \"09:00-17:00\""));
    assert!(helps("pricing").starts_with("`pricing` is a trigger"));
    assert_eq!(helps("sentiment: negative"), "");
}
