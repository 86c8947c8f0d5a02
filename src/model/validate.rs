//! Whole-plan validation: unique ids, references, real dates, sane numbers.
//! Returns every problem as a typed value; the UI words them in the user's language.

use super::ids::{DepartmentId, EntryId, ItemId, PlaceId, SectionId};
use super::plan::Plan;
use super::target::valid_quantity;
use super::when::{WhenError, YEAR_RANGE};
use std::collections::{HashMap, HashSet};
use thiserror::Error;

/// The kinds of object that carry ids.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IdKind {
    /// A section.
    Section,
    /// An item.
    Item,
    /// A department.
    Department,
    /// A place.
    Place,
    /// A progress entry.
    Entry,
    /// One of the plan's own categories (whose ids the built-in keys take too).
    Category,
}

/// One problem found in a plan.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ModelError {
    /// The plan title is empty.
    #[error("the plan has no title")]
    EmptyPlanTitle,
    /// The plan year is outside the accepted range.
    #[error("year {0} is out of range")]
    BadYear(i32),
    /// The plan period ends before it starts.
    #[error("the plan period ends before it starts")]
    BadPeriod,
    /// Two objects of one kind share an id.
    #[error("{kind:?} id {id} is used twice")]
    DuplicateId {
        /// The kind.
        kind: IdKind,
        /// The id.
        id: String,
    },
    /// A section's parent does not exist.
    #[error("section {section} has a missing parent {parent}")]
    MissingParent {
        /// The section.
        section: SectionId,
        /// The missing parent.
        parent: SectionId,
    },
    /// A section is its own ancestor.
    #[error("section {0} is inside itself")]
    SectionCycle(SectionId),
    /// An item's title is empty.
    #[error("item {0} has no title")]
    EmptyItemTitle(ItemId),
    /// An item's section does not exist.
    #[error("item {item} is in a missing section {section}")]
    MissingSection {
        /// The item.
        item: ItemId,
        /// The missing section.
        section: SectionId,
    },
    /// An item names a missing department.
    #[error("item {item} names a missing department {department}")]
    MissingDepartment {
        /// The item.
        item: ItemId,
        /// The missing department.
        department: DepartmentId,
    },
    /// An item or entry names a missing place.
    #[error("item {item} names a missing place {place}")]
    MissingPlace {
        /// The item.
        item: ItemId,
        /// The missing place.
        place: PlaceId,
    },
    /// An item's time is not a real span of days.
    #[error("item {item}: {error}")]
    BadWhen {
        /// The item.
        item: ItemId,
        /// What is wrong.
        error: WhenError,
    },
    /// A target quantity is negative, too large or not a number.
    #[error("item {item}: target quantity {value} is out of range")]
    BadQuantity {
        /// The item.
        item: ItemId,
        /// The value.
        value: f64,
    },
    /// A progress entry names a category that is neither built in nor the plan's.
    #[error("item {item}: entry {entry} names a missing category {category}")]
    MissingCategory {
        /// The item.
        item: ItemId,
        /// The entry.
        entry: EntryId,
        /// The missing category.
        category: String,
    },
    /// A progress amount is negative, too large or not a number.
    #[error("item {item}: progress amount {value} is out of range")]
    BadAmount {
        /// The item.
        item: ItemId,
        /// The entry.
        entry: EntryId,
        /// The value.
        value: f64,
    },
}

fn duplicates<'a>(kind: IdKind, ids: impl Iterator<Item = &'a str>, errors: &mut Vec<ModelError>) {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            errors.push(ModelError::DuplicateId {
                kind,
                id: id.to_owned(),
            });
        }
    }
}

/// Every problem in `plan`; empty if the plan is valid.
pub fn validate(plan: &Plan) -> Vec<ModelError> {
    let mut errors = Vec::new();
    if plan.title.trim().is_empty() {
        errors.push(ModelError::EmptyPlanTitle);
    }
    if !YEAR_RANGE.contains(&plan.year) {
        errors.push(ModelError::BadYear(plan.year));
    } else if plan.period().is_none() {
        errors.push(ModelError::BadPeriod);
    }
    duplicates(
        IdKind::Section,
        plan.sections.iter().map(|s| s.id.as_str()),
        &mut errors,
    );
    duplicates(
        IdKind::Item,
        plan.items.iter().map(|s| s.id.as_str()),
        &mut errors,
    );
    duplicates(
        IdKind::Department,
        plan.departments.iter().map(|s| s.id.as_str()),
        &mut errors,
    );
    duplicates(
        IdKind::Place,
        plan.places.iter().map(|s| s.id.as_str()),
        &mut errors,
    );
    duplicates(
        IdKind::Category,
        super::category::BUILT_IN
            .iter()
            .map(|c| c.key)
            .chain(plan.categories.iter().map(|c| c.id.as_str())),
        &mut errors,
    );
    duplicates(
        IdKind::Entry,
        plan.items
            .iter()
            .flat_map(|i| i.progress.iter().map(|e| e.id.as_str())),
        &mut errors,
    );
    check_sections(plan, &mut errors);
    for item in &plan.items {
        check_item(plan, item, &mut errors);
    }
    errors
}

fn check_sections(plan: &Plan, errors: &mut Vec<ModelError>) {
    let parents: HashMap<&SectionId, Option<&SectionId>> = plan
        .sections
        .iter()
        .map(|s| (&s.id, s.parent.as_ref()))
        .collect();
    for section in &plan.sections {
        if let Some(parent) = &section.parent {
            if !parents.contains_key(parent) {
                errors.push(ModelError::MissingParent {
                    section: section.id.clone(),
                    parent: parent.clone(),
                });
                continue;
            }
        }
        // Walk up; more steps than sections means a cycle.
        let mut at = section.parent.as_ref();
        let mut steps = 0;
        while let Some(p) = at {
            if p == &section.id || steps > plan.sections.len() {
                errors.push(ModelError::SectionCycle(section.id.clone()));
                break;
            }
            at = parents.get(p).copied().flatten();
            steps += 1;
        }
    }
}

fn check_item(plan: &Plan, item: &super::plan::Item, errors: &mut Vec<ModelError>) {
    let id = || item.id.clone();
    if item.title.trim().is_empty() {
        errors.push(ModelError::EmptyItemTitle(id()));
    }
    if plan.section(&item.section).is_none() {
        errors.push(ModelError::MissingSection {
            item: id(),
            section: item.section.clone(),
        });
    }
    for department in &item.departments {
        if plan.department(department).is_none() {
            errors.push(ModelError::MissingDepartment {
                item: id(),
                department: department.clone(),
            });
        }
    }
    let entry_places = item.progress.iter().filter_map(|e| e.place.as_ref());
    for place in item.places.iter().chain(entry_places) {
        if plan.place(place).is_none() {
            errors.push(ModelError::MissingPlace {
                item: id(),
                place: place.clone(),
            });
        }
    }
    if let Err(error) = item.when.validate() {
        errors.push(ModelError::BadWhen { item: id(), error });
    }
    if let Some(target) = &item.target {
        if !valid_quantity(target.quantity) {
            errors.push(ModelError::BadQuantity {
                item: id(),
                value: target.quantity,
            });
        }
    }
    if let Some(error) = missing_category(plan, item) {
        errors.push(error);
    }
    for entry in &item.progress {
        if !valid_quantity(entry.amount) {
            errors.push(ModelError::BadAmount {
                item: id(),
                entry: entry.id.clone(),
                value: entry.amount,
            });
        }
    }
}

/// The first of `item`'s records that names a category `plan` does not have.
pub(super) fn missing_category(plan: &Plan, item: &super::plan::Item) -> Option<ModelError> {
    item.progress.iter().find_map(|e| {
        let key = e.category.as_deref()?;
        super::category::find(plan, key)
            .is_none()
            .then(|| ModelError::MissingCategory {
                item: item.id.clone(),
                entry: e.id.clone(),
                category: key.to_owned(),
            })
    })
}
