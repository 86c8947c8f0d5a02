//! Undo and redo as a pure structure: snapshots of the plan before each edit.
//! Snapshots (rather than inverse edits) keep undo exact for every edit kind,
//! including deletes of whole sections.
//!
//! Snapshots of a big plan are big: 100 of a plan at the file size limit would
//! hold about a gigabyte. So the history is bounded twice: by [`UNDO_DEPTH`] steps
//! and by [`UNDO_BYTES`] of estimated memory, dropping the oldest steps first and
//! always keeping the newest one. A normal plan (well under 200 KB, host-tested
//! with the sample) keeps all [`UNDO_DEPTH`] steps; one of 5,000 activities keeps
//! fewer, but still a useful number (host-tested).

use super::plan::{Extra, Plan};
use serde_json::Value;
use std::collections::VecDeque;
use std::mem::size_of;

/// At most this many steps of undo are kept.
pub const UNDO_DEPTH: usize = 100;

/// At most this many bytes (estimated, see [`plan_bytes`]) of snapshots are kept,
/// undo and redo together; the newest undo step is kept whatever its size.
pub const UNDO_BYTES: usize = 64 * 1024 * 1024;

/// One snapshot and its estimated size.
#[derive(Clone, Debug)]
struct Step {
    plan: Plan,
    bytes: usize,
}

impl Step {
    fn of(plan: Plan) -> Step {
        let bytes = plan_bytes(&plan);
        Step { plan, bytes }
    }
}

/// Undo and redo stacks for one plan.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: VecDeque<Step>,
    redo: Vec<Step>,
    bytes: usize,
}

impl History {
    /// Records `before`, the plan as it was before an edit. Clears redo, then drops
    /// the oldest steps beyond the bounds.
    pub fn record(&mut self, before: Plan) {
        self.redo.clear();
        self.push_undo(Step::of(before));
    }

    fn push_undo(&mut self, step: Step) {
        self.bytes += step.bytes;
        self.undo.push_back(step);
        self.bytes = self.undo.iter().chain(&self.redo).map(|s| s.bytes).sum();
        while self.undo.len() > 1 && (self.undo.len() > UNDO_DEPTH || self.bytes > UNDO_BYTES) {
            if let Some(old) = self.undo.pop_front() {
                self.bytes -= old.bytes;
            }
        }
    }

    /// Steps back: returns the plan to show, given the `current` one.
    pub fn undo(&mut self, current: Plan) -> Option<Plan> {
        let previous = self.undo.pop_back()?;
        self.bytes -= previous.bytes;
        let step = Step::of(current);
        self.bytes += step.bytes;
        self.redo.push(step);
        Some(previous.plan)
    }

    /// Steps forward again after an undo.
    pub fn redo(&mut self, current: Plan) -> Option<Plan> {
        let next = self.redo.pop()?;
        self.bytes -= next.bytes;
        self.push_undo(Step::of(current));
        Some(next.plan)
    }

    /// True if there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True if there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Every plan an undo or a redo can bring back.
    pub fn plans(&self) -> impl Iterator<Item = &Plan> {
        self.undo.iter().chain(&self.redo).map(|s| &s.plan)
    }

    /// How many steps can be undone.
    pub fn undo_steps(&self) -> usize {
        self.undo.len()
    }

    /// The estimated bytes the snapshots hold.
    pub fn bytes(&self) -> usize {
        self.bytes
    }
}

/// An estimate of the memory a plan takes: its records plus the text they hold.
/// Cheap (one pass, no serialisation), and within a small factor of the truth,
/// which is all a bound needs.
pub fn plan_bytes(plan: &Plan) -> usize {
    let text = |s: &str| s.len();
    let opt = |s: &Option<String>| s.as_deref().map_or(0, str::len);
    let mut n = size_of::<Plan>()
        + text(&plan.title)
        + text(&plan.organization)
        + text(&plan.preface)
        + opt(&plan.created_at)
        + opt(&plan.updated_at)
        + extra_bytes(&plan.extra);
    n += plan
        .departments
        .iter()
        .map(|d| 64 + d.id.0.len() + d.name.len() + d.color.len() + extra_bytes(&d.extra))
        .sum::<usize>();
    n += plan
        .places
        .iter()
        .map(|p| 64 + p.id.0.len() + p.name.len() + p.kind.len() + extra_bytes(&p.extra))
        .sum::<usize>();
    n += plan
        .categories
        .iter()
        .map(|c| 64 + c.id.len() + c.name.len() + c.unit.len() + extra_bytes(&c.extra))
        .sum::<usize>();
    n += plan
        .sections
        .iter()
        .map(|s| 96 + s.id.0.len() + s.title.len() + extra_bytes(&s.extra))
        .sum::<usize>();
    n += plan
        .deleted
        .iter()
        .map(|t| 48 + t.id.len() + t.at.len())
        .sum::<usize>();
    for item in &plan.items {
        n += size_of_val(item)
            + item.id.0.len()
            + item.section.0.len()
            + item.title.len()
            + item.notes.len()
            + item.lead.len()
            + opt(&item.updated_at)
            + extra_bytes(&item.extra);
        n += item
            .departments
            .iter()
            .map(|d| 24 + d.0.len())
            .sum::<usize>();
        n += item.places.iter().map(|p| 24 + p.0.len()).sum::<usize>();
        n += item.tags.iter().map(|t| 24 + t.len()).sum::<usize>();
        n += item
            .progress
            .iter()
            .map(|e| 96 + e.id.0.len() + e.note.len())
            .sum::<usize>();
    }
    n
}

fn extra_bytes(extra: &Extra) -> usize {
    extra
        .iter()
        .map(|(k, v)| 32 + k.len() + value_bytes(v))
        .sum()
}

fn value_bytes(v: &Value) -> usize {
    match v {
        Value::String(s) => 24 + s.len(),
        Value::Array(a) => 24 + a.iter().map(value_bytes).sum::<usize>(),
        Value::Object(o) => extra_bytes(o) + 32,
        _ => 16,
    }
}
