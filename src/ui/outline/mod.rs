//! The outline view: numbered sections and activities, editable in place.
//! Rows come from the pure [`outline`] view-model; this file only renders them and
//! turns clicks, keys and drags into edits. Activity rows are in `outline_item`.

mod dragging;
mod item;
mod section;

use section::SectionRow;

use dragging::Dragging;

use crate::model::outline::{outline, OutlineRow, RowKind};
use crate::model::plan::Extra;
use crate::model::{Edit, Section, SectionId};
use crate::ui::browser::new_id;
use crate::ui::outline::item::ItemRow;
use crate::ui::state::use_state;
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
