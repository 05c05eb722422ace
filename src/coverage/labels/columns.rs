//! Which columns of a labels file hold what: `--label-column FIELD=COLUMN` pairs → a
//! [`LabelColumns`].

use super::LabelError;
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
    /// Applies a `field=column` argument.
    pub fn set_pair(&mut self, pair: &str) -> Result<(), LabelError> {
        let (field, column) = pair
            .split_once('=')
            .ok_or_else(|| LabelError::Invalid(format!("`{pair}` is not FIELD=COLUMN")))?;
        let column = normalize_field(column);
        match normalize_field(field).as_str() {
            "conversation_id" => self.conversation_id = column,
            "expected_team" => self.expected_team = column,
            "expected_escalated" => self.expected_escalated = column,
            other => {
                return Err(LabelError::Invalid(format!(
                    "unknown label field `{other}`; expected conversation_id, expected_team or expected_escalated"
                )));
            }
        }
        Ok(())
    }
}
