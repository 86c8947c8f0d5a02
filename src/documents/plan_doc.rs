//! The plan as a 公文: title, preface, numbered headings, each activity as a
//! numbered paragraph of prose, and the signature (落款) with the date.

use super::doc::{Block, Doc};
use super::prose::activity_sentence;
use super::words::Words;
use crate::model::outline::{outline, RowKind};
use crate::model::Plan;
use chrono::NaiveDate;

/// The plan as a document, signed on `date` (the day it is printed or exported)
/// when the plan names its organisation.
pub fn plan_doc(plan: &Plan, w: &Words, date: NaiveDate) -> Doc {
    let mut blocks: Vec<Block> = paragraphs(&plan.preface).map(Block::Para).collect();
    for row in outline(plan) {
        match row.kind {
            RowKind::Section(ref id) => {
                let text = plan.section(id).map_or("", |s| s.title.as_str());
                blocks.push(Block::Heading {
                    level: row.depth,
                    position: position(plan, &row.kind),
                    number: row.number,
                    text: text.trim().to_owned(),
                });
            }
            RowKind::Item { id, index, .. } => {
                let Some(item) = plan.item(&id) else { continue };
                blocks.push(Block::Numbered {
                    level: row.depth.max(2),
                    position: u32::try_from(index + 1).unwrap_or(u32::MAX),
                    number: row.number,
                    text: activity_sentence(plan, item, w),
                });
                blocks.extend(paragraphs(&item.notes).map(Block::Para));
            }
        }
    }
    if !plan.organization.trim().is_empty() {
        blocks.push(Block::Blank);
        blocks.push(Block::Signature(vec![
            plan.organization.trim().to_owned(),
            (w.full_date)(date),
        ]));
    }
    Doc {
        title: plan.title.trim().to_owned(),
        blocks,
    }
}

/// A section's position among its siblings, from 1.
fn position(plan: &Plan, kind: &RowKind) -> u32 {
    let RowKind::Section(id) = kind else { return 1 };
    let parent = plan.section(id).and_then(|s| s.parent.as_ref());
    plan.children_of(parent)
        .iter()
        .position(|s| &s.id == id)
        .map_or(1, |k| u32::try_from(k + 1).unwrap_or(u32::MAX))
}

fn paragraphs(text: &str) -> impl Iterator<Item = String> + '_ {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
}
