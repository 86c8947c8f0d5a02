//! The names of groupings and of their groups, shared by the timeline (group rows)
//! and the progress view (roll-ups).

use super::{Lang, Texts};
use crate::model::GroupBy;
use crate::model::{DepartmentId, PlaceId, Plan, SectionId};

/// The button label of a grouping: "按章节" / "By section".
pub fn group_by_label(t: &'static Texts, group: GroupBy) -> &'static str {
    match group {
        GroupBy::Section => t.tl_group_section,
        GroupBy::Department => t.tl_group_department,
        GroupBy::Place => t.tl_group_place,
    }
}

/// The name of group `key` of `plan` grouped by `group`: the section's title, the
/// department's or the place's name; for "" (activities without a department or
/// place) "未指定部门" / "未指定地点". An unknown key gives "".
pub fn group_name(lang: Lang, plan: &Plan, group: GroupBy, key: &str) -> String {
    let t = lang.t();
    match group {
        GroupBy::Section => plan
            .section(&SectionId::new(key))
            .map(|s| s.title.clone())
            .unwrap_or_default(),
        GroupBy::Department if key.is_empty() => t.tl_no_department.to_owned(),
        GroupBy::Department => plan
            .department(&DepartmentId::new(key))
            .map(|d| d.name.clone())
            .unwrap_or_default(),
        GroupBy::Place if key.is_empty() => t.tl_no_place.to_owned(),
        GroupBy::Place => plan
            .place(&PlaceId::new(key))
            .map(|p| p.name.clone())
            .unwrap_or_default(),
    }
}
