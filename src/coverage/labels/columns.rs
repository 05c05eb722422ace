//! Which columns of a labels file hold what: `--label-column FIELD=COLUMN` pairs → a
//! [`LabelColumns`].

use super::LabelError;
use crate::text::shown;
use crate::transcript::normalize_field;

/// Which columns hold what (normalised names).
#[derive(Debug, Clone)]
pub struct LabelColumns {
    pub conversation_id: String,
    pub expected_team: String,
    pub expected_escalated: String,
}

impl Default for LabelColumns {
    fn default() -> Self {
        LabelColumns {
            conversation_id: "conversation_id".into(),
            expected_team: "expected_team".into(),
            expected_escalated: "expected_escalated".into(),
        }
    }
}

impl LabelColumns {
    /// The columns `--label-column` `pairs` name, over the defaults. Checked all at once,
    /// as a transcript mapping is: a field given two columns (the last would win
    /// silently) or two fields read from one column (one would read the other's value)
    /// is an error naming both.
    pub fn from_pairs(pairs: &[String]) -> Result<Self, LabelError> {
        let mut columns = LabelColumns::default();
        crate::transcript::mapping::each_field_once(
            "--label-column",
            pairs,
            |pair| columns.set_pair(pair),
            LabelError::Invalid,
        )?;
        let fields = [
            ("conversation_id", &columns.conversation_id),
            ("expected_team", &columns.expected_team),
            ("expected_escalated", &columns.expected_escalated),
        ];
        match crate::transcript::mapping::shared_column(&fields) {
            Some(message) => Err(LabelError::Invalid(message)),
            None => Ok(columns),
        }
    }

    /// Applies a `field=column` argument; gives the field and the column, normalised.
    fn set_pair(&mut self, pair: &str) -> Result<(String, String), LabelError> {
        let (field, column) = pair.split_once('=').ok_or_else(|| {
            LabelError::Invalid(format!(
                "`{}` is not FIELD=COLUMN (e.g. expected_team=team)",
                shown(pair)
            ))
        })?;
        let column = normalize_field(column);
        let field = normalize_field(field);
        if column.is_empty() {
            return Err(LabelError::Invalid(format!(
                "column name for `{}` is empty",
                shown(&field)
            )));
        }
        let slot = match field.as_str() {
            "conversation_id" => &mut self.conversation_id,
            "expected_team" => &mut self.expected_team,
            "expected_escalated" => &mut self.expected_escalated,
            other => {
                return Err(LabelError::Invalid(format!(
                    "unknown label field `{other}`; expected conversation_id, expected_team or expected_escalated"
                )));
            }
        };
        slot.clone_from(&column);
        Ok((field, column))
    }
}
