//! The time scale: how many pixels a day takes at each zoom level, where a day is,
//! which day is under a point, and the two header rows (e.g. 2024年7月 over 第27周).

use crate::model::{Plan, Span};
use chrono::{Datelike, Duration, Months, NaiveDate};

/// The zoom levels.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Zoom {
    /// Days are wide enough to read; headers: month / day.
    Week,
    /// The default; headers: month / week.
    #[default]
    Month,
    /// Headers: quarter / month.
    Quarter,
    /// The whole year in a screen; headers: year / month.
    Year,
}

/// What a drag snaps to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Snap {
    /// Whole days.
    Day,
    /// Whole weeks (Monday to Sunday).
    Week,
    /// Whole months.
    Month,
}

impl Zoom {
    /// All levels, closest first.
    pub const ALL: [Zoom; 4] = [Zoom::Week, Zoom::Month, Zoom::Quarter, Zoom::Year];

    /// Pixels per day.
    pub fn px_per_day(self) -> f64 {
        match self {
            Zoom::Week => 36.0,
            Zoom::Month => 12.0,
            Zoom::Quarter => 5.0,
            // 730 px for a year: the whole year beside the left pane on a laptop.
            Zoom::Year => 2.0,
        }
    }

    /// The level's name in the URL ("week", "month", "quarter", "year").
    pub fn key(self) -> &'static str {
        match self {
            Zoom::Week => "week",
            Zoom::Month => "month",
            Zoom::Quarter => "quarter",
            Zoom::Year => "year",
        }
    }

    /// The level named `key` in the URL.
    pub fn from_key(key: &str) -> Option<Zoom> {
        Zoom::ALL.into_iter().find(|z| z.key() == key)
    }

    /// What a drag snaps to at this level.
    pub fn snap(self) -> Snap {
        match self {
            Zoom::Week => Snap::Day,
            Zoom::Month | Zoom::Quarter => Snap::Week,
            Zoom::Year => Snap::Month,
        }
    }
}

/// What a header cell says; the UI words it ("2024年", "7月", "第3季度", "第27周").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderLabel {
    /// A year.
    Year(i32),
    /// A quarter of a year.
    Quarter(i32, u32),
    /// A month of a year.
    Month(i32, u32),
    /// An ISO week (year, week number).
    Week(i32, u32),
    /// A day of the month, and whether it is a Saturday or Sunday.
    Day(u32, bool),
}

/// One header cell: where it starts and how wide it is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Header {
    /// Left edge, px.
    pub x: f64,
    /// Width, px.
    pub width: f64,
    /// What it says.
    pub label: HeaderLabel,
}

/// A time axis from `start` to `end` (inclusive) at a zoom level.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    /// First day drawn.
    pub start: NaiveDate,
    /// Last day drawn.
    pub end: NaiveDate,
    /// The zoom level.
    pub zoom: Zoom,
}

fn month_start(d: NaiveDate) -> NaiveDate {
    d.with_day(1).unwrap_or(d)
}

fn next_month(d: NaiveDate) -> NaiveDate {
    month_start(d)
        .checked_add_months(Months::new(1))
        .unwrap_or(d)
}

impl Scale {
    /// A scale covering `span` at `zoom`, widened to whole months.
    pub fn new(span: Span, zoom: Zoom) -> Scale {
        let start = month_start(span.start);
        let end = next_month(span.end).pred_opt().unwrap_or(span.end);
        Scale { start, end, zoom }
    }

    /// Number of days on the axis.
    pub fn days(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// Total width, px.
    pub fn width(&self) -> f64 {
        self.days() as f64 * self.zoom.px_per_day()
    }

    /// Left edge of `day`, px (negative or past the width for days off the axis).
    pub fn x(&self, day: NaiveDate) -> f64 {
        (day - self.start).num_days() as f64 * self.zoom.px_per_day()
    }

    /// The day under `x`, clamped to the axis.
    pub fn day_at(&self, x: f64) -> NaiveDate {
        let n = (x / self.zoom.px_per_day())
            .floor()
            .clamp(0.0, (self.days() - 1) as f64);
        self.start + Duration::days(n as i64)
    }

    /// The same axis at `zoom`, and the scroll position that keeps the date at the
    /// centre of a viewport `viewport` px wide (scrolled to `scroll_left`) there.
    pub fn rezoom(&self, zoom: Zoom, scroll_left: f64, viewport: f64) -> (Scale, f64) {
        let centre_days = (scroll_left + viewport / 2.0) / self.zoom.px_per_day();
        let scale = Scale { zoom, ..*self };
        let left = centre_days * zoom.px_per_day() - viewport / 2.0;
        (scale, left.clamp(0.0, (scale.width() - viewport).max(0.0)))
    }

    /// Cells from `from` up to the end, each starting where `next` says the one
    /// before ends.
    fn cells(
        &self,
        label: impl Fn(NaiveDate) -> HeaderLabel,
        first: NaiveDate,
        next: impl Fn(NaiveDate) -> NaiveDate,
    ) -> Vec<Header> {
        let mut out = Vec::new();
        let mut at = first;
        while at <= self.end {
            let after = next(at);
            let (a, b) = (at.max(self.start), after.min(self.end + Duration::days(1)));
            out.push(Header {
                x: self.x(a),
                width: self.x(b) - self.x(a),
                label: label(at),
            });
            at = after;
        }
        out
    }

    /// The two header rows: the upper (coarser) one and the lower one.
    pub fn headers(&self) -> (Vec<Header>, Vec<Header>) {
        let month = |d: NaiveDate| HeaderLabel::Month(d.year(), d.month());
        let months = self.cells(month, month_start(self.start), next_month);
        let monday =
            self.start - Duration::days(i64::from(self.start.weekday().num_days_from_monday()));
        match self.zoom {
            Zoom::Week => {
                let day = |d: NaiveDate| {
                    HeaderLabel::Day(d.day(), d.weekday().num_days_from_monday() >= 5)
                };
                (
                    months,
                    self.cells(day, self.start, |d| d + Duration::days(1)),
                )
            }
            Zoom::Month => {
                let week = |d: NaiveDate| {
                    let iso = d.iso_week();
                    HeaderLabel::Week(iso.year(), iso.week())
                };
                (months, self.cells(week, monday, |d| d + Duration::days(7)))
            }
            Zoom::Quarter => {
                let quarter_start = |d: NaiveDate| {
                    NaiveDate::from_ymd_opt(d.year(), (d.month0() / 3) * 3 + 1, 1).unwrap_or(d)
                };
                let quarter = |d: NaiveDate| HeaderLabel::Quarter(d.year(), d.month0() / 3 + 1);
                let next = |d: NaiveDate| {
                    quarter_start(d)
                        .checked_add_months(Months::new(3))
                        .unwrap_or(d + Duration::days(92))
                };
                (self.cells(quarter, quarter_start(self.start), next), months)
            }
            Zoom::Year => {
                let year_start =
                    |d: NaiveDate| NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d);
                let next = |d: NaiveDate| {
                    NaiveDate::from_ymd_opt(d.year() + 1, 1, 1).unwrap_or(d + Duration::days(366))
                };
                (
                    self.cells(
                        |d| HeaderLabel::Year(d.year()),
                        year_start(self.start),
                        next,
                    ),
                    months,
                )
            }
        }
    }
}

/// The days the timeline of `plan` covers: the plan's year, widened to take in
/// every activity that starts or ends outside it (a "next January" moved there by
/// a drag stays on the axis). [`Scale::new`] then widens it to whole months.
pub fn axis(plan: &Plan) -> Span {
    let first = NaiveDate::from_ymd_opt(plan.year, 1, 1).unwrap_or(NaiveDate::MIN);
    let last = NaiveDate::from_ymd_opt(plan.year, 12, 31).unwrap_or(NaiveDate::MAX);
    plan.items
        .iter()
        .filter_map(|i| i.when.span().ok().flatten())
        .fold(
            Span {
                start: first,
                end: last,
            },
            |a, s| Span {
                start: a.start.min(s.start),
                end: a.end.max(s.end),
            },
        )
}
