//! Holiday files: one year's arrangement as JSON in the shape of the holiday-cn
//! project (one file a year, `{"year":2027,"days":[{"name":"春节","date":"2027-02-06",
//! "isOffDay":true}, …]}`), so that its maintained files import as they are; a list of
//! such years is read too, and is how the app keeps the user's arrangements in its
//! settings and in backups.

use super::holidays::{Arrangement, HolidayDay};
use chrono::NaiveDate;
use serde::Deserialize;
use serde_json::error::Category;
use thiserror::Error;

/// Why a holiday file could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum HolidayFileError {
    /// Not JSON.
    #[error("not JSON (line {line}, column {column})")]
    Syntax {
        /// Line of the problem, from 1.
        line: usize,
        /// Column of the problem, from 1.
        column: usize,
    },
    /// JSON, but not a year's arrangement.
    #[error("not a holiday file")]
    NotHolidays,
    /// A year with no days.
    #[error("{year} has no days")]
    Empty {
        /// The year.
        year: i32,
    },
    /// A date that is not real, or too far from its year.
    #[error("{date} does not belong to {year}")]
    BadDate {
        /// The date as written.
        date: String,
        /// The year of the arrangement.
        year: i32,
    },
}

/// A year as the file has it; `papers` and other members are ignored.
#[derive(Deserialize)]
struct YearFile {
    year: i32,
    days: Vec<DayFile>,
}

#[derive(Deserialize)]
struct DayFile {
    #[serde(default)]
    name: String,
    date: String,
    #[serde(rename = "isOffDay")]
    off: bool,
}

/// Largest file read; a year's file is a few KB.
const MAX_BYTES: usize = 4 << 20;

/// Reads one year's file or a list of years.
pub fn read_holiday_file(text: &str) -> Result<Vec<Arrangement>, HolidayFileError> {
    if text.len() > MAX_BYTES {
        return Err(HolidayFileError::NotHolidays);
    }
    let text = text.trim_start_matches('\u{feff}').trim_start();
    // From text, not through `serde_json::Value`: see `file::read` on the wasm cost
    // of a second, `Value`-based instance of each `Deserialize`.
    let years: Result<Vec<YearFile>, serde_json::Error> = if text.starts_with('[') {
        serde_json::from_str(text)
    } else {
        serde_json::from_str(text).map(|y| vec![y])
    };
    let years = years.map_err(|e| match e.classify() {
        Category::Syntax | Category::Eof | Category::Io => HolidayFileError::Syntax {
            line: e.line(),
            column: e.column(),
        },
        Category::Data => HolidayFileError::NotHolidays,
    })?;
    if years.is_empty() {
        return Err(HolidayFileError::NotHolidays);
    }
    years.into_iter().map(arrangement).collect()
}

fn arrangement(file: YearFile) -> Result<Arrangement, HolidayFileError> {
    let year = file.year;
    if !(1900..=2200).contains(&year) {
        return Err(HolidayFileError::NotHolidays);
    }
    if file.days.is_empty() {
        return Err(HolidayFileError::Empty { year });
    }
    let earliest = NaiveDate::from_ymd_opt(year - 1, 12, 1);
    let latest = NaiveDate::from_ymd_opt(year + 1, 1, 31);
    let mut days = Vec::with_capacity(file.days.len());
    for d in file.days {
        let date = NaiveDate::parse_from_str(&d.date, "%Y-%m-%d")
            .ok()
            .filter(|&date| Some(date) >= earliest && Some(date) <= latest)
            .ok_or(HolidayFileError::BadDate {
                date: d.date.clone(),
                year,
            })?;
        days.push(HolidayDay {
            name: d.name.chars().take(40).collect(),
            date,
            off: d.off,
        });
    }
    days.sort_by_key(|d| d.date);
    days.dedup_by_key(|d| d.date);
    Ok(Arrangement { year, days })
}

/// A list of years as JSON, readable by [`read_holiday_file`].
pub fn holiday_file_json(years: &[Arrangement]) -> String {
    // Plain data with string keys: serializing cannot fail.
    serde_json::to_string(years).unwrap_or_else(|_| "[]".to_owned())
}
