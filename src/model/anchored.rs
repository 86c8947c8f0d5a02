//! Festival and lunar times moved by a drag: they keep their anchor (the festival,
//! the lunar calendar) rather than becoming fixed days.

use super::when::When;
use crate::almanac::lunar;
use chrono::{Duration, NaiveDate};

impl When {
    /// A festival or lunar time `days` days later (earlier if negative), keeping its
    /// anchor: a festival time's offsets move ("元宵节" → "元宵节后2天"), a lunar
    /// date becomes the lunar date that many days on. `None` for other kinds or a
    /// result outside the accepted range.
    pub fn anchored_shift(&self, days: i64) -> Option<When> {
        let out = match *self {
            When::Festival {
                year,
                festival,
                from,
                to,
            } => {
                let days = i32::try_from(days).ok()?;
                When::Festival {
                    year,
                    festival,
                    from: from.checked_add(days)?,
                    to: to.checked_add(days)?,
                }
            }
            When::Lunar { .. } => {
                let date = self
                    .span()
                    .ok()??
                    .start
                    .checked_add_signed(Duration::try_days(days)?)?;
                let l = lunar::lunar_of(date)?;
                When::Lunar {
                    year: l.year,
                    month: u32::from(l.month),
                    day: u32::from(l.day),
                    leap: l.leap,
                }
            }
            _ => return None,
        };
        out.validate().ok().map(|()| out)
    }

    /// A festival time whose last day is `end` (at least its first). `None` for
    /// other kinds.
    pub fn anchored_with_end(&self, end: NaiveDate) -> Option<When> {
        let When::Festival {
            year,
            festival,
            from,
            ..
        } = *self
        else {
            return None;
        };
        let day = festival.day(year)?;
        let to = i32::try_from((end - day).num_days()).ok()?;
        let out = When::Festival {
            year,
            festival,
            from,
            to,
        };
        out.validate().ok().map(|()| out)
    }
}
