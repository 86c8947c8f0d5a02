//! The time picker's fields and how they become a [`When`].

use super::{Around, FieldError};
use crate::almanac::Festival;
use crate::model::when::{WhenError, CHINESE_YEARS, MAX_FESTIVAL_OFFSET, YEAR_RANGE};
use crate::model::{When, Xun};
use chrono::NaiveDate;

/// The kinds the time picker offers, in the order it offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum WhenKind {
    /// 全年.
    Year,
    /// 上半年 / 下半年.
    Half,
    /// 第N季度.
    Quarter,
    /// N月.
    Month,
    /// N–M月.
    Months,
    /// N月上/中/下旬.
    Xun,
    /// A precise day.
    Date,
    /// Precise days.
    Range,
    /// Around a festival (元宵节, 春节前后各三天).
    Festival,
    /// A lunar date (农历正月十五).
    Lunar,
    /// Not scheduled.
    Unscheduled,
}

impl WhenKind {
    /// All kinds, in picker order.
    pub const ALL: [WhenKind; 11] = [
        WhenKind::Year,
        WhenKind::Half,
        WhenKind::Quarter,
        WhenKind::Month,
        WhenKind::Months,
        WhenKind::Xun,
        WhenKind::Date,
        WhenKind::Range,
        WhenKind::Festival,
        WhenKind::Lunar,
        WhenKind::Unscheduled,
    ];

    /// A stable key for `<option value>`.
    pub fn key(self) -> &'static str {
        match self {
            WhenKind::Year => "year",
            WhenKind::Half => "half",
            WhenKind::Quarter => "quarter",
            WhenKind::Month => "month",
            WhenKind::Months => "months",
            WhenKind::Xun => "xun",
            WhenKind::Date => "date",
            WhenKind::Range => "range",
            WhenKind::Festival => "festival",
            WhenKind::Lunar => "lunar",
            WhenKind::Unscheduled => "unscheduled",
        }
    }

    /// The kind with this key.
    pub fn from_key(key: &str) -> Option<WhenKind> {
        WhenKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

/// The time picker's fields.
#[derive(Clone, Debug, PartialEq)]
pub struct WhenDraft {
    /// Chosen kind.
    pub kind: WhenKind,
    /// Year as typed.
    pub year: String,
    /// Month (month and xun kinds), 1–12.
    pub month: u32,
    /// First month (months kind).
    pub from: u32,
    /// Last month (months kind).
    pub to: u32,
    /// Which 旬.
    pub xun: Xun,
    /// Quarter 1–4.
    pub quarter: u32,
    /// Half 1–2.
    pub half: u32,
    /// Date as `YYYY-MM-DD` (date kind; start of range kind).
    pub start: String,
    /// End date as `YYYY-MM-DD` (range kind).
    pub end: String,
    /// The festival (festival kind).
    pub festival: Festival,
    /// Which days around it.
    pub around: Around,
    /// N of 前后各N天 and the like, as typed.
    pub around_days: String,
    /// First offset of a custom span, as typed.
    pub offset_from: String,
    /// Last offset of a custom span, as typed.
    pub offset_to: String,
    /// Lunar month 1–12 (lunar kind).
    pub lunar_month: u32,
    /// Lunar day 1–30.
    pub lunar_day: u32,
    /// The leap month.
    pub leap: bool,
}

/// Turns full-width digits and punctuation (typed by Chinese input methods) into
/// ASCII, and trims.
pub fn normalize_number(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '－' => '-',
            _ => c,
        })
        .filter(|c| *c != ',' && *c != '，')
        .collect()
}

fn parse_date(s: &str) -> Result<NaiveDate, FieldError> {
    NaiveDate::parse_from_str(&normalize_number(s), "%Y-%m-%d").map_err(|_| FieldError::Date)
}

impl WhenDraft {
    /// The picker showing `when`; defaults for the other kinds come from it or from
    /// `plan_year`.
    pub fn from_when(when: &When, plan_year: i32) -> Self {
        let mut d = WhenDraft {
            kind: WhenKind::Unscheduled,
            year: plan_year.to_string(),
            month: 1,
            from: 1,
            to: 2,
            xun: Xun::Early,
            quarter: 1,
            half: 1,
            start: String::new(),
            end: String::new(),
            festival: Festival::Spring,
            around: Around::Day,
            around_days: "3".to_owned(),
            offset_from: "0".to_owned(),
            offset_to: "0".to_owned(),
            lunar_month: 1,
            lunar_day: 15,
            leap: false,
        };
        let year = |y: i32| y.to_string();
        match *when {
            When::Date { date } => {
                d.kind = WhenKind::Date;
                d.start = date.to_string();
            }
            When::Range { start, end } => {
                d.kind = WhenKind::Range;
                d.start = start.to_string();
                d.end = end.to_string();
            }
            When::Month { year: y, month } => {
                d = WhenDraft {
                    kind: WhenKind::Month,
                    year: year(y),
                    month,
                    ..d
                };
            }
            When::Months { year: y, from, to } => {
                d = WhenDraft {
                    kind: WhenKind::Months,
                    year: year(y),
                    from,
                    to,
                    ..d
                };
            }
            When::Xun {
                year: y,
                month,
                xun,
            } => {
                d = WhenDraft {
                    kind: WhenKind::Xun,
                    year: year(y),
                    month,
                    xun,
                    ..d
                };
            }
            When::Quarter { year: y, quarter } => {
                d = WhenDraft {
                    kind: WhenKind::Quarter,
                    year: year(y),
                    quarter,
                    ..d
                };
            }
            When::Half { year: y, half } => {
                d = WhenDraft {
                    kind: WhenKind::Half,
                    year: year(y),
                    half,
                    ..d
                };
            }
            When::Year { year: y } => {
                d = WhenDraft {
                    kind: WhenKind::Year,
                    year: year(y),
                    ..d
                };
            }
            When::Festival {
                year: y,
                festival,
                from,
                to,
            } => {
                let (around, n) = Around::of(from, to);
                d = WhenDraft {
                    kind: WhenKind::Festival,
                    year: year(y),
                    festival,
                    around,
                    around_days: if n > 0 { n.to_string() } else { d.around_days },
                    offset_from: from.to_string(),
                    offset_to: to.to_string(),
                    ..d
                };
            }
            When::Lunar {
                year: y,
                month,
                day,
                leap,
            } => {
                d = WhenDraft {
                    kind: WhenKind::Lunar,
                    year: year(y),
                    lunar_month: month,
                    lunar_day: day,
                    leap,
                    ..d
                };
            }
            When::Unscheduled => {}
        }
        d
    }

    /// Offsets `(from, to)` of the festival kind.
    fn offsets(&self) -> Result<(i32, i32), FieldError> {
        let number = |s: &str| {
            normalize_number(s)
                .parse::<i32>()
                .ok()
                .filter(|n| n.abs() <= MAX_FESTIVAL_OFFSET)
                .ok_or(FieldError::Offsets)
        };
        let days = || {
            number(&self.around_days).and_then(|n| {
                if n > 0 {
                    Ok(n)
                } else {
                    Err(FieldError::Offsets)
                }
            })
        };
        let (from, to) = match self.around {
            Around::Day => (0, 0),
            Around::Both => (-days()?, days()?),
            Around::Before => (-days()?, 0),
            Around::After => (0, days()?),
            Around::Custom => (number(&self.offset_from)?, number(&self.offset_to)?),
        };
        if to < from {
            return Err(FieldError::Offsets);
        }
        Ok((from, to))
    }

    /// The `When` these fields describe, or what is wrong with them.
    pub fn parse(&self) -> Result<When, FieldError> {
        let year = || -> Result<i32, FieldError> {
            normalize_number(&self.year)
                .parse::<i32>()
                .ok()
                .filter(|y| YEAR_RANGE.contains(y))
                .ok_or(FieldError::Year)
        };
        let when = match self.kind {
            WhenKind::Year => When::Year { year: year()? },
            WhenKind::Half => When::Half {
                year: year()?,
                half: self.half,
            },
            WhenKind::Quarter => When::Quarter {
                year: year()?,
                quarter: self.quarter,
            },
            WhenKind::Month => When::Month {
                year: year()?,
                month: self.month,
            },
            WhenKind::Months => {
                if self.to < self.from {
                    return Err(FieldError::Months);
                }
                When::Months {
                    year: year()?,
                    from: self.from,
                    to: self.to,
                }
            }
            WhenKind::Xun => When::Xun {
                year: year()?,
                month: self.month,
                xun: self.xun,
            },
            WhenKind::Date => When::Date {
                date: parse_date(&self.start)?,
            },
            WhenKind::Range => {
                let start = parse_date(&self.start)?;
                let end = parse_date(&self.end)?;
                if end < start {
                    return Err(FieldError::Range);
                }
                When::Range { start, end }
            }
            WhenKind::Festival | WhenKind::Lunar => {
                let year = year()?;
                if !CHINESE_YEARS.contains(&year) {
                    return Err(FieldError::ChineseYear);
                }
                if self.kind == WhenKind::Festival {
                    let (from, to) = self.offsets()?;
                    When::Festival {
                        year,
                        festival: self.festival,
                        from,
                        to,
                    }
                } else {
                    When::Lunar {
                        year,
                        month: self.lunar_month,
                        day: self.lunar_day,
                        leap: self.leap,
                    }
                }
            }
            WhenKind::Unscheduled => When::Unscheduled,
        };
        // Anything the picker cannot express is caught by the model's own rule.
        when.validate().map_err(|e| match e {
            WhenError::NoLunarDay { .. } => FieldError::LunarDay,
            WhenError::ChineseYear(_) => FieldError::ChineseYear,
            WhenError::Offsets { .. } => FieldError::Offsets,
            _ => FieldError::Date,
        })?;
        Ok(when)
    }
}
