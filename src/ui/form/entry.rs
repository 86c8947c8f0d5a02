//! A progress entry as typed (date, amount, place, note), and the rules that turn
//! it into a [`ProgressEntry`] or into messages. Pure and host-tested, like the rest
//! of the form.

use super::{normalize_number, FieldError};
use crate::model::target::valid_quantity;
use crate::model::{EntryId, PlaceId, ProgressEntry};
use chrono::NaiveDate;

/// What is wrong with an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryField {
    /// The date.
    Date,
    /// The amount.
    Amount,
}

/// The entry being typed.
#[derive(Clone, Debug, PartialEq)]
pub struct EntryDraft {
    /// Date as typed or picked (`YYYY-MM-DD`; "2026.7.5" and "2026/7/5" are
    /// accepted too).
    pub date: String,
    /// Amount as typed (full-width digits accepted); default "1".
    pub amount: String,
    /// Where.
    pub place: Option<PlaceId>,
    /// Note ("于桥村，观众约300人").
    pub note: String,
    /// The entry being edited, whose other fields (people reached, photos, fields
    /// of a newer version) an edit keeps.
    pub base: Option<ProgressEntry>,
}

impl EntryDraft {
    /// A new entry on `today`, amount 1.
    pub fn new(today: NaiveDate) -> Self {
        EntryDraft {
            date: today.to_string(),
            amount: "1".to_owned(),
            place: None,
            note: String::new(),
            base: None,
        }
    }

    /// The form showing `entry`.
    pub fn from_entry(entry: &ProgressEntry) -> Self {
        EntryDraft {
            date: entry.date.to_string(),
            amount: crate::ui::i18n::number(entry.amount),
            place: entry.place.clone(),
            note: entry.note.clone(),
            base: Some(entry.clone()),
        }
    }

    fn parse_date(&self) -> Option<NaiveDate> {
        let s = normalize_number(&self.date).replace(['.', '/'], "-");
        NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
    }

    fn parse_amount(&self) -> Option<f64> {
        normalize_number(&self.amount)
            .parse::<f64>()
            .ok()
            .filter(|a| valid_quantity(*a))
    }

    /// Every problem, by field; empty if the entry can be recorded.
    pub fn errors(&self) -> Vec<(EntryField, FieldError)> {
        let mut out = Vec::new();
        if self.parse_date().is_none() {
            out.push((EntryField::Date, FieldError::Date));
        }
        if self.parse_amount().is_none() {
            out.push((EntryField::Amount, FieldError::Quantity));
        }
        out
    }

    /// The entry with id `id`, or the problems.
    pub fn build(&self, id: EntryId) -> Result<ProgressEntry, Vec<(EntryField, FieldError)>> {
        match (self.parse_date(), self.parse_amount()) {
            (Some(date), Some(amount)) => {
                let mut entry = match &self.base {
                    Some(base) => ProgressEntry {
                        id,
                        date,
                        amount,
                        ..base.clone()
                    },
                    None => ProgressEntry::new(id, date, amount),
                };
                entry.place = self.place.clone();
                entry.note = self.note.trim().to_owned();
                Ok(entry)
            }
            _ => Err(self.errors()),
        }
    }
}
