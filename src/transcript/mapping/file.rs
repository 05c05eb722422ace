//! A mapping file (`--mapping`, or `input:` in `.handoff.yaml`): its serde mirror
//! ([`MappingFile`]), reading it with every schema error in it, and gathering a file's
//! mistakes into one [`MappingError`]. Applies nothing; see `mapping.rs`.

use std::collections::HashMap;
use std::path::Path;

use serde::{Deserialize, Deserializer};

use super::MappingError;
use crate::diag::Location;
use crate::rules::load::Unread;
use crate::rules::recover::keys::add_new;
use crate::rules::recover::{Whole, parse_whole};
use crate::yaml::{
    Piece, Shape, Spanned, Step, Takes, Text, TextWords, Value, YamlError, expect, read_written,
};

/// Where a key of a mapping file is.
pub(super) fn located<T>(path: &Path, key: &Spanned<T>) -> Location {
    Location {
        path: path.to_owned(),
        line: u32::try_from(key.referenced.line()).unwrap_or(u32::MAX),
        column: Some(u32::try_from(key.referenced.column()).unwrap_or(u32::MAX)),
        range: None,
    }
}

/// Most mistakes of a mapping file reported; the rest are counted.
pub const MAX_ERRORS: usize = 20;

/// No error, one, or several, as one [`MappingError`].
pub(super) fn finish(path: &Path, mut errors: Vec<(Location, String)>) -> Result<(), MappingError> {
    errors.sort_by_key(|(l, _)| (l.line, l.column));
    match errors.len() {
        0 => Ok(()),
        1 => {
            let (location, message) = errors.remove(0);
            Err(MappingError::Syntax { location, message })
        }
        n => {
            errors.truncate(MAX_ERRORS);
            Err(MappingError::Several {
                path: path.to_owned(),
                more: n - errors.len(),
                errors,
            })
        }
    }
}

/// Reads a mapping file: what parses of it, with each schema error in `errors` (an
/// unknown key with a "did you mean"), as [`parse_mapping`] gives them.
pub(super) fn read_mapping(
    path: &Path,
    errors: &mut Vec<(Location, String)>,
) -> Result<MappingFile, MappingError> {
    let text = crate::rules::load::read_text(path).map_err(|unread| match unread {
        Unread::TooLarge(size) | Unread::SetTooLarge { size, .. } => MappingError::TooLarge {
            path: path.to_owned(),
            size,
        },
        Unread::Io(source) => MappingError::Io {
            path: path.to_owned(),
            source,
        },
    })?;
    let text = text.map_err(|not_utf8| {
        let (location, message) = not_utf8.mistake(path, "mapping file");
        MappingError::Syntax { location, message }
    })?;
    let (file, found) = parse_mapping(&text);
    errors.extend(found.into_iter().map(|e| {
        let location = Location {
            path: path.to_owned(),
            line: e.line.max(1),
            column: Some(e.column.max(1)),
            range: None,
        };
        let mut message = with_did_you_mean(e.message);
        for help in e.help {
            message = format!("{message}\n  hint: {help}");
        }
        (location, message)
    }));
    Ok(file)
}

/// `message`, an unknown key's ("unknown field `colums`, expected one of columns, …"),
/// with the name it was likely meant to be, as rule files say it.
fn with_did_you_mean(message: String) -> String {
    match crate::rules::load::suggest_field(&message) {
        Some(help) => format!("{message}; {help}"),
        None => message,
    }
}

/// A mapping file's text → what parses of it, and every schema error (none when it all
/// did). A file that does not parse whole is parsed again key by key, and `columns:` and
/// `roles:` entry by entry ([`read_key`]), so that a mistake hides nothing else; a YAML
/// syntax error is the file's one error. When the pieces show nothing, the error the
/// whole file stopped at is still reported, at its line and column.
pub(super) fn parse_mapping(text: &str) -> (MappingFile, Vec<YamlError>) {
    let (first, outline) = match parse_whole::<Document>(text) {
        Whole::Parsed(Document(file)) => return (file.unwrap_or_default(), Vec::new()),
        Whole::One(err) => return (MappingFile::default(), vec![err]),
        Whole::Pieces(first, outline) => (first, outline),
    };
    let mut file = MappingFile::default();
    let mut errors = Vec::new();
    let mut keys = std::collections::HashSet::new();
    for entry in &outline.entries {
        if !keys.insert(entry.key.as_str()) {
            errors.push(entry.duplicate());
            continue;
        }
        if MAPS.contains(&entry.key.as_str()) {
            if let Some(part) = read_key(text, &entry.piece, &[], &entry.key, &mut errors) {
                file.merge(part);
            }
            continue;
        }
        match entry.piece.parse::<MappingFile>(text) {
            Ok(part) => file.merge(part),
            Err(e) => errors.push(e),
        }
    }
    // Pieces parsed alone can miss what only the whole shows; never lose the error.
    if errors.is_empty() {
        errors.push(first);
    }
    errors.sort_by_key(|e| e.start);
    (file, errors)
}

/// The keys of a mapping file whose values are mappings, read entry by entry.
const MAPS: [&str; 3] = ["columns", "meta", "roles"];

/// The key `key` of the mapping at `path` in `piece` (a mapping file's, or the project
/// file's `input:`) read alone; when it does not read and its value is a mapping
/// (`columns:`, `meta:`, `roles:`), each entry of it alone: each wrong value is an error, the
/// others are kept. Adds the errors to `errors`; gives what read.
pub(crate) fn read_key(
    text: &str,
    piece: &Piece,
    path: &[Step<'_>],
    key: &str,
    errors: &mut Vec<YamlError>,
) -> Option<MappingFile> {
    let whole = match piece.parse_key::<MappingFile>(text, path, key) {
        Ok(part) => return part,
        Err(e) => e,
    };
    let mut inner = path.to_vec();
    inner.push(Step::Key(key));
    let shape = piece.shape(text).ok();
    let value = inner
        .iter()
        .try_fold(shape.as_ref(), |shape, step| match step {
            Step::Key(k) => Some(shape?.get(k)),
            Step::Index(_) => None,
        });
    let value = value.flatten();
    let entries = value.map(Shape::entries).unwrap_or_default();
    let mut part = MappingFile::default();
    let mut found = value.map(Shape::duplicate_keys).unwrap_or_default();
    for (name, _) in entries {
        let read = match key {
            "columns" => piece
                .parse_key(text, &inner, &name.value)
                .map(|c| part.columns.extend(placed(name, c))),
            "meta" => piece
                .parse_key(text, &inner, &name.value)
                .map(|c| part.meta.extend(placed(name, c))),
            "roles" => piece
                .parse_key(text, &inner, &name.value)
                .map(|r| part.roles.extend(placed(name, r))),
            _ => Ok(()),
        };
        if let Err(e) = read {
            add_new(&mut found, e);
        }
    }
    // Entries alone can miss what only the whole value shows (a key written twice).
    if found.is_empty() {
        found.push(whole);
    }
    errors.extend(found);
    Some(part)
}

/// The value of one entry read alone, under its key with its place: read alone, a key is
/// text without one (the outline's `name` has it).
fn placed<'n, V: 'n>(
    name: &'n Spanned<String>,
    read: Option<HashMap<String, V>>,
) -> impl Iterator<Item = (Spanned<String>, V)> + 'n {
    read.into_iter()
        .flatten()
        .map(move |(_, value)| (name.clone(), value))
}

/// A whole mapping file: a mapping (or nothing at all), or an error that says so.
struct Document(Option<MappingFile>);

impl<'de> Deserialize<'de> for Document {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        expect::section(
            d,
            "a mapping of `columns`, `meta`, `roles`, `ignore_columns`, `timestamp_tz`, `date_order` and `delimiter` (`columns: { text: body }`)",
        )
        .map(Document)
    }
}

/// How an export's columns and role values map onto transcripts.
#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
// `timestamp_tz: ~` is an error, not the key left out (UTC): no `null` either.
#[schemars(transform = crate::yaml::no_null_defaults)]
pub(crate) struct MappingFile {
    /// Transcript field (`conversation_id`, `timestamp`, `role`, `text`) → the export's
    /// column holding it.
    #[serde(default, deserialize_with = "columns")]
    #[schemars(with = "HashMap<String, String>")]
    pub(super) columns: HashMap<Spanned<String>, Text<ColumnWords>>,
    /// Metadata field (what rules' `meta:` conditions name, `plan`) → the export's column
    /// holding it (`customer_tier`), for a column named otherwise than the rules expect.
    #[serde(default, deserialize_with = "meta")]
    #[schemars(with = "HashMap<String, String>")]
    pub(super) meta: HashMap<Spanned<String>, Text<MetaColumnWords>>,
    /// Role (`customer`, `bot`, `agent`) → the export's values meaning it: one, or a
    /// list.
    #[serde(default, deserialize_with = "roles")]
    #[schemars(with = "HashMap<String, RoleValues>")]
    pub(super) roles: HashMap<Spanned<String>, RoleValues>,
    /// Columns that are neither a field nor customer metadata, such as a per-message
    /// `turn` counter. Each must be in the export.
    #[serde(default, deserialize_with = "ignore_columns")]
    #[schemars(with = "Vec<String>")]
    pub(crate) ignore_columns: Vec<Spanned<String>>,
    /// The time zone of timestamps the export writes without an offset (`2026-03-02
    /// 09:15:00`, local wall-clock time): an IANA name (`Europe/London`) or a fixed
    /// offset (`+01:00`); default UTC. Timestamps with an offset keep theirs.
    #[serde(default, deserialize_with = "timestamp_tz")]
    #[schemars(with = "String")]
    pub(super) timestamp_tz: Option<Spanned<String>>,
    /// How the export writes slashed dates: `day-first` (`13/05/2020`, 13 May) or
    /// `month-first` (`05/13/2020`). Without it, the order is learned from the first
    /// slashed date with a day above 12; one both orders read (`05/06/2020`) before it is
    /// unread (D003).
    #[serde(default, deserialize_with = "date_order")]
    #[schemars(with = "String")]
    pub(super) date_order: Option<Spanned<String>>,
    /// What separates a CSV export's fields: `,`, `;`, `tab` or `|` (or `comma`,
    /// `semicolon`, `pipe`). Without it, each file's is the one its header line holds
    /// most of outside quotes, commas on a tie.
    #[serde(default, deserialize_with = "delimiter")]
    #[schemars(with = "String")]
    pub(super) delimiter: Option<Spanned<String>>,
}

// What each key takes, in the words of the README's example, for a value of another
// shape (`ignore_columns: turn`).

/// What a column name takes: any scalar, as written (`text: 1.50` is the column `1.50`).
#[derive(Debug)]
pub(super) struct ColumnWords;

impl TextWords for ColumnWords {
    const EXPECTING: &'static str = "a column name (`text: body`)";
}

fn columns<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<HashMap<Spanned<String>, Text<ColumnWords>>, D::Error> {
    expect::map(
        d,
        "a mapping of transcript fields to the export's column names (`columns: { text: body }`)",
    )
}

/// What a metadata field's column name takes.
#[derive(Debug)]
pub(super) struct MetaColumnWords;

impl TextWords for MetaColumnWords {
    const EXPECTING: &'static str = "a column name (`meta: { plan: customer_tier }`)";
}

fn meta<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<HashMap<Spanned<String>, Text<MetaColumnWords>>, D::Error> {
    expect::map(
        d,
        "a mapping of metadata fields to the export's column names (`meta: { plan: customer_tier }`)",
    )
}

fn roles<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<HashMap<Spanned<String>, RoleValues>, D::Error> {
    expect::map(
        d,
        "a mapping of roles to the export's values for them (`roles: { customer: [requester] }`)",
    )
}

crate::yaml::given_fn!(timestamp_tz, "a time zone name such as `Europe/London`");
crate::yaml::given_fn!(date_order, "`day-first` or `month-first`");
crate::yaml::given_fn!(delimiter, "`,`, `;`, `tab` or `|`");

fn ignore_columns<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Spanned<String>>, D::Error> {
    expect::list(d, "a list of column names (`ignore_columns: [turn]`)")
}

impl MappingFile {
    /// Adds what a key of the file, parsed alone, gave.
    pub(crate) fn merge(&mut self, part: MappingFile) {
        self.columns.extend(part.columns);
        self.meta.extend(part.meta);
        self.roles.extend(part.roles);
        self.ignore_columns.extend(part.ignore_columns);
        if part.timestamp_tz.is_some() {
            self.timestamp_tz = part.timestamp_tz;
        }
        if part.date_order.is_some() {
            self.date_order = part.date_order;
        }
        if part.delimiter.is_some() {
            self.delimiter = part.delimiter;
        }
    }
}

/// The export's values for one role: `customer: requester` or `customer: [requester,
/// end-user]`.
#[derive(Debug, schemars::JsonSchema)]
#[serde(untagged)]
pub(super) enum RoleValues {
    One(String),
    Many(Vec<String>),
}

/// A number or `true` is a role value as written (`bot: 3` is the value "3", as a column
/// named `3` is), not a mistake; a list or a mapping is.
impl<'de> Takes<'de> for RoleValues {
    const EXPECTING: &'static str =
        "a role value as text, or a list of them (`customer: [requester, end-user]`)";

    fn seq<A: serde::de::SeqAccess<'de>>(seq: A) -> Result<RoleValues, A::Error> {
        let values = Vec::<Text<RoleValueWords>>::deserialize(
            serde::de::value::SeqAccessDeserializer::new(seq),
        )?;
        Ok(RoleValues::Many(values.into_iter().map(|v| v.0).collect()))
    }
}

/// What an item of a role's list of values takes.
#[derive(Debug)]
struct RoleValueWords;

impl TextWords for RoleValueWords {
    const EXPECTING: &'static str = "a role value as text (`customer: [requester, end-user]`)";
}

impl<'de> Deserialize<'de> for RoleValues {
    /// Not serde's untagged enum, whose "data did not match any variant" says neither
    /// what was expected nor where (and hid the file's other mistakes).
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Ok(match read_written::<D, Self>(d)? {
            Value::Scalar(written) => RoleValues::One(written.text),
            Value::Other(values) => values,
        })
    }
}

impl RoleValues {
    pub(super) fn as_slice(&self) -> &[String] {
        match self {
            RoleValues::One(value) => std::slice::from_ref(value),
            RoleValues::Many(values) => values,
        }
    }
}
