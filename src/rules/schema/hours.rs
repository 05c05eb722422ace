//! For the JSON Schemas only: the `hours:` condition's `days` and `tz`, as the loader
//! (`rules::hours`) reads them. Takes the loader's day names; gives [`SchemaDay`] and
//! [`SchemaTimeZone`] (`Day` and `TimeZone` in the schemas), for
//! `#[schemars(with = …)]`. What a pattern cannot say (a zone name the time zone
//! database does not know) is left to lint.

use schemars::JsonSchema;

use crate::rules::hours::{DAYS, LONG_DAYS};

/// For the schema only: a weekday or a range of them, as `hours::parse_days` reads it.
pub(crate) struct SchemaDay;

impl JsonSchema for SchemaDay {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Day".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let mut examples: Vec<&str> = DAYS.to_vec();
        examples.extend(["mon-fri", "sat-sun"]);
        schemars::json_schema!({
            "description": "A weekday (`mon` … `sun`, or `monday` … `sunday`, in any case) or a range of them (`mon-fri`; `fri-mon` wraps past Sunday).",
            "type": "string",
            "pattern": day_pattern(),
            "examples": examples,
        })
    }
}

/// For the schema only: a time zone, as `hours::parse_tz` reads it, as far as a pattern
/// can tell: `UTC`, `Z`, an offset `+HH:MM`, or what an IANA name looks like (`Area/City`
/// of ASCII letters, digits, `_`, `-`, `+` and `.`). Not the names themselves: the loader
/// takes any the database knows (the system's, else the copy built in: some 600, in any
/// case), which an `enum` could not follow without refusing what loads or growing the
/// schema by half; `Europe/Londn` passes here and is S008 in lint.
pub(crate) struct SchemaTimeZone;

impl JsonSchema for SchemaTimeZone {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "TimeZone".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "An IANA time zone name (`Europe/London`), `UTC`, or a fixed offset (`+01:00`, `-05:30`).",
            "type": "string",
            "pattern": TZ_PATTERN,
            "examples": ["UTC", "Europe/London", "America/New_York", "+01:00"],
        })
    }
}

/// What [`SchemaTimeZone`] takes: spaces around, as the loader trims them. In the syntax
/// JSON Schema validators (ECMA 262), Python's `re` and the `regex` crate share.
pub(crate) const TZ_PATTERN: &str = "^\\s*(?:[+-](?:[01]?[0-9]|2[0-3]):[0-5][0-9]|[A-Za-z][A-Za-z0-9._+-]*(?:/[A-Za-z][A-Za-z0-9._+-]*)*)\\s*$";

/// What [`SchemaDay`] takes: a day, or two joined by `-`, `–` or `—`, each in any case,
/// with spaces around (as the loader trims them). A JSON Schema pattern has no flag for
/// case, so each letter is a class: `[Mm][Oo][Nn](?:[Dd][Aa][Yy])?`.
pub(crate) fn day_pattern() -> String {
    let any_case = |text: &str| {
        let mut out = String::new();
        for c in text.chars() {
            out.extend(['[', c.to_ascii_lowercase(), c.to_ascii_uppercase(), ']']);
        }
        out
    };
    let day = DAYS
        .iter()
        .zip(LONG_DAYS)
        .map(|(short, long)| {
            let rest = long.strip_prefix(short).unwrap_or_default();
            format!("{}(?:{})?", any_case(short), any_case(rest))
        })
        .collect::<Vec<_>>()
        .join("|");
    format!("^\\s*(?:{day})\\s*(?:[-\u{2013}\u{2014}]\\s*(?:{day})\\s*)?$")
}
