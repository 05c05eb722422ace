//! The errors and diagnostics `--redact` masks: a diagnostic, a labels file's or a
//! contacts file's error, a read error, a read report → the same with the data they quote
//! masked (the header cells they list shown as their cells mask). Walks; what is masked in
//! a text is `mod.rs`'s.

use std::borrow::Cow;

use super::{Redact, in_option};
use crate::contacts::ContactsError;
use crate::coverage::labels::LabelError;
use crate::diag::Diagnostic;
use crate::redact::in_place;
use crate::redact::names::Names;
use crate::text::shown_names;
use crate::transcript::{ReadError, ReadReport};

/// A diagnostic quotes what it found (a contact key, a role cell): stderr goes into CI
/// logs as reports do.
impl Redact for Diagnostic {
    fn redact_with(&mut self, names: &Names) {
        in_place(&mut self.message, names);
        in_option(&mut self.label, names);
        for (_, label) in &mut self.related {
            in_place(label, names);
        }
        for help in &mut self.help {
            in_place(help, names);
        }
        // Masked as the texts are, so that each still finds itself in them.
        for value in &mut self.quoted {
            in_place(value, names);
        }
    }
}

/// Why a labels file could not be used: its row errors quote the cells they found (a
/// team, a true/false value, a conversation id), and a misplaced column may hold an
/// email or a phone number; so may the warnings of the rows before.
impl Redact for LabelError {
    fn redact_with(&mut self, names: &Names) {
        match self {
            LabelError::Row {
                message,
                header,
                warnings,
                ..
            } => {
                // The columns listed as written, `ana@example.com` for an email: each
                // whose cell masks is shown masked.
                let shown: Vec<String> = header
                    .iter()
                    .map(|cell| crate::redact::masked_header_cell(cell, names).into_owned())
                    .collect();
                if !header.is_empty() {
                    let (plain, shown) = (shown_names(header), shown_names(&shown));
                    *message = message.replacen(&plain, &shown, 1);
                }
                mask_normalised_names(message, names);
                in_place(message, names);
                for warning in warnings.iter_mut() {
                    warning.redact_with(names);
                }
            }
            LabelError::Rows {
                errors, warnings, ..
            }
            | LabelError::Io {
                errors, warnings, ..
            }
            | LabelError::Gzip {
                errors, warnings, ..
            } => {
                for (_, message) in errors {
                    in_place(message, names);
                }
                for warning in warnings.iter_mut() {
                    warning.redact_with(names);
                }
            }
            LabelError::Invalid(message) => in_place(message, names),
            LabelError::Binary(_) => {}
        }
    }
}

/// Why reading stopped: a missing column's error lists the header's cells, which are a
/// row of data in a file without a header ("the columns are: `c1`, `customer`, `my card …`"),
/// and so does the error of a CSV file read as JSONL.
impl Redact for ReadError {
    fn redact_with(&mut self, names: &Names) {
        if let ReadError::MissingColumn { found, .. }
        | ReadError::IgnoredColumnMissing { found, .. }
        | ReadError::CsvAsJsonl { columns: found, .. } = self
        {
            for cell in found.iter_mut() {
                if let Cow::Owned(masked) = crate::redact::masked_header_cell(cell, names) {
                    *cell = masked;
                }
            }
        }
        // Two columns that read alike: each cell as it masks, and the name both read as
        // as the first that masks does (cli43 review: `alex_acme_example` was shown).
        if let ReadError::DuplicateColumn {
            name,
            first,
            second,
            ..
        } = self
        {
            for (_, cell) in [first, second] {
                if let Cow::Owned(masked) = crate::redact::masked_header_cell(cell, names) {
                    if crate::transcript::normalize_field(cell) == *name {
                        name.clone_from(&masked);
                    }
                    *cell = masked;
                }
            }
        }
    }
}

/// In a message that quotes header cells as written and the name they read as (both
/// read as `alex_acme_example`), the name of each cell that masks shown as the cell
/// masks: normalised, it would be shown whole (cli43 review).
fn mask_normalised_names(message: &mut String, names: &Names) {
    let quoted: Vec<String> = message
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect();
    for cell in &quoted {
        if let Cow::Owned(masked) = crate::redact::masked_header_cell(cell, names) {
            let name = crate::transcript::normalize_field(cell);
            if name != *cell {
                *message = message.replace(&format!("`{name}`"), &format!("`{masked}`"));
            }
        }
    }
}

/// Why a contacts file cannot be used: a missing key column's error lists the header's
/// columns, a row of data in a file without one; each is shown as its cell masks
/// (`[email]`, not `ana_example_com`: the names are normalised).
impl Redact for ContactsError {
    fn redact_with(&mut self, names: &Names) {
        match self {
            ContactsError::MissingKey { found, written, .. } => {
                for (name, cell) in found.iter_mut().zip(written.iter_mut()) {
                    if let Cow::Owned(masked) = crate::redact::masked_header_cell(cell, names) {
                        name.clone_from(&masked);
                        *cell = masked;
                    }
                }
            }
            ContactsError::Header { message, .. } => {
                mask_normalised_names(message, names);
                in_place(message, names);
            }
            ContactsError::Open(..)
            | ContactsError::Read { .. }
            | ContactsError::Gzip { .. }
            | ContactsError::Binary(..) => {}
        }
    }
}

/// What reading saw: its diagnostics (the role values the summary lists are not shown
/// under `--redact` at all: `ReadReport::hide_values`).
impl Redact for ReadReport {
    fn redact_with(&mut self, names: &Names) {
        for diagnostic in &mut self.diagnostics {
            diagnostic.redact_with(names);
        }
    }
}
