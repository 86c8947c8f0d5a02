//! The import dialog: reading, the problems of a file that cannot be imported (in
//! the user's language, with the JSON path), and the preview of one that can, with
//! the choices. Titles and ids from the file are shown as text, never as markup.

use crate::file::preview::{counts, newer_than};
use crate::model::diff::diff;
use crate::model::Plan;
use crate::ui::dialogs::conflict::changes;
use crate::ui::dialogs::history::local_time;
use crate::ui::i18n::{file_error, import_failed_title, more_problems, plan_counts, Lang};
use crate::ui::import::commands::ImportMode;
use crate::ui::import::stage::ImportStage;
use crate::ui::import::text_preview::TextPreview;
use crate::ui::state::use_state;
use crate::ui::widgets::modal::Modal;
use leptos::prelude::*;
use std::cmp::Ordering;

/// The dialog for one stage of an import.
#[component]
pub fn ImportDialog(stage: ImportStage) -> impl IntoView {
    let state = use_state();
    let lang = state.lang.get_untracked();
    let t = lang.t();
    let text = matches!(stage, ImportStage::Text { .. });
    let title = Signal::derive(move || {
        let t = state.lang.get().t();
        if text { t.text_title } else { t.import_title }.to_owned()
    });
    let body = match stage {
        ImportStage::Reading => view! { <p role="status">{t.import_reading}</p> }.into_any(),
        ImportStage::Failed { source, errors } => {
            let more =
                (errors.more > 0).then(|| view! { <p>{more_problems(lang, errors.more)}</p> });
            let problems = view! {
                <ul>
                    {errors.errors.iter().map(|e| view! { <li>{file_error(lang, e)}</li> }).collect_view()}
                </ul>
                {more}
            };
            failed(lang, &source, problems).into_any()
        }
        ImportStage::Text {
            source,
            reading,
            read_ms,
        } => view! { <TextPreview source reading=*reading read_ms /> }.into_any(),
        ImportStage::TextFailed { source, message } => {
            failed(lang, &source, view! { <p>{message}</p> }).into_any()
        }
        ImportStage::Preview {
            source,
            file,
            stored,
            photos,
        } => {
            let any_stored = stored.iter().any(Option::is_some);
            let cards = file
                .plans
                .iter()
                .zip(&stored)
                .map(|(plan, stored)| plan_card(lang, plan, stored.as_ref()))
                .collect_view();
            let choices = if any_stored {
                view! {
                    <ul class="import-hints muted">
                        <li>{t.import_as_new_hint}</li>
                        <li>{t.import_replace_hint}</li>
                        <li>{t.import_merge_hint}</li>
                    </ul>
                    <div class="modal-actions wrap">
                        <button class="btn" data-testid="import-cancel" on:click=move |_| state.dialog.set(None)>{t.cancel}</button>
                        <button class="btn" data-testid="import-as-new" on:click=move |_| state.confirm_import(ImportMode::AsNew)>{t.import_as_new}</button>
                        <button class="btn" data-testid="import-replace" on:click=move |_| state.confirm_import(ImportMode::Replace)>{t.import_replace}</button>
                        <button class="btn btn-primary" data-testid="import-merge" autofocus on:click=move |_| state.confirm_import(ImportMode::Merge)>{t.import_merge}</button>
                    </div>
                }
                .into_any()
            } else {
                view! {
                    <div class="modal-actions">
                        <button class="btn" data-testid="import-cancel" on:click=move |_| state.dialog.set(None)>{t.cancel}</button>
                        <button class="btn btn-primary" data-testid="import-confirm" autofocus on:click=move |_| state.confirm_import(ImportMode::AsNew)>{t.import_confirm}</button>
                    </div>
                }
                .into_any()
            };
            view! {
                <p class="muted import-source">{source}</p>
                {(!photos.is_empty()).then(|| view! {
                    <p class="import-photos" data-testid="import-photos">{crate::ui::i18n::photo_count(lang, photos.len())}</p>
                })}
                <div class="import-plans">{cards}</div>
                {choices}
            }
            .into_any()
        }
    };
    view! {
        <Modal title testid="import-dialog" wide=text>
            {body}
        </Modal>
    }
}

/// Why `source` cannot be imported (`problems`), that nothing changed, and the paste
/// box to try again.
fn failed(lang: Lang, source: &str, problems: impl IntoView) -> impl IntoView {
    let state = use_state();
    let t = lang.t();
    view! {
        <div class="notice notice-error import-errors" role="alert" data-testid="error-message">
            <strong>{import_failed_title(lang, source)}</strong>
            {problems}
        </div>
        <p class="muted">{t.import_nothing_changed}</p>
        <PasteBox />
        <div class="modal-actions">
            <button class="btn" data-testid="import-close" on:click=move |_| state.dialog.set(None)>
                {t.close}
            </button>
        </div>
    }
}

/// One plan of the file: what it holds, and how it stands against the stored one.
fn plan_card(lang: Lang, plan: &Plan, stored: Option<&Plan>) -> impl IntoView {
    let t = lang.t();
    let head = format!("{} · {}", plan.organization, plan.year)
        .trim_start_matches(" · ")
        .to_owned();
    let against = match stored {
        None => view! { <p>{t.import_is_new}</p> }.into_any(),
        Some(stored) => {
            let d = diff(stored, plan);
            let when = stored
                .updated_at
                .as_deref()
                .map(local_time)
                .unwrap_or_default();
            let age = match (d.is_empty(), newer_than(plan, stored)) {
                (true, _) => t.import_same,
                (false, Ordering::Greater) => t.import_file_newer,
                (false, Ordering::Less) => t.import_file_older,
                (false, Ordering::Equal) => "",
            };
            view! {
                <p data-testid="import-exists">
                    {t.import_exists} " " <strong>{stored.title.clone()}</strong> " " <span class="muted">{when}</span>
                </p>
                <p>{age}</p>
                {(!d.is_empty()).then(|| changes(t, &d))}
            }
            .into_any()
        }
    };
    view! {
        <div class="import-plan" data-testid="import-plan" data-plan-id=plan.id.0.clone()>
            <strong class="import-plan-title" data-testid="import-title">{plan.title.clone()}</strong>
            <span class="muted">{head}</span>
            <span data-testid="import-counts">{plan_counts(lang, &counts(plan))}</span>
            {against}
        </div>
    }
}

/// A text area to paste a plan file, or a plan's own text, into. Pasted HTML from
/// Word is kept, so that reading uses its structure while the text is unchanged.
#[component]
pub fn PasteBox() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let text = RwSignal::new(String::new());
    // The plain text and blocks of the last paste that had HTML.
    let pasted: StoredValue<Option<(String, Vec<crate::text::Block>)>> = StoredValue::new(None);
    let read = move |_| {
        let value = text.get_untracked();
        let html = pasted.with_value(|p| {
            p.as_ref()
                .filter(|(plain, _)| plain.trim() == value.trim())
                .map(|(_, b)| b.clone())
        });
        match html {
            Some(blocks) => state.show_text(
                state.lang.get_untracked().t().import_pasted.to_owned(),
                blocks,
            ),
            None => state.import_text(&value),
        }
    };
    view! {
        <div class="paste-box">
            <label for="import-paste">{move || t().import_paste_label}</label>
            <textarea
                id="import-paste"
                data-testid="import-paste"
                rows="3"
                spellcheck="false"
                prop:value=move || text.get()
                on:input:target=move |ev| text.set(ev.target().value())
                on:paste=move |ev| {
                    let data = ev.clipboard_data();
                    let html = data.as_ref().and_then(|d| d.get_data("text/html").ok()).unwrap_or_default();
                    let plain = data.as_ref().and_then(|d| d.get_data("text/plain").ok()).unwrap_or_default();
                    let blocks = (!html.trim().is_empty() && !plain.trim_start().starts_with('{'))
                        .then(|| crate::ui::import::html::html_blocks(&html))
                        .flatten();
                    pasted.set_value(blocks.map(|b| (plain, b)));
                }
            ></textarea>
            <button
                class="btn"
                data-testid="import-paste-read"
                prop:disabled=move || text.with(|s| s.trim().is_empty())
                on:click=read
            >
                {move || t().import_paste_button}
            </button>
            <p class="muted">{move || t().import_paste_hint}</p>
        </div>
    }
}
