//! The outline view: numbered sections and activities, editable in place.
//! Rows come from the pure [`outline`] view-model; this file only renders them and
//! turns clicks, keys and drags into edits. Activity rows are in `outline_item`.

mod dragging;
mod item;

use dragging::Dragging;

use crate::model::outline::{outline, OutlineRow, RowKind};
use crate::model::plan::Extra;
use crate::model::{Edit, Section, SectionId};
use crate::ui::browser::new_id;
use crate::ui::i18n::confirm_delete_section;
use crate::ui::outline::item::ItemRow;
use crate::ui::state::{use_state, Confirmed, Dialog};
use leptos::prelude::*;

/// A key that changes whenever a row must be drawn anew (its number or place).
fn row_key(row: &OutlineRow) -> String {
    match &row.kind {
        RowKind::Section(id) => format!("s|{id}|{}|{}", row.number, row.depth),
        RowKind::Item {
            id,
            index,
            siblings,
            ..
        } => {
            format!("i|{id}|{}|{}|{index}|{siblings}", row.number, row.depth)
        }
    }
}

/// The outline of the current plan.
#[component]
pub fn Outline() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let rows = Memo::new(move |_| state.plan.with(outline));
    let dragging = RwSignal::new(None::<Dragging>);
    provide_context(dragging);
    let add_section = move |parent: Option<SectionId>| {
        let id = SectionId::new(new_id("s-"));
        let title = state.lang.get_untracked().t().new_section_title.to_owned();
        let section = Section {
            id: id.clone(),
            parent,
            title,
            order: 0,
            extra: Extra::new(),
        };
        if state.edit(Edit::AddSection(section)).is_ok() {
            state.renaming.set(Some(id));
        }
    };
    provide_context(Callback::new(add_section));
    view! {
        <section class="outline" aria-label=move || t().nav_outline>
            <Show when=move || state.plan.with(|p| p.sections.is_empty())>
                <p class="outline-empty">{move || t().empty_outline}</p>
            </Show>
            <ol class="outline-list">
                <For each=move || rows.get() key=row_key let:row>
                    {match row.kind.clone() {
                        RowKind::Section(id) => view! { <SectionRow id number=row.number.clone() depth=row.depth /> }.into_any(),
                        RowKind::Item { id, section, index, siblings } => view! {
                            <ItemRow id section index siblings number=row.number.clone() depth=row.depth />
                        }.into_any(),
                    }}
                </For>
            </ol>
            <div class="outline-foot">
                <button class="btn btn-primary" data-testid="add-section" on:click=move |_| add_section(None)>
                    "+ " {move || t().add_section}
                </button>
                <p class="hint">{move || t().keyboard_hint}</p>
            </div>
        </section>
    }
}

#[component]
fn SectionRow(id: SectionId, number: String, depth: usize) -> impl IntoView {
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
            {move || if renaming() {
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
                }.into_any()
            } else {
                view! {
                    <span class="outline-section-title" on:dblclick=move |_| state.renaming.set(Some(sid.get_value()))>
                        {title}
                    </span>
                }.into_any()
            }}
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
