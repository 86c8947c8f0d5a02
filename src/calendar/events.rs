//! Activities as calendar events: each occurrence of each activity that touches a
//! window of days, marked precise (fixed days: solid chips) or fuzzy (a month, a
//! 旬, a quarter…: shown as such, never as if the days were fixed).

use super::filter::Filter;
use crate::model::{ItemId, Plan, Span};

/// One occurrence of an activity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// The activity.
    pub item: ItemId,
    /// The days it covers (inclusive), not clipped to any window.
    pub span: Span,
    /// Whether the days are stated loosely by the plan (or only the period of a
    /// repetition is known).
    pub fuzzy: bool,
    /// Which occurrence (0 for an activity that does not repeat).
    pub occurrence: usize,
    /// How many occurrences the activity has.
    pub of: usize,
}

impl Event {
    /// True if the event can be dragged to other days: one occurrence of its
    /// activity (a repeated activity is changed in its form).
    pub fn movable(&self) -> bool {
        self.of == 1
    }
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start <= b.end && b.start <= a.end
}

/// The events of `plan` that touch `window` and pass `filter`, ordered by start,
/// longer first, then by the activities' order in the plan. Activities without
/// days (unscheduled) or with impossible ones have no events.
pub fn events_in(plan: &Plan, window: Span, filter: &Filter) -> Vec<Event> {
    let mut out = Vec::new();
    for item in plan.items.iter().filter(|i| filter.matches(i)) {
        let Ok(Some(span)) = item.when.span() else {
            continue;
        };
        let spans = match item.repeat {
            Some(rule) => rule.occurrences(span),
            None => vec![span],
        };
        let of = spans.len();
        // A repetition fixes only the period of each occurrence, not its day.
        let fuzzy = item.when.is_fuzzy() || (of > 1 && spans.iter().any(|s| s.days() > 1));
        for (occurrence, span) in spans.into_iter().enumerate() {
            if overlaps(span, window) {
                out.push(Event {
                    item: item.id.clone(),
                    span,
                    fuzzy,
                    occurrence,
                    of,
                });
            }
        }
    }
    out.sort_by(|a, b| {
        (a.span.start, std::cmp::Reverse(a.span.days()))
            .cmp(&(b.span.start, std::cmp::Reverse(b.span.days())))
    });
    out
}
