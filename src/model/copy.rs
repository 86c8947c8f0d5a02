//! Plan-level operations that make a new plan from an existing one.

use super::ids::PlanId;
use super::plan::{Plan, Status};
use super::when::shift_date_years;

/// A copy of `plan` moved `years` years on ("copy to next year"): every date and
/// year shifts, the year in the title follows ("2024年…" → "2025年…"), and the work
/// record starts afresh (no progress entries, every status back to planned), since
/// nothing of the new year has been done yet. Ids of sections and items are kept:
/// they are unique within a plan, and the copy is a new plan with id `id`.
pub fn copy_to_year(plan: &Plan, id: PlanId, years: i32, now: &str) -> Plan {
    let mut copy = plan.clone();
    copy.id = id;
    copy.year = plan.year + years;
    copy.start = plan.start.map(|d| shift_date_years(d, years));
    copy.end = plan.end.map(|d| shift_date_years(d, years));
    let old_year = format!("{}年", plan.year);
    let new_year = format!("{}年", copy.year);
    copy.title = if plan.title.contains(&old_year) {
        plan.title.replace(&old_year, &new_year)
    } else {
        plan.title.clone()
    };
    copy.sample = false;
    copy.revision = 0;
    copy.deleted.clear();
    copy.created_at = Some(now.to_owned());
    copy.updated_at = Some(now.to_owned());
    for item in &mut copy.items {
        item.when = item.when.shifted_years(years);
        item.progress.clear();
        item.status = Status::Planned;
        item.updated_at = Some(now.to_owned());
    }
    copy
}

/// A copy of `plan` under a new id and title, otherwise identical.
pub fn duplicate(plan: &Plan, id: PlanId, title: String, now: &str) -> Plan {
    let mut copy = plan.clone();
    copy.id = id;
    copy.title = title;
    copy.sample = false;
    copy.revision = 0;
    copy.created_at = Some(now.to_owned());
    copy.updated_at = Some(now.to_owned());
    copy
}
