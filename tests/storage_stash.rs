//! The stash put aside when the page closes (storage::stash): its formats, and how
//! each stashed state settles against what is stored.

use jihua::model::{Plan, PlanId};
use jihua::storage::stash::{Settled, Stash};

fn plan(title: &str, revision: u64) -> Plan {
    let mut p = Plan::new(PlanId::new("a"), title, 2026);
    p.revision = revision;
    p
}

#[test]
fn every_format_reads_back() {
    let stash = Stash {
        plans: vec![plan("newest", 3)],
        writing: Some(plan("writing", 3)),
    };
    assert_eq!(Stash::decode(&stash.encode().unwrap()), stash);
    // Earlier builds: a list of plans, or one plan.
    let list = serde_json::to_string(&vec![plan("x", 1), plan("y", 2)]).unwrap();
    assert_eq!(Stash::decode(&list).plans.len(), 2);
    let one = serde_json::to_string(&plan("z", 5)).unwrap();
    assert_eq!(Stash::decode(&one).plans[0].title, "z");
    assert_eq!(Stash::decode("{ broken"), Stash::default());
    assert_eq!(Stash::decode("42"), Stash::default());
}

#[test]
fn a_state_on_the_stored_revision_is_ahead() {
    let stash = Stash::default();
    let mut newest = plan("mine", 4);
    assert_eq!(
        stash.settle(&plan("stored", 4), &mut newest),
        Settled::Ahead
    );
    assert_eq!(newest.revision, 4);
}

#[test]
fn a_state_already_stored_needs_no_write() {
    let stash = Stash::default();
    let mut newest = plan("same", 4);
    assert_eq!(stash.settle(&plan("same", 5), &mut newest), Settled::Stored);
}

#[test]
fn a_write_that_landed_unheard_is_no_conflict() {
    // Revision 4 was being written ("first") when the page closed, and "second"
    // waited behind it. Storage holds "first" at revision 5.
    let stash = Stash {
        plans: vec![plan("second", 4)],
        writing: Some(plan("first", 4)),
    };
    let mut newest = stash.plans[0].clone();
    assert_eq!(stash.settle(&plan("first", 5), &mut newest), Settled::Ahead);
    assert_eq!(
        newest.revision, 5,
        "the next write builds on the landed one"
    );
}

#[test]
fn a_save_from_elsewhere_is_a_conflict() {
    let stash = Stash {
        plans: vec![plan("second", 4)],
        writing: Some(plan("first", 4)),
    };
    let mut newest = stash.plans[0].clone();
    // Another tab's state at revision 5, not the write this page made.
    assert_eq!(
        stash.settle(&plan("theirs", 5), &mut newest),
        Settled::Conflict
    );
    assert_eq!(newest.revision, 4);
    let mut newest = stash.plans[0].clone();
    assert_eq!(
        stash.settle(&plan("first", 7), &mut newest),
        Settled::Conflict
    );
}
