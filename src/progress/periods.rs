//! Targets per period ("每季度不少于1次"): the tally of each week, month or quarter
//! of an activity's time, and where each stands at `today` — met or missed when it
//! is over, its pace while it runs, upcoming before it begins.

use super::standing::{pace, verdict, PaceVerdict, Verdict};
use crate::model::{Item, Repeat, Span};
use chrono::NaiveDate;

/// Where one period stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PeriodState {
    /// It has not begun.
    Upcoming,
    /// It is under way, with this pace.
    Current(PaceVerdict),
    /// It is over and its target was met.
    Met,
    /// It is over and its target was not reached.
    Missed,
    /// It is over and more was done than the target allows (at most, exactly).
    Over,
}

/// One period of an activity with a target per period.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PeriodTally {
    /// Its days (the first and last period clipped to the activity's time).
    pub span: Span,
    /// Sum of the amounts recorded on its days.
    pub done: f64,
    /// The quantity each period should reach.
    pub quantity: f64,
    /// Whether `done` satisfies the target.
    pub verdict: Verdict,
    /// Where it stands at `today`.
    pub state: PeriodState,
}

impl PeriodTally {
    /// True if it needs attention: missed, over, or behind while it runs.
    pub fn at_risk(&self) -> bool {
        matches!(
            self.state,
            PeriodState::Missed
                | PeriodState::Over
                | PeriodState::Current(PaceVerdict::Behind | PaceVerdict::AheadOfLimit)
        )
    }
}

/// The periods of `item`'s per-period target at `today`, in order; empty when it
/// has none or no days.
pub fn period_tallies(item: &Item, today: NaiveDate) -> Vec<PeriodTally> {
    let (Some(target), Ok(Some(span))) = (&item.per_period, item.when.span()) else {
        return Vec::new();
    };
    Repeat::Every {
        every: target.every,
    }
    .occurrences(span)
    .into_iter()
    .map(|period| {
        let done = item
            .progress
            .iter()
            .filter(|e| period.contains(e.date))
            .fold(0.0, |sum, e| sum + e.amount);
        let verdict = verdict(target.op, target.quantity, done);
        let state = if today < period.start {
            PeriodState::Upcoming
        } else if today > period.end {
            match verdict {
                Verdict::Met => PeriodState::Met,
                Verdict::NotYet => PeriodState::Missed,
                Verdict::Over => PeriodState::Over,
            }
        } else {
            PeriodState::Current(pace(target.op, target.quantity, done, period, today).verdict)
        };
        PeriodTally {
            span: period,
            done,
            quantity: target.quantity,
            verdict,
            state,
        }
    })
    .collect()
}

/// The period holding `today`, or the last one when all are over, or the first
/// when none has begun: the one the outline shows.
pub fn shown_period(tallies: &[PeriodTally], today: NaiveDate) -> Option<&PeriodTally> {
    tallies
        .iter()
        .find(|t| t.span.contains(today))
        .or_else(|| tallies.iter().rev().find(|t| t.span.end < today))
        .or_else(|| tallies.first())
}
