//! Where one target stands: the tally of its entries, the share done, what remains,
//! whether the comparator is satisfied, and the pace against the time elapsed.

use crate::model::target::tally;
use crate::model::{Comparator, Item, Span};
use chrono::NaiveDate;

/// How far "约" (about) may be off and still count as met: ±10 %.
pub const ABOUT_TOLERANCE: f64 = 0.10;

/// How far behind the elapsed share of its time a target may fall before it is
/// flagged as behind pace: 10 percentage points (e.g. 40 % done at 50 % of the
/// year is still on track, 35 % is behind).
pub const PACE_TOLERANCE: f64 = 0.10;

/// Whether the tally satisfies the comparator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Verdict {
    /// Not reached yet (at least / exactly / about, below the target).
    NotYet,
    /// Satisfied: reached (at least), within the limit (at most), equal (exactly),
    /// within ±10 % (about).
    Met,
    /// Past what the target allows: over the limit (at most), more than stated
    /// (exactly), more than 10 % over (about).
    Over,
}

/// How the tally compares with the time elapsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PaceVerdict {
    /// The activity's time has not begun.
    NotStarted,
    /// The target is already met (or, for a limit, its time is over within it).
    Done,
    /// Done share at or above the elapsed share, less the tolerance.
    OnTrack,
    /// Done share more than the tolerance below the elapsed share, or the
    /// activity's time is over and the target not met.
    Behind,
    /// For a limit ("不超过"): used up faster than the time elapses.
    AheadOfLimit,
}

/// Pace: the share of the target done against the share of its time elapsed.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Pace {
    /// Share of the activity's days passed by `today` (0–1, today included).
    pub elapsed: f64,
    /// Share of the target done (0–1, capped).
    pub done: f64,
    /// The reading.
    pub verdict: PaceVerdict,
}

/// Where a target stands.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Standing {
    /// The comparator.
    pub op: Comparator,
    /// The target quantity.
    pub quantity: f64,
    /// Sum of the entries' amounts (all of them, also those outside the span:
    /// work done is work done).
    pub tally: f64,
    /// Tally over quantity (may pass 1); `None` when the quantity is 0.
    pub ratio: Option<f64>,
    /// What is still to do (at least / exactly / about) or still allowed (at
    /// most), never negative.
    pub remaining: f64,
    /// Whether the comparator is satisfied.
    pub verdict: Verdict,
    /// Pace at `today`; `None` for an activity without days.
    pub pace: Option<Pace>,
    /// Entries dated outside the activity's days (counted, but worth a look).
    pub outside: usize,
}

/// Whether `tally` satisfies `op quantity`.
pub fn verdict(op: Comparator, quantity: f64, tally: f64) -> Verdict {
    match op {
        Comparator::AtLeast if tally >= quantity => Verdict::Met,
        Comparator::AtLeast => Verdict::NotYet,
        Comparator::AtMost if tally <= quantity => Verdict::Met,
        Comparator::AtMost => Verdict::Over,
        Comparator::Exactly if tally == quantity => Verdict::Met,
        Comparator::Exactly if tally < quantity => Verdict::NotYet,
        Comparator::Exactly => Verdict::Over,
        Comparator::About => {
            let (low, high) = (
                quantity * (1.0 - ABOUT_TOLERANCE),
                quantity * (1.0 + ABOUT_TOLERANCE),
            );
            if tally < low {
                Verdict::NotYet
            } else if tally > high {
                Verdict::Over
            } else {
                Verdict::Met
            }
        }
    }
}

/// Share of `span`'s days passed by `today` (today counts as passed): 0 before the
/// first day, 1 from the last day on.
pub fn elapsed(span: Span, today: NaiveDate) -> f64 {
    if today < span.start {
        0.0
    } else if today >= span.end {
        1.0
    } else {
        ((today - span.start).num_days() + 1) as f64 / span.days() as f64
    }
}

/// The pace of `op quantity` with `tally` done, over `span`, at `today`.
pub fn pace(op: Comparator, quantity: f64, tally: f64, span: Span, today: NaiveDate) -> Pace {
    let elapsed = elapsed(span, today);
    let done = if quantity > 0.0 {
        (tally / quantity).clamp(0.0, 1.0)
    } else {
        1.0
    };
    let met = verdict(op, quantity, tally) == Verdict::Met;
    let verdict = if op == Comparator::AtMost {
        // A limit is kept by not using it up faster than the time passes.
        if elapsed == 0.0 && tally == 0.0 {
            PaceVerdict::NotStarted
        } else if elapsed >= 1.0 && met {
            PaceVerdict::Done
        } else if quantity > 0.0 && tally / quantity > elapsed + PACE_TOLERANCE || !met {
            PaceVerdict::AheadOfLimit
        } else {
            PaceVerdict::OnTrack
        }
    } else if met || (op == Comparator::AtLeast && done >= 1.0) {
        PaceVerdict::Done
    } else if elapsed == 0.0 {
        PaceVerdict::NotStarted
    } else if elapsed >= 1.0 || done + PACE_TOLERANCE < elapsed {
        // Its time is over and it is not met, or it has fallen behind.
        PaceVerdict::Behind
    } else {
        PaceVerdict::OnTrack
    };
    Pace {
        elapsed,
        done,
        verdict,
    }
}

/// Where the target of `item` stands at `today`; `None` if it has no target.
pub fn standing(item: &Item, today: NaiveDate) -> Option<Standing> {
    let target = item.target.as_ref()?;
    let done = tally(&item.progress);
    let span = item.when.span().ok().flatten();
    let ratio = (target.quantity > 0.0).then(|| done / target.quantity);
    let remaining = (target.quantity - done).max(0.0);
    let outside = span.map_or(0, |s| {
        item.progress.iter().filter(|e| !s.contains(e.date)).count()
    });
    Some(Standing {
        op: target.op,
        quantity: target.quantity,
        tally: done,
        ratio,
        remaining,
        verdict: verdict(target.op, target.quantity, done),
        pace: span.map(|s| pace(target.op, target.quantity, done, s, today)),
        outside,
    })
}

impl Standing {
    /// Share done for bars and roll-ups: 0–1, capped; a quantity of 0 counts as
    /// done.
    pub fn share(&self) -> f64 {
        self.ratio.map_or(1.0, |r| r.clamp(0.0, 1.0))
    }

    /// True if it needs attention: behind pace, or over a limit.
    pub fn at_risk(&self) -> bool {
        self.verdict == Verdict::Over
            || self.pace.is_some_and(|p| {
                matches!(p.verdict, PaceVerdict::Behind | PaceVerdict::AheadOfLimit)
            })
    }
}

/// Units that count occasions (场, 次, 期…), for which "+1 today" makes sense;
/// people (人次), money or hours are recorded with an amount instead.
pub const COUNT_UNITS: [&str; 14] = [
    "次", "场", "期", "个", "项", "场次", "部", "台", "件", "届", "批", "篇", "幅", "回",
];

/// True if `unit` counts occasions (see [`COUNT_UNITS`]).
pub fn is_count_unit(unit: &str) -> bool {
    COUNT_UNITS.contains(&unit.trim())
}
