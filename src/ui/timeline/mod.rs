//! The Gantt timeline: one scroll container holding a sticky header, the left pane
//! (numbering, title, departments, time) and the bars. Only the rows and header
//! cells in view are in the page (`timeline::visible_rows`, `headers_in`), so the
//! DOM size depends on the window, not on the plan. Drag a bar to move it, drag its
//! right edge to change its end; with the keyboard, ↑/↓ pick an activity, ←/→ move
//! it and Shift+←/→ resize it. Every change is the same undoable edit as a form's.

mod almanac;
mod chart;
mod drawing;
mod input;

use crate::model::GroupBy;
use crate::timeline::Zoom;
use crate::ui::i18n::{group_by_label, when_label, Texts};
use crate::ui::state::use_state;
use crate::ui::timeline::almanac::{festival_marks, holiday_bands, in_view};
use crate::ui::timeline::chart::{track_width, Chart};
use crate::ui::timeline::drawing::{
    body_style, header_cells, lines, overlays, row_view, selected_rows,
};
use crate::ui::timeline::input::{listen, on_key_down};
use leptos::prelude::*;
use std::collections::HashSet;

fn zoom_name(t: &'static Texts, zoom: Zoom) -> &'static str {
    match zoom {
        Zoom::Week => t.tl_zoom_week,
        Zoom::Month => t.tl_zoom_month,
        Zoom::Quarter => t.tl_zoom_quarter,
        Zoom::Year => t.tl_zoom_year,
    }
}

/// The timeline view.
#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let c = Chart::new(state);
    let almanac = in_view(c);
    let Chart {
        scroller,
        corner,
        scroll,
        size,
        selected,
        drag,
        scale,
        all_rows,
        window,
        ..
    } = c;
    // Changes whenever what a drawn row shows may have changed; rows are keyed by
    // it with their index, so scrolling only adds and removes rows.
    let generation = Memo::new(move |prev: Option<&u64>| {
        state.plan.track();
        state.lang.track();
        scale.track();
        all_rows.track();
        prev.map_or(0, |g| g + 1)
    });

    // The viewport size, and the scroller's height filling the window.
    let measure = move || {
        if let Some(el) = scroller.get_untracked() {
            let top = el.get_bounding_client_rect().top();
            let inner = window_height();
            let height = (inner - top - 12.0).max(320.0);
            let _ = el.style(("height", format!("{height}px")));
            size.set((f64::from(el.client_width()), height));
        }
    };
    let resize = window_event_listener(leptos::ev::resize, move |_| measure());
    on_cleanup(move || resize.remove());
    // Once in the page: measure, and bring today (or the start) into view.
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let Some(el) = scroller.get() else {
            return false;
        };
        measure();
        let s = scale.get_untracked();
        let today = crate::ui::browser::today();
        if today >= s.start && today <= s.end {
            let left = (s.x(today) - track_width(size.get_untracked().0, corner) / 3.0).max(0.0);
            el.set_scroll_left(left as i32);
        }
        true
    });

    listen(c);
    let total = Memo::new(move |_| window.with(|w| w.total));
    let selected_rows = selected_rows(c);
    let empty = move || state.plan.with(|p| p.items.is_empty());

    view! {
        <section class="tl" data-testid="timeline" aria-label=move || t().nav_timeline>
            <Toolbar c />
            <Show when=empty>
                <p class="muted tl-empty">{move || t().tl_empty}</p>
            </Show>
            <div class="tl-scroll" node_ref=scroller tabindex="0" data-testid="gantt"
                role="treegrid" aria-label=move || t().nav_timeline
                aria-rowcount=move || all_rows.with(Vec::len) + 1
                aria-activedescendant=move || {
                    let shown = window.with(|w| w.rows.clone());
                    selected_rows.with(|r| r.iter().find(|r| shown.contains(r)).map(|r| format!("tl-r-{r}")))
                }
                class:tl-dragging=move || drag.with(|d| d.as_ref().is_some_and(|d| d.moved))
                on:scroll=move |ev| {
                    let el: web_sys::Element = event_target(&ev);
                    scroll.set((f64::from(el.scroll_top()), f64::from(el.scroll_left())));
                }
                on:keydown=move |ev| on_key_down(c, ev)>
                <div class="tl-canvas" style=move || format!("width:calc(var(--tl-left) + {}px)", scale.get().width())>
                    <div class="tl-head" role="row" aria-rowindex="1">
                        <div class="tl-corner" node_ref=corner role="columnheader">
                            <span class="tl-title">{move || t().tl_col_title}</span>
                            <span class="tl-dept">{move || t().tl_col_departments}</span>
                            <span class="tl-when">{move || t().tl_col_when}</span>
                        </div>
                        <div class="tl-head-track" aria-hidden="true">
                            <div class="tl-head-row">{move || header_cells(c, true)}</div>
                            <div class="tl-head-row tl-head-lower">{move || header_cells(c, false)}</div>
                            <div class="tl-head-marks">{move || festival_marks(c, almanac)}</div>
                        </div>
                    </div>
                    <div class="tl-body" style=move || body_style(&scale.get(), total.get())>
                        <div class="tl-track-layer">{move || holiday_bands(c, almanac)}{move || lines(c)}</div>
                        <For each=move || {
                            let g = generation.get();
                            window.get().rows.map(move |i| (g, i)).collect::<Vec<_>>()
                        } key=|k| *k let:k>
                            {row_view(c, k.1)}
                        </For>
                        {move || overlays(c, selected_rows)}
                    </div>
                </div>
            </div>
            // What is picked, for screen readers.
            <p class="sr-only" aria-live="polite" data-testid="gantt-announce">{move || {
                let lang = state.lang.get();
                selected.get().and_then(|id| state.plan.with(|p| {
                    p.item(&id).map(|i| format!("{} · {}", i.title, when_label(lang, &i.when, p.year)))
                }))
            }}</p>
            <p class="muted cal-hint">{move || t().tl_keyboard_hint}</p>
        </section>
    }
}

/// Zoom, today and grouping.
#[component]
fn Toolbar(c: Chart) -> impl IntoView {
    let Chart {
        state,
        scroller,
        corner,
        scroll,
        size,
        collapsed,
        zoom,
        group,
        scale,
        ..
    } = c;
    let t = move || state.lang.get().t();
    let set_zoom = move |to: Zoom| {
        let from = scale.get_untracked();
        if from.zoom == to {
            return;
        }
        let track = track_width(size.get_untracked().0, corner);
        let (_, left) = from.rezoom(to, scroll.get_untracked().1, track);
        state.timeline.update(|v| v.zoom = to);
        // After the canvas has its new width.
        request_animation_frame(move || {
            if let Some(el) = scroller.get_untracked() {
                el.set_scroll_left(left.round() as i32);
            }
        });
    };
    let go_today = move || {
        let s = scale.get_untracked();
        let today = crate::ui::browser::today();
        if let Some(el) = scroller.get_untracked() {
            let track = track_width(size.get_untracked().0, corner);
            let left = (s.x(today.clamp(s.start, s.end)) - track / 2.0).max(0.0);
            el.set_scroll_left(left as i32);
        }
    };
    view! {
    <div class="tl-toolbar">
        <span class="muted">{move || t().tl_zoom}</span>
        <div class="tl-buttons" role="group">
            {Zoom::ALL.into_iter().map(|z| view! {
                <button class="btn btn-small" data-testid=format!("tl-zoom-{}", z.key())
                    aria-pressed=move || (zoom.get() == z).to_string()
                    on:click=move |_| set_zoom(z)>
                    {move || zoom_name(t(), z)}
                </button>
            }).collect_view()}
        </div>
        <button class="btn btn-small" data-testid="tl-today" on:click=move |_| go_today()>
            {move || t().tl_today}
        </button>
        <span class="app-spacer"></span>
        <span class="muted">{move || t().tl_group}</span>
        <div class="tl-buttons" role="group">
            {GroupBy::ALL.into_iter().map(|g| view! {
                <button class="btn btn-small" data-testid=format!("tl-group-{}", g.key())
                    aria-pressed=move || (group.get() == g).to_string()
                    on:click=move |_| {
                        collapsed.set(HashSet::new());
                        state.timeline.update(|v| v.group = g);
                    }>
                    {move || group_by_label(t(), g)}
                </button>
            }).collect_view()}
        </div>
    </div>
    }
}

fn window_height() -> f64 {
    window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0)
}
