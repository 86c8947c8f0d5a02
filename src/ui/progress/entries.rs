//! Recording what was done. The activity form's 完成情况 section lists the entries
//! (date, amount, place, note), each with edit and delete buttons, and a row to add
//! one; its entries are part of the form's draft, so they are saved, and undone,
//! with the form. The record dialog, opened from the calendar and the timeline,
//! adds one entry straight away (an undoable edit of its own), as does "+1" in the
//! outline: `AppState::record`. Both use the same fields, [`EntryFields`].

use crate::model::{EntryId, ItemId, PlaceId};
use crate::ui::browser::{new_id, today};
use crate::ui::form::{EntryDraft, EntryField, ItemDraft};
use crate::ui::i18n::{date_label, number, record_heading, tally_label};
use crate::ui::state::use_state;
use crate::ui::widgets::field_problem::FieldProblem;
use crate::ui::widgets::modal::Modal;
use crate::ui::widgets::photos::{keep, problem_text, PhotoProblem, PhotoThumb};
use chrono::NaiveDate;
use leptos::prelude::*;
use new_category::{NewCategory, NEW_CATEGORY};

mod new_category;

/// The fields of one entry: date, amount, place (when the plan has places) and
/// note, with the messages for a bad date or amount once `tried` is set.
#[component]
fn EntryFields(
    entry: RwSignal<EntryDraft>,
    tried: RwSignal<bool>,
    /// The category the activity's records count as unless one says otherwise.
    #[prop(into)]
    default_category: Signal<String>,
    /// Photos being prepared and kept; the entry waits for them.
    busy: RwSignal<u32>,
    /// Put the focus on the amount when shown (the record dialog).
    #[prop(optional)]
    autofocus: bool,
) -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let t = move || lang().t();
    // Why the last photo was not kept.
    let problem = RwSignal::new(None::<PhotoProblem>);
    // The fields of a new category are open.
    let adding = RwSignal::new(false);
    let on_photos = move |ev: leptos::ev::Event| {
        let input: web_sys::HtmlInputElement = event_target(&ev);
        let Some(files) = input.files() else { return };
        let picked: Vec<web_sys::File> = (0..files.length()).filter_map(|i| files.get(i)).collect();
        // The same photo picked again is a new change.
        input.set_value("");
        problem.set(None);
        if picked.is_empty() {
            return;
        }
        // One at a time, in the order picked: a phone decodes one 12-megapixel
        // photo at a time comfortably, and the thumbnails keep the order.
        busy.update(|n| *n += picked.len() as u32);
        leptos::task::spawn_local(async move {
            for file in picked {
                let kept = keep(&file).await;
                busy.try_update(|n| *n = n.saturating_sub(1));
                match kept {
                    Ok(id) => {
                        entry.try_update(|d| d.photos.push(id));
                    }
                    Err(p) => {
                        problem.try_set(Some(p));
                    }
                }
            }
        });
    };
    let remove = Callback::new(move |id: crate::model::PhotoId| {
        entry.update(|d| d.photos.retain(|x| *x != id));
    });
    let errors = Memo::new(move |_| {
        if tried.get() {
            entry.with(EntryDraft::errors)
        } else {
            Vec::new()
        }
    });
    let set = move |f: fn(&mut EntryDraft, String)| {
        move |ev: leptos::ev::Event| {
            let value = event_target_value(&ev);
            entry.update(|d| f(d, value));
        }
    };
    view! {
        <div class="entry-fields">
            <label class="inline">
                <span>{move || t().entry_date}</span>
                <input type="date" data-testid="entry-date" prop:value=move || entry.with(|d| d.date.clone())
                    on:input=set(|d, v| d.date = v) />
            </label>
            <label class="inline">
                <span>{move || t().entry_amount}</span>
                <input class="input-small" data-testid="entry-amount" inputmode="decimal" autofocus=autofocus
                    prop:value=move || entry.with(|d| d.amount.clone()) on:input=set(|d, v| d.amount = v) />
            </label>
            <label class="inline">
                <span>{move || t().entry_attendance}</span>
                <input class="input-small" data-testid="entry-attendance" inputmode="numeric"
                    placeholder=move || t().entry_attendance_hint
                    prop:value=move || entry.with(|d| d.attendance.clone()) on:input=set(|d, v| d.attendance = v) />
            </label>
            <label class="inline">
                <span>{move || t().entry_category}</span>
                <select data-testid="entry-category" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    if v == NEW_CATEGORY {
                        adding.set(true);
                    } else {
                        adding.set(false);
                        entry.update(|d| d.category = (!v.is_empty()).then_some(v));
                    }
                }>
                    {move || {
                        let lang = lang();
                        let picked = entry.with(|d| d.category.clone()).unwrap_or_else(|| default_category.get());
                        state.plan.with(|p| crate::model::category::all(p).map(|c| {
                            let selected = !adding.get() && c.key() == picked;
                            view! {
                                <option value=c.key().to_owned() prop:selected=selected>
                                    {crate::ui::i18n::category_name(lang, c).to_owned()}
                                </option>
                            }
                        }).collect_view())
                    }}
                    <option value=NEW_CATEGORY prop:selected=move || adding.get()>{move || t().entry_category_new}</option>
                </select>
            </label>
            <Show when=move || adding.get()>
                <NewCategory entry adding />
            </Show>
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
            <label class="inline">
                <span>{move || t().entry_lead}</span>
                <input class="input-small" data-testid="entry-lead"
                    prop:value=move || entry.with(|d| d.lead.clone()) on:input=set(|d, v| d.lead = v) />
            </label>
            <div class="entry-photos">
                <label class="btn btn-small photo-add">
                    <input type="file" class="sr-only" accept="image/*" capture="environment" multiple
                        data-testid="entry-photo" on:change=on_photos />
                    {move || t().entry_photo}
                </label>
                <label class="btn btn-small btn-quiet photo-add">
                    <input type="file" class="sr-only" accept="image/*" multiple
                        data-testid="entry-photo-pick" on:change=on_photos />
                    {move || t().entry_photo_pick}
                </label>
                <For each=move || entry.with(|d| d.photos.clone()) key=|id| id.clone() let:id>
                    <PhotoThumb id on_remove=remove />
                </For>
                <Show when=move || { busy.get() > 0 }>
                    <span class="muted photo-busy" data-testid="photo-busy">{move || t().photo_busy}</span>
                </Show>
            </div>
            {move || problem.get().map(|p| view! {
                <p class="field-problem" role="alert" data-testid="photo-problem">{problem_text(lang(), &p)}</p>
            })}
            <input class="entry-note-input" data-testid="entry-note" placeholder=move || t().entry_note
                aria-label=move || t().entry_note
                prop:value=move || entry.with(|d| d.note.clone()) on:input=set(|d, v| d.note = v) />
        </div>
        <FieldProblem errors field=EntryField::Date />
        <FieldProblem errors field=EntryField::Amount />
        <FieldProblem errors field=EntryField::Attendance />
    }
}

/// The entries of the activity in `draft`, and the row that adds one or changes
/// the one being edited.
#[component]
pub fn ProgressEntries(draft: RwSignal<ItemDraft>) -> impl IntoView {
    let state = use_state();
    let lang = move || state.lang.get();
    let t = move || lang().t();
    let entry = RwSignal::new(EntryDraft::new(today()));
    let tried = RwSignal::new(false);
    let busy = RwSignal::new(0u32);
    // The entry whose values are in the row, if it is being edited.
    let editing = RwSignal::new(None::<EntryId>);
    let reset = move || {
        // The next entry starts on the same day, with amount 1.
        entry.update(|d| {
            d.amount = "1".to_owned();
            d.note.clear();
            d.attendance.clear();
            d.photos.clear();
            d.base = None;
        });
        editing.set(None);
        tried.set(false);
    };
    let add = move || {
        if busy.get_untracked() > 0 {
            return;
        }
        tried.set(true);
        let id = editing
            .get_untracked()
            .unwrap_or_else(|| EntryId::new(new_id("e-")));
        let Ok(e) = state
            .plan
            .with_untracked(|p| entry.with_untracked(|d| d.build(id, p)))
        else {
            return;
        };
        draft.update(|d| match d.progress.iter_mut().find(|x| x.id == e.id) {
            Some(old) => *old = e,
            None => d.progress.push(e),
        });
        reset();
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
            let quantity = crate::ui::form::normalize_number(&d.quantity)
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
                <For each=move || draft.with(|d| d.progress.clone()) key=|e| format!("{e:?}") let:e>
                    {
                        let year = state.plan.with_untracked(|p| p.year);
                        let (edit_id, delete_id, mark_id) = (e.id.clone(), e.id.clone(), e.id.clone());
                        let shown = EntryDraft::from_entry(&e);
                        view! {
                            <li class="entry" data-testid="progress-entry"
                                class:entry-editing=move || editing.with(|x| x.as_ref() == Some(&mark_id))>
                                <span class="entry-date">{move || date_label(lang(), e.date, year)}</span>
                                <span class="entry-amount">{format!("+{}", number(e.amount))}</span>
                                <span class="entry-people">{
                                    let people = e.attendance;
                                    move || people.map(|n| crate::ui::i18n::people_label(lang(), n))
                                }</span>
                                <span class="entry-place">{place_name(&e.place)}</span>
                                <span class="entry-note">{e.note.clone()}</span>
                                <span class="entry-thumbs">
                                    {e.photos.iter().cloned().map(|id| view! { <PhotoThumb id /> }).collect_view()}
                                </span>
                                <button type="button" class="btn btn-small btn-quiet" data-testid="entry-edit"
                                    aria-label=move || t().edit title=move || t().edit
                                    on:click=move |_| {
                                        entry.set(shown.clone());
                                        editing.set(Some(edit_id.clone()));
                                        tried.set(false);
                                    }>"✎"</button>
                                <button type="button" class="btn btn-small btn-quiet btn-danger" data-testid="entry-delete"
                                    aria-label=move || t().delete title=move || t().delete
                                    on:click=move |_| {
                                        if editing.with_untracked(|x| x.as_ref() == Some(&delete_id)) {
                                            reset();
                                        }
                                        draft.update(|d| d.progress.retain(|x| x.id != delete_id));
                                    }>"×"</button>
                            </li>
                        }
                    }
                </For>
            </ul>
            <Show when=move || draft.with(|d| d.progress.is_empty())>
                <p class="muted entry-empty">{move || t().progress_empty}</p>
            </Show>
            <div class="entry-add" on:keydown=on_key>
                <EntryFields entry tried busy
                    default_category=Signal::derive(move || {
                        let title = draft.with(|d| d.title.clone());
                        state.plan.with(|p| crate::model::category::guess(p, &title).key().to_owned())
                    }) />
                <div class="entry-buttons">
                    <button type="button" class="btn btn-small" data-testid="progress-add"
                        prop:disabled=move || { busy.get() > 0 } on:click=move |_| add()>
                        {move || if editing.with(Option::is_some) { t().entry_update } else { t().progress_add }}
                    </button>
                    <Show when=move || editing.with(Option::is_some)>
                        <button type="button" class="btn btn-small btn-quiet" data-testid="entry-cancel"
                            on:click=move |_| reset()>{move || t().cancel}</button>
                    </Show>
                </div>
            </div>
        </fieldset>
    }
}

/// Records one entry for activity `item`, starting on `date`: the dialog the
/// calendar and the timeline open.
#[component]
pub fn RecordDialog(item: ItemId, date: NaiveDate) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let entry = RwSignal::new(EntryDraft::new(date));
    let tried = RwSignal::new(false);
    let busy = RwSignal::new(0u32);
    let id = StoredValue::new(item);
    let default_category = Signal::derive(move || {
        state.plan.with(|p| {
            let title = p.item(&id.get_value()).map_or("", |i| i.title.as_str());
            crate::model::category::guess(p, title).key().to_owned()
        })
    });
    let title = Signal::derive(move || {
        let name = state.plan.with(|p| {
            p.item(&id.get_value())
                .map(|i| i.title.clone())
                .unwrap_or_default()
        });
        record_heading(state.lang.get(), &name)
    });
    // "3/100 场" so far, or "3 场" without a target.
    let so_far = move || {
        state.plan.with(|p| {
            p.item(&id.get_value()).map(|i| {
                let done = crate::model::target::tally(&i.progress);
                match &i.target {
                    Some(target) => tally_label(done, target.quantity, &target.unit),
                    None => number(done),
                }
            })
        })
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() > 0 {
            return;
        }
        tried.set(true);
        let built = state
            .plan
            .with_untracked(|p| entry.with_untracked(|d| d.build(EntryId::new(new_id("e-")), p)));
        let Ok(e) = built else {
            return;
        };
        if state.record(&id.get_value(), e) {
            state.dialog.set(None);
        }
    };
    view! {
        <Modal title testid="record-dialog">
            <form class="record-form" on:submit=save novalidate>
                <p class="muted">{move || t().record_so_far}" "<strong data-testid="record-tally">{so_far}</strong></p>
                <EntryFields entry tried busy autofocus=true default_category />
                <div class="modal-actions">
                    <button type="submit" class="btn btn-primary" data-testid="record-save"
                        prop:disabled=move || { busy.get() > 0 }>{move || t().progress_add}</button>
                    <button type="button" class="btn" data-testid="record-cancel"
                        on:click=move |_| state.dialog.set(None)>{move || t().cancel}</button>
                </div>
            </form>
        </Modal>
    }
}
