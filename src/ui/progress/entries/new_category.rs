//! A kind of activity added to the plan's categories from the record form.

use crate::ui::browser::new_id;
use crate::ui::form::EntryDraft;
use crate::ui::state::use_state;
use leptos::prelude::*;

/// The value of the category picker's last option, which opens [`NewCategory`].
pub(super) const NEW_CATEGORY: &str = "+";

/// A name and a unit for a kind of activity the plan adds to its categories
/// (an undoable edit of its own, like a new department); the entry counts in it.
#[component]
pub(super) fn NewCategory(entry: RwSignal<EntryDraft>, adding: RwSignal<bool>) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let name = RwSignal::new(String::new());
    let unit = RwSignal::new("次".to_owned());
    let problem = RwSignal::new(None::<&'static str>);
    let create = move || {
        let t = state.lang.get_untracked().t();
        let typed = name.get_untracked().trim().to_owned();
        if typed.is_empty() {
            problem.set(Some(t.err_name_required));
            return;
        }
        if state
            .plan
            .with_untracked(|p| crate::model::category::name_taken(p, &typed))
        {
            problem.set(Some(t.err_name_taken));
            return;
        }
        let id = new_id("c-");
        let category = crate::model::OwnCategory {
            id: id.clone(),
            name: typed,
            unit: unit.get_untracked().trim().to_owned(),
            extra: Default::default(),
        };
        if state
            .edit(crate::model::Edit::AddCategory(category))
            .is_ok()
        {
            entry.update(|d| d.category = Some(id));
            adding.set(false);
        }
    };
    // Enter adds the category, not the entry or the form around it.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            ev.stop_propagation();
            create();
        }
    };
    view! {
        <div class="choice-new entry-category-new" on:keydown=on_key>
            <input data-testid="category-new-name" aria-label=move || t().entry_category_name
                placeholder=move || t().entry_category_name autofocus=true prop:value=name
                on:input:target=move |ev| name.set(ev.target().value()) />
            <input class="input-tiny" data-testid="category-new-unit" aria-label=move || t().entry_category_unit
                prop:value=unit on:input:target=move |ev| unit.set(ev.target().value()) />
            <button type="button" class="btn btn-small" data-testid="category-add" on:click=move |_| create()>{move || t().add}</button>
            <button type="button" class="btn btn-small btn-quiet" data-testid="category-cancel"
                on:click=move |_| adding.set(false)>{move || t().cancel}</button>
            {move || problem.get().map(|p| view! { <span class="field-error" role="alert" data-testid="error-message">{p}</span> })}
        </div>
    }
}
