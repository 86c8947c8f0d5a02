//! Each activity's bar: where it starts and how wide it is on the scale, whether
//! its days are fixed (solid) or loosely stated (a soft-edged band), a milestone
//! (a diamond), and how much of its target is done (the fill).

use super::scale::Scale;
use crate::model::target::tally;
use crate::model::{Item, ItemId};
use chrono::NaiveDate;

/// The bar of one activity.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    /// The activity.
    pub item: ItemId,
    /// First day drawn (inclusive).
    pub start: NaiveDate,
    /// Last day drawn (inclusive).
    pub end: NaiveDate,
    /// Left edge, px.
    pub x: f64,
    /// Width, px (a whole number of days).
    pub width: f64,
    /// The plan states the time loosely (month, 旬, quarter…).
    pub fuzzy: bool,
    /// Drawn as a diamond on its last day.
    pub milestone: bool,
    /// Share of the target done, 0–1, if there is a target.
    pub done: Option<f64>,
}

/// The bar of `item` on `scale`; `None` for an unscheduled activity or one whose
/// time is not a real span.
pub fn bar(scale: &Scale, item: &Item) -> Option<Bar> {
    let span = item.when.span().ok()??;
    let ppd = scale.zoom.px_per_day();
    let done = item.target.as_ref().map(|t| {
        if t.quantity > 0.0 {
            (tally(&item.progress) / t.quantity).clamp(0.0, 1.0)
        } else {
            1.0
        }
    });
    Some(Bar {
        item: item.id.clone(),
        start: span.start,
        end: span.end,
        x: scale.x(span.start),
        width: span.days() as f64 * ppd,
        fuzzy: item.when.is_fuzzy(),
        milestone: item.milestone,
        done,
    })
}
