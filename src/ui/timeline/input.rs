//! The timeline's input: the keyboard on the focused chart (pick, move, resize,
//! open, record) and the pointer (drag a bar or its right edge; on touch, after a
//! long press). Every change is `AppState::set_when`, the same undoable edit as a
//! form's.

use crate::model::ItemId;
use crate::timeline::edit::{drag_steps, moved_by, on_key, resized_by, KeyCommand};
use crate::timeline::{scroll_to_show, RowKind};
use crate::ui::timeline::chart::{geometry, track_width, Chart, Drag, HEAD, ROW};
use crate::ui::widgets::press::follow;
use leptos::prelude::*;

/// Brings row `row` (and its bar) into view.
pub(crate) fn show_row(c: Chart, row: usize) {
    let Chart {
        state,
        scroller,
        corner,
        scroll,
        size,
        scale,
        all_rows,
        ..
    } = c;
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
}

/// The chart's keys (`timeline::edit::on_key`) on the picked activity.
pub(crate) fn on_key_down(c: Chart, ev: web_sys::KeyboardEvent) {
    let Chart {
        state,
        selected,
        drag,
        preview,
        zoom,
        all_rows,
        window,
        ..
    } = c;
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
        show_row(c, *row);
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
        (KeyCommand::Open, Some(pos)) => state.open_item(&items[pos].1),
        (KeyCommand::Record, Some(pos)) => {
            state.open_record(&items[pos].1, crate::ui::browser::today())
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
                request_animation_frame(move || show_row(c, items[pos].0));
            }
        }
    }
}

/// Listens to the pointer on the whole window while the timeline is shown: a drag
/// follows the pointer wherever it goes, and ends wherever it is let go.
pub(crate) fn listen(c: Chart) {
    let Chart {
        state,
        drag,
        pressing,
        preview,
        zoom,
        ..
    } = c;
    let moving = window_event_listener(leptos::ev::pointermove, move |ev| {
        let Some(d) = follow(&ev, drag, pressing) else {
            return;
        };
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
            state.open_item(&d.item);
            return;
        }
        let Some(d) = drag.get_untracked() else {
            return;
        };
        drag.set(None);
        let to = preview.try_update(Option::take).flatten();
        if !d.moved {
            if !d.resize {
                state.open_item(&d.item);
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
        moving.remove();
        up.remove();
        cancel.remove();
    });
}

/// A pointer pressed on the bar of activity `id` in row `row` (on its right edge
/// with `resize`): picks it, and starts a drag.
pub(crate) fn start_drag(
    c: Chart,
    ev: web_sys::PointerEvent,
    id: ItemId,
    row: usize,
    resize: bool,
) {
    let Chart {
        state,
        scroller,
        selected,
        drag,
        pressing,
        ..
    } = c;
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
    // A finger's swipe scrolls the chart; a mouse's drag selects no text.
    if ev.pointer_type() != "touch" {
        ev.prevent_default();
    }
    crate::ui::widgets::press::begin(&ev, d, drag, pressing);
}
