//! The plan and its parts: sections, items, departments, places.

use super::ids::{DepartmentId, ItemId, PlaceId, PlanId, SectionId};
use super::numbering::Numbering;
use super::repeat::Repeat;
use super::target::{PeriodTarget, ProgressEntry, Target};
use super::when::{Span, When};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// Fields a newer or foreign writer put in a record that this version does not know;
/// kept so that a round-trip through jihua loses nothing.
pub type Extra = Map<String, Value>;

fn is_false(b: &bool) -> bool {
    !*b
}

/// A department (责任部门) with the colour it is drawn in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Department {
    /// Id, unique within the plan.
    pub id: DepartmentId,
    /// Name, e.g. 辅导部.
    pub name: String,
    /// CSS colour `#rrggbb`.
    #[serde(default)]
    pub color: String,
    /// Unknown fields, kept.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A place: a village, a township, a venue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Place {
    /// Id, unique within the plan.
    pub id: PlaceId,
    /// Name, e.g. 灯明寺.
    pub name: String,
    /// Free kind, e.g. 乡镇 or 村.
    #[serde(default)]
    pub kind: String,
    /// Unknown fields, kept.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A kind of activity the plan counts besides the built-in ones of the statistics
/// return ([`super::category::BUILT_IN`]): 非遗展示, 阅读推广, 数字文化 ….
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OwnCategory {
    /// Id, unique within the plan and never one of the built-in keys.
    pub id: String,
    /// Name, e.g. 非遗展示.
    pub name: String,
    /// The unit it counts in (次, 场, 个); empty reads as 次.
    #[serde(default)]
    pub unit: String,
    /// Unknown fields, kept.
    #[serde(flatten)]
    pub extra: Extra,
}

/// A section of the plan. Sections form a tree through `parent`; siblings are
/// ordered by `order`. Numbering (一、/（一）/1、) is derived, never stored.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Id, unique within the plan.
    pub id: SectionId,
    /// Parent section, `None` at the top level.
    #[serde(default)]
    pub parent: Option<SectionId>,
    /// Heading text, without its number.
    pub title: String,
    /// Position among siblings.
    #[serde(default)]
    pub order: u32,
    /// Unknown fields, kept.
    #[serde(flatten)]
    pub extra: Extra,
}

/// Where an item stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Not started.
    #[default]
    Planned,
    /// Under way.
    InProgress,
    /// Finished.
    Done,
    /// Called off.
    Cancelled,
}

impl Status {
    /// All statuses, in the order the form offers them.
    pub const ALL: [Status; 4] = [
        Status::Planned,
        Status::InProgress,
        Status::Done,
        Status::Cancelled,
    ];
}

/// An activity or task of the plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Item {
    /// Id, unique within the plan.
    pub id: ItemId,
    /// The section it belongs to.
    pub section: SectionId,
    /// Position within its section.
    #[serde(default)]
    pub order: u32,
    /// Title, e.g. 敦化市农民艺术节.
    pub title: String,
    /// Free notes.
    #[serde(default)]
    pub notes: String,
    /// When it happens, as the plan says it.
    #[serde(default = "unscheduled")]
    pub when: When,
    /// Optional repetition inside the span of `when`.
    #[serde(default)]
    pub repeat: Option<Repeat>,
    /// Responsible departments.
    #[serde(default)]
    pub departments: Vec<DepartmentId>,
    /// Places it happens at.
    #[serde(default)]
    pub places: Vec<PlaceId>,
    /// Lead person.
    #[serde(default)]
    pub lead: String,
    /// Free tags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Optional quantitative target.
    #[serde(default)]
    pub target: Option<Target>,
    /// Optional target for each week, month or quarter of its time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_period: Option<PeriodTarget>,
    /// Work recorded against the target.
    #[serde(default)]
    pub progress: Vec<ProgressEntry>,
    /// Status.
    #[serde(default)]
    pub status: Status,
    /// Drawn as a milestone (a point, not a bar).
    #[serde(default)]
    pub milestone: bool,
    /// Last change (RFC 3339), used when merging.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Unknown fields, kept.
    #[serde(flatten)]
    pub extra: Extra,
}

fn unscheduled() -> When {
    When::Unscheduled
}

impl Item {
    /// A new unscheduled item with only the required fields set.
    pub fn new(id: ItemId, section: SectionId, title: impl Into<String>) -> Self {
        Item {
            id,
            section,
            order: 0,
            title: title.into(),
            notes: String::new(),
            when: When::Unscheduled,
            repeat: None,
            departments: Vec::new(),
            places: Vec::new(),
            lead: String::new(),
            tags: Vec::new(),
            target: None,
            per_period: None,
            progress: Vec::new(),
            status: Status::Planned,
            milestone: false,
            updated_at: None,
            extra: Extra::new(),
        }
    }
}

/// A record that something with `id` was deleted at `at`; merging needs it so that
/// deletions are not resurrected.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Tombstone {
    /// Id of the deleted object.
    pub id: String,
    /// When (RFC 3339).
    pub at: String,
}

/// A work plan.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    /// Id, unique among the user's plans.
    pub id: PlanId,
    /// Title, e.g. 2024年文化馆工作计划.
    pub title: String,
    /// Organisation (单位).
    #[serde(default)]
    pub organization: String,
    /// The plan's year.
    #[serde(default)]
    pub year: i32,
    /// First day of the plan period; defaults to 1 January of `year`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<NaiveDate>,
    /// Last day of the plan period; defaults to 31 December of `year`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    /// Preface (指导思想).
    #[serde(default)]
    pub preface: String,
    /// How headings are numbered at the third level; left out of files when it is
    /// the plan's own "1、".
    #[serde(default, skip_serializing_if = "Numbering::is_plan")]
    pub numbering: Numbering,
    /// Departments.
    #[serde(default)]
    pub departments: Vec<Department>,
    /// Places.
    #[serde(default)]
    pub places: Vec<Place>,
    /// Kinds of activity the plan counts besides the built-in ones; left out of
    /// files when there are none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<OwnCategory>,
    /// Sections (a tree through `parent`).
    pub sections: Vec<Section>,
    /// Items.
    pub items: Vec<Item>,
    /// True for the built-in sample plan, which the UI marks as such.
    #[serde(default, skip_serializing_if = "is_false")]
    pub sample: bool,
    /// Creation time (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<String>,
    /// Last change (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated_at: Option<String>,
    /// Storage revision, increased by every save.
    #[serde(default)]
    pub revision: u64,
    /// Tombstones of deleted sections and items.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deleted: Vec<Tombstone>,
    /// Unknown fields, kept.
    #[serde(flatten)]
    pub extra: Extra,
}

impl Plan {
    /// An empty plan for `year`.
    pub fn new(id: PlanId, title: impl Into<String>, year: i32) -> Self {
        Plan {
            id,
            title: title.into(),
            organization: String::new(),
            year,
            start: None,
            end: None,
            preface: String::new(),
            numbering: Numbering::Plan,
            departments: Vec::new(),
            places: Vec::new(),
            categories: Vec::new(),
            sections: Vec::new(),
            items: Vec::new(),
            sample: false,
            created_at: None,
            updated_at: None,
            revision: 0,
            deleted: Vec::new(),
            extra: Extra::new(),
        }
    }

    /// The plan period: `start`/`end` if set, otherwise the whole `year`.
    pub fn period(&self) -> Option<Span> {
        let start = self
            .start
            .or_else(|| NaiveDate::from_ymd_opt(self.year, 1, 1))?;
        let end = self
            .end
            .or_else(|| NaiveDate::from_ymd_opt(self.year, 12, 31))?;
        Span::new(start, end)
    }

    /// The item with `id`.
    pub fn item(&self, id: &ItemId) -> Option<&Item> {
        self.items.iter().find(|i| &i.id == id)
    }

    /// The section with `id`.
    pub fn section(&self, id: &SectionId) -> Option<&Section> {
        self.sections.iter().find(|s| &s.id == id)
    }

    /// The department with `id`.
    pub fn department(&self, id: &DepartmentId) -> Option<&Department> {
        self.departments.iter().find(|d| &d.id == id)
    }

    /// The place with `id`.
    pub fn place(&self, id: &PlaceId) -> Option<&Place> {
        self.places.iter().find(|p| &p.id == id)
    }

    /// Items of `section`, ordered.
    pub fn items_of(&self, section: &SectionId) -> Vec<&Item> {
        let mut items: Vec<&Item> = self
            .items
            .iter()
            .filter(|i| &i.section == section)
            .collect();
        items.sort_by_key(|i| i.order);
        items
    }

    /// Child sections of `parent` (`None` = top level), ordered.
    pub fn children_of(&self, parent: Option<&SectionId>) -> Vec<&Section> {
        let mut sections: Vec<&Section> = self
            .sections
            .iter()
            .filter(|s| s.parent.as_ref() == parent)
            .collect();
        sections.sort_by_key(|s| s.order);
        sections
    }
}
