//! The IndexedDB backend (via `rexie`), the primary store. A plan record is
//! `{id, revision, json}`; a history record is `{plan, version}` (the version as
//! JSON) under an auto-increment key with an index on `plan`. A save reads the
//! stored revision and writes in one read-write transaction, so two tabs cannot
//! both win.

use super::rules::{next_revision, Reason, Version, HISTORY_DEPTH};
use super::{Backend, Listing, Repository, StoreError, Unreadable};
use crate::model::{Plan, PlanId};
use js_sys::{Object, Reflect};
use rexie::{Index, KeyRange, ObjectStore, Rexie, Store, TransactionMode};
use wasm_bindgen::JsValue;

const DB_NAME: &str = "jihua";
const PLANS: &str = "plans";
const HISTORY: &str = "history";
const BY_PLAN: &str = "plan";
const BY_PLAN_KIND: &str = "plan_kind";

/// History versions are limited per kind: ordinary saves, and safety copies.
fn kind_of(reason: Reason) -> &'static str {
    if reason == Reason::Save {
        "save"
    } else {
        "safety"
    }
}

/// A history record read back.
fn read_version(record: &JsValue) -> Option<Version> {
    let text = |name| field(record, name)?.as_string();
    let number = |name| field(record, name)?.as_f64();
    Some(Version {
        plan: PlanId::new(text("plan")?),
        revision: number("revision")? as u64,
        saved_at: text("saved_at")?,
        reason: serde_json::from_value(serde_json::Value::String(text("reason")?)).ok()?,
        title: text("title")?,
        items: number("items")? as usize,
        json: text("json")?,
    })
}

fn failed(e: impl std::fmt::Debug) -> StoreError {
    StoreError::Failed(format!("{e:?}"))
}

/// A rexie error as a [`StoreError`]. The DOMException's name (e.g.
/// QuotaExceededError) is only in the text of the error's source chain.
pub(crate) fn idb_error(e: rexie::Error) -> StoreError {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(&e);
    while let Some(inner) = source {
        text = format!("{text}: {inner}");
        source = inner.source();
    }
    if text.contains("QuotaExceeded") {
        StoreError::Quota
    } else {
        StoreError::Failed(text)
    }
}

fn field(record: &JsValue, name: &str) -> Option<JsValue> {
    Reflect::get(record, &JsValue::from_str(name))
        .ok()
        .filter(|v| !v.is_undefined())
}

fn object(fields: &[(&str, JsValue)]) -> Result<JsValue, StoreError> {
    let o = Object::new();
    for (name, value) in fields {
        Reflect::set(&o, &JsValue::from_str(name), value).map_err(failed)?;
    }
    Ok(o.into())
}

/// A stored plan record: its revision and JSON, or what is wrong with it.
fn read_record(key: &str, record: &JsValue) -> Result<(u64, String), Unreadable> {
    let json = field(record, "json").and_then(|v| v.as_string());
    let revision = field(record, "revision").and_then(|v| v.as_f64());
    match (revision, json) {
        (Some(r), Some(json)) if r >= 0.0 && r.fract() == 0.0 => Ok((r as u64, json)),
        (_, json) => Err(Unreadable {
            key: key.to_owned(),
            text: json.unwrap_or_else(|| format!("{record:?}")),
            reason: "the record has no revision or no plan text".into(),
        }),
    }
}

/// IndexedDB as a [`Repository`].
pub struct IdbRepository {
    db: Rexie,
}

impl IdbRepository {
    /// Opens (or creates) the app's database, or says why it cannot be used.
    pub async fn open() -> Result<Self, StoreError> {
        Self::open_named(DB_NAME).await
    }

    /// Opens (or creates) the database `name` (tests use their own).
    pub async fn open_named(name: &str) -> Result<Self, StoreError> {
        let db = Rexie::builder(name)
            .version(1)
            .add_object_store(ObjectStore::new(PLANS).key_path("id"))
            .add_object_store(
                ObjectStore::new(HISTORY)
                    .auto_increment(true)
                    .add_index(Index::new(BY_PLAN, "plan"))
                    .add_index(Index::new_array(BY_PLAN_KIND, ["plan", "kind"])),
            )
            .build()
            .await
            .map_err(|e| StoreError::Unavailable(format!("{e:?}")))?;
        Ok(IdbRepository { db })
    }

    /// Adds `version` to the history in `store`, then drops the oldest versions of
    /// its kind beyond [`HISTORY_DEPTH`] (the rule of [`super::rules::prune`]),
    /// reading only keys: versions can be large.
    async fn keep(store: &Store, version: &Version) -> Result<(), StoreError> {
        let kind = JsValue::from_str(kind_of(version.reason));
        let plan = JsValue::from_str(version.plan.as_str());
        let reason = serde_json::to_value(version.reason).map_err(failed)?;
        let record = object(&[
            ("plan", plan.clone()),
            ("kind", kind.clone()),
            ("revision", JsValue::from_f64(version.revision as f64)),
            ("saved_at", JsValue::from_str(&version.saved_at)),
            (
                "reason",
                JsValue::from_str(reason.as_str().unwrap_or_default()),
            ),
            ("title", JsValue::from_str(&version.title)),
            ("items", JsValue::from_f64(version.items as f64)),
            ("json", JsValue::from_str(&version.json)),
        ])?;
        store.add(&record, None).await.map_err(idb_error)?;
        let index = store.index(BY_PLAN_KIND).map_err(idb_error)?;
        let range = KeyRange::only(&js_sys::Array::of2(&plan, &kind)).map_err(failed)?;
        let keys = index
            .get_all_keys(Some(range), None)
            .await
            .map_err(idb_error)?;
        let excess = keys.len().saturating_sub(HISTORY_DEPTH);
        for key in keys.into_iter().take(excess) {
            store.delete(key).await.map_err(idb_error)?;
        }
        Ok(())
    }

    async fn load_in(store: &Store, id: &PlanId) -> Result<Option<(u64, String)>, StoreError> {
        match store
            .get(JsValue::from_str(id.as_str()))
            .await
            .map_err(idb_error)?
        {
            None => Ok(None),
            Some(record) => read_record(id.as_str(), &record)
                .map(Some)
                .map_err(|_| StoreError::Unreadable),
        }
    }
}

impl Repository for IdbRepository {
    fn backend(&self) -> Backend {
        Backend::IndexedDb
    }

    async fn list(&self) -> Result<Listing, StoreError> {
        let tx = self
            .db
            .transaction(&[PLANS], TransactionMode::ReadOnly)
            .map_err(idb_error)?;
        let store = tx.store(PLANS).map_err(idb_error)?;
        let keys = store.get_all_keys(None, None).await.map_err(idb_error)?;
        let records = store.get_all(None, None).await.map_err(idb_error)?;
        let mut listing = Listing::default();
        for (key, record) in keys.into_iter().zip(records) {
            let key = key.as_string().unwrap_or_default();
            let decoded = read_record(&key, &record).and_then(|(_, json)| {
                super::rules::decode(&json).map_err(|bad| Unreadable {
                    key: key.clone(),
                    ..bad
                })
            });
            match decoded {
                Ok(plan) => listing.plans.push(plan),
                Err(bad) => listing.unreadable.push(bad),
            }
        }
        Ok(listing)
    }

    async fn load(&self, id: &PlanId) -> Result<Option<Plan>, StoreError> {
        let tx = self
            .db
            .transaction(&[PLANS], TransactionMode::ReadOnly)
            .map_err(idb_error)?;
        let store = tx.store(PLANS).map_err(idb_error)?;
        match Self::load_in(&store, id).await? {
            None => Ok(None),
            Some((_, json)) => super::rules::decode(&json)
                .map(Some)
                .map_err(|e| StoreError::Failed(e.reason)),
        }
    }

    async fn save(&self, plan: &Plan, at: &str) -> Result<u64, StoreError> {
        let tx = self
            .db
            .transaction(&[PLANS, HISTORY], TransactionMode::ReadWrite)
            .map_err(idb_error)?;
        let plans = tx.store(PLANS).map_err(idb_error)?;
        let stored = Self::load_in(&plans, &plan.id)
            .await?
            .map(|(revision, _)| revision);
        let revision = match next_revision(stored, plan.revision) {
            Ok(r) => r,
            Err(e) => {
                let _ = tx.abort().await;
                return Err(e);
            }
        };
        let mut written = plan.clone();
        written.revision = revision;
        let version = Version::of(&written, Reason::Save, at)?;
        let record = object(&[
            ("id", JsValue::from_str(plan.id.as_str())),
            ("revision", JsValue::from_f64(revision as f64)),
            ("json", JsValue::from_str(&version.json)),
        ])?;
        plans.put(&record, None).await.map_err(idb_error)?;
        Self::keep(&tx.store(HISTORY).map_err(idb_error)?, &version).await?;
        tx.done().await.map_err(idb_error)?;
        Ok(revision)
    }

    async fn delete(&self, id: &PlanId, at: &str) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction(&[PLANS, HISTORY], TransactionMode::ReadWrite)
            .map_err(idb_error)?;
        let plans = tx.store(PLANS).map_err(idb_error)?;
        if let Some((_, json)) = Self::load_in(&plans, id).await? {
            if let Ok(plan) = super::rules::decode(&json) {
                let version = Version::of(&plan, Reason::BeforeDelete, at)?;
                Self::keep(&tx.store(HISTORY).map_err(idb_error)?, &version).await?;
            }
            plans
                .delete(JsValue::from_str(id.as_str()))
                .await
                .map_err(idb_error)?;
        }
        tx.done().await.map_err(idb_error)?;
        Ok(())
    }

    async fn snapshot(&self, id: &PlanId, reason: Reason, at: &str) -> Result<(), StoreError> {
        let tx = self
            .db
            .transaction(&[PLANS, HISTORY], TransactionMode::ReadWrite)
            .map_err(idb_error)?;
        let plans = tx.store(PLANS).map_err(idb_error)?;
        if let Some((_, json)) = Self::load_in(&plans, id).await? {
            let plan = super::rules::decode(&json).map_err(|e| StoreError::Failed(e.reason))?;
            Self::keep(
                &tx.store(HISTORY).map_err(idb_error)?,
                &Version::of(&plan, reason, at)?,
            )
            .await?;
        }
        tx.done().await.map_err(idb_error)?;
        Ok(())
    }

    async fn history(&self, id: &PlanId) -> Result<Vec<Version>, StoreError> {
        let tx = self
            .db
            .transaction(&[HISTORY], TransactionMode::ReadOnly)
            .map_err(idb_error)?;
        let index = tx
            .store(HISTORY)
            .map_err(idb_error)?
            .index(BY_PLAN)
            .map_err(idb_error)?;
        let range = KeyRange::only(&JsValue::from_str(id.as_str())).map_err(failed)?;
        let records = index.get_all(Some(range), None).await.map_err(idb_error)?;
        let mut versions: Vec<Version> = records.iter().filter_map(read_version).collect();
        versions.reverse();
        Ok(versions)
    }

    async fn deleted(&self) -> Result<Vec<Version>, StoreError> {
        let tx = self
            .db
            .transaction(&[PLANS, HISTORY], TransactionMode::ReadOnly)
            .map_err(idb_error)?;
        let stored: Vec<PlanId> = tx
            .store(PLANS)
            .map_err(idb_error)?
            .get_all_keys(None, None)
            .await
            .map_err(idb_error)?
            .iter()
            .filter_map(|k| k.as_string())
            .map(PlanId::new)
            .collect();
        // Only deletions are wanted, but the index is by plan: read them all once.
        let records = tx
            .store(HISTORY)
            .map_err(idb_error)?
            .get_all(None, None)
            .await
            .map_err(idb_error)?;
        let all = records.iter().filter_map(read_version);
        Ok(super::rules::deleted_plans(all, &stored))
    }
}
