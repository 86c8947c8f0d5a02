//! The month grid (weeks from Monday, with the neighbouring months' days), its week
//! rows with events packed into lanes, and the year overview with its density.

use super::events::{events_in, Event};
use super::filter::Filter;
use super::lanes::pack;
use crate::model::{ItemId, Plan, Span};
use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// One day cell.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Day {
    /// The date.
    pub date: NaiveDate,
    /// False for the days of the neighbouring months.
    pub in_month: bool,
    /// True for today.
    pub today: bool,
    /// True on Saturday and Sunday.
    pub weekend: bool,
}

/// A piece of an event inside one week row: the columns it covers there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// Index of the event in the grid's `events`.
    pub event: usize,
    /// First column (0 = Monday).
    pub from: usize,
    /// Last column, inclusive.
    pub to: usize,
    /// The lane (0 = top).
    pub lane: usize,
    /// The event starts in this row (else it continues from the row before).
    pub starts: bool,
    /// The event ends in this row (else it continues in the row after).
    pub ends: bool,
}

/// A week: seven days and the segments of the events over them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekRow {
    /// Monday to Sunday.
    pub days: Vec<Day>,
    /// The segments, each in its lane.
    pub segments: Vec<Segment>,
    /// Number of lanes used.
    pub lanes: usize,
}

/// A month as a grid of weeks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthGrid {
    /// Year.
    pub year: i32,
    /// Month, 1–12.
    pub month: u32,
    /// The weeks, 4 to 6.
    pub weeks: Vec<WeekRow>,
    /// The events that touch the grid, in order.
    pub events: Vec<Event>,
    /// Events whose days are not fixed and that cover the whole month ("7月",
    /// "第三季度", "全年"): listed above the grid, not drawn over every day.
    pub tray: Vec<usize>,
}

/// The Monday on or before `day`.
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// The first and last day of a month; `None` for a month that does not exist.
pub fn month_span(year: i32, month: u32) -> Option<Span> {
    let first = NaiveDate::from_ymd_opt(year, month, 1)?;
    let last = first
        .checked_add_months(chrono::Months::new(1))?
        .pred_opt()?;
    Span::new(first, last)
}

/// The week from `monday`, with the segments of `events[i]` for each `i` in
/// `shown`. Days outside `month` (if given) are marked as the neighbours', and
/// loosely stated times are not drawn on them.
pub fn week_row(
    monday: NaiveDate,
    events: &[Event],
    shown: &[usize],
    month: Option<Span>,
    today: NaiveDate,
) -> WeekRow {
    let days: Vec<Day> = (0..7)
        .map(|i| {
            let date = monday + Duration::days(i);
            Day {
                date,
                in_month: month.is_none_or(|m| m.contains(date)),
                today: date == today,
                weekend: matches!(date.weekday(), Weekday::Sat | Weekday::Sun),
            }
        })
        .collect();
    let sunday = monday + Duration::days(6);
    let mut segments: Vec<Segment> = shown
        .iter()
        .filter_map(|&i| {
            let mut span = events[i].span;
            // A loosely stated time is drawn inside the month only: on the
            // neighbouring days it would stand for days it does not fix.
            if let (true, Some(m)) = (events[i].fuzzy, month) {
                span = Span::new(span.start.max(m.start), span.end.min(m.end))?;
            }
            if span.end < monday || span.start > sunday {
                return None;
            }
            let col = |d: NaiveDate| (d - monday).num_days().clamp(0, 6) as usize;
            Some(Segment {
                event: i,
                from: col(span.start),
                to: col(span.end),
                lane: 0,
                starts: span.start >= monday,
                ends: span.end <= sunday,
            })
        })
        .collect();
    let lanes = pack(&segments.iter().map(|s| (s.from, s.to)).collect::<Vec<_>>());
    for (segment, lane) in segments.iter_mut().zip(&lanes) {
        segment.lane = *lane;
    }
    WeekRow {
        days,
        segments,
        lanes: lanes.iter().max().map_or(0, |l| l + 1),
    }
}

/// The month grid of `year`-`month` for `plan`, with `today` marked.
pub fn month_grid(
    plan: &Plan,
    year: i32,
    month: u32,
    today: NaiveDate,
    filter: &Filter,
) -> Option<MonthGrid> {
    let days = month_span(year, month)?;
    let start = monday_of(days.start);
    let end = monday_of(days.end) + Duration::days(6);
    let events = events_in(plan, Span::new(start, end)?, filter);
    let (tray, shown): (Vec<usize>, Vec<usize>) = (0..events.len()).partition(|&i| {
        events[i].fuzzy && events[i].span.start <= days.start && events[i].span.end >= days.end
    });
    let weeks = ((end - start).num_days() + 1) / 7;
    let weeks = (0..weeks)
        .map(|w| {
            week_row(
                start + Duration::days(7 * w),
                &events,
                &shown,
                Some(days),
                today,
            )
        })
        .collect();
    Some(MonthGrid {
        year,
        month,
        weeks,
        events,
        tray,
    })
}

/// The week around `day` as a grid of one row, with a tray for the loosely stated
/// times that cover the whole week.
pub fn week_grid(
    plan: &Plan,
    day: NaiveDate,
    today: NaiveDate,
    filter: &Filter,
) -> Option<MonthGrid> {
    let start = monday_of(day);
    let week = Span::new(start, start + Duration::days(6))?;
    let events = events_in(plan, week, filter);
    let (tray, shown): (Vec<usize>, Vec<usize>) = (0..events.len()).partition(|&i| {
        events[i].fuzzy && events[i].span.start <= week.start && events[i].span.end >= week.end
    });
    let weeks = vec![week_row(start, &events, &shown, Some(week), today)];
    Some(MonthGrid {
        year: day.year(),
        month: day.month(),
        weeks,
        events,
        tray,
    })
}

impl WeekRow {
    /// The events drawn on column `col` (0 = Monday), top lane first: what a
    /// screen reader reads for that day.
    pub fn events_on(&self, col: usize) -> Vec<usize> {
        let mut on: Vec<&Segment> = self
            .segments
            .iter()
            .filter(|s| s.from <= col && col <= s.to)
            .collect();
        on.sort_by_key(|s| s.lane);
        on.into_iter().map(|s| s.event).collect()
    }
}

impl MonthGrid {
    /// The activity the keyboard picks up on `day` after `current`: the movable
    /// events covering `day` in the grid's order, the first when nothing is
    /// picked, `None` after the last (Space goes round them, then puts down).
    pub fn pick_after(&self, day: NaiveDate, current: Option<&ItemId>) -> Option<ItemId> {
        let on: Vec<&ItemId> = self
            .events
            .iter()
            .filter(|e| e.movable() && e.span.start <= day && day <= e.span.end)
            .map(|e| &e.item)
            .collect();
        let next = match current.and_then(|c| on.iter().position(|i| *i == c)) {
            Some(at) => at + 1,
            None => 0,
        };
        on.get(next).map(|i| (*i).clone())
    }
}

/// One small month of the year overview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MiniMonth {
    /// Month, 1–12.
    pub month: u32,
    /// Weeks from Monday; `None` for days of other months.
    pub weeks: Vec<[Option<(NaiveDate, usize)>; 7]>,
    /// Activities with days in this month (each counted once).
    pub activities: usize,
}

/// The year overview: twelve small months, each day with the number of events
/// that fall on it. Loosely stated times longer than a 旬 (a month, a quarter, the
/// year) would colour every day alike, so only days they fix count; they are
/// counted in each month's number of activities.
pub fn year_overview(plan: &Plan, year: i32, filter: &Filter) -> Vec<MiniMonth> {
    let Some(whole) = month_span(year, 1)
        .zip(month_span(year, 12))
        .and_then(|(a, b)| Span::new(a.start, b.end))
    else {
        return Vec::new();
    };
    let events = events_in(plan, whole, filter);
    (1..=12)
        .filter_map(|month| {
            let days = month_span(year, month)?;
            let in_month: Vec<&Event> = events
                .iter()
                .filter(|e| e.span.start <= days.end && e.span.end >= days.start)
                .collect();
            let mut items: Vec<&crate::model::ItemId> = in_month.iter().map(|e| &e.item).collect();
            items.sort();
            items.dedup();
            let count = |d: NaiveDate| {
                in_month
                    .iter()
                    .filter(|e| e.span.contains(d) && (!e.fuzzy || e.span.days() <= 11))
                    .count()
            };
            let start = monday_of(days.start);
            let weeks = (0..6)
                .map(|w| {
                    std::array::from_fn(|i| {
                        let d = start + Duration::days(7 * w + i as i64);
                        days.contains(d).then(|| (d, count(d)))
                    })
                })
                .filter(|week: &[Option<(NaiveDate, usize)>; 7]| week.iter().any(Option::is_some))
                .collect();
            Some(MiniMonth {
                month,
                weeks,
                activities: items.len(),
            })
        })
        .collect()
}
