//! Where the calendar is: the view and the focused day, how buttons and keys move
//! them, and how that state and the filter are kept in the URL hash so that a view
//! can be bookmarked (`#calendar/month/2026-07-15?dept=d1,d2&status=planned`).

use super::filter::Filter;
use crate::model::{DepartmentId, PlaceId, Status};
use chrono::{Duration, Months, NaiveDate};
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};

/// The calendar's views.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CalendarView {
    /// A month grid (the default).
    #[default]
    Month,
    /// One week.
    Week,
    /// Twelve small months.
    Year,
    /// A list.
    Agenda,
}

impl CalendarView {
    /// All views, in the order of their buttons.
    pub const ALL: [CalendarView; 4] = [
        CalendarView::Month,
        CalendarView::Week,
        CalendarView::Year,
        CalendarView::Agenda,
    ];

    /// The name in the URL.
    pub fn key(self) -> &'static str {
        match self {
            CalendarView::Month => "month",
            CalendarView::Week => "week",
            CalendarView::Year => "year",
            CalendarView::Agenda => "agenda",
        }
    }

    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|v| v.key() == key)
    }
}

/// The view and the focused day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Focus {
    /// The view.
    pub view: CalendarView,
    /// The focused day; the month, week or year shown is the one around it.
    pub day: NaiveDate,
}

fn add_months(day: NaiveDate, n: i32) -> NaiveDate {
    let months = Months::new(n.unsigned_abs());
    let moved = if n >= 0 {
        day.checked_add_months(months)
    } else {
        day.checked_sub_months(months)
    };
    moved.unwrap_or(day)
}

impl Focus {
    /// The previous (`-1`) or next (`1`) month, week or year, by the view.
    pub fn step(&self, by: i32) -> Focus {
        let day = match self.view {
            CalendarView::Month | CalendarView::Agenda => add_months(self.day, by),
            CalendarView::Week => self.day + Duration::days(7 * i64::from(by)),
            CalendarView::Year => add_months(self.day, 12 * by),
        };
        Focus {
            view: self.view,
            day,
        }
    }

    /// The focus after key `key` (as `KeyboardEvent.key` names it): arrows move a
    /// day or a week, PageUp/PageDown a period, T goes to `today`. `None` for other
    /// keys.
    pub fn on_key(&self, key: &str, today: NaiveDate) -> Option<Focus> {
        let days = |n: i64| Focus {
            view: self.view,
            day: self.day + Duration::days(n),
        };
        Some(match key {
            "ArrowLeft" => days(-1),
            "ArrowRight" => days(1),
            "ArrowUp" => days(-7),
            "ArrowDown" => days(7),
            "PageUp" => self.step(-1),
            "PageDown" => self.step(1),
            "t" | "T" => Focus {
                view: self.view,
                day: today,
            },
            _ => return None,
        })
    }
}

/// Characters kept as they are in the hash; everything else is percent-encoded.
const KEEP: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'_')
    .remove(b'.')
    .remove(b'~');

fn status_key(s: Status) -> &'static str {
    match s {
        Status::Planned => "planned",
        Status::InProgress => "in_progress",
        Status::Done => "done",
        Status::Cancelled => "cancelled",
    }
}

/// The hash for the calendar at `focus` with `filter`.
pub fn to_hash(focus: &Focus, filter: &Filter) -> String {
    let list = |ids: Vec<&str>| {
        ids.iter()
            .map(|id| utf8_percent_encode(id, KEEP).to_string())
            .collect::<Vec<_>>()
            .join(",")
    };
    let mut query = Vec::new();
    if !filter.departments.is_empty() {
        query.push(format!(
            "dept={}",
            list(filter.departments.iter().map(|d| d.as_str()).collect())
        ));
    }
    if !filter.places.is_empty() {
        query.push(format!(
            "place={}",
            list(filter.places.iter().map(|p| p.as_str()).collect())
        ));
    }
    if !filter.statuses.is_empty() {
        query.push(format!(
            "status={}",
            list(filter.statuses.iter().map(|s| status_key(*s)).collect())
        ));
    }
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    format!(
        "#calendar/{}/{}{query}",
        focus.view.key(),
        focus.day.format("%Y-%m-%d")
    )
}

/// The calendar state a hash names, if it is a calendar hash; parts that cannot be
/// read fall back to the month view, `today` and no filter.
pub fn from_hash(hash: &str, today: NaiveDate) -> Option<(Focus, Filter)> {
    let rest = hash
        .strip_prefix('#')
        .unwrap_or(hash)
        .strip_prefix("calendar")?;
    let (path, query) = rest.split_once('?').unwrap_or((rest, ""));
    let mut parts = path.split('/').filter(|p| !p.is_empty());
    let view = parts
        .next()
        .and_then(CalendarView::from_key)
        .unwrap_or_default();
    let day = parts
        .next()
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .filter(|d| crate::model::when::YEAR_RANGE.contains(&chrono::Datelike::year(d)))
        .unwrap_or(today);
    let mut filter = Filter::default();
    for pair in query.split('&') {
        let Some((key, values)) = pair.split_once('=') else {
            continue;
        };
        let values = values
            .split(',')
            .filter(|v| !v.is_empty())
            .map(|v| percent_decode_str(v).decode_utf8_lossy().into_owned());
        match key {
            "dept" => filter.departments = values.map(DepartmentId::new).collect(),
            "place" => filter.places = values.map(PlaceId::new).collect(),
            "status" => {
                filter.statuses = values
                    .filter_map(|v| Status::ALL.into_iter().find(|s| status_key(*s) == v))
                    .collect();
            }
            _ => {}
        }
    }
    Some((Focus { view, day }, filter))
}
