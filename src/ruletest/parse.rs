//! Parsing one rule-test file: its text → the cases that parse, the known keys of those
//! that do not, and every schema error in it: of a case that does not parse, every
//! unknown key, missing field and key written twice, and each key's wrong value, each
//! key read alone. Checks no name against the rules; see `load.rs`.

use std::collections::BTreeMap;

use crate::rules::recover::keys::{add_new, keys_of, missing_at_top, with_first};
use crate::rules::recover::{Whole, parse_whole};
use crate::yaml::{self, Shape, Spanned, Step, YamlError, fields_of, required_of, value_errors};

use super::schema::{
    KnownExpect, LooseCustomer, LooseExpect, LooseMessages, LooseName, RawCase, RawCaseLoose,
    RawExpect, RawMessage, RawTestFile, RawTestFileEntry,
};

/// What a rule-test file's text gave.
#[derive(Default)]
pub(super) struct Parsed {
    /// What parsed; `None` when nothing could be read.
    pub(super) file: Option<RawTestFile>,
    /// Cases with a schema error, read again for what their known keys say.
    pub(super) loose: Vec<RawCaseLoose>,
    pub(super) errors: Vec<YamlError>,
}

/// Parses a rule-test file, with every schema error in it: as rule files are read
/// (`rules::recover`), one case with an unknown key hides neither the next case's
/// errors nor what the rest of its own keys say. A syntax error is the file's one error.
pub(super) fn parse(text: &str) -> Parsed {
    let (first, outline) = match parse_whole::<RawTestFile>(text) {
        Whole::Parsed(file) => {
            return Parsed {
                file: Some(file),
                ..Parsed::default()
            };
        }
        Whole::One(err) => {
            return Parsed {
                errors: vec![err],
                ..Parsed::default()
            };
        }
        Whole::Pieces(first, outline) => (first, outline),
    };
    let mut parsed = Parsed::default();
    let mut version = None;
    let mut tests = Vec::new();
    let mut keys = std::collections::HashSet::new();
    for entry in &outline.entries {
        if !keys.insert(entry.key.as_str()) {
            parsed.errors.push(entry.duplicate());
            continue;
        }
        match (entry.key.as_str(), &entry.items) {
            ("tests", Some(items)) => {
                for item in items {
                    match item.piece.parse::<RawCase>(text) {
                        Ok(case) => tests.push(case),
                        Err(err) => {
                            // serde stops at the first; every mistake of the case is
                            // reported, as each is a mistake of its own.
                            let (errors, expect_misspelt) = case_errors(err, item, text);
                            parsed.errors.extend(errors);
                            let customer = item.piece.parse::<LooseCustomer>(text).ok();
                            // Read one by one when they do not read together: one
                            // message's unknown key hides not another's bad `time:`.
                            let (messages, partial) = match item.piece.parse::<LooseMessages>(text)
                            {
                                Ok(m) => (Some(m.messages), Vec::new()),
                                Err(_) => one_by_one(item, text)
                                    .map_or((None, Vec::new()), |(m, p)| (Some(m), p)),
                            };
                            let (expect, whole) = loose_expect(item, text);
                            // What the `expect`'s known keys say is checked; that they say
                            // nothing is no mistake when one was misspelt or unreadable.
                            let expect = expect.filter(|e| {
                                (whole && !expect_misspelt) || e.value.says_something()
                            });
                            let name = item.piece.parse::<LooseName>(text).ok();
                            if let Some(LooseName { name }) = name {
                                parsed.loose.push(RawCaseLoose {
                                    name,
                                    customer: customer.map(|c| c.customer),
                                    // As listed, each read or not: `[hi]` lists one.
                                    message_count: message_count(item, text)
                                        .or_else(|| messages.as_ref().map(Vec::len)),
                                    messages,
                                    partial,
                                    expect: expect.map(|e| Spanned {
                                        value: e.value.into(),
                                        referenced: e.referenced,
                                    }),
                                });
                            }
                        }
                    }
                }
            }
            _ => match entry.piece.parse::<RawTestFileEntry>(text) {
                Ok(part) => {
                    version = version.or(part.version);
                    tests.extend(part.tests.unwrap_or_default());
                }
                Err(err) => parsed.errors.push(err),
            },
        }
    }
    // A misspelt `versio:` and the `version` it leaves missing are one mistake.
    let (fields, required) = (fields_of::<RawTestFile>(), required_of::<RawTestFile>());
    missing_at_top(&outline, fields, required, &mut parsed.errors);
    // Pieces parsed alone can miss what only the whole shows; never lose the error.
    if parsed.errors.is_empty() {
        return Parsed {
            errors: vec![first],
            ..Parsed::default()
        };
    }
    parsed.file = Some(RawTestFile {
        // A version that is missing or not a number has been reported: the cases are
        // checked as version 1.
        version: version.unwrap_or(Spanned {
            value: yaml::Version(1),
            referenced: yaml::Location::default(),
        }),
        tests,
    });
    parsed
}

/// Every mistake of a case (`item`) that did not parse, serde having stopped at `first`
/// ([`with_first`]): each key that is not one, in the case, its `expect` and its
/// messages, and each field the case lacks ([`keys_of`]); each key written twice; and
/// the first error of each key's value, each key read alone (a wrong `turn:` is not
/// hidden behind a wrong `escalated:`, nor behind an unknown key or a bad message). And
/// whether its `expect` had an unknown key.
fn case_errors(first: YamlError, item: &yaml::Item, text: &str) -> (Vec<YamlError>, bool) {
    let Ok(case) = item.piece.shape(text) else {
        return (vec![first], false);
    };
    let mut errors = keys_of::<RawCase>(&case);
    let in_expect = case
        .get("expect")
        .map(|e| e.unknown_keys(fields_of::<RawExpect>()))
        .unwrap_or_default();
    let expect_misspelt = !in_expect.is_empty();
    errors.extend(in_expect);
    let messages = case.get("messages").map_or(&[][..], Shape::items);
    for message in messages {
        errors.extend(message.unknown_keys(fields_of::<RawMessage>()));
    }
    errors.extend(case.duplicate_keys());
    let piece = &item.piece;
    let mut read = value_errors::<RawCase>(piece, text, &[], &case);
    if let Some(expect) = case.get("expect") {
        read.extend(value_errors::<RawExpect>(
            piece,
            text,
            &[Step::Key("expect")],
            expect,
        ));
    }
    for (i, message) in messages.iter().enumerate() {
        let path = [Step::Key("messages"), Step::Index(i)];
        read.extend(value_errors::<RawMessage>(piece, text, &path, message));
        // A message that is no mapping (`- hello`), which `messages:` read whole hides
        // behind an earlier message's mistake: read alone, it says what it is.
        if !matches!(message, Shape::Map(..)) {
            read.extend(piece.parse_key::<RawMessage>(text, &path, "customer").err());
        }
    }
    if let Some(customer) = case.get("customer") {
        let path = [Step::Key("customer")];
        read.extend(value_errors::<FieldValues>(piece, text, &path, customer));
    }
    for error in read {
        add_new(&mut errors, error);
    }
    (with_first(first, errors), expect_misspelt)
}

/// The `expect` of a case that did not parse, as far as it reads: whole, or else each of
/// its keys read alone (a wrong `turn:` hides not what `trigger:` names); and whether it
/// read whole. `None` when it has no key that reads.
fn loose_expect(item: &yaml::Item, text: &str) -> (Option<Spanned<KnownExpect>>, bool) {
    if let Ok(e) = item.piece.parse::<LooseExpect>(text) {
        return (Some(e.expect), true);
    }
    let Ok(case) = item.piece.shape(text) else {
        return (None, false);
    };
    let Some(expect) = case.get("expect") else {
        return (None, false);
    };
    let path = [Step::Key("expect")];
    let known = expect
        .entries()
        .iter()
        .filter_map(|(key, _)| {
            let key = key.value.as_str();
            item.piece
                .parse_key::<KnownExpect>(text, &path, key)
                .ok()
                .flatten()
        })
        .fold(KnownExpect::default(), KnownExpect::or);
    let Shape::Map(referenced, _) = expect else {
        return (None, false);
    };
    let referenced = *referenced;
    (
        Some(Spanned {
            value: known,
            referenced,
        }),
        false,
    )
}

/// The messages of a case that did not parse, when they do not read together, each
/// read key by key (`custmer:` in one message hid `time: yesterday`
/// in another); and the places of those read only in part (an unknown key, a value that
/// does not read: each reported by [`case_errors`]). An item that is no mapping is left
/// out (reported as well); `None` when `messages` is no list.
fn one_by_one(item: &yaml::Item, text: &str) -> Option<(Vec<Spanned<RawMessage>>, Vec<usize>)> {
    let case = item.piece.shape(text).ok()?;
    let Shape::List(items) = case.get("messages")? else {
        return None;
    };
    let fields = fields_of::<RawMessage>();
    let (mut messages, mut partial) = (Vec::new(), Vec::new());
    for (i, message) in items.iter().enumerate() {
        let Shape::Map(referenced, entries) = message else {
            continue;
        };
        let path = [Step::Key("messages"), Step::Index(i)];
        let mut whole = true;
        let mut read = RawMessage::default();
        for (key, _) in entries {
            let key = key.value.as_str();
            let alone = fields
                .contains(&key)
                .then(|| item.piece.parse_key::<RawMessage>(text, &path, key));
            match alone {
                Some(Ok(Some(m))) => read = read.or(m),
                _ => whole = false,
            }
        }
        if !whole {
            partial.push(messages.len());
        }
        messages.push(Spanned {
            value: read,
            referenced: *referenced,
        });
    }
    Some((messages, partial))
}

/// How many messages a case that did not parse lists, each read or not.
fn message_count(item: &yaml::Item, text: &str) -> Option<usize> {
    let case = item.piece.shape(text).ok()?;
    Some(case.get("messages")?.items().len())
}

/// A case's `customer:` as its values are read for their errors, each key alone: any
/// key, a scalar value (`schema::Customer`, which keeps each name's place, is what the
/// loader reads).
type FieldValues = BTreeMap<String, crate::rules::schema::Scalar>;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::yaml::YamlErrorKind;

    /// Serde's error at the place of an unknown key was dropped whatever its
    /// kind; as in rule files (`rules::recover::keys::with_first`), another kind of
    /// error there is a mistake of its own and kept, and the same kind is kept once.
    #[test]
    fn another_error_at_an_unknown_key_s_place_is_kept() {
        let text = "version: 1\ntests:\n  - name: a\n    zz: 1\n    messages: []\n    expect: {}\n";
        let outline = yaml::outline(text).unwrap();
        let item = &outline.entries[1].items.as_ref().unwrap()[0];
        let unknown = item.piece.parse::<RawCase>(text).unwrap_err();
        assert_eq!(
            (unknown.kind, unknown.line, unknown.column),
            (YamlErrorKind::UnknownField, 4, 5)
        );
        let found = |first: YamlError| {
            let (errors, _) = case_errors(first, item, text);
            errors
                .into_iter()
                .map(|e| (e.kind, e.line, e.column))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            found(unknown.clone()),
            [(YamlErrorKind::UnknownField, 4, 5)]
        );
        let other = YamlError {
            kind: YamlErrorKind::WrongType,
            ..unknown
        };
        assert_eq!(
            found(other),
            [
                (YamlErrorKind::UnknownField, 4, 5),
                (YamlErrorKind::WrongType, 4, 5)
            ]
        );
    }
}
