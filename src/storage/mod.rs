//! Where plans are kept: a [`Repository`] with three backends, chosen at start-up in
//! this order: IndexedDB (primary), localStorage (when IndexedDB is missing or
//! fails to open) and memory (last resort; the app warns that nothing is kept).
//!
//! Every write names the revision it was based on; a write based on an older
//! revision is refused with [`StoreError::Conflict`] instead of overwriting someone
//! else's newer work. Each save also keeps a version in the plan's history.

pub mod memory;
pub mod queue;
pub mod rules;
pub mod stash;

#[cfg(target_arch = "wasm32")]
pub mod any;
#[cfg(target_arch = "wasm32")]
pub mod idb;
#[cfg(target_arch = "wasm32")]
pub mod local;
#[cfg(target_arch = "wasm32")]
pub mod photos;
#[cfg(target_arch = "wasm32")]
pub mod settings;

use crate::model::{Plan, PlanId};
use thiserror::Error;

pub use rules::{Reason, Version, HISTORY_DEPTH};

/// Which backend holds the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// The browser's IndexedDB.
    IndexedDb,
    /// The browser's localStorage.
    LocalStorage,
    /// Nothing persistent: data lives as long as the page.
    Memory,
}

/// A stored record that could not be read as a plan. It stays in storage untouched
/// so that nothing is lost; the user can download it.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    /// The record's key (the plan id where it could be read).
    pub key: String,
    /// The stored text, as it is.
    pub text: String,
    /// Why it could not be read.
    pub reason: String,
}

/// Everything in storage.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Listing {
    /// The plans that could be read.
    pub plans: Vec<Plan>,
    /// The records that could not.
    pub unreadable: Vec<Unreadable>,
}

/// Why storage could not do what was asked.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum StoreError {
    /// The backend cannot be used at all.
    #[error("storage is not available: {0}")]
    Unavailable(String),
    /// The stored plan has moved on since this tab read it (another tab saved).
    #[error("the plan was changed elsewhere (stored revision {stored}, ours {ours})")]
    Conflict {
        /// The revision in storage.
        stored: u64,
        /// The revision the write was based on.
        ours: u64,
    },
    /// The browser refused to store more (quota).
    #[error("the browser's storage is full")]
    Quota,
    /// A record that cannot be read is stored under this id; it is kept, not
    /// written over.
    #[error("an unreadable record is stored under this id")]
    Unreadable,
    /// No such plan or version.
    #[error("not found")]
    NotFound,
    /// Anything else the backend reported.
    #[error("storage failed: {0}")]
    Failed(String),
}

/// Storage for plans. Methods are async because IndexedDB is; the other backends
/// answer at once. Futures are not `Send`: everything runs on the page's thread.
#[allow(async_fn_in_trait)] // used only within this crate, on one thread
pub trait Repository {
    /// Which backend this is.
    fn backend(&self) -> Backend;

    /// Every stored plan, and every record that failed to decode.
    async fn list(&self) -> Result<Listing, StoreError>;

    /// The stored plan `id`, if any.
    async fn load(&self, id: &PlanId) -> Result<Option<Plan>, StoreError>;

    /// Writes `plan` if the stored revision is still `plan.revision` (0 for a plan
    /// not stored yet), checked and written atomically. Returns the new revision,
    /// which the caller must adopt. Keeps a history version of the result, stamped
    /// `at` (RFC 3339).
    async fn save(&self, plan: &Plan, at: &str) -> Result<u64, StoreError>;

    /// Deletes plan `id`, keeping its last state in its history first.
    async fn delete(&self, id: &PlanId, at: &str) -> Result<(), StoreError>;

    /// Keeps the stored state of plan `id` as a history version marked `reason`
    /// (before an import, a replace or a restore). Does nothing if it is not stored.
    async fn snapshot(&self, id: &PlanId, reason: Reason, at: &str) -> Result<(), StoreError>;

    /// The history of plan `id`, newest first.
    async fn history(&self, id: &PlanId) -> Result<Vec<Version>, StoreError>;

    /// Plans that were deleted: for each plan no longer stored, the newest version
    /// kept before its deletion, newest deletion first.
    async fn deleted(&self) -> Result<Vec<Version>, StoreError>;
}
