//! The month grid: the tray of activities without a fixed day, then one row per
//! week with the day cells and the events in their lanes. Click a day to add an
//! activity on it, click an event to open it, drag an event to move it, drag its
//! right edge to change its last day; the "+" of an activity with a target records
//! what was done on that day. Drags use pointer events, so they work with a mouse,
//! a pen and (after a long press) a finger.

use crate::almanac::{DayNote, Off, Shown as Layers};
use crate::calendar::grid::Day;
use crate::calendar::{month_grid, week_grid, MonthGrid as Grid};
use crate::ui::calendar::chip::{event_chip, shown_events};
use crate::ui::calendar::handles::{day_at, Drag, Handles};
use crate::ui::i18n::{
    carried_message, date_label, mark_name, off_mark, off_title, when_label, Lang,
};
use crate::ui::state::use_state;
use crate::ui::widgets::press::follow;
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;

/// Follows the pointer on the whole window while the grid is shown: a drag goes
/// wherever the pointer goes and ends wherever it is let go.
fn listen(h: Handles) {
    let Handles {
        state,
        drag,
        pressing,
        dragged,
        over,
        ..
    } = h;
    let moving = window_event_listener(leptos::ev::pointermove, move |ev| {
        if follow(&ev, drag, pressing).is_none() {
            return;
        }
        let day = day_at(ev.client_x(), ev.client_y());
        if over.get_untracked() != day {
            over.set(day);
        }
    });
    let up = window_event_listener(leptos::ev::pointerup, move |ev| {
        // A touch released before the long press is over: a tap.
        if let Some(d) = pressing.try_update_value(Option::take).flatten() {
            if !d.resize {
                state.open_item(&d.item);
            }
            return;
        }
        let Some(d) = drag.get_untracked() else {
            return;
        };
        drag.set(None);
        over.set(None);
        if d.moved {
            // Cleared after the click this pointer-up may cause has been handled.
            dragged.set_value(true);
            set_timeout(move || dragged.set_value(false), std::time::Duration::ZERO);
        }
        if d.moved {
            if let Some(day) = day_at(ev.client_x(), ev.client_y()) {
                state.drop_on(&d.item, d.grabbed, d.resize, day);
            }
        } else if !d.resize {
            state.open_item(&d.item);
        }
    });
    // The browser took the pointer over (a scroll, a system gesture): no drag.
    let cancel = window_event_listener(leptos::ev::pointercancel, move |_| {
        pressing.set_value(None);
        drag.set(None);
        over.set(None);
    });
    on_cleanup(move || {
        moving.remove();
        up.remove();
        cancel.remove();
    });
}

/// The top line of a day cell: its number, its lunar day or festival, and 休 or 班.
fn day_head(lang: Lang, date: NaiveDate, note: Option<DayNote>, shown: Layers) -> impl IntoView {
    let (label, festive, names) = match &note {
        Some(n) => match n.marks.first() {
            Some(&m) => {
                let names: Vec<&str> = n.marks.iter().map(|&m| mark_name(lang, m)).collect();
                (mark_name(lang, m).to_owned(), true, names.join(" · "))
            }
            None if shown.lunar => (n.lunar_short(), false, n.lunar_name()),
            None => (String::new(), false, String::new()),
        },
        None => (String::new(), false, String::new()),
    };
    let off = note
        .as_ref()
        .and_then(|n| Some((n.off?, n.holiday.clone().unwrap_or_default())));
    view! {
        <span class="cal-dayhead">
            <span class="cal-daynum">{date.day()}</span>
            <span class="cal-lunar" class:cal-festive=festive title=names>{label}</span>
            {off.map(|(off, holiday)| view! {
                <span class="cal-off-mark" title=off_title(lang, off, &holiday)>{off_mark(lang, off)}</span>
            })}
        </span>
    }
}

/// The month (or, with `week`, the week) around the calendar's focused day.
#[component]
pub fn MonthGrid(
    /// Show only the focused day's week.
    #[prop(optional)]
    week: bool,
) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let drag = RwSignal::new(None::<Drag>);
    // A touch waiting for the long press that starts a drag.
    let pressing = StoredValue::new(None::<Drag>);
    // The click that follows a drag is not a click on the day it ends on.
    let dragged = StoredValue::new(false);
    let over = RwSignal::new(None::<NaiveDate>);
    let carry = RwSignal::new(None);
    let h = Handles {
        state,
        drag,
        pressing,
        dragged,
        over,
        carry,
    };
    let grid = Memo::new(move |_| {
        let focus = state.calendar.get();
        let filter = state.filter.get();
        let today = crate::ui::browser::today();
        state.plan.with(|p| {
            if week {
                week_grid(p, focus.day, today, &filter)
            } else {
                month_grid(p, focus.day.year(), focus.day.month(), today, &filter)
            }
        })
    });
    // The almanac of the days shown: lunar days, festivals, 休 and 班.
    let notes = Memo::new(move |_| {
        let days = grid.with(|g| {
            let g = g.as_ref()?;
            let first = g.weeks.first()?.days.first()?.date;
            let last = g.weeks.last()?.days.last()?.date;
            Some((first, last))
        });
        let shown = state.shown.get();
        let notes: std::collections::HashMap<NaiveDate, DayNote> = days
            .map(|(first, last)| state.almanac.with(|a| a.notes(first, last, shown)))
            .unwrap_or_default()
            .into_iter()
            .map(|n| (n.date, n))
            .collect();
        std::sync::Arc::new(notes)
    });
    listen(h);
    let weekdays = move || {
        t().cal_weekdays
            .split(',')
            .map(|d| view! { <div class="cal-weekday" role="columnheader">{d}</div> })
            .collect_view()
    };
    // Loose times covering the whole month (or week), above the grid.
    let tray = move || {
        grid.get().and_then(|g| {
            if g.tray.is_empty() {
                return None;
            }
            let shown = shown_events(state, &g.events);
            Some(view! {
                <div class="cal-tray" data-testid="cal-tray">
                    <span class="muted">{if week { t().cal_tray_week } else { t().cal_tray }}</span>
                    {g.tray.iter().map(|&i| event_chip(h, &g.events[i], shown[i].clone(), None)).collect_view()}
                </div>
            })
        })
    };
    let weeks = move || {
        grid.get().map(|g| {
            let lang = state.lang.get_untracked();
            let notes = notes.get();
            let layers = state.shown.get_untracked();
            // What each event shows, worked out once for all the rows it spans.
            let shown = shown_events(state, &g.events);
            g.weeks.iter().map(|week| {
                let lanes = week.lanes;
                view! {
                    <div class="cal-week" role="row" style=format!("--lanes:{lanes}")>
                        {week.days.iter().enumerate().map(|(i, day)| {
                            let date = day.date;
                            let note = notes.get(&date).cloned();
                            let titles: Vec<&str> = week.events_on(i).into_iter().map(|e| shown[e].title.as_str()).collect();
                            let reading = day_reading(lang, date, note.as_ref(), &titles);
                            // The events that start in this cell (or continue into
                            // the row) belong to it; `display: contents` leaves
                            // their place in the week's grid as it was.
                            let chips = week.segments.iter().filter(|s| s.from == i)
                                .map(|s| event_chip(h, &g.events[s.event], shown[s.event].clone(), Some(s.clone())))
                                .collect_view();
                            view! {
                                // Named by what it shows; the full date, the almanac and
                                // every activity on the day are its description.
                                <div class="cal-cell" role="gridcell" id=format!("cal-d-{date}")
                                    aria-describedby=format!("cal-r-{date}")
                                    aria-selected=move || state.calendar.with(|f| f.day == date).to_string()>
                                    {day_cell(h, i, day, note, lang, layers)}
                                    {chips}
                                    <span hidden id=format!("cal-r-{date}")>{reading}</span>
                                </div>
                            }
                        }).collect_view()}
                    </div>
                }
            }).collect_view()
        })
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if !carry_key(h, grid, &ev.key()) {
            return;
        }
        ev.prevent_default();
        ev.stop_propagation();
    };
    view! {
        {tray}
        <div class="cal-month" role="grid" tabindex="0" aria-labelledby="cal-title"
            aria-activedescendant=move || format!("cal-d-{}", state.calendar.with(|f| f.day))
            class:cal-week-view=week class:cal-dragging=move || drag.with(|d| d.as_ref().is_some_and(|d| d.moved))
            on:keydown=on_key>
            <div class="cal-head" role="row">{weekdays}</div>
            {weeks}
        </div>
        // What the keyboard has picked up, for screen readers.
        <p class="sr-only" aria-live="polite" data-testid="cal-announce">{move || {
            let (item, _) = carry.get()?;
            let lang = state.lang.get();
            state.plan.with(|p| {
                let i = p.item(&item)?;
                Some(carried_message(lang, &i.title, &when_label(lang, &i.when, p.year)))
            })
        }}</p>
    }
}

/// The day cell of `day` (column `col` of its week): its head, and a click adds an
/// activity on it.
fn day_cell(
    h: Handles,
    col: usize,
    day: &Day,
    note: Option<DayNote>,
    lang: Lang,
    layers: Layers,
) -> impl IntoView {
    let Handles {
        state,
        drag,
        dragged,
        over,
        carry,
        ..
    } = h;
    let date = day.date;
    let off = note.as_ref().and_then(|n| n.off);
    let lunar = note.as_ref().map(DayNote::lunar_name).unwrap_or_default();
    let festival = note.as_ref().map(DayNote::marks_zh).unwrap_or_default();
    let focused = move || state.calendar.with(|f| f.day == date);
    view! {
        <div class="cal-day" data-testid="cal-day" data-date=date.to_string()
            data-lunar=lunar data-festival=festival
            data-off=off.map_or("", Off::word)
            class:cal-off-holiday=off == Some(Off::Holiday)
            class:cal-off-workday=off == Some(Off::Workday)
            class:cal-out=!day.in_month class:cal-today=day.today class:cal-weekend=day.weekend
            class:cal-focused=focused
            class:cal-over=move || {
                (over.get() == Some(date) && drag.with(|d| d.as_ref().is_some_and(|d| d.moved)))
                    || (focused() && carry.with(Option::is_some))
            }
            style=format!("grid-column:{}", col + 1)
            on:click=move |_| {
                if dragged.get_value() {
                    return;
                }
                state.calendar.update(|f| f.day = date);
                state.create_on(date);
            }>
            {day_head(lang, date, note, layers)}
        </div>
    }
}

/// What a screen reader reads for a day: the date, its festivals, lunar day and
/// 休 or 班, and the activities on it.
fn day_reading(lang: Lang, date: NaiveDate, note: Option<&DayNote>, titles: &[&str]) -> String {
    let mut parts = vec![date_label(lang, date, date.year() + 1)];
    if let Some(n) = note {
        parts.extend(n.marks.iter().map(|&m| mark_name(lang, m).to_owned()));
        parts.push(n.lunar_name());
        if let Some(off) = n.off {
            parts.push(off_title(
                lang,
                off,
                n.holiday.as_deref().unwrap_or_default(),
            ));
        }
    }
    parts.push(titles.join(if lang == Lang::Zh { "、" } else { ", " }));
    parts.retain(|p| !p.is_empty());
    parts.join(" · ")
}

/// The keys of the grid that pick an activity up and put it down (Space, Enter,
/// Escape); the arrows between them move the focused day as ever. True if `key`
/// was one of them.
fn carry_key(h: Handles, grid: Memo<Option<Grid>>, key: &str) -> bool {
    let Handles { state, carry, .. } = h;
    let day = state.calendar.with_untracked(|f| f.day);
    match (key, carry.get_untracked()) {
        // Space on the day it was picked up on: the next activity of the day.
        (" ", Some((item, from))) if from != day => {
            carry.set(None);
            state.drop_on(&item, from, false, day);
        }
        (" ", picked) => {
            let next = grid
                .with_untracked(|g| g.as_ref()?.pick_after(day, picked.as_ref().map(|(i, _)| i)));
            carry.set(next.map(|i| (i, day)));
        }
        ("Enter", Some((item, from))) => {
            carry.set(None);
            if from == day {
                state.open_item(&item);
            } else {
                state.drop_on(&item, from, false, day);
            }
        }
        ("Escape", Some(_)) => carry.set(None),
        _ => return false,
    }
    true
}
