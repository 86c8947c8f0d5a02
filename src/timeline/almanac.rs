//! The almanac on the timeline: festival markers on the axis and the bands of
//! statutory holidays, for the part of the axis in view.

use super::Scale;
use crate::almanac::{Almanac, Mark, Shown};
use chrono::NaiveDate;

/// A festival day on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct FestivalMark {
    /// The day.
    pub date: NaiveDate,
    /// Left edge of the day, px.
    pub x: f64,
    /// Its festivals and observances (solar terms are left to the calendar).
    pub marks: Vec<Mark>,
}

/// A run of days off.
#[derive(Clone, Debug, PartialEq)]
pub struct HolidayBand {
    /// First day off.
    pub start: NaiveDate,
    /// Last day off.
    pub end: NaiveDate,
    /// Left edge, px.
    pub x: f64,
    /// Width, px.
    pub width: f64,
    /// The holiday's name.
    pub name: String,
}

/// The festival markers and holiday bands between `from` and `to` px of `scale`
/// (the part in view), for the layers `shown`.
pub fn almanac_marks(
    scale: &Scale,
    almanac: &Almanac,
    shown: Shown,
    from: f64,
    to: f64,
) -> (Vec<FestivalMark>, Vec<HolidayBand>) {
    let first = scale.day_at(from.max(0.0));
    let last = scale.day_at(to.max(0.0));
    let ppd = scale.zoom.px_per_day();
    // Only festivals: terms would crowd the axis.
    let layers = Shown {
        terms: false,
        holidays: false,
        ..shown
    };
    let marks = almanac
        .notes(first, last, layers)
        .into_iter()
        .filter(|n| !n.marks.is_empty())
        .map(|n| FestivalMark {
            date: n.date,
            x: scale.x(n.date),
            marks: n.marks,
        })
        .collect();
    let bands = if shown.holidays {
        almanac
            .holidays
            .off_spans(first, last)
            .into_iter()
            .map(|(start, end, name)| HolidayBand {
                start,
                end,
                x: scale.x(start),
                width: ((end - start).num_days() + 1) as f64 * ppd,
                name,
            })
            .collect()
    } else {
        Vec::new()
    };
    (marks, bands)
}
