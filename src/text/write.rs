//! A plan as the text of a Word plan: title, preface, 一、/（一）/1、 headings,
//! numbered activities with their fields in a bracket. Reading this text back
//! gives the same plan structure (a tested property); it is also the body the
//! document exports write.

use crate::almanac::{lunar, Festival};
use crate::model::numbering::{chinese_numeral, heading_number, Numbering};
use crate::model::{Comparator, Item, Plan, SectionId, When, Xun};

/// The text of `plan`.
pub fn plan_text(plan: &Plan) -> String {
    let mut out = vec![plan.title.clone()];
    for p in plan.preface.lines().filter(|l| !l.trim().is_empty()) {
        out.push(p.to_owned());
    }
    write_sections(plan, None, 0, 1, &mut out);
    out.join("\n")
}

fn write_sections(
    plan: &Plan,
    parent: Option<&SectionId>,
    depth: usize,
    first: usize,
    out: &mut Vec<String>,
) {
    let mut sections: Vec<_> = plan
        .sections
        .iter()
        .filter(|s| s.parent.as_ref() == parent)
        .collect();
    sections.sort_by_key(|s| s.order);
    for (k, s) in sections.iter().enumerate() {
        out.push(format!("{}{}", label(depth, first + k), s.title));
        // Its own activities first, then its subsections, numbered on from them.
        let mut items: Vec<&Item> = plan.items.iter().filter(|i| i.section == s.id).collect();
        items.sort_by_key(|i| i.order);
        for (n, item) in items.iter().enumerate() {
            out.push(item_line(plan, item, depth + 1, n + 1));
            for note in item.notes.lines().filter(|l| !l.trim().is_empty()) {
                out.push(note.to_owned());
            }
        }
        write_sections(plan, Some(&s.id), depth + 1, items.len() + 1, out);
    }
}

fn label(depth: usize, n: usize) -> String {
    heading_number(depth, u32::try_from(n).unwrap_or(u32::MAX), Numbering::Plan)
}

fn item_line(plan: &Plan, item: &Item, depth: usize, n: usize) -> String {
    let mut fields = Vec::new();
    if let Some(t) = when_phrase(&item.when, plan.year, item.milestone) {
        fields.push(format!("时间：{t}"));
    }
    let names: Vec<&str> = item
        .departments
        .iter()
        .filter_map(|id| plan.department(id))
        .map(|d| d.name.as_str())
        .collect();
    if !names.is_empty() {
        fields.push(format!("责任部门：{}", names.join("、")));
    }
    if !item.lead.is_empty() {
        fields.push(format!("负责人：{}", item.lead));
    }
    let places: Vec<&str> = item
        .places
        .iter()
        .filter_map(|id| plan.place(id))
        .map(|p| p.name.as_str())
        .collect();
    if !places.is_empty() {
        fields.push(format!("地点：{}", places.join("、")));
    }
    if let Some(t) = &item.target {
        let op = match t.op {
            Comparator::AtLeast => "不少于",
            Comparator::AtMost => "不超过",
            Comparator::About => "约",
            Comparator::Exactly => "",
        };
        fields.push(format!("目标：{op}{}{}", t.quantity, t.unit));
    }
    let block = if fields.is_empty() {
        String::new()
    } else {
        format!("（{}）", fields.join("；"))
    };
    format!("{}{}。{block}", label(depth, n), item.title)
}

/// A phrase the reader reads back as `when`.
pub fn when_phrase(when: &When, plan_year: i32, milestone: bool) -> Option<String> {
    let y = |year: i32| {
        if year == plan_year {
            String::new()
        } else {
            format!("{year}年")
        }
    };
    Some(match *when {
        When::Unscheduled => return None,
        When::Date { date } => {
            use chrono::Datelike;
            let deadline = if milestone { "前" } else { "" };
            format!(
                "{}{}月{}日{deadline}",
                y(date.year()),
                date.month(),
                date.day()
            )
        }
        When::Range { start, end } => {
            use chrono::Datelike;
            let second = if end.year() != start.year() {
                format!("{}年{}月{}日", end.year(), end.month(), end.day())
            } else {
                format!("{}月{}日", end.month(), end.day())
            };
            format!(
                "{}{}月{}日至{second}",
                y(start.year()),
                start.month(),
                start.day()
            )
        }
        When::Month { year, month } => format!("{}{month}月", y(year)),
        When::Months { year, from, to } => format!("{}{from}-{to}月", y(year)),
        When::Xun { year, month, xun } => {
            let x = match xun {
                Xun::Early => "上旬",
                Xun::Middle => "中旬",
                Xun::Late => "下旬",
            };
            format!("{}{month}月{x}", y(year))
        }
        When::Quarter { year, quarter } => format!("{}第{}季度", y(year), chinese_numeral(quarter)),
        When::Half { year, half } => {
            format!("{}{}半年", y(year), if half == 1 { "上" } else { "下" })
        }
        When::Year { year } => format!("{}全年", y(year)),
        When::Festival {
            year,
            festival,
            from,
            to,
        } => format!("{}{}", y(year), festival_phrase(festival, from, to)?),
        When::Lunar {
            year,
            month,
            day,
            leap: false,
        } => {
            let m = if month == 1 {
                "正".to_owned()
            } else {
                chinese_numeral(month)
            };
            format!(
                "{}{m}月{}",
                y(year),
                lunar::day_name(u8::try_from(day).ok()?)
            )
        }
        When::Lunar { .. } => return None,
    })
}

fn festival_phrase(f: Festival, from: i32, to: i32) -> Option<String> {
    let name = if f == Festival::Xiaonian {
        "“小年”".to_owned()
    } else {
        f.name_zh().to_owned()
    };
    let holiday = super::festival_words::holiday_of(f);
    Some(match (from, to) {
        (0, 0) => name,
        (a, b) if (a, b) == holiday => format!("{name}期间"),
        (a, -1) if a < -1 => format!("{name}前{}天", -a),
        (1, b) if b > 1 => format!("{name}后{b}天"),
        (a, b) if a == -b && b > 0 => format!("{name}前后各{b}天"),
        _ => return None,
    })
}
