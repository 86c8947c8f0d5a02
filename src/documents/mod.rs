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
