//! The outline view-model: sections and items flattened in reading order, with depth
//! and derived numbering. The outline component only renders these rows.

use super::ids::{ItemId, SectionId};
use super::numbering::heading_number;
use super::plan::Plan;
use std::collections::HashSet;

/// What an outline row shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// A section heading.
    Section(SectionId),
    /// An item under `section`.
    Item {
        /// The item.
        id: ItemId,
        /// Its section.
        section: SectionId,
        /// Its 0-based position in the section.
        index: usize,
        /// Number of items in the section.
        siblings: usize,
    },
}

/// One row of the outline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineRow {
    /// Section or item.
    pub kind: RowKind,
    /// Indentation depth, 0 for top-level sections.
    pub depth: usize,
    /// Derived number such as "一、", "（二）" or "3、".
    pub number: String,
}

/// The plan's outline: each section, then its items, then its subsections, in order.
/// Items are numbered one level below their section, but never above level 2 (1、),
/// as in the seed plans. Sections unreachable from the top (a broken parent chain)
/// are not shown; validation reports them.
pub fn outline(plan: &Plan) -> Vec<OutlineRow> {
    let mut rows = Vec::with_capacity(plan.sections.len() + plan.items.len());
    let mut seen = HashSet::new();
    walk(plan, None, 0, &mut rows, &mut seen);
    rows
}

fn walk(
    plan: &Plan,
    parent: Option<&SectionId>,
    depth: usize,
    rows: &mut Vec<OutlineRow>,
    seen: &mut HashSet<SectionId>,
) {
    for (pos, section) in plan.children_of(parent).into_iter().enumerate() {
        if !seen.insert(section.id.clone()) {
            continue; // a cycle; validation reports it
        }
        rows.push(OutlineRow {
            kind: RowKind::Section(section.id.clone()),
            depth,
            number: heading_number(depth, pos as u32 + 1, plan.numbering),
        });
        let items = plan.items_of(&section.id);
        let siblings = items.len();
        for (index, item) in items.into_iter().enumerate() {
            rows.push(OutlineRow {
                kind: RowKind::Item {
                    id: item.id.clone(),
                    section: section.id.clone(),
                    index,
                    siblings,
                },
                depth: depth + 1,
                number: heading_number((depth + 1).max(2), index as u32 + 1, plan.numbering),
            });
        }
        walk(plan, Some(&section.id), depth + 1, rows, seen);
    }
}

/// A section as a choice in a picker: its id and "（一）title" indented by depth.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionChoice {
    /// The section.
    pub id: SectionId,
    /// Number and title, indented with an ideographic space per level.
    pub label: String,
}

/// Every section in outline order, labelled for a picker.
pub fn section_choices(plan: &Plan) -> Vec<SectionChoice> {
    outline(plan)
        .into_iter()
        .filter_map(|row| match row.kind {
            RowKind::Section(id) => {
                let title = plan.section(&id).map_or("", |s| s.title.as_str());
                let label = format!("{}{}{}", "\u{3000}".repeat(row.depth), row.number, title);
                Some(SectionChoice { id, label })
            }
            RowKind::Item { .. } => None,
        })
        .collect()
}
