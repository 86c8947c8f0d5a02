//! What dragging or the keyboard does to an activity's time on the timeline, as
//! pure functions. Moves snap by zoom level (days, weeks or months). A loosely
//! stated time moves by its own unit and stays loose ("7月" → "8月", "第三季度" →
//! "第四季度"); only fixed days move by days.

use super::scale::Snap;
use crate::model::{When, Xun};
use chrono::{Duration, Months, NaiveDate};

/// Whole steps of `snap` in a drag of `dx` px at `px_per_day` (rounded to the
/// nearest step; a month counts as 30 days).
pub fn steps(dx: f64, px_per_day: f64, snap: Snap) -> i32 {
    let days = dx / px_per_day;
    let unit = match snap {
        Snap::Day => 1.0,
        Snap::Week => 7.0,
        Snap::Month => 30.0,
    };
    (days / unit).round() as i32
}

/// How many days one step of a drag of `when` is: for fixed days the zoom's snap
/// (a day, a week, a month), for a loose time its own unit (a 旬, a month, a
/// quarter…), so that a "7月" bar dragged by a month's width becomes "8月" at any
/// zoom. Resizing a month run steps by months.
pub fn step_days(when: &When, snap: Snap) -> f64 {
    let snap_days = match snap {
        Snap::Day => 1.0,
        Snap::Week => 7.0,
        Snap::Month => 30.0,
    };
    match when {
        When::Date { .. }
        | When::Range { .. }
        | When::Festival { .. }
        | When::Lunar { .. }
        | When::Unscheduled => snap_days,
        When::Month { .. } | When::Months { .. } => 365.25 / 12.0,
        When::Xun { .. } => 365.25 / 36.0,
        When::Quarter { .. } => 365.25 / 4.0,
        When::Half { .. } => 365.25 / 2.0,
        When::Year { .. } => 365.25,
    }
}

/// Whole steps of `when`'s unit (see [`step_days`]) in a drag of `dx` px at
/// `px_per_day`, rounded to the nearest step.
pub fn drag_steps(when: &When, dx: f64, px_per_day: f64, snap: Snap) -> i32 {
    (dx / px_per_day / step_days(when, snap)).round() as i32
}

fn shift_day(d: NaiveDate, n: i32, snap: Snap) -> Option<NaiveDate> {
    match snap {
        Snap::Day => d.checked_add_signed(Duration::days(i64::from(n))),
        Snap::Week => d.checked_add_signed(Duration::days(7 * i64::from(n))),
        Snap::Month if n >= 0 => d.checked_add_months(Months::new(n.unsigned_abs())),
        Snap::Month => d.checked_sub_months(Months::new(n.unsigned_abs())),
    }
}

/// (year, month) moved by `n` months.
fn shift_month(year: i32, month: u32, n: i32) -> (i32, u32) {
    let index = year * 12 + month as i32 - 1 + n;
    (index.div_euclid(12), index.rem_euclid(12) as u32 + 1)
}

/// `when` moved by `n` steps of `snap`. Fixed days move by days, weeks or months;
/// a loose time by its own unit (a 旬 by a third of a month, a month by a month, a
/// quarter by a quarter…), whatever the zoom. `None` if the result would leave the
/// accepted years or the time has no days.
pub fn moved_by(when: &When, n: i32, snap: Snap) -> Option<When> {
    let out = match *when {
        When::Date { date } => When::Date {
            date: shift_day(date, n, snap)?,
        },
        When::Range { start, end } => When::Range {
            start: shift_day(start, n, snap)?,
            end: shift_day(end, n, snap)?,
        },
        When::Month { year, month } => {
            let (year, month) = shift_month(year, month, n);
            When::Month { year, month }
        }
        When::Months { year, from, to } => {
            // Stays within one year, as the kind requires.
            let (from, to) = (from as i32 + n, to as i32 + n);
            if from < 1 || to > 12 {
                return None;
            }
            When::Months {
                year,
                from: from as u32,
                to: to as u32,
            }
        }
        When::Xun { year, month, xun } => {
            let index = (year * 12 + month as i32 - 1) * 3 + xun as i32 + n;
            let (m, x) = (index.div_euclid(3), index.rem_euclid(3));
            let xun = [Xun::Early, Xun::Middle, Xun::Late][x as usize];
            When::Xun {
                year: m.div_euclid(12),
                month: m.rem_euclid(12) as u32 + 1,
                xun,
            }
        }
        When::Quarter { year, quarter } => {
            let index = year * 4 + quarter as i32 - 1 + n;
            When::Quarter {
                year: index.div_euclid(4),
                quarter: index.rem_euclid(4) as u32 + 1,
            }
        }
        When::Half { year, half } => {
            let index = year * 2 + half as i32 - 1 + n;
            When::Half {
                year: index.div_euclid(2),
                half: index.rem_euclid(2) as u32 + 1,
            }
        }
        When::Year { year } => When::Year { year: year + n },
        When::Festival { .. } | When::Lunar { .. } => {
            let unit = match snap {
                Snap::Day => 1,
                Snap::Week => 7,
                Snap::Month => 30,
            };
            return when.anchored_shift(i64::from(n) * unit);
        }
        When::Unscheduled => return None,
    };
    out.validate().ok().map(|()| out)
}

/// `when` with its end moved by `n` steps of `snap`: fixed days get a later or
/// earlier last day (never before the first), a month run ("9–10月") a later or
/// earlier last month. `None` for other kinds or an impossible result.
pub fn resized_by(when: &When, n: i32, snap: Snap) -> Option<When> {
    let out = match *when {
        When::Date { date } => {
            let end = shift_day(date, n, snap)?;
            if end < date {
                return None;
            }
            if end == date {
                When::Date { date }
            } else {
                When::Range { start: date, end }
            }
        }
        When::Range { start, end } => {
            let end = shift_day(end, n, snap)?;
            match end.cmp(&start) {
                std::cmp::Ordering::Less => return None,
                std::cmp::Ordering::Equal => When::Date { date: start },
                std::cmp::Ordering::Greater => When::Range { start, end },
            }
        }
        When::Month { year, month } => When::Months {
            year,
            from: month,
            to: (month as i32 + n).try_into().ok()?,
        },
        When::Months { year, from, to } => When::Months {
            year,
            from,
            to: (to as i32 + n).try_into().ok()?,
        },
        When::Festival { .. } => {
            let end = when.span().ok()??.end;
            return when.anchored_with_end(shift_day(end, n, snap)?);
        }
        _ => return None,
    };
    let out = match out {
        When::Months { year, from, to } if from == to => When::Month { year, month: from },
        other => other,
    };
    out.validate().ok().map(|()| out)
}

/// What a key does on the timeline, with an activity selected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyCommand {
    /// Select the activity this many rows down (negative: up).
    Select(i32),
    /// Move the selected activity by this many steps.
    Move(i32),
    /// Move its end by this many steps.
    Resize(i32),
    /// Open its form.
    Open,
    /// Record what was done for it (today, in the record dialog).
    Record,
    /// Select the first or (true) the last activity.
    Edge(bool),
}

/// The command for `key` (a `KeyboardEvent.key`) with or without Shift.
pub fn on_key(key: &str, shift: bool) -> Option<KeyCommand> {
    Some(match (key, shift) {
        ("ArrowLeft", false) => KeyCommand::Move(-1),
        ("ArrowRight", false) => KeyCommand::Move(1),
        ("ArrowLeft", true) => KeyCommand::Resize(-1),
        ("ArrowRight", true) => KeyCommand::Resize(1),
        ("ArrowUp", _) => KeyCommand::Select(-1),
        ("ArrowDown", _) => KeyCommand::Select(1),
        ("PageUp", _) => KeyCommand::Select(-10),
        ("PageDown", _) => KeyCommand::Select(10),
        ("Home", _) => KeyCommand::Edge(false),
        ("End", _) => KeyCommand::Edge(true),
        ("Enter", _) => KeyCommand::Open,
        ("+", _) => KeyCommand::Record,
        _ => return None,
    })
}
