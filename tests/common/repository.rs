//! One contract every storage backend must keep, run against each of them: on the
//! host for the memory backend, in the browser for IndexedDB and localStorage.

use jihua::model::sample::sample_plan;
use jihua::model::{Plan, PlanId};
use jihua::storage::{Reason, Repository, StoreError, HISTORY_DEPTH};

fn plan(id: &str, title: &str) -> Plan {
    let mut p = sample_plan(2026);
    p.id = PlanId::new(id);
    p.title = title.into();
    p
}

/// Save, load, list, delete.
pub async fn save_load_list_delete(repo: &impl Repository) {
    assert!(repo.list().await.unwrap().plans.is_empty());
    let a = plan("a", "甲");
    let rev = repo.save(&a, "2026-01-01T00:00:00Z").await.unwrap();
    assert_eq!(rev, 1);
    let loaded = repo.load(&a.id).await.unwrap().unwrap();
    assert_eq!(
        loaded,
        Plan {
            revision: 1,
            ..a.clone()
        }
    );
    repo.save(&plan("b", "乙"), "2026-01-01T00:00:00Z")
        .await
        .unwrap();
    let mut titles: Vec<String> = repo
        .list()
        .await
        .unwrap()
        .plans
        .into_iter()
        .map(|p| p.title)
        .collect();
    titles.sort();
    assert_eq!(titles, ["乙", "甲"]);
    repo.delete(&a.id, "2026-01-02T00:00:00Z").await.unwrap();
    assert_eq!(repo.load(&a.id).await.unwrap(), None);
    assert_eq!(repo.list().await.unwrap().plans.len(), 1);
    // The deleted plan's last state is in its history.
    let history = repo.history(&a.id).await.unwrap();
    assert_eq!(history[0].reason, Reason::BeforeDelete);
    assert_eq!(history[0].plan().unwrap().title, "甲");
    // It is listed among the deleted plans, and can be brought back.
    let deleted = repo.deleted().await.unwrap();
    assert_eq!(deleted.len(), 1);
    assert_eq!(deleted[0].title, "甲");
    let back = deleted[0].plan().unwrap();
    repo.save(
        &Plan {
            revision: 0,
            ..back
        },
        "2026-01-03T00:00:00Z",
    )
    .await
    .unwrap();
    assert!(repo.deleted().await.unwrap().is_empty());
    assert_eq!(repo.load(&a.id).await.unwrap().unwrap().title, "甲");
}

/// A write based on an old revision is refused; the stored plan is untouched.
pub async fn revision_conflict(repo: &impl Repository) {
    let mut mine = plan("c", "计划");
    mine.revision = repo.save(&mine, "t1").await.unwrap();
    let mut theirs = mine.clone();
    theirs.title = "别人的修改".into();
    theirs.revision = repo.save(&theirs, "t2").await.unwrap();
    assert_eq!(theirs.revision, 2);
    mine.title = "我的修改".into();
    let err = repo.save(&mine, "t3").await.unwrap_err();
    assert_eq!(err, StoreError::Conflict { stored: 2, ours: 1 });
    assert_eq!(
        repo.load(&mine.id).await.unwrap().unwrap().title,
        "别人的修改"
    );
    // Based on the current revision, it goes through.
    mine.revision = 2;
    assert_eq!(repo.save(&mine, "t4").await.unwrap(), 3);
}

/// History keeps the last saves, newest first, and an old version can be restored
/// by saving it over the current one.
pub async fn history_and_restore(repo: &impl Repository) {
    let mut p = plan("h", "v0");
    for n in 0..(HISTORY_DEPTH + 5) {
        p.title = format!("v{n}");
        p.revision = repo.save(&p, &format!("t{n:02}")).await.unwrap();
    }
    repo.snapshot(&p.id, Reason::BeforeImport, "t99")
        .await
        .unwrap();
    let history = repo.history(&p.id).await.unwrap();
    let saves: Vec<&str> = history
        .iter()
        .filter(|v| v.reason == Reason::Save)
        .map(|v| v.title.as_str())
        .collect();
    assert_eq!(saves.len(), HISTORY_DEPTH);
    assert_eq!(saves[0], format!("v{}", HISTORY_DEPTH + 4));
    assert_eq!(history[0].reason, Reason::BeforeImport);
    let old = history.iter().find(|v| v.title == "v10").unwrap();
    let mut restored = old.plan().unwrap();
    restored.revision = p.revision;
    let rev = repo.save(&restored, "t100").await.unwrap();
    let now = repo.load(&p.id).await.unwrap().unwrap();
    assert_eq!(now.title, "v10");
    assert_eq!(now.revision, rev);
}
