//! Tests of `config.rs`: overrides set by code or name, the project file's `lint:`
//! section read as the flags are, and the errors for what is no code.

use super::*;

/// What setting `key` to `level` refuses, said.
fn refused(key: &str, level: Level) -> String {
    Overrides::default()
        .set(key, level)
        .unwrap_err()
        .to_string()
}

#[test]
fn ids_and_names_are_accepted_and_fatal_codes_refused() {
    let mut o = Overrides::default();
    o.set("unused-signal", Level::Deny).unwrap();
    o.set("l002", Level::Allow).unwrap();
    assert!(matches!(
        o.set("S002", Level::Allow),
        Err(ConfigError::NotOverridable { .. })
    ));
    assert!(matches!(
        o.set("D001", Level::Allow),
        Err(ConfigError::NotOverridable { .. })
    ));
    // `--deny R002` was refused though README forbade only `--allow` for
    // codes that stop rules loading. Deny is a no-op there; warn and allow say why not.
    o.set("R002", Level::Deny).unwrap();
    o.set("undefined-trigger", Level::Deny).unwrap();
    assert_eq!(
        o.set("R002", Level::Warn).unwrap_err().to_string(),
        "`R002` (undefined-trigger) cannot be made a warning: rule files with this problem cannot be loaded, so it is always an error"
    );
    assert_eq!(
        o.set("S002", Level::Allow).unwrap_err().to_string(),
        "`S002` (unknown-field) cannot be allowed: rule files with this problem cannot be loaded, so it is always an error"
    );
    assert_eq!(
        o.set("D003", Level::Deny).unwrap_err().to_string(),
        "`D003` (bad-timestamp) cannot be overridden: it is about transcripts, not rules"
    );
    let err = o.set("unused-signl", Level::Allow).unwrap_err().to_string();
    assert_eq!(
        err,
        "unknown check `unused-signl`; did you mean `unused-signal`?"
    );
    let found = vec![
        Diagnostic::warning("R010", "a"),
        Diagnostic::warning("L002", "b"),
        Diagnostic::warning("R011", "c"),
    ];
    let out = o.apply(found);
    assert_eq!(out.len(), 2);
    assert_eq!(out[0].severity, Severity::Error);
    assert_eq!(out[1].severity, Severity::Warning);
}

/// A code both allowed and denied in one file was accepted, the last word
/// winning. Each code given two levels is a mistake, at its second place in the file
/// (whichever list comes first), naming the first; one named twice at one level, by
/// id and by name, is not.
#[test]
fn a_code_given_two_levels_in_one_section_is_a_mistake() {
    let section: LintSection = crate::yaml::from_str(
        "deny: [R010, L002]\nallow: [unused-signal, l002, L002]\nwarn: [R011]\n",
    )
    .unwrap();
    let found: Vec<_> = section
        .mistakes()
        .into_iter()
        .map(|(e, line, column)| (e.to_string(), line, column))
        .collect();
    assert_eq!(
        found,
        [
            (
                "`R010` (unused-signal) is given two levels, `deny:` at line 1, column 8 and `allow:` at line 2, column 9; keep one".to_owned(),
                2,
                9
            ),
            (
                "`L002` (missing-default-route) is given two levels, `deny:` at line 1, column 14 and `allow:` at line 2, column 24; keep one".to_owned(),
                2,
                24
            ),
        ]
    );
}

/// `--deny 003` (clippy's `-D003` with the letter left out) said "unknown check
/// `003`" and no more; `--deny warnings` (clippy's `-D warnings`) the same; an empty
/// code (`--deny L002,`) was an unknown check. A number names the codes it is, lint
/// checks first; a code is read in any case, spaces around it left out.
#[test]
fn a_number_alone_names_its_codes_and_a_code_is_read_in_any_case_and_spacing() {
    let mut o = Overrides::default();
    assert_eq!(
        refused("003", Level::Deny),
        "`003` is not a lint code: did you mean `L003`, `C003`, `S003`, `R003` or `T003`?"
    );
    assert_eq!(
        refused(" 3 ", Level::Deny),
        refused("003", Level::Deny).replace("`003`", "`3`")
    );
    // Only codes the level can be given to are named (review: `-A 015` named `D015`,
    // which `-A D015` refused; `-A 003` named `S003`, which cannot be allowed).
    assert_eq!(
        refused("015", Level::Warn),
        "`015` is not a lint code: `D015` of this number takes no level (it is not about rules; `handoff lint --list` shows the codes)"
    );
    assert_eq!(
        refused("003", Level::Allow),
        "`003` is not a lint code: did you mean `L003` or `C003`?"
    );
    assert_eq!(
        refused("999", Level::Deny),
        "`999` is not a lint code: a code is a letter and three digits, and none has this number (`handoff lint --list` shows them all)"
    );
    for empty in ["", "  "] {
        assert!(matches!(o.set(empty, Level::Deny), Err(ConfigError::Empty)));
    }
    assert!(refused("warnings", Level::Deny).contains("use `--deny-warnings`"));
    assert_eq!(
        refused("warnings", Level::Allow),
        "unknown check `warnings`"
    );
    for key in [" L003 ", "l003", "\tl003", " Unsatisfiable-Condition "] {
        o.set(key, Level::Warn).unwrap();
        assert_eq!(o.levels.get("L003"), Some(&Level::Warn), "{key:?}");
    }
}

/// `deny: ["L003, unused-signal"]` was "unknown check": an item is read as a flag's
/// value is, split at commas, each code at the item's place.
#[test]
fn the_section_reads_codes_as_the_flags_do() {
    let section: LintSection =
        crate::yaml::from_str("deny: [\"l003, unused-signal\", \" L002 \"]\nallow: [003]\n")
            .unwrap();
    let mistakes: Vec<_> = section
        .mistakes()
        .into_iter()
        .map(|(e, line, column)| (e.to_string(), line, column))
        .collect();
    assert_eq!(
        mistakes,
        [(
            "`003` is not a lint code: did you mean `L003` or `C003`?".to_owned(),
            2,
            9
        )]
    );
    let section: LintSection =
        crate::yaml::from_str("deny: [\"l003, unused-signal\", \" L002 \"]\n").unwrap();
    let mut o = Overrides::default();
    o.apply_section(&section).unwrap();
    for id in ["L003", "R010", "L002"] {
        assert_eq!(o.levels.get(id), Some(&Level::Deny), "{id}");
    }
    let section: LintSection = crate::yaml::from_str("warn: [L002, \"R010,\"]\n").unwrap();
    let (e, line, column) = Overrides::default().apply_section(&section).unwrap_err();
    assert!(matches!(e, ConfigError::Empty));
    assert_eq!((line, column), (1, 14));
}

#[test]
fn the_lint_section_sets_levels() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(".handoff.yaml");
    std::fs::write(
        &path,
        "lint:\n  allow: [L002]\n  deny: [R010]\n  deny_warnings: true\n",
    )
    .unwrap();
    let file = crate::project::ProjectFile::read(&path).unwrap();
    let mut o = Overrides::default();
    assert!(o.apply_section(file.lint.as_ref().unwrap()).unwrap());
    assert_eq!(o.levels.get("L002"), Some(&Level::Allow));
    assert_eq!(o.levels.get("R010"), Some(&Level::Deny));
}

/// cli45: `-D -15` was clap's "to pass '-15' as a value, use '-- -15'", and `-D ００３`
/// or `--deny Ｌ００３` (full-width) an unknown check with no suggestion. A sign is said
/// to be no part of a code, with the codes of the number; full-width letters and digits
/// are read as ASCII; the error quotes the key as written.
#[test]
fn a_signed_or_full_width_number_names_its_codes() {
    assert_eq!(
        refused("-15", Level::Deny),
        "`-15` is not a lint code: a code has no sign; `D015` of this number takes no level (it is not about rules; `handoff lint --list` shows the codes)"
    );
    assert_eq!(
        refused("+3", Level::Allow),
        "`+3` is not a lint code: a code has no sign; did you mean `L003` or `C003`?"
    );
    assert_eq!(
        refused("００３", Level::Deny),
        refused("003", Level::Deny).replace("`003`", "`００３`")
    );
    assert_eq!(
        refused("-００３", Level::Allow),
        "`-００３` is not a lint code: a code has no sign; did you mean `L003` or `C003`?"
    );
    // A sign alone is no code; before a word that is none, the sign is still said.
    assert_eq!(refused("-", Level::Deny), "unknown check `-`");
    assert_eq!(
        refused("-x", Level::Deny),
        "`-x` is not a lint code: a code has no sign; `handoff lint --list` shows the codes"
    );
    // cli45: a code with a sign in the project file or `-D=-L003` was "unknown check";
    // the code meant is named, or why the level does not take it (never suggested).
    assert_eq!(
        refused("-L008", Level::Allow),
        "`-L008` is not a lint code: a code has no sign; did you mean `L008`?"
    );
    assert_eq!(
        refused("+Unused-Signal", Level::Warn),
        "`+Unused-Signal` is not a lint code: a code has no sign; did you mean `unused-signal`?"
    );
    assert!(
        refused("-S001", Level::Allow).ends_with(", and `S001` (yaml-syntax) cannot be allowed: rule files with this problem cannot be loaded, so it is always an error")
    );
    assert_eq!(
        refused("-S001", Level::Deny),
        "`-S001` is not a lint code: a code has no sign; did you mean `S001`?"
    );
    assert!(!refused("-S0O1", Level::Allow).contains("S001"));
    assert!(refused("-S0O1", Level::Deny).ends_with("did you mean `S001`?"));
    let mut o = Overrides::default();
    for key in [
        "Ｌ００３",
        "ｌ００３",
        "ｕｎｓａｔｉｓｆｉａｂｌｅ-ｃｏｎｄｉｔｉｏｎ",
    ] {
        o.set(key, Level::Warn).unwrap();
        assert_eq!(o.levels.get("L003"), Some(&Level::Warn), "{key:?}");
    }
}
