//! Where photos are kept: a database of their own in IndexedDB ("jihua-photos"),
//! one record `{id, blob, taken, bytes}` per photo, apart from the plans so that a
//! plan stays small and quick to save, and a failure here (a full disk) never
//! touches a plan. The database is opened once per page and shared.

use super::StoreError;
use crate::model::PhotoId;
use js_sys::{Object, Reflect};
use rexie::{ObjectStore, Rexie, TransactionMode};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

const DB_NAME: &str = "jihua-photos";
const PHOTOS: &str = "photos";

thread_local! {
    static DB: RefCell<Option<Rc<Rexie>>> = const { RefCell::new(None) };
}

fn failed(e: impl std::fmt::Debug) -> StoreError {
    StoreError::Failed(format!("{e:?}"))
}

/// The photo database, opened on first use.
async fn db() -> Result<Rc<Rexie>, StoreError> {
    if let Some(db) = DB.with(|d| d.borrow().clone()) {
        return Ok(db);
    }
    let db = Rexie::builder(DB_NAME)
        .version(1)
        .add_object_store(ObjectStore::new(PHOTOS).key_path("id"))
        .build()
        .await
        .map_err(|e| StoreError::Unavailable(format!("{e:?}")))?;
    let db = Rc::new(db);
    DB.with(|d| *d.borrow_mut() = Some(db.clone()));
    Ok(db)
}

/// A transaction on the photo store, and the store.
fn open_store(
    db: &Rexie,
    mode: TransactionMode,
) -> Result<(rexie::Transaction, rexie::Store), StoreError> {
    let tx = db
        .transaction(&[PHOTOS], mode)
        .map_err(super::idb::idb_error)?;
    let store = tx.store(PHOTOS).map_err(super::idb::idb_error)?;
    Ok((tx, store))
}

/// A stored photo.
pub struct StoredPhoto {
    /// The image.
    pub blob: web_sys::Blob,
    /// When it was taken ("2026-07-15T19:30:00"), if the camera said.
    pub taken: Option<String>,
}

/// Keeps `blob` as photo `id`. [`StoreError::Quota`] when the disk is full.
pub async fn put(
    id: &PhotoId,
    blob: &web_sys::Blob,
    taken: Option<&str>,
) -> Result<(), StoreError> {
    let db = db().await?;
    let record = Object::new();
    let set =
        |k: &str, v: &JsValue| Reflect::set(&record, &JsValue::from_str(k), v).map_err(failed);
    set("id", &JsValue::from_str(id.as_str()))?;
    set("blob", blob)?;
    set("bytes", &JsValue::from_f64(blob.size()))?;
    set("kept_at", &JsValue::from_f64(js_sys::Date::now()))?;
    if let Some(t) = taken {
        set("taken", &JsValue::from_str(t))?;
    }
    let (tx, store) = open_store(&db, TransactionMode::ReadWrite)?;
    store
        .put(&record, None)
        .await
        .map_err(super::idb::idb_error)?;
    tx.done().await.map_err(super::idb::idb_error)?;
    Ok(())
}

/// Photo `id`, if it is kept here.
pub async fn get(id: &PhotoId) -> Result<Option<StoredPhoto>, StoreError> {
    let db = db().await?;
    let (_tx, store) = open_store(&db, TransactionMode::ReadOnly)?;
    let Some(record) = store
        .get(JsValue::from_str(id.as_str()))
        .await
        .map_err(super::idb::idb_error)?
    else {
        return Ok(None);
    };
    let field = |k: &str| Reflect::get(&record, &JsValue::from_str(k)).ok();
    let blob = field("blob").and_then(|b| b.dyn_into::<web_sys::Blob>().ok());
    Ok(blob.map(|blob| StoredPhoto {
        blob,
        taken: field("taken").and_then(|t| t.as_string()),
    }))
}

/// Deletes the photos `ids` (those not kept are passed over).
pub async fn delete(ids: &[PhotoId]) -> Result<(), StoreError> {
    if ids.is_empty() {
        return Ok(());
    }
    let db = db().await?;
    let (tx, store) = open_store(&db, TransactionMode::ReadWrite)?;
    for id in ids {
        store
            .delete(JsValue::from_str(id.as_str()))
            .await
            .map_err(super::idb::idb_error)?;
    }
    tx.done().await.map_err(super::idb::idb_error)?;
    Ok(())
}

/// How many photos are kept, and their bytes.
pub async fn usage() -> Result<(usize, f64), StoreError> {
    let db = db().await?;
    let (_tx, store) = open_store(&db, TransactionMode::ReadOnly)?;
    let records = store
        .get_all(None, None)
        .await
        .map_err(super::idb::idb_error)?;
    let bytes = records
        .iter()
        .filter_map(|r| Reflect::get(r, &JsValue::from_str("bytes")).ok()?.as_f64())
        .sum();
    Ok((records.len(), bytes))
}

/// The ids of the photos kept before `before` (milliseconds since 1970).
pub async fn ids_kept_before(before: f64) -> Result<Vec<PhotoId>, StoreError> {
    let db = db().await?;
    let (_tx, store) = open_store(&db, TransactionMode::ReadOnly)?;
    let records = store
        .get_all(None, None)
        .await
        .map_err(super::idb::idb_error)?;
    let field = |r: &JsValue, k: &str| Reflect::get(r, &JsValue::from_str(k)).ok();
    Ok(records
        .iter()
        .filter(|r| field(r, "kept_at").and_then(|t| t.as_f64()).unwrap_or(0.0) < before)
        .filter_map(|r| field(r, "id")?.as_string())
        .map(PhotoId::new)
        .collect())
}
