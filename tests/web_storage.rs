//! The storage contract in headless Chromium, for IndexedDB, localStorage and the
//! memory backend (which the host tests run too).
#![cfg(target_arch = "wasm32")]

mod common;

use common::repository as contract;
use jihua::storage::idb::IdbRepository;
use jihua::storage::local::{plan_key, LocalRepository};
use jihua::storage::memory::MemoryRepository;
use jihua::storage::{Repository, StoreError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn idb(name: &str) -> IdbRepository {
    IdbRepository::open_named(name)
        .await
        .expect("IndexedDB opens in Chromium")
}

fn local() -> LocalRepository {
    web_sys::window()
        .unwrap()
        .local_storage()
        .unwrap()
        .unwrap()
        .clear()
        .unwrap();
    LocalRepository::open().expect("localStorage opens in Chromium")
}

#[wasm_bindgen_test]
async fn idb_save_load_list_delete() {
    contract::save_load_list_delete(&idb("t-basic").await).await;
}

#[wasm_bindgen_test]
async fn idb_revision_conflict() {
    contract::revision_conflict(&idb("t-conflict").await).await;
}

#[wasm_bindgen_test]
async fn idb_history_and_restore() {
    contract::history_and_restore(&idb("t-history").await).await;
}

#[wasm_bindgen_test]
async fn idb_conflict_between_two_connections() {
    // Two tabs are two connections to one database.
    let one = idb("t-two").await;
    let two = idb("t-two").await;
    let mut plan = jihua::model::sample::sample_plan(2026);
    plan.revision = one.save(&plan, "t1").await.unwrap();
    let mut other = plan.clone();
    other.revision = two.save(&other, "t2").await.unwrap();
    plan.title = "晚了一步".into();
    assert_eq!(
        one.save(&plan, "t3").await,
        Err(StoreError::Conflict { stored: 2, ours: 1 })
    );
    other.title = "先保存".into();
    assert_eq!(two.save(&other, "t4").await, Ok(3));
    assert_eq!(one.load(&plan.id).await.unwrap().unwrap().title, "先保存");
}

#[wasm_bindgen_test]
async fn local_save_load_list_delete() {
    contract::save_load_list_delete(&local()).await;
}

#[wasm_bindgen_test]
async fn local_revision_conflict() {
    contract::revision_conflict(&local()).await;
}

#[wasm_bindgen_test]
async fn local_history_and_restore() {
    contract::history_and_restore(&local()).await;
}

#[wasm_bindgen_test]
async fn local_keeps_unreadable_records() {
    let repo = local();
    let raw = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    raw.set_item(&plan_key("bad"), "{\"format\": 2").unwrap();
    let listing = repo.list().await.unwrap();
    assert_eq!(listing.unreadable.len(), 1);
    assert_eq!(listing.unreadable[0].key, "bad");
    assert_eq!(
        raw.get_item(&plan_key("bad")).unwrap().as_deref(),
        Some("{\"format\": 2")
    );
}

#[wasm_bindgen_test]
async fn memory_contract_in_the_browser() {
    contract::save_load_list_delete(&MemoryRepository::new()).await;
    contract::revision_conflict(&MemoryRepository::new()).await;
    contract::history_and_restore(&MemoryRepository::new()).await;
}
