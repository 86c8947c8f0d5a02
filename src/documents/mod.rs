//! Documents out: the plan and the year-end summary as 公文 (GB/T 9704) on paper
//! and in Word, the task table and the statistics in Excel and CSV, activities in
//! phone calendars (iCalendar), and the monthly schedule.
//!
//! Pure: builders turn a plan (and the words of a language, [`words::Words`]) into
//! a [`doc::Doc`], sheets or events; writers turn those into bytes or text. The
//! UI only offers the buttons and hands the bytes to the browser.

pub mod csv;
pub mod doc;
pub mod docx;
mod docx_parts;
pub mod events;
pub mod ics;
pub mod month;
pub mod package;
pub mod paper;
pub mod plan_doc;
pub mod prose;
pub mod stats;
pub mod tasks;
pub mod words;
pub mod xlsx;
mod xml;

use crate::model::{Item, Plan};
use thiserror::Error;

/// Why a document could not be written. Writing happens in memory, so this is not
/// expected; it is still a value the UI shows, never a panic.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DocError {
    /// The zip container failed.
    #[error("the zip container could not be written: {0}")]
    Zip(String),
}

/// A quantity without a needless ".0" (12, 2.5).
pub fn amount(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// The names of `item`'s departments, joined by `sep` ("辅导部、演出部").
pub fn department_names(plan: &Plan, item: &Item, sep: &str) -> String {
    join_names(
        item.departments
            .iter()
            .filter_map(|d| plan.department(d))
            .map(|d| d.name.as_str()),
        sep,
    )
}

/// The names of `item`'s places, joined by `sep`.
pub fn place_names(plan: &Plan, item: &Item, sep: &str) -> String {
    join_names(
        item.places
            .iter()
            .filter_map(|p| plan.place(p))
            .map(|p| p.name.as_str()),
        sep,
    )
}

fn join_names<'a>(names: impl Iterator<Item = &'a str>, sep: &str) -> String {
    names
        .map(str::trim)
        .filter(|n| !n.is_empty())
        .collect::<Vec<_>>()
        .join(sep)
}
