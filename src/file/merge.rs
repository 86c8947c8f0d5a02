//! Merging two versions of one plan (an imported file and the stored plan):
//!
//! - the plan's own fields, sections, departments, places and categories come from the newer
//!   version (by the plan's `updated_at`); objects only in the older one are added;
//! - items are matched by id and the newer item wins by its own `updated_at`;
//! - progress entries are united (an entry id is never used twice);
//! - deletions are not undone: an object with a tombstone on either side is left
//!   out unless it was changed after it was deleted (a section stays while
//!   something still in it stays);
//! - ties (equal or missing times) are broken by content, so that merging is
//!   commutative, and merging a plan with itself gives it back unchanged.

use crate::model::{Item, Plan, SectionId};
use chrono::DateTime;
use std::cmp::Ordering;
use std::collections::{HashMap, HashSet};

/// An RFC 3339 time as a comparable instant; missing or unreadable times are older
/// than any real one.
pub(super) fn instant(stamp: Option<&str>) -> Option<(i64, u32)> {
    let t = DateTime::parse_from_rfc3339(stamp?).ok()?;
    Some((t.timestamp(), t.timestamp_subsec_nanos()))
}

/// Which of two versions is newer: by time, then (for a tie between different
/// contents) by their JSON text, so that the choice does not depend on the order
/// of the arguments.
fn newer<'a, T: PartialEq + serde::Serialize>(
    x: &'a T,
    x_time: Option<&str>,
    y: &'a T,
    y_time: Option<&str>,
) -> (&'a T, &'a T) {
    let by_time = instant(x_time).cmp(&instant(y_time));
    let order = match by_time {
        Ordering::Equal if x == y => Ordering::Greater,
        Ordering::Equal => {
            let text = |v: &T| serde_json::to_string(v).unwrap_or_default();
            text(x).cmp(&text(y))
        }
        other => other,
    };
    if order == Ordering::Less {
        (y, x)
    } else {
        (x, y)
    }
}

/// `newer` first, then what only `older` has, matched by `key`.
fn union<'a, T, K: Eq + std::hash::Hash>(
    newer: &'a [T],
    older: &'a [T],
    key: impl Fn(&T) -> K,
) -> Vec<&'a T> {
    let seen: HashSet<K> = newer.iter().map(&key).collect();
    newer
        .iter()
        .chain(older.iter().filter(|x| !seen.contains(&key(x))))
        .collect()
}

/// Merges two versions `a` and `b` of one plan. See the module documentation for
/// the rules. The result keeps the larger revision, so that it can be saved over
/// either.
pub fn merge(a: &Plan, b: &Plan) -> Plan {
    let (new, old) = newer(a, a.updated_at.as_deref(), b, b.updated_at.as_deref());
    let mut plan = new.clone();
    plan.revision = a.revision.max(b.revision);
    plan.created_at = [&a.created_at, &b.created_at]
        .into_iter()
        .flatten()
        .min_by_key(|s| (instant(Some(s)), s.as_str()))
        .cloned();

    // Tombstones: one per id, the latest.
    let mut deleted: Vec<crate::model::plan::Tombstone> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for t in new.deleted.iter().chain(&old.deleted) {
        match at.get(&t.id) {
            Some(&i) => {
                let (latest, _) = newer(&deleted[i].at, Some(&deleted[i].at), &t.at, Some(&t.at));
                deleted[i].at = latest.clone();
            }
            None => {
                at.insert(t.id.clone(), deleted.len());
                deleted.push(t.clone());
            }
        }
    }
    let gone = |id: &str, updated: Option<&str>| {
        at.get(id)
            .is_some_and(|&i| instant(updated) <= instant(Some(&deleted[i].at)))
    };

    // Items: the newer of each pair, entries united, deletions kept.
    let old_items: HashMap<&str, &Item> = old.items.iter().map(|i| (i.id.as_str(), i)).collect();
    let new_ids: HashSet<&str> = new.items.iter().map(|i| i.id.as_str()).collect();
    let mut pairs: Vec<(Item, Option<&Item>)> = Vec::new();
    for item in new.items.iter().chain(
        old.items
            .iter()
            .filter(|i| !new_ids.contains(i.id.as_str())),
    ) {
        let other = if new_ids.contains(item.id.as_str()) {
            old_items.get(item.id.as_str()).copied()
        } else {
            None
        };
        let (winner, loser) = match other {
            Some(o) => {
                let (w, l) = newer(item, item.updated_at.as_deref(), o, o.updated_at.as_deref());
                (w, Some(l))
            }
            None => (item, None),
        };
        if !gone(winner.id.as_str(), winner.updated_at.as_deref()) {
            pairs.push((winner.clone(), loser));
        }
    }
    let mut entry_ids: HashSet<String> = pairs
        .iter()
        .flat_map(|(w, _)| w.progress.iter().map(|e| e.id.0.clone()))
        .collect();
    let items: Vec<Item> = pairs
        .into_iter()
        .map(|(mut winner, loser)| {
            for e in loser.map(|l| l.progress.as_slice()).unwrap_or_default() {
                if entry_ids.insert(e.id.0.clone()) {
                    winner.progress.push(e.clone());
                }
            }
            winner
        })
        .collect();

    // Sections: deleted ones go, unless something that stays is still in them.
    let all_sections = union(&new.sections, &old.sections, |s| s.id.clone());
    let parent: HashMap<&SectionId, Option<&SectionId>> = all_sections
        .iter()
        .map(|s| (&s.id, s.parent.as_ref()))
        .collect();
    let mut keep: HashSet<&SectionId> = all_sections
        .iter()
        .filter(|s| !gone(s.id.as_str(), None))
        .map(|s| &s.id)
        .collect();
    let mut stack: Vec<&SectionId> = keep
        .iter()
        .copied()
        .chain(items.iter().map(|i| &i.section))
        .collect();
    while let Some(id) = stack.pop() {
        keep.insert(id);
        if let Some(Some(p)) = parent.get(id) {
            if !keep.contains(p) {
                stack.push(p);
            }
        }
    }
    plan.sections = all_sections
        .into_iter()
        .filter(|s| keep.contains(&s.id))
        .cloned()
        .collect();
    plan.items = items;
    plan.departments = union(&new.departments, &old.departments, |d| d.id.clone())
        .into_iter()
        .cloned()
        .collect();
    plan.places = union(&new.places, &old.places, |p| p.id.clone())
        .into_iter()
        .cloned()
        .collect();
    plan.categories = union(&new.categories, &old.categories, |c| c.id.clone())
        .into_iter()
        .cloned()
        .collect();
    plan.deleted = deleted;
    plan
}
