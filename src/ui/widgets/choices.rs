//! A picker of the plan's departments or places for the activity form: checkboxes,
//! and a field that creates a new one (an undoable edit of the plan).

use crate::model::plan::Extra;
use crate::model::{Department, DepartmentId, Edit, Place, PlaceId};
use crate::ui::browser::new_id;
use crate::ui::form::{next_color, ItemDraft};
use crate::ui::state::use_state;
use leptos::prelude::*;

/// Which list a [`Choices`] picker edits.
#[derive(Clone, Copy, PartialEq)]
pub enum ChoiceKind {
    /// The plan's departments.
    Departments,
    /// The plan's places.
    Places,
}

/// Checkboxes for the plan's departments (or places) with a field to create one.
#[component]
pub fn Choices(kind: ChoiceKind, draft: RwSignal<ItemDraft>) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let options = move || {
        state.plan.with(|p| match kind {
            ChoiceKind::Departments => p
                .departments
                .iter()
                .map(|d| (d.id.0.clone(), d.name.clone(), d.color.clone()))
                .collect::<Vec<_>>(),
            ChoiceKind::Places => p
                .places
                .iter()
                .map(|pl| (pl.id.0.clone(), pl.name.clone(), String::new()))
                .collect(),
        })
    };
    let checked = move |id: &str| {
        draft.with(|d| match kind {
            ChoiceKind::Departments => d.departments.iter().any(|x| x.as_str() == id),
            ChoiceKind::Places => d.places.iter().any(|x| x.as_str() == id),
        })
    };
    let toggle = move |id: String, on: bool| {
        draft.update(|d| match kind {
            ChoiceKind::Departments => {
                d.departments.retain(|x| x.as_str() != id);
                if on {
                    d.departments.push(DepartmentId::new(id))
                }
            }
            ChoiceKind::Places => {
                d.places.retain(|x| x.as_str() != id);
                if on {
                    d.places.push(PlaceId::new(id))
                }
            }
        })
    };
    let new_name = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let create = move || {
        let name = new_name.get_untracked().trim().to_owned();
        let t = state.lang.get_untracked().t();
        if name.is_empty() {
            problem.set(Some(t.err_name_required));
            return;
        }
        if options().iter().any(|(_, n, _)| n == &name) {
            problem.set(Some(t.err_name_taken));
            return;
        }
        let (id, edit) = match kind {
            ChoiceKind::Departments => {
                let id = new_id("d-");
                let color = state
                    .plan
                    .with_untracked(|p| next_color(p.departments.iter().map(|d| d.color.as_str())));
                (
                    id.clone(),
                    Edit::AddDepartment(Department {
                        id: DepartmentId::new(id),
                        name,
                        color: color.to_owned(),
                        extra: Extra::new(),
                    }),
                )
            }
            ChoiceKind::Places => {
                let id = new_id("p-");
                (
                    id.clone(),
                    Edit::AddPlace(Place {
                        id: PlaceId::new(id),
                        name,
                        kind: String::new(),
                        extra: Extra::new(),
                    }),
                )
            }
        };
        if state.edit(edit).is_ok() {
            toggle(id, true);
            new_name.set(String::new());
            problem.set(None);
        }
    };
    let texts = move || {
        let t = state.lang.get().t();
        match kind {
            ChoiceKind::Departments => (t.field_departments, t.no_departments, t.new_department),
            ChoiceKind::Places => (t.field_places, t.no_places, t.new_place),
        }
    };
    let testid = match kind {
        ChoiceKind::Departments => "departments",
        ChoiceKind::Places => "places",
    };
    view! {
        <fieldset class="field choices" data-testid=format!("item-{testid}")>
            <legend>{move || texts().0}</legend>
            <div class="choice-list">
                <Show when=move || options().is_empty()>
                    <span class="muted">{move || texts().1}</span>
                </Show>
                {move || options().into_iter().map(|(id, name, color)| {
                    let id2 = id.clone();
                    let style = (!color.is_empty()).then(|| format!("--chip:{color}"));
                    // A class, not `:has(input:checked)`, which Chromium has from 105 only.
                    let on = {let id = id.clone(); move || checked(&id)};
                    let marked = on.clone();
                    view! {
                        <label class="choice" class:choice-on=marked style=style>
                            <input type="checkbox" prop:checked=on
                                on:change:target=move |ev| toggle(id2.clone(), ev.target().checked()) />
                            <span>{name}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
            <div class="choice-new">
                <input data-testid=format!("new-{testid}-name") placeholder=move || texts().2 prop:value=new_name
                    on:input:target=move |ev| new_name.set(ev.target().value())
                    on:keydown=move |ev| if ev.key() == "Enter" { ev.prevent_default(); create() } />
                <button type="button" class="btn btn-small" data-testid=format!("new-{testid}-add") on:click=move |_| create()>{move || t().add}</button>
            </div>
            {move || problem.get().map(|p| view! { <span class="field-error" role="alert" data-testid="error-message">{p}</span> })}
        </fieldset>
    }
}
