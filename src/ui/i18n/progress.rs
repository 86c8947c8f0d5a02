//! The year-end summary draft: plain text in the usual report style, made from the
//! figures of `crate::progress` ("送戏下乡一百场86场，完成目标的86%；……"). Pure,
//! host-tested; the user copies or downloads it and edits it into the report.

use super::format::{date_label, number, target_label};
use super::Lang;
use crate::model::outline::{outline, RowKind};
use crate::model::Plan;
use crate::progress::{standing, PaceVerdict, Standing, Verdict};
use chrono::NaiveDate;

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
