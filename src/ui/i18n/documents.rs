//! The words documents are written in ([`crate::documents::words::Words`]), in
//! Chinese and English, with the time, target and repeat phrases the app shows.

use super::format::{
    date_label, month_label, repeat_label, status_label, target_label, when_label,
};
use super::Lang;
use crate::documents::words::{Prose, StatsWords, Words};
use crate::model::numbering::chinese_numeral;
use crate::model::{Period, When};
use chrono::Datelike;

fn deadline_zh(w: &When, year: i32) -> String {
    format!("{}前", when_label(Lang::Zh, w, year))
}

fn deadline_en(w: &When, year: i32) -> String {
    format!("by {}", when_label(Lang::En, w, year))
}

/// The words of documents in `lang`.
pub fn document_words(lang: Lang) -> Words {
    match lang {
        Lang::Zh => Words {
            zh: true,
            when: |w, y| when_label(Lang::Zh, w, y),
            deadline: deadline_zh,
            target: |t| target_label(Lang::Zh, t),
            repeat: |r| repeat_label(Lang::Zh, r),
            day: |d, y| date_label(Lang::Zh, d, y),
            full_date: |d| format!("{}年{}月{}日", d.year(), d.month(), d.day()),
            status: |s| status_label(Lang::Zh, s),
            within: |p| {
                if p == "全年" {
                    "（全年）".to_owned()
                } else {
                    format!("（{p}内）")
                }
            },
            each_period: |p| match p {
                Period::Week => "（本周内）",
                Period::Month => "（本月内）",
                Period::Quarter => "（本季度内）",
            },
            nth: |k, n| format!("（第{k}次，共{n}次）"),
            prose: Prose {
                planned: "计划于",
                at: "在",
                held: "开展",
                done: "完成",
                led_by: |d| format!("由{d}负责"),
                lead: |l| format!("负责人：{l}"),
                target: |t| format!("目标{t}"),
                comma: "，",
                stop: "。",
                list: "、",
            },
            task_columns: [
                "序号",
                "章节",
                "工作任务",
                "完成时限",
                "开始",
                "结束",
                "责任部门",
                "负责人",
                "目标",
                "完成情况",
                "备注",
            ],
            month_columns: ["日期/时间", "活动内容", "地点", "责任部门", "负责人"],
            stats: StatsWords {
                by_month: "按月统计",
                by_place: "按地点统计",
                entries: "完成记录",
                number: "序号",
                activity: "工作任务",
                unit: "单位",
                place: "地点",
                total: "合计",
                total_of: |u| format!("合计（{u}）"),
                month: |y, m, show_year| {
                    if show_year {
                        format!("{y}年{m}月")
                    } else {
                        format!("{m}月")
                    }
                },
                entry_columns: ["日期", "工作任务", "章节", "数量", "单位", "地点", "备注"],
                default_unit: "次",
                by_category: "分类统计",
                by_village: "各村分类统计",
                kind: "类别",
                sessions: "场次",
                people: "人次",
                quarter: |q| format!("第{}季度", chinese_numeral(q)),
                year: "全年",
                entry_more: ["人次", "类别", "负责人"],
            },
            task_sheet: "任务分解表",
            no_place: "未注明地点",
        },
        Lang::En => Words {
            zh: false,
            when: |w, y| when_label(Lang::En, w, y),
            deadline: deadline_en,
            target: |t| target_label(Lang::En, t),
            repeat: |r| repeat_label(Lang::En, r).to_lowercase(),
            day: |d, y| date_label(Lang::En, d, y),
            full_date: |d| {
                format!(
                    "{} {} {}",
                    d.day(),
                    month_label(Lang::En, d.month()),
                    d.year()
                )
            },
            status: |s| status_label(Lang::En, s),
            within: |p| format!("(within {p}) "),
            each_period: |p| match p {
                Period::Week => "(this week) ",
                Period::Month => "(this month) ",
                Period::Quarter => "(this quarter) ",
            },
            nth: |k, n| format!("({k} of {n}) "),
            prose: Prose {
                planned: "planned for ",
                at: " at ",
                held: "",
                done: "",
                led_by: |d| format!("led by {d}"),
                lead: |l| format!("contact: {l}"),
                target: |t| format!("target: {t}"),
                comma: ", ",
                stop: ".",
                list: ", ",
            },
            task_columns: [
                "No.",
                "Section",
                "Task",
                "Time",
                "Start",
                "End",
                "Departments",
                "Lead",
                "Target",
                "Progress",
                "Notes",
            ],
            month_columns: ["Date/time", "Activity", "Place", "Departments", "Lead"],
            stats: StatsWords {
                by_month: "By month",
                by_place: "By place",
                entries: "Records",
                number: "No.",
                activity: "Task",
                unit: "Unit",
                place: "Place",
                total: "Total",
                total_of: |u| format!("Total ({u})"),
                month: |y, m, show_year| {
                    if show_year {
                        format!("{} {y}", month_label(Lang::En, m))
                    } else {
                        month_label(Lang::En, m)
                    }
                },
                entry_columns: [
                    "Date", "Task", "Section", "Amount", "Unit", "Place", "Notes",
                ],
                default_unit: "times",
                by_category: "By kind",
                by_village: "By village and kind",
                kind: "Kind",
                sessions: "Occasions",
                people: "People",
                quarter: |q| format!("Q{q}"),
                year: "Year",
                entry_more: ["People", "Kind", "Led by"],
            },
            task_sheet: "Tasks",
            no_place: "No place given",
        },
    }
}
