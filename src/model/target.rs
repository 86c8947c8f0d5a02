//! Targets ("不少于12次") and the progress entries recorded against them.

use super::ids::{EntryId, PhotoId, PlaceId};
use super::plan::Extra;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How the done amount is compared with the target quantity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Comparator {
    /// 不少于 / 以上.
    #[default]
    AtLeast,
    /// 不超过.
    AtMost,
    /// 完成 exactly.
    Exactly,
    /// 约 / 左右.
    About,
}

impl Comparator {
    /// All comparators, in the order the form offers them.
    pub const ALL: [Comparator; 4] = [
        Comparator::AtLeast,
        Comparator::AtMost,
        Comparator::Exactly,
        Comparator::About,
    ];
}

/// A quantitative target: comparator, quantity and unit (次, 场, 人次 …).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Target {
    /// The comparator.
    pub op: Comparator,
    /// The quantity, a finite number from 0 to [`MAX_QUANTITY`].
    pub quantity: f64,
    /// The unit, free text such as 场 or 人次.
    #[serde(default)]
    pub unit: String,
}

/// A target for each period of an activity's time ("每季度不少于1次"), beside or
/// instead of its target for the whole time ("全年不少于6次").
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PeriodTarget {
    /// The period: every week, month or quarter.
    pub every: super::repeat::Period,
    /// The comparator.
    pub op: Comparator,
    /// The quantity for each period, a finite number from 0 to [`MAX_QUANTITY`].
    pub quantity: f64,
    /// The unit (次, 场 …).
    #[serde(default)]
    pub unit: String,
}

/// Largest quantity or amount accepted.
pub const MAX_QUANTITY: f64 = 1e9;

/// True if `x` is an acceptable quantity or amount.
pub fn valid_quantity(x: f64) -> bool {
    x.is_finite() && (0.0..=MAX_QUANTITY).contains(&x)
}

/// One record of work done towards a target.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProgressEntry {
    /// Entry id, unique within the plan.
    pub id: EntryId,
    /// When it was done.
    pub date: NaiveDate,
    /// How much was done (default 1).
    pub amount: f64,
    /// Where, if recorded.
    #[serde(default)]
    pub place: Option<PlaceId>,
    /// Free note ("于桥村，观众约300人").
    #[serde(default)]
    pub note: String,
    /// People reached (参与人数 / 服务人次), if counted.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub attendance: Option<u32>,
    /// The kind of activity the statistics return counts it as: a built-in key
    /// ([`super::category::BUILT_IN`]) or the id of one of the plan's own categories.
    /// `None`: the activity's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<String>,
    /// Who led it, when not the activity's lead person.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lead: String,
    /// Photos taken as evidence, by id (the images are kept apart from the plan).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub photos: Vec<PhotoId>,
    /// Unknown fields, kept.
    #[serde(flatten)]
    pub extra: Extra,
}

impl ProgressEntry {
    /// An entry of `amount` on `date` with nothing else recorded.
    pub fn new(id: EntryId, date: NaiveDate, amount: f64) -> Self {
        ProgressEntry {
            id,
            date,
            amount,
            place: None,
            note: String::new(),
            attendance: None,
            category: None,
            lead: String::new(),
            photos: Vec::new(),
            extra: Extra::new(),
        }
    }
}

/// Largest attendance accepted (people reached by one entry).
pub const MAX_ATTENDANCE: u32 = 10_000_000;

/// Sum of the amounts of `entries`.
pub fn tally(entries: &[ProgressEntry]) -> f64 {
    // Folded from +0: `Sum for f64` starts at -0, and "nothing done" must not read
    // as "-0%".
    entries.iter().fold(0.0, |sum, e| sum + e.amount)
}
