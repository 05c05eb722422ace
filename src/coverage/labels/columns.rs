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
    /// The column the transcripts' id is read from, when the mapping names one other
    /// than `conversation_id` and `--label-column` names none for the id
    /// ([`LabelColumns::with_transcript_id`]): it means the id in a labels file too.
    pub transcript_id: Option<String>,
}

impl Default for LabelColumns {
    fn default() -> Self {
        LabelColumns {
            conversation_id: "conversation_id".into(),
            expected_team: "expected_team".into(),
            expected_escalated: "expected_escalated".into(),
            transcript_id: None,
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
            ("conversation_id", columns.conversation_id.as_str()),
            ("expected_team", &columns.expected_team),
            ("expected_escalated", &columns.expected_escalated),
        ];
        match crate::transcript::mapping::shared_column(&fields, |_| None) {
            Some(message) => Err(LabelError::Invalid(message)),
            None => Ok(columns),
        }
    }

    /// Reads the id from `column` too, the transcripts' id column (`ticket_id` under
    /// `--map conversation_id=ticket_id`), when the labels file has no id column of
    /// its own name: a labels file is often cut from the same export. Not when
    /// `--label-column` names the id's column: that one is meant.
    #[must_use]
    pub fn with_transcript_id(mut self, column: &str) -> Self {
        let default = LabelColumns::default().conversation_id;
        if self.conversation_id == default && column != default {
            self.transcript_id = Some(column.to_owned());
        }
        self
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
