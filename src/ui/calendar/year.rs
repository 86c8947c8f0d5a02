//! The year overview (twelve small months, each day shaded by how many activities
//! fall on it; a click opens that month) and the agenda (the focused month as a
//! list: fixed days in order, then what has no fixed day).

use crate::almanac::Off;
use crate::calendar::{month_grid, year_overview, CalendarView};
use crate::ui::i18n::{date_label, mark_name, month_title, off_title, when_label};
use crate::ui::state::{use_state, Dialog};
use chrono::Datelike;
use leptos::prelude::*;

/// Twelve small months with their density.
#[component]
pub fn YearView() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    // The year alone: moving the focused day inside it redraws nothing.
    let year = Memo::new(move |_| state.calendar.with(|f| f.day.year()));
    let months = Memo::new(move |_| {
        let year = year.get();
        let filter = state.filter.get();
        state.plan.with(|p| year_overview(p, year, &filter))
    });
    // 休 and 班 of the year, and its festivals, for the days' marks and titles.
    let notes = Memo::new(move |_| {
        let year = year.get();
        let shown = state.shown.get();
        let (Some(first), Some(last)) = (
            chrono::NaiveDate::from_ymd_opt(year, 1, 1),
            chrono::NaiveDate::from_ymd_opt(year, 12, 31),
        ) else {
            return std::sync::Arc::new(std::collections::HashMap::new());
        };
        let notes = state.almanac.with(|a| a.notes(first, last, shown));
        std::sync::Arc::new(
            notes
                .into_iter()
                .map(|n| (n.date, n))
                .collect::<std::collections::HashMap<_, _>>(),
        )
    });
    view! {
        <div class="cal-year" data-testid="cal-year">
            {move || {
                let lang = state.lang.get();
                let notes = notes.get();
                let year = year.get();
                months.get().into_iter().map(|m| {
                    let month = m.month;
                    view! {
                        <div class="cal-mini" data-testid="cal-mini-month" data-month=month>
                            <button class="cal-mini-title" on:click=move |_| state.calendar.update(|f| {
                                f.view = CalendarView::Month;
                                f.day = chrono::NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(f.day);
                            })>
                                <strong>{month_title(lang, year, month)}</strong>
                                <span class="muted">{format!(" · {}", m.activities)}</span>
                            </button>
                            // A grid of days: the arrows move the focus (one day is
                            // in the Tab order), Enter opens the day's month.
                            <div class="cal-mini-grid" role="grid" aria-label=month_title(lang, year, month)>
                                <div class="cal-mini-row" role="row">
                                    {t().cal_weekdays.split(',').map(|d| view! { <span class="cal-mini-head" role="columnheader">{d.chars().next().map(String::from)}</span> }).collect_view()}
                                </div>
                                {m.weeks.iter().map(|week| view! { <div class="cal-mini-row" role="row">{week.iter().map(|cell| match *cell {
                                    None => view! { <span class="cal-mini-day cal-mini-empty" role="gridcell"></span> }.into_any(),
                                    Some((date, count)) => {
                                        let level = count.min(4);
                                        let focused = move || state.calendar.with(|f| f.day == date);
                                        let note = notes.get(&date);
                                        let off = note.and_then(|n| n.off);
                                        let mut title = format!("{} · {count}", date_label(lang, date, year));
                                        if let Some(n) = note {
                                            for &m in &n.marks {
                                                title.push_str(&format!(" · {}", mark_name(lang, m)));
                                            }
                                            if let (Some(off), Some(h)) = (n.off, &n.holiday) {
                                                title.push_str(&format!(" · {}", off_title(lang, off, h)));
                                            }
                                        }
                                        view! {
                                            <button class=format!("cal-mini-day cal-density-{level}") data-testid="cal-year-day"
                                                role="gridcell" tabindex=move || if focused() { "0" } else { "-1" }
                                                aria-selected=move || focused().to_string()
                                                class:cal-mini-holiday=off == Some(Off::Holiday)
                                                class:cal-mini-workday=off == Some(Off::Workday)
                                                data-off=off.map_or("", Off::word)
                                                data-date=date.to_string() data-count=count
                                                title=title
                                                on:click=move |_| state.calendar.set(crate::calendar::Focus { view: CalendarView::Month, day: date })>
                                                {date.day()}
                                            </button>
                                        }.into_any()
                                    }
                                }).collect_view()}</div> }).collect_view()}
                            </div>
                        </div>
                    }
                }).collect_view()
            }}
        </div>
    }
}

/// The focused month as a list.
#[component]
pub fn Agenda() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let grid = Memo::new(move |_| {
        let day = state.calendar.with(|f| f.day);
        let filter = state.filter.get();
        state.plan.with(|p| {
            month_grid(
                p,
                day.year(),
                day.month(),
                crate::ui::browser::today(),
                &filter,
            )
        })
    });
    view! {
        {move || grid.get().map(|g| {
            let lang = state.lang.get();
            let plan = state.plan.get_untracked();
            let month = crate::calendar::grid::month_span(g.year, g.month);
            let row = |i: usize| {
                let e = &g.events[i];
                let item = plan.item(&e.item).cloned();
                let title = item.as_ref().map(|i| i.title.clone()).unwrap_or_default();
                let when = item.as_ref().map(|i| when_label(lang, &i.when, plan.year)).unwrap_or_default();
                // The days of this occurrence (for a loose one, the period it falls in).
                let day = match (g.tray.contains(&i), e.span.days()) {
                    (true, _) => String::new(),
                    (false, 1) => date_label(lang, e.span.start, plan.year),
                    (false, _) => format!("{}–{}", date_label(lang, e.span.start, plan.year), date_label(lang, e.span.end, plan.year)),
                };
                let (id, section) = (e.item.clone(), item.map(|i| i.section).unwrap_or_default());
                view! {
                    <li class="cal-agenda-row">
                        <span class="cal-agenda-day">{day}</span>
                        <button class="cal-agenda-title" data-testid="cal-event" data-item-id=e.item.0.clone()
                            data-start=e.span.start.to_string() data-end=e.span.end.to_string()
                            on:click=move |_| state.dialog.set(Some(Dialog::Item { item: Some(id.clone()), section: section.clone(), when: None }))>
                            {title}
                        </button>
                        <span class="muted">{when}</span>
                    </li>
                }
            };
            // Fixed days of this month, in order (not the neighbouring months' days).
            let dated: Vec<usize> = (0..g.events.len())
                .filter(|i| !g.tray.contains(i))
                .filter(|&i| month.is_some_and(|m| g.events[i].span.end >= m.start && g.events[i].span.start <= m.end))
                .collect();
            let empty = dated.is_empty() && g.tray.is_empty();
            view! {
                <div class="cal-agenda" data-testid="cal-agenda">
                    {empty.then(|| view! { <p class="muted">{t().cal_empty}</p> })}
                    <ul>{dated.into_iter().map(row).collect_view()}</ul>
                    {(!g.tray.is_empty()).then(|| view! {
                        <h3 class="cal-agenda-loose">{t().cal_tray}</h3>
                        <ul>{g.tray.iter().map(|&i| row(i)).collect_view()}</ul>
                    })}
                </div>
            }
        })}
    }
}
