//! The activity form's record of what was done: the entries (date, amount, place,
//! note) with a delete button each, and a row to add one. Entries are part of the
//! form's draft, so they are saved, and undone, with the form.

use super::browser::{new_id, today};
use super::form::{EntryDraft, EntryField, ItemDraft};
use super::i18n::{date_label, number, tally_label};
use super::state::use_state;
use crate::model::{EntryId, PlaceId};
use leptos::prelude::*;

/// The entries of the activity in `draft`, and the row that adds one.
#[component]
pub fn ProgressEntries(draft: RwSignal<ItemDraft>) -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let t = move || lang().t();
    let entry = RwSignal::new(EntryDraft::new(today()));
    let tried = RwSignal::new(false);
    let errors = Memo::new(move |_| {
        if tried.get() {
            entry.with(EntryDraft::errors)
        } else {
            Vec::new()
        }
    });
    let error_for = move |field: EntryField| {
        move || {
            errors
                .with(|es| es.iter().find(|(f, _)| *f == field).map(|(_, e)| *e))
                .map(|e| {
                    view! {
                        <span class="field-error" role="alert" data-testid="error-message">
                            {move || super::item_form::error_text(lang(), e)}
                        </span>
                    }
                })
        }
    };
    let add = move || {
        tried.set(true);
        let Ok(e) = entry.with_untracked(|d| d.build(EntryId::new(new_id("e-")))) else {
            return;
        };
        draft.update(|d| d.progress.push(e));
        // The next entry starts on the same day, with amount 1.
        entry.update(|d| {
            d.amount = "1".to_owned();
            d.note.clear();
        });
        tried.set(false);
    };
    let set = move |f: fn(&mut EntryDraft, String)| {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            entry.update(|d| f(d, value));
        }
    };
    // Enter in the row adds the entry instead of saving the whole form.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.key() == "Enter" {
            ev.prevent_default();
            add();
        }
    };
    let place_name = move |id: &Option<PlaceId>| {
        id.as_ref()
            .and_then(|id| state.plan.with(|p| p.place(id).map(|p| p.name.clone())))
            .unwrap_or_default()
    };
    let tally = move || {
        draft.with(|d| {
            let done = crate::model::target::tally(&d.progress);
            let quantity = super::form::normalize_number(&d.quantity)
                .parse::<f64>()
                .ok()
                .filter(|_| d.has_target);
            match quantity {
                Some(q) => tally_label(done, q, &d.unit),
                None => format!("{} {}", number(done), d.unit.trim()),
            }
        })
    };
    view! {
        <fieldset class="field progress-entries" data-testid="progress-entries">
            <legend>{move || t().progress_title}" · "<span data-testid="form-tally">{tally}</span></legend>
            <ul class="entry-list">
                <For each=move || draft.with(|d| d.progress.clone()) key=|e| e.id.clone() let:e>
                    {
                        let id = e.id.clone();
                        let year = state.plan.with_untracked(|p| p.year);
                        view! {
                            <li class="entry" data-testid="progress-entry">
                                <span class="entry-date">{move || date_label(lang(), e.date, year)}</span>
                                <span class="entry-amount">{format!("+{}", number(e.amount))}</span>
                                <span class="entry-place">{place_name(&e.place)}</span>
                                <span class="entry-note">{e.note.clone()}</span>
                                <button type="button" class="btn btn-small btn-quiet btn-danger" data-testid="entry-delete"
                                    aria-label=move || t().delete
                                    on:click=move |_| draft.update(|d| d.progress.retain(|x| x.id != id))>"×"</button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <Show when=move || draft.with(|d| d.progress.is_empty())>
                <p class="muted entry-empty">{move || t().progress_empty}</p>
            </Show>
            <div class="entry-add" on:keydown=on_key>
                <label class="inline">
                    <span>{move || t().entry_date}</span>
                    <input type="date" data-testid="entry-date" prop:value=move || entry.with(|d| d.date.clone())
                        on:input=set(|d, v| d.date = v) />
                </label>
                <label class="inline">
                    <span>{move || t().entry_amount}</span>
                    <input class="input-small" data-testid="entry-amount" inputmode="decimal"
                        prop:value=move || entry.with(|d| d.amount.clone()) on:input=set(|d, v| d.amount = v) />
                </label>
                <Show when=move || state.plan.with(|p| !p.places.is_empty())>
                    <label class="inline">
                        <span>{move || t().entry_place}</span>
                        <select data-testid="entry-place"
                            on:change=set(|d, v| d.place = (!v.is_empty()).then(|| PlaceId::new(v)))>
                            <option value="" prop:selected=move || entry.with(|d| d.place.is_none())>{move || t().entry_no_place}</option>
                            <For each=move || state.plan.with(|p| p.places.clone()) key=|p| p.id.clone() let:place>
                                {
                                    let pid = place.id.clone();
                                    view! {
                                        <option value=place.id.0.clone()
                                            prop:selected=move || entry.with(|d| d.place.as_ref() == Some(&pid))>
                                            {place.name.clone()}
                                        </option>
                                    }
                                }
                            </For>
                        </select>
                    </label>
                </Show>
                <input class="entry-note-input" data-testid="entry-note" placeholder=move || t().entry_note
                    aria-label=move || t().entry_note
                    prop:value=move || entry.with(|d| d.note.clone()) on:input=set(|d, v| d.note = v) />
                <button type="button" class="btn btn-small" data-testid="progress-add" on:click=move |_| add()>
                    {move || t().progress_add}
                </button>
            </div>
            {error_for(EntryField::Date)}
            {error_for(EntryField::Amount)}
        </fieldset>
    }
}
