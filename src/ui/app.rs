//! The application shell: header, notices, the current view and the dialogs.

use super::calendar::Calendar;
use super::dialogs::Dialogs;
use super::i18n::Lang;
use super::outline::Outline;
use super::state::{use_state, AppState, MainView, SaveState};
use super::storage_info::FileNotice;
use super::timeline::Timeline;
use crate::model::PlanId;
use crate::storage::Backend;
use leptos::ev;
use leptos::prelude::*;

/// The whole app. Creates the root state and provides it once.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::new();
    provide_context(state);
    state.start();
    // Keep <html lang> in step with the interface language (screen readers, fonts).
    Effect::new(move |_| {
        let tag = state.lang.get().tag();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", tag);
        }
    });
    state.follow_hash();
    let hash = window_event_listener(ev::hashchange, move |_| state.follow_hash());
    on_cleanup(move || hash.remove());
    // The URL names the view, so that it can be bookmarked; this writes the URL only.
    Effect::new(move |_| state.write_hash());
    state.accept_dropped_files();
    state.register_service_worker();
    let handle = window_event_listener(ev::keydown, move |ev| shortcuts(state, &ev));
    on_cleanup(move || handle.remove());
    view! {
        <div class="app">
            <Header />
            <FileNotice />
            <Notices />
            <main class="app-main" class:app-main-wide=move || state.view.get() == MainView::Timeline>
                <Show when=move || state.ready.get() fallback=move || view! {
                    <p class="app-loading" role="status">{move || state.lang.get().t().loading}</p>
                }>
                    {move || match state.view.get() {
                        MainView::Outline => view! { <Outline /> }.into_any(),
                        MainView::Calendar => view! { <Calendar /> }.into_any(),
                        MainView::Timeline => view! { <Timeline /> }.into_any(),
                        MainView::Progress => view! { <super::progress_view::ProgressView /> }.into_any(),
                    }}
                </Show>
            </main>
            <ToastBar />
            <Dialogs />
            <Show when=move || state.dropping.get()>
                <div class="drop-overlay" data-testid="drop-overlay" aria-hidden="true">
                    <span>{move || state.lang.get().t().import_drop}</span>
                </div>
            </Show>
        </div>
    }
}

/// Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y for the plan's undo and redo. Inside text fields
/// the browser's own text undo is left alone, and nothing fires under a dialog.
fn shortcuts(state: AppState, ev: &web_sys::KeyboardEvent) {
    if !(ev.ctrl_key() || ev.meta_key()) || state.dialog.get_untracked().is_some() {
        return;
    }
    let in_text = document()
        .active_element()
        .map(|el| matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT"))
        .unwrap_or(false);
    if in_text {
        return;
    }
    let key = ev.key().to_lowercase();
    if key == "z" && !ev.shift_key() {
        ev.prevent_default();
        state.undo();
    } else if (key == "z" && ev.shift_key()) || key == "y" {
        ev.prevent_default();
        state.redo();
    }
}

#[component]
fn Header() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let status = move || state.save.get();
    view! {
        <header class="app-header">
            <div class="app-bar">
                <span class="app-brand">{move || t().app_name}</span>
                <label class="app-switcher">
                    <span class="sr-only">{move || t().plans_label}</span>
                    <select
                        data-testid="plan-switcher"
                        on:change:target=move |ev| state.switch_to(&PlanId::new(ev.target().value()))
                    >
                        <For
                            each=move || state.plans.get()
                            key=|m| (m.id.clone(), m.title.clone())
                            let:meta
                        >
                            <option
                                value=meta.id.0.clone()
                                prop:selected=move || state.plan.with(|p| p.id == meta.id)
                            >
                                {meta.title.clone()}
                            </option>
                        </For>
                    </select>
                </label>
                // Plan commands wait until storage is open and the plans are loaded.
                <button
                    class="btn"
                    data-testid="new-plan"
                    prop:disabled=move || !state.ready.get()
                    on:click=move |_| state.new_plan()
                >
                    {move || t().new_plan}
                </button>
                <button
                    class="btn"
                    data-testid="manage-plans"
                    prop:disabled=move || !state.ready.get()
                    on:click=move |_| state.dialog.set(Some(super::state::Dialog::Plans))
                >
                    {move || t().manage_plans}
                </button>
                // The file input stays in the page (the testing contract's `import-file`);
                // its label is the button.
                <label class="btn btn-file" title=move || t().import_tooltip class:disabled=move || !state.ready.get()>
                    {move || t().import_button}
                    <input
                        type="file"
                        class="sr-only"
                        data-testid="import-file"
                        accept=".json,application/json"
                        prop:disabled=move || !state.ready.get()
                        on:change:target=move |ev| {
                            let input = ev.target();
                            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                                state.import_file(file);
                            }
                            // The same file can be chosen again after a fix.
                            input.set_value("");
                        }
                    />
                </label>
                <span class="app-spacer"></span>
                <button
                    class="btn"
                    data-testid="undo"
                    title="Ctrl+Z"
                    prop:disabled=move || !state.can_undo.get()
                    on:click=move |_| state.undo()
                >
                    {move || t().undo}
                </button>
                <button
                    class="btn"
                    data-testid="redo"
                    title="Ctrl+Shift+Z"
                    prop:disabled=move || !state.can_redo.get()
                    on:click=move |_| state.redo()
                >
                    {move || t().redo}
                </button>
                <span
                    class="save-status"
                    data-testid="save-status"
                    data-state=move || status().key()
                    data-backend=move || match state.backend.get() {
                        Some(Backend::IndexedDb) => "indexeddb",
                        Some(Backend::LocalStorage) => "localstorage",
                        Some(Backend::Memory) => "memory",
                        None => "",
                    }
                    role="status"
                >
                    {move || match status() {
                        SaveState::Saved if state.backend.get() == Some(Backend::LocalStorage) => t().saved_fallback,
                        SaveState::Saved => t().saved,
                        SaveState::Saving => t().saving,
                        SaveState::Error => t().save_error,
                        SaveState::MemoryOnly => t().memory_only,
                    }}
                </span>
                <button
                    class="btn btn-quiet"
                    data-testid="lang-toggle"
                    on:click=move |_| {
                        let next = if state.lang.get_untracked() == Lang::Zh { Lang::En } else { Lang::Zh };
                        state.set_lang(next);
                    }
                >
                    {move || t().other_language}
                </button>
            </div>
            <div class="plan-head">
                <div class="plan-head-text">
                    <h1 class="plan-title" data-testid="plan-title">
                        {move || state.plan.with(|p| p.title.clone())}
                    </h1>
                    <span class="plan-org">
                        {move || state.plan.with(|p| format!("{} · {}", p.organization, p.year).trim_start_matches(" · ").to_owned())}
                    </span>
                    <Show when=move || state.plan.with(|p| p.sample)>
                        <span class="tag tag-sample">{move || t().sample_tag}</span>
                    </Show>
                </div>
                <div class="plan-actions">
                <button
                    class="btn"
                    data-testid="export-plan"
                    title=move || t().export_tooltip
                    prop:disabled=move || !state.ready.get()
                    on:click=move |_| state.export_plan()
                >
                    {move || t().export_plan}
                </button>
                <button
                    class="btn"
                    data-testid="history"
                    prop:disabled=move || !state.ready.get()
                    on:click=move |_| state.dialog.set(Some(super::state::Dialog::History))
                >
                    {move || t().history}
                </button>
                <button
                    class="btn"
                    data-testid="plan-properties"
                    prop:disabled=move || !state.ready.get()
                    on:click=move |_| state.dialog.set(Some(super::state::Dialog::PlanInfo))
                >
                    {move || t().plan_properties}
                </button>
                </div>
            </div>
            <nav class="app-nav">
                <button class="nav-tab" data-testid="nav-outline"
                    aria-current=move || (state.view.get() == MainView::Outline).then_some("page")
                    on:click=move |_| state.view.set(MainView::Outline)>
                    {move || t().nav_outline}
                </button>
                <button class="nav-tab" data-testid="nav-calendar"
                    aria-current=move || (state.view.get() == MainView::Calendar).then_some("page")
                    on:click=move |_| state.view.set(MainView::Calendar)>
                    {move || t().nav_calendar}
                </button>
                <button class="nav-tab" data-testid="nav-timeline"
                    aria-current=move || (state.view.get() == MainView::Timeline).then_some("page")
                    on:click=move |_| state.view.set(MainView::Timeline)>
                    {move || t().nav_timeline}
                </button>
                <button class="nav-tab" data-testid="nav-progress"
                    aria-current=move || (state.view.get() == MainView::Progress).then_some("page")
                    on:click=move |_| state.view.set(MainView::Progress)>
                    {move || t().nav_progress}
                </button>
            </nav>
        </header>
    }
}

/// The sample banner and storage errors.
#[component]
fn Notices() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    view! {
        <div class="app-alerts">
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
                                    if super::browser::download(&name, &record.text).is_err() {
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
            <div class="notice notice-sample" data-testid="sample-banner">
                <span>{move || t().sample_banner}</span>
                <button class="btn btn-primary" data-testid="new-empty-plan" on:click=move |_| state.new_plan()>
                    {move || t().sample_new_empty}
                </button>
            </div>
        </Show>
    }
}

/// The passing notice at the bottom, with undo after a delete.
#[component]
fn ToastBar() -> impl IntoView {
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
