//! Passing and standing notices: a new version, storage errors with the backup
//! download, unreadable records, the sample plan's banner, and the toast with undo.

use crate::ui::state::use_state;
use leptos::prelude::*;

/// The notices above the view.
#[component]
pub fn Notices() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    view! {
        <div class="app-alerts" role="region" aria-label=move || t().region_notices>
            <Show when=move || state.update_ready.get()>
                <div class="notice notice-info" role="status" data-testid="update-notice">
                    <span>{move || t().update_ready}</span>
                    <button class="btn btn-primary" data-testid="update-reload" on:click=move |_| state.apply_update()>
                        {move || t().update_reload}
                    </button>
                </div>
            </Show>
            <Show when=move || state.error.get().is_some()>
                <div class="notice notice-error" role="alert" data-testid="error-message">
                    <span>{move || state.error.get().unwrap_or_default()}</span>
                    <Show when=move || state.offer_backup.get()>
                        <button class="btn btn-primary" data-testid="download-backup" on:click=move |_| state.download_backup()>
                            {move || t().download_backup}
                        </button>
                    </Show>
                    <button class="btn btn-quiet" on:click=move |_| {
                        state.error.set(None);
                        state.offer_backup.set(false);
                    }>
                        {move || t().dismiss}
                    </button>
                </div>
            </Show>
            <Show when=move || !state.unreadable.with(Vec::is_empty)>
                <div class="notice notice-error" role="alert" data-testid="error-message">
                    <span>{move || t().unreadable_records}</span>
                    {move || state.unreadable.get().into_iter().map(|record| {
                        let name = format!("jihua-unreadable-{}.json", record.key);
                        view! {
                            <button class="btn" data-testid="download-unreadable" data-key=record.key.clone()
                                on:click=move |_| {
                                    if crate::ui::browser::download(&name, &record.text).is_err() {
                                        state.error.set(Some(t().err_download.to_owned()));
                                    }
                                }>
                                {move || t().download_record} " " {record.key.clone()}
                            </button>
                        }
                    }).collect_view()}
                    <button class="btn btn-quiet" on:click=move |_| state.unreadable.set(Vec::new())>
                        {move || t().dismiss}
                    </button>
                </div>
            </Show>
        </div>
        <Show when=move || state.plan.with(|p| p.sample)>
            <div class="notice notice-sample" data-testid="sample-banner" role="region" aria-label=move || t().region_sample>
                <span>{move || t().sample_banner}</span>
                <button class="btn btn-primary" data-testid="new-empty-plan" on:click=move |_| state.new_plan()>
                    {move || t().sample_new_empty}
                </button>
            </div>
        </Show>
    }
}

/// The passing notice at the bottom, with undo after a delete.
/// The passing notice, with undo where the change can be undone.
#[component]
pub fn ToastBar() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    view! {
        {move || state.toast.get().map(|toast| view! {
            <div class="toast" role="status" data-testid="toast">
                <span>{toast.text.clone()}</span>
                <Show when=move || toast.undo>
                    <button
                        class="btn btn-primary"
                        data-testid="toast-undo"
                        on:click=move |_| {
                            state.undo();
                            state.toast.set(None);
                        }
                    >
                        {move || t().undo_action}
                    </button>
                </Show>
                <button class="btn btn-quiet" aria-label=move || t().dismiss on:click=move |_| state.toast.set(None)>
                    "×"
                </button>
            </div>
        })}
    }
}
