//! Telling people where their data lives: a line in the plans dialog (backend,
//! whether the browser agreed to keep it, space used), and, when the app was opened
//! from a file, a notice that the data stays in this browser and should be backed up.

use crate::storage::settings;
use crate::ui::browser::{from_file, storage_estimate};
use crate::ui::i18n::{photos_summary, storage_summary};
use crate::ui::state::use_state;
use leptos::prelude::*;

const FILE_NOTICE_KEY: &str = "jihua:file-notice-seen";

/// The storage line of the plans dialog.
#[component]
pub fn StorageInfo() -> impl IntoView {
    let state = use_state();
    let estimate = LocalResource::new(storage_estimate);
    // Photos are kept apart from the plans: how many, and their size.
    let photos = LocalResource::new(|| async { crate::storage::photos::usage().await.ok() });
    view! {
        <p class="storage-info muted" data-testid="storage-info">
            {move || {
                let backend = state.backend.get()?;
                let usage = estimate.get().flatten();
                Some(storage_summary(state.lang.get(), backend, state.persisted.get(), usage))
            }}
            <span data-testid="storage-photos">
                {move || photos.get().flatten().map(|(n, bytes)| photos_summary(state.lang.get(), n, bytes))}
            </span>
        </p>
    }
}

/// The notice shown when running from file:// (a USB stick), until dismissed.
#[component]
pub fn FileNotice() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let open = RwSignal::new(from_file() && settings::get(FILE_NOTICE_KEY).is_none());
    view! {
        <Show when=move || open.get()>
            <div class="notice notice-info" data-testid="file-notice" role="region" aria-label=move || t().region_file>
                <span>{move || t().file_notice}</span>
                <button class="btn" on:click=move |_| state.export_plan()>{move || t().export_plan}</button>
                <button class="btn" on:click=move |_| state.download_backup()>{move || t().download_all}</button>
                <button class="btn btn-quiet" on:click=move |_| {
                    settings::set(FILE_NOTICE_KEY, "1");
                    open.set(false);
                }>{move || t().dismiss}</button>
            </div>
        </Show>
    }
}
