//! What the statistics return (统计报表) asks for: over a month, a quarter or a year,
//! the 场次 and 人次 of each category (展览, 文艺活动, 训练班, 公益讲座), and the
//! same by village. Each record counts in its own category, else its activity's.

use super::standing::is_count_unit;
use crate::model::category::{all, find, guess, Kind};
use crate::model::{Item, PlaceId, Plan, ProgressEntry, Span};
use std::collections::BTreeMap;

/// Occasions and people of one category.
#[derive(Clone, Copy, Debug, PartialEq, Default)]
pub struct Count {
    /// 场次: occasions held.
    pub sessions: f64,
    /// 人次: people reached.
    pub attendance: f64,
}

impl Count {
    fn add(&mut self, other: Count) {
        self.sessions += other.sessions;
        self.attendance += other.attendance;
    }
}

/// The category a record of `item` counts in: its own, else its activity's.
pub fn category_of<'a>(plan: &'a Plan, item: &Item, entry: &ProgressEntry) -> Kind<'a> {
    entry
        .category
        .as_deref()
        .and_then(|key| find(plan, key))
        .unwrap_or_else(|| guess(plan, &item.title))
}

/// What one record adds: its amount as occasions when the activity counts
/// occasions (场, 次 …), else one occasion; its people, or its amount when the
/// activity counts people (人次) and the record gives no attendance.
pub fn count_of(item: &Item, entry: &ProgressEntry) -> Count {
    let unit = item.target.as_ref().map_or("", |t| t.unit.trim());
    let people_unit = unit.contains('人');
    let sessions = if is_count_unit(unit) {
        entry.amount
    } else {
        1.0
    };
    let attendance = match entry.attendance {
        Some(n) => f64::from(n),
        None if people_unit => entry.amount,
        None => 0.0,
    };
    Count {
        sessions,
        attendance,
    }
}

/// The return for `span`: by category, in the order of the plan's categories
/// ([`all`]: the built-in ones, then the plan's own), and by place (records
/// without one under `None`), each place's counts by category in the same order.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Return {
    /// Each category's key and counts.
    pub by_category: Vec<(String, Count)>,
    /// Each place with records (in the plan's order of places, then `None`), and
    /// its counts by category in the order of `by_category`.
    pub by_place: Vec<(Option<PlaceId>, Vec<Count>)>,
    /// All records together.
    pub total: Count,
}

/// The return of `plan`'s records dated within `span`.
pub fn statistics(plan: &Plan, span: Span) -> Return {
    let kinds: Vec<Kind> = all(plan).collect();
    let mut by_category = vec![Count::default(); kinds.len()];
    let mut by_place: BTreeMap<usize, (Option<PlaceId>, Vec<Count>)> = BTreeMap::new();
    let mut total = Count::default();
    for item in &plan.items {
        for entry in item.progress.iter().filter(|e| span.contains(e.date)) {
            let category = category_of(plan, item, entry);
            let k = kinds
                .iter()
                .position(|c| c.key() == category.key())
                .unwrap_or(1);
            let count = count_of(item, entry);
            by_category[k].add(count);
            total.add(count);
            let order = entry
                .place
                .as_ref()
                .and_then(|p| plan.places.iter().position(|x| &x.id == p))
                .unwrap_or(usize::MAX);
            let row = by_place.entry(order).or_insert_with(|| {
                (
                    entry.place.clone().filter(|_| order != usize::MAX),
                    vec![Count::default(); kinds.len()],
                )
            });
            row.1[k].add(count);
        }
    }
    Return {
        by_category: kinds
            .iter()
            .map(|k| k.key().to_owned())
            .zip(by_category)
            .collect(),
        by_place: by_place.into_values().collect(),
        total,
    }
}

/// The period a return covers: a month, a quarter or the whole year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReturnPeriod {
    /// Month 1–12.
    Month(u32),
    /// Quarter 1–4.
    Quarter(u32),
    /// The whole year.
    Year,
}

impl ReturnPeriod {
    /// The days of this period in `year`; `None` for a month or quarter out of
    /// range or a year chrono cannot hold.
    pub fn span(self, year: i32) -> Option<Span> {
        let (first, months) = match self {
            ReturnPeriod::Month(m) if (1..=12).contains(&m) => (m, 1),
            ReturnPeriod::Quarter(q) if (1..=4).contains(&q) => (q * 3 - 2, 3),
            ReturnPeriod::Year => (1, 12),
            _ => return None,
        };
        let start = chrono::NaiveDate::from_ymd_opt(year, first, 1)?;
        let end = start
            .checked_add_months(chrono::Months::new(months))?
            .pred_opt()?;
        Span::new(start, end)
    }

    /// The period of this kind holding `day` when it is in `year`, else the first
    /// one: the month or quarter a return is most likely wanted for.
    pub fn around(self, year: i32, day: chrono::NaiveDate) -> ReturnPeriod {
        use chrono::Datelike;
        let month = if day.year() == year { day.month() } else { 1 };
        match self {
            ReturnPeriod::Month(_) => ReturnPeriod::Month(month),
            ReturnPeriod::Quarter(_) => ReturnPeriod::Quarter((month - 1) / 3 + 1),
            ReturnPeriod::Year => ReturnPeriod::Year,
        }
    }
}

/// The records of `plan` (of activity `only`, or of all), newest first: the
/// activity and the entry. Ties keep the plan's order.
pub fn records_newest_first<'a>(
    plan: &'a Plan,
    only: Option<&crate::model::ItemId>,
) -> Vec<(&'a Item, &'a ProgressEntry)> {
    let mut out: Vec<(&Item, &ProgressEntry)> = plan
        .items
        .iter()
        .filter(|i| only.is_none_or(|id| &i.id == id))
        .flat_map(|i| i.progress.iter().map(move |e| (i, e)))
        .collect();
    out.sort_by_key(|r| std::cmp::Reverse(r.1.date));
    out
}
