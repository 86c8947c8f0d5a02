//! What dragging does to an activity's time, as pure functions: moving keeps the
//! length of precise days; a loosely stated time ("7月", "中旬") becomes a precise
//! day only when the user drops it on one (the UI asks first); dragging the end
//! edge changes the last day.

use crate::model::When;
use chrono::NaiveDate;

/// The time of an activity whose event was grabbed on `from` and dropped on `to`.
/// Precise days shift by the distance; a festival or lunar time keeps its anchor
/// and moves by the distance too; a fuzzy time becomes the day `to`. `None`
/// for an unscheduled activity or a result outside the accepted years.
pub fn moved(when: &When, from: NaiveDate, to: NaiveDate) -> Option<When> {
    let delta = to - from;
    let shifted = match *when {
        When::Date { date } => When::Date {
            date: date.checked_add_signed(delta)?,
        },
        When::Range { start, end } => When::Range {
            start: start.checked_add_signed(delta)?,
            end: end.checked_add_signed(delta)?,
        },
        When::Festival { .. } | When::Lunar { .. } => {
            return when.anchored_shift(delta.num_days());
        }
        When::Unscheduled => return None,
        _ => When::Date { date: to },
    };
    shifted.validate().ok().map(|()| shifted)
}

/// True if moving `when` replaces a loosely stated time with fixed days, which the
/// user confirms first.
pub fn needs_confirmation(when: &When) -> bool {
    when.is_fuzzy()
}

/// The time of a precise activity whose last day is dragged to `end`; `None` if
/// `end` comes before the first day or the time is not precise days.
pub fn resized(when: &When, end: NaiveDate) -> Option<When> {
    let start = match *when {
        When::Date { date } => date,
        When::Range { start, .. } => start,
        When::Festival { .. } => return when.anchored_with_end(end),
        _ => return None,
    };
    match end.cmp(&start) {
        std::cmp::Ordering::Less => None,
        std::cmp::Ordering::Equal => Some(When::Date { date: start }),
        std::cmp::Ordering::Greater => Some(When::Range { start, end }),
    }
}
