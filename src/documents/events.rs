//! Activities as calendar events: a fixed day or span is an all-day event; a fuzzy
//! time ("7月", "第三季度") is one event over its span, titled "（7月内）…"; a
//! repeat every week, month or quarter is a one-day event at the start of each
//! period ("（本月内）…") with an RRULE; a repeat "n times" is n events.

use super::ics::CalEvent;
use super::words::Words;
use crate::model::{Item, Period, Plan, Repeat, Span, Status};
use chrono::{Datelike, Duration, NaiveDate};

/// The events of `plan`, in plan order. Unscheduled activities have none.
pub fn plan_events(plan: &Plan, w: &Words) -> Vec<CalEvent> {
    let mut out = Vec::new();
    for item in &plan.items {
        item_events(plan, item, w, &mut out);
    }
    out
}

fn base(plan: &Plan, item: &Item, w: &Words) -> CalEvent {
    let location = super::place_names(plan, item, w.prose.list);
    let mut description = super::prose::activity_sentence(plan, item, w);
    if !item.notes.trim().is_empty() {
        description.push('\n');
        description.push_str(item.notes.trim());
    }
    CalEvent {
        uid: format!("{}@{}.jihua", item.id.0, plan.id.0),
        start: NaiveDate::MIN,
        last: NaiveDate::MIN,
        summary: item.title.trim().to_owned(),
        description,
        location,
        rrule: None,
        cancelled: item.status == Status::Cancelled,
    }
}

fn item_events(plan: &Plan, item: &Item, w: &Words, out: &mut Vec<CalEvent>) {
    let Ok(Some(span)) = item.when.span() else {
        return;
    };
    let e = base(plan, item, w);
    match item.repeat {
        Some(Repeat::Every { every }) if span.days() > 1 => repeating(e, span, every, w, out),
        Some(Repeat::Times { times }) if times > 1 && span.days() > 1 => {
            let parts = Repeat::Times { times }.occurrences(span);
            let n = parts.len();
            for (k, part) in parts.into_iter().enumerate() {
                out.push(CalEvent {
                    uid: format!("{}-{}", e.uid, k + 1),
                    start: part.start,
                    last: part.end,
                    summary: format!("{}{}", (w.nth)(k + 1, n), e.summary),
                    ..e.clone()
                });
            }
        }
        _ => {
            let summary = if item.when.is_fuzzy() {
                let phrase = (w.when)(&item.when, plan.year);
                format!("{}{}", (w.within)(&phrase), e.summary)
            } else {
                e.summary.clone()
            };
            out.push(CalEvent {
                start: span.start,
                last: span.end,
                summary,
                ..e
            });
        }
    }
}

/// The first day of the period after the one holding `day`.
fn next_period(day: NaiveDate, every: Period) -> Option<NaiveDate> {
    match every {
        Period::Week => day.checked_add_signed(Duration::days(
            7 - i64::from(day.weekday().num_days_from_monday()),
        )),
        Period::Month => NaiveDate::from_ymd_opt(day.year(), day.month(), 1)?
            .checked_add_months(chrono::Months::new(1)),
        Period::Quarter => {
            let month = (day.month0() / 3) * 3 + 1;
            NaiveDate::from_ymd_opt(day.year(), month, 1)?
                .checked_add_months(chrono::Months::new(3))
        }
    }
}

fn is_period_start(day: NaiveDate, every: Period) -> bool {
    match every {
        Period::Week => day.weekday().num_days_from_monday() == 0,
        Period::Month => day.day() == 1,
        Period::Quarter => day.day() == 1 && day.month0().is_multiple_of(3),
    }
}

/// A one-day marker at the start of each period of `span`: the first period, if
/// the span starts inside it, as an event of its own; then one event with an
/// RRULE from the first whole period on, so that DTSTART matches the rule.
fn repeating(e: CalEvent, span: Span, every: Period, w: &Words, out: &mut Vec<CalEvent>) {
    let summary = format!("{}{}", (w.each_period)(every), e.summary);
    let mut first = span.start;
    if !is_period_start(first, every) {
        out.push(CalEvent {
            uid: format!("{}-0", e.uid),
            start: first,
            last: first,
            summary: summary.clone(),
            ..e.clone()
        });
        match next_period(first, every) {
            Some(next) if next <= span.end => first = next,
            _ => return,
        }
    }
    let freq = match every {
        Period::Week => "FREQ=WEEKLY",
        Period::Month => "FREQ=MONTHLY",
        Period::Quarter => "FREQ=MONTHLY;INTERVAL=3",
    };
    // UNTIL is the last period's first day, a DATE as DTSTART is.
    let mut last = first;
    while let Some(next) = next_period(last, every).filter(|n| *n <= span.end) {
        last = next;
    }
    let rrule = (last > first).then(|| format!("{freq};UNTIL={}", last.format("%Y%m%d")));
    out.push(CalEvent {
        start: first,
        last: first,
        summary,
        rrule,
        ..e
    });
}
