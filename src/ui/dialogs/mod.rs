//! Modal dialogs: which one is open, the confirmation, plan details and the list of
//! plans; the activity form, history, conflict and storage information in their own
//! files. Their frame is `widgets::modal`.

pub mod conflict;
pub mod history;
mod holidays;
mod item_form;
pub mod storage_info;
mod when_chinese;

use crate::model::numbering::Numbering;
use crate::model::when::YEAR_RANGE;
use crate::model::{Edit, PlanInfo};
use crate::ui::dialogs::conflict::ConflictDialog;
use crate::ui::dialogs::history::{DeletedPlans, HistoryDialog};
use crate::ui::dialogs::item_form::ItemForm;
use crate::ui::dialogs::storage_info::StorageInfo;
use crate::ui::documents::print::PrintView;
use crate::ui::documents::DocumentsDialog;
use crate::ui::i18n::{confirm_delete_plan, items_count};
use crate::ui::import::dialog::{ImportDialog, PasteBox};
use crate::ui::progress::entries::RecordDialog;
use crate::ui::state::{use_state, Confirmed, Dialog};
use crate::ui::widgets::modal::Modal;
use leptos::prelude::*;

/// Shows whichever dialog is open.
#[component]
pub fn Dialogs() -> impl IntoView {
    let state = use_state();
    move || {
        state.dialog.get().map(|dialog| match dialog {
            Dialog::Item {
                item,
                section,
                when,
            } => view! { <ItemForm item section when /> }.into_any(),
            Dialog::Record { item, date } => view! { <RecordDialog item date /> }.into_any(),
            Dialog::PlanInfo => view! { <PlanInfoForm /> }.into_any(),
            Dialog::Documents => view! { <DocumentsDialog /> }.into_any(),
            Dialog::Print(kind) => view! { <PrintView kind /> }.into_any(),
            Dialog::Plans => view! { <PlansDialog /> }.into_any(),
            Dialog::History => view! { <HistoryDialog /> }.into_any(),
            Dialog::Import(stage) => view! { <ImportDialog stage=*stage /> }.into_any(),
            Dialog::Holidays { year } => view! { <holidays::HolidaysDialog year /> }.into_any(),
            Dialog::Confirm { message, action } => {
                view! { <ConfirmDialog message action /> }.into_any()
            }
            Dialog::Conflict { theirs, base } => {
                view! { <ConflictDialog theirs=*theirs base=base.map(|b| *b) /> }.into_any()
            }
        })
    }
}

#[component]
fn ConfirmDialog(message: String, action: Confirmed) -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let action = StoredValue::new(action);
    let yes = move |_| {
        match action.get_value() {
            Confirmed::DeleteSection(id) => {
                let title = state
                    .plan
                    .with_untracked(|p| p.section(&id).map(|s| s.title.clone()));
                if state.edit(Edit::DeleteSection(id)).is_ok() {
                    let text = crate::ui::i18n::deleted_message(
                        state.lang.get_untracked(),
                        &title.unwrap_or_default(),
                    );
                    state
                        .toast
                        .set(Some(crate::ui::state::Toast { text, undo: true }));
                }
            }
            Confirmed::DeletePlan(id) => state.delete_plan(&id),
            Confirmed::SetWhen { item, when } => state.set_when(&item, when),
        }
        state.dialog.set(None);
    };
    let title = Signal::derive(move || t().confirm.to_owned());
    view! {
        <Modal title testid="confirm-dialog">
            <p class="confirm-message">{message}</p>
            <div class="modal-actions">
                <button class="btn" on:click=move |_| state.dialog.set(None)>{move || t().cancel}</button>
                <button class="btn btn-danger" data-testid="confirm-yes" autofocus on:click=yes>{move || t().confirm}</button>
            </div>
        </Modal>
    }
}

#[component]
fn PlanInfoForm() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let plan = state.plan.get_untracked();
    let title = RwSignal::new(plan.title.clone());
    let organization = RwSignal::new(plan.organization.clone());
    let year = RwSignal::new(plan.year.to_string());
    let preface = RwSignal::new(plan.preface.clone());
    let gbt = RwSignal::new(plan.numbering == Numbering::Gbt9704);
    let tried = RwSignal::new(false);
    let parsed_year = move || {
        crate::ui::form::normalize_number(&year.get())
            .parse::<i32>()
            .ok()
            .filter(|y| YEAR_RANGE.contains(y))
    };
    let title_error = move || tried.get() && title.get().trim().is_empty();
    let year_error = move || tried.get() && parsed_year().is_none();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        tried.set(true);
        let Some(year) = parsed_year() else { return };
        let info = PlanInfo {
            title: title.get_untracked().trim().to_owned(),
            organization: organization.get_untracked().trim().to_owned(),
            year,
            preface: preface.get_untracked(),
            numbering: if gbt.get_untracked() {
                Numbering::Gbt9704
            } else {
                Numbering::Plan
            },
        };
        if info.title.is_empty() {
            return;
        }
        let unchanged = state.plan.with_untracked(|p| {
            p.title == info.title
                && p.organization == info.organization
                && p.year == info.year
                && p.preface == info.preface
                && p.numbering == info.numbering
        });
        if unchanged || state.edit(Edit::SetInfo(info)).is_ok() {
            state.dialog.set(None);
        }
    };
    let heading = Signal::derive(move || t().plan_properties.to_owned());
    view! {
        <Modal title=heading testid="plan-form">
            <form class="form" on:submit=save novalidate>
                <label class="field">
                    <span>{move || t().plan_title}</span>
                    <input data-testid="plan-title-input" prop:value=title autofocus
                        on:input:target=move |ev| title.set(ev.target().value()) />
                    <Show when=title_error>
                        <span class="field-error" role="alert" data-testid="error-message">{move || t().err_title_required}</span>
                    </Show>
                </label>
                <label class="field">
                    <span>{move || t().plan_organization}</span>
                    <input data-testid="plan-org-input" prop:value=organization
                        on:input:target=move |ev| organization.set(ev.target().value()) />
                </label>
                <label class="field field-narrow">
                    <span>{move || t().plan_year}</span>
                    <input data-testid="plan-year-input" inputmode="numeric" prop:value=year
                        on:input:target=move |ev| year.set(ev.target().value()) />
                    <Show when=year_error>
                        <span class="field-error" role="alert" data-testid="error-message">{move || t().err_year}</span>
                    </Show>
                </label>
                <label class="field">
                    <span>{move || t().plan_preface}</span>
                    <textarea rows="4" prop:value=preface on:input:target=move |ev| preface.set(ev.target().value())></textarea>
                </label>
                <label class="field inline">
                    <input type="checkbox" data-testid="plan-numbering-gbt" prop:checked=gbt
                        on:change:target=move |ev| gbt.set(ev.target().checked()) />
                    <span>{move || t().plan_numbering_gbt}</span>
                </label>
                <div class="modal-actions">
                    <button type="button" class="btn" on:click=move |_| state.dialog.set(None)>{move || t().cancel}</button>
                    <button type="submit" class="btn btn-primary" data-testid="plan-save">{move || t().save}</button>
                </div>
            </form>
        </Modal>
    }
}

#[component]
fn PlansDialog() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let heading = Signal::derive(move || t().plans_title.to_owned());
    view! {
        <Modal title=heading testid="plans-dialog">
            <ul class="plans-list">
                <For each=move || state.plans.get() key=|m| m.clone() let:meta>
                    {
                        let id = StoredValue::new(meta.id.clone());
                        let is_current = move || state.plan.with(|p| p.id == id.get_value());
                        let title = meta.title.clone();
                        view! {
                            <li class="plans-entry" data-testid="plans-entry" data-plan-id=meta.id.0.clone()>
                                <span class="plans-entry-text">
                                    <strong>{meta.title.clone()}</strong>
                                    <span class="muted">{format!("{} · ", meta.year)}{move || items_count(state.lang.get(), meta.items)}</span>
                                    <Show when=move || meta.sample><span class="tag tag-sample">{move || t().sample_tag}</span></Show>
                                    <Show when=is_current><span class="tag">{move || t().current_tag}</span></Show>
                                </span>
                                <span class="row-actions always">
                                    <button class="btn btn-small" data-testid="plan-open" prop:disabled=is_current
                                        on:click=move |_| { state.switch_to(&id.get_value()); state.dialog.set(None); }>
                                        {move || t().open}
                                    </button>
                                    <button class="btn btn-small btn-quiet" data-testid="plan-rename"
                                        on:click=move |_| { state.switch_to(&id.get_value()); state.dialog.set(Some(Dialog::PlanInfo)); }>
                                        {move || t().rename}
                                    </button>
                                    <button class="btn btn-small btn-quiet" data-testid="plan-duplicate"
                                        on:click=move |_| { state.duplicate(&id.get_value()); state.dialog.set(None); }>
                                        {move || t().duplicate}
                                    </button>
                                    <button class="btn btn-small btn-quiet" data-testid="plan-copy-next-year"
                                        on:click=move |_| { state.copy_to_next_year(&id.get_value()); state.dialog.set(None); }>
                                        {move || t().copy_next_year}
                                    </button>
                                    <button class="btn btn-small btn-danger" data-testid="plan-delete"
                                        on:click=move |_| {
                                            let message = confirm_delete_plan(state.lang.get_untracked(), &title);
                                            state.dialog.set(Some(Dialog::Confirm { message, action: Confirmed::DeletePlan(id.get_value()) }));
                                        }>
                                        {move || t().delete}
                                    </button>
                                </span>
                            </li>
                        }
                    }
                </For>
            </ul>
            <section class="plans-import">
                <h3>{move || t().import_section}</h3>
                <PasteBox />
            </section>
            <DeletedPlans />
            <StorageInfo />
            <div class="modal-actions">
                <button class="btn" data-testid="export-all" on:click=move |_| state.download_backup()>{move || t().download_all}</button>
                <button class="btn" on:click=move |_| state.new_plan()>{move || t().new_plan}</button>
                <button class="btn btn-primary" on:click=move |_| state.dialog.set(None)>{move || t().close}</button>
            </div>
        </Modal>
    }
}
