//! Which activities the calendar shows: by department, place and status. An empty
//! list means "all".

use crate::model::{DepartmentId, Item, PlaceId, Status};

/// A filter of activities.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Shown departments (an activity shows if it has any of them).
    pub departments: Vec<DepartmentId>,
    /// Shown places (an activity shows if it has any of them).
    pub places: Vec<PlaceId>,
    /// Shown statuses.
    pub statuses: Vec<Status>,
}

impl Filter {
    /// True if `item` passes.
    pub fn matches(&self, item: &Item) -> bool {
        (self.departments.is_empty()
            || item
                .departments
                .iter()
                .any(|d| self.departments.contains(d)))
            && (self.places.is_empty() || item.places.iter().any(|p| self.places.contains(p)))
            && (self.statuses.is_empty() || self.statuses.contains(&item.status))
    }

    /// True if nothing is filtered out.
    pub fn is_empty(&self) -> bool {
        self.departments.is_empty() && self.places.is_empty() && self.statuses.is_empty()
    }

    /// Adds `id` to the departments if absent, removes it if present.
    pub fn toggle_department(&mut self, id: &DepartmentId) {
        toggle(&mut self.departments, id);
    }

    /// Adds `id` to the places if absent, removes it if present.
    pub fn toggle_place(&mut self, id: &PlaceId) {
        toggle(&mut self.places, id);
    }

    /// Adds `status` if absent, removes it if present.
    pub fn toggle_status(&mut self, status: Status) {
        toggle(&mut self.statuses, &status);
    }
}

fn toggle<T: PartialEq + Clone>(list: &mut Vec<T>, x: &T) {
    match list.iter().position(|y| y == x) {
        Some(i) => {
            list.remove(i);
        }
        None => list.push(x.clone()),
    }
}
