//! Words for targets per period: "第三季度：0/1 次 — 落后" / "Q3: 0/1 次 — behind".

use super::format::{date_label, month_label, number};
use super::Lang;
use crate::model::numbering::chinese_numeral;
use crate::model::{Period, Span};
use crate::progress::{PaceVerdict, PeriodState, PeriodTally};
use chrono::Datelike;

/// The name of one period: "第三季度" / "Q3", "8月" / "Aug", a week by its days.
pub fn period_name(lang: Lang, every: Period, span: Span, plan_year: i32) -> String {
    let year = if span.start.year() == plan_year {
        String::new()
    } else {
        match lang {
            Lang::Zh => format!("{}年", span.start.year()),
            Lang::En => format!(" {}", span.start.year()),
        }
    };
    match (lang, every) {
        (Lang::Zh, Period::Quarter) => {
            format!(
                "{year}第{}季度",
                chinese_numeral(span.start.month0() / 3 + 1)
            )
        }
        (Lang::En, Period::Quarter) => format!("Q{}{year}", span.start.month0() / 3 + 1),
        (Lang::Zh, Period::Month) => format!("{year}{}", month_label(lang, span.start.month())),
        (Lang::En, Period::Month) => format!("{}{year}", month_label(lang, span.start.month())),
        (_, Period::Week) => {
            let (a, b) = (
                date_label(lang, span.start, plan_year),
                date_label(lang, span.end, plan_year),
            );
            match lang {
                Lang::Zh => format!("{a}–{b}"),
                Lang::En => format!("{a} – {b}"),
            }
        }
    }
}

/// Where a period stands, in a word or two.
pub fn period_state(lang: Lang, state: PeriodState) -> &'static str {
    match (lang, state) {
        (Lang::Zh, PeriodState::Upcoming) => "未开始",
        (Lang::Zh, PeriodState::Met) => "已完成",
        (Lang::Zh, PeriodState::Missed) => "未完成",
        (Lang::Zh, PeriodState::Over) => "超出",
        (Lang::Zh, PeriodState::Current(PaceVerdict::Done)) => "已完成",
        (Lang::Zh, PeriodState::Current(PaceVerdict::Behind)) => "落后",
        (Lang::Zh, PeriodState::Current(PaceVerdict::AheadOfLimit)) => "超出进度",
        (Lang::Zh, PeriodState::Current(_)) => "进行中",
        (Lang::En, PeriodState::Upcoming) => "not begun",
        (Lang::En, PeriodState::Met) => "met",
        (Lang::En, PeriodState::Missed) => "missed",
        (Lang::En, PeriodState::Over) => "over",
        (Lang::En, PeriodState::Current(PaceVerdict::Done)) => "met",
        (Lang::En, PeriodState::Current(PaceVerdict::Behind)) => "behind",
        (Lang::En, PeriodState::Current(PaceVerdict::AheadOfLimit)) => "ahead of its limit",
        (Lang::En, PeriodState::Current(_)) => "under way",
    }
}

/// "第三季度：0/1 次 — 落后" / "Q3: 0/1 次 — behind".
pub fn period_tally_label(
    lang: Lang,
    every: Period,
    tally: &PeriodTally,
    unit: &str,
    plan_year: i32,
) -> String {
    let name = period_name(lang, every, tally.span, plan_year);
    let unit = unit.trim();
    let count = if unit.is_empty() {
        format!("{}/{}", number(tally.done), number(tally.quantity))
    } else {
        format!("{}/{} {unit}", number(tally.done), number(tally.quantity))
    };
    let colon = match lang {
        Lang::Zh => "：",
        Lang::En => ": ",
    };
    format!("{name}{colon}{count} — {}", period_state(lang, tally.state))
}

/// The period of `item`'s per-period target to show at `today` (the one under way,
/// else the last one past, else the first), worded, and whether it is at risk.
pub fn shown_period_label(
    lang: Lang,
    item: &crate::model::Item,
    today: chrono::NaiveDate,
    plan_year: i32,
) -> Option<(String, bool)> {
    let target = item.per_period.as_ref()?;
    let tallies = crate::progress::period_tallies(item, today);
    let shown = crate::progress::shown_period(&tallies, today)?;
    Some((
        period_tally_label(lang, target.every, shown, &target.unit, plan_year),
        shown.at_risk(),
    ))
}

/// The choice of a per-period target: "不分期", "每周", "每月", "每季度".
pub fn per_period_label(lang: Lang, every: Option<Period>) -> &'static str {
    match (lang, every) {
        (Lang::Zh, None) => "不分期",
        (Lang::Zh, Some(Period::Week)) => "每周",
        (Lang::Zh, Some(Period::Month)) => "每月",
        (Lang::Zh, Some(Period::Quarter)) => "每季度",
        (Lang::En, None) => "none",
        (Lang::En, Some(Period::Week)) => "each week",
        (Lang::En, Some(Period::Month)) => "each month",
        (Lang::En, Some(Period::Quarter)) => "each quarter",
    }
}
