//! The write queue (storage::queue): one pending state per plan, coalesced, in
//! order, on revisions carried forward, with failed writes kept for a retry.

use jihua::model::{Plan, PlanId};
use jihua::storage::queue::{Outcome, WriteQueue};
use jihua::storage::StoreError;

fn plan(id: &str, title: &str, revision: u64) -> Plan {
    let mut p = Plan::new(PlanId::new(id), title, 2026);
    p.revision = revision;
    p
}

/// Writes everything the queue hands out, each stored revision one more than the
/// one the write was based on; returns (id, title, based on) in write order.
fn drain(q: &mut WriteQueue) -> Vec<(String, String, u64)> {
    let mut out = Vec::new();
    while let Some(p) = q.next_write() {
        out.push((p.id.0.clone(), p.title.clone(), p.revision));
        q.finish(Ok(p.revision + 1));
    }
    out
}

#[test]
fn newer_states_of_one_plan_replace_older_ones() {
    let mut q = WriteQueue::new();
    q.push(plan("a", "one", 3));
    q.push(plan("a", "two", 3));
    q.push(plan("a", "three", 3));
    assert_eq!(drain(&mut q), [("a".into(), "three".into(), 3)]);
    assert!(!q.busy());
    assert_eq!(q.base(&PlanId::new("a")), Some(4));
}

#[test]
fn a_second_plan_never_drops_the_first_plans_newest_state() {
    // The lost redo: an edit of plan a is being written, the user redoes (a newer
    // state of a) and at once creates plan b.
    let mut q = WriteQueue::new();
    q.push(plan("a", "after delete", 1));
    let first = q.next_write().unwrap();
    q.push(plan("a", "after undo", 1));
    q.push(plan("a", "after redo", 1));
    q.push(plan("b", "new plan", 0));
    assert_eq!(q.next_write(), None, "one write at a time");
    assert_eq!(
        q.finish(Ok(first.revision + 1)),
        Outcome::Saved { revision: 2 }
    );
    assert_eq!(
        drain(&mut q),
        [
            ("a".into(), "after redo".into(), 2),
            ("b".into(), "new plan".into(), 0)
        ]
    );
}

#[test]
fn plans_are_written_in_the_order_they_were_first_queued() {
    let mut q = WriteQueue::new();
    q.push(plan("a", "a1", 0));
    q.push(plan("b", "b1", 0));
    q.push(plan("c", "c1", 0));
    q.push(plan("a", "a2", 0));
    let order: Vec<String> = drain(&mut q).into_iter().map(|w| w.1).collect();
    assert_eq!(order, ["a2", "b1", "c1"]);
}

#[test]
fn revisions_are_carried_forward_whatever_the_plan_on_screen_says() {
    let mut q = WriteQueue::new();
    q.push(plan("a", "loaded at 5", 5));
    assert_eq!(drain(&mut q)[0].2, 5);
    // The plan on screen still says 5 (the revision is not written back into it).
    q.push(plan("a", "edited", 5));
    assert_eq!(drain(&mut q)[0].2, 6);
    q.push(plan("a", "edited again", 5));
    assert_eq!(drain(&mut q)[0].2, 7);
    // Another tab saved, the user kept theirs: later writes build on that.
    q.adopt(&PlanId::new("a"), 40);
    q.push(plan("a", "after adopting", 5));
    assert_eq!(drain(&mut q)[0].2, 40);
}

#[test]
fn a_failed_write_is_kept_and_retried_with_the_next_write() {
    let mut q = WriteQueue::new();
    q.push(plan("a", "a1", 0));
    let _ = q.next_write().unwrap();
    assert_eq!(
        q.finish(Err(StoreError::Quota)),
        Outcome::Failed(StoreError::Quota)
    );
    assert!(q.has_held());
    assert!(!q.busy());
    assert_eq!(q.next_write(), None, "not retried on its own");
    assert_eq!(q.newest(&PlanId::new("a")).unwrap().title, "a1");
    let unsaved = q.unsaved();
    assert_eq!(unsaved.len(), 1);
    assert_eq!(unsaved[0].title, "a1");
    // Any next write tries again, the held one first.
    q.push(plan("b", "b1", 0));
    let order: Vec<String> = drain(&mut q).into_iter().map(|w| w.1).collect();
    assert_eq!(order, ["a1", "b1"]);
    assert!(!q.has_held());
    assert!(q.unsaved().is_empty());
}

#[test]
fn a_failed_write_does_not_hide_a_newer_state_of_the_same_plan() {
    let mut q = WriteQueue::new();
    q.push(plan("a", "old", 0));
    let _ = q.next_write().unwrap();
    q.push(plan("a", "new", 0));
    q.finish(Err(StoreError::Failed("disk".into())));
    assert!(!q.has_held(), "the newer state supersedes the failed one");
    assert_eq!(drain(&mut q), [("a".into(), "new".into(), 0)]);
}

#[test]
fn a_newer_state_supersedes_a_held_one() {
    let mut q = WriteQueue::new();
    q.push(plan("a", "old", 0));
    let _ = q.next_write().unwrap();
    q.finish(Err(StoreError::Quota));
    q.push(plan("a", "new", 0));
    assert!(!q.has_held());
    assert_eq!(drain(&mut q), [("a".into(), "new".into(), 0)]);
}

#[test]
fn a_conflict_is_held_until_the_user_decides() {
    let mut q = WriteQueue::new();
    let id = PlanId::new("a");
    q.push(plan("a", "mine", 2));
    let _ = q.next_write().unwrap();
    q.push(plan("a", "mine, newer", 2));
    assert_eq!(
        q.finish(Err(StoreError::Conflict { stored: 3, ours: 2 })),
        Outcome::Conflict
    );
    // The newer state was based on the same stale revision: it is held too.
    assert!(!q.busy());
    assert_eq!(q.newest(&id).unwrap().title, "mine, newer");
    // Other writes do not retry it.
    q.push(plan("b", "b", 0));
    assert_eq!(drain(&mut q), [("b".into(), "b".into(), 0)]);
    assert!(q.owes(&id));
    // "Keep mine": based on their revision now.
    q.adopt(&id, 3);
    q.push(plan("a", "mine, newer", 2));
    assert_eq!(drain(&mut q), [("a".into(), "mine, newer".into(), 3)]);
    assert!(!q.owes(&id));
}

#[test]
fn forgetting_a_plan_drops_what_it_owes() {
    let mut q = WriteQueue::new();
    let id = PlanId::new("a");
    q.push(plan("a", "a", 0));
    q.push(plan("b", "b", 0));
    q.forget(&id);
    assert!(!q.owes(&id));
    assert_eq!(drain(&mut q), [("b".into(), "b".into(), 0)]);
}

#[test]
fn unsaved_lists_each_plan_once_at_its_newest_state() {
    let mut q = WriteQueue::new();
    q.push(plan("a", "a1", 7));
    let _ = q.next_write().unwrap();
    q.push(plan("a", "a2", 7));
    q.push(plan("b", "b1", 0));
    let unsaved = q.unsaved();
    let seen: Vec<(&str, &str, u64)> = unsaved
        .iter()
        .map(|p| (p.id.as_str(), p.title.as_str(), p.revision))
        .collect();
    assert_eq!(seen, [("a", "a2", 7), ("b", "b1", 0)]);
}

#[test]
fn finishing_without_a_write_under_way_changes_nothing() {
    let mut q = WriteQueue::new();
    q.push(plan("a", "a", 0));
    assert!(matches!(q.finish(Ok(9)), Outcome::Failed(_)));
    assert_eq!(drain(&mut q), [("a".into(), "a".into(), 0)]);
}

#[test]
fn a_conflict_known_in_advance_is_held_without_a_write() {
    let mut q = WriteQueue::new();
    let id = PlanId::new("a");
    q.hold_conflict(plan("a", "stashed", 4));
    assert_eq!(q.next_write(), None);
    assert!(q.has_held());
    assert_eq!(q.unsaved()[0].title, "stashed");
    q.push(plan("b", "b", 0));
    assert_eq!(drain(&mut q), [("b".into(), "b".into(), 0)]);
    // "Keep theirs": forgotten, and later writes build on their revision.
    q.forget(&id);
    q.adopt(&id, 9);
    assert!(!q.has_held());
    q.push(plan("a", "theirs, edited", 4));
    assert_eq!(drain(&mut q), [("a".into(), "theirs, edited".into(), 9)]);
}

#[test]
fn the_write_under_way_is_known() {
    let mut q = WriteQueue::new();
    assert!(q.writing().is_none());
    q.push(plan("a", "a1", 3));
    let _ = q.next_write().unwrap();
    assert_eq!(
        q.writing().map(|p| (p.title.as_str(), p.revision)),
        Some(("a1", 3))
    );
    q.finish(Ok(4));
    assert!(q.writing().is_none());
}
