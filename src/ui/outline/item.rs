//! One activity's row of the outline: its number, title and summary, its progress
//! tally and "+1", and its buttons (edit, move, delete); dragged to reorder.

use crate::model::{Edit, ItemId, SectionId, Status};
use crate::ui::i18n::status_label;
use crate::ui::outline::dragging::Dragging;
use crate::ui::state::{use_state, Dialog};
use crate::ui::summary::item_summary;
use leptos::prelude::*;

/// Puts keyboard focus back on an item row after it was redrawn: as soon as the
/// redraw has run (a task queued after it on the same queue), so that a second
/// Alt+↓ pressed at once still lands on the row, and once more at the next frame in
/// case the redraw came later.
fn focus_item(id: &ItemId) {
    let selector = format!(
        "[data-testid=item-row][data-item-id=\"{}\"]",
        id.as_str().replace('"', "")
    );
    let focus = move || {
        if let Ok(Some(el)) = document().query_selector(&selector) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    };
    let again = focus.clone();
    wasm_bindgen_futures::spawn_local(async move { focus() });
    request_animation_frame(again);
}

/// The row of activity `id`, the `index`-th of `siblings` in `section`.
#[component]
pub(crate) fn ItemRow(
    id: ItemId,
    section: SectionId,
    index: usize,
    siblings: usize,
    number: String,
    depth: usize,
) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let dragging = expect_context::<RwSignal<Option<Dragging>>>();
    let iid = StoredValue::new(id.clone());
    let sec = StoredValue::new(section);
    let over = RwSignal::new(false);
    let open = move || {
        state.dialog.set(Some(Dialog::Item {
            item: Some(iid.get_value()),
            section: sec.get_value(),
            when: None,
        }))
    };
    let move_to = move |to: usize| {
        if state
            .edit(Edit::MoveItem {
                id: iid.get_value(),
                section: sec.get_value(),
                index: to,
            })
            .is_ok()
        {
            focus_item(&iid.get_value());
        }
    };
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.target() != ev.current_target() {
            return;
        }
        match (ev.key().as_str(), ev.alt_key()) {
            ("ArrowUp", true) if index > 0 => {
                ev.prevent_default();
                move_to(index - 1);
            }
            ("ArrowDown", true) if index + 1 < siblings => {
                ev.prevent_default();
                move_to(index + 1);
            }
            ("Enter", false) => {
                ev.prevent_default();
                open();
            }
            ("Delete", false) => {
                ev.prevent_default();
                state.delete_item(&iid.get_value());
            }
            _ => {}
        }
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        if let Some(Dragging::Item(moved)) = dragging.get_untracked() {
            if moved != iid.get_value() {
                let _ = state.edit(Edit::MoveItem {
                    id: moved,
                    section: sec.get_value(),
                    index,
                });
            }
        }
        dragging.set(None);
    };
    view! {
        <li
            class=format!("outline-item depth-{}", depth.min(5))
            class:dragging=move || dragging.get() == Some(Dragging::Item(iid.get_value()))
            class:drop-target=move || over.get()
            data-testid="item-row"
            data-item-id=id.0.clone()
            tabindex="0"
            draggable="true"
            title=move || t().drag_hint
            on:keydown=on_key
            on:dblclick=move |_| open()
            on:dragstart=move |_| dragging.set(Some(Dragging::Item(iid.get_value())))
            on:dragend=move |_| dragging.set(None)
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                let target = matches!(dragging.get_untracked(), Some(Dragging::Item(ref i)) if *i != iid.get_value());
                if over.get_untracked() != target {
                    over.set(target);
                }
            }
            on:dragleave=move |_| over.set(false)
            on:drop=move |ev| {
                over.set(false);
                on_drop(ev)
            }
        >
            <span class="outline-number">{number}</span>
            <ItemSummary iid />
            <span class="row-actions">
                <button class="btn btn-small" data-testid="edit-item" on:click=move |_| open()>{move || t().edit}</button>
                <button class="btn btn-small btn-quiet" aria-label=move || t().move_up title=move || t().move_up
                    prop:disabled={index == 0} on:click=move |_| move_to(index.saturating_sub(1))>"↑"</button>
                <button class="btn btn-small btn-quiet" aria-label=move || t().move_down title=move || t().move_down
                    prop:disabled={index + 1 >= siblings} on:click=move |_| move_to(index + 1)>"↓"</button>
                <button class="btn btn-small btn-danger" data-testid="delete-item"
                    on:click=move |_| state.delete_item(&iid.get_value())>{move || t().delete}</button>
            </span>
        </li>
    }
}

/// The activity's title, notes and summary line (time, departments, places, lead,
/// target, progress, status).
#[component]
fn ItemSummary(iid: StoredValue<ItemId>) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let summary = Memo::new(move |_| {
        let lang = state.lang.get();
        state.plan.with(|p| {
            p.item(&iid.get_value())
                .map(|item| item_summary(lang, p, item))
        })
    });
    {
        move || {
            summary.get().map(|s| {
        let lang = state.lang.get();
        let status = s.status;
        view! {
            <span class="item-main">
                <span class="item-title" data-testid="item-title">{s.title}</span>
                {(!s.notes.is_empty()).then(|| view! { <span class="item-notes">{s.notes}</span> })}
                <span class="item-meta">
                    <span class=if s.fuzzy { "item-when fuzzy" } else { "item-when" } data-testid="item-when">
                        {s.when}
                        {(!s.repeat.is_empty()).then(|| format!(" · {}", s.repeat))}
                    </span>
                    {s.departments.into_iter().map(|chip| view! {
                        <span class="chip" data-testid="item-department" style=crate::model::palette::chip_style(&chip.color)>{chip.name}</span>
                    }).collect_view()}
                    {(!s.places.is_empty()).then(|| view! { <span class="item-places">{s.places}</span> })}
                    {(!s.lead.is_empty()).then(|| view! { <span class="item-lead">{t().lead_prefix}{s.lead}</span> })}
                    {s.target.map(|tg| view! { <span class="item-target" data-testid="item-target">{tg}</span> })}
                    <ProgressMark iid />
                    {(status != Status::Planned).then(|| view! {
                        <span class=format!("status status-{status:?}").to_lowercase() data-testid="item-status">{status_label(lang, status)}</span>
                    })}
                </span>
            </span>
        }
    })
        }
    }
}

/// The tally against the target ("3/100 场"), coloured by how it stands; the
/// tally of the period under way when the target is per period ("第三季度：0/1 次
/// — 落后"); "+1" where the target is counted in occasions, and "记录" that opens
/// the record dialog (people, kind, photos).
#[component]
fn ProgressMark(iid: StoredValue<ItemId>) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    // The tally against the target ("3/100 场"), how it stands, and whether "+1"
    // fits its unit.
    let progress = Memo::new(move |_| {
        let today = crate::ui::browser::today();
        state.plan.with(|p| {
            let item = p.item(&iid.get_value())?;
            let target = item.target.as_ref()?;
            let s = crate::progress::standing(item, today)?;
            let class = if s.verdict == crate::progress::Verdict::Met {
                "progress-met"
            } else if s.at_risk() {
                "progress-behind"
            } else {
                "progress-on"
            };
            Some((
                crate::ui::i18n::tally_label(s.tally, s.quantity, &target.unit),
                class,
                crate::progress::is_count_unit(&target.unit),
            ))
        })
    });
    let period = Memo::new(move |_| {
        let today = crate::ui::browser::today();
        let lang = state.lang.get();
        state.plan.with(|p| {
            let item = p.item(&iid.get_value())?;
            crate::ui::i18n::shown_period_label(lang, item, today, p.year)
        })
    });
    let recordable = Memo::new(move |_| {
        state.plan.with(|p| {
            p.item(&iid.get_value()).map_or((false, false), |i| {
                let counts = i
                    .target
                    .as_ref()
                    .map(|t| t.unit.as_str())
                    .or(i.per_period.as_ref().map(|t| t.unit.as_str()))
                    .is_some_and(crate::progress::is_count_unit);
                (i.target.is_some() || i.per_period.is_some(), counts)
            })
        })
    });
    view! {
        {move || progress.get().map(|(tally, class, _)| view! {
            <span class=format!("progress-tally {class}") data-testid="progress-tally">{tally}</span>
        })}
        {move || period.get().map(|(label, risk)| view! {
            <span class="progress-tally period-tally" class:progress-behind=risk class:progress-on=!risk
                data-testid="period-tally">{label}</span>
        })}
        {move || recordable.get().1.then(|| view! {
            <button class="btn btn-small progress-plus" data-testid="progress-plus-one"
                title=move || t().progress_plus_one_hint
                on:click=move |ev: web_sys::MouseEvent| {
                    ev.stop_propagation();
                    state.plus_one(&iid.get_value());
                }>"+1"</button>
        })}
        {move || recordable.get().0.then(|| view! {
            <button class="btn btn-small progress-record" data-testid="progress-record"
                title=move || t().record_hint
                on:click=move |ev: web_sys::MouseEvent| {
                    ev.stop_propagation();
                    state.open_record(&iid.get_value(), crate::ui::browser::today());
                }>{move || t().record_button}</button>
        })}
    }
}
