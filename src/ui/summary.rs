//! What an outline row shows of an activity, worded in the interface language.
//! Pure: computed from the plan and tested on the host; the row only renders it.

use super::i18n::{repeat_label, target_label, when_label, Lang};
use crate::model::{Item, Plan, Status};

/// A department as a coloured chip.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chip {
    /// Name.
    pub name: String,
    /// CSS colour.
    pub color: String,
}

/// The texts of one outline row.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemSummary {
    /// Title.
    pub title: String,
    /// First line of the notes, if any.
    pub notes: String,
    /// "7月", "4月中旬", …
    pub when: String,
    /// True if the time is stated loosely (drawn with a dashed underline).
    pub fuzzy: bool,
    /// "每周", "共2次", or empty.
    pub repeat: String,
    /// Responsible departments.
    pub departments: Vec<Chip>,
    /// Place names joined with 、.
    pub places: String,
    /// Lead person.
    pub lead: String,
    /// "不少于12次", if there is a target.
    pub target: Option<String>,
    /// Status.
    pub status: Status,
}

/// The summary of `item` in `plan`. References that do not resolve are left out.
pub fn item_summary(lang: Lang, plan: &Plan, item: &Item) -> ItemSummary {
    ItemSummary {
        title: item.title.clone(),
        notes: item.notes.lines().next().unwrap_or("").trim().to_owned(),
        when: when_label(lang, &item.when, plan.year),
        fuzzy: item.when.is_fuzzy(),
        repeat: repeat_label(lang, item.repeat.as_ref()),
        departments: item
            .departments
            .iter()
            .filter_map(|d| plan.department(d))
            .map(|d| Chip {
                name: d.name.clone(),
                color: d.color.clone(),
            })
            .collect(),
        places: item
            .places
            .iter()
            .filter_map(|p| plan.place(p))
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join("、"),
        lead: item.lead.clone(),
        target: item.target.as_ref().map(|t| target_label(lang, t)),
        status: item.status,
    }
}
