//! The monthly report (本月工作总结): what was recorded in a month, by section and
//! activity, with occasions and people reached. `ui::i18n::month_report_text` words
//! it, with next month's activities as the plan.

use super::returns::{count_of, Count};
use crate::model::outline::{outline, RowKind};
use crate::model::{ItemId, Plan, Span};

/// One activity's records in the month.
#[derive(Clone, Debug, PartialEq)]
pub struct ActivityDone {
    /// The activity.
    pub item: ItemId,
    /// Its title.
    pub title: String,
    /// Records in the month.
    pub records: usize,
    /// Sum of their amounts.
    pub amount: f64,
    /// The unit of its target, if any.
    pub unit: String,
    /// Occasions and people reached.
    pub count: Count,
}

/// One section's activities with records in the month.
#[derive(Clone, Debug, PartialEq)]
pub struct SectionDone {
    /// Its number as the outline shows it ("一、").
    pub number: String,
    /// Its title.
    pub title: String,
    /// Its activities with records, in outline order.
    pub activities: Vec<ActivityDone>,
}

/// What was done in `span`, by section, and in all.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Done {
    /// Sections with records, in outline order.
    pub sections: Vec<SectionDone>,
    /// Records in all.
    pub records: usize,
    /// Occasions and people in all.
    pub total: Count,
}

/// What `plan`'s records dated within `span` add up to.
pub fn done_in(plan: &Plan, span: Span) -> Done {
    let mut done = Done::default();
    let mut current: Option<SectionDone> = None;
    let flush = |current: &mut Option<SectionDone>, done: &mut Done| {
        if let Some(s) = current.take().filter(|s| !s.activities.is_empty()) {
            done.sections.push(s);
        }
    };
    for row in outline(plan) {
        match row.kind {
            RowKind::Section(id) => {
                flush(&mut current, &mut done);
                current = Some(SectionDone {
                    number: row.number,
                    title: plan
                        .section(&id)
                        .map_or(String::new(), |s| s.title.trim().to_owned()),
                    activities: Vec::new(),
                });
            }
            RowKind::Item { id, .. } => {
                let Some(item) = plan.item(&id) else { continue };
                let entries: Vec<_> = item
                    .progress
                    .iter()
                    .filter(|e| span.contains(e.date))
                    .collect();
                if entries.is_empty() {
                    continue;
                }
                let mut count = Count::default();
                for e in &entries {
                    let c = count_of(item, e);
                    count.sessions += c.sessions;
                    count.attendance += c.attendance;
                }
                done.records += entries.len();
                done.total.sessions += count.sessions;
                done.total.attendance += count.attendance;
                if let Some(s) = current.as_mut() {
                    s.activities.push(ActivityDone {
                        item: item.id.clone(),
                        title: item.title.trim().to_owned(),
                        records: entries.len(),
                        amount: entries.iter().map(|e| e.amount).sum(),
                        unit: item
                            .target
                            .as_ref()
                            .map_or(String::new(), |t| t.unit.trim().to_owned()),
                        count,
                    });
                }
            }
        }
    }
    flush(&mut current, &mut done);
    done
}
