//! Applying a mapping file (`--mapping`) or the `input:` section of `.handoff.yaml` to a
//! [`ColumnMapping`]: takes the parsed file ([`MappingFile`]) and its path; sets the
//! columns, `meta:` fields, ignored columns, zone, date order and roles it names, and
//! gives every mistake it has at its line and column, in file order (up to
//! [`super::MAX_ERRORS`]), not only the first.

use std::collections::HashMap;
use std::path::Path;

use super::{
    ColumnMapping, MappingError, MappingFile, finish, located, meta, parse_role, read_mapping,
    read_zone, role_key_meant, roles_listed,
};
use crate::diag::Location;
use crate::project::ProjectFile;
use crate::text::shown;
use crate::transcript::{Role, normalize_field};

impl ColumnMapping {
    /// Applies a mapping file; reports every mistake in it (up to [`super::MAX_ERRORS`]).
    pub fn apply_file(&mut self, path: &Path) -> Result<(), MappingError> {
        let mut errors = Vec::new();
        let file = read_mapping(path, &mut errors)?;
        self.apply_collecting(&file, path, &mut errors);
        finish(path, errors)
    }

    /// Applies the `input:` section of a project file (`.handoff.yaml`) read from
    /// `path`, if it has one; says whether it had.
    pub fn apply_project(&mut self, file: &ProjectFile, path: &Path) -> Result<bool, MappingError> {
        match &file.input {
            Some(input) => {
                self.apply(input, path)?;
                self.note_project_columns(file, path);
                for column in &input.ignore_columns {
                    let name = normalize_field(&column.value);
                    if !self.ignore_optional.contains(&name) {
                        self.ignore_optional.push(name);
                    }
                }
                Ok(true)
            }
            None => Ok(false),
        }
    }

    fn apply(&mut self, file: &MappingFile, path: &Path) -> Result<(), MappingError> {
        let mut errors = Vec::new();
        self.apply_collecting(file, path, &mut errors);
        finish(path, errors)
    }

    /// Applies what it can of `file`, adding each mistake to `errors`.
    fn apply_collecting(
        &mut self,
        file: &MappingFile,
        path: &Path,
        errors: &mut Vec<(Location, String)>,
    ) {
        let mut fail = |location: Location, e: MappingError| {
            errors.push((location, e.to_string()));
        };
        // In the order written, as a reader fixes them.
        let mut columns: Vec<_> = file.columns.iter().collect();
        columns.sort_by_key(|(field, _)| (field.referenced.line(), field.referenced.column()));
        // The fields this file reads, each from its column: two from one column is a
        // mistake of the file, reported with the others, not only once they are fixed
        // (`check_distinct` sees the fields other sources set, after them all).
        let mut read: Vec<(String, String)> = Vec::new();
        for (field, column) in columns {
            if let Err(e) = self.set(&field.value, &column.0) {
                fail(located(path, field), e);
                continue;
            }
            let (name, column) = (normalize_field(&field.value), normalize_field(&column.0));
            (self.set_at).insert(name.clone(), located(path, field).to_string());
            if let Some((earlier, _)) = read.iter().find(|(_, c)| *c == column) {
                let message = format!(
                    "`{earlier}` and `{name}` are both read from column `{column}`; each field needs a column of its own"
                );
                fail(located(path, field), MappingError::Invalid(message));
            }
            read.push((name, column));
        }
        let mut meta: Vec<_> = file.meta.iter().collect();
        meta.sort_by_key(|(key, _)| (key.referenced.line(), key.referenced.column()));
        for (key, column) in meta {
            if let Err(e) = self.set_meta(&key.value, &column.0) {
                fail(located(path, key), e);
                continue;
            }
            let name = meta::meta_field(&normalize_field(&key.value));
            let column = normalize_field(&column.0);
            (self.set_at).insert(name.clone(), located(path, key).to_string());
            if let Some((earlier, _)) = read.iter().find(|(_, c)| *c == column) {
                let message = format!(
                    "`{earlier}` and `{name}` are both read from column `{column}`; each field needs a column of its own"
                );
                fail(located(path, key), MappingError::Invalid(message));
            }
            read.push((name, column));
        }
        for column in &file.ignore_columns {
            if let Err(e) = self.ignore_column(&column.value) {
                fail(located(path, column), e);
            }
        }
        if let Some(tz) = &file.timestamp_tz {
            match read_zone(tz) {
                Ok(zone) => self.timestamp_tz = Some(zone),
                Err(message) => errors.push((located(path, tz), message)),
            }
        }
        if let Some(order) = &file.date_order
            && let Err(e) = self.set_date_order(&order.value)
        {
            errors.push((located(path, order), e.to_string()));
        }
        if let Some(delimiter) = &file.delimiter {
            match self.set_delimiter(&delimiter.value) {
                Ok(()) => {
                    let at = format!("`delimiter:` at {}", located(path, delimiter));
                    self.set_at.insert("delimiter".to_owned(), at);
                }
                Err(e) => errors.push((located(path, delimiter), e.to_string())),
            }
        }
        let mut roles: Vec<_> = file.roles.iter().collect();
        roles.sort_by_key(|(role, _)| (role.referenced.line(), role.referenced.column()));
        // The role each value was given in this file: a value under two roles is a
        // mistake (a later file or `--role` may still say otherwise).
        let mut seen: HashMap<String, Role> = HashMap::new();
        for (role, values) in roles {
            let Some(parsed) = parse_role(&role.value) else {
                errors.push((
                    located(path, role),
                    format!(
                        "unknown role `{}` under `roles:`; expected {}{}",
                        shown(&role.value),
                        roles_listed(),
                        role_key_meant(&role.value, values.as_slice())
                    ),
                ));
                continue;
            };
            for value in values.as_slice() {
                let key = normalize_field(value);
                if key.is_empty() {
                    errors.push((
                        located(path, role),
                        format!(
                            "role value `{}` under `{}:` is empty; a role value is what the export's role column holds",
                            shown(value),
                            parsed.as_str()
                        ),
                    ));
                    continue;
                }
                if let Some(&earlier) = seen.get(&key).filter(|&&r| r != parsed) {
                    errors.push((
                        located(path, role),
                        format!(
                            "role value `{}` is under both `{}:` and `{}:`; a value is one role",
                            shown(value),
                            earlier.as_str(),
                            parsed.as_str()
                        ),
                    ));
                    continue;
                }
                seen.insert(key, parsed);
                self.roles.insert(value, parsed);
            }
        }
    }
}
