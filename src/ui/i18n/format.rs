//! Texts with arguments: labels of `when`, targets, statuses, and messages that
//! name a thing. Pure, host-tested.

use super::Lang;
use crate::almanac::{lunar, Festival};
use crate::model::numbering::chinese_numeral;
use crate::model::{Comparator, EditError, Period, Repeat, Span, Status, Target, When, Xun};
use chrono::{Datelike, NaiveDate};

const EN_MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

fn en_month(m: u32) -> &'static str {
    EN_MONTHS
        .get(m.wrapping_sub(1) as usize)
        .copied()
        .unwrap_or("?")
}

/// The month name alone: "7月" / "Jul".
pub fn month_label(lang: Lang, month: u32) -> String {
    match lang {
        Lang::Zh => format!("{month}月"),
        Lang::En => en_month(month).to_owned(),
    }
}

/// The name of a 旬.
pub fn xun_label(lang: Lang, xun: Xun) -> &'static str {
    let t = lang.t();
    match xun {
        Xun::Early => t.xun_early,
        Xun::Middle => t.xun_middle,
        Xun::Late => t.xun_late,
    }
}

/// "第二季度" / "Q2".
pub fn quarter_label(lang: Lang, quarter: u32) -> String {
    match lang {
        Lang::Zh => format!("第{}季度", chinese_numeral(quarter)),
        Lang::En => format!("Q{quarter}"),
    }
}

/// "上半年" / "First half".
pub fn half_label(lang: Lang, half: u32) -> &'static str {
    if half == 1 {
        lang.t().half_first
    } else {
        lang.t().half_second
    }
}

/// A day as the plan would write it ("7月15日"; with the year when it is not the
/// plan's year).
pub fn date_label(lang: Lang, d: NaiveDate, plan_year: i32) -> String {
    match (lang, d.year() == plan_year) {
        (Lang::Zh, true) => format!("{}月{}日", d.month(), d.day()),
        (Lang::Zh, false) => format!("{}年{}月{}日", d.year(), d.month(), d.day()),
        (Lang::En, true) => format!("{} {}", d.day(), en_month(d.month())),
        (Lang::En, false) => format!("{} {} {}", d.day(), en_month(d.month()), d.year()),
    }
}

/// The year prefix shown when a `when` lies outside the plan's year.
fn year_prefix(lang: Lang, year: i32, plan_year: i32) -> String {
    match (lang, year == plan_year) {
        (_, true) => String::new(),
        (Lang::Zh, false) => format!("{year}年"),
        (Lang::En, false) => format!("{year} "),
    }
}

/// How a `when` reads in the outline: "7月", "9–10月", "4月中旬", "全年",
/// "第二季度", "1月5日–20日" (and "Jul", "Sep–Oct", "Middle Apr", "Whole year" in
/// English). The year is shown only when it differs from `plan_year`.
pub fn when_label(lang: Lang, when: &When, plan_year: i32) -> String {
    let t = lang.t();
    match *when {
        When::Date { date } => date_label(lang, date, plan_year),
        When::Range { start, end } => {
            let same_month = start.year() == end.year() && start.month() == end.month();
            match (lang, same_month) {
                (Lang::Zh, true) => {
                    format!("{}–{}日", date_label(lang, start, plan_year), end.day())
                }
                _ => format!(
                    "{}–{}",
                    date_label(lang, start, plan_year),
                    date_label(lang, end, plan_year)
                ),
            }
        }
        When::Month { year, month } => {
            format!(
                "{}{}",
                year_prefix(lang, year, plan_year),
                month_label(lang, month)
            )
        }
        When::Months { year, from, to } => match lang {
            Lang::Zh => format!("{}{from}–{to}月", year_prefix(lang, year, plan_year)),
            Lang::En => format!(
                "{}{}–{}",
                year_prefix(lang, year, plan_year),
                en_month(from),
                en_month(to)
            ),
        },
        When::Xun { year, month, xun } => match lang {
            Lang::Zh => format!(
                "{}{month}月{}",
                year_prefix(lang, year, plan_year),
                xun_label(lang, xun)
            ),
            Lang::En => format!(
                "{}{} {}",
                year_prefix(lang, year, plan_year),
                xun_label(lang, xun),
                en_month(month)
            ),
        },
        When::Quarter { year, quarter } => {
            format!(
                "{}{}",
                year_prefix(lang, year, plan_year),
                quarter_label(lang, quarter)
            )
        }
        When::Half { year, half } => {
            format!(
                "{}{}",
                year_prefix(lang, year, plan_year),
                half_label(lang, half)
            )
        }
        When::Year { year } => match (lang, year == plan_year) {
            (_, true) => t.kind_year.to_owned(),
            (Lang::Zh, false) => format!("{year}年全年"),
            (Lang::En, false) => format!("Whole of {year}"),
        },
        When::Festival {
            year,
            festival,
            from,
            to,
        } => format!(
            "{}{}{}",
            year_prefix(lang, year, plan_year),
            around_label(lang, festival_name(lang, festival), from, to),
            resolved(lang, when, year)
        ),
        When::Lunar {
            year,
            month,
            day,
            leap,
        } => {
            let (m, d) = (
                u8::try_from(month).unwrap_or(0),
                u8::try_from(day).unwrap_or(0),
            );
            let date = match lang {
                Lang::Zh => format!("农历{}{}", lunar::month_name(m, leap), lunar::day_name(d)),
                Lang::En if leap => format!("Lunar leap {month}/{day}"),
                Lang::En => format!("Lunar {month}/{day}"),
            };
            format!(
                "{}{date}{}",
                year_prefix(lang, year, plan_year),
                resolved(lang, when, year)
            )
        }
        When::Unscheduled => t.kind_unscheduled.to_owned(),
    }
}

/// A festival's name in `lang`.
pub fn festival_name(lang: Lang, festival: Festival) -> &'static str {
    match lang {
        Lang::Zh => festival.name_zh(),
        Lang::En => festival.name_en(),
    }
}

/// "春节前后各三天", "元宵节", "中秋节及后两天" / "Spring Festival ±3 days".
pub fn around_label(lang: Lang, name: &str, from: i32, to: i32) -> String {
    let n = |x: i32| {
        let x = x.unsigned_abs();
        match lang {
            Lang::Zh if x <= 10 => chinese_numeral(x),
            _ => x.to_string(),
        }
    };
    match (lang, from, to) {
        (_, 0, 0) => name.to_owned(),
        (Lang::Zh, f, t) if f == -t && t > 0 => format!("{name}前后各{}天", n(t)),
        (Lang::Zh, f, 0) if f < 0 => format!("{name}及前{}天", n(f)),
        (Lang::Zh, 0, t) if t > 0 => format!("{name}及后{}天", n(t)),
        (Lang::Zh, f, t) => {
            let side = |x: i32| match x {
                0 => "当天".to_owned(),
                x if x < 0 => format!("前{}天", n(x)),
                x => format!("后{}天", n(x)),
            };
            if f == t {
                format!(
                    "{name}{}",
                    side(f).replace('前', "前第").replace('后', "后第")
                )
            } else {
                format!("{name}{}至{}", side(f), side(t))
            }
        }
        (Lang::En, f, t) if f == -t && t > 0 => format!("{name} ±{t} days"),
        (Lang::En, f, 0) if f < 0 => format!("{name} and {} days before", -f),
        (Lang::En, 0, t) if t > 0 => format!("{name} and {t} days after"),
        (Lang::En, f, t) if f == t => format!("{name} {f:+} days"),
        (Lang::En, f, t) => format!("{name} {f:+} to {t:+} days"),
    }
}

/// The days a festival or lunar time resolves to, in brackets: "（2月20日）",
/// " (20 Feb)"; empty if it does not resolve.
fn resolved(lang: Lang, when: &When, year: i32) -> String {
    let Ok(Some(span)) = when.span() else {
        return String::new();
    };
    let label = span_label(lang, span, year);
    match lang {
        Lang::Zh => format!("（{label}）"),
        Lang::En => format!(" ({label})"),
    }
}

/// Days as the plan would write them: "2月20日", "2月14日–20日" (the year shown when
/// it is not `year`).
pub fn span_label(lang: Lang, span: Span, year: i32) -> String {
    let days = if span.start == span.end {
        When::Date { date: span.start }
    } else {
        When::Range {
            start: span.start,
            end: span.end,
        }
    };
    when_label(lang, &days, year)
}

/// "每周" / "Every week", "2次" / "2 times"; empty for no repetition.
pub fn repeat_label(lang: Lang, repeat: Option<&Repeat>) -> String {
    let t = lang.t();
    match repeat {
        None => String::new(),
        Some(Repeat::Every { every }) => match every {
            Period::Week => t.repeat_week,
            Period::Month => t.repeat_month,
            Period::Quarter => t.repeat_quarter,
        }
        .to_owned(),
        Some(Repeat::Times { times }) => match lang {
            Lang::Zh => format!("共{times}次"),
            Lang::En => format!("{times} times"),
        },
    }
}

/// The name of a comparator: 不少于 / at least …
pub fn comparator_label(lang: Lang, op: Comparator) -> &'static str {
    match (lang, op) {
        (Lang::Zh, Comparator::AtLeast) => "不少于",
        (Lang::Zh, Comparator::AtMost) => "不超过",
        (Lang::Zh, Comparator::Exactly) => "完成",
        (Lang::Zh, Comparator::About) => "约",
        (Lang::En, Comparator::AtLeast) => "at least",
        (Lang::En, Comparator::AtMost) => "at most",
        (Lang::En, Comparator::Exactly) => "exactly",
        (Lang::En, Comparator::About) => "about",
    }
}

/// A number without a needless ".0".
pub fn number(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}

/// "不少于12次" / "at least 12 次".
pub fn target_label(lang: Lang, target: &Target) -> String {
    let op = comparator_label(lang, target.op);
    match lang {
        Lang::Zh => format!("{op}{}{}", number(target.quantity), target.unit),
        Lang::En => format!("{op} {} {}", number(target.quantity), target.unit)
            .trim_end()
            .to_owned(),
    }
}

/// The name of a status.
pub fn status_label(lang: Lang, status: Status) -> &'static str {
    match (lang, status) {
        (Lang::Zh, Status::Planned) => "计划中",
        (Lang::Zh, Status::InProgress) => "进行中",
        (Lang::Zh, Status::Done) => "已完成",
        (Lang::Zh, Status::Cancelled) => "已取消",
        (Lang::En, Status::Planned) => "Planned",
        (Lang::En, Status::InProgress) => "In progress",
        (Lang::En, Status::Done) => "Done",
        (Lang::En, Status::Cancelled) => "Cancelled",
    }
}

/// The toast after deleting something: 已删除“…”.
pub fn deleted_message(lang: Lang, title: &str) -> String {
    match lang {
        Lang::Zh => format!("已删除“{title}”"),
        Lang::En => format!("Deleted “{title}”"),
    }
}

/// What the calendar reads out when the keyboard picks up an activity.
pub fn carried_message(lang: Lang, title: &str, when: &str) -> String {
    match lang {
        Lang::Zh => format!("已拿起“{title}”（{when}）：方向键选日期，空格或回车放下，Esc 取消。"),
        Lang::En => format!(
            "Picked up “{title}” ({when}): arrow keys pick a day, Space or Enter puts it down, Escape cancels."
        ),
    }
}

/// The question before deleting a section with `items` activities in it.
pub fn confirm_delete_section(lang: Lang, title: &str, items: usize) -> String {
    match lang {
        Lang::Zh => format!("删除部分“{title}”及其中的 {items} 项活动？可以撤销。"),
        Lang::En => {
            format!("Delete the section “{title}” and its {items} activities? You can undo this.")
        }
    }
}

/// The question before deleting a whole plan.
pub fn confirm_delete_plan(lang: Lang, title: &str) -> String {
    match lang {
        Lang::Zh => format!("确定删除计划“{title}”吗？删除后可以在“管理计划”的“最近删除的计划”中找回。"),
        Lang::En => format!(
            "Delete the plan “{title}”? You can bring it back from “Recently deleted plans” under “Manage plans”."
        ),
    }
}

/// "28 项活动" / "28 activities".
pub fn items_count(lang: Lang, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{n} 项活动"),
        Lang::En if n == 1 => "1 activity".to_owned(),
        Lang::En => format!("{n} activities"),
    }
}

/// The default title of a new plan: "2026年工作计划" / "2026 work plan".
pub fn new_plan_title(lang: Lang, year: i32) -> String {
    format!("{year}{}", lang.t().new_plan_title)
}

/// Why an edit was refused, for the error notice. The form checks its fields first,
/// so these mostly explain races (something deleted meanwhile) and programming slips.
pub fn edit_error(lang: Lang, error: &EditError) -> String {
    let t = lang.t();
    let zh = lang == Lang::Zh;
    match error {
        EditError::EmptyTitle => t.err_title_required.to_owned(),
        EditError::BadYear(_) => t.err_year.to_owned(),
        EditError::NoSection(_) if zh => "找不到这个部分，可能已被删除。".to_owned(),
        EditError::NoSection(_) => "That section no longer exists.".to_owned(),
        EditError::NoItem(_) if zh => "找不到这项活动，可能已被删除。".to_owned(),
        EditError::NoItem(_) => "That activity no longer exists.".to_owned(),
        EditError::DuplicateId(_) if zh => "编号重复，未能添加。".to_owned(),
        EditError::DuplicateId(_) => "That id is already taken; nothing was added.".to_owned(),
        EditError::IntoItself if zh => "不能把一个部分移到它自己里面。".to_owned(),
        EditError::IntoItself => "A section cannot move inside itself.".to_owned(),
        EditError::Invalid(_) if zh => "内容不完整或有误，未能保存。".to_owned(),
        EditError::Invalid(_) => {
            "Something in it is missing or wrong; it was not saved.".to_owned()
        }
    }
}

/// Why a history version was kept, as the history list says it.
pub fn reason_label(lang: Lang, reason: crate::storage::Reason) -> &'static str {
    use crate::storage::Reason::*;
    match (lang, reason) {
        (Lang::Zh, Save) => "自动保存",
        (Lang::Zh, BeforeImport) => "导入前",
        (Lang::Zh, BeforeReplace) => "被替换前",
        (Lang::Zh, BeforeDelete) => "删除前",
        (Lang::Zh, BeforeRestore) => "恢复旧版本前",
        (Lang::En, Save) => "Saved",
        (Lang::En, BeforeImport) => "Before an import",
        (Lang::En, BeforeReplace) => "Before it was replaced",
        (Lang::En, BeforeDelete) => "Before deletion",
        (Lang::En, BeforeRestore) => "Before a restore",
    }
}

/// A size in bytes for people: "850 KB", "1.2 MB", "10 GB".
pub fn bytes_label(bytes: f64) -> String {
    const UNITS: [&str; 5] = ["B", "KB", "MB", "GB", "TB"];
    let mut value = bytes.max(0.0);
    let mut unit = 0;
    while value >= 1024.0 && unit < UNITS.len() - 1 {
        value /= 1024.0;
        unit += 1;
    }
    if unit == 0 || value >= 10.0 {
        format!("{value:.0} {}", UNITS[unit])
    } else {
        format!("{value:.1} {}", UNITS[unit])
    }
}

/// Where the data lives and how safe it is, in one sentence.
pub fn storage_summary(
    lang: Lang,
    backend: crate::storage::Backend,
    persisted: Option<bool>,
    usage: Option<(f64, f64)>,
) -> String {
    use crate::storage::Backend::*;
    let zh = lang == Lang::Zh;
    let place = match (backend, zh) {
        (IndexedDb, true) => "数据保存在这台电脑的这个浏览器里（IndexedDB）。",
        (LocalStorage, true) => "数据保存在这台电脑的这个浏览器里（备用存储 localStorage，空间较小）。",
        (Memory, true) => "这个浏览器不允许保存数据，关闭页面后修改会丢失。",
        (IndexedDb, false) => "Your data is kept in this browser on this computer (IndexedDB).",
        (LocalStorage, false) => "Your data is kept in this browser on this computer (fallback localStorage, which is small).",
        (Memory, false) => "This browser does not allow saving; changes are lost when the page closes.",
    };
    let kept = match (persisted, zh) {
        (Some(true), true) => "浏览器已同意长期保存。",
        (Some(false), true) => "浏览器没有同意长期保存：清理浏览器数据时可能被删除，请定期下载备份。",
        (Some(true), false) => "The browser agreed to keep it.",
        (Some(false), false) => "The browser did not agree to keep it: cleaning browser data may remove it, so download backups regularly.",
        (None, _) => "",
    };
    let used = match (usage, zh) {
        (Some((u, q)), true) => format!("已用 {}，可用约 {}。", bytes_label(u), bytes_label(q)),
        (Some((u, q)), false) => format!(" Using {} of about {}.", bytes_label(u), bytes_label(q)),
        (None, _) => String::new(),
    };
    let sep = if zh || kept.is_empty() { "" } else { " " };
    format!("{place}{sep}{kept}{used}")
}

/// The photos kept: "其中照片 12 张，共 3.1 MB。" / " Photos: 12, 3.1 MB."; empty
/// when there are none.
pub fn photos_summary(lang: Lang, count: usize, bytes: f64) -> String {
    match (count, lang) {
        (0, _) => String::new(),
        (n, Lang::Zh) => format!("其中照片 {n} 张，共 {}。", bytes_label(bytes)),
        (1, Lang::En) => format!(" Photos: 1, {}.", bytes_label(bytes)),
        (n, Lang::En) => format!(" Photos: {n}, {}.", bytes_label(bytes)),
    }
}
