//! Diagnostics: did-you-mean suggestions, codes, spans and their rendering.

use super::*;

#[test]
fn did_you_mean_is_the_same_whatever_the_candidates_order() {
    assert_eq!(did_you_mean("t9", ["t4", "t3"]), Some("t3"));
    assert_eq!(did_you_mean("t9", ["t3", "t4"]), Some("t3"));
    assert_eq!(
        did_you_mean("suport", ["Support", "support"]),
        Some("support")
    );
    assert_eq!(
        did_you_mean("suport", ["support", "Support"]),
        Some("support")
    );
}

#[test]
fn did_you_mean_finds_typos_only() {
    let ids = ["frustration", "human-request", "bot-loop"];
    assert_eq!(did_you_mean("frustation", ids), Some("frustration"));
    assert_eq!(
        did_you_mean("bot-lopo", ids),
        Some("bot-loop"),
        "a swap is one edit"
    );
    assert_eq!(did_you_mean("human_request", ids), Some("human-request"));
    assert_eq!(did_you_mean("pricing", ids), None);
    assert_eq!(
        did_you_mean("bot-loop", ids),
        None,
        "an exact match is not a typo"
    );
    // `explain -c C11-PERSON` suggested nothing for `c11-person`.
    assert_eq!(did_you_mean("Bot-Loop", ids), Some("bot-loop"));
    assert_eq!(
        did_you_mean("bot-loop", ["Bot-Loop", "bot-lop"]),
        Some("Bot-Loop"),
        "a difference in case only is the closest"
    );
}

/// A name cut short (`frust`, `human`) was no typo of any name, or a typo of another
/// (`star-12` of `star-1`): the one name it begins comes first, when only one does.
#[test]
fn did_you_mean_takes_the_one_name_begun() {
    let ids = ["frustration", "human-request", "bot-loop", "bot-fallback"];
    assert_eq!(did_you_mean("frust", ids), Some("frustration"));
    assert_eq!(did_you_mean("HUMAN-re", ids), Some("human-request"));
    // A whole word is one cut short (`billing` of `billing-issue`), but not among
    // names a word of which is a name of its own: `system` is a role, not `system_bot`.
    assert_eq!(did_you_mean("human", ids), Some("human-request"));
    assert_eq!(
        did_you_mean("billing", ["billing-issue", "pricing"]),
        Some("billing-issue")
    );
    assert_eq!(did_you_mean_in_words("system", ["system_bot", "bot"]), None);
    assert_eq!(
        did_you_mean_in_words("custom", ["customer", "bot"]),
        Some("customer")
    );
    assert_eq!(
        did_you_mean("star-12", ["star-1", "star-123"]),
        Some("star-123")
    );
    // Two begun: a typo, if any, as before.
    assert_eq!(did_you_mean("bot", ids), None);
    assert_eq!(did_you_mean("bot-loo", ids), Some("bot-loop"));
    // Repeats are one name; one or two letters begin too much to be meant (`sh` of
    // `shouting`), and a word of three is often a word of its own (`any`, not
    // `anyone-there`), though it begins a name as a whole word.
    assert_eq!(
        did_you_mean("frus", ["frustration", "frustration"]),
        Some("frustration")
    );
    assert_eq!(did_you_mean("f", ids), None);
    assert_eq!(did_you_mean("sh", ["shouting", "pricing"]), None);
    assert_eq!(did_you_mean("any", ["anyone-there", "pricing"]), None);
    assert_eq!(
        did_you_mean("any", ["any-agent", "pricing"]),
        Some("any-agent")
    );
    assert_eq!(did_you_mean("anyo", ["anyone-there"]), Some("anyone-there"));
    // A name that differs only in case comes first.
    assert_eq!(
        did_you_mean("Bot-Loop", ["bot-loop-2", "bot-loop"]),
        Some("bot-loop")
    );
}

#[test]
fn renders_snippet_with_caret_and_code() {
    let mut sources = Sources::default();
    let file = sources.add(
        "rules/a.yaml".into(),
        "version: 1\nteams:\n  - id: x\n".into(),
    );
    let span = Span {
        file,
        line: 3,
        column: 9,
        start: 26,
        end: 27,
    };
    let d = Diagnostic::error("R001", "unknown team `x`")
        .at(sources.location(span))
        .label("not defined")
        .help("define it under `teams:`");
    let text = d.render(&sources, false);
    assert!(text.contains("error[R001]: unknown team `x`"), "{text}");
    assert!(text.contains("rules/a.yaml:3:9"), "{text}");
    assert!(text.contains("^ not defined"), "{text}");
    assert!(text.contains("help: define it under `teams:`"), "{text}");
    assert_eq!(
        d.to_string(),
        "rules/a.yaml:3:9: error[R001]: unknown team `x`"
    );
}

/// A value with a line break or an escape sequence in a transcript broke a
/// diagnostic's layout on a terminal; JSON keeps it exact.
#[test]
fn a_quoted_value_is_escaped_and_cut_on_a_terminal_only() {
    let value = "a\nb\u{1b}[2J";
    let d = Diagnostic::warning("D003", format!("timestamp `{value}` is bad"))
        .at(Location::line("t.csv", 2))
        .help(format!("fix `{value}`"))
        .quoting(value);
    let text = d.render(&Sources::default(), false);
    assert!(
        text.contains("timestamp `a\\nb\\u{1b}[2J` is bad"),
        "{text}"
    );
    assert!(text.contains("help: fix `a\\nb\\u{1b}[2J`"), "{text}");
    assert_eq!(
        d.to_string(),
        "t.csv:2: warning[D003]: timestamp `a\\nb\\u{1b}[2J` is bad"
    );
    assert_eq!(d.message, format!("timestamp `{value}` is bad"));
    let long = "y".repeat(200);
    let d = Diagnostic::warning("D005", format!("`{long}` here")).quoting(&long);
    assert_eq!(
        d.to_string(),
        format!("warning[D005]: `{}…` here", "y".repeat(80))
    );
}

/// A value shown escaped is not escaped again where another quoted value occurs in
/// what it became: each backslash of the data is shown doubled once.
#[test]
fn quoted_values_are_escaped_in_one_pass() {
    let d = Diagnostic::warning("D011", "id `a\\b` and key `\\`")
        .quoting("a\\b")
        .quoting("\\");
    assert_eq!(d.to_string(), "warning[D011]: id `a\\\\b` and key `\\\\`");
}

#[test]
fn renders_location_without_source_as_note() {
    let d = Diagnostic::warning("X001", "bad row").at(Location::line("t.csv", 7));
    let text = d.render(&Sources::default(), false);
    assert!(text.contains("warning[X001]: bad row"), "{text}");
    assert!(text.contains("--> t.csv:7"), "{text}");
}

/// A place with no source line was drawn in the first column, without the gutter a
/// quoted line has (`--> x.csv:1`, ` = help: …`): it reads as the others now, as rustc
/// draws a place whose source it cannot show.
#[test]
fn a_place_without_a_source_line_has_the_gutter_of_one_with() {
    let d = Diagnostic::error("S001", "x.csv is not a rule file")
        .at(Location::line("x.csv", 1))
        .help("give the rules as YAML");
    assert_eq!(
        d.render(&Sources::default(), false),
        "error[S001]: x.csv is not a rule file\n --> x.csv:1\n  |\n  = help: give the rules as YAML"
    );
    // As wide as the line's number; a label is a note under it.
    let d = Diagnostic::warning("D002", "unknown role")
        .at(Location::line("t.csv", 12))
        .label("here");
    assert_eq!(
        d.render(&Sources::default(), false),
        "warning[D002]: unknown role\n  --> t.csv:12\n   |\n   = note: here"
    );
    // Nothing said of it: the place alone.
    let d = Diagnostic::warning("D007", "empty").at(Location::line("t.csv", 1));
    assert_eq!(
        d.render(&Sources::default(), false),
        "warning[D007]: empty\n --> t.csv:1"
    );
    // In colour, the same gutter before the styles.
    let d = Diagnostic::error("S001", "x")
        .at(Location::line("x.csv", 1))
        .help("h");
    let coloured = d.render(&Sources::default(), true);
    let mut plain = String::new();
    let mut rest = coloured.as_str();
    while let Some(at) = rest.find('\u{1b}') {
        plain.push_str(&rest[..at]);
        rest = rest[at..].split_once('m').map_or("", |(_, after)| after);
    }
    plain.push_str(rest);
    assert_eq!(plain, d.render(&Sources::default(), false), "{coloured:?}");
    // A snippet's own gutter is left as it is.
    let mut sources = Sources::default();
    sources.add("r.yaml".into(), "a: 1\n".to_owned());
    let d = Diagnostic::error("S002", "x")
        .at(Location {
            path: "r.yaml".into(),
            line: 1,
            column: Some(1),
            range: Some(0..1),
        })
        .help("h");
    assert_eq!(
        d.render(&sources, false),
        "error[S002]: x\n --> r.yaml:1:1\n  |\n1 | a: 1\n  | ^\n  |\n  = help: h"
    );
}
