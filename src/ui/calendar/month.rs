//! The month grid: the tray of activities without a fixed day, then one row per
//! week with the day cells and the events in their lanes. Click a day to add an
//! activity on it, click an event to open it, drag an event to move it, drag its
//! right edge to change its last day; the "+" of an activity with a target records
//! what was done on that day. Drags use pointer events, so they work with a mouse,
//! a pen and (after a long press) a finger.

use crate::calendar::moves::{moved, needs_confirmation, resized};
use crate::calendar::{month_grid, week_grid, Segment};
use crate::model::ItemId;
use crate::ui::i18n::{confirm_fix_day, date_label, when_label};
use crate::ui::state::{use_state, AppState, Confirmed, Dialog};
use crate::ui::widgets::press::{follow, Grip};
use chrono::{Datelike, NaiveDate};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The day cell under the point (`data-date` of a `cal-day`), if any.
fn day_at(x: i32, y: i32) -> Option<NaiveDate> {
    let found = document().elements_from_point(x as f32, y as f32);
    found.iter().find_map(|el| {
        let el: web_sys::Element = el.dyn_into().ok()?;
        let date = el
            .closest("[data-testid=cal-day]")
            .ok()??
            .get_attribute("data-date")?;
        NaiveDate::parse_from_str(&date, "%Y-%m-%d").ok()
    })
}

/// A drag in progress.
#[derive(Clone, Debug, PartialEq)]
struct Drag {
    item: ItemId,
    /// The day under the pointer when it started.
    grabbed: NaiveDate,
    /// Moving the whole event, or its last day.
    resize: bool,
    /// Where the pointer went down, to tell a drag from a click.
    x: i32,
    y: i32,
    /// The pointer has moved far enough to be a drag.
    moved: bool,
}

impl Grip for Drag {
    fn origin(&self) -> (i32, i32) {
        (self.x, self.y)
    }
    fn moved(&self) -> bool {
        self.moved
    }
    fn mark_moved(&mut self) {
        self.moved = true;
    }
}

impl AppState {
    /// Finishes a drag of `drag` dropped on `day`: the same edit as a form would
    /// make (undoable, saved); a loosely stated time is fixed only after a question.
    fn drop_on(&self, drag: &Drag, day: NaiveDate) {
        let Some(item) = self.plan.with_untracked(|p| p.item(&drag.item).cloned()) else {
            return;
        };
        let when = if drag.resize {
            resized(&item.when, day)
        } else {
            moved(&item.when, drag.grabbed, day)
        };
        let Some(when) = when.filter(|w| *w != item.when) else {
            return;
        };
        if !drag.resize && needs_confirmation(&item.when) {
            let lang = self.lang.get_untracked();
            let year = self.plan.with_untracked(|p| p.year);
            let message = confirm_fix_day(
                lang,
                &item.title,
                &when_label(lang, &item.when, year),
                &when_label(lang, &when, year),
            );
            self.dialog.set(Some(Dialog::Confirm {
                message,
                action: Confirmed::SetWhen {
                    item: item.id,
                    when,
                },
            }));
        } else {
            self.set_when(&item.id, when);
        }
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
                state.drop_on(&d, day);
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
    let weekdays = move || {
        t().cal_weekdays
            .split(',')
            .map(|d| view! { <div class="cal-weekday">{d}</div> })
            .collect_view()
    };
    view! {
        {move || grid.get().map(|g| {
            let lang = state.lang.get_untracked();
            // What each event shows, worked out once for all the rows it spans.
            let today = crate::ui::browser::today();
            let shown: std::rc::Rc<Vec<Shown>> = std::rc::Rc::new(state.plan.with_untracked(|plan| {
                g.events.iter().map(|e| {
                    let item = plan.item(&e.item);
                    let title = item.map(|i| i.title.clone()).unwrap_or_default();
                    let color = item
                        .and_then(|i| i.departments.first())
                        .and_then(|d| plan.department(d))
                        .map(|d| d.color.clone())
                        .unwrap_or_default();
                    let label = item.map(|i| when_label(lang, &i.when, plan.year)).unwrap_or_default();
                    // Done / behind, for activities with a target.
                    let progress = item.and_then(|i| crate::progress::standing(i, today)).map_or("", |s| {
                        if s.verdict == crate::progress::Verdict::Met {
                            "cal-met"
                        } else if s.at_risk() {
                            "cal-behind"
                        } else {
                            ""
                        }
                    });
                    let target = item.is_some_and(|i| i.target.is_some());
                    Shown { title, color, label, progress, target }
                }).collect()
            }));
            let events = std::rc::Rc::new(g.events.clone());
            let chip = move |event: usize, segment: Option<Segment>| {
                let e = &events[event];
                let Shown { title, color, label, progress, target } = shown[event].clone();
                let id = e.item.clone();
                let (movable, fuzzy, span) = (e.movable(), e.fuzzy, e.span);
                let place = segment.as_ref().map(|s| format!("grid-column:{}/{};grid-row:{};", s.from + 1, s.to + 2, s.lane + 2)).unwrap_or_default();
                let (before, after) = segment.as_ref().map_or((false, false), |s| (!s.starts, !s.ends));
                let hint = if movable { label.clone() } else { format!("{label} · {}", t().cal_repeated_hint) };
                let start = move |ev: web_sys::PointerEvent, resize: bool| {
                    if ev.button() != 0 {
                        return;
                    }
                    ev.stop_propagation();
                    ev.prevent_default();
                    let grabbed = day_at(ev.client_x(), ev.client_y()).unwrap_or(span.start);
                    let d = Drag { item: id.clone(), grabbed, resize, x: ev.client_x(), y: ev.client_y(), moved: false };
                    crate::ui::widgets::press::begin(&ev, d, drag, pressing);
                };
                let start_move = start.clone();
                let resizable = movable && !fuzzy && segment.as_ref().is_some_and(|s| s.ends);
                view! {
                    <div class=format!("cal-event {progress}") data-testid="cal-event" data-item-id=e.item.0.clone()
                        data-start=span.start.to_string() data-end=span.end.to_string()
                        class:cal-fuzzy=fuzzy class:cal-cont-before=before class:cal-cont-after=after class:cal-fixed=!movable
                        style=format!("{place}--chip:{color};") title=hint role="button" tabindex="-1"
                        on:pointerdown=move |ev| {
                            if movable { start_move(ev, false) } else { ev.stop_propagation() }
                        }
                        on:click={
                            let id = e.item.clone();
                            move |ev: web_sys::MouseEvent| {
                                ev.stop_propagation();
                                // A movable event opens on pointer-up (unless dragged).
                                if !movable {
                                    state.open_item(&id);
                                }
                            }
                        }>
                        {target.then(|| {
                            let id = e.item.clone();
                            let on_day = segment.is_some();
                            view! {
                                <button type="button" class="cal-record" data-testid="cal-record"
                                    title=move || t().record_title aria-label=move || t().record_title
                                    on:pointerdown=|ev| ev.stop_propagation()
                                    on:click=move |ev: web_sys::MouseEvent| {
                                        ev.stop_propagation();
                                        // Today while the activity runs; otherwise the day of the
                                        // "+" (in the tray, the focused day).
                                        let now = crate::ui::browser::today();
                                        let day = if span.start <= now && now <= span.end {
                                            now
                                        } else {
                                            on_day
                                                .then(|| day_at(ev.client_x(), ev.client_y()))
                                                .flatten()
                                                .unwrap_or_else(|| state.calendar.with_untracked(|f| f.day))
                                        };
                                        state.open_record(&id, day);
                                    }>"+"</button>
                            }
                        })}
                        <span class="cal-event-title">{title}</span>
                        {resizable.then(|| view! {
                            <span class="cal-resize" data-testid="cal-resize" aria-hidden="true"
                                on:pointerdown=move |ev| start(ev, true)></span>
                        })}
                    </div>
                }
            };
            let tray = g.tray.clone();
            let tray_view = (!tray.is_empty()).then(|| {
                let chip = chip.clone();
                view! {
                    <div class="cal-tray" data-testid="cal-tray">
                        <span class="muted">{if week { t().cal_tray_week } else { t().cal_tray }}</span>
                        {tray.into_iter().map(|i| chip(i, None)).collect_view()}
                    </div>
                }
            });
            let weeks = g.weeks.clone().into_iter().map(|week| {
                let lanes = week.lanes;
                let chip = chip.clone();
                view! {
                    <div class="cal-week" style=format!("--lanes:{lanes}")>
                        {week.days.into_iter().enumerate().map(|(i, day)| {
                            let date = day.date;
                            view! {
                                <div class="cal-day" data-testid="cal-day" data-date=date.to_string()
                                    class:cal-out=!day.in_month class:cal-today=day.today class:cal-weekend=day.weekend
                                    class:cal-focused=move || state.calendar.with(|f| f.day == date)
                                    class:cal-over=move || over.get() == Some(date) && drag.with(|d| d.as_ref().is_some_and(|d| d.moved))
                                    style=format!("grid-column:{}", i + 1)
                                    aria-label=date_label(lang, date, date.year() + 1)
                                    on:click=move |_| {
                                        if dragged.get_value() {
                                            return;
                                        }
                                        state.calendar.update(|f| f.day = date);
                                        state.create_on(date);
                                    }>
                                    <span class="cal-daynum">{date.day()}</span>
                                </div>
                            }
                        }).collect_view()}
                        {week.segments.into_iter().map(|s| chip(s.event, Some(s.clone()))).collect_view()}
                    </div>
                }
            }).collect_view();
            view! {
                {tray_view}
                <div class="cal-month" class:cal-week-view=week class:cal-dragging=move || drag.with(|d| d.as_ref().is_some_and(|d| d.moved))>
                    <div class="cal-head">{weekdays}</div>
                    {weeks}
                </div>
            }
        })}
    }
}

/// What an event chip shows of its activity.
#[derive(Clone)]
struct Shown {
    title: String,
    /// The first department's colour.
    color: String,
    /// Its time in words, for the tooltip.
    label: String,
    /// `cal-met`, `cal-behind` or "".
    progress: &'static str,
    /// It has a target, so it gets a "+" to record progress.
    target: bool,
}
