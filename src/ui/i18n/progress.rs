//! The wording of progress: tallies ("63/100 场"), the notice after recording, and
//! the year-end summary draft, plain text in the usual report style made from the
//! figures of `crate::progress` ("送戏下乡一百场86场，完成目标的86%；……"). Pure,
//! host-tested; the user copies or downloads the summary and edits it into the
//! report.

use super::format::{date_label, month_label, number, target_label};
use super::Lang;
use crate::model::outline::{outline, RowKind};
use crate::model::Plan;
use crate::progress::{standing, PaceVerdict, Standing, Verdict};
use chrono::NaiveDate;

/// The tally against the target: "63/100 场" (the same in both languages).
pub fn tally_label(tally: f64, quantity: f64, unit: &str) -> String {
    let unit = unit.trim();
    if unit.is_empty() {
        format!("{}/{}", number(tally), number(quantity))
    } else {
        format!("{}/{} {unit}", number(tally), number(quantity))
    }
}

/// The notice after recording `amount` of an activity ("+1 today" or the record
/// dialog): "已记录：送戏下乡一百场 +1（3/100 场）". `tally` is empty for an
/// activity without a target.
pub fn recorded_message(lang: Lang, title: &str, amount: f64, tally: &str) -> String {
    let amount = number(amount);
    match (lang, tally.is_empty()) {
        (Lang::Zh, false) => format!("已记录：{title} +{amount}（{tally}）"),
        (Lang::Zh, true) => format!("已记录：{title} +{amount}"),
        (Lang::En, false) => format!("Recorded: {title} +{amount} ({tally})"),
        (Lang::En, true) => format!("Recorded: {title} +{amount}"),
    }
}

/// The record dialog's heading: "记录完成情况：送戏下乡一百场" / "Record progress: …".
pub fn record_heading(lang: Lang, title: &str) -> String {
    let t = lang.t();
    match lang {
        Lang::Zh => format!("{}：{title}", t.record_title),
        Lang::En => format!("{}: {title}", t.record_title),
    }
}

/// What a month chart shows, in words, for screen readers and as its caption:
/// "每月完成量（场）：3月 3，4月 1" — only the months with something recorded.
/// `unit` is "" for activities without a target.
pub fn month_chart_label(lang: Lang, unit: &str, months: &[f64; 12]) -> String {
    let t = lang.t();
    let unit = if unit.is_empty() { t.pv_no_unit } else { unit };
    let done: Vec<String> = months
        .iter()
        .enumerate()
        .filter(|(_, v)| **v != 0.0)
        .map(|(i, v)| format!("{} {}", month_label(lang, i as u32 + 1), number(*v)))
        .collect();
    let list = if done.is_empty() {
        t.pv_months_empty.to_owned()
    } else {
        done.join(match lang {
            Lang::Zh => "，",
            Lang::En => ", ",
        })
    };
    match lang {
        Lang::Zh => format!("{}（{unit}）：{list}", t.pv_months),
        Lang::En => format!("{} ({unit}): {list}", t.pv_months),
    }
}

/// One activity's clause: "组织广场文化活动14次，完成目标的117%".
fn clause(lang: Lang, title: &str, unit: &str, s: &Standing, target: &str) -> String {
    let done = number(s.tally);
    let percent = s.ratio.map(|r| (r * 100.0).round());
    if s.tally == 0.0 && s.quantity > 0.0 && s.op != crate::model::Comparator::AtMost {
        return match lang {
            Lang::Zh => format!("{title}尚未开展（目标{target}）"),
            Lang::En => format!("{title}: not yet done (target {target})"),
        };
    }
    match (lang, s.op, percent) {
        (Lang::Zh, crate::model::Comparator::AtMost, _) => {
            format!("{title}{done}{unit}（{target}）")
        }
        (Lang::Zh, _, Some(p)) => format!("{title}{done}{unit}，完成目标的{}%", number(p)),
        (Lang::Zh, _, None) => format!("{title}{done}{unit}"),
        (Lang::En, crate::model::Comparator::AtMost, _) => {
            format!("{title}: {done} {unit} ({target})")
        }
        (Lang::En, _, Some(p)) => format!("{title}: {done} {unit}, {}% of the target", number(p)),
        (Lang::En, _, None) => format!("{title}: {done} {unit}"),
    }
}

/// The summary of `plan` at `today`: a title line, then one paragraph per section
/// with targets (its activities' clauses joined by "；"), then the totals. Sections
/// and activities keep the outline's order; activities without a target are left
/// out. A plan without targets gets a one-line note instead.
pub fn year_end_summary(lang: Lang, plan: &Plan, today: NaiveDate) -> String {
    let mut paragraphs = Vec::new();
    let (mut targets, mut met, mut behind) = (0usize, 0usize, 0usize);
    let rows = outline(plan);
    for row in &rows {
        let RowKind::Section(id) = &row.kind else {
            continue;
        };
        let clauses: Vec<String> = plan
            .items_of(id)
            .into_iter()
            .filter_map(|item| {
                let target = item.target.as_ref()?;
                let s = standing(item, today)?;
                targets += 1;
                met += usize::from(s.verdict == Verdict::Met);
                behind += usize::from(
                    s.pace
                        .is_some_and(|p| matches!(p.verdict, PaceVerdict::Behind)),
                );
                Some(clause(
                    lang,
                    &item.title,
                    &target.unit,
                    &s,
                    &target_label(lang, target),
                ))
            })
            .collect();
        if clauses.is_empty() {
            continue;
        }
        // Numbered as in the plan ("四、", "（一）"), so the draft points back to it.
        let title = plan.section(id).map(|s| s.title.as_str()).unwrap_or("");
        let number = &row.number;
        paragraphs.push(match lang {
            Lang::Zh => format!("{number}{title}：{}。", clauses.join("；")),
            Lang::En => format!("{number}{title}: {}.", clauses.join("; ")),
        });
    }
    let as_of = date_label(lang, today, plan.year);
    let head = match lang {
        Lang::Zh => format!("{}完成情况（截至{as_of}）", plan.title),
        Lang::En => format!("{}: where the targets stand (as of {as_of})", plan.title),
    };
    if targets == 0 {
        let none = match lang {
            Lang::Zh => "这个计划还没有量化目标。",
            Lang::En => "This plan has no targets yet.",
        };
        return format!("{head}\n\n{none}\n");
    }
    let total = match (lang, behind) {
        (Lang::Zh, 0) => format!("全年共{targets}项量化目标，已完成{met}项。"),
        (Lang::Zh, b) => {
            format!("全年共{targets}项量化目标，已完成{met}项，{b}项进度落后。")
        }
        (Lang::En, 0) => format!("{targets} targets in all, {met} met."),
        (Lang::En, b) => format!("{targets} targets in all, {met} met, {b} behind pace."),
    };
    format!("{head}\n\n{}\n\n{total}\n", paragraphs.join("\n"))
}
