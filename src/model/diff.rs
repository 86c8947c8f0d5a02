//! What differs between two versions of one plan, for the people deciding which to
//! keep (a conflict between two tabs, an import over a stored plan).

use super::plan::Plan;
use std::collections::HashMap;

/// The differences between two versions of a plan, from `a` to `b`, by item title.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PlanDiff {
    /// The plan title changed.
    pub title_changed: bool,
    /// Items only in `b`.
    pub added: Vec<String>,
    /// Items only in `a`.
    pub removed: Vec<String>,
    /// Items in both whose content differs.
    pub changed: Vec<String>,
    /// Sections added, removed or changed.
    pub sections_changed: usize,
}

impl PlanDiff {
    /// True if the two versions are the same in content.
    pub fn is_empty(&self) -> bool {
        !self.title_changed
            && self.added.is_empty()
            && self.removed.is_empty()
            && self.changed.is_empty()
            && self.sections_changed == 0
    }
}

/// Compares `a` with `b`. Items and sections are matched by id; `order` and
/// `updated_at` alone do not count as a change of content.
pub fn diff(a: &Plan, b: &Plan) -> PlanDiff {
    let a_items: HashMap<_, _> = a.items.iter().map(|i| (&i.id, i)).collect();
    let b_items: HashMap<_, _> = b.items.iter().map(|i| (&i.id, i)).collect();
    let same = |x: &super::plan::Item, y: &super::plan::Item| {
        let mut y = y.clone();
        y.order = x.order;
        y.updated_at.clone_from(&x.updated_at);
        *x == y
    };
    let a_sections: HashMap<_, _> = a.sections.iter().map(|s| (&s.id, s)).collect();
    let b_sections: HashMap<_, _> = b.sections.iter().map(|s| (&s.id, s)).collect();
    let sections_changed = a_sections
        .iter()
        .filter(|(id, s)| {
            b_sections
                .get(*id)
                .is_none_or(|t| t.title != s.title || t.parent != s.parent)
        })
        .count()
        + b_sections
            .keys()
            .filter(|id| !a_sections.contains_key(*id))
            .count();
    PlanDiff {
        title_changed: a.title != b.title,
        added: b
            .items
            .iter()
            .filter(|i| !a_items.contains_key(&i.id))
            .map(|i| i.title.clone())
            .collect(),
        removed: a
            .items
            .iter()
            .filter(|i| !b_items.contains_key(&i.id))
            .map(|i| i.title.clone())
            .collect(),
        changed: a
            .items
            .iter()
            .filter(|i| b_items.get(&i.id).is_some_and(|j| !same(i, j)))
            .map(|i| {
                b_items
                    .get(&i.id)
                    .map_or(i.title.clone(), |j| j.title.clone())
            })
            .collect(),
        sections_changed,
    }
}
