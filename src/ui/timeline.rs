//! The Gantt timeline: one scroll container holding a sticky header, the left pane
//! (numbering, title, departments, time) and the bars. Only the rows and header
//! cells in view are in the page (`timeline::visible_rows`, `headers_in`), so the
//! DOM size depends on the window, not on the plan. Drag a bar to move it, drag its
//! right edge to change its end; with the keyboard, ↑/↓ pick an activity, ←/→ move
//! it and Shift+←/→ resize it. Every change is the same undoable edit as a form's.

use super::calendar_month::open_item;
use super::i18n::{header_label, when_label, Texts};
use super::state::use_state;
use crate::model::{ItemId, Span, When};
use crate::timeline::edit::{drag_steps, moved_by, on_key, resized_by, KeyCommand};
use crate::timeline::{
    axis, bar, headers_in, rows, scroll_to_show, visible_rows, visible_x, GroupBy, RowKind, Scale,
    Zoom,
};
use leptos::html;
use leptos::prelude::*;
use std::collections::{HashMap, HashSet};

/// Height of a row, px (the CSS draws rows this high).
const ROW: f64 = 30.0;
/// Height of the two header rows together, px.
const HEAD: f64 = 48.0;
/// Rows drawn above and below the viewport, so that fast scrolling shows no gaps.
const OVERSCAN_ROWS: usize = 8;
/// Pixels of the axis drawn left and right of the viewport.
const OVERSCAN_X: f64 = 400.0;
/// How long a finger rests on a bar before it can be dragged.
const LONG_PRESS: std::time::Duration = std::time::Duration::from_millis(450);

/// A drag in progress.
#[derive(Clone, Debug, PartialEq)]
struct Drag {
    item: ItemId,
    /// The row it started in.
    row: usize,
    /// Moving the whole bar, or its end.
    resize: bool,
    /// The activity's time when the drag started.
    when: When,
    /// Where the pointer went down.
    x: i32,
    y: i32,
    /// The pointer has moved far enough to be a drag.
    moved: bool,
}

/// The geometry of `span` on `scale`: left edge and width, px.
fn geometry(scale: &Scale, span: Span) -> (f64, f64) {
    (
        scale.x(span.start),
        span.days() as f64 * scale.zoom.px_per_day(),
    )
}

fn zoom_name(t: &'static Texts, zoom: Zoom) -> &'static str {
    match zoom {
        Zoom::Week => t.tl_zoom_week,
        Zoom::Month => t.tl_zoom_month,
        Zoom::Quarter => t.tl_zoom_quarter,
        Zoom::Year => t.tl_zoom_year,
    }
}

fn group_name(t: &'static Texts, group: GroupBy) -> &'static str {
    match group {
        GroupBy::Section => t.tl_group_section,
        GroupBy::Department => t.tl_group_department,
        GroupBy::Place => t.tl_group_place,
    }
}

/// The timeline view.
#[component]
pub fn Timeline() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let scroller = NodeRef::<html::Div>::new();
    let corner = NodeRef::<html::Div>::new();
    // Scroll position (top, left) and the scroller's inner size (width, height).
    let scroll = RwSignal::new((0.0f64, 0.0f64));
    let size = RwSignal::new((1200.0f64, 600.0f64));
    let collapsed = RwSignal::new(HashSet::<String>::new());
    let selected = RwSignal::new(None::<ItemId>);
    let drag = RwSignal::new(None::<Drag>);
    let pressing = StoredValue::new(None::<Drag>);
    // The time a drag would give, drawn before it is dropped.
    let preview = RwSignal::new(None::<(ItemId, When)>);

    // The zoom and grouping are remembered for the next visit.
    Effect::new(move |_| {
        let hash = crate::timeline::nav::to_hash(&state.timeline.get());
        crate::storage::settings::set(crate::storage::settings::TIMELINE_KEY, &hash);
    });
    let zoom = Memo::new(move |_| state.timeline.with(|v| v.zoom));
    let group = Memo::new(move |_| state.timeline.with(|v| v.group));
    let scale = Memo::new(move |_| state.plan.with(|p| Scale::new(axis(p), zoom.get())));
    let all_rows = Memo::new(move |_| {
        let (g, c) = (group.get(), collapsed.get());
        state.plan.with(|p| rows(p, g, &c))
    });
    // Where each activity is in `plan.items`, so a row finds its activity at once.
    let index = Memo::new(move |_| {
        state.plan.with(|p| {
            p.items
                .iter()
                .enumerate()
                .map(|(i, item)| (item.id.clone(), i))
                .collect::<HashMap<_, _>>()
        })
    });
    let headers = Memo::new(move |_| scale.get().headers());
    let window = Memo::new(move |_| {
        let (top, _) = scroll.get();
        let (_, height) = size.get();
        visible_rows(
            all_rows.with(Vec::len),
            ROW,
            top,
            (height - HEAD).max(0.0),
            OVERSCAN_ROWS,
        )
    });
    let x_window = Memo::new(move |_| {
        let (_, left) = scroll.get();
        let (width, _) = size.get();
        let (from, to) = visible_x(left, width, OVERSCAN_X);
        // Rounded to the overscan, so that the cells change only every 400 px.
        let step = OVERSCAN_X;
        ((from / step).floor() * step, (to / step).ceil() * step)
    });
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
        let today = super::browser::today();
        if today >= s.start && today <= s.end {
            let left = (s.x(today) - track_width(size.get_untracked().0, corner) / 3.0).max(0.0);
            el.set_scroll_left(left as i32);
        }
        true
    });

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
        let today = super::browser::today();
        if let Some(el) = scroller.get_untracked() {
            let track = track_width(size.get_untracked().0, corner);
            let left = (s.x(today.clamp(s.start, s.end)) - track / 2.0).max(0.0);
            el.set_scroll_left(left as i32);
        }
    };

    // Brings row `index` (and its bar) into view.
    let show_row = move |row: usize| {
        let Some(el) = scroller.get_untracked() else {
            return;
        };
        let (top, left) = scroll.get_untracked();
        let (width, height) = size.get_untracked();
        let y = row as f64 * ROW;
        if let Some(to) = scroll_to_show(y, y + ROW, top, (height - HEAD).max(ROW)) {
            el.set_scroll_top(to as i32);
        }
        let id = all_rows.with_untracked(|r| match r.get(row).map(|r| &r.kind) {
            Some(RowKind::Item(id)) => Some(id.clone()),
            _ => None,
        });
        let span = id.and_then(|id| {
            state
                .plan
                .with_untracked(|p| p.item(&id).and_then(|i| i.when.span().ok().flatten()))
        });
        if let Some(span) = span {
            let (x, w) = geometry(&scale.get_untracked(), span);
            if let Some(to) = scroll_to_show(x, x + w, left, track_width(width, corner)) {
                el.set_scroll_left(to as i32);
            }
        }
    };

    let on_key_down = move |ev: web_sys::KeyboardEvent| {
        if drag.get_untracked().is_some() {
            // Escape drops a drag where it started.
            if ev.key() == "Escape" {
                drag.set(None);
                preview.set(None);
            }
            return;
        }
        if ev.ctrl_key() || ev.meta_key() || ev.alt_key() {
            return;
        }
        let Some(command) = on_key(&ev.key(), ev.shift_key()) else {
            return;
        };
        ev.prevent_default();
        let items: Vec<(usize, ItemId)> = all_rows.with_untracked(|r| {
            r.iter()
                .enumerate()
                .filter_map(|(i, row)| match &row.kind {
                    RowKind::Item(id) => Some((i, id.clone())),
                    _ => None,
                })
                .collect()
        });
        if items.is_empty() {
            return;
        }
        let current = selected
            .get_untracked()
            .and_then(|id| items.iter().position(|(_, i)| *i == id));
        let select = |pos: usize| {
            let (row, id) = &items[pos];
            selected.set(Some(id.clone()));
            show_row(*row);
        };
        match (command, current) {
            (KeyCommand::Edge(last), _) => select(if last { items.len() - 1 } else { 0 }),
            (KeyCommand::Select(by), Some(pos)) => {
                let to = (pos as i64 + i64::from(by)).clamp(0, items.len() as i64 - 1);
                select(to as usize);
            }
            // Nothing picked yet: any key picks the first activity in view.
            (_, None) => {
                let first = window.get_untracked().rows.start;
                select(items.iter().position(|(r, _)| *r >= first).unwrap_or(0));
            }
            (KeyCommand::Open, Some(pos)) => open_item(state, &items[pos].1),
            (KeyCommand::Record, Some(pos)) => {
                state.open_record(&items[pos].1, super::browser::today())
            }
            (KeyCommand::Move(n) | KeyCommand::Resize(n), Some(pos)) => {
                let id = items[pos].1.clone();
                let Some(when) = state
                    .plan
                    .with_untracked(|p| p.item(&id).map(|i| i.when.clone()))
                else {
                    return;
                };
                let snap = zoom.get_untracked().snap();
                let next = if matches!(command, KeyCommand::Resize(_)) {
                    resized_by(&when, n, snap)
                } else {
                    moved_by(&when, n, snap)
                };
                if let Some(next) = next.filter(|w| *w != when) {
                    state.set_when(&id, next);
                    request_animation_frame(move || show_row(items[pos].0));
                }
            }
        }
    };

    let moving = window_event_listener(leptos::ev::pointermove, move |ev| {
        let far = |d: &Drag, limit: i32| {
            (ev.client_x() - d.x).abs() + (ev.client_y() - d.y).abs() > limit
        };
        if pressing.with_value(|p| p.as_ref().is_some_and(|d| far(d, 8))) {
            pressing.set_value(None);
        }
        let Some(mut d) = drag.get_untracked() else {
            return;
        };
        if !d.moved && far(&d, 3) {
            d.moved = true;
            drag.set(Some(d.clone()));
        }
        if !d.moved {
            return;
        }
        let z = zoom.get_untracked();
        let dx = f64::from(ev.client_x() - d.x);
        let n = drag_steps(&d.when, dx, z.px_per_day(), z.snap());
        let next = if d.resize {
            resized_by(&d.when, n, z.snap())
        } else {
            moved_by(&d.when, n, z.snap())
        }
        .unwrap_or(d.when);
        let shown = Some((d.item.clone(), next));
        if preview.with_untracked(|p| *p != shown) {
            preview.set(shown);
        }
    });
    let up = window_event_listener(leptos::ev::pointerup, move |_| {
        // A touch released before the long press is over: a tap.
        if let Some(d) = pressing.try_update_value(Option::take).flatten() {
            open_item(state, &d.item);
            return;
        }
        let Some(d) = drag.get_untracked() else {
            return;
        };
        drag.set(None);
        let to = preview.try_update(Option::take).flatten();
        if !d.moved {
            if !d.resize {
                open_item(state, &d.item);
            }
            return;
        }
        if let Some((id, when)) = to.filter(|(_, w)| *w != d.when) {
            state.set_when(&id, when);
        }
    });
    let cancel = window_event_listener(leptos::ev::pointercancel, move |_| {
        pressing.set_value(None);
        drag.set(None);
        preview.set(None);
    });
    on_cleanup(move || {
        resize.remove();
        moving.remove();
        up.remove();
        cancel.remove();
    });

    let start_drag = move |ev: web_sys::PointerEvent, id: ItemId, row: usize, resize: bool| {
        if ev.button() != 0 {
            return;
        }
        ev.stop_propagation();
        selected.set(Some(id.clone()));
        if let Some(el) = scroller.get_untracked() {
            let _ = el.focus();
        }
        let Some(when) = state
            .plan
            .with_untracked(|p| p.item(&id).map(|i| i.when.clone()))
        else {
            return;
        };
        let d = Drag {
            item: id,
            row,
            resize,
            when,
            x: ev.client_x(),
            y: ev.client_y(),
            moved: false,
        };
        if ev.pointer_type() == "touch" {
            // A finger drags only after a long press; before that a tap opens the
            // activity and a swipe scrolls.
            pressing.set_value(Some(d));
            set_timeout(
                move || {
                    if let Some(d) = pressing.try_update_value(Option::take).flatten() {
                        drag.set(Some(d));
                    }
                },
                LONG_PRESS,
            );
        } else {
            ev.prevent_default();
            drag.set(Some(d));
        }
    };

    // One drawn row.
    let row_view = move |row: usize| {
        let lang = state.lang.get_untracked();
        let t = lang.t();
        let Some(r) = all_rows.with_untracked(|rows| rows.get(row).cloned()) else {
            return ().into_any();
        };
        let s = scale.get_untracked();
        let top = format!("top:{}px;--depth:{}", row as f64 * ROW, r.depth);
        match r.kind {
            RowKind::Group {
                key,
                count,
                collapsed: is_collapsed,
            } => {
                let (name, color) = state.plan.with_untracked(|p| match group.get_untracked() {
                    GroupBy::Section => (
                        p.section(&crate::model::SectionId::new(&key))
                            .map(|s| s.title.clone())
                            .unwrap_or_default(),
                        None,
                    ),
                    GroupBy::Department if key.is_empty() => (t.tl_no_department.to_owned(), None),
                    GroupBy::Department => p
                        .department(&crate::model::DepartmentId::new(&key))
                        .map(|d| (d.name.clone(), Some(d.color.clone())))
                        .unwrap_or_default(),
                    GroupBy::Place if key.is_empty() => (t.tl_no_place.to_owned(), None),
                    GroupBy::Place => (
                        p.place(&crate::model::PlaceId::new(&key))
                            .map(|p| p.name.clone())
                            .unwrap_or_default(),
                        None,
                    ),
                });
                let toggle_key = key.clone();
                let toggle = move |_| {
                    let k = toggle_key.clone();
                    collapsed.update(|c| {
                        if !c.remove(&k) {
                            c.insert(k);
                        }
                    });
                };
                view! {
                    <div class="tl-row tl-group" data-testid="gantt-group" data-key=key style=top>
                        <div class="tl-label">
                            <button class="tl-toggle" data-testid="gantt-toggle"
                                aria-expanded=(!is_collapsed).to_string()
                                title=if is_collapsed { t.tl_expand } else { t.tl_collapse }
                                on:click=toggle>
                                {if is_collapsed { "▸" } else { "▾" }}
                            </button>
                            {color.map(|c| view! { <span class="tl-swatch" style=format!("--chip:{c}")></span> })}
                            <span class="tl-num">{r.number}</span>
                            <span class="tl-group-name">{name}</span>
                            <span class="tl-count">{count}</span>
                        </div>
                    </div>
                }
                .into_any()
            }
            RowKind::Item(id) => {
                let found = index
                    .with_untracked(|ix| ix.get(&id).copied())
                    .and_then(|i| state.plan.with_untracked(|p| p.items.get(i).cloned()));
                let Some(item) = found else {
                    return ().into_any();
                };
                let (departments, color, year) = state.plan.with_untracked(|p| {
                    let names: Vec<String> = item
                        .departments
                        .iter()
                        .filter_map(|d| p.department(d).map(|d| d.name.clone()))
                        .collect();
                    let color = item
                        .departments
                        .first()
                        .and_then(|d| p.department(d))
                        .map(|d| d.color.clone())
                        .unwrap_or_else(|| "#6b7785".to_owned());
                    (names.join("、"), color, p.year)
                });
                let label = when_label(lang, &item.when, year);
                let b = bar(&s, &item);
                let open_id = id.clone();
                // Nothing in a drawn row is reactive: the selection and a drag's
                // preview are drawn over the rows (see `overlays`), so scrolling
                // only creates plain elements.
                let bar_view = b.map(|b| {
                    let style = format!("left:{}px;width:{}px;--chip:{color}", b.x, b.width);
                    let resizable = matches!(
                        item.when,
                        When::Date { .. } | When::Range { .. } | When::Month { .. } | When::Months { .. }
                    );
                    let (move_id, size_id) = (id.clone(), id.clone());
                    let fill = b.done.map(|d| {
                        view! { <span class="tl-fill" style=format!("width:{:.1}%", d * 100.0)></span> }
                    });
                    view! {
                        <div class="tl-bar" data-testid="gantt-bar" data-item-id=id.0.clone()
                            data-start=b.start.to_string() data-end=b.end.to_string()
                            class:tl-fuzzy=b.fuzzy class:tl-milestone=b.milestone
                            style=style title=format!("{} · {}", item.title, label)
                            on:pointerdown=move |ev| start_drag(ev, move_id.clone(), row, false)>
                            {fill}
                            {resizable.then(|| view! {
                                <span class="tl-resize" data-testid="gantt-resize" aria-hidden="true"
                                    on:pointerdown=move |ev| start_drag(ev, size_id.clone(), row, true)></span>
                            })}
                        </div>
                    }
                });
                view! {
                    <div class="tl-row" data-testid="gantt-row" data-item-id=id.0.clone() style=top>
                        <div class="tl-label" on:click=move |_| {
                            selected.set(Some(open_id.clone()));
                            open_item(state, &open_id);
                        }>
                            <span class="tl-num">{r.number}</span>
                            <span class="tl-title">
                                <span class="tl-title-text">{item.title.clone()}</span>
                                {item.target.is_some().then(|| {
                                    let id = id.clone();
                                    view! {
                                        <button type="button" class="tl-record" data-testid="tl-record"
                                            title=t.record_title aria-label=t.record_title
                                            on:click=move |ev| {
                                                ev.stop_propagation();
                                                state.open_record(&id, super::browser::today());
                                            }>"+"</button>
                                    }
                                })}
                            </span>
                            <span class="tl-dept">{departments}</span>
                            <span class="tl-when">{label.clone()}</span>
                        </div>
                        <div class="tl-track">{bar_view}</div>
                    </div>
                }
                .into_any()
            }
        }
    };

    let header_cells = move |upper: bool| {
        let lang = state.lang.get();
        let (from, to) = x_window.get();
        headers.with(|(u, l)| {
            headers_in(if upper { u } else { l }, from, to)
                .iter()
                .map(|h| {
                    let weekend = matches!(h.label, crate::timeline::HeaderLabel::Day(_, true));
                    view! {
                        <div class="tl-cell" class:tl-weekend=weekend
                            style=format!("left:{}px;width:{}px", h.x, h.width)>
                            <span class="tl-cell-text">{header_label(lang, h.label, upper)}</span>
                        </div>
                    }
                })
                .collect_view()
        })
    };
    // Grid lines and the today line, for the part of the axis in view; they run the
    // whole height of the body, so that vertical scrolling never redraws them.
    let lines = move || {
        let (from, to) = x_window.get();
        let s = scale.get();
        let today = super::browser::today();
        let cells = headers.with(|(u, l)| {
            let upper: Vec<f64> = headers_in(u, from, to).iter().map(|h| h.x).collect();
            let lower: Vec<f64> = headers_in(l, from, to)
                .iter()
                .map(|h| h.x)
                .filter(|x| !upper.contains(x))
                .collect();
            (upper, lower)
        });
        let today_x = (today >= s.start && today <= s.end).then(|| s.x(today));
        view! {
            <div class="tl-lines">
                {cells.0.into_iter().map(|x| view! { <div class="tl-line tl-line-major" style=format!("left:{x}px")></div> }).collect_view()}
                {cells.1.into_iter().map(|x| view! { <div class="tl-line" style=format!("left:{x}px")></div> }).collect_view()}
                {today_x.map(|x| view! {
                    <div class="tl-today" data-testid="gantt-today" style=format!("left:{x}px")></div>
                })}
            </div>
        }
    };
    // Saturdays and Sundays, shaded by a repeating gradient at the closer zooms.
    let total = Memo::new(move |_| window.with(|w| w.total));
    let body_style = move || {
        let s = scale.get();
        let total = total.get();
        let ppd = s.zoom.px_per_day();
        let mut style = format!("height:{total}px;");
        if matches!(s.zoom, Zoom::Week | Zoom::Month) {
            let monday = crate::calendar::grid::monday_of(s.start);
            style.push_str(&format!(
                "background-image:repeating-linear-gradient(90deg,transparent 0 {a}px,var(--tl-weekend) {a}px {b}px);background-position:calc(var(--tl-left) + {x}px) 0;",
                a = 5.0 * ppd,
                b = 7.0 * ppd,
                x = s.x(monday),
            ));
        }
        style
    };
    // The rows of the selected activity (more than one when grouped by department).
    let selected_rows = Memo::new(move |_| {
        let Some(id) = selected.get() else {
            return Vec::new();
        };
        all_rows.with(|rows| {
            rows.iter()
                .enumerate()
                .filter(|(_, r)| matches!(&r.kind, RowKind::Item(i) if *i == id))
                .map(|(i, _)| i)
                .collect::<Vec<_>>()
        })
    });
    // The selection band, and the bar a drag would give with its new time.
    let overlays = move || {
        let id = selected.get();
        let bands = selected_rows.get().into_iter().map(|row| {
            view! {
                <div class="tl-selection" data-testid="gantt-selection"
                    data-item-id=id.as_ref().map(|i| i.0.clone()) style=format!("top:{}px", row as f64 * ROW)></div>
            }
        }).collect_view();
        let ghost = preview.get().zip(drag.get()).and_then(|((item, when), d)| {
            let span = when.span().ok().flatten()?;
            let (x, w) = geometry(&scale.get_untracked(), span);
            let lang = state.lang.get_untracked();
            let (label, color) = state.plan.with_untracked(|p| {
                let color = p
                    .item(&item)
                    .and_then(|i| i.departments.first())
                    .and_then(|d| p.department(d))
                    .map_or_else(|| "#6b7785".to_owned(), |d| d.color.clone());
                (when_label(lang, &when, p.year), color)
            });
            Some(view! {
                <div class="tl-bar tl-ghost" class:tl-fuzzy=when.is_fuzzy() data-testid="gantt-ghost"
                    style=format!("top:{}px;left:calc(var(--tl-left) + {x}px);width:{w}px;--chip:{color}", d.row as f64 * ROW + 6.0)>
                    <span class="tl-tip">{label}</span>
                </div>
            })
        });
        view! { {bands} {ghost} }
    };
    let empty = move || state.plan.with(|p| p.items.is_empty());

    view! {
        <section class="tl" data-testid="timeline" aria-label=move || t().nav_timeline>
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
                            {move || group_name(t(), g)}
                        </button>
                    }).collect_view()}
                </div>
            </div>
            <Show when=empty>
                <p class="muted tl-empty">{move || t().tl_empty}</p>
            </Show>
            <div class="tl-scroll" node_ref=scroller tabindex="0" data-testid="gantt"
                class:tl-dragging=move || drag.with(|d| d.as_ref().is_some_and(|d| d.moved))
                on:scroll=move |ev| {
                    let el: web_sys::Element = event_target(&ev);
                    scroll.set((f64::from(el.scroll_top()), f64::from(el.scroll_left())));
                }
                on:keydown=on_key_down>
                <div class="tl-canvas" style=move || format!("width:calc(var(--tl-left) + {}px)", scale.get().width())>
                    <div class="tl-head">
                        <div class="tl-corner" node_ref=corner>
                            <span class="tl-title">{move || t().tl_col_title}</span>
                            <span class="tl-dept">{move || t().tl_col_departments}</span>
                            <span class="tl-when">{move || t().tl_col_when}</span>
                        </div>
                        <div class="tl-head-track">
                            <div class="tl-head-row">{move || header_cells(true)}</div>
                            <div class="tl-head-row tl-head-lower">{move || header_cells(false)}</div>
                        </div>
                    </div>
                    <div class="tl-body" style=body_style>
                        <div class="tl-track-layer">{lines}</div>
                        <For each=move || {
                            let g = generation.get();
                            window.get().rows.map(move |i| (g, i)).collect::<Vec<_>>()
                        } key=|k| *k let:k>
                            {row_view(k.1)}
                        </For>
                        {overlays}
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

/// Width of the bars' part of a scroller `width` px wide (the left pane's width
/// taken off).
fn track_width(width: f64, corner: NodeRef<html::Div>) -> f64 {
    let left = corner
        .get_untracked()
        .map_or(0.0, |c| f64::from(c.offset_width()));
    (width - left).max(100.0)
}

fn window_height() -> f64 {
    window()
        .inner_height()
        .ok()
        .and_then(|h| h.as_f64())
        .unwrap_or(800.0)
}
