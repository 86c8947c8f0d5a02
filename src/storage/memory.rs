//! The memory backend: the last resort when the browser gives no storage at all,
//! and the reference the other backends are tested against. Nothing survives a
//! reload; the app says so.

use super::rules::{decode, deleted_plans, encode, next_revision_over, prune, Reason, Version};
use super::{Backend, Listing, Repository, StoreError};
use crate::model::{Plan, PlanId};
use std::cell::RefCell;
use std::collections::BTreeMap;

/// Plans and their histories in memory.
#[derive(Debug, Default)]
pub struct MemoryRepository {
    plans: RefCell<BTreeMap<String, String>>,
    history: RefCell<BTreeMap<String, Vec<Version>>>,
}

impl MemoryRepository {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// Puts raw text under `id`, as a broken or foreign record would be (tests).
    pub fn put_raw(&self, id: &str, text: &str) {
        self.plans
            .borrow_mut()
            .insert(id.to_owned(), text.to_owned());
    }

    fn keep(&self, version: Version) {
        let mut history = self.history.borrow_mut();
        let versions = history.entry(version.plan.0.clone()).or_default();
        versions.push(version);
        prune(versions);
    }
}

impl Repository for MemoryRepository {
    fn backend(&self) -> Backend {
        Backend::Memory
    }

    async fn list(&self) -> Result<Listing, StoreError> {
        let mut listing = Listing::default();
        for (key, text) in self.plans.borrow().iter() {
            match decode(text) {
                Ok(plan) => listing.plans.push(plan),
                Err(mut bad) => {
                    bad.key = key.clone();
                    listing.unreadable.push(bad);
                }
            }
        }
        Ok(listing)
    }

    async fn load(&self, id: &PlanId) -> Result<Option<Plan>, StoreError> {
        match self.plans.borrow().get(id.as_str()) {
            None => Ok(None),
            Some(text) => decode(text)
                .map(Some)
                .map_err(|e| StoreError::Failed(e.reason)),
        }
    }

    async fn save(&self, plan: &Plan, at: &str) -> Result<u64, StoreError> {
        let revision = next_revision_over(
            self.plans
                .borrow()
                .get(plan.id.as_str())
                .map(String::as_str),
            plan.revision,
        )?;
        let mut written = plan.clone();
        written.revision = revision;
        let text = encode(&written)?;
        self.plans.borrow_mut().insert(plan.id.0.clone(), text);
        self.keep(Version::of(&written, Reason::Save, at)?);
        Ok(revision)
    }

    async fn delete(&self, id: &PlanId, at: &str) -> Result<(), StoreError> {
        self.snapshot(id, Reason::BeforeDelete, at).await?;
        self.plans.borrow_mut().remove(id.as_str());
        Ok(())
    }

    async fn snapshot(&self, id: &PlanId, reason: Reason, at: &str) -> Result<(), StoreError> {
        if let Some(plan) = self.load(id).await? {
            self.keep(Version::of(&plan, reason, at)?);
        }
        Ok(())
    }

    async fn history(&self, id: &PlanId) -> Result<Vec<Version>, StoreError> {
        let mut versions = self
            .history
            .borrow()
            .get(id.as_str())
            .cloned()
            .unwrap_or_default();
        versions.reverse();
        Ok(versions)
    }

    async fn deleted(&self) -> Result<Vec<Version>, StoreError> {
        let stored: Vec<PlanId> = self
            .plans
            .borrow()
            .keys()
            .map(|k| PlanId::new(k.as_str()))
            .collect();
        let all: Vec<Version> = self.history.borrow().values().flatten().cloned().collect();
        Ok(deleted_plans(all, &stored))
    }
}
