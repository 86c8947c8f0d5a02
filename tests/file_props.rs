//! Property tests of the file format and of merging, over generated valid plans.

// Host only: the test tools (proptest, jsonschema) and the fixture files are not
// built for the browser.
#![cfg(not(target_arch = "wasm32"))]

mod strategies;

use jihua::file::{backup_json, merge, plan_json, read_str};
use jihua::model::plan::Tombstone;
use jihua::model::validate::validate;
use jihua::model::Plan;
use proptest::prelude::*;
use strategies::{plan, stamp};

const AT: &str = "2026-11-26T08:00:00Z";

/// A second version of `plan` as someone else would make it: some items deleted
/// (with tombstones), some edited later, some progress recorded, one added.
fn edited() -> impl Strategy<Value = (Plan, Plan)> {
    (
        plan(),
        prop::collection::vec((0..4u8, any::<prop::sample::Index>(), stamp()), 0..6),
    )
        .prop_map(|(a, ops)| {
            let mut b = a.clone();
            for (n, (op, at, time)) in ops.into_iter().enumerate() {
                if b.items.is_empty() {
                    break;
                }
                let i = at.index(b.items.len());
                match op {
                    0 => {
                        let gone = b.items.remove(i);
                        b.deleted.push(Tombstone {
                            id: gone.id.0,
                            at: time,
                        });
                    }
                    1 => {
                        b.items[i].title.push_str("（改）");
                        b.items[i].updated_at = Some(time);
                    }
                    2 => {
                        let mut entry = jihua::model::ProgressEntry {
                            note: "补记".into(),
                            ..jihua::model::ProgressEntry::new(
                                jihua::model::EntryId::new(format!("b-{n}")),
                                chrono::NaiveDate::from_ymd_opt(2026, 5, 1).unwrap(),
                                2.0,
                            )
                        };
                        entry.note.push_str(&time);
                        b.items[i].progress.push(entry);
                        b.items[i].updated_at = Some(time);
                    }
                    _ => {
                        b.title.push('!');
                        b.updated_at = Some(time);
                    }
                }
            }
            (a, b)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn generated_plans_are_valid(p in plan()) {
        prop_assert!(validate(&p).is_empty(), "{:?}", validate(&p));
    }

    #[test]
    fn export_then_import_gives_the_same_plan(p in plan()) {
        let file = read_str(&plan_json(&p, AT)).map_err(|e| TestCaseError::fail(format!("{:?}", e.errors)))?;
        prop_assert_eq!(&file.plans[0], &p);
        let backup = read_str(&backup_json(std::slice::from_ref(&p), AT)).unwrap();
        prop_assert_eq!(&backup.plans[0], &p);
    }

    #[test]
    fn merging_a_plan_with_itself_changes_nothing(p in plan()) {
        prop_assert_eq!(merge(&p, &p), p);
    }

    #[test]
    fn merge_is_commutative_and_idempotent_on_its_result((a, b) in edited()) {
        prop_assert!(validate(&b).is_empty(), "the edited version is valid: {:?}", validate(&b));
        let m = merge(&a, &b);
        prop_assert_eq!(&m, &merge(&b, &a));
        prop_assert!(validate(&m).is_empty(), "{:?}", validate(&m));
        prop_assert_eq!(&merge(&m, &m), &m);
        // Deleted on one side and not changed since: stays deleted.
        for t in &b.deleted {
            if let Some(item) = a.items.iter().find(|i| i.id.as_str() == t.id) {
                let untouched = item.updated_at.as_deref().is_none_or(|u| {
                    chrono::DateTime::parse_from_rfc3339(u).unwrap() <= chrono::DateTime::parse_from_rfc3339(&t.at).unwrap()
                });
                if untouched {
                    prop_assert!(m.items.iter().all(|i| i.id.as_str() != t.id), "{} came back", t.id);
                }
            }
        }
        // Every progress entry of either side is in the merge (unless its item is gone).
        for e in a.items.iter().chain(&b.items).filter(|i| m.item(&i.id).is_some()).flat_map(|i| &i.progress) {
            prop_assert!(m.items.iter().flat_map(|i| &i.progress).any(|f| f.id == e.id));
        }
    }

    #[test]
    fn merge_of_unrelated_versions_is_commutative_and_valid(a in plan(), b in plan()) {
        let mut b = b;
        b.id = a.id.clone();
        prop_assert!(validate(&b).is_empty(), "the edited version is valid: {:?}", validate(&b));
        let m = merge(&a, &b);
        prop_assert_eq!(&m, &merge(&b, &a));
        prop_assert!(validate(&m).is_empty(), "{:?}", validate(&m));
    }
}
