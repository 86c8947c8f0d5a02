//! A progress entry as typed (date, amount, place, note, people reached, category,
//! lead person), and the rules that turn
//! it into a [`ProgressEntry`] or into messages. Pure and host-tested, like the rest
//! of the form.

use super::{normalize_number, FieldError};
use crate::model::target::{valid_quantity, MAX_ATTENDANCE};
use crate::model::{EntryId, PhotoId, PlaceId, Plan, ProgressEntry};
use chrono::NaiveDate;

/// What is wrong with an entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryField {
    /// The date.
    Date,
    /// The amount.
    Amount,
    /// The people reached.
    Attendance,
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
    /// People reached (人次) as typed; empty when not counted.
    pub attendance: String,
    /// The category picked (a built-in key or the id of one of the plan's own);
    /// `None` leaves it to the activity's.
    pub category: Option<String>,
    /// Who led it, when not the activity's lead person.
    pub lead: String,
    /// Its photos, kept apart (the ids of those added or still on it).
    pub photos: Vec<PhotoId>,
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
            attendance: String::new(),
            category: None,
            lead: String::new(),
            photos: Vec::new(),
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
            attendance: entry.attendance.map(|n| n.to_string()).unwrap_or_default(),
            category: entry.category.clone(),
            lead: entry.lead.clone(),
            photos: entry.photos.clone(),
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

    /// The people reached: `Ok(None)` when left empty, `Err` when not a whole
    /// number from 0 to [`MAX_ATTENDANCE`] ("约300" and "300人" read as 300).
    fn parse_attendance(&self) -> Result<Option<u32>, ()> {
        let s = normalize_number(&self.attendance);
        let s = s
            .trim()
            .trim_start_matches(['约', '共', '近', '~', '≈'])
            .trim_end_matches(['人', '次', '名', '余', '多', '+'])
            .trim();
        if s.is_empty() {
            return Ok(None);
        }
        s.parse::<u32>()
            .ok()
            .filter(|n| *n <= MAX_ATTENDANCE)
            .map(Some)
            .ok_or(())
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
        if self.parse_attendance().is_err() {
            out.push((EntryField::Attendance, FieldError::Attendance));
        }
        out
    }

    /// The entry with id `id` for an activity of `plan`, or the problems. A
    /// category `plan` does not have (one added, then undone) is left out: the
    /// record counts as its activity's.
    pub fn build(
        &self,
        id: EntryId,
        plan: &Plan,
    ) -> Result<ProgressEntry, Vec<(EntryField, FieldError)>> {
        match (
            self.parse_date(),
            self.parse_amount(),
            self.parse_attendance(),
        ) {
            (Some(date), Some(amount), Ok(attendance)) => {
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
                entry.attendance = attendance;
                entry.category = self
                    .category
                    .clone()
                    .filter(|k| crate::model::category::find(plan, k).is_some());
                entry.lead = self.lead.trim().to_owned();
                entry.photos = self.photos.clone();
                Ok(entry)
            }
            _ => Err(self.errors()),
        }
    }
}
