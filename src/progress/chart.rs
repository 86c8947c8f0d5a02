//! The month-by-month chart of completed amounts: which amounts go in one chart
//! (one per unit, since 场 and 人次 do not add up), a "nice" value axis, and the
//! bars' geometry in the SVG's own coordinates. The view draws exactly this.
//!
//! Written here rather than with a charting crate: the chart is twelve bars with
//! labels, and the crates that draw SVG (plotters, charming) bring a font stack or
//! a JavaScript engine for far more than that, and their text is not the page's
//! Chinese font when printed.

use super::months::by_month;
use crate::model::{ItemId, Plan};

/// The width of the chart's coordinate space (the SVG `viewBox`).
pub const WIDTH: f64 = 640.0;
/// Its height.
pub const HEIGHT: f64 = 220.0;
/// Room for the value axis's labels on the left.
pub const LEFT: f64 = 40.0;
/// Room above the tallest bar for its figure.
pub const TOP: f64 = 20.0;
/// Room for the month names below.
pub const BOTTOM: f64 = 24.0;
/// The share of a month's column its bar takes.
const BAR_SHARE: f64 = 0.62;

/// The amounts of one unit, by month.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    /// The targets' unit ("场"); "" for activities without a target.
    pub unit: String,
    /// The amounts recorded in each month of the plan's year.
    pub months: [f64; 12],
}

impl Series {
    /// The year's total.
    pub fn total(&self) -> f64 {
        self.months.iter().fold(0.0, |sum, m| sum + m)
    }
}

/// The series of `plan`'s year: for the activity `only`, its one series (even if
/// nothing is recorded); for all activities, one series per unit in the order the
/// units first appear in the plan, leaving out units with nothing recorded.
pub fn month_series(plan: &Plan, only: Option<&ItemId>) -> Vec<Series> {
    let mut out: Vec<Series> = Vec::new();
    for item in plan
        .items
        .iter()
        .filter(|i| only.is_none_or(|id| &i.id == id))
    {
        let unit = item
            .target
            .as_ref()
            .map(|t| t.unit.trim().to_owned())
            .unwrap_or_default();
        let months = by_month(&item.progress, plan.year);
        match out.iter_mut().find(|s| s.unit == unit) {
            Some(s) => s.months.iter_mut().zip(months).for_each(|(a, b)| *a += b),
            None => out.push(Series { unit, months }),
        }
    }
    if only.is_none() {
        out.retain(|s| s.total() > 0.0);
        // Activities without a target come last.
        out.sort_by_key(|s| s.unit.is_empty());
    }
    out
}

/// The value axis: its top and the step between its gridlines, both "nice"
/// (1, 2 or 5 times a power of ten) with at most five steps, the top at or above
/// `max`. A chart with nothing recorded gets 0 to 1.
pub fn nice_axis(max: f64) -> (f64, f64) {
    if max.is_nan() || max <= 0.0 {
        return (1.0, 1.0);
    }
    let raw = max / 5.0;
    let power = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .into_iter()
        .map(|m| m * power)
        .find(|s| (max / s).ceil() <= 5.0)
        .unwrap_or(10.0 * power);
    // Counts below five get a step of 1, never 0.2 of an occasion.
    let step = if max.fract() == 0.0 && step < 1.0 {
        1.0
    } else {
        step
    };
    let top = (max / step - 1e-9).ceil().max(1.0) * step;
    (top, step)
}

/// One bar, in chart coordinates (y grows downwards).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// 1–12.
    pub month: u32,
    /// The amount.
    pub value: f64,
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Width.
    pub width: f64,
    /// Height (0 for a month with nothing).
    pub height: f64,
}

/// A gridline of the value axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    /// Its value.
    pub value: f64,
    /// Its height in chart coordinates.
    pub y: f64,
}

/// The geometry of one chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Twelve bars, January first.
    pub bars: Vec<Bar>,
    /// The gridlines, from 0 up to the axis's top.
    pub ticks: Vec<Tick>,
    /// The centre of each month's column, for its name.
    pub columns: Vec<f64>,
    /// The baseline's height.
    pub base: f64,
}

/// Lays out `months` in a `WIDTH` × `HEIGHT` chart.
pub fn layout(months: &[f64; 12]) -> Layout {
    let max = months.iter().copied().fold(0.0, f64::max);
    let (top, step) = nice_axis(max);
    let base = HEIGHT - BOTTOM;
    let plot = base - TOP;
    let y_of = |v: f64| base - v / top * plot;
    let column = (WIDTH - LEFT) / 12.0;
    let width = column * BAR_SHARE;
    let bars = months
        .iter()
        .enumerate()
        .map(|(i, &value)| {
            let y = y_of(value.max(0.0));
            Bar {
                month: i as u32 + 1,
                value,
                x: LEFT + i as f64 * column + (column - width) / 2.0,
                y,
                width,
                height: base - y,
            }
        })
        .collect();
    let steps = (top / step).round() as usize;
    let ticks = (0..=steps)
        .map(|k| {
            let value = k as f64 * step;
            Tick {
                value,
                y: y_of(value),
            }
        })
        .collect();
    let columns = (0..12).map(|i| LEFT + (i as f64 + 0.5) * column).collect();
    Layout {
        bars,
        ticks,
        columns,
        base,
    }
}
