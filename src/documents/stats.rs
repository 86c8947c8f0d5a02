//! The 统计表 (statistics workbook): progress entries counted by month and by place,
//! with totals as formulas, every entry listed, and the statistics return (occasions
//! and people by kind each quarter and the year, and by village).

use super::words::Words;
use super::xlsx::{column, Cell, Row, Sheet};
use crate::model::category::{all, Kind};
use crate::model::outline::{outline, RowKind};
use crate::model::{Item, Plan, ProgressEntry};
use crate::progress::returns::{category_of, statistics, Return, ReturnPeriod};
use chrono::{Datelike, NaiveDate};
use std::collections::BTreeMap;

/// Most month columns; entries outside them are counted in the last column.
const MAX_MONTHS: usize = 36;

/// Items in outline order with the section label each sits under.
fn items(plan: &Plan) -> Vec<(&Item, String)> {
    let mut label = String::new();
    let mut out = Vec::new();
    for row in outline(plan) {
        match &row.kind {
            RowKind::Section(id) => {
                label = format!(
                    "{}{}",
                    row.number,
                    plan.section(id).map_or("", |s| s.title.trim())
                );
            }
            RowKind::Item { id, .. } => {
                if let Some(i) = plan.item(id) {
                    out.push((i, label.clone()));
                }
            }
        }
    }
    out
}

fn unit<'a>(item: &'a Item, w: &Words) -> &'a str {
    match &item.target {
        Some(t) if !t.unit.trim().is_empty() => t.unit.trim(),
        _ => w.stats.default_unit,
    }
}

fn month_index(first: (i32, u32), d: NaiveDate) -> i64 {
    i64::from(d.year() - first.0) * 12 + i64::from(d.month()) - i64::from(first.1)
}

/// The months shown: the plan's period, widened to every entry's month (at most
/// [`MAX_MONTHS`]).
fn months(plan: &Plan, entries: &[&ProgressEntry]) -> ((i32, u32), usize) {
    let period = plan.period();
    let mut lo = period.map(|p| p.start);
    let mut hi = period.map(|p| p.end);
    for e in entries {
        lo = Some(lo.map_or(e.date, |l| l.min(e.date)));
        hi = Some(hi.map_or(e.date, |h| h.max(e.date)));
    }
    let (Some(lo), Some(hi)) = (lo, hi) else {
        return ((plan.year, 1), 12);
    };
    let first = (lo.year(), lo.month());
    let n = month_index(first, hi) + 1;
    (first, usize::try_from(n).unwrap_or(1).clamp(1, MAX_MONTHS))
}

/// The statistics workbook's sheets: by month, by place, and every entry.
pub fn stats_sheets(plan: &Plan, w: &Words) -> Vec<Sheet> {
    let s = &w.stats;
    let items = items(plan);
    let all: Vec<&ProgressEntry> = items.iter().flat_map(|(i, _)| i.progress.iter()).collect();
    let (first, n) = months(plan, &all);

    // By month: one row per activity with entries, then a total per unit.
    let mut header = vec![
        s.number.to_owned(),
        s.activity.to_owned(),
        s.unit.to_owned(),
    ];
    for k in 0..n {
        let index = (first.1 as usize - 1) + k;
        let (y, m) = (first.0 + (index / 12) as i32, (index % 12) as u32 + 1);
        // The year is written where it changes, and first when it is not the plan's.
        let show_year = (k == 0 && y != plan.year) || (k > 0 && m == 1);
        header.push((s.month)(y, m, show_year));
    }
    header.push(s.total.to_owned());
    let month_cols = 3..3 + n;
    let mut rows = Vec::new();
    let mut units: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for (item, _) in &items {
        if item.progress.is_empty() {
            continue;
        }
        let mut by_month = vec![0.0; n];
        for e in &item.progress {
            let k = month_index(first, e.date).clamp(0, n as i64 - 1) as usize;
            by_month[k] += e.amount;
        }
        let u = unit(item, w).to_owned();
        let sums = units.entry(u.clone()).or_insert_with(|| vec![0.0; n]);
        for (t, v) in sums.iter_mut().zip(&by_month) {
            *t += v;
        }
        let r = rows.len() + 2;
        let mut cells = vec![
            Cell::Number((rows.len() + 1) as f64),
            Cell::text(item.title.trim()),
            Cell::text(u),
        ];
        cells.extend(by_month.iter().map(|&v| {
            if v == 0.0 {
                Cell::Empty
            } else {
                Cell::Number(v)
            }
        }));
        let sum: f64 = by_month.iter().sum();
        cells.push(Cell::Formula(
            format!(
                "SUM({}{r}:{}{r})",
                column(month_cols.start),
                column(month_cols.end - 1)
            ),
            sum,
        ));
        rows.push(Row {
            cells,
            total: false,
        });
    }
    let last = rows.len() + 1;
    for (u, sums) in &units {
        let mut cells = vec![
            Cell::Empty,
            Cell::text((s.total_of)(u)),
            Cell::text(u.clone()),
        ];
        for (k, v) in sums.iter().enumerate() {
            let c = column(3 + k);
            cells.push(Cell::Formula(
                format!(
                    "SUMIF($C$2:$C${last},$C{r},{c}$2:{c}${last})",
                    r = rows.len() + 2
                ),
                *v,
            ));
        }
        let r = rows.len() + 2;
        cells.push(Cell::Formula(
            format!(
                "SUM({}{r}:{}{r})",
                column(month_cols.start),
                column(month_cols.end - 1)
            ),
            sums.iter().sum(),
        ));
        rows.push(Row { cells, total: true });
    }
    let mut widths = vec![6.0, 36.0, 8.0];
    widths.extend(std::iter::repeat_n(7.0, n));
    widths.push(8.0);
    let by_month = Sheet {
        name: s.by_month.to_owned(),
        header,
        widths,
        rows,
        filter: false,
    };

    // By place: one row per place (and one for entries without a place), one
    // column per unit, and a total row.
    let unit_names: Vec<String> = units.keys().cloned().collect();
    let mut places: BTreeMap<(usize, String), Vec<f64>> = BTreeMap::new();
    for (item, _) in &items {
        let u = unit(item, w);
        let k = unit_names.iter().position(|x| x == u).unwrap_or(0);
        for e in &item.progress {
            let (order, name) = match e
                .place
                .as_ref()
                .and_then(|p| plan.places.iter().position(|x| &x.id == p))
            {
                Some(i) => (i, plan.places[i].name.clone()),
                None => (usize::MAX, w.no_place.to_owned()),
            };
            places
                .entry((order, name))
                .or_insert_with(|| vec![0.0; unit_names.len()])[k] += e.amount;
        }
    }
    let mut header = vec![s.place.to_owned()];
    header.extend(unit_names.iter().cloned());
    let mut rows: Vec<Row> = places
        .into_iter()
        .map(|((_, name), sums)| {
            let mut cells = vec![Cell::text(name)];
            cells.extend(sums.iter().map(|&v| {
                if v == 0.0 {
                    Cell::Empty
                } else {
                    Cell::Number(v)
                }
            }));
            Row {
                cells,
                total: false,
            }
        })
        .collect();
    let last = rows.len() + 1;
    let mut cells = vec![Cell::text(s.total)];
    for (k, u) in unit_names.iter().enumerate() {
        let c = column(1 + k);
        cells.push(Cell::Formula(
            format!("SUM({c}2:{c}{last})"),
            units[u].iter().sum(),
        ));
    }
    if !unit_names.is_empty() {
        rows.push(Row { cells, total: true });
    }
    let mut widths = vec![20.0];
    widths.extend(std::iter::repeat_n(10.0, unit_names.len()));
    let by_place = Sheet {
        name: s.by_place.to_owned(),
        header,
        widths,
        rows,
        filter: false,
    };

    // Every entry, by date.
    let mut list: Vec<(&ProgressEntry, &Item, &str)> = items
        .iter()
        .flat_map(|(i, label)| i.progress.iter().map(move |e| (e, *i, label.as_str())))
        .collect();
    list.sort_by_key(|(e, _, _)| e.date);
    let entries = Sheet {
        name: s.entries.to_owned(),
        header: s
            .entry_columns
            .iter()
            .chain(&s.entry_more)
            .map(|c| (*c).to_owned())
            .collect(),
        widths: vec![12.0, 36.0, 24.0, 8.0, 8.0, 16.0, 30.0, 8.0, 12.0, 10.0],
        rows: list
            .into_iter()
            .map(|(e, item, label)| Row {
                cells: vec![
                    Cell::Date(e.date),
                    Cell::text(item.title.trim()),
                    Cell::text(label),
                    Cell::Number(e.amount),
                    Cell::text(unit(item, w)),
                    Cell::text(
                        e.place
                            .as_ref()
                            .and_then(|p| plan.place(p))
                            .map_or("", |p| p.name.as_str()),
                    ),
                    Cell::text(e.note.trim()),
                    e.attendance
                        .map_or(Cell::Empty, |n| Cell::Number(f64::from(n))),
                    Cell::text(category_of(plan, item, e).name(w.zh)),
                    Cell::text(e.lead.trim()),
                ],
                total: false,
            })
            .collect(),
        filter: true,
    };
    let (by_category, by_village) = return_sheets(plan, w);
    vec![by_month, by_place, entries, by_category, by_village]
}

/// The SUM of column `c` over rows 2..=`last`, with its value.
fn column_sum(c: usize, last: usize, value: f64) -> Cell {
    let c = column(c);
    Cell::Formula(format!("SUM({c}2:{c}{last})"), value)
}

/// The statistics return of the plan's year: occasions and people by kind, each
/// quarter and the year; and occasions by village and kind, with people.
fn return_sheets(plan: &Plan, w: &Words) -> (Sheet, Sheet) {
    let s = &w.stats;
    let periods: Vec<ReturnPeriod> = (1..=4)
        .map(ReturnPeriod::Quarter)
        .chain([ReturnPeriod::Year])
        .collect();
    let returns: Vec<Return> = periods
        .iter()
        .map(|p| {
            p.span(plan.year)
                .map(|span| statistics(plan, span))
                .unwrap_or_default()
        })
        .collect();
    let mut header = vec![s.kind.to_owned(), s.unit.to_owned()];
    for p in &periods {
        let name = match p {
            ReturnPeriod::Quarter(q) => (s.quarter)(*q),
            _ => s.year.to_owned(),
        };
        header.push(format!(
            "{name}{}{}",
            if w.zh { "" } else { " " },
            s.sessions
        ));
        header.push(format!("{name}{}{}", if w.zh { "" } else { " " }, s.people));
    }
    let number = |x: f64| {
        if x == 0.0 {
            Cell::Empty
        } else {
            Cell::Number(x)
        }
    };
    let kinds: Vec<Kind> = all(plan).collect();
    let mut rows: Vec<Row> = kinds
        .iter()
        .enumerate()
        .map(|(k, c)| {
            let mut cells = vec![Cell::text(c.name(w.zh)), Cell::text(c.unit())];
            for r in &returns {
                let count = r.by_category.get(k).map(|x| x.1).unwrap_or_default();
                cells.push(number(count.sessions));
                cells.push(number(count.attendance));
            }
            Row {
                cells,
                total: false,
            }
        })
        .collect();
    let last = rows.len() + 1;
    let mut cells = vec![Cell::text(s.total), Cell::Empty];
    for (k, r) in returns.iter().enumerate() {
        cells.push(column_sum(2 + 2 * k, last, r.total.sessions));
        cells.push(column_sum(3 + 2 * k, last, r.total.attendance));
    }
    rows.push(Row { cells, total: true });
    let mut widths = vec![14.0, 6.0];
    widths.extend(std::iter::repeat_n(11.0, periods.len() * 2));
    let by_category = Sheet {
        name: s.by_category.to_owned(),
        header,
        widths,
        rows,
        filter: false,
    };

    let year = returns.last().cloned().unwrap_or_default();
    let mut header = vec![s.place.to_owned()];
    header.extend(
        kinds
            .iter()
            .map(|c| format!("{}（{}）", c.name(w.zh), s.sessions)),
    );
    header.push(s.people.to_owned());
    let mut rows: Vec<Row> = year
        .by_place
        .iter()
        .map(|(id, counts)| {
            let name = id
                .as_ref()
                .and_then(|id| plan.place(id))
                .map_or_else(|| w.no_place.to_owned(), |p| p.name.clone());
            let mut cells = vec![Cell::text(name)];
            cells.extend(counts.iter().map(|c| number(c.sessions)));
            cells.push(number(counts.iter().map(|c| c.attendance).sum()));
            Row {
                cells,
                total: false,
            }
        })
        .collect();
    let last = rows.len() + 1;
    if !rows.is_empty() {
        let mut cells = vec![Cell::text(s.total)];
        for (k, (_, c)) in year.by_category.iter().enumerate() {
            cells.push(column_sum(1 + k, last, c.sessions));
        }
        cells.push(column_sum(1 + kinds.len(), last, year.total.attendance));
        rows.push(Row { cells, total: true });
    }
    let mut widths = vec![20.0];
    widths.extend(std::iter::repeat_n(12.0, kinds.len() + 1));
    let by_village = Sheet {
        name: s.by_village.to_owned(),
        header,
        widths,
        rows,
        filter: false,
    };
    (by_category, by_village)
}
