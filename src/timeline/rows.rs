//! The timeline's rows: activities grouped by section (the outline, with its
//! numbering), by department or by place. A group can be collapsed. An activity
//! with two departments appears under both when grouped by department.

use crate::model::outline::{outline, RowKind as OutlineKind};
use crate::model::GroupBy;
use crate::model::{ItemId, Plan};
use std::collections::HashSet;

/// What a row is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// A group heading: a section, a department or a place ("" = none of them).
    Group {
        /// The group's key (section, department or place id; "" for "none").
        key: String,
        /// Activities in it (for a section, its own, not its subsections').
        count: usize,
        /// Whether it is collapsed.
        collapsed: bool,
    },
    /// An activity.
    Item(ItemId),
}

/// One row of the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    /// What it is.
    pub kind: RowKind,
    /// Indentation depth.
    pub depth: usize,
    /// The outline number ("一、", "3、") when grouped by section, else empty.
    pub number: String,
}

/// The rows of `plan` grouped by `group`, without the activities of the groups whose
/// keys are in `collapsed` (and, by section, without the contents of subsections of
/// a collapsed section).
pub fn rows(plan: &Plan, group: GroupBy, collapsed: &HashSet<String>) -> Vec<Row> {
    match group {
        GroupBy::Section => by_section(plan, collapsed),
        GroupBy::Department => by_key(
            plan,
            collapsed,
            plan.departments.iter().map(|d| d.id.0.clone()).collect(),
            group,
        ),
        GroupBy::Place => by_key(
            plan,
            collapsed,
            plan.places.iter().map(|p| p.id.0.clone()).collect(),
            group,
        ),
    }
}

fn by_section(plan: &Plan, collapsed: &HashSet<String>) -> Vec<Row> {
    let mut out = Vec::new();
    // Depth of the collapsed section whose contents are being skipped.
    let mut hidden_below: Option<usize> = None;
    for row in outline(plan) {
        if hidden_below.is_some_and(|d| {
            row.depth > d || matches!(row.kind, OutlineKind::Item { .. }) && row.depth >= d
        }) {
            continue;
        }
        hidden_below = None;
        match row.kind {
            OutlineKind::Section(id) => {
                let is_collapsed = collapsed.contains(id.as_str());
                if is_collapsed {
                    hidden_below = Some(row.depth);
                }
                let count = plan.items.iter().filter(|i| i.section == id).count();
                out.push(Row {
                    kind: RowKind::Group {
                        key: id.0,
                        count,
                        collapsed: is_collapsed,
                    },
                    depth: row.depth,
                    number: row.number,
                });
            }
            OutlineKind::Item { id, .. } => out.push(Row {
                kind: RowKind::Item(id),
                depth: row.depth,
                number: row.number,
            }),
        }
    }
    out
}

fn by_key(plan: &Plan, collapsed: &HashSet<String>, keys: Vec<String>, group: GroupBy) -> Vec<Row> {
    let order = outline(plan);
    let items: Vec<&crate::model::Item> = order
        .iter()
        .filter_map(|r| match &r.kind {
            OutlineKind::Item { id, .. } => plan.item(id),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    // Every group in the plan's order, then "none" for activities without any.
    for key in keys.into_iter().chain([String::new()]) {
        let members: Vec<&&crate::model::Item> =
            items.iter().filter(|i| group.contains(&key, i)).collect();
        if key.is_empty() && members.is_empty() {
            continue;
        }
        let is_collapsed = collapsed.contains(&key);
        out.push(Row {
            kind: RowKind::Group {
                key: key.clone(),
                count: members.len(),
                collapsed: is_collapsed,
            },
            depth: 0,
            number: String::new(),
        });
        if !is_collapsed {
            out.extend(members.into_iter().map(|i| Row {
                kind: RowKind::Item(i.id.clone()),
                depth: 1,
                number: String::new(),
            }));
        }
    }
    out
}
