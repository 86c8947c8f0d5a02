//! What the import preview shows about a plan in a file before anything is
//! written: how much it holds, and how it stands against the stored version.

use crate::model::Plan;
use std::cmp::Ordering;

/// How much a plan holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    /// Sections.
    pub sections: usize,
    /// Activities.
    pub items: usize,
    /// Departments.
    pub departments: usize,
    /// Places.
    pub places: usize,
    /// Progress entries of all activities.
    pub entries: usize,
}

/// The counts of `plan`.
pub fn counts(plan: &Plan) -> Counts {
    Counts {
        sections: plan.sections.len(),
        items: plan.items.len(),
        departments: plan.departments.len(),
        places: plan.places.len(),
        entries: plan.items.iter().map(|i| i.progress.len()).sum(),
    }
}

/// Whether `incoming` was changed later than `stored` (by `updated_at`; a missing
/// time is older than any), `Equal` when neither time tells.
pub fn newer_than(incoming: &Plan, stored: &Plan) -> Ordering {
    super::merge::instant(incoming.updated_at.as_deref())
        .cmp(&super::merge::instant(stored.updated_at.as_deref()))
}
