//! The last line of defence: when the page is hidden or closed while changes are
//! not yet safely stored (writes waiting or under way, or failed), the newest state
//! of every such plan is put aside synchronously in localStorage; the next start
//! brings them back.

use crate::model::copy::duplicate;
use crate::model::{Plan, PlanId};
use crate::storage::queue::WriteQueue;
use crate::storage::settings;
use crate::ui::browser::{new_id, now};
use crate::ui::state::{AppState, Toast};
use leptos::ev;
use leptos::prelude::*;

const UNSAVED_KEY: &str = "jihua:unsaved";

/// The stashed plans: a list, or (as earlier builds wrote it) one plan.
fn parse_stash(text: &str) -> Vec<Plan> {
    serde_json::from_str::<Vec<Plan>>(text)
        .or_else(|_| serde_json::from_str::<Plan>(text).map(|p| vec![p]))
        .unwrap_or_default()
}

/// Whether a stashed state and the stored plan differ in a way only the user can
/// settle: the plan was saved from elsewhere since. A write that reached storage
/// just before the page closed (too late to hear of it) is no conflict.
fn conflicts(stored: &Plan, stash: &Plan) -> bool {
    stored.revision != stash.revision
        && *stored
            != Plan {
                revision: stored.revision,
                ..stash.clone()
            }
}

impl AppState {
    /// Puts the newest unsaved state of every plan aside, if anything is unsaved.
    pub(crate) fn stash_unsaved(&self) {
        let unsaved = self.writer.with_value(WriteQueue::unsaved);
        if unsaved.is_empty() {
            return;
        }
        if let Ok(text) = serde_json::to_string(&unsaved) {
            settings::set(UNSAVED_KEY, &text);
        }
    }

    /// Forgets the stash: everything it held is stored now.
    pub(crate) fn clear_stash(&self) {
        settings::remove(UNSAVED_KEY);
    }

    /// Stashes on `pagehide` and whenever the page is hidden.
    pub(crate) fn stash_on_leave(&self) {
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

    /// At start, with the plans just loaded: stashed states are brought back and
    /// saved. One based on what is stored simply replaces it. One whose plan was
    /// saved elsewhere meanwhile is a conflict: for the plan to be shown the
    /// conflict dialog asks; any other is kept as a copy beside the stored one, so
    /// that nothing is lost either way. Returns the plan to show (the one shown
    /// last if it was stashed), taken out of `plans`.
    pub(crate) async fn recover_stash(&self, plans: &mut Vec<Plan>) -> Option<Plan> {
        let text = settings::get(UNSAVED_KEY)?;
        self.clear_stash();
        let mut stashed = parse_stash(&text);
        if stashed.is_empty() {
            return None;
        }
        let last = settings::get(settings::CURRENT_KEY);
        let shown_at = stashed
            .iter()
            .position(|p| Some(p.id.as_str()) == last.as_deref())
            .unwrap_or(0);
        let shown = stashed.remove(shown_at);
        let t = self.lang.get_untracked().t();
        for stash in stashed {
            let stored = plans.iter().position(|p| p.id == stash.id);
            match stored.map(|i| &plans[i]) {
                Some(stored) if conflicts(stored, &stash) => {
                    let title = format!("{}{}", stash.title, t.copy_from_tab);
                    let copy = duplicate(&stash, PlanId::new(new_id("plan-")), title, &now());
                    plans.push(copy.clone());
                    self.persist(copy);
                }
                _ => {
                    if let Some(i) = stored {
                        plans[i] = stash.clone();
                    } else {
                        plans.push(stash.clone());
                    }
                    self.persist(stash);
                }
            }
        }
        let stored = plans
            .iter()
            .position(|p| p.id == shown.id)
            .map(|i| plans.remove(i));
        match stored {
            Some(stored) if conflicts(&stored, &shown) => {
                // Held (and so stashed again if the page closes) until the user decides.
                let held = shown.clone();
                self.writer.update_value(|q| q.hold_conflict(held));
                self.ask_about_conflict(stored, shown.revision).await;
            }
            _ => self.persist(shown.clone()),
        }
        self.toast.set(Some(Toast {
            text: t.recovered_unsaved.to_owned(),
            undo: false,
        }));
        Some(shown)
    }
}
