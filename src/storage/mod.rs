//! Where plans are kept in the browser. This first version keeps each plan as one
//! JSON record in localStorage (via `gloo-storage`); the robust repository with
//! IndexedDB, revisions and history replaces it behind the same calls.

#[cfg(target_arch = "wasm32")]
mod local;
#[cfg(target_arch = "wasm32")]
pub use local::*;

/// The localStorage key of a plan record.
pub fn plan_key(id: &str) -> String {
    format!("{PLAN_PREFIX}{id}")
}

/// Prefix of every plan record's key.
pub const PLAN_PREFIX: &str = "jihua:plan:";
/// Key of the id of the plan shown last.
pub const CURRENT_KEY: &str = "jihua:current";
/// Key of the interface language.
pub const LANG_KEY: &str = "jihua:lang";
