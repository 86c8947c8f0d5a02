//! `When`: the time of an activity as the plan states it ("7月份", "4月中旬", "全年"),
//! without inventing precision, and its deterministic resolution to a date span.

use crate::almanac::{lunar, Festival};
use chrono::{Datelike, Duration, Months, NaiveDate};
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
/// the plan file format. `festival` and `lunar` are the kinds of file version 2.
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
    /// Days around a festival's day in `year` ("元宵节", "春节前后各三天"): from
    /// `from` to `to` days after it, inclusive (negative: before it).
    Festival {
        /// The plan year whose festival it is.
        year: i32,
        /// The festival or observance.
        festival: Festival,
        /// First day, in days after the festival's (0: the day itself).
        #[serde(default)]
        from: i32,
        /// Last day, in days after the festival's; at least `from`.
        #[serde(default)]
        to: i32,
    },
    /// A lunar date ("正月十五", "腊月廿三") of the lunar year whose 正月初一 falls in
    /// `year`.
    Lunar {
        /// The Gregorian year in which the lunar year begins.
        year: i32,
        /// Lunar month, 1 (正月) to 12 (腊月).
        month: u32,
        /// Lunar day, 1 (初一) to 30.
        day: u32,
        /// The leap month (闰月) after `month`.
        #[serde(default)]
        leap: bool,
    },
    /// Not scheduled yet: no span.
    Unscheduled,
}

/// The years festival and lunar times can be given for.
pub const CHINESE_YEARS: std::ops::RangeInclusive<i32> = 1900..=2100;

/// The furthest a festival time may reach from the festival's day, in days.
pub const MAX_FESTIVAL_OFFSET: i32 = 180;

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
    /// A festival or lunar time outside the years the Chinese calendar covers
    /// ([`CHINESE_YEARS`]).
    #[error("year {0} is outside the Chinese calendar's years")]
    ChineseYear(i32),
    /// Festival offsets that run backwards or reach too far.
    #[error("days {from} to {to} around the festival are not a span")]
    Offsets {
        /// First offset.
        from: i32,
        /// Last offset.
        to: i32,
    },
    /// A lunar date the year does not have (a leap month it lacks, a 三十 in a
    /// month of 29 days, a month or day out of range).
    #[error("lunar {month}/{day} (leap: {leap}) does not exist in {year}")]
    NoLunarDay {
        /// The lunar year.
        year: i32,
        /// The month.
        month: u32,
        /// The day.
        day: u32,
        /// Leap month.
        leap: bool,
    },
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
            When::Festival {
                year,
                festival,
                from,
                to,
            } => {
                if from > to || from.abs() > MAX_FESTIVAL_OFFSET || to.abs() > MAX_FESTIVAL_OFFSET {
                    return Err(WhenError::Offsets { from, to });
                }
                if !CHINESE_YEARS.contains(&year) {
                    return Err(WhenError::ChineseYear(year));
                }
                let day = festival.day(year).ok_or(WhenError::ChineseYear(year))?;
                let at = |offset: i32| {
                    day.checked_add_signed(Duration::days(i64::from(offset)))
                        .ok_or(WhenError::ChineseYear(year))
                };
                Span {
                    start: at(from)?,
                    end: at(to)?,
                }
            }
            When::Lunar {
                year,
                month,
                day,
                leap,
            } => {
                if !CHINESE_YEARS.contains(&year) {
                    return Err(WhenError::ChineseYear(year));
                }
                let missing = WhenError::NoLunarDay {
                    year,
                    month,
                    day,
                    leap,
                };
                let date = lunar_date(year, month, day, leap).ok_or(missing)?;
                Span {
                    start: date,
                    end: date,
                }
            }
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
    /// as soft bands, not as fixed dates. A festival's or a lunar date's days are
    /// exact.
    pub fn is_fuzzy(&self) -> bool {
        !matches!(
            self,
            When::Date { .. }
                | When::Range { .. }
                | When::Festival { .. }
                | When::Lunar { .. }
                | When::Unscheduled
        )
    }

    /// True for the kinds that need file version 2 (festival and lunar times).
    pub fn needs_version_2(&self) -> bool {
        matches!(self, When::Festival { .. } | When::Lunar { .. })
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
            // The anchor stays: 元宵 of next year, not last year's date.
            When::Festival {
                year,
                festival,
                from,
                to,
            } => When::Festival {
                year: year + years,
                festival,
                from,
                to,
            },
            When::Lunar {
                year,
                month,
                day,
                leap,
            } => {
                let year = year + years;
                // 闰四月 becomes 四月 in a year without it, 三十 the last day of a
                // month of 29 days.
                let leap = leap && lunar::leap_month(year) == u8::try_from(month).ok();
                let days = u8::try_from(month)
                    .ok()
                    .and_then(|m| lunar::month_days(year, m, leap))
                    .map_or(day, u32::from);
                When::Lunar {
                    year,
                    month,
                    day: day.min(days),
                    leap,
                }
            }
            When::Unscheduled => When::Unscheduled,
        }
    }
}

/// The Gregorian date of a lunar date given in a `when`'s numbers.
fn lunar_date(year: i32, month: u32, day: u32, leap: bool) -> Option<NaiveDate> {
    lunar::solar_of(lunar::LunarDate {
        year,
        month: u8::try_from(month).ok()?,
        leap,
        day: u8::try_from(day).ok()?,
    })
}

/// `date` moved by whole years; 29 February falls back to 28 February.
pub fn shift_date_years(date: NaiveDate, years: i32) -> NaiveDate {
    let year = date.year() + years;
    NaiveDate::from_ymd_opt(year, date.month(), date.day())
        .or_else(|| NaiveDate::from_ymd_opt(year, date.month(), 28))
        .unwrap_or(date)
}
