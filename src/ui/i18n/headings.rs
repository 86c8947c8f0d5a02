//! Headings of the calendar and the timeline: month and year titles, the timeline's
//! header cells, and the question before a loose time becomes a fixed day.

use super::format::{month_label, quarter_label};
use super::Lang;

/// "2026年7月" / "July 2026".
pub fn month_title(lang: Lang, year: i32, month: u32) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    match lang {
        Lang::Zh => format!("{year}年{month}月"),
        Lang::En => format!(
            "{} {year}",
            EN.get(month.wrapping_sub(1) as usize)
                .copied()
                .unwrap_or("?")
        ),
    }
}

/// The question before a loosely stated time becomes a fixed day.
pub fn confirm_fix_day(lang: Lang, title: &str, from: &str, to: &str) -> String {
    match lang {
        Lang::Zh => format!("把“{title}”的时间从“{from}”改为固定的“{to}”吗？"),
        Lang::En => format!("Change the time of “{title}” from “{from}” to the fixed day “{to}”?"),
    }
}

/// "2026年" / "2026".
pub fn year_title(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year}年"),
        Lang::En => year.to_string(),
    }
}

/// A header cell of the timeline. `upper` is the coarser row, which names the
/// year with the month ("2026年7月"); the finer row does not ("7月").
pub fn header_label(lang: Lang, label: crate::timeline::HeaderLabel, upper: bool) -> String {
    use crate::timeline::HeaderLabel as H;
    match (label, lang) {
        (H::Year(y), _) => year_title(lang, y),
        (H::Quarter(y, q), Lang::Zh) => format!("{y}年{}", quarter_label(lang, q)),
        (H::Quarter(y, q), Lang::En) => format!("Q{q} {y}"),
        (H::Month(y, m), _) if upper => month_title(lang, y, m),
        (H::Month(_, m), _) => month_label(lang, m),
        (H::Week(_, w), Lang::Zh) => format!("第{w}周"),
        (H::Week(_, w), Lang::En) => format!("W{w}"),
        (H::Day(d, _), _) => d.to_string(),
    }
}

/// The heading of a printed monthly schedule: "县文化馆2025年7月工作安排".
pub fn month_schedule_title(lang: Lang, organization: &str, year: i32, month: u32) -> String {
    match lang {
        Lang::Zh => format!("{}{year}年{month}月工作安排", organization.trim()),
        Lang::En => {
            let month = month_title(lang, year, month);
            if organization.trim().is_empty() {
                format!("Schedule for {month}")
            } else {
                format!("{}: schedule for {month}", organization.trim())
            }
        }
    }
}
