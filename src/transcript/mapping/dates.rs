//! `date_order:` (mapping file, `.handoff.yaml`'s `input:`, `--map date_order=...`):
//! takes its value; gives the mapping the order of the export's slashed dates, or an
//! error that names what it takes.

use super::{ColumnMapping, MappingError};
use crate::text::shown;
use crate::transcript::DateOrder;

impl ColumnMapping {
    /// Slashed dates are in `order` (`day-first`, `month-first`).
    pub fn set_date_order(&mut self, order: &str) -> Result<(), MappingError> {
        let parsed = DateOrder::parse(order).ok_or_else(|| {
            MappingError::Invalid(format!(
                "`date_order`: `{}` is not a date order; expected `day-first` (13/05/2020) or `month-first` (05/13/2020)",
                shown(order)
            ))
        })?;
        self.date_order.set(parsed);
        Ok(())
    }
}
