//! Edits: every change the user can make to a plan, as a value, and the pure
//! function that applies one. The UI's commands build an `Edit` and hand it to the
//! root state, which keeps the undo history ([`super::history`]).

use super::ids::{ItemId, SectionId};
use super::plan::{Department, Item, OwnCategory, Place, Plan, Section, Tombstone};
use super::target::valid_quantity;
use super::validate::ModelError;
use super::when::YEAR_RANGE;
use thiserror::Error;

/// The plan's own properties, edited together in the properties form.
#[derive(Clone, Debug, PartialEq)]
pub struct PlanInfo {
    /// Title.
    pub title: String,
    /// Organisation (单位).
    pub organization: String,
    /// Year.
    pub year: i32,
    /// Preface (指导思想).
    pub preface: String,
    /// Third-level heading numbers: the plan's "1、" or GB/T 9704's "1.".
    pub numbering: super::numbering::Numbering,
}

/// One change to a plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    /// Set title, organisation, year and preface.
    SetInfo(PlanInfo),
    /// Add a section at the end of its parent.
    AddSection(Section),
    /// Change a section's title.
    RenameSection {
        /// The section.
        id: SectionId,
        /// New title.
        title: String,
    },
    /// Delete a section with its subsections and their items.
    DeleteSection(SectionId),
    /// Move a section to position `index` among the children of `parent`.
    MoveSection {
        /// The section.
        id: SectionId,
        /// New parent.
        parent: Option<SectionId>,
        /// New position.
        index: usize,
    },
    /// Add an item at the end of its section.
    AddItem(Item),
    /// Replace an item (matched by id) with new contents.
    UpdateItem(Item),
    /// Delete an item.
    DeleteItem(ItemId),
    /// Move an item to position `index` in `section`.
    MoveItem {
        /// The item.
        id: ItemId,
        /// Target section.
        section: SectionId,
        /// New position.
        index: usize,
    },
    /// Add a department.
    AddDepartment(Department),
    /// Add a place.
    AddPlace(Place),
    /// Add a kind of activity to the plan's own categories.
    AddCategory(OwnCategory),
}

/// Why an edit could not be applied. The plan is unchanged when this is returned.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum EditError {
    /// The title is empty.
    #[error("a title is required")]
    EmptyTitle,
    /// The year is out of range.
    #[error("year {0} is out of range")]
    BadYear(i32),
    /// No section with this id.
    #[error("no section {0}")]
    NoSection(SectionId),
    /// No item with this id.
    #[error("no item {0}")]
    NoItem(ItemId),
    /// An id that is already taken.
    #[error("id {0} is already used")]
    DuplicateId(String),
    /// A section cannot move inside itself.
    #[error("a section cannot move inside itself")]
    IntoItself,
    /// The new item is not valid.
    #[error(transparent)]
    Invalid(ModelError),
}

/// Applies `edit` to `plan`. `now` (RFC 3339) stamps changed items and tombstones.
/// On error the plan is left exactly as it was.
pub fn apply(plan: &mut Plan, edit: Edit, now: &str) -> Result<(), EditError> {
    match edit {
        Edit::SetInfo(info) => {
            if info.title.trim().is_empty() {
                return Err(EditError::EmptyTitle);
            }
            if !YEAR_RANGE.contains(&info.year) {
                return Err(EditError::BadYear(info.year));
            }
            if info.year != plan.year {
                plan.start = None;
                plan.end = None;
            }
            plan.title = info.title;
            plan.organization = info.organization;
            plan.year = info.year;
            plan.preface = info.preface;
            plan.numbering = info.numbering;
        }
        Edit::AddSection(mut section) => {
            if section.title.trim().is_empty() {
                return Err(EditError::EmptyTitle);
            }
            if plan.section(&section.id).is_some() {
                return Err(EditError::DuplicateId(section.id.0));
            }
            if let Some(parent) = &section.parent {
                if plan.section(parent).is_none() {
                    return Err(EditError::NoSection(parent.clone()));
                }
            }
            section.order = plan.children_of(section.parent.as_ref()).len() as u32;
            plan.sections.push(section);
        }
        Edit::RenameSection { id, title } => {
            if title.trim().is_empty() {
                return Err(EditError::EmptyTitle);
            }
            let section = section_mut(plan, &id)?;
            section.title = title;
        }
        Edit::DeleteSection(id) => {
            if plan.section(&id).is_none() {
                return Err(EditError::NoSection(id));
            }
            let doomed = descendants(plan, &id);
            let stamp = |id: &str| Tombstone {
                id: id.to_owned(),
                at: now.to_owned(),
            };
            let mut tombs: Vec<Tombstone> = doomed.iter().map(|s| stamp(s.as_str())).collect();
            tombs.extend(
                plan.items
                    .iter()
                    .filter(|i| doomed.contains(&i.section))
                    .map(|i| stamp(i.id.as_str())),
            );
            plan.items.retain(|i| !doomed.contains(&i.section));
            plan.sections.retain(|s| !doomed.contains(&s.id));
            plan.deleted.extend(tombs);
            renumber_all_sections(plan);
        }
        Edit::MoveSection { id, parent, index } => {
            if plan.section(&id).is_none() {
                return Err(EditError::NoSection(id));
            }
            if let Some(p) = &parent {
                if plan.section(p).is_none() {
                    return Err(EditError::NoSection(p.clone()));
                }
                if descendants(plan, &id).contains(p) {
                    return Err(EditError::IntoItself);
                }
            }
            let mut siblings: Vec<SectionId> = plan
                .children_of(parent.as_ref())
                .into_iter()
                .map(|s| s.id.clone())
                .filter(|s| s != &id)
                .collect();
            siblings.insert(index.min(siblings.len()), id.clone());
            section_mut(plan, &id)?.parent = parent;
            for (order, sid) in siblings.iter().enumerate() {
                section_mut(plan, sid)?.order = order as u32;
            }
            renumber_all_sections(plan);
        }
        Edit::AddItem(mut item) => {
            if plan.item(&item.id).is_some() {
                return Err(EditError::DuplicateId(item.id.0));
            }
            check_item(plan, &item)?;
            item.order = plan.items_of(&item.section).len() as u32;
            item.updated_at = Some(now.to_owned());
            plan.items.push(item);
        }
        Edit::UpdateItem(mut item) => {
            check_item(plan, &item)?;
            let old_section = plan.item(&item.id).map(|i| (i.section.clone(), i.order));
            let Some((old_section, old_order)) = old_section else {
                return Err(EditError::NoItem(item.id));
            };
            let moved = old_section != item.section;
            item.order = if moved {
                plan.items_of(&item.section).len() as u32
            } else {
                old_order
            };
            item.updated_at = Some(now.to_owned());
            if let Some(slot) = plan.items.iter_mut().find(|i| i.id == item.id) {
                *slot = item;
            }
            if moved {
                renumber_items(plan, &old_section, now);
            }
        }
        Edit::DeleteItem(id) => {
            let Some(pos) = plan.items.iter().position(|i| i.id == id) else {
                return Err(EditError::NoItem(id));
            };
            let item = plan.items.remove(pos);
            plan.deleted.push(Tombstone {
                id: id.0,
                at: now.to_owned(),
            });
            renumber_items(plan, &item.section, now);
        }
        Edit::MoveItem { id, section, index } => {
            if plan.section(&section).is_none() {
                return Err(EditError::NoSection(section));
            }
            let Some(old) = plan.item(&id).map(|i| i.section.clone()) else {
                return Err(EditError::NoItem(id));
            };
            let mut order: Vec<ItemId> = plan
                .items_of(&section)
                .into_iter()
                .map(|i| i.id.clone())
                .filter(|i| i != &id)
                .collect();
            order.insert(index.min(order.len()), id.clone());
            for item in plan.items.iter_mut().filter(|i| i.id == id) {
                item.section = section.clone();
                item.updated_at = Some(now.to_owned());
            }
            for (n, iid) in order.iter().enumerate() {
                for item in plan.items.iter_mut().filter(|i| &i.id == iid) {
                    item.order = n as u32;
                }
            }
            if old != section {
                renumber_items(plan, &old, now);
            }
        }
        Edit::AddDepartment(department) => {
            if department.name.trim().is_empty() {
                return Err(EditError::EmptyTitle);
            }
            if plan.department(&department.id).is_some() {
                return Err(EditError::DuplicateId(department.id.0));
            }
            plan.departments.push(department);
        }
        Edit::AddPlace(place) => {
            if place.name.trim().is_empty() {
                return Err(EditError::EmptyTitle);
            }
            if plan.place(&place.id).is_some() {
                return Err(EditError::DuplicateId(place.id.0));
            }
            plan.places.push(place);
        }
        Edit::AddCategory(category) => {
            if category.name.trim().is_empty() {
                return Err(EditError::EmptyTitle);
            }
            if super::category::find(plan, &category.id).is_some() {
                return Err(EditError::DuplicateId(category.id));
            }
            plan.categories.push(category);
        }
    }
    plan.updated_at = Some(now.to_owned());
    Ok(())
}

fn section_mut<'a>(plan: &'a mut Plan, id: &SectionId) -> Result<&'a mut Section, EditError> {
    plan.sections
        .iter_mut()
        .find(|s| &s.id == id)
        .ok_or_else(|| EditError::NoSection(id.clone()))
}

/// `id` and every section below it.
fn descendants(plan: &Plan, id: &SectionId) -> Vec<SectionId> {
    let mut out = vec![id.clone()];
    let mut i = 0;
    while i < out.len() {
        let parent = out[i].clone();
        out.extend(
            plan.sections
                .iter()
                .filter(|s| s.parent.as_ref() == Some(&parent) && !out.contains(&s.id))
                .map(|s| s.id.clone())
                .collect::<Vec<_>>(),
        );
        i += 1;
    }
    out
}

/// Checks what the plan needs of an item before it is stored.
fn check_item(plan: &Plan, item: &Item) -> Result<(), EditError> {
    let invalid = |e| Err(EditError::Invalid(e));
    if item.title.trim().is_empty() {
        return invalid(ModelError::EmptyItemTitle(item.id.clone()));
    }
    if plan.section(&item.section).is_none() {
        return Err(EditError::NoSection(item.section.clone()));
    }
    if let Err(error) = item.when.validate() {
        return invalid(ModelError::BadWhen {
            item: item.id.clone(),
            error,
        });
    }
    if let Some(department) = item
        .departments
        .iter()
        .find(|d| plan.department(d).is_none())
    {
        return invalid(ModelError::MissingDepartment {
            item: item.id.clone(),
            department: department.clone(),
        });
    }
    if let Some(place) = item.places.iter().find(|p| plan.place(p).is_none()) {
        return invalid(ModelError::MissingPlace {
            item: item.id.clone(),
            place: place.clone(),
        });
    }
    if let Some(target) = &item.target {
        if !valid_quantity(target.quantity) {
            return invalid(ModelError::BadQuantity {
                item: item.id.clone(),
                value: target.quantity,
            });
        }
    }
    if let Some(error) = super::validate::missing_category(plan, item) {
        return invalid(error);
    }
    Ok(())
}

fn renumber_items(plan: &mut Plan, section: &SectionId, now: &str) {
    let order: Vec<ItemId> = plan
        .items_of(section)
        .into_iter()
        .map(|i| i.id.clone())
        .collect();
    for (n, id) in order.iter().enumerate() {
        for item in plan.items.iter_mut().filter(|i| &i.id == id) {
            if item.order != n as u32 {
                item.order = n as u32;
                item.updated_at = Some(now.to_owned());
            }
        }
    }
}

fn renumber_sections(plan: &mut Plan, parent: Option<&SectionId>) {
    let order: Vec<SectionId> = plan
        .children_of(parent)
        .into_iter()
        .map(|s| s.id.clone())
        .collect();
    for (n, id) in order.iter().enumerate() {
        for s in plan.sections.iter_mut().filter(|s| &s.id == id) {
            s.order = n as u32;
        }
    }
}

/// Makes sibling orders 0..n everywhere, after a delete or move left gaps.
fn renumber_all_sections(plan: &mut Plan) {
    let parents: Vec<Option<SectionId>> = std::iter::once(None)
        .chain(plan.sections.iter().map(|s| Some(s.id.clone())))
        .collect();
    for parent in parents {
        renumber_sections(plan, parent.as_ref());
    }
}
