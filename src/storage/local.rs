//! The localStorage store.

use super::{plan_key, CURRENT_KEY, LANG_KEY, PLAN_PREFIX};
use crate::model::Plan;
use gloo_storage::{LocalStorage, Storage};

/// Why the store could not do what was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The browser gives no localStorage (disabled, or a sandboxed page).
    #[error("browser storage is not available")]
    Unavailable,
    /// Writing failed, typically because the quota is full.
    #[error("could not write: {0}")]
    Write(String),
}

/// A stored record that could not be read as a plan; kept in storage untouched.
#[derive(Debug, Clone)]
pub struct Unreadable {
    /// The record's key.
    pub key: String,
    /// Why it failed.
    pub reason: String,
}

/// True if localStorage can be used. `gloo-storage` panics when it is missing, so
/// every call below is guarded by this check.
pub fn available() -> bool {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .is_some()
}

/// Every stored plan, and the records that failed to decode.
pub fn load_all() -> (Vec<Plan>, Vec<Unreadable>) {
    let mut plans = Vec::new();
    let mut bad = Vec::new();
    if !available() {
        return (plans, bad);
    }
    let raw = LocalStorage::raw();
    let len = raw.length().unwrap_or(0);
    let keys: Vec<String> = (0..len)
        .filter_map(|i| raw.key(i).ok().flatten())
        .filter(|k| k.starts_with(PLAN_PREFIX))
        .collect();
    for key in keys {
        let text = raw.get_item(&key).ok().flatten().unwrap_or_default();
        match serde_json::from_str::<Plan>(&text) {
            Ok(plan) => plans.push(plan),
            Err(e) => bad.push(Unreadable {
                key,
                reason: e.to_string(),
            }),
        }
    }
    plans.sort_by(|a, b| (b.year, &a.title).cmp(&(a.year, &b.title)));
    (plans, bad)
}

/// Writes `plan`.
pub fn save(plan: &Plan) -> Result<(), StoreError> {
    if !available() {
        return Err(StoreError::Unavailable);
    }
    LocalStorage::set(plan_key(plan.id.as_str()), plan)
        .map_err(|e| StoreError::Write(e.to_string()))
}

/// Removes the plan with `id`.
pub fn delete(id: &str) {
    if available() {
        LocalStorage::delete(plan_key(id));
    }
}

/// Reads a small setting.
pub fn get_setting(key: &str) -> Option<String> {
    available()
        .then(|| LocalStorage::raw().get_item(key).ok().flatten())
        .flatten()
}

/// Writes a small setting; failures are ignored (settings are conveniences).
pub fn set_setting(key: &str, value: &str) {
    if available() {
        let _ = LocalStorage::raw().set_item(key, value);
    }
}

/// The stored current plan id.
pub fn current() -> Option<String> {
    get_setting(CURRENT_KEY)
}

/// The stored language tag.
pub fn lang() -> Option<String> {
    get_setting(LANG_KEY)
}
