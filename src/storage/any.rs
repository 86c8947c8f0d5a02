//! The backend chosen at start-up, behind one type.

use super::idb::IdbRepository;
use super::local::LocalRepository;
use super::memory::MemoryRepository;
use super::{Backend, Listing, Reason, Repository, StoreError, Version};
use crate::model::{Plan, PlanId};

/// Whichever backend could be opened.
pub enum AnyRepository {
    /// IndexedDB.
    Idb(IdbRepository),
    /// localStorage.
    Local(LocalRepository),
    /// Memory only.
    Memory(MemoryRepository),
}

impl AnyRepository {
    /// IndexedDB if it opens, else localStorage if it works, else memory.
    pub async fn open_best() -> AnyRepository {
        match IdbRepository::open().await {
            Ok(idb) => AnyRepository::Idb(idb),
            Err(_) => match LocalRepository::open() {
                Ok(local) => AnyRepository::Local(local),
                Err(_) => AnyRepository::Memory(MemoryRepository::new()),
            },
        }
    }
}

macro_rules! delegate {
    ($self:ident, $repo:ident => $call:expr) => {
        match $self {
            AnyRepository::Idb($repo) => $call,
            AnyRepository::Local($repo) => $call,
            AnyRepository::Memory($repo) => $call,
        }
    };
}

impl Repository for AnyRepository {
    fn backend(&self) -> Backend {
        delegate!(self, r => r.backend())
    }

    async fn list(&self) -> Result<Listing, StoreError> {
        delegate!(self, r => r.list().await)
    }

    async fn load(&self, id: &PlanId) -> Result<Option<Plan>, StoreError> {
        delegate!(self, r => r.load(id).await)
    }

    async fn save(&self, plan: &Plan, at: &str) -> Result<u64, StoreError> {
        delegate!(self, r => r.save(plan, at).await)
    }

    async fn delete(&self, id: &PlanId, at: &str) -> Result<(), StoreError> {
        delegate!(self, r => r.delete(id, at).await)
    }

    async fn snapshot(&self, id: &PlanId, reason: Reason, at: &str) -> Result<(), StoreError> {
        delegate!(self, r => r.snapshot(id, reason, at).await)
    }

    async fn history(&self, id: &PlanId) -> Result<Vec<Version>, StoreError> {
        delegate!(self, r => r.history(id).await)
    }

    async fn deleted(&self) -> Result<Vec<Version>, StoreError> {
        delegate!(self, r => r.deleted().await)
    }
}
