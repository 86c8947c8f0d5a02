//! The monthly schedule (月工作安排表): one month's activities as a table to pin on
//! a wall — 日期/时间, 活动内容, 地点, 责任部门, 负责人 — in order of their first day
//! in the month.

use super::words::Words;
use crate::model::{Plan, Span, Status};
use chrono::NaiveDate;

/// One row of the schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthRow {
    /// The time as the plan writes it, with its repeat ("7月15日", "7月内，每周").
    pub when: String,
    /// The activity.
    pub title: String,
    /// Places.
    pub places: String,
    /// Departments.
    pub departments: String,
    /// Lead person.
    pub lead: String,
    /// Its first day in the month (for order).
    pub first: NaiveDate,
    /// Days of its whole span.
    pub span_days: i64,
    /// Its repetition, if any.
    pub repeat: Option<crate::model::Repeat>,
}

/// The month `month` of `year`: first and last day.
pub fn month_span(year: i32, month: u32) -> Option<Span> {
    let start = NaiveDate::from_ymd_opt(year, month, 1)?;
    let end = start
        .checked_add_months(chrono::Months::new(1))?
        .pred_opt()?;
    Span::new(start, end)
}

/// The activities of `plan` that fall in `month` of `year` (called-off ones left
/// out), ordered by their first day in it, then by plan order.
pub fn month_rows(plan: &Plan, year: i32, month: u32, w: &Words) -> Vec<MonthRow> {
    let Some(window) = month_span(year, month) else {
        return Vec::new();
    };
    let list = w.prose.list;
    let mut rows: Vec<(NaiveDate, usize, MonthRow)> = Vec::new();
    for (order, item) in plan.items.iter().enumerate() {
        if item.status == Status::Cancelled {
            continue;
        }
        let Ok(Some(span)) = item.when.span() else {
            continue;
        };
        let occurrences = match &item.repeat {
            Some(r) => r.occurrences(span),
            None => vec![span],
        };
        let Some(first) = occurrences
            .iter()
            .filter(|o| o.start <= window.end && o.end >= window.start)
            .map(|o| o.start.max(window.start))
            .min()
        else {
            continue;
        };
        let when = if item.milestone {
            (w.deadline)(&item.when, plan.year)
        } else {
            (w.when)(&item.when, plan.year)
        };
        let repeat = (w.repeat)(item.repeat.as_ref());
        let when = if repeat.is_empty() {
            when
        } else {
            format!("{when}{}{repeat}", w.prose.comma)
        };
        rows.push((
            first,
            order,
            MonthRow {
                when,
                title: item.title.trim().to_owned(),
                places: super::place_names(plan, item, list),
                departments: super::department_names(plan, item, list),
                lead: item.lead.trim().to_owned(),
                first,
                span_days: span.days(),
                repeat: item.repeat,
            },
        ));
    }
    // What happens on given days of the month first, by day; then what runs
    // through the whole month, the shorter spans first (7月 before 全年).
    rows.sort_by_key(|(first, order, row)| {
        (
            row.span_days >= window.days(),
            if row.span_days >= window.days() {
                row.span_days
            } else {
                0
            },
            *first,
            *order,
        )
    });
    rows.into_iter().map(|(_, _, r)| r).collect()
}
