//! The writes a tab still owes storage, as a pure type: one pending state **per
//! plan**, written one at a time, each on the stored revision the last write of that
//! plan returned.
//!
//! Why per plan: a single "pending plan" slot loses the newest state of plan A as
//! soon as plan B is queued behind it (an edit, then "new plan" at once). Here a
//! newer state of the same plan replaces the older one (coalescing: only the newest
//! state matters), while states of different plans wait side by side, in the order
//! they were first queued. A write that fails is kept, not dropped, so that it can
//! be retried, stashed when the page closes, and shown as unsaved.
//!
//! The stored revision is tracked here, not in the plan on screen: a save then
//! changes nothing the views draw.

use super::StoreError;
use crate::model::{Plan, PlanId};
use std::collections::HashMap;

/// Why a write of a plan is held back after it failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Held {
    /// Storage refused or failed (full disk, a broken backend): retried with the next
    /// write of any plan.
    Failed,
    /// Another tab saved the plan first: held until the user decides what to keep.
    Conflict,
}

/// What a finished write means for the tab.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    /// Stored at `revision`.
    Saved {
        /// The new stored revision.
        revision: u64,
    },
    /// Another tab saved first; the state is held for the user's decision.
    Conflict,
    /// Storage failed; the state is held for a retry.
    Failed(StoreError),
}

/// The pending writes of a tab. See the module documentation.
#[derive(Clone, Debug, Default)]
pub struct WriteQueue {
    /// The newest unsaved state of each plan, oldest first queued first.
    waiting: Vec<Plan>,
    /// The write under way, if any.
    in_flight: Option<Plan>,
    /// States whose write failed, newest per plan.
    held: Vec<(Plan, Held)>,
    /// The stored revision of each plan, as far as this tab knows.
    base: HashMap<PlanId, u64>,
}

impl WriteQueue {
    /// A queue with nothing to write.
    pub fn new() -> Self {
        Self::default()
    }

    /// Queues `plan` to be written. A state of the same plan still waiting is
    /// replaced where it stands; a held (failed) state of it is superseded. Storage
    /// failures of other plans are queued again too: storage may have room now.
    ///
    /// The first time a plan is seen, its own `revision` is taken as the stored
    /// revision (a plan just loaded, or 0 for one never stored).
    pub fn push(&mut self, plan: Plan) {
        self.base.entry(plan.id.clone()).or_insert(plan.revision);
        self.held.retain(|(p, _)| p.id != plan.id);
        let retry: Vec<Plan> = self
            .held
            .extract_if(.., |(_, why)| *why == Held::Failed)
            .map(|(p, _)| p)
            .collect();
        for p in retry {
            self.enqueue(p);
        }
        self.enqueue(plan);
    }

    fn enqueue(&mut self, plan: Plan) {
        match self.waiting.iter_mut().find(|p| p.id == plan.id) {
            Some(slot) => *slot = plan,
            None => self.waiting.push(plan),
        }
    }

    /// The next write to make, with its revision set to the stored one, or `None`
    /// while a write is under way or nothing waits. The caller reports the result
    /// with [`WriteQueue::finish`].
    pub fn next_write(&mut self) -> Option<Plan> {
        if self.in_flight.is_some() || self.waiting.is_empty() {
            return None;
        }
        let mut plan = self.waiting.remove(0);
        plan.revision = self.base.get(&plan.id).copied().unwrap_or(plan.revision);
        self.in_flight = Some(plan.clone());
        Some(plan)
    }

    /// Records the result of the write [`WriteQueue::next_write`] handed out. On success
    /// the new revision becomes the base of the plan's next write; on failure the
    /// state is held unless a newer state of the plan is already waiting.
    pub fn finish(&mut self, result: Result<u64, StoreError>) -> Outcome {
        let Some(plan) = self.in_flight.take() else {
            return Outcome::Failed(StoreError::NotFound);
        };
        let hold = |why: Held, queue: &mut WriteQueue| {
            if !queue.waiting.iter().any(|p| p.id == plan.id) {
                queue.held.retain(|(p, _)| p.id != plan.id);
                queue.held.push((plan.clone(), why));
            }
        };
        match result {
            Ok(revision) => {
                self.base.insert(plan.id.clone(), revision);
                Outcome::Saved { revision }
            }
            Err(StoreError::Conflict { .. }) => {
                hold(Held::Conflict, self);
                // A newer state waiting was based on the same stale revision: it would
                // conflict too, and the user's decision covers it.
                if let Some(i) = self.waiting.iter().position(|p| p.id == plan.id) {
                    let newer = self.waiting.remove(i);
                    self.held.retain(|(p, _)| p.id != plan.id);
                    self.held.push((newer, Held::Conflict));
                }
                Outcome::Conflict
            }
            Err(e) => {
                hold(Held::Failed, self);
                Outcome::Failed(e)
            }
        }
    }

    /// Holds `plan` as in conflict without trying to write it: a state found at
    /// start (put aside when the page closed) whose plan was saved elsewhere since.
    /// It waits for the user's decision like a conflict found by a write.
    pub fn hold_conflict(&mut self, plan: Plan) {
        self.base.entry(plan.id.clone()).or_insert(plan.revision);
        self.waiting.retain(|p| p.id != plan.id);
        self.held.retain(|(p, _)| p.id != plan.id);
        self.held.push((plan, Held::Conflict));
    }

    /// The stored revision of plan `id` as this tab knows it.
    pub fn base(&self, id: &PlanId) -> Option<u64> {
        self.base.get(id).copied()
    }

    /// Plan `id` is stored at `revision` (it was just loaded, or another tab saved
    /// it and the user chose what to keep): later writes are based on it.
    pub fn adopt(&mut self, id: &PlanId, revision: u64) {
        self.base.insert(id.clone(), revision);
    }

    /// Drops every unsaved state of plan `id` (it was deleted, or the user kept
    /// another tab's version). A write of it under way is not recalled.
    pub fn forget(&mut self, id: &PlanId) {
        self.waiting.retain(|p| &p.id != id);
        self.held.retain(|(p, _)| &p.id != id);
    }

    /// The newest state of plan `id` not yet known to be stored, if any.
    pub fn newest(&self, id: &PlanId) -> Option<&Plan> {
        self.waiting
            .iter()
            .find(|p| &p.id == id)
            .or_else(|| self.held.iter().map(|(p, _)| p).find(|p| &p.id == id))
            .or_else(|| self.in_flight.as_ref().filter(|p| &p.id == id))
    }

    /// The state being written, if any: after the page closes it is not known
    /// whether it reached storage.
    pub fn writing(&self) -> Option<&Plan> {
        self.in_flight.as_ref()
    }

    /// Whether anything of plan `id` is waiting, being written or held.
    pub fn owes(&self, id: &PlanId) -> bool {
        self.newest(id).is_some()
    }

    /// The newest unsaved state of every plan, each with its stored revision: what
    /// must be put aside when the page closes.
    pub fn unsaved(&self) -> Vec<Plan> {
        let mut out: Vec<Plan> = Vec::new();
        let newest_first = self
            .waiting
            .iter()
            .chain(self.held.iter().map(|(p, _)| p))
            .chain(self.in_flight.iter());
        for plan in newest_first {
            if !out.iter().any(|p| p.id == plan.id) {
                let mut plan = plan.clone();
                plan.revision = self.base(&plan.id).unwrap_or(plan.revision);
                out.push(plan);
            }
        }
        out
    }

    /// True while a write is under way or waiting.
    pub fn busy(&self) -> bool {
        self.in_flight.is_some() || !self.waiting.is_empty()
    }

    /// Whether any state is held after a failed write.
    pub fn has_held(&self) -> bool {
        !self.held.is_empty()
    }
}
