//! The header: the plan switcher and plan commands, undo and redo, the save
//! status and the language; the plan's heading with its file commands; the view
//! tabs. Each part is a small component of its own.

use crate::model::PlanId;
use crate::storage::Backend;
use crate::ui::i18n::Lang;
use crate::ui::state::{use_state, Dialog, MainView, SaveState};
use leptos::prelude::*;

/// The header of the app.
#[component]
pub fn Header() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    view! {
        <header class="app-header">
            <div class="app-bar">
                <span class="app-brand">{move || t().app_name}</span>
                <PlanSwitcher />
                <PlanCommands />
                <span class="app-spacer"></span>
                <UndoRedo />
                <SaveStatus />
                <LanguageToggle />
            </div>
            <PlanHead />
            <ViewTabs />
        </header>
    }
}

/// The list of plans, to switch between them.
#[component]
fn PlanSwitcher() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    view! {
    <>
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
    </>
        }
}

/// New plan, the plans dialog, and importing a file.
#[component]
fn PlanCommands() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    view! {
    <>
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
                on:click=move |_| state.dialog.set(Some(Dialog::Plans))
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
                    accept=".json,application/json,.zip,application/zip,.docx,.txt,text/plain,.doc,.wps"
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
    </>
        }
}

/// Undo and redo (also Ctrl+Z and Ctrl+Shift+Z).
#[component]
fn UndoRedo() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    view! {
    <>
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
    </>
        }
}

/// Where the last change is: saved, saving, not saved, or kept only in memory.
#[component]
fn SaveStatus() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    let status = move || state.save.get();
    view! {
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
    }
}

/// Switches between Chinese and English.
#[component]
fn LanguageToggle() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    view! {
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
    }
}

/// The plan's title, organisation and year, and its file commands.
#[component]
fn PlanHead() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    view! {
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
        <Show when=move || state.plan.with(|p| p.items.iter().any(|i| i.progress.iter().any(|e| !e.photos.is_empty())))>
            <button
                class="btn"
                data-testid="export-bundle"
                title=move || t().export_bundle_tooltip
                prop:disabled=move || !state.ready.get()
                on:click=move |_| state.export_bundle()
            >
                {move || t().export_bundle}
            </button>
        </Show>
        <button
            class="btn"
            data-testid="documents"
            prop:disabled=move || !state.ready.get()
            on:click=move |_| state.dialog.set(Some(Dialog::Documents))
        >
            {move || t().docs_button}
        </button>
        <button
            class="btn"
            data-testid="history"
            prop:disabled=move || !state.ready.get()
            on:click=move |_| state.dialog.set(Some(Dialog::History))
        >
            {move || t().history}
        </button>
        <button
            class="btn"
            data-testid="plan-properties"
            prop:disabled=move || !state.ready.get()
            on:click=move |_| state.dialog.set(Some(Dialog::PlanInfo))
        >
            {move || t().plan_properties}
        </button>
        </div>
    </div>
    }
}

/// The tabs of the four views.
#[component]
fn ViewTabs() -> impl IntoView {
    let state = use_state();
    let t = move || state.lang.get().t();
    view! {
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
    }
}
