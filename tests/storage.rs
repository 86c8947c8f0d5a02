//! The storage contract on the host, with the memory backend; and the shared rules.

mod common;

use futures::executor::block_on;
use jihua::model::PlanId;
use jihua::storage::memory::MemoryRepository;
use jihua::storage::rules::{next_revision, next_revision_over, prune, Version};
use jihua::storage::{Reason, Repository, StoreError, HISTORY_DEPTH};

#[test]
fn memory_save_load_list_delete() {
    block_on(common::repository::save_load_list_delete(
        &MemoryRepository::new(),
    ));
}

#[test]
fn memory_revision_conflict() {
    block_on(common::repository::revision_conflict(
        &MemoryRepository::new(),
    ));
}

#[test]
fn memory_history_and_restore() {
    block_on(common::repository::history_and_restore(
        &MemoryRepository::new(),
    ));
}

#[test]
fn unreadable_records_are_listed_and_never_written_over() {
    let repo = MemoryRepository::new();
    repo.put_raw("x", "{ broken");
    let listing = block_on(repo.list()).unwrap();
    assert!(listing.plans.is_empty());
    assert_eq!(listing.unreadable[0].key, "x");
    assert_eq!(listing.unreadable[0].text, "{ broken");
    let mut plan = jihua::model::sample::sample_plan(2026);
    plan.id = PlanId::new("x");
    assert_eq!(block_on(repo.save(&plan, "t")), Err(StoreError::Unreadable));
    assert_eq!(
        block_on(repo.list()).unwrap().unreadable[0].text,
        "{ broken"
    );
}

#[test]
fn revision_rules() {
    assert_eq!(next_revision(None, 0), Ok(1));
    assert_eq!(next_revision(None, 7), Ok(8));
    assert_eq!(next_revision(Some(3), 3), Ok(4));
    assert_eq!(
        next_revision(Some(4), 3),
        Err(StoreError::Conflict { stored: 4, ours: 3 })
    );
    assert_eq!(
        next_revision_over(Some("not json"), 0),
        Err(StoreError::Unreadable)
    );
}

#[test]
fn pruning_keeps_the_newest_of_each_kind() {
    let plan = jihua::model::sample::sample_plan(2026);
    let mut versions = Vec::new();
    for n in 0..40 {
        let reason = if n % 4 == 0 {
            Reason::BeforeReplace
        } else {
            Reason::Save
        };
        versions.push(Version::of(&plan, reason, &format!("{n:02}")).unwrap());
    }
    prune(&mut versions);
    let saves: Vec<&str> = versions
        .iter()
        .filter(|v| v.reason == Reason::Save)
        .map(|v| v.saved_at.as_str())
        .collect();
    assert_eq!(saves.len(), HISTORY_DEPTH);
    // The ten oldest saves went; every safety copy (ten, under the limit) stayed.
    assert_eq!(saves[0], "14");
    assert_eq!(versions.len(), HISTORY_DEPTH + 10);
    assert_eq!(versions[0].saved_at, "00");
    assert_eq!(versions.last().unwrap().saved_at, "39");
}
