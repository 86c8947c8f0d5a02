//! The application shell: header, notices, the current view and the dialogs.

pub mod crash;
mod header;
mod notices;

use header::Header;
use notices::{Notices, ToastBar};

use crate::ui::calendar::Calendar;
use crate::ui::dialogs::storage_info::FileNotice;
use crate::ui::dialogs::Dialogs;
use crate::ui::outline::Outline;
use crate::ui::state::{AppState, MainView};
use crate::ui::timeline::Timeline;
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
                        MainView::Progress => view! { <crate::ui::progress::ProgressView /> }.into_any(),
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
