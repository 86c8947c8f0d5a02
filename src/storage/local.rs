//! The localStorage backend (via `gloo-storage`): the fallback when IndexedDB is
//! missing or fails to open. One key per plan holds its JSON; one key per plan
//! holds its history. localStorage calls are synchronous, so a revision check and
//! the write that follows cannot interleave with another tab's.

use super::rules::{decode, deleted_plans, next_revision_over, prune, Reason, Version};
use super::{Backend, Listing, Repository, StoreError};
use crate::model::{Plan, PlanId};
use gloo_storage::errors::StorageError;
use gloo_storage::{LocalStorage, Storage};

/// Prefix of every plan record's key.
pub const PLAN_PREFIX: &str = "jihua:plan:";
/// Prefix of every history record's key.
pub const HISTORY_PREFIX: &str = "jihua:history:";

/// The key of plan `id`.
pub fn plan_key(id: &str) -> String {
    format!("{PLAN_PREFIX}{id}")
}

fn history_key(id: &str) -> String {
    format!("{HISTORY_PREFIX}{id}")
}

fn store_error(e: StorageError) -> StoreError {
    match e {
        StorageError::JsError(js) if js.name == "QuotaExceededError" => StoreError::Quota,
        other => StoreError::Failed(other.to_string()),
    }
}

/// localStorage as a [`Repository`].
#[derive(Debug)]
pub struct LocalRepository(());

impl LocalRepository {
    /// Opens localStorage, or says why it cannot be used. (`gloo-storage` panics
    /// when there is none, so this is checked once, here.)
    pub fn open() -> Result<Self, StoreError> {
        let storage = web_sys::window()
            .ok_or_else(|| StoreError::Unavailable("no window".into()))?
            .local_storage()
            .map_err(|_| StoreError::Unavailable("localStorage is blocked".into()))?
            .ok_or_else(|| StoreError::Unavailable("no localStorage".into()))?;
        // Private modes may expose localStorage but refuse every write.
        let probe = "jihua:probe";
        storage
            .set_item(probe, "1")
            .map_err(|_| StoreError::Unavailable("localStorage refuses writes".into()))?;
        let _ = storage.remove_item(probe);
        Ok(LocalRepository(()))
    }

    fn raw(&self, id: &str) -> Option<String> {
        LocalStorage::raw().get_item(&plan_key(id)).ok().flatten()
    }

    fn versions(&self, id: &str) -> Vec<Version> {
        LocalStorage::get(history_key(id)).unwrap_or_default()
    }

    /// Adds `version` to the plan's history. localStorage is small (about 5 MB a
    /// site), so when the history does not fit, the oldest versions give way, down
    /// to none: the plan itself always comes first.
    fn keep(&self, version: Version) -> Result<(), StoreError> {
        let id = version.plan.0.clone();
        let mut versions = self.versions(&id);
        versions.push(version);
        prune(&mut versions);
        loop {
            match LocalStorage::set(history_key(&id), &versions).map_err(store_error) {
                Err(StoreError::Quota) if !versions.is_empty() => {
                    versions.remove(0);
                }
                Err(StoreError::Quota) => {
                    LocalStorage::delete(history_key(&id));
                    return Err(StoreError::Quota);
                }
                other => return other,
            }
        }
    }
}

impl Repository for LocalRepository {
    fn backend(&self) -> Backend {
        Backend::LocalStorage
    }

    async fn list(&self) -> Result<Listing, StoreError> {
        let raw = LocalStorage::raw();
        let keys: Vec<String> = (0..raw.length().unwrap_or(0))
            .filter_map(|i| raw.key(i).ok().flatten())
            .filter(|k| k.starts_with(PLAN_PREFIX))
            .collect();
        let mut listing = Listing::default();
        for key in keys {
            let text = raw.get_item(&key).ok().flatten().unwrap_or_default();
            match decode(&text) {
                Ok(plan) => listing.plans.push(plan),
                Err(mut bad) => {
                    bad.key = key[PLAN_PREFIX.len()..].to_owned();
                    listing.unreadable.push(bad);
                }
            }
        }
        Ok(listing)
    }

    async fn load(&self, id: &PlanId) -> Result<Option<Plan>, StoreError> {
        match self.raw(id.as_str()) {
            None => Ok(None),
            Some(text) => decode(&text)
                .map(Some)
                .map_err(|e| StoreError::Failed(e.reason)),
        }
    }

    async fn save(&self, plan: &Plan, at: &str) -> Result<u64, StoreError> {
        let revision = next_revision_over(self.raw(plan.id.as_str()).as_deref(), plan.revision)?;
        let mut written = plan.clone();
        written.revision = revision;
        let key = plan_key(plan.id.as_str());
        match LocalStorage::set(&key, &written).map_err(store_error) {
            Err(StoreError::Quota) => {
                // Make room by giving up this plan's older versions, then try again.
                LocalStorage::delete(history_key(plan.id.as_str()));
                LocalStorage::set(&key, &written).map_err(store_error)?;
            }
            other => other?,
        }
        // The plan itself is safe now; a full history is not worth failing the save.
        let _ = self.keep(Version::of(&written, Reason::Save, at)?);
        Ok(revision)
    }

    async fn delete(&self, id: &PlanId, at: &str) -> Result<(), StoreError> {
        self.snapshot(id, Reason::BeforeDelete, at).await?;
        LocalStorage::delete(plan_key(id.as_str()));
        Ok(())
    }

    async fn snapshot(&self, id: &PlanId, reason: Reason, at: &str) -> Result<(), StoreError> {
        match self.load(id).await? {
            Some(plan) => self.keep(Version::of(&plan, reason, at)?),
            None => Ok(()),
        }
    }

    async fn history(&self, id: &PlanId) -> Result<Vec<Version>, StoreError> {
        let mut versions = self.versions(id.as_str());
        versions.reverse();
        Ok(versions)
    }

    async fn deleted(&self) -> Result<Vec<Version>, StoreError> {
        let raw = LocalStorage::raw();
        let keys: Vec<String> = (0..raw.length().unwrap_or(0))
            .filter_map(|i| raw.key(i).ok().flatten())
            .collect();
        let stored: Vec<PlanId> = keys
            .iter()
            .filter_map(|k| k.strip_prefix(PLAN_PREFIX))
            .map(PlanId::new)
            .collect();
        let all = keys
            .iter()
            .filter_map(|k| k.strip_prefix(HISTORY_PREFIX))
            .flat_map(|id| self.versions(id));
        Ok(deleted_plans(all, &stored))
    }
}
