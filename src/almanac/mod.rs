//! The Chinese calendar a plan's year runs on: lunar dates, the 24 solar terms,
//! traditional festivals and observances, and statutory holidays with their
//! make-up working days (调休). Pure: the calendar and the timeline draw what
//! [`Almanac::notes`] computes here.

pub mod festivals;
pub mod holiday_file;
pub mod holidays;
pub mod lunar;
pub mod notice;
mod notices;
pub mod terms;

pub use festivals::{Festival, Group};
pub use holiday_file::{holiday_file_json, read_holiday_file, HolidayFileError};
pub use holidays::{Arrangement, HolidayDay, HolidaySummary, Holidays, YearStatus};
pub use notice::{notice_year, parse_notice, NoticeError};

use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;

/// Which of the almanac's layers a calendar shows; each can be hidden in the
/// calendar's settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Shown {
    /// Lunar days (初五, and the month's name on 初一).
    pub lunar: bool,
    /// Traditional festivals (春节, 元宵节 …, 清明节).
    pub traditional: bool,
    /// The 24 solar terms.
    pub terms: bool,
    /// Observances (妇女节, 世界读书日 …, 农民丰收节, 老年节).
    pub observances: bool,
    /// Statutory holidays (休) and make-up working days (班).
    pub holidays: bool,
}

impl Default for Shown {
    fn default() -> Self {
        Shown {
            lunar: true,
            traditional: true,
            terms: true,
            observances: true,
            holidays: true,
        }
    }
}

impl Shown {
    /// The settings word: the hidden layers, comma-separated ("terms,observances").
    pub fn to_setting(self) -> String {
        self.layers()
            .iter()
            .filter(|(_, on)| !on)
            .map(|(word, _)| *word)
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Reads [`Shown::to_setting`]; unknown words are ignored.
    pub fn from_setting(text: &str) -> Shown {
        let hidden: Vec<&str> = text.split(',').map(str::trim).collect();
        let on = |word: &str| !hidden.contains(&word);
        Shown {
            lunar: on("lunar"),
            traditional: on("traditional"),
            terms: on("terms"),
            observances: on("observances"),
            holidays: on("holidays"),
        }
    }

    fn layers(self) -> [(&'static str, bool); 5] {
        [
            ("lunar", self.lunar),
            ("traditional", self.traditional),
            ("terms", self.terms),
            ("observances", self.observances),
            ("holidays", self.holidays),
        ]
    }
}

/// Something a day is known by, besides its date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    /// A festival or observance.
    Festival(Festival),
    /// A solar term, by its index in [`terms::NAMES`].
    Term(usize),
    /// 老年节, on 重阳.
    SeniorsDay,
}

impl Mark {
    /// The Chinese name.
    pub fn name_zh(self) -> &'static str {
        match self {
            Mark::Festival(f) => f.name_zh(),
            Mark::Term(k) => terms::NAMES.get(k).copied().unwrap_or_default(),
            Mark::SeniorsDay => "老年节",
        }
    }
}

/// A day off or a make-up working day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Off {
    /// 休: a statutory holiday or a day off of its arrangement.
    Holiday,
    /// 班: a weekend day worked to make up for one.
    Workday,
}

impl Off {
    /// The `data-off` word.
    pub fn word(self) -> &'static str {
        match self {
            Off::Holiday => "holiday",
            Off::Workday => "workday",
        }
    }
}

/// What a calendar shows of one day besides its activities.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayNote {
    /// The day.
    pub date: NaiveDate,
    /// Its lunar date, inside 1899–2100.
    pub lunar: Option<lunar::LunarDate>,
    /// Festivals, observances and solar terms of the shown groups, festivals first.
    pub marks: Vec<Mark>,
    /// 休 or 班, when holidays are shown and the day has one.
    pub off: Option<Off>,
    /// The holiday the 休 or 班 belongs to.
    pub holiday: Option<String>,
}

impl DayNote {
    /// The full lunar date, "正月十五" or "闰四月初一"; empty outside the table.
    pub fn lunar_name(&self) -> String {
        self.lunar.map_or_else(String::new, |l| {
            format!(
                "{}{}",
                lunar::month_name(l.month, l.leap),
                lunar::day_name(l.day)
            )
        })
    }

    /// The short lunar text of a cell: the month's name on 初一, else the day's.
    pub fn lunar_short(&self) -> String {
        match self.lunar {
            Some(l) if l.day == 1 => lunar::month_name(l.month, l.leap),
            Some(l) => lunar::day_name(l.day),
            None => String::new(),
        }
    }

    /// The Chinese names of its marks, comma-separated (`data-festival`).
    pub fn marks_zh(&self) -> String {
        self.marks
            .iter()
            .map(|m| m.name_zh())
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// The calendar data of the years shown: festivals by day and the holidays.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Almanac {
    /// Every holiday arrangement known.
    pub holidays: Holidays,
}

impl Almanac {
    /// The almanac with the shipped holidays and the user's `added` arrangements.
    pub fn new(added: &[Arrangement]) -> Almanac {
        Almanac {
            holidays: Holidays::new(added),
        }
    }

    /// The notes of every day from `from` to `to` inclusive (at most 10 years).
    pub fn notes(&self, from: NaiveDate, to: NaiveDate, shown: Shown) -> Vec<DayNote> {
        let mut festivals: HashMap<NaiveDate, Vec<Mark>> = HashMap::new();
        let last_year = to.year().min(from.year() + 10);
        for year in from.year()..=last_year {
            for (day, f) in festivals::festivals_in(year) {
                let on = match f.group() {
                    Group::Traditional => shown.traditional,
                    Group::Observance => shown.observances,
                };
                if on {
                    festivals.entry(day).or_default().push(Mark::Festival(f));
                }
                if f == Festival::DoubleNinth && shown.observances {
                    festivals.entry(day).or_default().push(Mark::SeniorsDay);
                }
            }
        }
        from.iter_days()
            .take_while(|d| *d <= to)
            .take(3700)
            .map(|date| {
                let mut marks = festivals.remove(&date).unwrap_or_default();
                marks.sort_by_key(|m| match m {
                    Mark::Festival(f) if f.group() == Group::Traditional => 0,
                    Mark::Festival(_) => 1,
                    _ => 2,
                });
                if shown.terms {
                    if let Some(k) = terms::term_on(date) {
                        // 清明 is already there as 清明节.
                        if !marks.contains(&Mark::Festival(Festival::Qingming)) {
                            marks.push(Mark::Term(k));
                        }
                    }
                }
                let entry = shown.holidays.then(|| self.holidays.on(date)).flatten();
                DayNote {
                    date,
                    lunar: lunar::lunar_of(date),
                    marks,
                    off: entry.map(|(_, off)| if off { Off::Holiday } else { Off::Workday }),
                    holiday: entry.map(|(name, _)| name.to_owned()),
                }
            })
            .collect()
    }
}
