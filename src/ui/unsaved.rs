//! The last line of defence: when the page is hidden or closed while a change is
//! not yet safely stored (a write under way, or one that failed), the newest state
//! is put aside synchronously in localStorage; the next start brings it back.

use super::state::{AppState, SaveState, Toast};
use crate::model::Plan;
use crate::storage::settings;
use leptos::ev;
use leptos::prelude::*;

const UNSAVED_KEY: &str = "jihua:unsaved";

impl AppState {
    /// Puts the newest unsaved state aside if anything is not yet stored.
    fn stash_unsaved(&self) {
        if matches!(
            self.save.get_untracked(),
            SaveState::Saved | SaveState::MemoryOnly
        ) {
            return;
        }
        let newest = self
            .writer
            .with_value(|w| w.pending.clone())
            .unwrap_or_else(|| self.plan.get_untracked());
        if let Ok(text) = serde_json::to_string(&newest) {
            settings::set(UNSAVED_KEY, &text);
        }
    }

    /// Forgets the stash: everything it held is stored now.
    pub(super) fn clear_stash(&self) {
        settings::remove(UNSAVED_KEY);
    }

    /// Stashes on `pagehide` and whenever the page is hidden.
    pub(super) fn stash_on_leave(&self) {
        let state = *self;
        let hide = window_event_listener(ev::pagehide, move |_| state.stash_unsaved());
        let hidden = leptos::prelude::document();
        let visibility = window_event_listener(ev::visibilitychange, move |_| {
            if hidden.visibility_state() == web_sys::VisibilityState::Hidden {
                state.stash_unsaved();
            }
        });
        on_cleanup(move || {
            hide.remove();
            visibility.remove();
        });
    }

    /// At start, with the plans just loaded: a stashed state is brought back. If it
    /// was based on what is stored, it simply becomes the plan on screen and is
    /// saved; if the plan was saved elsewhere meanwhile, the conflict dialog asks.
    pub(super) async fn recover_stash(&self, plans: &mut Vec<Plan>) -> Option<Plan> {
        let text = settings::get(UNSAVED_KEY)?;
        self.clear_stash();
        let stash: Plan = serde_json::from_str(&text).ok()?;
        let stored = plans
            .iter()
            .position(|p| p.id == stash.id)
            .map(|i| plans.remove(i));
        let t = self.lang.get_untracked().t();
        match stored {
            Some(stored) if stored.revision != stash.revision => {
                self.ask_about_conflict(stored, stash.revision).await;
            }
            _ => {
                self.toast.set(Some(Toast {
                    text: t.recovered_unsaved.to_owned(),
                    undo: false,
                }));
                self.persist(stash.clone());
            }
        }
        Some(stash)
    }
}
