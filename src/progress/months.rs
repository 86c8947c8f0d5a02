//! Amounts by month, and the place × month grid ("which villages have we been to,
//! and when").

use crate::model::{ItemId, PlaceId, Plan, ProgressEntry};
use chrono::Datelike;

/// The amounts of `entries` in each month of `year` (January first); entries of
/// other years are left out.
pub fn by_month<'a>(entries: impl IntoIterator<Item = &'a ProgressEntry>, year: i32) -> [f64; 12] {
    let mut out = [0.0; 12];
    for e in entries {
        if e.date.year() == year {
            out[e.date.month0() as usize] += e.amount;
        }
    }
    out
}

/// One row of the place grid.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceRow {
    /// The place.
    pub place: PlaceId,
    /// Entries recorded there in each month of the year.
    pub months: [usize; 12],
    /// Entries there in the year.
    pub total: usize,
}

/// The place × month grid of `plan`'s year: every place of the plan (visited or
/// not, in the plan's order) with the number of progress entries recorded there
/// each month, for the activity `only` or for all activities. Entries without a
/// place, or of another year, are not in it.
pub fn place_grid(plan: &Plan, only: Option<&ItemId>) -> Vec<PlaceRow> {
    let entries: Vec<&ProgressEntry> = plan
        .items
        .iter()
        .filter(|i| only.is_none_or(|id| &i.id == id))
        .flat_map(|i| i.progress.iter())
        .filter(|e| e.date.year() == plan.year)
        .collect();
    plan.places
        .iter()
        .map(|p| {
            let mut months = [0usize; 12];
            for e in entries.iter().filter(|e| e.place.as_ref() == Some(&p.id)) {
                months[e.date.month0() as usize] += 1;
            }
            PlaceRow {
                place: p.id.clone(),
                months,
                total: months.iter().sum(),
            }
        })
        .collect()
}
