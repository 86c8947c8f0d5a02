//! The 任务分解表 (task breakdown): one row per activity in outline order, the
//! same rows for Excel and for CSV.

use super::amount as number;
use super::words::Words;
use super::xlsx::{Cell, Row, Sheet};
use crate::model::outline::{outline, RowKind};
use crate::model::target::tally;
use crate::model::{Item, Plan, SectionId, When};
use chrono::NaiveDate;
use std::collections::HashMap;

/// One activity of the task table.
#[derive(Clone, Debug, PartialEq)]
pub struct TaskRow {
    /// 序号, from 1.
    pub number: usize,
    /// 章节: the section's number and title ("（一）送戏下乡").
    pub section: String,
    /// 工作任务: the title.
    pub title: String,
    /// 完成时限: the time as the plan writes it ("4月中旬"), with its repeat.
    pub deadline: String,
    /// 开始.
    pub start: Option<NaiveDate>,
    /// 结束.
    pub end: Option<NaiveDate>,
    /// 责任部门.
    pub departments: String,
    /// 负责人.
    pub lead: String,
    /// 目标.
    pub target: String,
    /// 完成情况: "8/12场" against a target, else the status.
    pub done: String,
    /// 备注: the notes.
    pub notes: String,
}

/// The rows of `plan`'s task table.
pub fn task_rows(plan: &Plan, w: &Words) -> Vec<TaskRow> {
    let mut sections: HashMap<&SectionId, String> = HashMap::new();
    let mut rows = Vec::new();
    let list = w.prose.list;
    for row in outline(plan) {
        match &row.kind {
            RowKind::Section(id) => {
                if let Some(s) = plan.section(id) {
                    sections.insert(&s.id, format!("{}{}", row.number, s.title.trim()));
                }
            }
            RowKind::Item { id, .. } => {
                let Some(item) = plan.item(id) else { continue };
                let span = item.when.span().ok().flatten();
                rows.push(TaskRow {
                    number: rows.len() + 1,
                    section: sections.get(&item.section).cloned().unwrap_or_default(),
                    title: item.title.trim().to_owned(),
                    deadline: deadline(plan, item, w),
                    start: span.map(|s| s.start),
                    end: span.map(|s| s.end),
                    departments: super::department_names(plan, item, list),
                    lead: item.lead.trim().to_owned(),
                    target: item.target.as_ref().map_or(String::new(), w.target),
                    done: match &item.target {
                        Some(t) => format!(
                            "{}/{}{}",
                            number(tally(&item.progress)),
                            number(t.quantity),
                            t.unit
                        ),
                        None => (w.status)(item.status).to_owned(),
                    },
                    notes: item.notes.trim().to_owned(),
                });
            }
        }
    }
    rows
}

fn deadline(plan: &Plan, item: &Item, w: &Words) -> String {
    if matches!(item.when, When::Unscheduled) {
        return String::new();
    }
    let when = if item.milestone {
        (w.deadline)(&item.when, plan.year)
    } else {
        (w.when)(&item.when, plan.year)
    };
    let repeat = (w.repeat)(item.repeat.as_ref());
    if repeat.is_empty() {
        when
    } else {
        format!("{when}{}{repeat}", w.prose.comma)
    }
}

/// Column widths of the task table, in Excel's characters.
const WIDTHS: [f64; 11] = [
    6.0, 22.0, 40.0, 16.0, 12.0, 12.0, 16.0, 10.0, 16.0, 14.0, 30.0,
];

/// The task table as a worksheet, with real dates in 开始 and 结束.
pub fn task_sheet(plan: &Plan, w: &Words) -> Sheet {
    let date = |d: Option<NaiveDate>| d.map_or(Cell::Empty, Cell::Date);
    Sheet {
        name: w.task_sheet.to_owned(),
        header: w.task_columns.iter().map(|s| (*s).to_owned()).collect(),
        widths: WIDTHS.to_vec(),
        rows: task_rows(plan, w)
            .into_iter()
            .map(|r| Row {
                cells: vec![
                    Cell::Number(r.number as f64),
                    Cell::text(r.section),
                    Cell::text(r.title),
                    Cell::text(r.deadline),
                    date(r.start),
                    date(r.end),
                    Cell::text(r.departments),
                    Cell::text(r.lead),
                    Cell::text(r.target),
                    Cell::text(r.done),
                    Cell::text(r.notes),
                ],
                total: false,
            })
            .collect(),
        filter: true,
    }
}

/// The task table as CSV rows, the header first; dates as 2025-07-15.
pub fn task_table(plan: &Plan, w: &Words) -> Vec<Vec<String>> {
    let iso = |d: Option<NaiveDate>| d.map_or(String::new(), |d| d.format("%Y-%m-%d").to_string());
    let mut out = vec![w.task_columns.iter().map(|s| (*s).to_owned()).collect()];
    for r in task_rows(plan, w) {
        out.push(vec![
            r.number.to_string(),
            r.section,
            r.title,
            r.deadline,
            iso(r.start),
            iso(r.end),
            r.departments,
            r.lead,
            r.target,
            r.done,
            r.notes,
        ]);
    }
    out
}
