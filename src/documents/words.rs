//! The words a document is written in. The pure builders here take them as a value;
//! `ui::i18n::documents::words` gives them in Chinese or English, with the same
//! time, target and repeat phrases the app shows.

use crate::model::{Repeat, Target, When};

/// Everything a document says that is not the plan's own text.
#[derive(Clone, Copy)]
pub struct Words {
    /// True for Chinese, whose sentences join without spaces.
    pub zh: bool,
    /// A time as the plan writes it: "4月中旬", "全年" (the plan's year is left out).
    pub when: fn(&When, i32) -> String,
    /// A deadline: "4月30日前".
    pub deadline: fn(&When, i32) -> String,
    /// A target: "不少于12场".
    pub target: fn(&Target) -> String,
    /// A repeat: "每月", "共2次"; empty for none.
    pub repeat: fn(Option<&Repeat>) -> String,
    /// A day: "7月15日".
    pub day: fn(chrono::NaiveDate, i32) -> String,
    /// A whole date for a signature: "2025年1月10日".
    pub full_date: fn(chrono::NaiveDate) -> String,
    /// The status of an activity: 未开始, 进行中, 已完成, 已取消.
    pub status: fn(crate::model::Status) -> &'static str,
    /// A fuzzy time as an event title's prefix: "（7月内）", "（全年）".
    pub within: fn(&str) -> String,
    /// The marker of a repeat's event: "（本月内）".
    pub each_period: fn(crate::model::Period) -> &'static str,
    /// The marker of the k-th of n spread occurrences: "（第1次，共2次）".
    pub nth: fn(usize, usize) -> String,
    /// The prose sentence's pieces.
    pub prose: Prose,
    /// Column headings of the task table (任务分解表), in order.
    pub task_columns: [&'static str; 11],
    /// Column headings of the monthly schedule, in order.
    pub month_columns: [&'static str; 5],
    /// Sheet names and headings of the statistics workbook.
    pub stats: StatsWords,
    /// The task table's sheet name.
    pub task_sheet: &'static str,
    /// The row of records without a place in the statistics: "未注明地点".
    pub no_place: &'static str,
}

/// The pieces of an activity's sentence (see [`super::prose`]).
#[derive(Clone, Copy)]
pub struct Prose {
    /// Before a time: "计划于" / "Planned for ".
    pub planned: &'static str,
    /// Before places: "在" / " at ".
    pub at: &'static str,
    /// After time and place: "开展" / "".
    pub held: &'static str,
    /// After a deadline: "完成" / "".
    pub done: &'static str,
    /// Departments: "由{}负责" / "led by {}".
    pub led_by: fn(&str) -> String,
    /// The lead person: "负责人：{}" / "contact: {}".
    pub lead: fn(&str) -> String,
    /// The target: "目标{}" / "target: {}".
    pub target: fn(&str) -> String,
    /// Clause separator: "，" / ", ".
    pub comma: &'static str,
    /// Sentence end: "。" / ".".
    pub stop: &'static str,
    /// Joins names: "、" / ", ".
    pub list: &'static str,
}

/// Words of the statistics workbook.
#[derive(Clone, Copy)]
pub struct StatsWords {
    /// Sheet of activities by month.
    pub by_month: &'static str,
    /// Sheet of places.
    pub by_place: &'static str,
    /// Sheet of every entry.
    pub entries: &'static str,
    /// "序号".
    pub number: &'static str,
    /// "工作任务".
    pub activity: &'static str,
    /// "单位" (the unit of the count).
    pub unit: &'static str,
    /// "地点".
    pub place: &'static str,
    /// "合计".
    pub total: &'static str,
    /// "合计（场）" for the total of one unit.
    pub total_of: fn(&str) -> String,
    /// A month's column: "1月".
    pub month: fn(i32, u32, bool) -> String,
    /// Entry columns: 日期, 工作任务, 章节, 数量, 单位, 地点, 备注.
    pub entry_columns: [&'static str; 7],
    /// The unit of an entry whose activity has no target.
    pub default_unit: &'static str,
    /// Sheet of occasions and people by kind of activity (the statistics return).
    pub by_category: &'static str,
    /// Sheet of occasions by village and kind.
    pub by_village: &'static str,
    /// "类别".
    pub kind: &'static str,
    /// "场次".
    pub sessions: &'static str,
    /// "人次".
    pub people: &'static str,
    /// A quarter's name: "第一季度".
    pub quarter: fn(u32) -> String,
    /// "全年".
    pub year: &'static str,
    /// More entry columns, after the first seven: 人次, 类别, 负责人.
    pub entry_more: [&'static str; 3],
}
