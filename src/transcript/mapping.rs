//! Column and role mapping: how an export's columns and role values map onto ours.
//!
//! Takes `--map field=column` / `--role value=role` pairs, `--ignore-column` names and
//! an optional mapping file; gives a [`ColumnMapping`]. Mapping is data the user edits, not code: a helpdesk export
//! with `ticket_id, author_type, body` needs a three-line file, not a patch.
//!
//! ```yaml
//! columns:
//!   conversation_id: ticket_id
//!   role: author_type
//!   text: body
//!   timestamp: created_at
//! roles:
//!   customer: [end-user]
//!   agent: [admin]
//! meta:
//!   plan: customer_tier         # rules' `meta: { field: plan }` read this column
//! ignore_columns: [turn]
//! timestamp_tz: Europe/London   # times written without an offset are London's
//! date_order: day-first         # slashed dates: 05/06/2020 is 5 June
//! delimiter: ";"                # CSV fields separated by semicolons (default: found)
//! ```

use std::collections::HashMap;
use std::path::PathBuf;

use super::{DateOrderSetting, Reading, normalize_field};
use crate::diag::Location;
use crate::text::shown;

/// The four columns a transcript needs, the columns to leave out, and the role table.
#[derive(Debug, Clone)]
pub struct ColumnMapping {
    /// Column holding the conversation id (normalised name).
    pub conversation_id: String,
    pub role: String,
    pub text: String,
    pub timestamp: String,
    /// True when the user named the timestamp column, so its absence is an error.
    pub timestamp_required: bool,
    /// Columns that are neither mapped fields nor metadata (per-message counters such
    /// as `turn`): normalised names, each once. An export must have each of them, but
    /// for those in `ignore_optional`.
    pub ignore: Vec<String>,
    /// Of `ignore`, those only `.handoff.yaml` names: it applies to every export of the
    /// project, so one an export lacks is a warning (D009), not an error.
    pub ignore_optional: Vec<String>,
    pub roles: RoleMap,
    /// The mapped and ignored columns as the user wrote them, by normalised name: what an
    /// error or a warning names (`no `1.50` column`, not `1_50`).
    pub written: HashMap<String, String>,
    /// The zone of the export's timestamps written without an offset (`timestamp_tz:`);
    /// `None`: UTC.
    pub timestamp_tz: Option<TimestampZone>,
    /// Whether slashed dates (`05/06/2020`) are day-first or month-first (`date_order:`),
    /// and the order learned from the first date that fixes it when none is set.
    pub date_order: DateOrderSetting,
    /// The byte between a CSV export's fields (`delimiter:`); `None`: each file's is
    /// found from its header line.
    pub delimiter: Option<u8>,
    /// `delimiter` as the user wrote it (`;`, `semicolon`): what a message about it
    /// names, in their words.
    pub delimiter_written: Option<String>,
    /// Metadata fields read from a column of another name (`meta.plan=customer_tier`):
    /// (field, column), both normalised, each field once, in the order given.
    pub meta: Vec<(String, String)>,
    /// Of the columns of `meta`, those a joined contacts file has (`--contacts`): an
    /// export may lack them, as each contact gives the field.
    pub meta_joined: Vec<String>,
    /// The fields whose column `.handoff.yaml` gives, for the error of an export that
    /// lacks it (`project.rs`).
    pub project_columns: ProjectColumns,
    /// Where each field's column was last set (`m.yaml:2:3`, `` `--map text=body` ``),
    /// by the field's name (`text`, `meta.plan`): the error of two fields read from one
    /// column names where each was given. A field at its default has none.
    pub set_at: HashMap<String, String>,
}

impl Default for ColumnMapping {
    fn default() -> Self {
        ColumnMapping {
            conversation_id: "conversation_id".into(),
            role: "role".into(),
            text: "text".into(),
            timestamp: "timestamp".into(),
            timestamp_required: false,
            ignore: Vec::new(),
            ignore_optional: Vec::new(),
            roles: RoleMap::default(),
            written: HashMap::new(),
            timestamp_tz: None,
            date_order: DateOrderSetting::default(),
            delimiter: None,
            delimiter_written: None,
            meta: Vec::new(),
            meta_joined: Vec::new(),
            project_columns: ProjectColumns::default(),
            set_at: HashMap::new(),
        }
    }
}

/// The fields a mapping can name.
pub const FIELDS: [&str; 4] = ["conversation_id", "timestamp", "role", "text"];

/// The roles a role value can be given, by name: what [`roles::parse_role`] reads,
/// and what the messages about an unknown one list and suggest.
pub(crate) const ROLES: [&str; 3] = ["customer", "bot", "agent"];

/// [`ROLES`] as a message lists them: `customer, bot or agent`.
fn roles_listed() -> String {
    let (last, rest) = ROLES.split_last().unwrap_or((&"", &[]));
    format!("{} or {last}", rest.join(", "))
}

/// "; did you mean `role`?" when `name` is likely meant to be one of `names` (a typo
/// away, as rule files' names are found), else nothing.
fn meant(name: &str, names: &[&str]) -> String {
    crate::rules::load::meant(name, names)
        .map(|(name, _)| format!("; did you mean `{name}`?"))
        .unwrap_or_default()
}

impl ColumnMapping {
    /// How timestamps without an offset are read: in `timestamp_tz` (or UTC), slashed
    /// dates in `date_order` (set, or learned while reading).
    pub fn timestamp_zone(&self) -> Reading<'_> {
        Reading {
            zone: self.timestamp_tz.as_ref().map_or(&UTC, |tz| &tz.zone),
            order: &self.date_order,
            line: 0,
        }
    }

    /// Maps `field` (one of [`FIELDS`]) to `column`.
    pub fn set(&mut self, field: &str, column: &str) -> Result<(), MappingError> {
        let written = column.trim();
        let column = normalize_field(column);
        if column.is_empty() {
            return Err(MappingError::Invalid(format!(
                "column name for `{}` is empty",
                shown(field)
            )));
        }
        if self.ignore.contains(&column) {
            return Err(MappingError::Invalid(format!(
                "column `{column}` is ignored (--ignore-column, `ignore_columns:`): `{field}` cannot be read from it"
            )));
        }
        if FIELDS.contains(&normalize_field(field).as_str()) {
            self.written.insert(column.clone(), written.to_owned());
            self.forget_project_column(field);
        }
        match normalize_field(field).as_str() {
            "conversation_id" => self.conversation_id = column,
            "role" => self.role = column,
            "text" => self.text = column,
            "timestamp" => {
                self.timestamp = column;
                self.timestamp_required = true;
            }
            other => {
                // Not a typo of a field: most likely a metadata field (`plan=Tier`). A
                // field's name cut well short (`time`, not `rol`) may be either: both
                // are said.
                let meta = format!(
                    "a metadata field is `meta.{other}=<column>` with --map, or `{other}: <column>` under `meta:` in a mapping file"
                );
                let how = match meant(other, &FIELDS) {
                    typo if typo.is_empty() => format!("; {meta}"),
                    begun
                        if FIELDS
                            .iter()
                            .any(|f| f.starts_with(other) && f.len() >= other.len() + 3) =>
                    {
                        format!("{begun} (or, if `{other}` is not that: {meta})")
                    }
                    typo => typo,
                };
                return Err(MappingError::Invalid(format!(
                    "unknown field `{other}` in mapping; expected one of: {}{how}",
                    FIELDS.map(|field| format!("`{field}`")).join(", "),
                )));
            }
        }
        Ok(())
    }

    /// Leaves `column` out: it becomes neither a field nor metadata. A column a field
    /// is read from cannot be left out: the messages would lose their id, role, text or
    /// time.
    pub fn ignore_column(&mut self, column: &str) -> Result<(), MappingError> {
        let name = normalize_field(column);
        if name.is_empty() {
            return Err(MappingError::Invalid(format!(
                "`{}` is no column name: it has no letters or digits",
                shown(column)
            )));
        }
        if let Some((field, _)) = self.every_read().into_iter().find(|(_, c)| *c == name) {
            return Err(MappingError::Invalid(format!(
                "column `{name}` is where `{field}` is read from: it cannot be ignored"
            )));
        }
        // Named again (a mapping file, `--ignore-column`): for this export, so required.
        self.ignore_optional.retain(|c| *c != name);
        // What D009 names (`Message #`, not `message`).
        self.written
            .entry(name.clone())
            .or_insert_with(|| column.trim().to_owned());
        if !self.ignore.contains(&name) {
            self.ignore.push(name);
        }
        Ok(())
    }

    /// Whether an export may lack the ignored `column` (normalised): only `.handoff.yaml`
    /// names it, which serves every export of the project (D009 then, not an error).
    pub fn may_lack(&self, column: &str) -> bool {
        self.ignore_optional.iter().any(|c| c == column)
    }

    /// Each field of [`FIELDS`], in that order, with the column (normalised) it is read
    /// from.
    pub fn fields(&self) -> [(&'static str, &str); 4] {
        [
            ("conversation_id", &self.conversation_id),
            ("timestamp", &self.timestamp),
            ("role", &self.role),
            ("text", &self.text),
        ]
    }

    /// `column` (normalised) as the user wrote it when mapping a field to it, else itself.
    pub fn as_written<'a>(&'a self, column: &'a str) -> &'a str {
        self.written.get(column).map_or(column, String::as_str)
    }

    /// Applies a `field=column` argument, or `meta.KEY=column`; gives the field
    /// (`meta.key` for a metadata field) and the column, normalised.
    pub fn set_pair(&mut self, pair: &str) -> Result<(String, String), MappingError> {
        let (field, column) = pair.split_once('=').ok_or_else(|| {
            MappingError::Invalid(format!(
                "`{}` is not FIELD=COLUMN (e.g. conversation_id=ticket_id, meta.plan=customer_tier)",
                shown(pair)
            ))
        })?;
        if normalize_field(field) == "date_order" {
            self.set_date_order(column)?;
            let order = self.date_order.get().map_or("", |o| o.name());
            return Ok(("date_order".to_owned(), order.to_owned()));
        }
        if normalize_field(field) == "delimiter" {
            self.set_delimiter(column)?;
            self.set_at.insert(
                "delimiter".to_owned(),
                format!("`--map {}`", shown(pair.trim())),
            );
            let name = self.delimiter.map_or("", delimiter_name);
            return Ok(("delimiter".to_owned(), name.to_owned()));
        }
        // `columns.text=body`, as a mapping file nests it under `columns:`: with --map a
        // field is named alone. It was said "unknown field `columns_text`", a name the
        // user did not write.
        // So is `input.columns.text=body`, as `.handoff.yaml` nests it under `input:`
        // (it was "unknown field `input_columns_text`").
        // And `input.meta.tier=plan`, `input.roles.customer=x` (a `--role`): each said
        // as the flag that does it, with the value kept (`mapping/nested.rs`).
        if let Some(message) = nested::message(field, column) {
            return Err(MappingError::Invalid(message));
        }
        let name = if let Some(key) = meta::meta_key(field) {
            self.set_meta(key, column)?;
            meta::meta_field(&normalize_field(key))
        } else {
            self.set(field.trim(), column.trim())?;
            normalize_field(field.trim())
        };
        self.set_at
            .insert(name.clone(), format!("`--map {}`", shown(pair.trim())));
        Ok((name, normalize_field(column.trim())))
    }

    /// Each field needs a column of its own: two read from one (`--map role=author
    /// --map text=author`) would make one of them the other's value, silently.
    pub fn check_distinct(&self) -> Result<(), MappingError> {
        let read = self.every_read();
        let read: Vec<(&str, &str)> = read.iter().map(|(f, c)| (f.as_str(), *c)).collect();
        let at = |field: &str| Some(self.set_at.get(field).map_or("the default", String::as_str));
        match shared_column(&read, at) {
            Some(message) => Err(MappingError::Invalid(message)),
            None => Ok(()),
        }
    }
}

/// Why a mapping could not be used.
#[derive(Debug, thiserror::Error)]
pub enum MappingError {
    #[error("{0}")]
    Invalid(String),
    #[error("cannot read {}", .path.display())]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// A mapping file over the limit a rule file has (`rules::load::read_one`).
    #[error(
        "mapping file {} {}",
        .path.display(),
        crate::rules::load::said_size(*.size)
    )]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{location}: invalid mapping: {message}")]
    Syntax { location: Location, message: String },
    /// Every mistake of a mapping file, in file order, up to [`MAX_ERRORS`].
    #[error("{}", crate::diag::mistakes("the mapping", .path, .errors, *.more))]
    Several {
        path: PathBuf,
        errors: Vec<(Location, String)>,
        /// Mistakes past [`MAX_ERRORS`].
        more: usize,
    },
}

mod apply;
mod dates;
mod delimiter;
mod distinct;
mod file;
mod meta;
mod nested;
mod project;
mod roles;
mod zone;

pub(crate) use delimiter::{delimiter_as_written, delimiter_name, delimiter_word};
pub(crate) use distinct::{each_field_once, shared_column};
pub use file::MAX_ERRORS;
pub(crate) use file::{MappingFile, read_key};
use file::{finish, located, read_mapping};
pub(crate) use meta::meta_field;
pub use project::{MappedAt, ProjectColumns, ProjectMapped};
pub use roles::RoleMap;
use roles::role_key_meant;
pub(crate) use roles::{default_role_of_word, parse_role, written_here};
pub use zone::TimestampZone;
use zone::{UTC, read_zone};

#[cfg(test)]
mod dates_tests;
#[cfg(test)]
mod meta_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod zone_tests;
