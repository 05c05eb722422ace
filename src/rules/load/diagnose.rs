//! YAML errors as diagnostics: a [`yaml::YamlError`] of a rule file (or a rule test) →
//! a [`Diagnostic`] with a stable code chosen by the kind of mistake, and a "did you
//! mean" for a name the format does not have ([`suggest_field`]). Finds no error itself.

use std::path::Path;

use crate::diag::{Diagnostic, Location};
use crate::yaml::{self, YamlErrorKind};

/// A YAML error of the file at `path`, whose text is `text`, as a diagnostic with a
/// stable code chosen by what went wrong; a key written twice shows where it was first.
pub(crate) fn yaml_diagnostic(path: &Path, text: &str, err: &yaml::YamlError) -> Diagnostic {
    let m = err.message.as_str();
    let code = match err.kind {
        YamlErrorKind::Syntax => "S001",
        YamlErrorKind::UnknownField => "S002",
        YamlErrorKind::WrongType => "S003",
        YamlErrorKind::MissingField => "S004",
        YamlErrorKind::DuplicateKey => "S006",
        YamlErrorKind::OverLimit => "S009",
    };
    let location = Location {
        path: path.to_owned(),
        line: err.line.max(1),
        column: Some(err.column.max(1)),
        range: (err.line > 0).then_some(err.start..err.end),
    };
    let message = variant_in_words(m).unwrap_or_else(|| m.to_owned());
    let mut d = Diagnostic::error(code, message).at(location);
    if err.kind == YamlErrorKind::DuplicateKey
        && let Some((line, column, range)) = yaml::first_written(text, err.line, err.column)
    {
        let first = Location {
            path: path.to_owned(),
            line,
            column: Some(column),
            range: Some(range),
        };
        d = d.related(first, "first written here");
    }
    if code == "S004" && m.contains("`version`") {
        d = d.help("start the file with `version: 1` (the version of the format it is written in)");
    }
    if code == "S004" && m == "missing field `weight`" {
        d = d.help(WEIGHT_HELP);
    }
    if code == "S003" && m.starts_with("expected a condition") && m.ends_with("found a list") {
        d = d.help(CONDITIONS_HELP);
    }
    if let Some(suggestion) = suggest_field(m) {
        d = d.help(suggestion);
    }
    if code == "S002"
        && let Some(help) = signal_option_help(m)
    {
        d = d.help(help);
    }
    for help in &err.help {
        d = d.help(help.clone());
    }
    d
}

/// What a `{ phrase, weight }` (or `{ pattern, weight }`) entry without its `weight` is
/// told: the mapping form is only for a weight; a phrase of weight 1 is written alone.
pub(crate) const WEIGHT_HELP: &str = "an entry written as a mapping, `{ phrase: close my account, weight: 2 }` (or `{ pattern: …, weight: 2 }`), needs its `weight`; one of weight 1 is written alone: `- close my account`";

/// What a list of conditions where one belongs (`when:` followed by `- message: …`) is
/// told: say how they combine.
const CONDITIONS_HELP: &str = "to require every one of them, put the list under `all:` (`when: { all: [ … ] }`); under `any:` if one of them is enough";

/// For serde's "unknown field `negation`, expected one of role, signal, phrases, regex"
/// in a `message` condition, when the field is an option of a named signal
/// (`negation`, `threshold`, `builtin`, …): where it is written instead.
fn signal_option_help(message: &str) -> Option<String> {
    use crate::rules::schema::{RawMessageCondition, RawSignal};
    let name = message.strip_prefix("unknown field `")?.split('`').next()?;
    let expected: Vec<&str> = message
        .split_once("expected one of ")?
        .1
        .split(", ")
        .collect();
    let inline = yaml::fields_of::<RawMessageCondition>();
    if expected != inline
        || inline.contains(&name)
        || !yaml::fields_of::<RawSignal>().contains(&name)
    {
        return None;
    }
    Some(format!(
        "`{name}` is an option of a named signal, not of a `message` condition's inline `phrases`/`regex`: define the signal under `signals:` (`- {{ id: refund, phrases: [refund, money back], {name}: … }}`) and refer to it by id (`message: {{ role: customer, signal: refund }}`)"
    ))
}

/// The enums a rule file writes by name, each with what it is called in messages:
/// their lists of names as serde words them (`expected one of …`) tell them apart.
fn named_enums() -> [(&'static [&'static str], &'static str); 5] {
    use crate::rules::schema::{Builtin, CONDITIONS, Counter, RoleName, Severity};
    [
        (RoleName::NAMES, "role"),
        (Severity::NAMES, "severity"),
        (Counter::NAMES, "counter"),
        (Builtin::NAMES, "built-in detector"),
        (CONDITIONS, "condition"),
    ]
}

/// `a, b, c or d`: the names an enum of the format is written as, as its messages list
/// them (the wrong name's, and the wrong type's of [`crate::rules::schema`]'s enums).
pub(crate) fn or_list(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// serde's wording of a name an enum of the format does not have, in the project's
/// words, the value as written: `` unknown variant `High`, expected one of low, medium,
/// high, critical `` (a trigger's `severity:`) → `` unknown severity `High`; expected
/// low, medium, high or critical ``, and so for a role, a counter, a built-in detector
/// and a condition ([`named_enums`]); `` unknown field `user`, expected one of customer,
/// bot, agent, time `` (a rule test's message) → `` unknown key `user` in a message;
/// expected its role (customer, bot or agent) or `time` ``. `None` for another message;
/// the help is [`suggest_field`]'s, from serde's wording.
fn variant_in_words(message: &str) -> Option<String> {
    let (head, expected) = message.split_once(", expected one of ")?;
    let name = crate::text::shown(head.split_once('`')?.1.strip_suffix('`')?);
    let expected: Vec<&str> = expected.split(", ").collect();
    if head.starts_with("unknown variant `") {
        let (names, noun) = named_enums()
            .into_iter()
            .find(|(names, _)| *names == expected.as_slice())?;
        if name.trim().is_empty() {
            return Some(format!("empty {noun}; expected {}", or_list(names)));
        }
        // A condition's key written alone (`when: message`): serde reads it as a variant
        // without its value, and calls it unknown.
        if noun == "condition" && names.iter().any(|n| name == *n) {
            return Some(format!(
                "the condition `{name}` is written alone; it takes what it checks: `{name}: {{ … }}`"
            ));
        }
        return Some(format!(
            "unknown {noun} `{name}`; expected {}",
            or_list(names)
        ));
    }
    if head.starts_with("unknown field `") && expected == ["customer", "bot", "agent", "time"] {
        return Some(format!(
            "unknown key `{name}` in a message; expected its role (customer, bot or agent) or `time`"
        ));
    }
    None
}

/// "did you mean" for serde's "unknown field `phrazes`, expected one of id, phrases, …":
/// [`meant`] among the names it lists.
pub(crate) fn suggest_field(message: &str) -> Option<String> {
    let name = message.split('`').nth(1)?;
    let expected = message.split_once("expected one of ")?.1;
    let candidates: Vec<&str> = expected.split(", ").map(|c| c.trim_matches('`')).collect();
    // A name of the list, written alone where it takes a value (`when: message`): no
    // other name was meant.
    if candidates.contains(&name) {
        return None;
    }
    if let Some(role) = role_written(name, &candidates) {
        return Some(crate::transcript::mapping::written_here(name, role));
    }
    Some(match meant(name, &candidates)? {
        (c, true) => format!("did you mean `{c}`? (names are written in lower case)"),
        (c, false) => format!("did you mean `{c}`?"),
    })
}

/// The role among `candidates` that `name` names in transcripts (`user`, `assistant`,
/// `human`): rules and rule tests write each role one way, as their schema does.
fn role_written<'a>(name: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let role = crate::transcript::mapping::default_role_of_word(name)?.as_str();
    candidates
        .iter()
        .copied()
        .find(|c| *c == role && *c != name)
}

/// The one of `candidates` that `name` was likely meant to be: one written in another
/// case (`High`; then `true`), one other tools use for it (`eq` for `equals`), or one a
/// typo away.
pub(crate) fn meant<'a>(name: &str, candidates: &[&'a str]) -> Option<(&'a str, bool)> {
    /// Names of other rule formats and languages, and what this one calls them.
    const SYNONYMS: &[(&str, &str)] = &[
        ("contains", "matches"),
        ("eq", "equals"),
        ("equal", "equals"),
        ("ge", "gte"),
        ("is", "equals"),
        ("le", "lte"),
        ("one_of", "in"),
        ("regex", "matches"),
    ];
    if let Some(c) = candidates.iter().find(|c| c.eq_ignore_ascii_case(name)) {
        return Some((c, true));
    }
    let lower = name.to_ascii_lowercase();
    if let Some(c) = candidates
        .iter()
        .find(|c| SYNONYMS.contains(&(lower.as_str(), **c)))
    {
        return Some((c, false));
    }
    crate::diag::did_you_mean(name, candidates.iter().copied()).map(|c| (c, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `severity: High` and a meta test's `eq:` got no suggestion.
    /// `message: { phrases: [refund], negation: true }` was an unknown field, without a
    /// word on where `negation` is written.
    #[test]
    fn an_option_of_a_named_signal_in_a_message_condition_says_where_it_goes() {
        let help = signal_option_help(
            "unknown field `negation`, expected one of role, signal, phrases, regex",
        )
        .expect("help");
        assert!(
            help.starts_with("`negation` is an option of a named signal, not of a `message` condition's inline `phrases`/`regex`: define the signal under `signals:`"),
            "{help}"
        );
        assert!(
            help.contains("`- { id: refund, phrases: [refund, money back], negation: … }`"),
            "{help}"
        );
        assert!(
            signal_option_help(
                "unknown field `threshold`, expected one of role, signal, phrases, regex"
            )
            .is_some()
        );
        // Not an option of a signal, or not in a message condition.
        assert_eq!(
            signal_option_help("unknown field `rol`, expected one of role, signal, phrases, regex"),
            None
        );
        assert_eq!(
            signal_option_help("unknown field `negation`, expected one of id, phrases"),
            None
        );
    }

    #[test]
    fn a_name_in_another_case_or_of_another_tool_is_suggested() {
        assert_eq!(
            suggest_field("unknown variant `High`, expected one of low, medium, high, critical")
                .as_deref(),
            Some("did you mean `high`? (names are written in lower case)")
        );
        assert_eq!(
            suggest_field("unknown field `eq`, expected one of field, equals, in, gt, gte")
                .as_deref(),
            Some("did you mean `equals`?")
        );
        assert_eq!(
            suggest_field("unknown field `phrazes`, expected one of id, phrases").as_deref(),
            Some("did you mean `phrases`?")
        );
        assert_eq!(
            suggest_field("unknown field `zzz`, expected one of id, phrases"),
            None
        );
    }

    /// A role that is not one was told in serde's words (`unknown variant `user`,
    /// expected one of …`), in a rule's `role:` and a rule test's message.
    #[test]
    fn a_role_that_is_not_one_is_told_in_the_formats_words() {
        assert_eq!(
            variant_in_words("unknown variant `user`, expected one of customer, bot, agent, any")
                .as_deref(),
            Some("unknown role `user`; expected customer, bot, agent or any")
        );
        assert_eq!(
            variant_in_words("unknown field `usr`, expected one of customer, bot, agent, time")
                .as_deref(),
            Some(
                "unknown key `usr` in a message; expected its role (customer, bot or agent) or `time`"
            )
        );
        // As written, control characters shown.
        assert_eq!(
            variant_in_words("unknown variant `a\nb`, expected one of customer, bot, agent, any")
                .as_deref(),
            Some("unknown role `a\\nb`; expected customer, bot, agent or any")
        );
        // An empty role is said to be empty, not quoted as nothing.
        assert_eq!(
            variant_in_words("unknown variant ``, expected one of customer, bot, agent, any")
                .as_deref(),
            Some("empty role; expected customer, bot, agent or any")
        );
        // The list is the schema's: a role it does not read is worded so.
        let err = crate::yaml::from_str::<crate::rules::schema::RoleName>("user")
            .expect_err("not a role");
        assert!(variant_in_words(&err.message).is_some(), "{}", err.message);
        // Not a name of the format's.
        assert_eq!(
            variant_in_words("unknown variant `High`, expected one of low, high"),
            None
        );
        assert_eq!(
            variant_in_words("unknown field `user`, expected one of id, phrases"),
            None
        );
    }

    /// `severity: High` was "unknown variant `High`, expected one of low, medium, high,
    /// critical", in serde's words; so were a counter's and a built-in detector's name
    /// and a condition's key.
    #[test]
    fn a_name_an_enum_of_the_format_lacks_is_told_in_its_words() {
        use crate::rules::schema::{Builtin, Counter, Severity};
        fn said<T: for<'de> serde::Deserialize<'de> + std::fmt::Debug>(yaml: &str) -> String {
            let err = crate::yaml::from_str::<T>(yaml).expect_err("not a name");
            variant_in_words(&err.message).unwrap_or(err.message)
        }
        assert_eq!(
            said::<Severity>("High"),
            "unknown severity `High`; expected low, medium, high or critical"
        );
        assert_eq!(
            said::<Counter>("turnz"),
            "unknown counter `turnz`; expected turn, customer_messages, bot_messages, agent_messages, bot_fallbacks, customer_repeats, bot_repeats or minutes_elapsed"
        );
        assert_eq!(
            said::<Builtin>("frustraton"),
            "unknown built-in detector `frustraton`; expected frustration, shouting, human_request, repeat or bot_fallback"
        );
        assert_eq!(
            said::<crate::rules::schema::RawCondition>("mesage: {}"),
            "unknown condition `mesage`; expected all, any, not, message, seen, counter, meta, hours or trigger"
        );
        // A condition's key alone was "unknown condition `message`; expected …, message,
        // …" (review).
        assert_eq!(
            said::<crate::rules::schema::RawCondition>("message"),
            "the condition `message` is written alone; it takes what it checks: `message: { … }`"
        );
        let err = crate::yaml::from_str::<crate::rules::schema::RawCondition>("message")
            .expect_err("not a condition");
        assert_eq!(suggest_field(&err.message), None, "no other name was meant");
        assert_eq!(
            said::<Severity>("''"),
            "empty severity; expected low, medium, high or critical"
        );
        // The help still reads serde's list.
        let err = crate::yaml::from_str::<Severity>("High").expect_err("not a severity");
        assert_eq!(
            suggest_field(&err.message).as_deref(),
            Some("did you mean `high`? (names are written in lower case)")
        );
    }

    /// `role: user` in a condition and `- user:` in a rule test's messages got no
    /// suggestion, though transcripts read `user` as `customer`.
    #[test]
    fn a_role_named_as_transcripts_name_it_is_given_its_name_in_rules() {
        assert_eq!(
            suggest_field("unknown variant `user`, expected one of customer, bot, agent, any")
                .as_deref(),
            Some(
                "`user` is written `customer` here, where the roles are named customer, bot and agent (a transcript's `user` is read as `customer`)"
            )
        );
        let help =
            suggest_field("unknown field `assistant`, expected one of customer, bot, agent, time");
        assert!(help.is_some_and(|h| h.starts_with("`assistant` is written `bot` here")));
        // A role's own name in capitals or with a space around it is told how it is
        // written, not that it is written as itself.
        for name in ["Customer", "customer\n", " customer"] {
            let message =
                format!("unknown variant `{name}`, expected one of customer, bot, agent, any");
            assert_eq!(
                suggest_field(&message).as_deref(),
                Some("write it `customer`: a role's name in lower case, nothing around it"),
                "{name:?}"
            );
        }
        // Not where no role is expected.
        assert_eq!(
            suggest_field("unknown field `user`, expected one of id, phrases"),
            None
        );
    }
}
