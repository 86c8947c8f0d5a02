//! Undo and redo as a pure structure: snapshots of the plan before each edit.
//! Snapshots (rather than inverse edits) keep undo exact for every edit kind,
//! including deletes of whole sections; plans are small enough for this to be cheap.

use super::plan::Plan;

/// How many steps of undo are kept.
pub const UNDO_DEPTH: usize = 100;

/// Undo and redo stacks for one plan.
#[derive(Clone, Debug, Default)]
pub struct History {
    undo: Vec<Plan>,
    redo: Vec<Plan>,
}

impl History {
    /// Records `before`, the plan as it was before an edit. Clears redo.
    pub fn record(&mut self, before: Plan) {
        self.undo.push(before);
        if self.undo.len() > UNDO_DEPTH {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Steps back: returns the plan to show, given the `current` one.
    pub fn undo(&mut self, current: Plan) -> Option<Plan> {
        let previous = self.undo.pop()?;
        self.redo.push(current);
        Some(previous)
    }

    /// Steps forward again after an undo.
    pub fn redo(&mut self, current: Plan) -> Option<Plan> {
        let next = self.redo.pop()?;
        self.undo.push(current);
        Some(next)
    }

    /// True if there is something to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True if there is something to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}
