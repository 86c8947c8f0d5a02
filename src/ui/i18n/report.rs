//! The monthly report's draft: "X月工作总结和X+1月工作计划" — what the month's
//! records add up to, by section, and next month's activities.

use super::documents::document_words;
use super::format::{month_label, number};
use super::Lang;
use crate::documents::month::month_rows;
use crate::model::category::Kind;
use crate::model::numbering::chinese_numeral;
use crate::model::{Period, Plan, Repeat};
use crate::progress::is_count_unit;
use crate::progress::report::{done_in, ActivityDone};
use crate::progress::returns::ReturnPeriod;

/// A category's name: "文艺活动" / "Performances and events"; a plan's own has
/// the one name it was given.
pub fn category_name(lang: Lang, category: Kind<'_>) -> &str {
    category.name(lang == Lang::Zh)
}

/// People reached: "120人次" / "120 people".
pub fn people_label(lang: Lang, n: u32) -> String {
    match lang {
        Lang::Zh => format!("{n}人次"),
        Lang::En if n == 1 => "1 person".to_owned(),
        Lang::En => format!("{n} people"),
    }
}

/// A return's period: "3月" / "March", "第一季度" / "Q1", "全年" / "Whole year".
pub fn return_period_name(lang: Lang, period: ReturnPeriod) -> String {
    match (lang, period) {
        (_, ReturnPeriod::Month(m)) => month_label(lang, m),
        (Lang::Zh, ReturnPeriod::Quarter(q)) => format!("第{}季度", chinese_numeral(q)),
        (Lang::En, ReturnPeriod::Quarter(q)) => format!("Q{q}"),
        (Lang::Zh, ReturnPeriod::Year) => "全年".to_owned(),
        (Lang::En, ReturnPeriod::Year) => "Whole year".to_owned(),
    }
}

/// The title of a printed return: "某某文化站2026年第三季度文化活动统计表".
pub fn stats_title(lang: Lang, organization: &str, year: i32, period: ReturnPeriod) -> String {
    let org = organization.trim();
    let when = match (lang, period) {
        (Lang::Zh, ReturnPeriod::Year) => String::new(),
        (Lang::En, ReturnPeriod::Year) => String::new(),
        (_, p) => return_period_name(lang, p),
    };
    match lang {
        Lang::Zh => format!("{org}{year}年{when}文化活动统计表"),
        Lang::En if org.is_empty() => format!("Activities, {when} {year}").replace(",  ", ", "),
        Lang::En => format!("{org}: activities, {when} {year}").replace(",  ", ", "),
    }
}

/// The name a month's report is saved under: "3月工作总结" / "March report".
pub fn month_report_name(lang: Lang, month: u32) -> String {
    match lang {
        Lang::Zh => format!("{month}月工作总结"),
        Lang::En => format!("{} report", month_label(lang, month)),
    }
}

/// "含 12 张照片" / "With 12 photos".
pub fn photo_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("含 {n} 张照片"),
        Lang::En if n == 1 => "With 1 photo".to_owned(),
        Lang::En => format!("With {n} photos"),
    }
}

/// "再显示 20 条（还有 135 条）" / "Show 20 more (135 left)".
pub fn more_records(lang: Lang, next: usize, left: usize) -> String {
    match lang {
        Lang::Zh => format!("再显示 {next} 条（还有 {left} 条）"),
        Lang::En => format!("Show {next} more ({left} left)"),
    }
}

fn month_name(lang: Lang, year: i32, month: u32, plan_year: i32) -> String {
    match lang {
        Lang::Zh if year == plan_year => format!("{month}月"),
        Lang::Zh => format!("{year}年{month}月"),
        Lang::En if year == plan_year => month_label(lang, month),
        Lang::En => format!("{} {year}", month_label(lang, month)),
    }
}

fn activity(lang: Lang, a: &ActivityDone) -> String {
    let did = if is_count_unit(&a.unit) {
        format!("{}{}", number(a.amount), a.unit)
    } else {
        match lang {
            Lang::Zh => format!("{}次", a.records),
            Lang::En if a.records == 1 => "once".to_owned(),
            Lang::En => format!("{} times", a.records),
        }
    };
    let people = a.count.attendance;
    match (lang, people > 0.0) {
        (Lang::Zh, true) => format!("{}{did}，{}人次", a.title, number(people)),
        (Lang::Zh, false) => format!("{}{did}", a.title),
        (Lang::En, true) => format!("{} {did}, {} people", a.title, number(people)),
        (Lang::En, false) => format!("{} {did}", a.title),
    }
}

/// The draft of the report on `month` of `year` and the plan for the month after.
pub fn month_report_text(lang: Lang, plan: &Plan, year: i32, month: u32) -> String {
    let Some(span) = crate::documents::month::month_span(year, month) else {
        return String::new();
    };
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let this = month_name(lang, year, month, plan.year);
    let next = month_name(lang, next_year, next_month, year);
    let org = plan.organization.trim();
    let done = done_in(plan, span);
    let mut out = Vec::new();
    out.push(match lang {
        Lang::Zh => format!("{org}{}年{month}月工作总结和{next}工作计划", year),
        Lang::En if org.is_empty() => format!(
            "{} {year}: report, and plan for {next}",
            month_label(lang, month)
        ),
        Lang::En => format!(
            "{org}, {} {year}: report, and plan for {next}",
            month_label(lang, month)
        ),
    });
    out.push(String::new());
    out.push(match lang {
        Lang::Zh => format!("一、{this}工作完成情况"),
        Lang::En => format!("1. Done in {this}"),
    });
    if done.records == 0 {
        out.push(match lang {
            Lang::Zh => "本月没有完成记录。".to_owned(),
            Lang::En => "Nothing was recorded this month.".to_owned(),
        });
    } else {
        out.push(match lang {
            Lang::Zh => format!(
                "本月共记录完成情况{}条，开展活动{}场次，服务群众{}人次。",
                done.records,
                number(done.total.sessions),
                number(done.total.attendance)
            ),
            Lang::En => format!(
                "{} records: {} occasions, {} people reached.",
                done.records,
                number(done.total.sessions),
                number(done.total.attendance)
            ),
        });
        // Numbered under the report's own heading: （一）, （二） …
        for (k, s) in done.sections.iter().enumerate() {
            let list: Vec<String> = s.activities.iter().map(|a| activity(lang, a)).collect();
            out.push(match lang {
                Lang::Zh => format!(
                    "（{}）{}：{}。",
                    chinese_numeral(k as u32 + 1),
                    s.title,
                    list.join("；")
                ),
                Lang::En => format!("({}) {}: {}.", k + 1, s.title, list.join("; ")),
            });
        }
    }
    out.push(match lang {
        Lang::Zh => format!("二、{next}工作计划"),
        Lang::En => format!("2. Planned for {next}"),
    });
    // Next month's own activities: those of a quarter or less, and those repeated
    // every week or month; what runs all year is counted, not listed.
    let (rows, ongoing): (Vec<_>, Vec<_>) =
        month_rows(plan, next_year, next_month, &document_words(lang))
            .into_iter()
            .partition(|r| {
                r.span_days <= 92
                    || matches!(
                        r.repeat,
                        Some(Repeat::Every {
                            every: Period::Week | Period::Month
                        })
                    )
            });
    if rows.is_empty() {
        out.push(match lang {
            Lang::Zh => "下月没有安排的活动。".to_owned(),
            Lang::En => "Nothing is planned for next month.".to_owned(),
        });
    }
    for (k, r) in rows.iter().enumerate() {
        let mut who = Vec::new();
        if !r.places.is_empty() {
            who.push(r.places.clone());
        }
        if !r.departments.is_empty() {
            who.push(match lang {
                Lang::Zh => format!("{}负责", r.departments),
                Lang::En => r.departments.clone(),
            });
        }
        let who = match (lang, who.is_empty()) {
            (_, true) => String::new(),
            (Lang::Zh, false) => format!("（{}）", who.join("；")),
            (Lang::En, false) => format!(" ({})", who.join("; ")),
        };
        out.push(match lang {
            Lang::Zh => format!("{}、{}，{}{who}。", k + 1, r.when, r.title),
            Lang::En => format!("{}. {}: {}{who}.", k + 1, r.when, r.title),
        });
    }
    if !ongoing.is_empty() {
        out.push(match lang {
            Lang::Zh => format!(
                "此外，继续做好全年（半年）持续开展的{}项工作。",
                ongoing.len()
            ),
            Lang::En => format!(
                "Besides, {} activities that run through the year or half-year go on.",
                ongoing.len()
            ),
        });
    }
    out.join("\n") + "\n"
}
