//! `When`: the time of an activity as the plan states it ("7月份", "4月中旬", "全年"),
//! without inventing precision, and its deterministic resolution to a date span.

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// An inclusive span of calendar days.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    /// First day (inclusive).
    pub start: NaiveDate,
    /// Last day (inclusive).
    pub end: NaiveDate,
}

impl Span {
    /// A span from `start` to `end`, both inclusive. Returns `None` if `end < start`.
    pub fn new(start: NaiveDate, end: NaiveDate) -> Option<Self> {
        (start <= end).then_some(Self { start, end })
    }

    /// Number of days in the span (at least 1).
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// True if `day` lies in the span.
    pub fn contains(&self, day: NaiveDate) -> bool {
        self.start <= day && day <= self.end
    }
}

/// A third of a month (旬): 上旬 days 1–10, 中旬 11–20, 下旬 21–last.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Xun {
    /// 上旬, days 1–10.
    Early,
    /// 中旬, days 11–20.
    Middle,
    /// 下旬, day 21 to the last day of the month.
    Late,
}

/// When an activity happens, as the plan says it. Serialized with a `kind` tag, as in
/// the plan file format. New kinds (lunar dates, festivals) will be added as variants.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum When {
    /// One precise day.
    Date {
        /// The day.
        date: NaiveDate,
    },
    /// Precise days from `start` to `end`, inclusive.
    Range {
        /// First day.
        start: NaiveDate,
        /// Last day.
        end: NaiveDate,
    },
    /// A whole month ("7月份").
    Month {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u32,
    },
    /// Consecutive months ("9--10月份").
    Months {
        /// Year.
        year: i32,
        /// First month, 1–12.
        from: u32,
        /// Last month, `from`–12.
        to: u32,
    },
    /// A third of a month ("4月中旬").
    Xun {
        /// Year.
        year: i32,
        /// Month, 1–12.
        month: u32,
        /// Which third.
        xun: Xun,
    },
    /// A quarter ("第二季度").
    Quarter {
        /// Year.
        year: i32,
        /// Quarter, 1–4.
        quarter: u32,
    },
    /// A half year ("上半年" = 1, "下半年" = 2).
    Half {
        /// Year.
        year: i32,
        /// Half, 1–2.
        half: u32,
    },
    /// The whole year ("全年").
    Year {
        /// Year.
        year: i32,
    },
    /// Not scheduled yet: no span.
    Unscheduled,
}

/// Why a `When` does not describe real days.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum WhenError {
    /// A month outside 1–12.
    #[error("month {0} is not between 1 and 12")]
    Month(u32),
    /// A `months` kind whose last month comes before its first.
    #[error("months {from}–{to} run backwards")]
    MonthsBackwards {
        /// First month.
        from: u32,
        /// Last month.
        to: u32,
    },
    /// A quarter outside 1–4.
    #[error("quarter {0} is not between 1 and 4")]
    Quarter(u32),
    /// A half outside 1–2.
    #[error("half {0} is not 1 or 2")]
    Half(u32),
    /// A year chrono cannot represent, or outside the plan range we accept.
    #[error("year {0} is out of range")]
    Year(i32),
    /// A range whose end comes before its start.
    #[error("the range ends before it starts")]
    RangeBackwards,
}

/// Smallest and largest years accepted anywhere in a plan.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2200;

fn first_of(year: i32, month: u32) -> Result<NaiveDate, WhenError> {
    if !YEAR_RANGE.contains(&year) {
        return Err(WhenError::Year(year));
    }
    if !(1..=12).contains(&month) {
        return Err(WhenError::Month(month));
    }
    NaiveDate::from_ymd_opt(year, month, 1).ok_or(WhenError::Year(year))
}

/// The last day of `year`-`month`.
fn last_of(year: i32, month: u32) -> Result<NaiveDate, WhenError> {
    let first = first_of(year, month)?;
    let next = first
        .checked_add_months(Months::new(1))
        .ok_or(WhenError::Year(year))?;
    next.pred_opt().ok_or(WhenError::Year(year))
}

/// Number of days in `year`-`month` (28–31).
pub fn days_in_month(year: i32, month: u32) -> Option<u32> {
    last_of(year, month).ok().map(|d| d.day())
}

fn months_span(year: i32, from: u32, to: u32) -> Result<Span, WhenError> {
    let start = first_of(year, from)?;
    let end = last_of(year, to)?;
    if to < from {
        return Err(WhenError::MonthsBackwards { from, to });
    }
    Ok(Span { start, end })
}

impl When {
    /// The inclusive span of days this `When` covers, `Ok(None)` for `unscheduled`.
    pub fn span(&self) -> Result<Option<Span>, WhenError> {
        let span = match *self {
            When::Date { date } => Span {
                start: date,
                end: date,
            },
            When::Range { start, end } => Span::new(start, end).ok_or(WhenError::RangeBackwards)?,
            When::Month { year, month } => months_span(year, month, month)?,
            When::Months { year, from, to } => months_span(year, from, to)?,
            When::Xun { year, month, xun } => {
                let first = first_of(year, month)?;
                let last = last_of(year, month)?;
                let day = |d: u32| first.with_day(d).ok_or(WhenError::Month(month));
                match xun {
                    Xun::Early => Span {
                        start: first,
                        end: day(10)?,
                    },
                    Xun::Middle => Span {
                        start: day(11)?,
                        end: day(20)?,
                    },
                    Xun::Late => Span {
                        start: day(21)?,
                        end: last,
                    },
                }
            }
            When::Quarter { year, quarter } => {
                if !(1..=4).contains(&quarter) {
                    return Err(WhenError::Quarter(quarter));
                }
                months_span(year, quarter * 3 - 2, quarter * 3)?
            }
            When::Half { year, half } => {
                if !(1..=2).contains(&half) {
                    return Err(WhenError::Half(half));
                }
                months_span(year, half * 6 - 5, half * 6)?
            }
            When::Year { year } => months_span(year, 1, 12)?,
            When::Unscheduled => return Ok(None),
        };
        if !YEAR_RANGE.contains(&span.start.year()) || !YEAR_RANGE.contains(&span.end.year()) {
            return Err(WhenError::Year(span.start.year()));
        }
        Ok(Some(span))
    }

    /// Checks that this `When` describes real days.
    pub fn validate(&self) -> Result<(), WhenError> {
        self.span().map(|_| ())
    }

    /// True for kinds the plan states loosely (month, 旬, quarter, …): they are drawn
    /// as soft bands, not as fixed dates.
    pub fn is_fuzzy(&self) -> bool {
        !matches!(
            self,
            When::Date { .. } | When::Range { .. } | When::Unscheduled
        )
    }

    /// The same time `years` years later (or earlier). 29 February becomes
    /// 28 February in a year without it.
    pub fn shifted_years(&self, years: i32) -> When {
        let shift = |d: NaiveDate| shift_date_years(d, years);
        match *self {
            When::Date { date } => When::Date { date: shift(date) },
            When::Range { start, end } => When::Range {
                start: shift(start),
                end: shift(end),
            },
            When::Month { year, month } => When::Month {
                year: year + years,
                month,
            },
            When::Months { year, from, to } => When::Months {
                year: year + years,
                from,
                to,
            },
            When::Xun { year, month, xun } => When::Xun {
                year: year + years,
                month,
                xun,
            },
            When::Quarter { year, quarter } => When::Quarter {
                year: year + years,
                quarter,
            },
            When::Half { year, half } => When::Half {
                year: year + years,
                half,
            },
            When::Year { year } => When::Year { year: year + years },
            When::Unscheduled => When::Unscheduled,
        }
    }
}

/// `date` moved by whole years; 29 February falls back to 28 February.
pub fn shift_date_years(date: NaiveDate, years: i32) -> NaiveDate {
    let year = date.year() + years;
    NaiveDate::from_ymd_opt(year, date.month(), date.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28))
        .unwrap_or(date)
}
