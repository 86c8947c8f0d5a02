//! A section's row of the outline: its number and title (renamed in place), and
//! its buttons (add an activity or a subsection, rename, move, delete); dragged to
//! reorder, and a drop target for activities and sections.

use crate::model::{Edit, SectionId};
use crate::ui::i18n::confirm_delete_section;
use crate::ui::outline::dragging::Dragging;
use crate::ui::state::{use_state, Confirmed, Dialog};
use leptos::prelude::*;

#[component]
pub(crate) fn SectionRow(id: SectionId, number: String, depth: usize) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let dragging = expect_context::<RwSignal<Option<Dragging>>>();
    let add_section = expect_context::<Callback<Option<SectionId>>>();
    let sid = StoredValue::new(id.clone());
    let over = RwSignal::new(false);
    let section = Memo::new(move |_| state.plan.with(|p| p.section(&sid.get_value()).cloned()));
    let title = move || section.with(|s| s.as_ref().map(|s| s.title.clone()).unwrap_or_default());
    let parent = move || section.with(|s| s.as_ref().and_then(|s| s.parent.clone()));
    let position = move || {
        let id = sid.get_value();
        state.plan.with(|p| {
            let siblings = p.children_of(parent().as_ref());
            (
                siblings.iter().position(|s| s.id == id).unwrap_or(0),
                siblings.len(),
            )
        })
    };
    let move_by = move |delta: isize| {
        let (pos, len) = position();
        let index = pos as isize + delta;
        if index >= 0 && (index as usize) < len {
            let _ = state.edit(Edit::MoveSection {
                id: sid.get_value(),
                parent: parent(),
                index: index as usize,
            });
        }
    };
    let delete = move || {
        let lang = state.lang.get_untracked();
        let id = sid.get_value();
        let count = state
            .plan
            .with_untracked(|p| p.items.iter().filter(|i| i.section == id).count());
        let message = confirm_delete_section(lang, &title(), count);
        state.dialog.set(Some(Dialog::Confirm {
            message,
            action: Confirmed::DeleteSection(id),
        }));
    };
    let on_drop = move |ev: web_sys::DragEvent| {
        ev.prevent_default();
        match dragging.get_untracked() {
            Some(Dragging::Item(item)) => {
                let index = state
                    .plan
                    .with_untracked(|p| p.items_of(&sid.get_value()).len());
                let _ = state.edit(Edit::MoveItem {
                    id: item,
                    section: sid.get_value(),
                    index,
                });
            }
            Some(Dragging::Section(moved)) if moved != sid.get_value() => {
                let (index, _) = position();
                let _ = state.edit(Edit::MoveSection {
                    id: moved,
                    parent: parent(),
                    index,
                });
            }
            _ => {}
        }
        dragging.set(None);
    };
    view! {
        <li
            class=format!("outline-section depth-{}", depth.min(4))
            data-testid="section-row"
            data-section-id=id.0.clone()
            draggable="true"
            class:drop-target=move || over.get()
            on:dragstart=move |_| dragging.set(Some(Dragging::Section(sid.get_value())))
            on:dragend=move |_| dragging.set(None)
            on:dragover=move |ev: web_sys::DragEvent| {
                ev.prevent_default();
                let target = match dragging.get_untracked() {
                    Some(Dragging::Section(ref s)) => *s != sid.get_value(),
                    Some(Dragging::Item(_)) => true,
                    None => false,
                };
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
            <SectionTitle sid />
            <span class="row-actions">
                <button class="btn btn-small" data-testid="add-item"
                    on:click=move |_| state.dialog.set(Some(Dialog::Item { item: None, section: sid.get_value(), when: None }))>
                    "+ " {move || t().add_item}
                </button>
                <button class="btn btn-small btn-quiet" data-testid="add-subsection"
                    on:click=move |_| add_section.run(Some(sid.get_value()))>
                    {move || t().add_subsection}
                </button>
                <button class="btn btn-small btn-quiet" data-testid="rename-section"
                    on:click=move |_| state.renaming.set(Some(sid.get_value()))>
                    {move || t().rename}
                </button>
                <button class="btn btn-small btn-quiet" aria-label=move || t().move_up title=move || t().move_up
                    on:click=move |_| move_by(-1)>"↑"</button>
                <button class="btn btn-small btn-quiet" aria-label=move || t().move_down title=move || t().move_down
                    on:click=move |_| move_by(1)>"↓"</button>
                <button class="btn btn-small btn-danger" data-testid="delete-section" on:click=move |_| delete()>
                    {move || t().delete}
                </button>
            </span>
        </li>
    }
}

/// A section's title, or, while it is being renamed, the field that renames it in
/// place (Enter keeps, Escape drops, leaving the field keeps).
#[component]
fn SectionTitle(sid: StoredValue<SectionId>) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let title = Memo::new(move |_| {
        state.plan.with(|p| {
            p.section(&sid.get_value())
                .map(|s| s.title.clone())
                .unwrap_or_default()
        })
    });
    let title = move || title.get();
    let renaming = move || state.renaming.get().as_ref() == Some(&sid.get_value());
    let commit_title = move |value: String| {
        let value = value.trim().to_owned();
        if !value.is_empty() && value != title() {
            let _ = state.edit(Edit::RenameSection {
                id: sid.get_value(),
                title: value,
            });
        }
        state.renaming.set(None);
    };
    move || {
        if renaming() {
            view! {
                <input
                    class="outline-rename"
                    data-testid="section-title-input"
                    aria-label=move || t().section_title
                    prop:value=title()
                    autofocus
                    on:keydown:target=move |ev| {
                        match ev.key().as_str() {
                            "Enter" => commit_title(ev.target().value()),
                            "Escape" => state.renaming.set(None),
                            _ => {}
                        }
                    }
                    on:blur:target=move |ev| commit_title(ev.target().value())
                />
            }
            .into_any()
        } else {
            view! {
                <span class="outline-section-title" on:dblclick=move |_| state.renaming.set(Some(sid.get_value()))>
                    {title}
                </span>
            }
            .into_any()
        }
    }
}
