//! Statutory holidays (法定节假日) and their make-up working days (调休上班): the
//! arrangements of the State Council's notices (国务院办公厅 放假安排) for 2002–2026
//! as shipped data, and those the user adds for later years.
//!
//! The shipped arrangements are written as notice text and read with the parser a
//! pasted notice goes through ([`super::notice`]), so that parser is exercised on
//! every official arrangement there is. The text was generated from the data
//! string of tyme4rs 1.5.0 (`LEGAL_HOLIDAY_DATA`, which starts with the notice for
//! 2002 and ends at 2026-10-10); `tests/almanac.rs` checks every day against it.
//! A year without a notice yet gets no 休/班 at all: 调休 is never guessed.

use super::notice::parse_notice;
use super::notices::SHIPPED;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashMap};

/// One day of an arrangement: a day off (`off`) or a make-up working day.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct HolidayDay {
    /// The holiday it belongs to (春节, 国庆节 …).
    pub name: String,
    /// The day.
    pub date: NaiveDate,
    /// A day off (`true`) or a make-up working day (`false`). Named as in the
    /// holiday-cn files, so that those files import as they are.
    #[serde(rename = "isOffDay")]
    pub off: bool,
}

/// The arrangement of one year's notice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Arrangement {
    /// The year of the notice (its 元旦 may begin in the December before).
    pub year: i32,
    /// Its days, in date order.
    pub days: Vec<HolidayDay>,
}

/// One holiday of an arrangement, as a notice states it: its runs of days off and
/// its make-up working days.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HolidaySummary {
    /// The holiday (春节).
    pub name: String,
    /// Its runs of consecutive days off, first and last day.
    pub off: Vec<(NaiveDate, NaiveDate)>,
    /// Its make-up working days.
    pub work: Vec<NaiveDate>,
}

impl Arrangement {
    /// The arrangement holiday by holiday, in the order of their first days.
    pub fn summary(&self) -> Vec<HolidaySummary> {
        let mut out: Vec<HolidaySummary> = Vec::new();
        let mut days = self.days.clone();
        days.sort_by_key(|d| d.date);
        // Days off first, so that each holiday is placed by its first day off.
        days.sort_by_key(|d| !d.off);
        for d in days {
            let i = match out.iter().position(|h| h.name == d.name) {
                Some(i) => i,
                None => {
                    out.push(HolidaySummary {
                        name: d.name.clone(),
                        off: Vec::new(),
                        work: Vec::new(),
                    });
                    out.len() - 1
                }
            };
            let h = &mut out[i];
            if !d.off {
                h.work.push(d.date);
                continue;
            }
            match h.off.last_mut() {
                Some(run) if run.1.succ_opt() == Some(d.date) => run.1 = d.date,
                _ => h.off.push((d.date, d.date)),
            }
        }
        out
    }
}

/// What is known of a year's holidays.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearStatus {
    /// The State Council's notice, shipped with the app.
    Official,
    /// An arrangement the user added.
    Added,
    /// No notice yet ("放假安排待国务院通知"): only the festivals' own days are shown.
    Pending,
    /// Before the first notice the app has: only the festivals' own days are shown.
    Unknown,
}

/// The first year the shipped data has a notice for.
pub const FIRST_NOTICE: i32 = 2002;

/// The shipped arrangements. (The data is checked by tests; a line it could not
/// read would be left out rather than stop the app.)
pub fn shipped() -> Vec<Arrangement> {
    SHIPPED
        .iter()
        .filter_map(|&(year, text)| parse_notice(text, year).ok())
        .collect()
}

/// The last year the shipped data has a notice for.
pub fn last_notice() -> i32 {
    SHIPPED.last().map_or(FIRST_NOTICE, |&(year, _)| year)
}

/// Every arrangement known, the user's over the shipped ones of the same year, and
/// a day's entry found in constant time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Holidays {
    years: BTreeMap<i32, (Arrangement, YearStatus)>,
    by_day: HashMap<NaiveDate, (usize, bool)>,
    names: Vec<String>,
    last_official: i32,
}

impl Holidays {
    /// The shipped arrangements with `added` over them.
    pub fn new(added: &[Arrangement]) -> Holidays {
        let mut years = BTreeMap::new();
        for a in shipped() {
            years.insert(a.year, (a, YearStatus::Official));
        }
        for a in added {
            years.insert(a.year, (a.clone(), YearStatus::Added));
        }
        let mut by_day = HashMap::new();
        let mut names: Vec<String> = Vec::new();
        for (a, _) in years.values() {
            for d in &a.days {
                let name = match names.iter().position(|n| *n == d.name) {
                    Some(i) => i,
                    None => {
                        names.push(d.name.clone());
                        names.len() - 1
                    }
                };
                by_day.insert(d.date, (name, d.off));
            }
        }
        Holidays {
            years,
            by_day,
            names,
            last_official: last_notice(),
        }
    }

    /// The day's entry: the holiday's name and whether it is a day off.
    pub fn on(&self, date: NaiveDate) -> Option<(&str, bool)> {
        let &(name, off) = self.by_day.get(&date)?;
        Some((self.names.get(name)?.as_str(), off))
    }

    /// What is known of `year`'s holidays.
    pub fn status(&self, year: i32) -> YearStatus {
        match self.years.get(&year) {
            Some((_, status)) => *status,
            None if year > self.last_official => YearStatus::Pending,
            None => YearStatus::Unknown,
        }
    }

    /// The arrangements the user added, by year.
    pub fn added(&self) -> Vec<Arrangement> {
        self.years
            .values()
            .filter(|(_, s)| *s == YearStatus::Added)
            .map(|(a, _)| a.clone())
            .collect()
    }

    /// The runs of consecutive days off that touch `from`–`to`, each with its
    /// holiday's name, in date order.
    pub fn off_spans(&self, from: NaiveDate, to: NaiveDate) -> Vec<(NaiveDate, NaiveDate, String)> {
        let mut days: Vec<(NaiveDate, &str)> = self
            .by_day
            .iter()
            .filter(|(d, &(_, off))| off && **d >= from && **d <= to)
            .filter_map(|(d, &(n, _))| Some((*d, self.names.get(n)?.as_str())))
            .collect();
        days.sort();
        let mut out: Vec<(NaiveDate, NaiveDate, String)> = Vec::new();
        for (day, name) in days {
            match out.last_mut() {
                Some(last) if last.1.succ_opt() == Some(day) => {
                    last.1 = day;
                    if !last.2.split('、').any(|n| n == name) {
                        last.2 = format!("{}、{name}", last.2);
                    }
                }
                _ => out.push((day, day, name.to_owned())),
            }
        }
        out
    }
}
