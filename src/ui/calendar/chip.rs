//! One event chip of the month grid: its title in the department's colour, marks
//! for a loose time, a repeat, met or behind; the "+" that records progress; the
//! handle that changes its last day. Pointer-down starts a drag (`month::listen`
//! follows it).

use crate::calendar::{Event, Segment};
use crate::ui::calendar::handles::{day_at, Drag, Handles};
use crate::ui::i18n::when_label;
use crate::ui::state::AppState;
use leptos::prelude::*;

/// What an event chip shows of its activity.
#[derive(Clone)]
pub(crate) struct Shown {
    pub(crate) title: String,
    /// The first department's colour.
    color: String,
    /// Its time in words, for the tooltip.
    label: String,
    /// `cal-met`, `cal-behind` or "".
    progress: &'static str,
    /// It has a target, so it gets a "+" to record progress.
    target: bool,
}

/// What each of `events` shows, worked out once for all the rows it spans.
pub(crate) fn shown_events(state: AppState, events: &[Event]) -> Vec<Shown> {
    let lang = state.lang.get_untracked();
    let today = crate::ui::browser::today();
    state.plan.with_untracked(|plan| {
        events
            .iter()
            .map(|e| {
                let item = plan.item(&e.item);
                let title = item.map(|i| i.title.clone()).unwrap_or_default();
                let color = item
                    .and_then(|i| i.departments.first())
                    .and_then(|d| plan.department(d))
                    .map(|d| d.color.clone())
                    .filter(|c| !c.is_empty())
                    // Without a department colour the chip keeps the stylesheet's
                    // grey: an empty --chip would leave white text on nothing.
                    .unwrap_or_else(|| "#6b7785".to_owned());
                let label = item
                    .map(|i| when_label(lang, &i.when, plan.year))
                    .unwrap_or_default();
                // Done / behind, for activities with a target.
                let progress = item
                    .and_then(|i| crate::progress::standing(i, today))
                    .map_or("", |s| {
                        if s.verdict == crate::progress::Verdict::Met {
                            "cal-met"
                        } else if s.at_risk() {
                            "cal-behind"
                        } else {
                            ""
                        }
                    });
                let target = item.is_some_and(|i| i.target.is_some());
                Shown {
                    title,
                    color,
                    label,
                    progress,
                    target,
                }
            })
            .collect()
    })
}

/// The chip of event `e`, in the day row of `segment`, or in the tray (`None`).
pub(crate) fn event_chip(
    h: Handles,
    e: &Event,
    shown: Shown,
    segment: Option<Segment>,
) -> impl IntoView {
    let Shown {
        title,
        color,
        label,
        progress,
        target,
    } = shown;
    let Handles {
        state,
        drag,
        pressing,
        carry,
        ..
    } = h;
    let t = move || state.lang.get().t();
    let id = e.item.clone();
    let (movable, fuzzy, span) = (e.movable(), e.fuzzy, e.span);
    let place = segment
        .as_ref()
        .map(|s| {
            format!(
                "grid-column:{}/{};grid-row:{};",
                s.from + 1,
                s.to + 2,
                s.lane + 2
            )
        })
        .unwrap_or_default();
    let (before, after) = segment
        .as_ref()
        .map_or((false, false), |s| (!s.starts, !s.ends));
    let hint = if movable {
        label.clone()
    } else {
        format!("{label} · {}", t().cal_repeated_hint)
    };
    let start = move |ev: web_sys::PointerEvent, resize: bool| {
        if ev.button() != 0 {
            return;
        }
        ev.stop_propagation();
        ev.prevent_default();
        let grabbed = day_at(ev.client_x(), ev.client_y()).unwrap_or(span.start);
        let d = Drag {
            item: id.clone(),
            grabbed,
            resize,
            x: ev.client_x(),
            y: ev.client_y(),
            moved: false,
        };
        crate::ui::widgets::press::begin(&ev, d, drag, pressing);
    };
    let start_move = start.clone();
    let resizable = movable && !fuzzy && segment.as_ref().is_some_and(|s| s.ends);
    view! {
        <div class=format!("cal-event {progress}") data-testid="cal-event" data-item-id=e.item.0.clone()
            data-start=span.start.to_string() data-end=span.end.to_string()
            class:cal-picked={
                let id = e.item.clone();
                move || carry.with(|c| c.as_ref().is_some_and(|(i, _)| *i == id))
            }
            class:cal-fuzzy=fuzzy class:cal-cont-before=before class:cal-cont-after=after class:cal-fixed=!movable
            style=format!("{place}{}", crate::model::palette::chip_style(&color)) title=hint
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
}
