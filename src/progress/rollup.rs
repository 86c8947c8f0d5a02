//! Roll-ups: for each section, department or place, how many of its targets there
//! are, how many are met, how many need attention, and the mean share done.
//! Targets have different units (场, 人次, 次), so a roll-up counts targets and
//! averages shares; it never adds amounts of different units.

use super::standing::{standing, Verdict};
use crate::model::outline::{outline, RowKind};
use crate::model::GroupBy;
use crate::model::Plan;
use chrono::NaiveDate;

/// The figures of one group.
#[derive(Clone, Debug, PartialEq)]
pub struct RollUp {
    /// Section, department or place id; "" for activities without one.
    pub key: String,
    /// Activities with a target.
    pub targets: usize,
    /// Of them, met.
    pub met: usize,
    /// Of them, behind pace or over a limit.
    pub at_risk: usize,
    /// Mean share done (each target's share capped at 1); 0 without targets.
    pub share: f64,
}

/// The roll-ups of `plan` at `today`, grouped by `group`, in the plan's order
/// (sections as in the outline; departments and places as listed, then "" for
/// activities without any). Only groups with at least one target are listed. An
/// activity of two departments counts in both.
pub fn roll_up(plan: &Plan, group: GroupBy, today: NaiveDate) -> Vec<RollUp> {
    let keys: Vec<String> = match group {
        GroupBy::Section => outline(plan)
            .into_iter()
            .filter_map(|r| match r.kind {
                RowKind::Section(id) => Some(id.0),
                RowKind::Item { .. } => None,
            })
            .collect(),
        GroupBy::Department => plan.departments.iter().map(|d| d.id.0.clone()).collect(),
        GroupBy::Place => plan.places.iter().map(|p| p.id.0.clone()).collect(),
    };
    keys.into_iter()
        .chain([String::new()])
        .filter_map(|key| {
            let standings: Vec<_> = plan
                .items
                .iter()
                .filter(|i| group.contains(&key, i))
                .filter_map(|i| standing(i, today))
                .collect();
            if standings.is_empty() {
                return None;
            }
            let targets = standings.len();
            Some(RollUp {
                key,
                targets,
                met: standings
                    .iter()
                    .filter(|s| s.verdict == Verdict::Met)
                    .count(),
                at_risk: standings.iter().filter(|s| s.at_risk()).count(),
                share: standings.iter().fold(0.0, |sum, s| sum + s.share()) / targets as f64,
            })
        })
        .collect()
}
