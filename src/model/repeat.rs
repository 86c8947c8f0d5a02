//! `Repeat`: how an activity recurs inside its span ("每周", "每月安排1场", "一年两次").

use super::when::Span;
use chrono::{Datelike, Duration, NaiveDate};
use serde::{Deserialize, Serialize};

/// The period of a regular repetition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// Every week (weeks start on Monday).
    Week,
    /// Every calendar month.
    Month,
    /// Every calendar quarter.
    Quarter,
}

/// A repetition rule. Serialized as `{"every":"week"}` or `{"times":2}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Repeat {
    /// Once in every period that overlaps the span.
    Every {
        /// The period.
        every: Period,
    },
    /// `times` occurrences spread evenly over the span.
    Times {
        /// How many, at least 1.
        times: u32,
    },
}

/// Largest `times` we expand, so a hostile or mistyped plan cannot make the calendar
/// draw millions of occurrences.
pub const MAX_TIMES: u32 = 366;

impl Repeat {
    /// The occurrences of this rule inside `span`, each itself a span, in order and
    /// clipped to `span`. `times` is clamped to 1..=min(MAX_TIMES, days of span).
    pub fn occurrences(&self, span: Span) -> Vec<Span> {
        match *self {
            Repeat::Every { every } => periods(span, every),
            Repeat::Times { times } => {
                let days = span.days();
                let n = i64::from(times.clamp(1, MAX_TIMES)).min(days);
                (0..n)
                    .map(|k| {
                        let start = span.start + Duration::days(k * days / n);
                        let end = span.start + Duration::days((k + 1) * days / n - 1);
                        Span { start, end }
                    })
                    .collect()
            }
        }
    }
}

fn period_start(day: NaiveDate, every: Period) -> NaiveDate {
    match every {
        Period::Week => day - Duration::days(i64::from(day.weekday().num_days_from_monday())),
        Period::Month => day.with_day(1).unwrap_or(day),
        Period::Quarter => {
            let month = (day.month0() / 3) * 3 + 1;
            NaiveDate::from_ymd_opt(day.year(), month, 1).unwrap_or(day)
        }
    }
}

fn next_period(start: NaiveDate, every: Period) -> Option<NaiveDate> {
    match every {
        Period::Week => start.checked_add_signed(Duration::days(7)),
        Period::Month => start.checked_add_months(chrono::Months::new(1)),
        Period::Quarter => start.checked_add_months(chrono::Months::new(3)),
    }
}

fn periods(span: Span, every: Period) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = period_start(span.start, every);
    while start <= span.end {
        let Some(next) = next_period(start, every) else {
            break;
        };
        let end = next.pred_opt().unwrap_or(next);
        out.push(Span {
            start: start.max(span.start),
            end: end.min(span.end),
        });
        start = next;
    }
    out
}
