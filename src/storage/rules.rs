//! The storage rules every backend shares, as pure functions: the revision check,
//! how a record is encoded, and which history versions are kept.

use super::{StoreError, Unreadable};
use crate::model::{Plan, PlanId};
use serde::{Deserialize, Serialize};

/// How many versions of each kind the history keeps per plan.
pub const HISTORY_DEPTH: usize = 20;

/// Why a history version was kept.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// An ordinary save.
    Save,
    /// The state before a plan file was imported over it.
    BeforeImport,
    /// The state before it was replaced by another version (conflict, import).
    BeforeReplace,
    /// The state before it was deleted.
    BeforeDelete,
    /// The state before an older version was restored.
    BeforeRestore,
}

/// One saved version of a plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Version {
    /// The plan.
    pub plan: PlanId,
    /// Its revision then.
    pub revision: u64,
    /// When it was kept (RFC 3339).
    pub saved_at: String,
    /// Why it was kept.
    pub reason: Reason,
    /// Its title then, for the list.
    pub title: String,
    /// Its number of items then, for the list.
    pub items: usize,
    /// The plan as JSON.
    pub json: String,
}

impl Version {
    /// A version of `plan` (already at the revision it is stored with).
    pub fn of(plan: &Plan, reason: Reason, at: &str) -> Result<Version, StoreError> {
        Ok(Version {
            plan: plan.id.clone(),
            revision: plan.revision,
            saved_at: at.to_owned(),
            reason,
            title: plan.title.clone(),
            items: plan.items.len(),
            json: encode(plan)?,
        })
    }

    /// The plan this version holds.
    pub fn plan(&self) -> Result<Plan, StoreError> {
        decode(&self.json).map_err(|e| StoreError::Failed(e.reason))
    }
}

/// The revision a write based on `ours` gets, given what is `stored`; a conflict if
/// storage has moved on. A plan that is not stored (new, or deleted elsewhere) may
/// always be written.
pub fn next_revision(stored: Option<u64>, ours: u64) -> Result<u64, StoreError> {
    match stored {
        Some(stored) if stored != ours => Err(StoreError::Conflict { stored, ours }),
        Some(stored) => Ok(stored + 1),
        None => Ok(ours + 1),
    }
}

/// A plan as stored: its JSON.
pub fn encode(plan: &Plan) -> Result<String, StoreError> {
    serde_json::to_string(plan).map_err(|e| StoreError::Failed(e.to_string()))
}

/// A stored record read back; what is wrong with it otherwise.
pub fn decode(text: &str) -> Result<Plan, Unreadable> {
    serde_json::from_str(text).map_err(|e| Unreadable {
        key: String::new(),
        text: text.to_owned(),
        reason: e.to_string(),
    })
}

/// Drops the oldest versions so that at most [`HISTORY_DEPTH`] ordinary saves and
/// [`HISTORY_DEPTH`] safety copies (before import, replace, delete, restore) remain.
/// `versions` is oldest first; the order is kept.
pub fn prune(versions: &mut Vec<Version>) {
    let count = |saves: bool, vs: &[Version]| {
        vs.iter()
            .filter(|v| (v.reason == Reason::Save) == saves)
            .count()
    };
    for saves in [true, false] {
        let mut excess = count(saves, versions).saturating_sub(HISTORY_DEPTH);
        versions.retain(|v| {
            if excess > 0 && (v.reason == Reason::Save) == saves {
                excess -= 1;
                false
            } else {
                true
            }
        });
    }
}

/// The revision a write based on `ours` gets, given the record stored under the
/// same id (`None`: nothing stored). A record that cannot be read is never written
/// over: it may be someone's work in a newer format.
pub fn next_revision_over(stored: Option<&str>, ours: u64) -> Result<u64, StoreError> {
    match stored {
        None => next_revision(None, ours),
        Some(text) => match decode(text) {
            Ok(plan) => next_revision(Some(plan.revision), ours),
            Err(_) => Err(StoreError::Unreadable),
        },
    }
}

/// From every history version of every plan, and the ids still stored: the newest
/// [`Reason::BeforeDelete`] version of each plan that is gone, newest first.
pub fn deleted_plans(
    versions: impl IntoIterator<Item = Version>,
    stored: &[PlanId],
) -> Vec<Version> {
    let mut newest: std::collections::HashMap<PlanId, Version> = std::collections::HashMap::new();
    for v in versions {
        if v.reason != Reason::BeforeDelete || stored.contains(&v.plan) {
            continue;
        }
        match newest.get(&v.plan) {
            Some(seen) if seen.saved_at >= v.saved_at => {}
            _ => {
                newest.insert(v.plan.clone(), v);
            }
        }
    }
    let mut out: Vec<Version> = newest.into_values().collect();
    out.sort_by(|a, b| b.saved_at.cmp(&a.saved_at));
    out
}
